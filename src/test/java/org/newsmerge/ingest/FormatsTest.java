package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmerge.ingest.Inputs.blocks;
import static org.newsmerge.ingest.Inputs.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Rejected;

/** Each input format, read through {@link ArticleReader}. */
class FormatsTest {

  private static final String PARAGRAPH =
      "President Tokayev asked the alliance for help on Wednesday night, as protests spread.";

  @TempDir Path dir;

  private static Article only(Path... inputs) {
    Corpus corpus = ArticleReader.read(List.of(inputs));
    assertThat(corpus.rejected()).isEmpty();
    assertThat(corpus.articles()).hasSize(1);
    return corpus.articles().get(0);
  }

  @Test
  void frontMatterSuppliesMetadataAndStaysInTheTextAsAFrontMatterBlock() {
    Path file = Inputs.resource("front-matter.md");
    Article a = only(file);
    assertThat(a.text()).isEqualTo(Inputs.read(file));
    assertThat(a.title()).isEqualTo("Kazakhstan asks Russia-led alliance for help");
    assertThat(a.source()).isEqualTo("Example News");
    assertThat(a.url()).isEqualTo("https://news.example/kazakhstan-help");
    assertThat(a.date()).isEqualTo("2022-01-06");
    assertThat(a.byline()).isEqualTo("Jane Doe");
    assertThat(a.blocks().get(0))
        .isEqualTo(new Block(Block.Kind.FRONT_MATTER, 0, a.text().indexOf("\n---") + 4));
    assertThat(blocks(a).subList(1, a.blocks().size()))
        .containsExactly(
            "TITLE: Kazakhstan asks Russia-led alliance for help",
            "NARRATIVE: President Tokayev asked the alliance for help on Wednesday night, as protests\n"
                + "spread across the country.",
            "SUBHEAD: What comes next",
            "NARRATIVE: Officials said the troops would stay for a limited time.",
            "CREDIT: Source: Reuters");
  }

  @Test
  void creditLineSuppliesTheSourceWhenFrontMatterHasNone() throws IOException {
    Path file =
        write(
            dir,
            "story_0123abcd.md",
            "---\ntitle: Help\n---\n" + PARAGRAPH + "\n\nSource: Reuters\n");
    assertThat(only(file).source()).isEqualTo("Reuters");
  }

  @Test
  void fileNameWithoutItsHashSuppliesTheSourceWhenNothingElseDoes() throws IOException {
    assertThat(only(write(dir, "004_5a42c12e227cab77.txt", PARAGRAPH)).source()).isEqualTo("004");
    assertThat(ArticleAssembler.sourceFromFileName("reuters_2022.txt")).isEqualTo("reuters_2022");
    assertThat(ArticleAssembler.sourceFromFileName("a.zip!/day/aljazeera_deadbeef01.json"))
        .isEqualTo("aljazeera");
  }

  @Test
  void unclosedFrontMatterIsOrdinaryText() throws IOException {
    Article a = only(write(dir, "open.md", "---\ntitle: never closed\n\n" + PARAGRAPH));
    assertThat(a.title()).isEqualTo("title: never closed");
    assertThat(a.blocks()).extracting(Block::kind).doesNotContain(Block.Kind.FRONT_MATTER);
  }

