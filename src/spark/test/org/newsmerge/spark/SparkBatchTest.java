package org.newsmerge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import org.newsmerge.batch.OutputFiles;
import org.newsmerge.batch.Progress;

/**
 * The Spark job in local mode against {@code newsmerge batch} on one fixture archive: the seeds,
 * 400 generated reprints of them in JSON lines (stories of two to eight outlets, boilerplate lines
 * in a third of them), a ZIP holding copies of two seeds (repeated texts), and three bad files.
 */
class SparkBatchTest {

  @TempDir static Path tmp;
  private static Path archive;
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() throws IOException {
    archive = FixtureArchive.write(tmp.resolve("archive"), 400, 11);
    Files.createDirectories(archive.resolve("bad"));
    Files.writeString(archive.resolve("bad/empty.txt"), "", StandardCharsets.UTF_8);
    Files.writeString(archive.resolve("bad/broken.json"), "{\"content\": \"unterminated");
    Files.write(archive.resolve("bad/latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9, '.'});

    SparkConf conf =
        new SparkConf()
            .setMaster("local[2]")
            .setAppName("newsmerge test")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false");
    sc = new JavaSparkContext(conf);
    sc.setLogLevel("ERROR");
  }

  @AfterAll
  static void stop() {
    if (sc != null) sc.close();
  }

  private static BatchRun.Summary batch(BatchSettings settings, Path out) {
    return new BatchRun(settings, Progress.NONE).run(List.of(archive), out);
  }

  private static BatchRun.Summary spark(BatchSettings settings, List<String> inputs, Path out) {
    return new SparkBatch(sc, settings, 3).run(inputs, out.toString());
  }

  @Test
  void theJobWritesTheSameManifestIndexAndBriefsAsBatch() throws IOException {
    BatchSettings settings = BatchSettings.defaults(2);
    BatchRun.Summary one = batch(settings, tmp.resolve("batch"));
    BatchRun.Summary many = spark(settings, List.of(archive.toString()), tmp.resolve("spark"));

    TreeMap<String, String> expected = OutputFiles.snapshot(tmp.resolve("batch"));
    assertThat(OutputFiles.snapshot(tmp.resolve("spark"))).isEqualTo(expected);
    // The fixture exercises what it is meant to: many stories, repeated texts, boilerplate (each
    // invented outlet's own, so site furniture), and bad files reported in reading order.
    assertThat(many.stories()).isEqualTo(one.stories()).isGreaterThan(20);
    assertThat(many.largest()).isGreaterThanOrEqualTo(5);
    assertThat(many.families()).isEqualTo(one.families()).isGreaterThan(many.stories());
    assertThat(many.boilerplateGroups()).isEqualTo(one.boilerplateGroups());
    assertThat(many.siteGroups()).isEqualTo(one.siteGroups()).isPositive();
    assertThat(many.formulaGroups()).isEqualTo(one.formulaGroups());
    assertThat(many.articles()).isEqualTo(one.articles()).isEqualTo(5 + 400 + 2);
    assertThat(many.rejectedInputs()).isEqualTo(one.rejectedInputs()).hasSize(3);
    assertThat(expected.get("manifest.json")).contains("-2\"");
    // Families by passages, the default: the same reprint links, and the same counts of them.
    assertThat(many.reprints()).isEqualTo(one.reprints());
    assertThat(many.reprints().links()).isPositive();
  }

  @Test
  void aDateWindowAndGroupingByReuseOrByFolderGiveTheSameStoriesAsBatch() throws IOException {
    BatchSettings windowed = BatchSettings.defaults(2).withWindow(Duration.ofDays(1));
    batch(windowed, tmp.resolve("batch-window"));
    spark(windowed, List.of(archive.toString()), tmp.resolve("spark-window"));
    assertThat(Files.readString(tmp.resolve("spark-window/manifest.json")))
        .isEqualTo(Files.readString(tmp.resolve("batch-window/manifest.json")));

    BatchSettings byReuse = BatchSettings.defaults(2).withGroupBy(BatchSettings.GroupBy.REUSE);
    batch(byReuse, tmp.resolve("batch-reuse"));
    spark(byReuse, List.of(archive.toString()), tmp.resolve("spark-reuse"));
    assertThat(Files.readString(tmp.resolve("spark-reuse/manifest.json")))
        .isEqualTo(Files.readString(tmp.resolve("batch-reuse/manifest.json")));

    BatchSettings byFolder = BatchSettings.defaults(2).withGroupBy(BatchSettings.GroupBy.FOLDER);
    batch(byFolder, tmp.resolve("batch-folder"));
    spark(byFolder, List.of(archive.toString()), tmp.resolve("spark-folder"));
    assertThat(OutputFiles.snapshot(tmp.resolve("spark-folder")))
        .isEqualTo(OutputFiles.snapshot(tmp.resolve("batch-folder")));
  }

  @Test
  void familiesBySentencesTheEarlierRuleAreThoseOfBatch() throws IOException {
    BatchSettings sentences =
        BatchSettings.defaults(2).withFamilies(BatchSettings.Families.SENTENCES);
    BatchRun.Summary one = batch(sentences, tmp.resolve("batch-sentences"));
    BatchRun.Summary many =
        spark(sentences, List.of(archive.toString()), tmp.resolve("spark-sentences"));
    assertThat(OutputFiles.snapshot(tmp.resolve("spark-sentences")))
        .isEqualTo(OutputFiles.snapshot(tmp.resolve("batch-sentences")));
    assertThat(many.families()).isEqualTo(one.families()).isGreaterThan(many.stories());
    assertThat(many.reprints()).isNull();
    assertThat(one.reprints()).isNull();
  }

  @Test
  void hadoopUrisAreReadWithTheSameRulesAsLocalPaths() throws IOException {
    BatchSettings settings = BatchSettings.defaults(2);
    batch(settings, tmp.resolve("batch-uri"));
    String uri = archive.toAbsolutePath().toUri().toString();
    String outUri = tmp.resolve("spark-uri").toAbsolutePath().toUri().toString();
    String missing = tmp.resolve("no-such-archive").toAbsolutePath().toUri().toString();
    BatchRun.Summary s = new SparkBatch(sc, settings, 2).run(List.of(uri, missing), outUri);

    assertThat(s.rejectedInputs()).hasSize(4);
    assertThat(s.rejectedInputs()).allMatch(r -> r.path().startsWith("file:"));
    assertThat(s.rejectedInputs())
        .anyMatch(
            r ->
                r.path().endsWith("no-such-archive")
                    && r.reason().equals("no such file or directory"));
    // Paths are URIs now, so the files differ; the stories (ids and members) do not.
    assertThat(stories(tmp.resolve("spark-uri"))).isEqualTo(stories(tmp.resolve("batch-uri")));
    try (Stream<Path> crc = Files.walk(tmp.resolve("spark-uri"))) {
      assertThat(crc.filter(p -> p.toString().endsWith(".crc")).toList()).isEmpty();
    }
  }

  @Test
  void aRerunReusesEveryBriefAndChangesNothing() throws IOException {
    BatchSettings settings = BatchSettings.defaults(2);
    Path out = tmp.resolve("spark-rerun");
    BatchRun.Summary first = spark(settings, List.of(archive.toString()), out);
    TreeMap<String, String> complete = OutputFiles.snapshot(out);
    String story = complete.lastKey().substring(0, complete.lastKey().indexOf('/'));
    Path some = out.resolve(story);
    Files.delete(some.resolve("brief.md"));
    Files.writeString(
        some.resolve(".brief.md.123.newsmerge-tmp"), "half a brie", StandardCharsets.UTF_8);
    Files.writeString(some.resolve(".done"), "stale", StandardCharsets.UTF_8);

    BatchRun.Summary second = spark(settings, List.of(archive.toString()), out);
    assertThat(second.reusedBriefs()).isEqualTo(first.stories() - 1);
    assertThat(OutputFiles.snapshot(out)).isEqualTo(complete);
  }

  /** Each story's id and article ids, from the manifest. */
  private static List<String> stories(Path out) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    List<String> stories = new ArrayList<>();
    for (JsonNode s : manifest.get("stories")) stories.add(s.get("id") + " " + s.get("articles"));
    return stories;
  }
}
