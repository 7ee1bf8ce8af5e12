package org.newsmerge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.ingest.ReadSettings;
import org.newsmerge.pipeline.Pipeline;
import org.newsmerge.render.OverlapJson;
import org.newsmerge.render.OverlapReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmerge overlaps}: which articles share which passages. */
@Command(
    name = "overlaps",
    mixinStandardHelpOptions = true,
    description = {
      "Finds passages that articles share with each other or repeat within themselves:",
      "near-identical sentences (duplicate) and long shared fragments (partial), each with",
      "its spans, measured similarity and the words that differ."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK,
      ExitCodes.REJECTED,
      ExitCodes.USAGE,
      ExitCodes.OUTPUT,
      ExitCodes.INTERNAL
    })
final class OverlapsCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin OverlapOptions options = new OverlapOptions();

  @Option(names = "--json", description = "Print one JSON document instead of the report.")
  boolean json;

  @Override
  public Integer call() {
    OverlapSettings settings;
    ReadSettings read;
    try {
      settings = options.match.settings();
      read = options.read.settings();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Analysis analysis = Pipeline.analyse(options.inputs, read, settings);
    PrintWriter err = spec.commandLine().getErr();
    Problems.print(analysis.rejected(), analysis.articles(), err);
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    if (json) OverlapJson.write(analysis, out);
    else OverlapReport.write(analysis, out);
    out.flush();
    return analysis.rejected().isEmpty() ? 0 : 1;
  }
}
