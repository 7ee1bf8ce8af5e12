package org.newsmerge.internal;

import java.util.Arrays;

/**
 * Sorts longs whose high bits are uniform: hashes, or hashes packed with an index in their low
 * bits. One counting pass on the top bits into about as many buckets as there are values leaves
 * only neighbours out of order, which an insertion pass puts right: linear, and free of the
 * mispredicted branches that made quicksort the hottest code of a batch run. The order is that of
 * {@link Arrays#sort(long[])} whatever the values; values that are not uniform (many sharing their
 * top bits in no order) only cost more, and past a bound the insertion pass hands over to {@link
 * Arrays#sort(long[])}.
 */
public final class HashSort {

  /** Below this many values quicksort's insertion sort is as good. */
  private static final int SMALL = 64;

  /** Insertion moves per value allowed before the bound is reached. */
  private static final int MOVES = 16;

  private HashSort() {}

  /** {@code values} sorted ascending (signed): the same array if short, else a new one. */
  public static long[] sorted(long[] values) {
    if (values.length < SMALL) {
      Arrays.sort(values);
      return values;
    }
    return sorted(values, values.length);
  }

  /** Sorts {@code values[0, m)} in place, ascending (signed). */
  public static void sort(long[] values, int m) {
    if (m < SMALL) {
      Arrays.sort(values, 0, m);
      return;
    }
    System.arraycopy(sorted(values, m), 0, values, 0, m);
  }

  private static long[] sorted(long[] values, int m) {
    int bits = 32 - Integer.numberOfLeadingZeros(m - 1);
    int shift = 64 - bits;
    int[] start = new int[(1 << bits) + 1];
    for (int i = 0; i < m; i++) start[(int) ((values[i] ^ Long.MIN_VALUE) >>> shift) + 1]++;
    for (int b = 1; b < start.length; b++) start[b] += start[b - 1];
    long[] out = new long[m];
    for (int i = 0; i < m; i++) {
      long v = values[i];
      out[start[(int) ((v ^ Long.MIN_VALUE) >>> shift)]++] = v;
    }
    insertionPass(out);
    return out;
  }

  /**
   * Pairs of indexes below {@code n}, packed {@code a << 32 | b}, sorted ascending and each once:
   * counted by {@code a} into {@code n} buckets, then put right within each.
   */
  public static long[] sortedPairs(long[] pairs, int count, int n) {
    long[] out;
    if (count < SMALL) {
      out = Arrays.copyOf(pairs, count);
      Arrays.sort(out);
    } else {
      int[] start = new int[n + 1];
      for (int i = 0; i < count; i++) start[(int) (pairs[i] >>> 32) + 1]++;
      for (int b = 1; b < start.length; b++) start[b] += start[b - 1];
      out = new long[count];
      for (int i = 0; i < count; i++) out[start[(int) (pairs[i] >>> 32)]++] = pairs[i];
      insertionPass(out);
    }
    return distinct(out);
  }

  /** Sorted values each once: in place, then the same array or a shorter copy. */
  public static long[] distinct(long[] sorted) {
    if (sorted.length < 2) return sorted;
    int w = 1;
    for (int i = 1; i < sorted.length; i++) if (sorted[i] != sorted[w - 1]) sorted[w++] = sorted[i];
    return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
  }

  /** Sorts values that are nearly in order; past the bound of moves, by {@link Arrays#sort}. */
  private static void insertionPass(long[] out) {
    int m = out.length;
    long budget = (long) MOVES * m;
    for (int i = 1; i < m; i++) {
      long v = out[i];
      int j = i - 1;
      while (j >= 0 && out[j] > v) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = v;
      budget -= i - 1 - j;
      if (budget < 0) {
        Arrays.sort(out);
        return;
      }
    }
  }
}
