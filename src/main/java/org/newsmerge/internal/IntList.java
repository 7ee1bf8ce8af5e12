package org.newsmerge.internal;

import java.util.Arrays;

/** A growable array of ints, for hot paths that must not box. Not thread-safe. */
public final class IntList {
  private int[] values = new int[16];
  private int size;

  public void add(int v) {
    if (size == values.length) values = Arrays.copyOf(values, size * 2);
    values[size++] = v;
  }

  public int size() {
    return size;
  }

  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
