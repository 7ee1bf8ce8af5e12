package org.newsmerge.sketch;

import org.newsmerge.internal.HashSort;

/**
 * Cuts a matching key (see {@code org.newsmerge.text.Normalizer}) into shingles and hashes each to
 * 64 bits with fixed constants. The result is sorted and free of repeats, so that set operations
 * are merges over primitive arrays. A key shorter than one shingle gives one shingle of the whole
 * key; an empty key gives none.
 *
 * <p>Pure and thread-safe.
 */
public final class Shingler {

  private final ShingleSettings settings;

  public Shingler(ShingleSettings settings) {
    this.settings = settings;
  }

  public ShingleSettings settings() {
    return settings;
  }

  /** Sorted, distinct shingle hashes of {@code key} (words separated by single spaces). */
  public long[] shingles(String key) {
    long[] hashes =
        settings.unit() == ShingleSettings.Unit.CHAR ? charShingles(key) : wordShingles(key);
    return HashSort.distinct(HashSort.sorted(hashes));
  }

  private long[] charShingles(String key) {
    char[] compact = new char[key.length()]; // the key without its spaces
    int length = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != ' ') compact[length++] = c;
    }
    int n = settings.size();
    if (length == 0) return new long[0];
    if (length <= n) return new long[] {Hash64.chars(compact, 0, length)};
    long[] out = new long[length - n + 1];
    for (int i = 0; i < out.length; i++) out[i] = Hash64.chars(compact, i, i + n);
    return out;
  }

  private long[] wordShingles(String key) {
    if (key.isEmpty()) return new long[0];
    int words = 1;
    for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') words++;
    return wordGrams(key, Math.min(settings.size(), words));
  }

  /**
   * Hashes of the word {@code n}-grams of a key, in text order with repeats: the anchors that find
   * a long shared fragment inside otherwise different sentences.
   */
  public static long[] wordGrams(String key, int n) {
    if (key.isEmpty()) return new long[0];
    String[] words = key.split(" ");
    if (words.length < n) return new long[0];
    long[] word = new long[words.length]; // each word hashed once, for the n grams it is in
    for (int i = 0; i < words.length; i++) word[i] = Hash64.chars(words[i], 0, words[i].length());
    long[] out = new long[words.length - n + 1];
    for (int i = 0; i < out.length; i++) {
      long h = Hash64.FNV_OFFSET;
      for (int j = i; j < i + n; j++) h = (h ^ word[j]) * Hash64.FNV_PRIME;
      out[i] = Hash64.mix(h);
    }
    return out;
  }

  /** Exact Jaccard similarity of two sorted, distinct shingle sets; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int common = intersection(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** Share of the smaller set found in the larger one; 0 when either is empty. */
  public static double containment(long[] a, long[] b) {
    int smaller = Math.min(a.length, b.length);
    return smaller == 0 ? 0 : (double) intersection(a, b) / smaller;
  }

  /**
   * Size of the intersection of two sorted, distinct arrays; at once when they are one array (the
   * sentences of one key share theirs).
   */
  public static int intersection(long[] a, long[] b) {
    if (a == b) return a.length;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }
}
