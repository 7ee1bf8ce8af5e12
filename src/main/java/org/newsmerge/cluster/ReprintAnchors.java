package org.newsmerge.cluster;

import java.util.Arrays;
import java.util.List;
import org.newsmerge.sketch.Shingler;

/**
 * What {@link ReprintLinker} keeps of an article: the hashes of its word {@link #WORDS}-grams found
 * once in it, in text order (its anchors, as passim takes them), and the number of its distinct
 * word grams. Grams run over the matching keys of its linkable sentences joined, so that where two
 * outlets end their sentences does not change what they share.
 *
 * <p>Pure and thread-safe.
 */
public final class ReprintAnchors {

  /** Words per gram: about the 25 characters of a reprint reference's grams. */
  public static final int WORDS = 5;

  private ReprintAnchors() {}

  /**
   * An article's anchors.
   *
   * @param hashes the grams found once in the article, in text order
   * @param grams the article's distinct grams
   */
  public record Anchors(long[] hashes, int grams) implements java.io.Serializable {
    public Anchors {
      if (grams < hashes.length)
        throw new IllegalArgumentException(
            "grams (" + grams + ") must be >= anchors (" + hashes.length + ")");
    }
  }

  /** The anchors of an article whose linkable sentences have these matching keys. */
  public static Anchors of(List<String> sentenceKeys) {
    StringBuilder joined = new StringBuilder();
    for (String key : sentenceKeys) {
      if (key.isEmpty()) continue;
      if (joined.length() > 0) joined.append(' ');
      joined.append(key);
    }
    long[] grams = Shingler.wordGrams(joined.toString(), WORDS);
    long[] sorted = grams.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    long[] repeated = new long[sorted.length];
    int r = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) distinct++;
      else if (r == 0 || repeated[r - 1] != sorted[i]) repeated[r++] = sorted[i];
    }
    long[] once = new long[grams.length];
    int m = 0;
    for (long g : grams) if (Arrays.binarySearch(repeated, 0, r, g) < 0) once[m++] = g;
    return new Anchors(Arrays.copyOf(once, m), distinct);
  }
}
