package org.newsmerge.eval;

import java.util.HashSet;
import java.util.Set;
import org.newsmerge.text.Normalizer;

/**
 * The evaluation's own similarity: sets of character 5-grams of the normalised text with spaces
 * removed, as plain strings, so that the measure does not share the tool's hashing or sketches.
 */
final class Grams {
  private Grams() {}

  static Set<String> of(String text) {
    String s = Normalizer.compactKey(text);
    Set<String> grams = new HashSet<>();
    if (s.length() <= 5) {
      if (!s.isEmpty()) grams.add(s);
      return grams;
    }
    for (int i = 0; i + 5 <= s.length(); i++) grams.add(s.substring(i, i + 5));
    return grams;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) return 0;
    int common = common(a, b);
    return (double) common / (a.size() + b.size() - common);
  }

  /** Share of {@code part}'s grams found in {@code whole}. */
  static double containedIn(Set<String> part, Set<String> whole) {
    return part.isEmpty() ? 0 : (double) common(part, whole) / part.size();
  }

  private static int common(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String g : small) if (large.contains(g)) n++;
    return n;
  }

  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
    return n;
  }
}
