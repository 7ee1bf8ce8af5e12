package org.newsmerge.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Discrepancies;
import org.newsmerge.merge.Unit;
import org.newsmerge.text.Figure;
import org.newsmerge.text.FigureReader;
import org.newsmerge.text.Normalizer;

/**
 * Finds the units of a brief, carried by different articles, that state one fact in other words:
 * their content words (after light stemming), weighted by rarity in the story, have a cosine of at
 * least {@link #LINK}, or the longer holds {@link #CONTAINED} of the shorter's weight at a cosine
 * of {@link #LINK_CONTAINED} (one sentence states the other's fact and more); each has {@link
 * #MIN_TERMS} content terms or more. Chosen on 320 sentence pairs of dev stories labelled by
 * reading ({@code evaluate facts}): precision 0.98, recall 0.68 there. Precision first: a wrong
 * link credits an outlet with what it did not say. Two such units whose word diff aligns different
 * values (a figure, a name, a negation, quoted words: {@link Discrepancies}) are not one fact but a
 * discrepancy across outlets; so are two units near enough to tell one fact ({@link #NEAR}) that
 * count one thing (the word after the figure) with different figures, where the word diff of two
 * sentences written apart aligns nothing. Pure.
 */
final class FactLinker {

  /** Cosine of two units' content words from which they state one fact. */
  static final double LINK = 0.45;

  /** Share of the shorter unit's weight the longer holds from which it states its fact... */
  static final double CONTAINED = 0.5;

  /** ... at this cosine or more. */
  static final double LINK_CONTAINED = 0.25;

  /** Cosine from which two units may tell one fact with different figures. */
  static final double NEAR = 0.3;

  /** Fewest content terms a unit needs to be linked: shorter ones say too little to tell. */
  static final int MIN_TERMS = 5;

  /** Units that share no term rarer than this (in units of the story) are not compared. */
  private static final int MAX_DF = 50;

  private FactLinker() {}

  /**
   * Each unit's figures and signs of a conflict, read the first time they are asked for: a unit is
   * compared with many, and reading them is costly.
   */
  private static final class Read {
    private final List<Unit> units;
    private final List<List<Figure>> figures;
    private final List<Discrepancies.Signs> signs;

    Read(List<Unit> units) {
      this.units = units;
      figures = new ArrayList<>(java.util.Collections.nCopies(units.size(), null));
      signs = new ArrayList<>(java.util.Collections.nCopies(units.size(), null));
    }

    List<Figure> figures(int i) {
      if (figures.get(i) == null) figures.set(i, FigureReader.figures(units.get(i).text()));
      return figures.get(i);
    }

    Discrepancies.Signs signs(int i) {
      if (signs.get(i) == null) signs.set(i, Discrepancies.Signs.of(units.get(i).text()));
      return signs.get(i);
    }
  }

  /** The links and the conflicts across outlets of {@code units}, each pair once, in order. */
  record Found(List<Brief.FactLink> links, List<Brief.CrossConflict> conflicts) {}

  static Found find(List<Unit> units, UnitTerms terms) {
    List<Set<String>> sources = units.stream().map(u -> Set.copyOf(u.sources())).toList();
    Map<Integer, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      if (terms.sizes()[i] < MIN_TERMS) continue;
      for (int t : terms.vectors().get(i).terms()) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    Read read = new Read(units);
    List<Brief.FactLink> links = new ArrayList<>();
    // One conflict per pair of values, whichever pairs of units show it: its sources gathered.
    Map<String, Brief.CrossConflict> conflicts = new java.util.LinkedHashMap<>();
    for (int a = 0; a < units.size(); a++) {
      if (terms.sizes()[a] < MIN_TERMS) continue;
      Set<Integer> candidates = new HashSet<>();
      for (int t : terms.vectors().get(a).terms()) {
        List<Integer> p = postings.get(t);
        if (p.size() > MAX_DF) continue;
        for (int b : p) if (b > a) candidates.add(b);
      }
      for (int b : candidates.stream().sorted().toList()) {
        if (!java.util.Collections.disjoint(sources.get(a), sources.get(b))) continue;
        double cosine = terms.cosine(a, b);
        boolean same =
            cosine >= LINK || (cosine >= LINK_CONTAINED && terms.containment(a, b) >= CONTAINED);
        if (!same) {
          if (cosine >= NEAR) {
            Unit.Discrepancy d =
                countedApart(
                    units.get(a).text(), read.figures(a), units.get(b).text(), read.figures(b));
            if (d != null) gather(conflicts, d, a, b, units);
          }
          continue;
        }
        String ta = units.get(a).text();
        String tb = units.get(b).text();
        List<Figure> fa = read.figures(a);
        List<Figure> fb = read.figures(b);
        List<Unit.Discrepancy> differ =
            Discrepancies.mayConflict(read.signs(a), fa, read.signs(b), fb)
                ? Discrepancies.find(ta, tb, fa, fb, "")
                : List.of();
        if (differ.isEmpty()) {
          links.add(new Brief.FactLink(a, b, Math.round(cosine * 1000) / 1000.0));
        } else {
          gather(conflicts, differ.get(0), a, b, units);
        }
      }
    }
    return new Found(links, List.copyOf(conflicts.values()));
  }

