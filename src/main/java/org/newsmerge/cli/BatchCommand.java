package org.newsmerge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsmerge.model.Rejected;
import org.newsmerge.pipeline.BatchRun;
import org.newsmerge.pipeline.BatchSettings;
import org.newsmerge.render.BriefFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmerge batch}: stories, briefs, an index and a manifest for whole archives. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Groups the articles of archive folders (and .zip files) into stories, writes a merged",
      "brief per story of two or more articles, an index and a manifest accounting for every",
      "input. Stopped at any moment, the same command finishes the job and reuses the briefs",
      "already written."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was read",
      "1:some inputs were rejected (listed in the manifest; the others were processed)",
      "2:usage error"
    })
final class BatchCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "ARCHIVE",
      arity = "1..*",
      description = "Folders, files or .zip archives of articles.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "Output folder.")
  Path output;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--group-by",
      paramLabel = "HOW",
      description =
          "reuse: stories of articles that share passages; folder: one story per folder. Default: ${DEFAULT-VALUE}")
  String groupBy = "reuse";

  @Option(
      names = "--window",
      paramLabel = "Nd",
      description = "Link only articles at most N days apart, where dates are known.")
  String window;

  @Option(
      names = "--max-df",
      paramLabel = "N",
      description =
          "A sentence found in more articles than this is boilerplate and links nothing. Default: ${DEFAULT-VALUE}")
  int maxDf = 30;

  @Option(
      names = "--min-shared",
      paramLabel = "N",
      description = "Shared sentences that link two articles. Default: ${DEFAULT-VALUE}")
  int minShared = 2;

  @Option(
      names = "--threshold",
      paramLabel = "J",
      description =
          "Jaccard similarity from which sentences are duplicates. Default: ${DEFAULT-VALUE}")
  double threshold = 0.5;

  @Option(
      names = "--format",
      paramLabel = "LIST",
      description = "Brief formats among md, html, json. Default: ${DEFAULT-VALUE}")
  String format = "md,html,json";

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    BatchSettings settings;
    try {
      BatchSettings d = BatchSettings.defaults(threads);
      settings =
          d.withOptions(
                  d.overlaps().withThreshold(threshold),
                  maxDf,
                  minShared,
                  BriefFormat.parse(format))
              .withGroupBy(BatchSettings.GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT)))
              .withWindow(window == null ? null : days(window));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    BatchRun.Summary s =
        new BatchRun(settings, ProgressBars.forTerminal(quiet)).run(inputs, output);
    for (Rejected r : s.rejectedInputs()) err.println(r.message());
    long total = s.stageMillis().values().stream().mapToLong(Long::longValue).sum();
    err.printf(
        Locale.ROOT,
        "%d articles read (%.2f MB of text), %d rejected; %d stories (largest %d articles), %d articles alone; %d briefs reused; %d boilerplate sentence groups ignored%n",
        s.articles(),
        s.textBytes() / 1e6,
        s.rejected(),
        s.stories(),
        s.largest(),
        s.alone(),
        s.reusedBriefs(),
        s.boilerplateGroups());
    StringBuilder stages = new StringBuilder();
    for (Map.Entry<String, Long> e : s.stageMillis().entrySet()) {
      stages.append(String.format(Locale.ROOT, "%s %.1fs, ", e.getKey(), e.getValue() / 1000.0));
    }
    err.printf(
        Locale.ROOT,
        "time: %stotal %.1fs (%.0f articles/s, %.1f MB of text/s); wrote %s%n",
        stages,
        total / 1000.0,
        total == 0 ? 0 : s.articles() / (total / 1000.0),
        total == 0 ? 0 : s.textBytes() / 1e6 / (total / 1000.0),
        output.resolve("index.html"));
    err.flush();
    return s.rejected() == 0 ? 0 : 1;
  }

  private static Duration days(String spec) {
    String s = spec.trim().toLowerCase(Locale.ROOT);
    try {
      if (s.endsWith("d")) return Duration.ofDays(Long.parseLong(s.substring(0, s.length() - 1)));
      return Duration.ofDays(Long.parseLong(s));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "window (" + spec + ") must be a number of days, e.g. 3d", e);
    }
  }
}