  @Test
  void byteOrderMarkIsDroppedAndOffsetsReferToTheTextAfterIt() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = ("Title here\n\n" + PARAGRAPH).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);
    Article a = only(write(dir, "bom.txt", bytes));
    assertThat(a.text()).isEqualTo("Title here\n\n" + PARAGRAPH);
    assertThat(a.blocks().get(0)).isEqualTo(new Block(Block.Kind.TITLE, 0, 10));
  }

  @Test
  void markdownHeadingsAreTitleThenSubheads() throws IOException {
    Article a =
        only(write(dir, "a.md", "# The title\n\n" + PARAGRAPH + "\n\n### A part\n\n" + PARAGRAPH));
    assertThat(blocks(a))
        .containsExactly(
            "TITLE: The title",
            "NARRATIVE: " + PARAGRAPH,
            "SUBHEAD: A part",
            "NARRATIVE: " + PARAGRAPH);
    assertThat(a.title()).isEqualTo("The title");
  }

  @Test
  void jsonObjectGivesOneArticleWhoseTextIsTheFieldExactly() throws IOException {
    String content = "  Riots in Almaty\n\n" + PARAGRAPH + "\n";
    Path file =
        write(
            dir,
            "one.json",
            "{\"source\": \"okaz\", \"title\": \"Riots in Almaty\", \"url\": \"http://x/1\", \"date\": \"2022-01-06\","
                + " \"author\": \"Ali\", \"views\": 12, \"content\": "
                + quote(content)
                + "}");
    Article a = only(file);
    assertThat(a.text()).isEqualTo(content);
    assertThat(a.path()).isEqualTo(file.toString());
    assertThat(a.index()).isZero();
    assertThat(List.of(a.source(), a.title(), a.url(), a.date(), a.byline()))
        .containsExactly("okaz", "Riots in Almaty", "http://x/1", "2022-01-06", "Ali");
    assertThat(blocks(a)).containsExactly("TITLE: Riots in Almaty", "NARRATIVE: " + PARAGRAPH);
  }

  @Test
  void jsonArrayGivesOneArticlePerObjectWithBodyOrTextAndDateExtracted() throws IOException {
    Path file =
        write(
            dir,
            "many.json",
            "[{\"body\": \"First story. It is long enough.\", \"date_extracted\": \"2015-07-23 19:28:17\"},"
                + " {\"content\": \" \", \"text\": \"Second story.\"}]");
    Corpus corpus = ArticleReader.read(List.of(file));
    assertThat(corpus.rejected()).isEmpty();
    assertThat(corpus.articles()).extracting(Article::index).containsExactly(0, 1);
    assertThat(corpus.articles())
        .extracting(Article::text)
        .containsExactly("First story. It is long enough.", "Second story.");
    assertThat(corpus.articles().get(0).date()).isEqualTo("2015-07-23 19:28:17");
    assertThat(corpus.articles().get(1).source()).isEqualTo("many");
  }

  @Test
  void jsonLinesGiveOneArticlePerNonBlankLine() throws IOException {
    Path file =
        write(
            dir,
            "feed.jsonl",
            "{\"text\": \"One.\"}\n\n   \n{\"text\": \"Two.\"}\r\n{\"text\": \"Three.\"}");
    Corpus corpus = ArticleReader.read(List.of(file));
    assertThat(corpus.rejected()).isEmpty();
    assertThat(corpus.articles())
        .extracting(Article::text)
        .containsExactly("One.", "Two.", "Three.");
    assertThat(corpus.articles()).extracting(Article::index).containsExactly(0, 1, 2);
  }

  @Test
  void htmlKeepsTheArticleParagraphsAndDropsNavigationScriptsAndStyles() {
    Article a = only(Inputs.resource("article.html"));
    assertThat(blocks(a))
        .containsExactly(
            "TITLE: Kazakhstan asks Russia-led alliance for help",
            "NARRATIVE: President Tokayev asked the alliance for help on Wednesday night, as protests spread across the country.",
            "CAPTION: A burnt-out car in Almaty on Thursday (Reuters)",
            "NARRATIVE: The alliance agreed to send peacekeepers.",
            "NARRATIVE: Troops arrived on Thursday.",
            "SUBHEAD: What comes next",
            "NARRATIVE: Officials said the troops would stay for a limited time, and that the mission would end once order was restored.");
    assertThat(a.text())
        .startsWith("Kazakhstan asks Russia-led alliance for help\n\nPresident Tokayev");
    assertThat(a.text())
        .doesNotContain(
            "tracking", "color", "Home", "banner", "Related", "Subscribe", "Copyright", "debris");
    assertThat(List.of(a.title(), a.source(), a.url(), a.date(), a.byline()))
        .containsExactly(
            "Kazakhstan asks Russia-led alliance for help",
            "Example News",
            "https://news.example/kazakhstan-help",
            "2022-01-06T10:00:00Z",
            "Jane Doe");
  }

  @Test
  void htmlWithoutArticleUsesMainElseBodyAndThePageTitle() throws IOException {
    Path main =
        write(
            dir,
            "main.html",
            "<title>Page</title><body><p>Menu</p><main><p>" + PARAGRAPH + "</p></main></body>");
    assertThat(blocks(only(main))).containsExactly("TITLE: Page", "NARRATIVE: " + PARAGRAPH);
    Path body =
        write(
            dir,
            "body.htm",
            "<body><div>" + PARAGRAPH + "</div><div>" + PARAGRAPH + "</div></body>");
    Article a = only(body);
    assertThat(a.text()).isEqualTo(PARAGRAPH + "\n\n" + PARAGRAPH);
    assertThat(a.title()).isEmpty();
  }

  @Test
  void zipEntriesAreReadLikeFilesInNameOrderAndSkipHiddenAndUnknownOnes() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("day/", "");
    entries.put("day/b.txt", "From the text file. It is here.");
    entries.put("a.json", "[{\"content\": \"First.\"}, {\"content\": \"Second.\"}]");
    entries.put(".hidden.txt", "Hidden.");
    entries.put("__MACOSX/day/b.txt", "Resource fork.");
    entries.put("notes.pdf", "%PDF");
    Path zip = Inputs.zip(dir, "archive.zip", entries);
    Corpus corpus = ArticleReader.read(List.of(zip));
    assertThat(corpus.rejected()).isEmpty();
    assertThat(corpus.articles())
        .extracting(a -> a.path() + "#" + a.index() + " " + a.text())
        .containsExactly(
            zip + "!/a.json#0 First.",
            zip + "!/a.json#1 Second.",
            zip + "!/day/b.txt#0 From the text file. It is here.");
    assertThat(corpus.articles().get(2).source()).isEqualTo("b");
  }

  @Test
  void foldersAreWalkedInOrderSkippingHiddenAndUnknownFiles() throws IOException {
    write(dir, "b/2.txt", "Two.");
    write(dir, "a/1.md", "One.");
    write(dir, "a/notes.pdf", "%PDF");
    write(dir, "a/README", "no extension");
    write(dir, ".git/x.txt", "Hidden folder.");
    write(dir, "a/.draft.txt", "Hidden file.");
    Corpus corpus = ArticleReader.read(List.of(dir));
    assertThat(corpus.rejected()).isEmpty();
    assertThat(corpus.articles()).extracting(Article::text).containsExactly("One.", "Two.");
  }

  @Test
  void aFileNamedTwiceIsReadOnce() throws IOException {
    Path file = write(dir, "a.txt", PARAGRAPH);
    Corpus corpus = ArticleReader.read(List.of(file, dir, file));
    assertThat(corpus.articles()).hasSize(1);
    assertThat(corpus.rejected()).extracting(Rejected::path).isEmpty();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
