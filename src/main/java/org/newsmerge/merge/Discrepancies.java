package org.newsmerge.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsmerge.merge.Unit.Discrepancy;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.text.Token;
import org.newsmerge.text.Tokenizer;

/**
 * Finds the differences between two wordings that change a fact: numbers, negation, names
 * (capitalised Latin words) and words inside quotation marks. Other differences are wording
 * variants, shown but not flagged.
 */
final class Discrepancies {

  /** Negation words, as normalised keys. */
  private static final Set<String> NEGATIONS =
      Set.of(
          "لا", "لم", "لن", "ليس", "ليست", "غير", "بدون", "دون", "ما", "not", "no", "never", "nor",
          "without", "none", "nobody", "nothing", "neither", "dont", "doesnt", "didnt", "isnt",
          "wasnt", "arent", "werent", "wont", "cannot", "cant");

  private Discrepancies() {}

  static List<Discrepancy> find(
      String representative, String variant, List<DiffChunk> diff, String source) {
    List<Discrepancy> found = new ArrayList<>();
    for (DiffChunk c : diff) {
      if (c.op() == DiffChunk.Op.EQUAL) continue;
      Discrepancy.Kind kind = classify(c, representative, variant);
      if (kind != null) found.add(new Discrepancy(kind, c.a(), c.b(), source));
    }
    return found;
  }

  static Discrepancy.Kind classify(DiffChunk c, String representative, String variant) {
    List<Token> words = new ArrayList<>(Tokenizer.tokens(c.a()));
    words.addAll(Tokenizer.tokens(c.b()));
    if (words.stream().anyMatch(t -> t.key().chars().anyMatch(Character::isDigit))) {
      return Discrepancy.Kind.NUMBER;
    }
    if (words.stream().anyMatch(t -> NEGATIONS.contains(t.key()))) return Discrepancy.Kind.NEGATION;
    if (capitalised(c.a(), representative) || capitalised(c.b(), variant))
      return Discrepancy.Kind.NAME;
    if (quoted(c.a(), representative) || quoted(c.b(), variant)) return Discrepancy.Kind.QUOTE;
    return null;
  }

  /** Whether {@code part} holds a capitalised word that does not open its sentence. */
  private static boolean capitalised(String part, String sentence) {
    if (part.isEmpty()) return false;
    int at = sentence.indexOf(part);
    for (Token t : Tokenizer.tokens(part)) {
      char first = part.charAt(t.start());
      if (Character.isUpperCase(first) && at + t.start() > 0) return true;
    }
    return false;
  }

  /** Whether {@code part} lies inside quotation marks in {@code sentence}. */
  private static boolean quoted(String part, String sentence) {
    if (part.isEmpty()) return false;
    int at = sentence.indexOf(part);
    if (at < 0) return false;
    int straight = 0;
    int open = 0;
    for (int i = 0; i < at; i++) {
      char ch = sentence.charAt(i);
      if (ch == '"') straight++;
      else if (ch == '«' || ch == '“') open++;
      else if (ch == '»' || ch == '”') open = Math.max(0, open - 1);
    }
    return straight % 2 == 1 || open > 0;
  }
}
