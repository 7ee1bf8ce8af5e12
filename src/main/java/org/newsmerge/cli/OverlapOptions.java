package org.newsmerge.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Inputs, matching and reading options of the commands that read one story: overlaps, merge. */
final class OverlapOptions {

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description =
          "Article files or folders (read recursively): txt, md, json, jsonl, html and zip files."
              + " Default: seeds")
  List<Path> inputs = List.of(Path.of("seeds"));

  @Mixin MatchOptions match = new MatchOptions();

  @Mixin ReadOptions read = new ReadOptions();
}
