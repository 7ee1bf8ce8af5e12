package org.newsmerge.sketch;

/**
 * One-permutation MinHash with optimal densification (Shrivastava, ICML 2017): each shingle is
 * hashed once and falls into one of {@code k} bins, each bin keeps its smallest value, and empty
 * bins borrow the value of a bin chosen by a fixed probe sequence. Cost is O(shingles + k) rather
 * than O(shingles x k), and two signatures agree in a bin with probability equal to the Jaccard
 * similarity of their sets.
 *
 * <p>Pure and thread-safe. Signatures of another size {@code k} are refused by {@link #similarity}.
 * A signature is a plain array that does not carry its seed: compare only signatures of one {@code
 * MinHasher} (or of one seed), since those of two seeds agree only by chance.
 */
public final class MinHasher {

  public static final int DEFAULT_SIZE = 128;
  public static final long DEFAULT_SEED = 0x6e6577736d657267L; // "newsmerg"

  private static final int EMPTY = 0xffffffff;

  private final int k;
  private final long seed;

  public MinHasher(int k, long seed) {
    if (k < 1 || k > 4096) {
      throw new IllegalArgumentException("signature size (" + k + ") must be in 1..4096");
    }
    this.k = k;
    this.seed = seed;
  }

  public MinHasher() {
    this(DEFAULT_SIZE, DEFAULT_SEED);
  }

  public int size() {
    return k;
  }

  public long seed() {
    return seed;
  }

  /** Signature of a shingle set into a new array. */
  public int[] sign(long[] shingles) {
    int[] signature = new int[k];
    sign(shingles, signature, 0);
    return signature;
  }

  /**
   * Signature of a shingle set written into {@code out[offset, offset + k)}: no allocation, so that
   * signatures of many sentences can live in one flat array. An empty set gives all bins {@code
   * -1}, which matches nothing but another empty set.
   */
  public void sign(long[] shingles, int[] out, int offset) {
    boolean[] filled = new boolean[k];
    java.util.Arrays.fill(out, offset, offset + k, EMPTY);
    for (long shingle : shingles) {
      long h = Hash64.mix(shingle ^ seed);
      int bin = (int) (((h >>> 32) * k) >>> 32);
      // Unsigned minimum without a branch: flipping the sign bit maps unsigned order onto
      // signed order. An empty bin holds the largest value, so any value replaces it.
      out[offset + bin] =
          Math.min(out[offset + bin] ^ Integer.MIN_VALUE, (int) h ^ Integer.MIN_VALUE)
              ^ Integer.MIN_VALUE;
      filled[bin] = true;
    }
    if (shingles.length == 0) return;
    for (int bin = 0; bin < k; bin++) {
      if (filled[bin]) continue;
      // Probe bins with a hash of (bin, attempt) until a filled one is found; the sequence
      // depends only on the bin, so two sets with the same filled bins borrow alike.
      for (long attempt = 1; ; attempt++) {
        long h = Hash64.mix(seed + bin * 0x9e3779b97f4a7c15L + attempt);
        int donor = (int) (((h >>> 32) * k) >>> 32);
        if (filled[donor]) {
          out[offset + bin] = out[offset + donor];
          break;
        }
      }
    }
  }

  /** Estimated Jaccard similarity: the share of bins where the signatures agree. */
  public double similarity(int[] a, int[] b) {
    if (a.length != k || b.length != k) {
      throw new IllegalArgumentException(
          "signature sizes (" + a.length + ", " + b.length + ") must both be " + k);
    }
    int same = 0;
    for (int i = 0; i < k; i++) if (a[i] == b[i]) same++;
    return (double) same / k;
  }
}
