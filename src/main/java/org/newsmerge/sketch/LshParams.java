package org.newsmerge.sketch;

/**
 * Bands and rows of a banded LSH index. {@link #optimal} picks them as datasketch does: the split
 * of a signature of {@code k} values that minimises the false-positive area below the threshold
 * plus the false-negative area above it, under the S-curve {@code 1 - (1 - s^r)^b}.
 */
public record LshParams(int bands, int rows) {

  public LshParams {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "bands (" + bands + ") and rows (" + rows + ") must be >= 1");
    }
  }

  /** Probability that two sets of Jaccard similarity {@code s} share at least one band. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  private static final java.util.Map<String, LshParams> OPTIMAL =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The best bands and rows for {@code threshold} with signatures of {@code k} values. The search
   * costs milliseconds, so results are kept: every story of a batch run asks the same question.
   */
  public static LshParams optimal(double threshold, int k) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold (" + threshold + ") must be in (0, 1)");
    }
    return OPTIMAL.computeIfAbsent(threshold + "/" + k, key -> search(threshold, k));
  }

  private static LshParams search(double threshold, int k) {
    LshParams best = null;
    double bestError = Double.MAX_VALUE;
    for (int bands = 1; bands <= k; bands++) {
      for (int rows = 1; bands * rows <= k; rows++) {
        LshParams p = new LshParams(bands, rows);
        double error = p.area(0, threshold, false) + p.area(threshold, 1, true);
        if (error < bestError - 1e-12) {
          bestError = error;
          best = p;
        }
      }
    }
    return best;
  }

  private double area(double from, double to, boolean missed) {
    int steps = 200;
    double width = (to - from) / steps;
    double sum = 0;
    for (int i = 0; i < steps; i++) {
      double p = candidateProbability(from + (i + 0.5) * width);
      sum += missed ? 1 - p : p;
    }
    return sum * width;
  }
}
