package org.newsmerge.align;

import org.newsmerge.sketch.MinHasher;
import org.newsmerge.sketch.ShingleSettings;

/**
 * Settings of the overlap finder.
 *
 * @param threshold Jaccard similarity of shingle sets from which two sentences are duplicates
 * @param shingles how sentences are cut into shingles
 * @param signatureSize MinHash values per sentence
 * @param maxGap unmatched sentences a passage may bridge on each side
 * @param anchorWords words a shared fragment needs to make a partial overlap
 * @param minShingles shingles a sentence needs to take part (shorter ones are too short to tell)
 */
public record OverlapSettings(
    double threshold,
    ShingleSettings shingles,
    int signatureSize,
    int maxGap,
    int anchorWords,
    int minShingles)
    implements java.io.Serializable {

  public static final OverlapSettings DEFAULT =
      new OverlapSettings(0.5, ShingleSettings.DEFAULT, MinHasher.DEFAULT_SIZE, 1, 6, 8);

  public OverlapSettings {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold (" + threshold + ") must be in (0, 1)");
    }
    if (shingles == null) throw new IllegalArgumentException("shingles must not be null");
    if (maxGap < 0) throw new IllegalArgumentException("max gap (" + maxGap + ") must be >= 0");
    if (anchorWords < 2) {
      throw new IllegalArgumentException("anchor words (" + anchorWords + ") must be >= 2");
    }
    if (minShingles < 1) {
      throw new IllegalArgumentException("min shingles (" + minShingles + ") must be >= 1");
    }
  }

  public OverlapSettings withThreshold(double t) {
    return new OverlapSettings(t, shingles, signatureSize, maxGap, anchorWords, minShingles);
  }

  public OverlapSettings withShingles(ShingleSettings s) {
    return new OverlapSettings(threshold, s, signatureSize, maxGap, anchorWords, minShingles);
  }

  public OverlapSettings withMaxGap(int g) {
    return new OverlapSettings(threshold, shingles, signatureSize, g, anchorWords, minShingles);
  }
}