  /**
   * A figure of {@code a} and one of {@code b} of different values that count the same thing (the
   * same word follows each), neither sentence holding the other's value for that thing; or null.
   */
  static Unit.Discrepancy countedApart(String a, String b) {
    return countedApart(a, FigureReader.figures(a), b, FigureReader.figures(b));
  }

  /** As {@link #countedApart(String, String)}, with the figures of each read already. */
  private static Unit.Discrepancy countedApart(
      String a, List<Figure> fa, String b, List<Figure> fb) {
    for (Figure x : fa) {
      String what = nextWord(a, x.end());
      if (what.isEmpty()) continue;
      for (Figure y : fb) {
        if (x.compare(y) != Figure.Comparison.DIFFERENT) continue;
        if (!what.equals(nextWord(b, y.end()))) continue;
        if (holds(fb, b, x, what, false) || holds(fa, a, y, what, false)) continue;
        return new Unit.Discrepancy(Unit.Discrepancy.Kind.NUMBER, x.in(a), y.in(b), "");
      }
    }
    return null;
  }

  /**
   * Whether {@code a} and {@code b} count one thing with one figure: a figure of each of equal
   * value, the same word after each (two sentences that give the same age, toll or price repeat a
   * fact).
   */
  static boolean countSame(String a, List<Figure> fa, String b, List<Figure> fb) {
    for (Figure x : fa) {
      String what = counted(a, x);
      if (!what.isEmpty() && holds(fb, b, x, what, true)) return true;
    }
    return false;
  }

  /**
   * Whether {@code figures} of {@code text} hold the value of {@code f} counting {@code what}: the
   * word after the figure, or {@code byUnit} what it {@link #counted counts}.
   */
  private static boolean holds(
      List<Figure> figures, String text, Figure f, String what, boolean byUnit) {
    for (Figure g : figures) {
      String counts = byUnit ? counted(text, g) : nextWord(text, g.end());
      if (g.compare(f) == Figure.Comparison.EQUAL && what.equals(counts)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What figure {@code f} of {@code text} counts: its unit where it names one (a currency, a
   * percentage), else the word after it, years in any of their words as one.
   */
  private static String counted(String text, Figure f) {
    if (!f.unit().isEmpty()) return f.unit();
    String word = nextWord(text, f.end());
    return YEARS.contains(word) ? "year" : word;
  }

  /** Words for years, as {@link Normalizer#key} writes them. */
  private static final Set<String> YEARS =
      Set.of("عام", "اعوام", "سنه", "سنوات", "سنين", "year", "years");

  /** The matching key of the word after offset {@code from}, if a word of 3 letters or more. */
  private static String nextWord(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      if (Character.isDigit(text.charAt(i)) || ".!?؟".indexOf(text.charAt(i)) >= 0) return "";
      i++;
    }
    int start = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
    return i - start < 3 ? "" : Normalizer.key(text.substring(start, i));
  }

  /** {@code known} and then those of {@code more} it lacks, each once. */
  private static List<String> joined(List<String> known, List<String> more) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(known);
    all.addAll(more);
    return new ArrayList<>(all);
  }

  /**
   * Adds the conflict {@code d} of units a and b, or their sources to the same one found before.
   */
  private static void gather(
      Map<String, Brief.CrossConflict> conflicts,
      Unit.Discrepancy d,
      int a,
      int b,
      List<Unit> units) {
    String x = Normalizer.key(d.representative());
    String y = Normalizer.key(d.variant());
    String key = d.kind() + "\u0000" + (x.compareTo(y) <= 0 ? x + "\u0000" + y : y + "\u0000" + x);
    Brief.CrossConflict seen = conflicts.get(key);
    if (seen == null) {
      conflicts.put(
          key,
          new Brief.CrossConflict(
              d.kind(),
              a,
              b,
              List.of(
                  new Unit.Value(d.representative(), units.get(a).sources()),
                  new Unit.Value(d.variant(), units.get(b).sources()))));
      return;
    }
    // The pair seen first keeps its order: this pair's sources go to the value each one wrote.
    boolean same = Normalizer.key(seen.values().get(0).text()).equals(x);
    List<String> first = joined(seen.values().get(0).sources(), units.get(same ? a : b).sources());
    List<String> second = joined(seen.values().get(1).sources(), units.get(same ? b : a).sources());
    conflicts.put(
        key,
        new Brief.CrossConflict(
            seen.kind(),
            seen.a(),
            seen.b(),
            List.of(
                new Unit.Value(seen.values().get(0).text(), first),
                new Unit.Value(seen.values().get(1).text(), second))));
  }
}
