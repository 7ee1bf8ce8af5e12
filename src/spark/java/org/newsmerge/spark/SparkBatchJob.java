package org.newsmerge.spark;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import org.newsmerge.batch.LocalFolder;
import org.newsmerge.cli.BatchOptions;
import org.newsmerge.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Spark job's entry point: {@code spark-submit --class org.newsmerge.spark.SparkBatchJob
 * newsmerge-spark.jar ARCHIVE... -o DIR}, with the options of {@code newsmerge batch}. Without a
 * master from spark-submit or {@code -Dspark.master}, it runs in {@code local[*]}.
 */
@Command(
    name = "newsmerge-spark",
    mixinStandardHelpOptions = true,
    version = "newsmerge 0.1.0",
    description =
        "newsmerge batch on Apache Spark: groups the articles of archives (local paths or Hadoop"
            + " filesystem URIs) into stories and writes the same briefs, index and manifest as"
            + " `newsmerge batch`. A rerun reuses the briefs already written.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK,
      ExitCodes.REJECTED,
      ExitCodes.USAGE,
      ExitCodes.OUTPUT,
      ExitCodes.INTERNAL
    })
public final class SparkBatchJob implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "ARCHIVE",
      arity = "1..*",
      description =
          "Folders, files or .zip archives: local paths or URIs such as hdfs://nn/archive.")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "Output folder: a local path (shared by all machines) or a URI.")
  String output;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions of each shuffle. Default: twice the cluster's default parallelism.")
  Integer partitions;

  @Mixin BatchOptions options;

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new SparkBatchJob());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println(ExitCodes.line(e));
          commandLine.getErr().flush();
          return ExitCodes.code(e);
        });
    System.exit(cli.execute(args));
  }

  @Override
  public Integer call() {
    BatchSettings settings;
    try {
      settings = options.settings(1);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (partitions != null && partitions < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "partitions (" + partitions + ") must be >= 1");
    }
    // A local output folder is checked before Spark starts; a URI's filesystem is asked when
    // the job writes.
    if (!SparkInputs.isUri(output)) LocalFolder.check(java.nio.file.Path.of(output));
    SparkConf conf = new SparkConf().setAppName("newsmerge batch");
    conf.setIfMissing("spark.master", "local[*]");
    PrintWriter err = spec.commandLine().getErr();
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN"); // as spark-shell does: the summary below says what happened
      int n = partitions != null ? partitions : 2 * sc.defaultParallelism();
      BatchRun.Summary s = new SparkBatch(sc, settings, n).run(inputs, output);
      options.report(s, s.articles() == 0 ? null : output + "/index.html", err);
      err.printf(Locale.ROOT, "ran on %s with %d partitions%n", sc.master(), n);
      err.flush();
      return s.rejected() == 0 && s.articles() > 0 ? 0 : 1;
    }
  }
}
