package org.newsmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlapsCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void jsonReportHasSourcesAndPassagesWithOffsetsIntoTheFiles() throws Exception {
    Run r = run("overlaps", "--json", "seeds");
    assertThat(r.code()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("sources")).hasSize(5);
    assertThat(doc.get("passages")).hasSize(5);
    for (JsonNode p : doc.get("passages")) {
      assertThat(p.get("kind").asText()).isIn("duplicate", "partial");
      JsonNode a = p.get("a");
      String path = sourcePath(doc, a.get("source").asText());
      String file = Files.readString(Path.of(path), StandardCharsets.UTF_8);
      assertThat(file.substring(a.get("start").asInt(), a.get("end").asInt()))
          .isEqualTo(a.get("text").asText());
    }
  }

  @Test
  void jsonReportCarriesCharacterPrecisePassagesOfThePairsSharingAPassage() throws Exception {
    Run r = run("overlaps", "--json", "seeds");
    assertThat(r.code()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("passages")).hasSize(5);
    JsonNode alignments = doc.get("alignments");
    assertThat(alignments).isNotEmpty();
    for (JsonNode al : alignments) {
      String a = al.get("a").asText();
      String b = al.get("b").asText();
      assertThat(a).isNotEqualTo(b);
      String textA = Files.readString(Path.of(sourcePath(doc, a)), StandardCharsets.UTF_8);
      String textB = Files.readString(Path.of(sourcePath(doc, b)), StandardCharsets.UTF_8);
      assertThat(al.get("aStart").asInt()).isBetween(0, al.get("aEnd").asInt());
      assertThat(al.get("aEnd").asInt()).isLessThanOrEqualTo(textA.length());
      assertThat(al.get("bStart").asInt()).isBetween(0, al.get("bEnd").asInt());
      assertThat(al.get("bEnd").asInt()).isLessThanOrEqualTo(textB.length());
      assertThat(al.get("similarity").asDouble()).isBetween(0.0, 1.0);
      assertThat(al.get("summary").isBoolean()).isTrue();
    }
    // Every duplicate passage between two articles lies inside an alignment of the same pair.
    for (JsonNode p : doc.get("passages")) {
      JsonNode a = p.get("a");
      JsonNode b = p.get("b");
      if (!p.get("kind").asText().equals("duplicate")
          || a.get("source").asText().equals(b.get("source").asText())) continue;
      boolean covered = false;
      for (JsonNode al : alignments) {
        covered |=
            al.get("a").asText().equals(a.get("source").asText())
                && al.get("b").asText().equals(b.get("source").asText())
                && al.get("aStart").asInt() <= a.get("start").asInt()
                && a.get("end").asInt() <= al.get("aEnd").asInt()
                && al.get("bStart").asInt() <= b.get("start").asInt()
                && b.get("end").asInt() <= al.get("bEnd").asInt();
      }
      assertThat(covered).as("alignment around %s", p).isTrue();
    }
  }

  private static String sourcePath(JsonNode doc, String id) {
    for (JsonNode s : doc.get("sources"))
      if (s.get("id").asText().equals(id)) return s.get("path").asText();
    throw new AssertionError(id);
  }

  @Test
  void readableReportNamesTheArticlesAndTheDifferingWords() {
    Run r = run("overlaps", "seeds");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("000 and 004: duplicate passage, 3 sentences")
        .contains("004 repeats itself")
        .contains("كاذبة  →  خاطئة")
        .contains("partial passage");
  }

  @Test
  void theReportAndTheJsonNumberSentencesAlikeFromOne() throws Exception {
    String text = run("overlaps", "seeds").out();
    JsonNode doc = new ObjectMapper().readTree(run("overlaps", "--json", "seeds").out());
    assertThat(text).contains("Sentences are numbered from 1 in each article");
    JsonNode first = doc.get("passages").get(0);
    assertThat(first.get("a").get("firstSentence").asInt()).isEqualTo(2);
    assertThat(first.get("pairs").get(0).get("b").get("sentence").asInt()).isEqualTo(32);
    assertThat(text)
        .contains("000: sentences 2 to 4, words 27 to 91 of 423")
        .contains("004: sentences 32 to 34, words 613 to 677 of 848")
        .contains("000 sentence 2 ~ 004 sentence 32, similarity 1.00");
  }

  @Test
  void aPairShowsBothSidesAndAPartialOneItsSharedFragmentWhole() {
    String text = run("overlaps", "seeds").out();
    // Both wordings of the Psaki statement that 004 prints twice, each cut at a word's end.
    assertThat(text)
        .contains("    004: وقالت السكرتيرة الصحفية للبيت الأبيض جين ساكي")
        .contains("    004: وقالت السكرتيرة الصحفية للبيت الأبيض، جين بساكي");
    assertThat(text.lines().filter(l -> l.endsWith("\u2026")))
        .allMatch(l -> l.endsWith(" \u2026"), "cut between words");
    assertThat(text)
        .contains("    الجزيرة: وأدان البيان أعمال العنف")
        .contains("    004: ووصف البيان البلد")
        .contains(
            "    shared: المؤسسات الدستورية وحقوق الإنسان وحرية الإعلام والدفاع عنها بما (9 words)");
  }

  @Test
  void theOutputDoesNotDependOnTheOrderOfInputs() {
    List<String> files =
        List.of(
            "seeds/000_92b46e6b969b902e.txt",
            "seeds/001_e1e49f8d29e3bac5.txt",
            "seeds/004_5a42c12e227cab77.txt");
    Run forward = run("overlaps", "--json", files.get(0), files.get(1), files.get(2));
    Run backward = run("overlaps", "--json", files.get(2), files.get(1), files.get(0));
    assertThat(backward.out()).isEqualTo(forward.out());
  }

  @Test
  void aRejectedInputIsReportedWithItsPathAndTheRestIsProcessed(@TempDir Path dir)
      throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Run r =
        run("overlaps", "--json", "seeds", empty.toString(), dir.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(empty + ": empty file")
        .contains("missing.txt: no such file or directory");
    assertThat(new ObjectMapper().readTree(r.out()).get("passages")).hasSize(5);
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("overlaps", "--threshold", "1.5").code()).isEqualTo(2);
    assertThat(run("overlaps", "--shingles", "trigram").err()).contains("trigram");
    assertThat(run("overlaps", "--no-such-option").code()).isEqualTo(2);
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void helpExplainsEveryOption() {
    Run r = run("overlaps", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("--threshold")
        .contains("--shingles")
        .contains("--max-gap")
        .contains("--json")
        .contains("Exit codes");
  }

  @Test
  void wordShinglesAreSelectable() throws Exception {
    Run r = run("overlaps", "--json", "--shingles", "word3", "seeds");
    assertThat(r.code()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("passages").size()).isPositive();
  }

  @Test
  void panFormatWritesOneDetectionFilePerPairWithTheSeedsCopiedPassage(@TempDir Path dir)
      throws Exception {
    Run r = run("overlaps", "--format", "pan", "-o", dir.toString(), "seeds");
    assertThat(r.code()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(10);
    }
    String xml =
        Files.readString(
            dir.resolve("000_92b46e6b969b902e-004_5a42c12e227cab77.xml"), StandardCharsets.UTF_8);
    assertThat(xml)
        .startsWith("<document reference=\"000_92b46e6b969b902e.txt\">")
        .contains("name=\"detected-plagiarism\"")
        .contains("source_reference=\"004_5a42c12e227cab77.txt\"");
  }

  @Test
  void panFormatReadsAFileWithAStrayNulAsTextAndFindsItsCopy(@TempDir Path dir) throws Exception {
    String copied =
        "The committee approved the new water treatment plant after three years of planning."
            + " Engineers expect the plant to serve forty thousand households in the valley."
            + " Construction will begin in spring and should be finished within two years.";
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, "Grain prices fell this week.\u0000 " + copied, StandardCharsets.UTF_8);
    Files.writeString(b, "Football opened with a defeat. " + copied, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run r = run("overlaps", "--format", "pan", "-o", out.toString(), a.toString(), b.toString());
    assertThat(r.err()).contains("a.txt").contains("replaced");
    String xml = Files.readString(out.resolve("a-b.xml"), StandardCharsets.UTF_8);
    assertThat(xml).contains("this_offset=\"30\"").contains("source_offset=\"31\"");
  }

  @Test
  void panFormatNeedsAnOutputFolder() {
    assertThat(run("overlaps", "--format", "pan", "seeds").code()).isEqualTo(2);
  }
}
