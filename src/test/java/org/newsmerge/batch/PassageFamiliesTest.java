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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Families judged by passages ({@code --families passages}) on the reproductions of the misses. */
class PassageFamiliesTest {

  @TempDir Path tmp;
  private Path archive;
  private final Random random = new Random(11);

  private String sentence() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      if (i > 0) s.append(' ');
      int n = 4 + random.nextInt(5);
      for (int c = 0; c < n; c++) s.append((char) ('a' + random.nextInt(26)));
    }
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
    Files.writeString(
        p,
        "---\nsource: "
            + source
            + "\ndate: "
            + date
            + "\ntitle: "
            + file
            + "\nurl: https://"
            + source.toLowerCase(java.util.Locale.ROOT)
            + ".example/"
            + file
            + "\n---\n"
            + String.join(" ", sentences)
            + "\n",
        StandardCharsets.UTF_8);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @BeforeEach
  void buildArchive() throws IOException {
    archive = tmp.resolve("archive");
    // Three byte-identical copies of one day, and a fourth four days later.
    List<String> copy = sentences(5);
    article("copies/c1.txt", "Alpha", "2022-03-01", copy);
    article("copies/c2.txt", "Beta", "2022-03-01", copy);
    article("copies/c3.txt", "Gamma", "2022-03-01", copy);
    article("copies/c4.txt", "Delta", "2022-03-05", copy);
    // One outlet's developing story in three updates, and another outlet's reprint of it.
    List<String> news = sentences(3);
    List<String> update = sentences(2);
    article("updates/u1.txt", "Epsilon", "2022-03-02", news);
    article("updates/u2.txt", "Epsilon", "2022-03-02", concat(news, update));
    article("updates/u3.txt", "Epsilon", "2022-03-02", concat(concat(news, update), sentences(1)));
    article("updates/r1.txt", "Zeta", "2022-03-02", concat(sentences(1), concat(news, update)));
    // Forty unrelated reports that open with the same two sentences: a formula.
    List<String> formula = sentences(2);
    for (int i = 0; i < 40; i++)
      article(
          "misc/m" + i + ".txt",
          "Outlet" + (i % 7),
          "2022-03-0" + (1 + i % 9),
          concat(formula, sentences(2)));
  }

  private BatchRun.Summary run(Path out, int threads) {
    return new BatchRun(BatchSettings.defaults(threads), Progress.NONE).run(List.of(archive), out);
  }

  /** The run's families of two or more, each as its articles' file names. */
  private static Set<Set<String>> families(Path out) throws IOException {
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    TreeMap<String, String> fileOf = new TreeMap<>();
    for (JsonNode a : m.get("articles"))
      fileOf.put(a.get("id").asText(), Path.of(a.get("path").asText()).getFileName().toString());
    Set<Set<String>> families = new HashSet<>();
    for (JsonNode s : m.get("stories"))
      for (JsonNode f : s.get("families")) {
        Set<String> files = new HashSet<>();
        for (JsonNode id : f.get("articles")) files.add(fileOf.get(id.asText()));
        if (files.size() > 1) families.add(files);
      }
    return families;
  }

  @Test
  void copiesDaysApartAndAnOutletsUpdatesWithTheirReprintAreFamiliesAndAFormulaLinksNothing()
      throws IOException {
    Path out = tmp.resolve("out");
    BatchRun.Summary summary = run(out, 2);
    // The copies are one text, linked to none; the updates and their reprint: six links.
    assertThat(summary.reprints()).isEqualTo(new BatchRun.Reprints(6, 0, 0));
    assertThat(families(out))
        .containsExactlyInAnyOrder(
            Set.of("c1.txt", "c2.txt", "c3.txt", "c4.txt"),
            Set.of("u1.txt", "u2.txt", "u3.txt", "r1.txt"));
    JsonNode settings =
        new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("settings");
    assertThat(settings.get("families").asText()).isEqualTo("passages"); // the default
  }

  @Test
  void aShortReportInsideALongerOneStaysOutOfItsFamilyButInItsStory() throws IOException {
    // A long report of two parts; another outlet reprints the second part, a third prints the
    // first part alone. The long report's family is the one that shares more with it.
    List<String> first = sentences(3);
    List<String> second = sentences(5);
    article("roundup/long.txt", "Theta", "2022-04-01", concat(first, second));
    article("roundup/part2.txt", "Iota", "2022-04-01", concat(second, sentences(1)));
    article("roundup/part1.txt", "Kappa", "2022-04-01", first);
    Path out = tmp.resolve("out");
    BatchRun.Summary summary = run(out, 2);
    // Six links of the updates, two here; the one to the short report is left across families.
    // Its words are too few in the family's vector for a term edge (its cosine is under the
    // threshold): the passage it shares with the long report is what makes them one story.
    assertThat(summary.reprints()).isEqualTo(new BatchRun.Reprints(8, 1, 1));
    assertThat(families(out)).contains(Set.of("long.txt", "part2.txt"));
    assertThat(manifestValues(out, path -> path.contains("roundup"), "story"))
        .hasSize(1)
        .doesNotContain("");
  }

  @Test
  void anOutletsUpdatesAloneAndADumpThatNamesNoOutletStillMakeFamilies() throws IOException {
    // One outlet's three updates of a story, of one day, that no other outlet reprints.
    List<String> news = sentences(3);
    List<String> update = sentences(2);
    article("alone/v1.txt", "Lambda", "2022-05-02", news);
    article("alone/v2.txt", "Lambda", "2022-05-02", concat(news, update));
    article("alone/v3.txt", "Lambda", "2022-05-02", concat(concat(news, update), sentences(1)));
    // A dump of four articles on four days naming no source, URL or credit line: its outlet is
    // only the file's name, so the text they share is reprinted, not that outlet's own.
    List<String> statement = sentences(4);
    StringBuilder dump = new StringBuilder();
    for (int d = 1; d <= 4; d++)
      dump.append("{\"date\": \"2022-06-0")
          .append(d)
          .append("\", \"content\": \"")
          .append(String.join(" ", concat(statement, sentences(1))))
          .append("\"}\n");
    Files.writeString(archive.resolve("dump.jsonl"), dump.toString(), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    run(out, 2);
    assertThat(families(out)).contains(Set.of("v1.txt", "v2.txt", "v3.txt"));
    assertThat(manifestValues(out, path -> path.endsWith("dump.jsonl"), "family"))
        .hasSize(1)
        .doesNotContain("");
  }

  /**
   * The values of {@code field} ("story", "family") of the manifest's articles whose path passes
   * {@code path}; an article alone (no story, no family) gives "".
   */
  private static Set<String> manifestValues(
      Path out, java.util.function.Predicate<String> path, String field) throws IOException {
    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    Set<String> values = new HashSet<>();
    for (JsonNode a : m.get("articles"))
      if (path.test(a.get("path").asText()))
        values.add(a.get(field).isNull() ? "" : a.get(field).asText());
    return values;
  }

  @Test
  void theOutputIsByteIdenticalWhateverTheThreadCount() throws IOException {
    run(tmp.resolve("one"), 1);
    run(tmp.resolve("two"), 2);
    assertThat(OutputFiles.snapshot(tmp.resolve("two")))
        .isEqualTo(OutputFiles.snapshot(tmp.resolve("one")));
  }
}
