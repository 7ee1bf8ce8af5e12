package org.newsmerge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import org.newsmerge.batch.OutputFiles;
import org.newsmerge.batch.Progress;

/**
 * The job jar on a real Spark standalone cluster: a master and two workers, each its own JVM
 * started from Spark's jars by {@code bin/spark-standalone}, the job submitted through Spark's
 * submit entry point by {@code bin/spark-submit} (the cluster commands of docs/batch.md), executors
 * in JVMs of their own, so closures, serialization and the job jar's classpath are really
 * exercised. Its output must equal {@code batch}'s byte for byte.
 */
class SparkClusterIT {

  @TempDir static Path tmp;
  private static Path archive;
  private static String master;

  private static Process run(List<String> command, Path log) throws IOException {
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static int waitFor(Process p, int seconds) throws InterruptedException {
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out after " + seconds + " s: " + p.info().commandLine());
    }
    return p.exitValue();
  }

  @BeforeAll
  static void startACluster() throws Exception {
    archive = FixtureArchive.write(tmp.resolve("archive"), 150, 5);
    Files.writeString(archive.resolve("broken.json"), "{\"content\": \"unterminated");

    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = tmp.resolve("start.log");
    Process start = run(List.of("bin/spark-standalone", "start", "2", String.valueOf(port)), log);
    int code = waitFor(start, 180);
    assertThat(code).as("bin/spark-standalone start: %s", Files.readString(log)).isZero();
    master = "spark://127.0.0.1:" + port;
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    waitFor(run(List.of("bin/spark-standalone", "stop"), tmp.resolve("stop.log")), 60);
  }

  @Test
  void theJobSubmittedToAStandaloneClusterWritesWhatBatchWrites() throws Exception {
    Path batchOut = tmp.resolve("batch");
    BatchRun.Summary batch =
        new BatchRun(BatchSettings.defaults(2), Progress.NONE).run(List.of(archive), batchOut);

    Path clusterOut = tmp.resolve("cluster");
    Path log = tmp.resolve("submit.log");
    List<String> submit =
        new ArrayList<>(
            List.of(
                "bin/spark-submit",
                "--master",
                master,
                "--conf",
                "spark.executor.memory=768m",
                "target/newsmerge-spark.jar",
                archive.toString(),
                "-o",
                clusterOut.toString()));
    int code = waitFor(run(submit, log), 600);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(code).as("exit code (one broken input); output:%n%s", output).isEqualTo(1);
    assertThat(output).contains("ran on " + master);

    TreeMap<String, String> expected = OutputFiles.snapshot(batchOut);
    assertThat(OutputFiles.snapshot(clusterOut)).isEqualTo(expected);
    assertThat(batch.stories()).isGreaterThan(10);

    // The tasks ran in executors, JVMs of their own that the workers started.
    List<Path> executorLogs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("target/spark-standalone"))) {
      files
          .filter(f -> f.getFileName().toString().equals("stderr"))
          .filter(f -> f.toString().matches(".*/spark-standalone/work\\d+/app-.*"))
          .forEach(executorLogs::add);
    }
    assertThat(executorLogs).isNotEmpty();
    assertThat(Files.readString(executorLogs.get(0)))
        .contains("org.apache.spark.executor.CoarseGrainedExecutorBackend");

    // A rerun on the cluster after one brief was damaged keeps every other story and restores it.
    String story = batchOutStory(batchOut);
    Files.writeString(clusterOut.resolve(story).resolve("brief.md"), "damaged");
    Path rerunLog = tmp.resolve("rerun.log");
    assertThat(waitFor(run(submit, rerunLog), 600)).isEqualTo(1);
    assertThat(Files.readString(rerunLog, StandardCharsets.UTF_8))
        .contains((batch.stories() - 1) + " briefs reused");
    assertThat(OutputFiles.snapshot(clusterOut)).isEqualTo(expected);
  }

  private static String batchOutStory(Path out) throws IOException {
    try (Stream<Path> dirs = Files.list(out)) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .findFirst()
          .orElseThrow();
    }
  }
}
