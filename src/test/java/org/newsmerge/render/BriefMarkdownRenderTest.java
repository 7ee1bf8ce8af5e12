package org.newsmerge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
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
      List.of(AutolinkExtension.create(), TablesExtension.create());

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
