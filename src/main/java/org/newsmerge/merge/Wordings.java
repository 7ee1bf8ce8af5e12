package org.newsmerge.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmerge.align.SentenceKeys;
import org.newsmerge.align.WordDiffer;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.text.Figure;
import org.newsmerge.text.FigureReader;
import org.newsmerge.text.Token;
import org.newsmerge.text.Tokenizer;

/**
 * The distinct wordings of one unit (sentences with the same matching key are one wording), the
 * sources carrying each, their figures, and the word diffs and discrepancies between two wordings,
 * each computed once. Not thread-safe: one per unit.
 */
final class Wordings {

  /** A wording: its first sentence's text, its sources in member order, its figures. */
  record Wording(String key, String text, Set<String> sources, List<Figure> figures) {}

  /** Each wording's tokens, read once for all the diffs it is in. */
  private final Map<String, List<Token>> tokens = new HashMap<>();

  /** The diff of two wordings and the discrepancies it shows, attributed to no source yet. */
  record Comparison(List<DiffChunk> diff, List<Unit.Discrepancy> discrepancies) {}

  private final Map<String, Wording> wordings = new LinkedHashMap<>();
  private final Map<String, Comparison> compared = new HashMap<>();

  Wordings(List<Unit.Member> members, SentenceKeys keys) {
    // Figures only matter between two wordings: most units have one, and reading figures is the
    // costliest step of a merge.
    boolean several = members.stream().map(m -> keys.key(m.sentence())).distinct().count() > 1;
    for (Unit.Member m : members) {
      String key = keys.key(m.sentence());
      wordings
          .computeIfAbsent(
              key,
              k ->
                  new Wording(
                      k,
                      m.sentence().text(),
                      new LinkedHashSet<>(),
                      several ? FigureReader.figures(m.sentence().text()) : List.of()))
          .sources()
          .add(m.source());
    }
  }

  int size() {
    return wordings.size();
  }

  Wording of(String key) {
    return wordings.get(key);
  }

  /** The comparison of wording {@code shown} with wording {@code variant}. */
  Comparison compare(String shown, String variant) {
    return compared.computeIfAbsent(
        shown + "\u0000" + variant,
        k -> {
          Wording a = wordings.get(shown);
          Wording b = wordings.get(variant);
          List<DiffChunk> diff = WordDiffer.diff(a.text(), tokens(a), b.text(), tokens(b));
          return new Comparison(
              diff, Discrepancies.find(a.text(), b.text(), diff, a.figures(), b.figures(), ""));
        });
  }

  private List<Token> tokens(Wording w) {
    return tokens.computeIfAbsent(w.key(), k -> Tokenizer.tokens(w.text()));
  }

  /** Sources carrying a wording that has no conflict with wording {@code key}. */
  int agreement(String key) {
    Set<String> agree = new LinkedHashSet<>();
    for (Wording w : wordings.values()) {
      if (w.key().equals(key) || compare(key, w.key()).discrepancies().isEmpty()) {
        agree.addAll(w.sources());
      }
    }
    return agree.size();
  }

  /**
   * How many sources carry, on average, each figure of wording {@code key}: a wording that adds one
   * outlet's own conversion ({@code 247 مليون دولار}) to what eight outlets say scores below the
   * wording of the eight.
   */
  double valueSupport(String key) {
    List<Figure> figures = wordings.get(key).figures();
    if (figures.isEmpty()) return 0;
    double sum = 0;
    for (Figure f : figures) {
      Set<String> carrying = new LinkedHashSet<>();
      for (Wording w : wordings.values()) {
        for (Figure g : w.figures()) {
          if (f.compare(g) == Figure.Comparison.EQUAL) {
            carrying.addAll(w.sources());
            break;
          }
        }
      }
      sum += carrying.size();
    }
    return sum / figures.size();
  }

  /**
   * The discrepancies of wording {@code variant} with {@code shown}, attributed to {@code source}.
   */
  List<Unit.Discrepancy> discrepancies(String shown, String variant, String source) {
    List<Unit.Discrepancy> out = new ArrayList<>();
    for (Unit.Discrepancy d : compare(shown, variant).discrepancies()) {
      out.add(new Unit.Discrepancy(d.kind(), d.representative(), d.variant(), source));
    }
    return out;
  }
}
