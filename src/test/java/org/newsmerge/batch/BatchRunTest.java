package org.newsmerge.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunTest {

  @TempDir Path tmp;
  private Path archive;
  private final Random random = new Random(42);

  private String word() {
    StringBuilder w = new StringBuilder();
    int n = 4 + random.nextInt(5);
    for (int i = 0; i < n; i++) w.append((char) ('a' + random.nextInt(26)));
    return w.toString();
  }

  private String sentence() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 14; i++) s.append(i == 0 ? "" : " ").append(word());
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  private List<String> sentences(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(sentence());
    return out;
  }

  private void article(String file, String source, String date, List<String> sentences)
      throws IOException {
    Path p = archive.resolve(file);
    Files.createDirectories(p.getParent());
    String text =
        "---\nsource: "
            + source
            + "\ndate: "
            + date
            + "\ntitle: "
            + file
            + "\n---\n"
            + String.join(" ", sentences)
            + "\n";
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @BeforeEach
  void buildArchive() throws IOException {
    archive = tmp.resolve("archive");
    List<String> agencyA = sentences(4);
    List<String> agencyB = sentences(3);
    // Story A: an agency report reprinted by three outlets with their own additions.
    article("day1/a1.txt", "Alpha", "2022-01-05", concat(agencyA, sentences(2)));
    article("day1/a2.txt", "Beta", "2022-01-05", concat(sentences(1), agencyA));
    article("day2/a3.txt", "Gamma", "2022-01-06", concat(agencyA.subList(0, 3), sentences(3)));
    // Story B: two outlets.
    article("day2/b1.txt", "Alpha", "2022-01-06", concat(agencyB, sentences(1)));
    article("day3/b2.txt", "Delta", "2022-01-20", concat(sentences(2), agencyB));
    // Forty unrelated articles that end with the same boilerplate lines.
    String follow =
        "Follow us on Twitter and Facebook for the latest news and updates every single day.";
    String rights =
        "All rights reserved to the publisher and no part may be copied without written permission.";
    for (int i = 0; i < 40; i++) {
      article(
          "misc/m" + i + ".txt",
          "Outlet" + (i % 5),
          "2022-01-0" + (1 + i % 9),
          concat(sentences(3), List.of(follow, rights)));
    }
    Files.writeString(archive.resolve("misc/empty.txt"), "", StandardCharsets.UTF_8);
    Files.writeString(
        archive.resolve("misc/broken.json"),
        "{\"content\": \"unterminated",
        StandardCharsets.UTF_8);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private BatchRun.Summary run(Path out, int threads) {
    return new BatchRun(BatchSettings.defaults(threads), Progress.NONE).run(List.of(archive), out);
  }

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
  }

  private static Set<Set<String>> storiesByFile(JsonNode manifest) {
    TreeMap<String, String> fileOf = new TreeMap<>();
    for (JsonNode a : manifest.get("articles")) {
      if (!a.get("id").isNull())
        fileOf.put(a.get("id").asText(), Path.of(a.get("path").asText()).getFileName().toString());
    }
    Set<Set<String>> stories = new HashSet<>();
    for (JsonNode s : manifest.get("stories")) {
      Set<String> files = new HashSet<>();
      for (JsonNode id : s.get("articles")) files.add(fileOf.get(id.asText()));
      stories.add(files);
    }
    return stories;
  }

  @Test
  void articlesSharingPassagesBecomeStoriesAndBoilerplateLinksNothing() throws IOException {
    Path out = tmp.resolve("out");
    BatchRun.Summary s =
        new BatchRun(
                BatchSettings.defaults(2).withGroupBy(BatchSettings.GroupBy.REUSE), Progress.NONE)
            .run(List.of(archive), out);
    assertThat(storiesByFile(manifest(out)))
        .containsExactlyInAnyOrder(
            Set.of("a1.txt", "a2.txt", "a3.txt"), Set.of("b1.txt", "b2.txt"));
    // Each of the five outlets ends its eight articles with the two lines: its site's furniture.
    assertThat(s.siteGroups()).isEqualTo(2);
    for (JsonNode story : manifest(out).get("stories")) {
      assertThat(out.resolve(story.get("brief").asText())).exists();
      assertThat(out.resolve(story.get("id").asText()).resolve("brief.md")).exists();
      assertThat(out.resolve(story.get("id").asText()).resolve("brief.json")).exists();
    }
    // As events too: the agency text b2 prints two weeks after b1 is a reprint, one family
    // whatever the event window, and a family is never split between stories.
    Path events = tmp.resolve("events");
    BatchRun.Summary e = run(events, 2);
    assertThat(storiesByFile(manifest(events)))
        .containsExactlyInAnyOrder(
            Set.of("a1.txt", "a2.txt", "a3.txt"), Set.of("b1.txt", "b2.txt"));
    assertThat(e.formulaGroups()).isPositive();
    // By sentences, the earlier rule, its sentences spread over two weeks are a formula: apart.
    Path bySentences = tmp.resolve("sentences");
    new BatchRun(
            BatchSettings.defaults(2).withFamilies(BatchSettings.Families.SENTENCES), Progress.NONE)
        .run(List.of(archive), bySentences);
    assertThat(storiesByFile(manifest(bySentences)))
        .containsExactly(Set.of("a1.txt", "a2.txt", "a3.txt"));
    assertThat(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8))
        .contains("a1.txt")
        .contains("b1.txt");
  }

  @Test
  void theManifestAccountsForEveryInputOnce() throws IOException {
    Path out = tmp.resolve("out");
    BatchRun.Summary s = run(out, 1);
    JsonNode m = manifest(out);
    assertThat(m.get("articles")).hasSize(5 + 40 + 2);
    Set<String> paths = new HashSet<>();
    int stories = 0, alone = 0, rejected = 0;
    for (JsonNode a : m.get("articles")) {
      assertThat(paths.add(a.get("path").asText() + "#" + a.get("index"))).isTrue();
      switch (a.get("status").asText()) {
        case "story" -> stories++;
        case "alone" -> alone++;
        case "rejected" -> {
          rejected++;
          assertThat(a.get("reason").asText()).isNotBlank();
        }
        default -> throw new AssertionError(a);
      }
    }
    assertThat(stories).isEqualTo(5); // b2 reprints b1 two weeks later: one family, one story
    assertThat(alone).isEqualTo(40);
    assertThat(rejected).isEqualTo(2);
    assertThat(s.rejectedInputs())
        .extracting(r -> Path.of(r.path()).getFileName().toString())
        .containsExactly("broken.json", "empty.txt");
  }

  @Test
  void theOutputIsByteIdenticalWhateverTheThreadCount() throws IOException {
    run(tmp.resolve("one"), 1);
    run(tmp.resolve("two"), 2);
    run(tmp.resolve("four"), 4);
    assertThat(OutputFiles.snapshot(tmp.resolve("two")))
        .isEqualTo(OutputFiles.snapshot(tmp.resolve("one")));
    assertThat(OutputFiles.snapshot(tmp.resolve("four")))
        .isEqualTo(OutputFiles.snapshot(tmp.resolve("one")));
  }

  @Test
  void aDateWindowKeepsOnlyLinksBetweenArticlesCloseInTime() throws IOException {
    Path out = tmp.resolve("out");
    BatchSettings d = BatchSettings.defaults(2);
    BatchSettings windowed = d.withWindow(java.time.Duration.ofDays(3));
    new BatchRun(windowed, Progress.NONE).run(List.of(archive), out);
    // b1 (Jan 6) and b2 (Jan 20) are two weeks apart.
    assertThat(storiesByFile(manifest(out))).containsExactly(Set.of("a1.txt", "a2.txt", "a3.txt"));
  }

  @Test
  void groupingByFolderTakesEachFolderAsAStory() throws IOException {
    Path out = tmp.resolve("out");
    BatchSettings d = BatchSettings.defaults(2);
    BatchSettings byFolder = d.withGroupBy(BatchSettings.GroupBy.FOLDER);
    new BatchRun(byFolder, Progress.NONE).run(List.of(archive), out);
    assertThat(manifest(out).get("stories")).hasSize(3); // day1, day2, misc; day3 has one article
    assertThat(storiesByFile(manifest(out)))
        .contains(Set.of("a1.txt", "a2.txt"), Set.of("a3.txt", "b1.txt"));
  }

  @Test
  void aRerunAfterAnInterruptedRunFinishesTheJobAndReusesWhatWasDone() throws IOException {
    Path out = tmp.resolve("out");
    BatchSettings byReuse = BatchSettings.defaults(2).withGroupBy(BatchSettings.GroupBy.REUSE);
    new BatchRun(byReuse, Progress.NONE).run(List.of(archive), out);
    TreeMap<String, String> complete = OutputFiles.snapshot(out);
    // Simulate a run killed while writing the second story: its briefs and marker are missing,
    // a temporary file is left behind, and the manifest was not written yet.
    JsonNode stories = manifest(out).get("stories");
    Path second = out.resolve(stories.get(1).get("id").asText());
    try (Stream<Path> files = Files.list(second)) {
      for (Path f : files.toList()) Files.delete(f);
    }
    Files.writeString(
        second.resolve(".brief.md.123.newsmerge-tmp"), "half a brie", StandardCharsets.UTF_8);
    Files.delete(out.resolve("manifest.json"));
    BatchRun.Summary s = new BatchRun(byReuse, Progress.NONE).run(List.of(archive), out);
    assertThat(s.reusedBriefs()).isEqualTo(1);
    assertThat(second.resolve(".brief.md.123.newsmerge-tmp")).doesNotExist();
    assertThat(OutputFiles.snapshot(out)).isEqualTo(complete);
  }
}
