package org.newsmerge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.cli.Main;

/**
 * brief.md rendered as GitHub renders it (CommonMark with the autolink and table extensions):
 * article text never becomes a link, a list or HTML; only the sources' http(s) URLs are links.
 */
class BriefMarkdownRenderTest {

  private static final List<Extension> GFM =
      List.of(
          AutolinkExtension.create(), TablesExtension.create(), StrikethroughExtension.create());

  /** Each sentence starts a paragraph somewhere and holds one thing Markdown would act on. */
  private static final String A =
      "---\nurl: https://example.com/story?id=1\n---\n"
          + "- The minister said on Sunday that talks resume on Monday at https://evil.example/x in"
          + " the capital.\n\n"
          + "1. Officials wrote to press@ministry.example and www.ministry.example about the"
          + " agenda today.\n\n"
          + "+ A reader posted <b>bold</b> and [a link](javascript:alert(1)) and ![x](y.png) too.\n";

  private static final String B =
      "---\nurl: javascript:alert(1)\n---\n"
          + "- The minister said on Sunday that talks resume on Tuesday at https://evil.example/x in"
          + " the capital.\n\n"
          + "1. Officials wrote to press@ministry.example and www.ministry.example about the"
          + " agenda today.\n";

  @TempDir Path dir;

  private static String render(String md) {
    return HtmlRenderer.builder()
        .extensions(GFM)
        .build()
        .render(Parser.builder().extensions(GFM).build().parse(md));
  }

  private String seedBrief(String... options) throws IOException {
    Path out = dir.resolve("seeds" + options.length);
    List<String> args = new ArrayList<>(List.of("merge", "seeds", "-o", out.toString()));
    args.addAll(List.of(options));
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as("stderr: %s", err).isZero();
    return Files.readString(out.resolve("brief.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theArabicBriefIsOneRightToLeftBlockWithItsMarkdownRendered() throws IOException {
    String html = render(seedBrief());
    assertThat(html).startsWith("<div dir=\"rtl\" lang=\"ar\">\n<h1>").endsWith("</div>\n");
    assertThat(html).contains("<h2>المصادر تختلف (موضع واحد)</h2>", "<h2>المصادر</h2>", "<table>");
    assertThat(html).doesNotContain("[^", "Wording of", "Sentence");
  }

  @Test
  void notesKeepTheirPlaceOrderAndNumbersAndFollowTheirSentences() throws IOException {
    String html = render(seedBrief());
    int notes = html.indexOf("<h2>الصياغات الأخرى والتعارضات</h2>");
    int sources = html.indexOf("<h2>المصادر</h2>");
    assertThat(notes).isPositive().isLessThan(sources);
    Matcher note =
        Pattern.compile("<a id=\"n(\\d+)\"></a><strong><a href=\"#s(\\d+)\">([٠-٩]+)</a>")
            .matcher(html);
    List<Integer> numbers = new ArrayList<>();
    while (note.find()) {
      assertThat(note.start()).isBetween(notes, sources);
      assertThat(note.group(2)).isEqualTo(note.group(1));
      assertThat(arabicDigits(note.group(1))).isEqualTo(note.group(3));
      numbers.add(Integer.parseInt(note.group(1)));
    }
    assertThat(numbers).containsExactly(32, 40).isSorted();
    for (int n : numbers) {
      int reference =
          html.indexOf("<sup><a href=\"#n" + n + "\">" + arabicDigits("" + n) + "</a></sup>");
      assertThat(reference).as("reference to note %d", n).isPositive().isLessThan(notes);
      assertThat(html.indexOf("<a id=\"s" + n + "\"></a>")).isPositive().isLessThan(reference);
    }
    // The note's content is there, under its number, not an empty heading.
    assertThat(html.substring(notes, sources)).contains("صياغة 004:", "تعارض (اقتباس):");
  }

  private static String arabicDigits(String digits) {
    StringBuilder out = new StringBuilder();
    for (char c : digits.toCharArray()) out.append((char) ('٠' + (c - '0')));
    return out.toString();
  }

  @Test
  void aWordDiffReadsInTheDirectionOfItsText() throws IOException {
    // Right to left: the arrow points from the shown word (struck out) to the variant's, leftwards.
    assertThat(render(seedBrief())).contains("<del>بساكي</del> ← <strong>ساكي</strong>");
    // With an English interface the Arabic words still read right to left, so the arrow too.
    String english = render(seedBrief("--lang", "en"));
    assertThat(english).contains("Wording of 004: <del>بساكي</del> ← <strong>ساكي</strong>");
    assertThat(english).contains("<div dir=\"rtl\">\n<p>واشنطن – قبل 30 عاما");
    assertThat(english).startsWith("<h1>");
  }

  private String renderedBrief() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.md"), A, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.md"), B, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"merge", in.toString(), "-o", out.toString(), "--format", "md"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).as("stderr: %s", err).isZero();
    String md = Files.readString(out.resolve("brief.md"), StandardCharsets.UTF_8);
    return HtmlRenderer.builder()
        .extensions(GFM)
        .build()
        .render(Parser.builder().extensions(GFM).build().parse(md));
  }

  @Test
  void articleTextNeverBecomesALinkAListOrHtml() throws IOException {
    String html = renderedBrief();
    assertThat(html).doesNotContain("<li>The minister", "<li>Officials", "<li>A reader");
    assertThat(html).doesNotContain("<b>bold</b>", "<img", "href=\"javascript", "mailto:");
    assertThat(html).doesNotContain("href=\"https://evil.example", "href=\"http://www.");
    assertThat(html)
        .contains("- The minister said", "1. Officials wrote", "+ A reader posted")
        .contains("&lt;b&gt;bold&lt;/b&gt;", "[a link](javascript:alert(1))")
        .contains("<code>https://evil.example/x</code>", "<code>press@ministry.example</code>");
  }

  @Test
  void onlyTheSourcesHttpUrlsAreLinks() throws IOException {
    String html = renderedBrief();
    // Sentences, notes and the disagreements summary link to each other inside the page; no other
    // link but the url.
    String outward = html.replaceAll("<a (href=\"#[sn]\\d+\"|id=\"[sn]\\d+\")>", "");
    assertThat(outward.split("<a ", -1)).hasSize(2);
    assertThat(html).contains("<a href=\"https://example.com/story?id=1\">");
    assertThat(html).contains("<code>javascript:alert(1)</code></td>");
  }
}
