package org.newsmerge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmerge batch}: stories, briefs, an index and a manifest for whole archives. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description =
        "Groups the articles of archive folders (and ZIP files) into stories (one event each, "
            + "with its families of articles that reuse each other's text inside), writes a merged "
            + "brief per story of two or more articles, an index and a manifest accounting for every "
            + "input. Stopped at any moment, the same command finishes the job and reuses the briefs "
            + "already written.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK,
      ExitCodes.REJECTED,
      ExitCodes.USAGE,
      ExitCodes.OUTPUT,
      ExitCodes.INTERNAL
    })
final class BatchCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "ARCHIVE",
      arity = "1..*",
      description = "Folders, files or ZIP archives of articles.")
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
      description = "Worker threads. Default: all cores (${DEFAULT-VALUE}).",
      converter = OptionValues.Threads.class)
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin BatchOptions options;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    BatchSettings settings;
    try {
      settings = options.settings(threads);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    BatchRun.Summary s =
        new BatchRun(settings, ProgressBars.forTerminal(quiet)).run(inputs, output);
    if (s.articles() == 0) {
      options.report(s, null, err);
      return 1;
    }
    options.report(s, output.resolve("index.html").toString(), err);
    return s.rejected() == 0 ? 0 : 1;
  }
}
