package org.newsmerge.align.passage;

/**
 * Settings of the {@link TextAligner}.
 *
 * @param seedCosine tf-idf cosine above which two sentences seed a passage
 * @param seedDice Dice coefficient of their word sets above which they do
 * @param strictGap sentences between seeds that a passage bridges in strict mode
 * @param looseGap sentences bridged in loose mode, for summaries
 * @param validCosine cosine a whole passage needs between its two sides, else its gap shrinks
 * @param minChars characters each side of a passage needs
 * @param summaryRatio source length over text length from which a pair counts as a summary
 * @param joinChars characters between two passages, on both sides, below which they join
 */
public record AlignSettings(
    double seedCosine,
    double seedDice,
    int strictGap,
    int looseGap,
    double validCosine,
    int minChars,
    double summaryRatio,
    int joinChars) {

  public static final AlignSettings DEFAULT =
      new AlignSettings(0.28, 0.2, 4, 24, 0.34, 150, 3.0, 600);

  public AlignSettings {
    if (!(seedCosine > 0 && seedCosine < 1)) {
      throw new IllegalArgumentException("seed cosine (" + seedCosine + ") must be in (0, 1)");
    }
    if (!(seedDice > 0 && seedDice < 1)) {
      throw new IllegalArgumentException("seed dice (" + seedDice + ") must be in (0, 1)");
    }
    if (strictGap < 0 || looseGap < strictGap) {
      throw new IllegalArgumentException(
          "gaps (strict " + strictGap + ", loose " + looseGap + ") must be 0 <= strict <= loose");
    }
    if (!(validCosine >= 0 && validCosine < 1)) {
      throw new IllegalArgumentException("valid cosine (" + validCosine + ") must be in [0, 1)");
    }
    if (minChars < 0)
      throw new IllegalArgumentException("min chars (" + minChars + ") must be >= 0");
    if (!(summaryRatio > 1)) {
      throw new IllegalArgumentException("summary ratio (" + summaryRatio + ") must be > 1");
    }
    if (joinChars < 0) {
      throw new IllegalArgumentException("join chars (" + joinChars + ") must be >= 0");
    }
  }
}
