package org.newsmerge.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsmerge.text.Token;
import org.newsmerge.text.Tokenizer;

/**
 * Whether two changed runs of words say different words, or the same words spelled, prefixed or
 * inflected otherwise. A word on one side is matched by a word on the other that is the same but
 * for a one-letter prefix or the article ({@code لأنهم}/{@code أنهم}, {@code عام}/{@code العام}),
 * the same but for long vowels and the letters transliteration swaps ({@code فاينانشيال}/{@code
 * فايننشال}, {@code تشونغ}/{@code تشونج}, {@code سورية}/{@code سوريا}), one letter off in a word of
 * four or more ({@code ريما}/{@code ربما}), or shares a stem of four letters ({@code
 * استبداله}/{@code نستبدل}); function words ({@code أن}, {@code ما}, {@code في} ...) are left
 * aside. What is left unmatched on both sides are replaced words. Pure and thread-safe.
 */
final class Rewording {

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "ان", "انه", "انها", "انهم", "بان", "بانه", "لان", "لانه", "فان", "فانه", "الا", "ما",
          "مما", "في", "من", "على", "عن", "الى", "الي", "و", "ف", "ب", "ل", "قد", "لقد", "التي",
          "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كما", "ثم", "او", "ام", "بل", "لكن", "اذا",
          "حتى", "عند", "مع", "بين", "كل", "كافه", "بعد", "قبل", "به", "بها", "له", "لها", "هو",
          "هي", "لصالح", "لمصلحه", "the", "a", "an", "of", "to", "in", "on", "at", "for", "and",
          "or", "but", "that", "which", "who", "is", "are", "was", "were");

  private Rewording() {}

  /**
   * Whether the changed runs {@code a} and {@code b} each hold a word that the other wording
   * ({@code wholeB}, {@code wholeA}) does not say in any form anywhere: a moved word is no
   * replacement.
   */
  static boolean replacesWords(String a, String b, String wholeA, String wholeB) {
    List<String> left = contentWords(a);
    List<String> right = contentWords(b);
    List<String> allA = contentWords(wholeA);
    List<String> allB = contentWords(wholeB);
    // Moved, not replaced: the other wording says the word as often as this one does.
    left.removeIf(w -> count(allB, w) >= count(allA, w));
    right.removeIf(w -> count(allA, w) >= count(allB, w));
    if (left.isEmpty() || right.isEmpty()) return false;
    List<String> unmatchedLeft = new ArrayList<>();
    boolean[] used = new boolean[right.size()];
    for (String w : left) {
      boolean matched = false;
      for (int j = 0; j < right.size() && !matched; j++) {
        if (sameWord(w, right.get(j))) {
          used[j] = true;
          matched = true;
        }
      }
      if (!matched) unmatchedLeft.add(w);
    }
    if (unmatchedLeft.isEmpty()) return false;
    for (int j = 0; j < right.size(); j++) {
      if (used[j]) continue;
      String w = right.get(j);
      if (unmatchedLeft.stream().noneMatch(u -> sameWord(u, w))) return true;
    }
    return false;
  }

  private static long count(List<String> words, String w) {
    return words.stream().filter(o -> sameWord(w, o)).count();
  }

  private static List<String> contentWords(String s) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokens(s)) {
      if (!FUNCTION_WORDS.contains(t.key()) && t.key().chars().noneMatch(Character::isDigit)) {
        out.add(t.key());
      }
    }
    return out;
  }

  static boolean sameWord(String a, String b) {
    if (a.equals(b)) return true;
    String sa = bare(a);
    String sb = bare(b);
    if (sa.equals(sb)) return true;
    String ka = skeleton(sa);
    String kb = skeleton(sb);
    if (ka.equals(kb)) return true;
    if (Math.min(sa.length(), sb.length()) >= 4 && levenshtein(sa, sb) <= 1) return true;
    // a verb in the feminine: تمت / تم
    if (Math.min(sa.length(), sb.length()) >= 2 && (sa.equals(sb + "ت") || sb.equals(sa + "ت"))) {
      return true;
    }
    // a verb in another person: تتم / يتم
    if (sa.length() == sb.length()
        && sa.length() >= 3
        && sa.substring(1).equals(sb.substring(1))
        && "يتنا".indexOf(sa.charAt(0)) >= 0
        && "يتنا".indexOf(sb.charAt(0)) >= 0) {
      return true;
    }
    return commonRun(sa, sb) >= 4;
  }

  /** Without the article and one-letter prefixes. */
  private static String bare(String w) {
    for (String p : new String[] {"وال", "بال", "فال", "كال", "لل", "ال"}) {
      if (w.startsWith(p) && w.length() - p.length() >= 2) return w.substring(p.length());
    }
    if (w.length() >= 4 && "وفبلك".indexOf(w.charAt(0)) >= 0) return w.substring(1);
    return w;
  }

  /** Consonants only, with the letters transliteration swaps folded together. */
  private static String skeleton(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if ("اويى".indexOf(c) >= 0) continue;
      if (c == 'ه' && i == w.length() - 1) continue;
      if ("جغقكگ".indexOf(c) >= 0) c = 'G';
      else if ("ثسص".indexOf(c) >= 0) c = 'S';
      else if ("ذزظ".indexOf(c) >= 0) c = 'Z';
      else if ("تط".indexOf(c) >= 0) c = 'T';
      else if ("دض".indexOf(c) >= 0) c = 'D';
      b.append(c);
    }
    return b.toString();
  }

  private static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static int commonRun(String a, String b) {
    int best = 0;
    for (int i = 0; i < a.length(); i++) {
      for (int j = 0; j < b.length(); j++) {
        int k = 0;
        while (i + k < a.length() && j + k < b.length() && a.charAt(i + k) == b.charAt(j + k)) k++;
        best = Math.max(best, k);
      }
    }
    return best;
  }
}
