package org.newsmerge.internal;

import java.util.Arrays;

/** A growable array of longs, for hot paths that must not box. Not thread-safe. */
public final class LongList {
  private long[] values = new long[16];
  private int size;

  public void add(long v) {
    if (size == values.length) values = Arrays.copyOf(values, size * 2);
    values[size++] = v;
  }

  public long get(int i) {
    if (i >= size) throw new IndexOutOfBoundsException(i);
    return values[i];
  }

  public int size() {
    return size;
  }

  public long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** The pairs this holds, {@code a << 32 | b} with both below {@code n}, sorted, each once. */
  public long[] sortedDistinctPairs(int n) {
    return HashSort.sortedPairs(values, size, n);
  }

  /** The values sorted, each once. */
  public long[] sortedDistinct() {
    long[] out = Arrays.copyOf(values, size);
    Arrays.sort(out);
    return HashSort.distinct(out);
  }
}
