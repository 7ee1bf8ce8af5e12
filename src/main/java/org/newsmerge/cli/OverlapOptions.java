package org.newsmerge.cli;

import java.nio.file.Path;
import java.util.List;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.sketch.ShingleSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and matching options shared by the commands that find overlaps. */
final class OverlapOptions {

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description =
          "Article files or folders (read recursively): .txt, .md, .json, .jsonl, .html, .zip."
              + " Default: seeds")
  List<Path> inputs = List.of(Path.of("seeds"));

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
          "Unmatched sentences a passage may bridge on either side. Default: ${DEFAULT-VALUE}")
  int maxGap = OverlapSettings.DEFAULT.maxGap();

  @Mixin ReadOptions read = new ReadOptions();

  /** The settings these options ask for; throws IllegalArgumentException naming a bad value. */
  OverlapSettings settings() {
    return OverlapSettings.DEFAULT
        .withThreshold(threshold)
        .withShingles(ShingleSettings.parse(shingles))
        .withMaxGap(maxGap);
  }
}
