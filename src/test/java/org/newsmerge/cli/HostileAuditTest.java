package org.newsmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile audit of the command line, kept as a rerunnable list: every case once found exiting
 * with an internal error (4), succeeding silently on a missing path, or reporting an input as an
 * output. Each line is a command, the exit code it must give and words its stderr must hold. The
 * regression tests named after each defect follow the list.
 */
class HostileAuditTest {

  @TempDir static Path dir;

  static Path seeds = Path.of("seeds");
  static Path missing;
  static Path batchOut;
  static Path aFile;

  @BeforeAll
  static void batchOfTheSeeds() throws IOException {
    missing = dir.resolve("nonexistent");
    aFile = Files.writeString(dir.resolve("a-file"), "not a folder", StandardCharsets.UTF_8);
    batchOut = dir.resolve("seeds-batch");
    assertThat(run("batch", "seeds", "-o", batchOut.toString(), "-q").code()).isZero();
  }

  static OverlapsCommandTest.Run run(String... args) {
    return OverlapsCommandTest.run(args);
  }

  static Path hostile(String name) {
    try {
      return Path.of(HostileAuditTest.class.getResource("/hostile/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> audit() {
    String out = dir.resolve("out").toString();
    String m = missing.toString();
    String b = batchOut.toString();
    return Stream.of(
        // Option values: a usage error naming the value and the range, never an overflow.
        Arguments.of(
            2,
            "'99999999999d' is not a number of days from 0d to 36500d",
            List.of("batch", "seeds", "-o", out, "--event-window=99999999999d")),
        Arguments.of(
            2,
            "'9223372036854775807d' is not a number of days",
            List.of("batch", "seeds", "-o", out, "--window=9223372036854775807d")),
        Arguments.of(
            2,
            "'-1d' is not a number of days",
            List.of("batch", "seeds", "-o", out, "--event-window=-1d")),
        Arguments.of(
            2,
            "'-1d' is not a number of days",
            List.of("batch", "seeds", "-o", out, "--window=-1d")),
        Arguments.of(
            2,
            "'99999999999' is not a whole number from 2",
            List.of("batch", "seeds", "-o", out, "--max-df=99999999999")),
        Arguments.of(
            2,
            "'0' is not a whole number from 1",
            List.of("batch", "seeds", "-o", out, "--threads=0")),
        Arguments.of(
            2,
            "'-3' is not a whole number from 0",
            List.of("merge", "seeds", "-o", out, "--max-gap=-3")),
        Arguments.of(
            2,
            "threshold (5.0) must be in (0, 1)",
            List.of("evaluate", "briefs", "seeds", "--threshold", "5")),
        Arguments.of(
            2,
            "event threshold (7.0) must be in (0, 1]",
            List.of("evaluate", "links", "--event-threshold", "7")),
        Arguments.of(
            2,
            "'-1' is not a whole number from 1",
            List.of("evaluate", "stories", b, "--count", "-1")),
        Arguments.of(
            2,
            "'-5' is not a whole number from 1",
            List.of("evaluate", "generate", "--from", "seeds", "--articles", "-5", "-o", out)),
        Arguments.of(
            2, "'x' is not a whole number from 0", List.of("evaluate", "pan", m, "--sample", "x")),
        // A missing or bad input of an evaluation: exit 1 with its path, never 0 nor "cannot
        // write".
        Arguments.of(1, m + ": no such file or directory", List.of("evaluate", "briefs", m)),
        Arguments.of(
            1,
            m + "/file_information.csv: no such file or directory",
            List.of("evaluate", "detection", m)),
        Arguments.of(1, m + ": no such file or directory", List.of("evaluate", "discrepancies", m)),
        Arguments.of(
            1,
            "seeds/000_92b46e6b969b902e.txt:1: not a JSON object",
            List.of("evaluate", "discrepancies", "seeds/000_92b46e6b969b902e.txt")),
        Arguments.of(
            1,
            m + ": no such file or directory",
            List.of("evaluate", "generate", "--from", m, "--articles", "5", "-o", out)),
        Arguments.of(1, m + ": not a PAN corpus", List.of("evaluate", "pan", m)),
        Arguments.of(
            1, m + "/manifest.json: no such file or directory", List.of("evaluate", "stories", m)),
        Arguments.of(1, m + "/manifest.json: not found", List.of("evaluate", "scale", m, m)),
        Arguments.of(1, m + ": cannot read pairs.jsonl", List.of("evaluate", "events", m)),
        Arguments.of(1, m + ": no such file or folder", List.of("evaluate", "links", m)),
        Arguments.of(1, m + ": no such file or directory", List.of("batch", m, "-o", out)),
        Arguments.of(1, m + ": no such file or directory", List.of("merge", m, "-o", out)),
        Arguments.of(1, m + ": no such file or directory", List.of("overlaps", m)),
        // PAN pairs files that are not pairs, and an output that is a file.
        Arguments.of(
            1,
            "pairs-binary: not UTF-8 text",
            List.of(
                "overlaps",
                "seeds",
                "--format",
                "pan",
                "-o",
                out,
                "--pairs",
                hostile("pairs-binary").toString())),
        Arguments.of(
            1,
            "pairs-bad.txt:2: not a pair of file names (1 fields): just-one-name",
            List.of(
                "overlaps",
                "seeds",
                "--format",
                "pan",
                "-o",
                out,
                "--pairs",
                hostile("pairs-bad.txt").toString())),
        Arguments.of(
            1,
            m + ": cannot read: no such file or directory",
            List.of("overlaps", "seeds", "--format", "pan", "-o", out, "--pairs", m)),
        Arguments.of(
            3,
            "a-file: cannot write: exists and is not a folder",
            List.of("overlaps", "seeds", "--format", "pan", "-o", aFile.toString())));
  }

  @ParameterizedTest(name = "[{index}] exit {0}: {2}")
  @MethodSource("audit")
  void everyAuditCaseExitsAsItShouldAndSaysWhy(int code, String said, List<String> args) {
    OverlapsCommandTest.Run r = run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isEqualTo(code);
    assertThat(r.err()).contains(said).doesNotContain("newsmerge: internal error");
  }

  @Test
  void aFailedGenerateLeavesNoFileBehind() {
    Path out = dir.resolve("generated");
    run(
        "evaluate",
        "generate",
        "--from",
        missing.toString(),
        "--articles",
        "5",
        "-o",
        out.toString());
    assertThat(out).doesNotExist();
  }

  @Test
  void noValueOfANumericOptionEndsInAnInternalError() {
    // Fuzz: each numeric option of batch with values around every edge; parsing only (-h after).
    List<String> options =
        List.of(
            "--event-window",
            "--window",
            "--max-event",
            "--site-repeats",
            "--max-df",
            "--min-shared",
            "--threads",
            "--max-gap",
            "--max-archive-entries",
            "--event-threshold",
            "--threshold",
            "--max-archive-bytes");
    List<String> values =
        new ArrayList<>(
            List.of(
                "0",
                "-0",
                "1",
                "-1",
                "2",
                "0d",
                "-1d",
                "3d",
                "none",
                "NaN",
                "Infinity",
                "-Infinity",
                "1e308",
                "",
                " ",
                "d",
                "dd",
                "3.5",
                "0x10",
                "+5",
                "2147483647",
                "2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808d",
                "99999999999999999999999",
                "36500d",
                "36501d",
                "1G",
                "8E",
                "999999999999G",
                "0B",
                "١٢"));
    Random random = new Random(11);
    for (int i = 0; i < 8; i++)
      values.add(Long.toString(random.nextLong()) + (random.nextBoolean() ? "d" : ""));
    for (String option : options) {
      for (String value : values) {
        OverlapsCommandTest.Run r =
            run(
                "batch",
                missing.toString(),
                "-o",
                dir.resolve("fuzz").toString(),
                "-q",
                option + "=" + value);
        assertThat(r.code()).as(option + "=" + value + ": " + r.err()).isIn(1, 2);
        assertThat(r.err()).as(option + "=" + value).doesNotContain("newsmerge: internal error");
      }
    }
  }

  @Test
  void storyDatesAreComparedAsTimesInTheBriefAndTheIndex() throws IOException {
    Path out = dir.resolve("rfc");
    OverlapsCommandTest.Run r =
        run("batch", hostile("rfc-dates").toString(), "-o", out.toString(), "-q", "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(index).contains("data-first=\"2015-07-23\" data-last=\"2015-07-25\"");
    assertThat(index).contains("data-v=\"2015-07-23T09:00\"");
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    JsonNode story = manifest.get("stories").get(0);
    assertThat(story.get("firstDate").asText()).isEqualTo("Thu, 23 Jul 2015 09:00:00 GMT");
    assertThat(story.get("lastDate").asText()).isEqualTo("Sat, 25 Jul 2015 09:00:00 GMT");
  }

  @Test
  void anOutputFolderInsideTheInputIsNeverReadBack() throws IOException {
    Path in = Files.createDirectories(dir.resolve("self"));
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path s : files.toList()) Files.copy(s, in.resolve(s.getFileName()));
    }
    Path out = in.resolve("out");
    run("batch", in.toString(), "-o", out.toString(), "-q");
    String first = Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8);
    OverlapsCommandTest.Run again = run("batch", in.toString(), "-o", out.toString(), "-q");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8))
        .isEqualTo(first);
    assertThat(first).doesNotContain("out/").doesNotContain("index.html");
    // merge too: its brief.md beside the seeds is not a sixth article.
    Path alone = Files.createDirectories(dir.resolve("self-merge"));
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path s : files.toList()) Files.copy(s, alone.resolve(s.getFileName()));
    }
    Path merged = alone.resolve("merged");
    run("merge", alone.toString(), "-o", merged.toString());
    OverlapsCommandTest.Run twice = run("merge", alone.toString(), "-o", merged.toString());
    assertThat(twice.err()).startsWith("Merged from 5 articles");
  }

  @Test
  void aPairsFileSaysWhichNamesNoArticleHas() {
    OverlapsCommandTest.Run r =
        run(
            "overlaps",
            "seeds",
            "--format",
            "pan",
            "-o",
            dir.resolve("pan").toString(),
            "--pairs",
            hostile("pairs-bad.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("pairs-bad.txt:4: not a pair of file names (3 fields): three names here")
        .contains("pairs-bad.txt: no article read is named a.txt");
  }

  @Test
  void aHugeLineOfAPairsFileIsShownOnceAndCut() throws IOException {
    Path pairs = dir.resolve("huge-pairs.txt");
    Files.writeString(pairs, "x".repeat(2_000_000) + "\n", StandardCharsets.UTF_8);
    OverlapsCommandTest.Run r =
        run(
            "overlaps",
            "seeds",
            "--format",
            "pan",
            "-o",
            dir.resolve("pan2").toString(),
            "--pairs",
            pairs.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().length()).isLessThan(2_000);
  }
}
