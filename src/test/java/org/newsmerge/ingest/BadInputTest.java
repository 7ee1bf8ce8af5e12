package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.newsmerge.ingest.Inputs.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Rejected;

/** Every kind of bad input gives one rejection with its path, and the rest is still read. */
class BadInputTest {

  private static final String GOOD = "A good article. It has a sentence or two.";

  @TempDir Path dir;

  private static List<Rejected> rejected(Path... inputs) {
    return ArticleReader.read(List.of(inputs)).rejected();
  }

  private static Rejected onlyRejection(Path input) {
    Corpus corpus = ArticleReader.read(List.of(input));
    assertThat(corpus.articles()).isEmpty();
    assertThat(corpus.rejected()).hasSize(1);
    return corpus.rejected().get(0);
  }

  @Test
  void missingPathIsRejected() {
    Path missing = dir.resolve("nope.txt");
    assertThat(onlyRejection(missing))
        .isEqualTo(new Rejected(missing.toString(), "no such file or directory"));
  }

  @Test
  void unreadableFileIsRejected() throws IOException {
    Path file = write(dir, "secret.txt", GOOD);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(file)).as("running as root, every file is readable").isFalse();
    assertThat(onlyRejection(file))
        .isEqualTo(new Rejected(file.toString(), "cannot read: permission denied"));
  }

  @Test
  void unreadableFolderIsRejected() throws IOException {
    Path folder = dir.resolve("locked");
    write(folder, "a.txt", GOOD);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(folder)).as("running as root, every folder is readable").isFalse();
    assertThat(onlyRejection(folder).reason()).isEqualTo("cannot read: permission denied");
  }

  @Test
  void invalidUtf8IsRejectedWithTheByteOffset() throws IOException {
    byte[] good = "Caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = {good[0], good[1], good[2], (byte) 0xE9, ' ', 'x'}; // Latin-1 é
    Path file = write(dir, "latin1.txt", bytes);
    assertThat(onlyRejection(file))
        .isEqualTo(new Rejected(file.toString(), "invalid UTF-8 at byte 3"));
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsTextAndAByteAfterItIsStillFound() throws IOException {
    Path kept = write(dir, "replacement.txt", "a \uFFFD b".getBytes(StandardCharsets.UTF_8));
    assertThat(ArticleReader.read(List.of(kept)).articles().get(0).text()).isEqualTo("a \uFFFD b");
    byte[] good = "\uFFFD ab".getBytes(StandardCharsets.UTF_8); // 6 bytes
    byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
    bad[good.length] = (byte) 0xC3; // a lead byte with nothing after it
    assertThat(onlyRejection(write(dir, "cut.txt", bad)).reason())
        .isEqualTo("invalid UTF-8 at byte 6");
  }

  @Test
  void invalidUtf8OffsetCountsTheByteOrderMark() throws IOException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xC3, '(', 'c'};
    assertThat(onlyRejection(write(dir, "bom.md", bytes)).reason())
        .isEqualTo("invalid UTF-8 at byte 5");
  }

  @Test
  void emptyAndWhiteSpaceOnlyFilesAreRejected() throws IOException {
    assertThat(onlyRejection(write(dir, "empty.txt", new byte[0])).reason())
        .isEqualTo("empty file");
    assertThat(onlyRejection(write(dir, "blank.json", " \n\t\n")).reason()).isEqualTo("empty file");
    byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(onlyRejection(write(dir, "bom.txt", bomOnly)).reason()).isEqualTo("empty file");
  }

  @Test
  void binaryFilesAreRejected() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
    assertThat(onlyRejection(write(dir, "photo.txt", png)).reason())
        .isEqualTo("binary file, not text");
    byte[] controls = {1, 2, 3, 4, 5, 6, 7, 8, 'a', 14, 15, 16};
    assertThat(onlyRejection(write(dir, "controls.md", controls)).reason())
        .isEqualTo("binary file, not text");
  }

  @Test
  void utf16TextIsRejectedAsNotUtf8() throws IOException {
    byte[] utf16 = "\uFEFFHello.".getBytes(StandardCharsets.UTF_16LE);
    assertThat(onlyRejection(write(dir, "wide.txt", utf16)).reason())
        .isEqualTo("UTF-16 text, expected UTF-8");
  }

  @Test
  void jsonObjectWithoutTextIsRejectedAndTheOtherObjectsAreStillRead() throws IOException {
    Path file =
        write(
            dir,
            "day.json",
            "[{\"content\": \"First.\"}, {\"title\": \"No body\"}, {\"content\": \"  \"}, 42, {\"body\": \"Last.\"}]");
    Corpus corpus = ArticleReader.read(List.of(file));
    assertThat(corpus.articles()).extracting(Article::text).containsExactly("First.", "Last.");
    assertThat(corpus.articles()).extracting(Article::index).containsExactly(0, 4);
    assertThat(corpus.rejected())
        .containsExactly(
            new Rejected(file + "#1", "no 'content', 'body' or 'text' field"),
            new Rejected(file + "#2", "no 'content', 'body' or 'text' field (blank 'content')"),
            new Rejected(file + "#3", "not a JSON object (found number)"));
  }

  @Test
  void invalidJsonIsRejectedWithLineAndColumnAndEarlierObjectsAreKept() throws IOException {
    Path file = write(dir, "broken.json", "[\n{\"content\": \"Kept.\"},\n{\"content\": oops}\n]");
    Corpus corpus = ArticleReader.read(List.of(file));
    assertThat(corpus.articles()).extracting(Article::text).containsExactly("Kept.");
    assertThat(corpus.rejected()).hasSize(1);
    assertThat(corpus.rejected().get(0).path()).isEqualTo(file.toString());
    // Jackson places the error just after the bad token.
    assertThat(corpus.rejected().get(0).reason())
        .startsWith("invalid JSON at line 3, column 17: Unrecognized token 'oops'");
  }

  @Test
  void jsonThatIsNotAnObjectOrArrayIsRejected() throws IOException {
    assertThat(onlyRejection(write(dir, "s.json", "\"just a string\"")).reason())
        .isEqualTo("expected a JSON object or an array of objects");
  }

  @Test
  void invalidJsonLineIsRejectedByPositionAndTheOtherLinesAreRead() throws IOException {
    Path file =
        write(
            dir,
            "feed.jsonl",
            "{\"text\": \"One.\"}\n{\"text\": \"Two.\"} trailing\n\n{\"text\": \"Three.\"}\n");
    Corpus corpus = ArticleReader.read(List.of(file));
    assertThat(corpus.articles()).extracting(Article::text).containsExactly("One.", "Three.");
    assertThat(corpus.articles()).extracting(Article::index).containsExactly(0, 2);
    assertThat(corpus.rejected()).hasSize(1);
    assertThat(corpus.rejected().get(0).path()).isEqualTo(file + "#1");
    assertThat(corpus.rejected().get(0).reason()).startsWith("invalid JSON at line 2, column ");
  }

  @Test
  void fileOverTheSizeLimitIsRejected() throws IOException {
    Path file = write(dir, "big.txt", "x".repeat(2049));
    Corpus corpus = ArticleReader.read(List.of(file), new ReadSettings(2048));
    assertThat(corpus.rejected())
        .containsExactly(new Rejected(file.toString(), "file too large (2049 bytes > limit 2 KB)"));
    assertThat(ReadSettings.DEFAULTS.tooLarge(52428801L))
        .isEqualTo("file too large (52428801 bytes > limit 50 MB)");
    assertThat(new ReadSettings(10).tooLarge(11))
        .isEqualTo("file too large (11 bytes > limit 10 bytes)");
  }

  @Test
  void archiveEntryOverTheSizeLimitIsRejectedAndTheOthersRead() throws IOException {
    Path zip = Inputs.zip(dir, "a.zip", Map.of("big.txt", "y".repeat(100), "small.txt", "Small."));
    Corpus corpus = ArticleReader.read(List.of(zip), new ReadSettings(50));
    assertThat(corpus.articles()).extracting(Article::text).containsExactly("Small.");
    assertThat(corpus.rejected())
        .containsExactly(
            new Rejected(zip + "!/big.txt", "file too large (100 bytes > limit 50 bytes)"));
  }

  @Test
  void sizeLimitMustBePositive() {
    assertThatThrownBy(() -> new ReadSettings(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max bytes (0)");
  }

  @Test
  void articleWithoutNarrativeIsRejected() throws IOException {
    Path file = write(dir, "credits.txt", "By Jane Doe\n\nSource: Reuters\n");
    assertThat(onlyRejection(file)).isEqualTo(new Rejected(file.toString(), "no article text"));
  }

  @Test
  void explicitFileOfUnknownTypeIsRejected() throws IOException {
    Path pdf = write(dir, "report.pdf", "%PDF-1.4");
    Path bare = write(dir, "README", "text");
    assertThat(rejected(pdf, bare))
        .containsExactly(
            new Rejected(
                bare.toString(),
                "unsupported file type (no extension; expected " + Format.EXPECTED + ")"),
            new Rejected(
                pdf.toString(),
                "unsupported file type ('.pdf'; expected " + Format.EXPECTED + ")"));
  }

  @Test
  void brokenArchiveAndNestedArchiveAreRejected() throws IOException {
    Path broken = write(dir, "broken.zip", "PK not really");
    assertThat(onlyRejection(broken).reason()).startsWith("not a readable ZIP archive");
    Path outer = Inputs.zip(dir, "outer.zip", Map.of("inner.zip", "PK"));
    assertThat(onlyRejection(outer))
        .isEqualTo(new Rejected(outer + "!/inner.zip", "archive inside an archive, not read"));
  }

  @Test
  void badInputsAreEachRejectedOnceAndTheRunGoesOn() throws IOException {
    Path good = write(dir, "good.txt", GOOD);
    Path missing = dir.resolve("missing.txt");
    Path empty = write(dir, "empty.txt", new byte[0]);
    Path binary = write(dir, "binary.txt", new byte[] {0, 1, 2});
    Path latin1 = write(dir, "latin1.txt", new byte[] {'a', (byte) 0xE9});
    Corpus corpus = ArticleReader.read(List.of(missing, good, dir));
    assertThat(corpus.articles()).extracting(Article::path).containsExactly(good.toString());
    assertThat(corpus.rejected())
        .extracting(Rejected::path)
        .containsExactly(
            binary.toString(), empty.toString(), latin1.toString(), missing.toString());
  }
}
