package org.newsmerge.align.passage;

/**
 * A light English suffix stripper: plurals, -ing, -ed, -ly and a few derivational endings, so that
 * "reports", "reported" and "reporting" share a stem. Words of other scripts, and words too short
 * to strip safely, come back unchanged. Pure and thread-safe.
 */
final class Stemmer {

  private Stemmer() {}

  /** The stem of a lower-cased word. */
  static String stem(String w) {
    if (w.length() <= 3 || !latin(w)) return w;
    String s = w;
    if (s.endsWith("'s")) s = s.substring(0, s.length() - 2);
    if (s.endsWith("sses")) s = s.substring(0, s.length() - 2);
    else if (s.endsWith("ies") && s.length() > 4) s = s.substring(0, s.length() - 3) + "y";
    else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
      s = s.substring(0, s.length() - 1);
    }
    s = strip(s, "ingly", 3);
    s = strip(s, "edly", 3);
    s = strip(s, "ing", 3);
    s = strip(s, "ed", 3);
    s = strip(s, "ly", 4);
    for (String suffix : DERIVATIONAL) s = strip(s, suffix, 3);
    if (s.length() > 3 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2)) {
      char c = s.charAt(s.length() - 1);
      if (c != 'l' && c != 's' && c != 'z' && !vowel(c)) s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith("e") && s.length() > 4) s = s.substring(0, s.length() - 1);
    if (s.endsWith("y") && s.length() > 3) s = s.substring(0, s.length() - 1) + "i";
    return s;
  }

  private static final String[] DERIVATIONAL = {
    "ational", "ization", "fulness", "ousness", "iveness", "ation", "ement", "ment", "ness", "ance",
    "ence", "able", "ible", "ful", "ous", "ive", "ize", "ise", "ist", "ism", "al", "er"
  };

  /** {@code w} without {@code suffix} when what is left has a vowel and {@code min} letters. */
  private static String strip(String w, String suffix, int min) {
    if (!w.endsWith(suffix)) return w;
    String rest = w.substring(0, w.length() - suffix.length());
    if (rest.length() < min) return w;
    for (int i = 0; i < rest.length(); i++) if (vowel(rest.charAt(i))) return rest;
    return w;
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static boolean latin(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if ((c < 'a' || c > 'z') && c != '\'') return false;
    }
    return true;
  }
}
