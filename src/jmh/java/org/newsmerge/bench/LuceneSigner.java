package org.newsmerge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene's {@link MinHashFilter} as a signer of token sets, set up for one-permutation MinHash with
 * rotation: one hash ({@code hashCount=1}), {@code k} buckets over the top 32 bits of the 128-bit
 * murmur3 hash, the least value kept per bucket ({@code hashSetSize=1}), empty buckets filled from
 * the next filled bucket ({@code withRotation=true}). The filter emits one token per bucket in
 * bucket order, 8 chars holding 128 bits; {@link #sign} returns them as {@code 2k} longs (high,
 * low), so that two signatures agree in bucket {@code b} when both longs of {@code b} are equal.
 *
 * <p>Reuses one token stream and one filter, as a Lucene analyzer does: not thread-safe.
 */
final class LuceneSigner {

  private final int k;
  private final ArrayTokens tokens = new ArrayTokens();
  private final MinHashFilter filter;
  private final CharTermAttribute term;

  LuceneSigner(int k) {
    this.k = k;
    this.filter = new MinHashFilter(tokens, 1, k, 1, true);
    this.term = filter.getAttribute(CharTermAttribute.class);
  }

  /** The {@code 2k} longs of the signature of a non-empty token set. */
  long[] sign(String[] set) {
    long[] signature = new long[2 * k];
    int bucket = 0;
    tokens.set(set);
    try {
      filter.reset();
      while (filter.incrementToken()) {
        if (bucket == k || term.length() != 8) {
          throw new IllegalStateException(
              "MinHashFilter gave token " + bucket + " of length " + term.length());
        }
        char[] c = term.buffer();
        signature[2 * bucket] = (long) c[0] << 48 | (long) c[1] << 32 | (long) c[2] << 16 | c[3];
        signature[2 * bucket + 1] =
            (long) c[4] << 48 | (long) c[5] << 32 | (long) c[6] << 16 | c[7];
        bucket++;
      }
      filter.end();
      filter.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bucket != k) {
      throw new IllegalStateException(
          "MinHashFilter gave " + bucket + " tokens for " + set.length + " inputs, expected " + k);
    }
    return signature;
  }

  /** Share of buckets where two signatures of {@link #sign} agree. */
  static double similarity(long[] a, long[] b) {
    int k = a.length / 2;
    int same = 0;
    for (int i = 0; i < k; i++) {
      if (a[2 * i] == b[2 * i] && a[2 * i + 1] == b[2 * i + 1]) same++;
    }
    return (double) same / k;
  }

  /** A token stream over an array of strings: the shingles, already cut. */
  private static final class ArrayTokens extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private String[] values = new String[0];
    private int next;

    void set(String[] values) {
      this.values = values;
    }

    @Override
    public boolean incrementToken() {
      if (next == values.length) return false;
      clearAttributes();
      term.setEmpty().append(values[next]);
      offset.setOffset(next, next + 1);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
