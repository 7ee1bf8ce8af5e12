package org.newsmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole commands on inputs and output folders that once crashed a run or lost it silently. */
class HostileRunTest {

  @TempDir Path dir;

  private static final String LONE_SURROGATE =
      "{\"content\":\"A lone \\ud800 here. Another sentence follows it \\u0000 too.\"}";

  private Path seedsPlus(String name, String content) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path s : seeds.toList()) Files.copy(s, in.resolve(s.getFileName()));
    }
    Files.writeString(in.resolve(name), content, StandardCharsets.UTF_8);
    return in;
  }

  private static String allText(Path out) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList())
        all.append(Files.readString(f, StandardCharsets.UTF_8));
    }
    return all.toString();
  }

  @Test
  void loneSurrogateDoesNotKillBatchAndIsReportedAsAWarning() throws IOException {
    Path in = seedsPlus("s.json", LONE_SURROGATE);
    Path out = dir.resolve("out");
    OverlapsCommandTest.Run r =
        OverlapsCommandTest.run("batch", in.toString(), "-o", out.toString(), "-q", "--verbose");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .contains(
            in.resolve("s.json")
                + "#0: warning: 1 lone surrogate replaced by U+FFFD, 1 control character replaced by"
                + " a space");
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    long warned = 0;
    for (JsonNode a : manifest.get("articles")) if (a.has("warning")) warned++;
    assertThat(warned).isEqualTo(1);
  }

  @Test
  void loneSurrogateAndNulNeverReachABrief() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("s.json"), LONE_SURROGATE, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    OverlapsCommandTest.Run r =
        OverlapsCommandTest.run("merge", in.toString(), "-o", out.toString());
    assertThat(r.code()).isZero();
    String briefs = allText(out);
    assertThat(briefs).doesNotContain("\u0000", "?").contains("A lone \uFFFD here.");
    assertThat(briefs.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).isEmpty();
  }

  @Test
  void outputThatIsAFileFailsBeforeAnyWorkWithExitThree() throws IOException {
    Path file = Files.writeString(dir.resolve("out.txt"), "a file", StandardCharsets.UTF_8);
    for (String command : new String[] {"batch", "merge"}) {
      OverlapsCommandTest.Run r = OverlapsCommandTest.run(command, "seeds", "-o", file.toString());
      assertThat(r.code()).isEqualTo(3);
      assertThat(r.err())
          .isEqualTo("newsmerge: " + file + ": cannot write: is a file, not a folder\n");
    }
  }

  @Test
  void outputInsideAFileFailsWithExitThree() throws IOException {
    Path file = Files.writeString(dir.resolve("out.txt"), "a file", StandardCharsets.UTF_8);
    OverlapsCommandTest.Run r =
        OverlapsCommandTest.run("merge", "seeds", "-o", file.resolve("sub").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("newsmerge: " + file + ": cannot write: not a folder\n");
  }

  @Test
  void runWhoseInputsAreAllMissingWritesNothing() {
    Path out = dir.resolve("out");
    for (String command : new String[] {"batch", "merge"}) {
      OverlapsCommandTest.Run r =
          OverlapsCommandTest.run(command, "/nonexistent", "-o", out.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err())
          .contains("/nonexistent: no such file or directory")
          .contains("no article could be read; nothing written");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void failureToWriteIsOneLineWithItsPath() {
    String line =
        ExitCodes.line(
            new UncheckedIOException(new java.nio.file.AccessDeniedException("/ro/out/brief.md")));
    assertThat(line).isEqualTo("newsmerge: /ro/out/brief.md: cannot write: permission denied");
    assertThat(ExitCodes.code(new UncheckedIOException(new IOException("disk full")))).isEqualTo(3);
  }

  @Test
  void outOfMemoryExitsFourNotOne() {
    assertThat(ExitCodes.code(new OutOfMemoryError("Java heap space"))).isEqualTo(4);
    assertThat(ExitCodes.code(new IllegalStateException(new OutOfMemoryError()))).isEqualTo(4);
    assertThat(ExitCodes.line(new OutOfMemoryError())).startsWith("newsmerge: out of memory");
    assertThat(ExitCodes.code(new IllegalStateException("bug"))).isEqualTo(4);
  }

  @Test
  void helpListsEveryExitCode() {
    for (String command : new String[] {"batch", "merge", "overlaps"}) {
      String help = OverlapsCommandTest.run(command, "--help").out();
      assertThat(help)
          .contains(
              "0   every input",
              "1   some inputs",
              "2   usage",
              "3   the output",
              "4   out of memory");
    }
  }

  @Test
  void theWarningForTheFirstObjectOfAJsonLinesFileNamesItsIndex() throws IOException {
    Path in = seedsPlus("day.jsonl", LONE_SURROGATE + "\n" + LONE_SURROGATE + "\n");
    OverlapsCommandTest.Run r =
        OverlapsCommandTest.run(
            "batch", in.toString(), "-o", dir.resolve("out").toString(), "-q", "--verbose");
    assertThat(r.err())
        .contains(in.resolve("day.jsonl") + "#0: warning:")
        .contains(in.resolve("day.jsonl") + "#1: warning:");
  }

  @Test
  void anOutletNameWithAnUnclosedOverrideIsIsolatedInTheMarkdownCitation() throws Exception {
    Path in = Path.of(HostileRunTest.class.getResource("/hostile/rtl-outlet").toURI());
    Path out = dir.resolve("rtl");
    OverlapsCommandTest.Run r =
        OverlapsCommandTest.run("merge", in.toString(), "-o", out.toString(), "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    String md = Files.readString(out.resolve("brief.md"), StandardCharsets.UTF_8);
    // Every U+202E the name brings is closed by the isolate around the name, before the comma.
    assertThat(md).contains("\u2068Evil\u202eOutlet\u2069");
    assertThat(md.replace("\u2068Evil\u202eOutlet\u2069", "")).doesNotContain("\u202e");
  }

  @Test
  void aSentenceCopiedThreeThousandTimesStillMergesIntoOne() throws IOException {
    // Past 2,000 copies an LSH bucket is too crowded to expand: exact copies join all the same.
    String s =
        "The ministry announced on Monday that the new rules for the registration of companies"
            + " will apply from the first of next month.";
    Path in = Files.createDirectories(dir.resolve("crowded"));
    Files.writeString(
        in.resolve("a.txt"),
        "Rules\n\n" + String.join("\n\n", java.util.Collections.nCopies(3000, s)) + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"), "Rules\n\n" + s + "\n", StandardCharsets.UTF_8);
    OverlapsCommandTest.Run r =
        OverlapsCommandTest.run(
            "merge",
            in.toString(),
            "-o",
            dir.resolve("crowded-out").toString(),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).startsWith("Merged from 2 articles: 3001 sentences in, 1 out");
  }
}
