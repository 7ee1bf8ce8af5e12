package org.newsmerge.bench;

import java.util.HashSet;
import java.util.Set;

/**
 * Our shingle sets ({@code long[]} from {@code Shingler}) in the shapes the peers take, as a user
 * of each would write it. The conversions keep the sets identical: the hex string of a 64-bit hash
 * is one-to-one, and the low 32 bits of a hash that went through murmur3's finaliser are as well
 * mixed as any other 32 (two shingles of one sentence share them with odds of about n^2 / 2^33).
 */
final class PeerInputs {

  private PeerInputs() {}

  /**
   * java-lsh's {@code MinHash.signature} takes a {@code Set<Integer>} (or a {@code boolean[]} over
   * the whole dictionary, useless for 32-bit elements): one boxed {@code Integer} per shingle.
   */
  static Set<Integer> integerSet(long[] shingles) {
    Set<Integer> set = new HashSet<>(shingles.length * 2);
    for (long h : shingles) set.add((int) h);
    return set;
  }

  /** Lucene's {@code MinHashFilter} takes tokens: one hex string per shingle. */
  static String[] hexTokens(long[] shingles) {
    String[] tokens = new String[shingles.length];
    for (int i = 0; i < shingles.length; i++) tokens[i] = Long.toHexString(shingles[i]);
    return tokens;
  }
}
