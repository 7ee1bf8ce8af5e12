package org.newsmerge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newsmerge.model.Block.Kind;

/**
 * An article from an HTML page. The title is the first {@code <h1>} when the page title contains it
 * (page titles add the site name), else {@code <title>}, else the first {@code <h1>}. The body is
 * {@code <article>}, else {@code <main>}, else {@code <body>}, without navigation, scripts, styles,
 * forms and the like. Block elements become paragraphs separated by blank lines, so sentences keep
 * their boundaries; figure captions are kept as captions. Thread-safe.
 */
final class HtmlArticles {

  /** Elements whose text is never article text. */
  private static final Set<String> DROPPED =
      Set.of(
          ("script style nav header footer aside form noscript iframe template svg button select"
                  + " textarea")
              .split(" "));

  /** Elements that start and end a paragraph; everything else is inline. */
  private static final Set<String> BLOCKS =
      Set.of(
          ("p div section article main body h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre"
                  + " table tr td th caption figure figcaption address hr br center details summary")
              .split(" "));

  private static final String PARAGRAPH_BREAK = "\n\n";

  private HtmlArticles() {}

  static Draft read(String path, String html, String fileSource) {
    Document doc = Jsoup.parse(html);
    Element h1 = doc.selectFirst("h1");
    String heading = h1 == null ? "" : collapse(h1.text());
    String pageTitle = collapse(doc.title());
    String title =
        !heading.isEmpty() && (pageTitle.isEmpty() || pageTitle.contains(heading))
            ? heading
            : pageTitle;

    Element body = doc.selectFirst("article");
    if (body == null) body = doc.selectFirst("main");
    if (body == null) body = doc.body();
    Collector collector = new Collector();
    NodeTraversor.filter(collector, body);
    collector.flush(null);

    List<Paragraph> paragraphs = collector.paragraphs;
    boolean titleInBody = false;
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (!titleInBody && !title.isEmpty() && p.text.equals(title)) {
        paragraphs.set(i, new Paragraph(p.text, Kind.TITLE));
        titleInBody = true;
      }
    }
    if (!titleInBody && !title.isEmpty()) paragraphs.add(0, new Paragraph(title, Kind.TITLE));

    StringBuilder text = new StringBuilder();
    List<Segment> segments = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (text.length() > 0) text.append(PARAGRAPH_BREAK);
      segments.add(new Segment(text.length(), text.length() + p.text.length(), p.kind));
      text.append(p.text);
    }
    return new Draft(
        path,
        0,
        path,
        text.toString(),
        segments,
        title,
        meta(doc, "meta[property=og:site_name]", "content"),
        firstNonBlank(
            meta(doc, "link[rel=canonical]", "href"),
            meta(doc, "meta[property=og:url]", "content")),
        firstNonBlank(
            meta(doc, "meta[property=article:published_time]", "content"),
            meta(doc, "time[datetime]", "datetime")),
        meta(doc, "meta[name=author]", "content"),
        fileSource);
  }

  private static String meta(Document doc, String query, String attribute) {
    Element e = doc.selectFirst(query);
    return e == null ? "" : e.attr(attribute).strip();
  }

  /** Runs of white space (including no-break and invisible spaces) as one space, trimmed. */
  static String collapse(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Paragraphs.isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) out.append(' ');
        out.append(c);
        space = false;
      }
    }
    return out.toString();
  }

  private static String firstNonBlank(String a, String b) {
    return a.isBlank() ? b : a;
  }

  /** A paragraph of the page, and what the markup says it is (null: let the classifier say). */
  private record Paragraph(String text, Kind kind) {}

  /** Walks the body, cutting text at block elements. */
  private static final class Collector implements NodeFilter {
    final List<Paragraph> paragraphs = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private int figures;
    private int captions;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        // Inside a figure only the caption is text; the rest is credits and image debris.
        if (figures == 0 || captions > 0) pending.append(t.getWholeText());
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (DROPPED.contains(name)) return FilterResult.SKIP_ENTIRELY;
        if (BLOCKS.contains(name)) flush(null);
        if (name.equals("figure")) figures++;
        if (name.equals("figcaption")) captions++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String name = e.normalName();
        if (BLOCKS.contains(name)) flush(kindOf(name));
        if (name.equals("figure")) figures--;
        if (name.equals("figcaption")) captions--;
      }
      return FilterResult.CONTINUE;
    }

    void flush(Kind kind) {
      String text = collapse(pending);
      pending.setLength(0);
      if (Paragraphs.hasWord(text, 0, text.length())) paragraphs.add(new Paragraph(text, kind));
    }

    private static Kind kindOf(String name) {
      if (name.equals("figcaption")) return Kind.CAPTION;
      if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
        return Kind.SUBHEAD;
      }
      return null;
    }
  }
}
