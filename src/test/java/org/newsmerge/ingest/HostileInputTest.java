package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmerge.ingest.Inputs.write;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Rejected;

/**
 * Inputs that once crashed, hung or silently lost part of a run, each kept as a fixture under
 * {@code src/test/resources/hostile} (or made here where git cannot hold it: pipes, links).
 */
class HostileInputTest {

  private static final String GOOD = "A good article. It has a sentence or two.";

  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(HostileInputTest.class.getResource("/hostile/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Corpus read(Path... inputs) {
    return ArticleReader.read(List.of(inputs));
  }

  private static List<String> reasons(Corpus corpus) {
    return corpus.rejected().stream().map(Rejected::reason).toList();
  }

  @Test
  void loneSurrogateIsReplacedAndReported() {
    Corpus corpus = read(fixture("lone-surrogate.json"));
    assertThat(corpus.rejected()).isEmpty();
    Article a = corpus.articles().get(0);
    assertThat(a.text()).isEqualTo("A lone \uFFFD here. Another sentence follows it.");
    assertThat(a.repairs()).isEqualTo("1 lone surrogate replaced by U+FFFD");
  }

  @Test
  void escapedNulInTextAndTitleBecomesASpace() {
    Article a = read(fixture("escaped-nul.json")).articles().get(0);
    assertThat(a.text()).doesNotContain("\u0000").contains("a   NUL escape");
    assertThat(a.title()).isEqualTo("Nul title");
    assertThat(a.repairs()).isEqualTo("2 control characters replaced by a space");
  }

  @Test
  void strayNulByteInTextIsRepairedNotRejected() {
    Corpus corpus = read(fixture("stray-nul.txt"));
    assertThat(corpus.rejected()).isEmpty();
    assertThat(corpus.articles().get(0).text()).contains("stray NUL byte");
    assertThat(corpus.articles().get(0).repairs())
        .isEqualTo("1 control character replaced by a space");
  }

  @Test
  void mostlyBinaryFileIsStillRejected() {
    assertThat(reasons(read(fixture("mostly-binary.txt"))))
        .containsExactly("binary file, not text");
  }

  @Test
  void wellFormedPairsAreKept() {
    TextRepair.Count count = new TextRepair.Count();
    assertThat(TextRepair.repair("emoji \uD83D\uDE00 kept", count))
        .isEqualTo("emoji \uD83D\uDE00 kept");
    assertThat(count.any()).isFalse();
    assertThat(TextRepair.repair("\uDE00\uD83D", count)).isEqualTo("\uFFFD\uFFFD");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void namedPipeInAFolderIsRejectedNotOpened() throws Exception {
    write(dir, "good.txt", GOOD);
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Corpus corpus = read(dir);
    assertThat(corpus.articles()).hasSize(1);
    assertThat(corpus.rejected())
        .containsExactly(new Rejected(fifo.toString(), "not a regular file: named pipe (FIFO)"));
  }

  @Test
  void symlinkInsideAFolderIsNotFollowedUnlessAsked() throws IOException {
    Path outside =
        write(dir.resolve("outside"), "secret.txt", "A secret text. Not for the briefs.");
    Path folder = dir.resolve("archive");
    write(folder, "good.txt", GOOD);
    Path link = Files.createSymbolicLink(folder.resolve("link.txt"), outside);
    Corpus plain = read(folder);
    assertThat(plain.articles()).extracting(Article::text).containsExactly(GOOD);
    assertThat(plain.rejected())
        .containsExactly(
            new Rejected(
                link.toString(), "symbolic link inside a folder, not followed (--follow-links)"));
    Corpus followed =
        ArticleReader.read(List.of(folder), ReadSettings.DEFAULTS.withFollowLinks(true));
    assertThat(followed.articles()).hasSize(2);
    assertThat(followed.rejected()).isEmpty();
  }

  @Test
  void symlinkNamedAsAnInputIsFollowed() throws IOException {
    Path target = write(dir, "target.txt", GOOD);
    Path link = Files.createSymbolicLink(dir.resolve("named.txt"), target);
    assertThat(read(link).articles()).extracting(Article::path).containsExactly(link.toString());
  }

  @Test
  void aLinkToAFolderNamedAsAnInputIsReadUnderTheNameGiven() throws IOException {
    Path real = dir.resolve("real");
    write(real, "a.txt", GOOD);
    Path link = Files.createSymbolicLink(dir.resolve("named"), real);
    Corpus corpus = read(link);
    assertThat(corpus.rejected()).isEmpty();
    assertThat(corpus.articles())
        .extracting(Article::path)
        .containsExactly(link.resolve("a.txt").toString());
  }

  @Test
  void symlinkLoopIsReportedWhenFollowing() throws IOException {
    Path folder = dir.resolve("loop");
    write(folder, "good.txt", GOOD);
    Files.createSymbolicLink(folder.resolve("self"), folder);
    Corpus corpus =
        ArticleReader.read(List.of(folder), ReadSettings.DEFAULTS.withFollowLinks(true));
    assertThat(corpus.articles()).hasSize(1);
    assertThat(reasons(corpus)).containsExactly("symbolic link loop, not followed");
  }

  @Test
  void zipBombEntriesAreRejectedBeforeInflating() {
    Path bomb = fixture("bomb.zip");
    Corpus corpus = read(bomb);
    assertThat(corpus.articles()).isEmpty();
    assertThat(corpus.rejected()).hasSize(4);
    assertThat(reasons(corpus)).allMatch(r -> r.contains("taken for a zip bomb, not read"));
  }

  @Test
  void archiveByteLimitStopsReadingAndSaysHowManyEntriesWereLeft() {
    Path zip = fixture("many-entries.zip");
    long fiveEntries = 5L * "Article number 0 of many. It is short.".length();
    Corpus corpus =
        ArticleReader.read(List.of(zip), ReadSettings.DEFAULTS.withArchiveLimits(fiveEntries, 100));
    assertThat(corpus.articles()).hasSize(5);
    assertThat(corpus.rejected())
        .containsExactly(
            new Rejected(
                zip.toString(),
                "archive limit of "
                    + fiveEntries
                    + " bytes uncompressed (--max-archive-bytes) reached: 7 entries from e05.txt on not read"));
  }

  @Test
  void archiveEntryLimitStopsReadingAndSaysHowManyEntriesWereLeft() {
    Path zip = fixture("many-entries.zip");
    Corpus corpus =
        ArticleReader.read(List.of(zip), ReadSettings.DEFAULTS.withArchiveLimits(1L << 30, 10));
    assertThat(corpus.articles()).hasSize(10);
    assertThat(reasons(corpus))
        .containsExactly(
            "archive limit of 10 entries (--max-archive-entries) reached: 2 entries from e10.txt on not read");
  }

  @Test
  void duplicateEntryNamesAreNamedNotLostSilently() {
    Path zip = fixture("duplicate-names.zip");
    Corpus corpus = read(zip);
    assertThat(corpus.articles()).hasSize(2);
    assertThat(corpus.articles()).extracting(Article::id).doesNotContain("-2");
    assertThat(corpus.rejected())
        .containsExactly(
            new Rejected(
                zip + "!/a.txt",
                "duplicate entry name in the archive: one entry of this name is read, not this one"));
  }

  @Test
  void climbingEntryNamesAreNamedNotSkippedSilently() {
    Path zip = fixture("climbing-names.zip");
    Corpus corpus = read(zip);
    assertThat(corpus.articles()).extracting(Article::path).containsExactly(zip + "!/inside.txt");
    assertThat(corpus.rejected())
        .extracting(Rejected::path)
        .containsExactly(zip + "!/../outside.txt", zip + "!//absolute.txt");
    assertThat(reasons(corpus)).allMatch(r -> r.startsWith("entry name leaves the archive"));
  }

  @Test
  void archiveInsideAnArchiveIsRejectedAsSuch() {
    Path zip = fixture("nested.zip");
    Corpus corpus = read(zip);
    assertThat(corpus.articles()).hasSize(1);
    assertThat(corpus.rejected())
        .containsExactly(new Rejected(zip + "!/inner.zip", "archive inside an archive, not read"));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void millionSoftWrappedLinesJoinInLinearTime() {
    StringBuilder text = new StringBuilder("Start of a very long wrapped paragraph\n");
    for (int i = 0; i < 1_000_000; i++) text.append("word\n");
    List<Segment> segments = Paragraphs.split(text.toString(), 0);
    assertThat(segments).hasSize(1);
    assertThat(segments.get(0).end()).isEqualTo(text.length() - 1);
  }

  @Test
  void newlineInAFileNameCannotForgeASecondLine() throws IOException {
    Path file = write(dir, "a\nb.txt: fine.txt", "");
    Rejected r = read(file).rejected().get(0);
    assertThat(r.message())
        .doesNotContain("\n")
        .isEqualTo(dir + "/a\\nb.txt: fine.txt: empty file");
    assertThat(Rejected.line("back\\slash \u2028 \u0007", "x"))
        .isEqualTo("back\\\\slash \\u2028 \\u0007: x");
  }

  @Test
  void anArticleWhoseDateCannotBeReadIsKeptWithAWarningThatItIsUndated() throws IOException {
    String good = "\"content\": \"" + GOOD + "\"";
    Path file =
        write(
            dir,
            "dates.jsonl",
            "{\"date\": \"2015-07-21 02:51:32\", "
                + good
                + "}\n"
                + "{\"date\": \"Tue, 21 Jul 2015 02:51:32 GMT\", "
                + good
                + "}\n"
                + "{\"date\": \"not a date\", "
                + good
                + "}\n"
                + "{\"date\": \"2022-13-45\", "
                + good
                + "}\n"
                + "{\"date\": \""
                + "x".repeat(100)
                + "\", "
                + good
                + "}\n"
                + "{"
                + good
                + "}\n");
    Corpus corpus = read(file);
    assertThat(corpus.rejected()).isEmpty();
    assertThat(corpus.articles().stream().map(Article::repairs))
        .containsExactly(
            "",
            "",
            "date 'not a date' not read (yyyy-mm-dd or RFC 1123 expected): the article is undated",
            "date '2022-13-45' not read (yyyy-mm-dd or RFC 1123 expected): the article is undated",
            "date '"
                + "x".repeat(40)
                + "…' not read (yyyy-mm-dd or RFC 1123 expected): the article is undated",
            "");
    // The date stays as given, for the brief to show.
    assertThat(corpus.articles().get(2).date()).isEqualTo("not a date");
  }

  @Test
  void aMarkdownTablesDelimiterRowIsMetadataNotLost() {
    Article a = read(fixture("table.md")).articles().get(0);
    List<org.newsmerge.model.Block> rules =
        a.blocks().stream().filter(b -> b.kind() == org.newsmerge.model.Block.Kind.RULE).toList();
    assertThat(rules).singleElement();
    assertThat(a.text().substring(rules.get(0).start(), rules.get(0).end()))
        .isEqualTo("|---|:---:|");
    // The rows around it stay narrative, as before: a rule parts no run of short lines.
    assertThat(a.blocks())
        .filteredOn(b -> a.text().substring(b.start(), b.end()).startsWith("| party"))
        .singleElement()
        .satisfies(b -> assertThat(b.kind()).isEqualTo(org.newsmerge.model.Block.Kind.NARRATIVE));
  }

  @Test
  void anRfc1123DateWithTheWrongWeekdayIsReadWithAWarning() throws IOException {
    Path file =
        write(
            dir,
            "weekday.json",
            "{\"date\": \"Thu, 24 Jul 2015 10:00:00 GMT\", \"content\": \"" + GOOD + "\"}");
    Article a = read(file).articles().get(0);
    assertThat(a.repairs()).contains("Thu is not the weekday of 2015-07-24 (a Fri)");
  }
}
