package org.newsmerge.cli;

import org.newsmerge.align.OverlapSettings;
import org.newsmerge.sketch.ShingleSettings;
import picocli.CommandLine.Option;

/**
 * How sentences are matched: the one declaration of {@code --threshold}, {@code --shingles} and
 * {@code --max-gap}, shared by every command that matches and by the Spark job, so that the same
 * options mean the same everywhere.
 */
public final class MatchOptions {

  @Option(
      names = "--threshold",
      paramLabel = "J",
      description =
          "Jaccard similarity of shingle sets from which two sentences are duplicates, in (0, 1)."
              + " Default: ${DEFAULT-VALUE}")
  double threshold = OverlapSettings.DEFAULT.threshold();

  @Option(
      names = "--shingles",
      paramLabel = "KIND",
      description =
          "Shingles: charN (character N-grams of the normalised text without spaces) or wordN"
              + " (normalised word N-grams). Default: ${DEFAULT-VALUE}")
  String shingles = ShingleSettings.DEFAULT.toString();

  @Option(
      names = "--max-gap",
      paramLabel = "N",
      description =
          "Unmatched sentences a passage may bridge on either side. Default: ${DEFAULT-VALUE}",
      converter = OptionValues.AtLeastZero.class)
  int maxGap = OverlapSettings.DEFAULT.maxGap();

  /** The settings these options ask for; throws IllegalArgumentException naming a bad value. */
  public OverlapSettings settings() {
    return OverlapSettings.DEFAULT
        .withThreshold(threshold)
        .withShingles(ShingleSettings.parse(shingles))
        .withMaxGap(maxGap);
  }
}
