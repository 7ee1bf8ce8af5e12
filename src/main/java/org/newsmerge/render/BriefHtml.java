package org.newsmerge.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.translate.EntityArrays;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.DiffChunk;

/**
 * {@code brief.html}: one self-contained page. Direction and language are set for the document and
 * for every sentence and source name ({@code <bdi>}); each source has a colour; hovering or
 * clicking (focusing) a sentence shows its sources with spans, its other wordings as deletions and
 * insertions, its discrepancies and the source that published it first; a summary of the
 * disagreements, linked to their sentences, opens the page. The page has no script at all and a
 * Content Security Policy that forbids one; all article text is escaped.
 */
public final class BriefHtml {

  private static final String[] COLOURS = {
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#393b79", "#637939"
  };

  private BriefHtml() {}

  /** Writes {@code brief} as a page merged alone, in the language of its articles. */
  public static void write(Brief brief, PrintWriter out) {
    write(brief, Presentation.DEFAULT, out);
  }

  public static void write(Brief brief, Presentation p, PrintWriter out) {
    out.print(text(brief, p));
    out.flush();
  }

  /** The page of {@code brief}, presented as {@code p} says. */
  static String text(Brief brief, Presentation p) {
    SourceNames names = new SourceNames(brief.sources());
    InterfaceText t = p.text(brief);
    List<Integer> lead = BriefText.lead(brief, p);
    Page page = new Page(brief, names, t, BriefText.numbered(brief, lead));
    String title = BriefText.title(brief, t);
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(t.language())
        .append("\" dir=\"")
        .append(t.dir())
        .append("\">\n");
    h.append("<head>\n<meta charset=\"utf-8\">\n");
    h.append(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(esc(title)).append("</title>\n");
    h.append("<style>\n").append(css(brief)).append("</style>\n</head>\n<body>\n");
    if (!p.index().isEmpty()) {
      h.append("<nav class=\"back\"><a href=\"")
          .append(esc(p.index()))
          .append("\" rel=\"index\">")
          .append(esc(t.get("back")))
          .append("</a></nav>\n");
    }
    h.append("<header>\n<h1 dir=\"auto\">").append(esc(title)).append("</h1>\n");
    h.append("<p class=\"summary\">")
        .append(esc(BriefText.summary(brief, t)))
        .append(" <span class=\"hint\">")
        .append(esc(t.get("hint")))
        .append("</span></p>\n");
    h.append("<p class=\"legend\">");
    for (Article a : brief.sources()) h.append(page.chip(a.id())).append(' ');
    h.append("</p>\n");
    lead(h, page, lead);
    disagreements(h, page);
    h.append("</header>\n<main>\n");
    int number = 0;
    boolean inFamily = false;
    for (List<Unit> paragraph : brief.paragraphs()) {
      int f = BriefText.familyStarting(brief, number);
      if (f > 0) {
        if (inFamily) h.append("</details>\n");
        family(h, page, f);
        inFamily = true;
      }
      boolean rtl = Script.rightToLeft(paragraph.stream().map(Unit::text).toList());
      h.append("<p dir=\"").append(rtl ? "rtl" : "ltr").append("\">");
      for (Unit u : paragraph) {
        number++;
        unit(h, page, u, number);
      }
      h.append("</p>\n");
    }
    if (inFamily) h.append("</details>\n");
    h.append("</main>\n");
    related(h, page);
    sources(h, page);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** What every part of the page needs: the brief, its source names, interface and numbers. */
  private record Page(
      Brief brief, SourceNames names, InterfaceText t, java.util.Set<Integer> shown) {
    String chip(String id) {
      return "<bdi class=\"src c" + colour(brief, id) + "\">" + esc(names.of(id)) + "</bdi>";
    }
  }

  /** One sentence of the narrative: its text, its source chips, and its detail. */
  private static void unit(StringBuilder h, Page page, Unit u, int number) {
    var s = u.representative().sentence();
    String cls =
        "u"
            + (u.conflicts().isEmpty() ? "" : " disc")
            + (u.variants().isEmpty() ? "" : " var")
            + (u.firstSource().isEmpty() ? "" : " first");
    h.append("<span class=\"")
        .append(cls)
        .append("\" id=\"s")
        .append(number)
        .append("\" tabindex=\"0\"");
    h.append(" data-sources=\"").append(esc(String.join(" ", u.sources()))).append("\">");
    h.append("<span class=\"t\" lang=\"")
        .append(Script.language(s.text()))
        .append("\" dir=\"auto\">");
    h.append(esc(s.text())).append("</span>");
    h.append("<sup class=\"cites\">");
    if (page.shown().contains(number)) {
      h.append("<span class=\"n\">").append(page.t().number(number)).append("</span>");
    }
    for (String id : u.sources()) h.append(page.chip(id));
    h.append("</sup>");
    h.append("<span class=\"detail\" dir=\"").append(page.t().dir()).append("\">");
    detailHeader(h, page, u, number);
    spans(h, page, u);
    for (Unit.Variant v : u.variants()) variant(h, page, v);
    for (Unit.Conflict c : u.conflicts()) {
      h.append("<span class=\"discrepancy\">")
          .append(esc(page.t().get("discrepancy", page.t().kind(c.kind().label()))))
          .append(' ');
      values(h, page, c);
      h.append("</span>");
    }
    h.append("</span></span> ");
  }

  /** The detail's first line: the sentence number, whose wording is shown, who published first. */
  private static void detailHeader(StringBuilder h, Page page, Unit u, int number) {
    InterfaceText t = page.t();
    Article from = page.brief().source(u.representative().sentence().articleId());
    h.append("<b>")
        .append(esc(t.get("sentence", number)))
        .append("</b>")
        .append(t.comma())
        .append(esc(t.get("shownFrom", "\u0000")).replace("\u0000", page.chip(from.id())));
    if (!u.firstSource().isEmpty()) {
      h.append("<span class=\"first\">")
          .append(
              esc(t.get("firstPublished", "\u0000", "\u0001"))
                  .replace("\u0000", page.chip(u.firstSource()))
                  .replace("\u0001", "<bdi>" + esc(t.date(u.firstDate())) + "</bdi>"))
          .append("</span>");
    }
  }

  /** Where each source carries the sentence: its sentence number and characters. */
  private static void spans(StringBuilder h, Page page, Unit u) {
    h.append("<span class=\"spans\">");
    for (Unit.Member m : u.members()) {
      h.append("<span class=\"span\">")
          .append(
              esc(page.t()
                      .get(
                          "span",
                          "\u0000",
                          m.sentence().index() + 1,
                          m.sentence().start(),
                          m.sentence().end()))
                  .replace("\u0000", page.chip(m.source())));
      h.append("</span>");
    }
    h.append("</span>");
  }

  /** Another source's wording, as a word diff against the shown one. */
  private static void variant(StringBuilder h, Page page, Unit.Variant v) {
    h.append("<span class=\"variant\">")
        .append(
            esc(page.t().get("wordingOf", "\u0000"))
                .replace("\u0000", page.chip(v.member().source())))
        .append(' ');
    h.append("<span dir=\"auto\" lang=\"")
        .append(Script.language(v.member().sentence().text()))
        .append("\">");
    for (DiffChunk c : v.diff()) {
      switch (c.op()) {
        // Equal chunks carry the spaces and punctuation, so the variant reads as printed.
        case EQUAL -> h.append(esc(c.b()));
        case CHANGE ->
            h.append("<del>")
                .append(esc(c.a()))
                .append("</del>\u2009<ins>")
                .append(esc(c.b()))
                .append("</ins>");
        case DELETE -> h.append("<del>").append(esc(c.a())).append("</del>");
        case INSERT -> h.append("<ins>").append(esc(c.b())).append("</ins>");
      }
    }
    h.append("</span></span>");
  }

  /** Each value of a conflict, marked, with the sources that carry it. */
  private static void values(StringBuilder h, Page page, Unit.Conflict c) {
    for (int i = 0; i < c.values().size(); i++) {
      Unit.Value v = c.values().get(i);
      if (i > 0) h.append(page.t().semicolon());
      h.append("<mark dir=\"auto\">").append(esc(v.text())).append("</mark> ");
      for (String id : v.sources()) h.append(page.chip(id));
    }
  }

  /**
   * The lead: its sentences, each with its sources' chips, apart those that report it in other
   * words, and a link to its place in the narrative.
   */
  private static void lead(StringBuilder h, Page page, List<Integer> lead) {
    if (lead.isEmpty()) return;
    InterfaceText t = page.t();
    h.append("<section class=\"lead\">\n<h2>").append(esc(t.get("lead"))).append("</h2>\n<ul>\n");
    for (int i : lead) {
      Unit u = page.brief().units().get(i);
      h.append("<li><span dir=\"auto\" lang=\"")
          .append(Script.language(u.text()))
          .append("\">")
          .append(esc(u.text()))
          .append("</span> ");
      for (String id : u.sources()) h.append(page.chip(id));
      List<String> other = page.brief().otherWords(i);
      if (!other.isEmpty()) {
        StringBuilder chips = new StringBuilder();
        for (String id : other) chips.append(page.chip(id));
        h.append(" <span class=\"other\">")
            .append(esc(t.get("lead.otherWords", "\u0000")).replace("\u0000", chips))
            .append("</span>");
      }
      h.append(' ').append(link(i + 1, t)).append("</li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  /** A family's run opens folded, but for the first: its heading names its articles' outlets. */
  private static void family(StringBuilder h, Page page, int f) {
    Brief brief = page.brief();
    Brief.Family family = brief.families().get(f - 1);
    StringBuilder outlets = new StringBuilder();
    for (String o : BriefText.outlets(brief, family)) {
      if (outlets.length() > 0) outlets.append(page.t().comma());
      outlets.append("<bdi>").append(esc(o)).append("</bdi>");
    }
    h.append(f == 1 ? "<details class=\"family\" open>" : "<details class=\"family\">")
        .append("<summary>")
        .append(
            esc(page.t()
                    .get(
                        family.articles().size() == 1 ? "family.one" : "family",
                        f,
                        family.articles().size(),
                        "\u0000"))
                .replace("\u0000", outlets))
        .append("</summary>\n");
  }

  /** The disagreements summary that opens a brief with any: one line per conflict. */
  private static void disagreements(StringBuilder h, Page page) {
    InterfaceText t = page.t();
    StringBuilder lines = new StringBuilder();
    int count = 0;
    for (int i = 0; i < page.brief().units().size(); i++) {
      for (Unit.Conflict c : page.brief().units().get(i).conflicts()) {
        count++;
        lines
            .append("<li><a href=\"#s")
            .append(i + 1)
            .append("\">")
            .append(esc(t.get("sentence", i + 1)))
            .append("</a>")
            .append(t.comma())
            .append(esc(t.kind(c.kind().label())))
            .append(": ");
        values(lines, page, c);
        lines.append("</li>\n");
      }
    }
    for (Brief.CrossConflict c : page.brief().crossConflicts()) {
      count++;
      lines
          .append("<li>")
          .append(link(c.a() + 1, t))
          .append(" / ")
          .append(link(c.b() + 1, t))
          .append(t.comma())
          .append(esc(t.get("acrossOutlets", t.kind(c.kind().label()))))
          .append(": ");
      values(lines, page, new Unit.Conflict(c.kind(), c.values()));
      lines.append("</li>\n");
    }
    if (count == 0) return;
    h.append("<section class=\"disagreements\">\n<h2>")
        .append(esc(count == 1 ? t.get("disagree.one") : t.get("disagree.many", count)))
        .append("</h2>\n<ul>\n")
        .append(lines)
        .append("</ul>\n</section>\n");
  }

  private static void related(StringBuilder h, Page page) {
    Brief brief = page.brief();
    InterfaceText t = page.t();
    if (brief.related().isEmpty()) return;
    h.append("<section class=\"related\">\n<h2>")
        .append(esc(t.get("related")))
        .append("</h2>\n<ul>\n");
    for (Brief.Related r : brief.related()) {
      String line =
          esc(t.get("related.line", "\u0000", "\u0001", t.decimal(r.similarity(), 2)))
              .replace("\u0000", link(r.a() + 1, t))
              .replace("\u0001", link(r.b() + 1, t));
      h.append("<li>").append(line).append("</li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  private static String link(int sentence, InterfaceText t) {
    return "<a href=\"#s" + sentence + "\">" + t.number(sentence) + "</a>";
  }

  private static void sources(StringBuilder h, Page page) {
    Brief brief = page.brief();
    InterfaceText t = page.t();
    h.append("<section class=\"sources\">\n<h2>")
        .append(esc(t.get("sources")))
        .append("</h2>\n<table>\n");
    h.append(
        "<colgroup><col class=\"w-id\"><col class=\"w-src\"><col class=\"w-title\"><col class=\"w-by\"><col class=\"w-date\"><col class=\"w-file\"><col class=\"w-meta\"></colgroup>\n");
    h.append("<thead><tr>");
    for (String c : List.of("id", "source", "title", "byline", "date", "file", "notNarrative"))
      h.append("<th>").append(esc(t.get("col." + c))).append("</th>");
    h.append("</tr></thead>\n<tbody>\n");
    for (Article a : brief.sources()) {
      h.append("<tr><td dir=\"ltr\"><code>").append(esc(a.id())).append("</code></td>");
      h.append("<td>");
      if (SafeUrl.is(a.url())) {
        h.append("<a href=\"")
            .append(esc(a.url()))
            .append("\" rel=\"noopener noreferrer\">")
            .append(page.chip(a.id()))
            .append("</a>");
      } else {
        h.append(page.chip(a.id()));
        if (!a.url().isBlank())
          h.append(" <code dir=\"ltr\">").append(esc(a.url())).append("</code>");
      }
      h.append("</td>");
      h.append("<td dir=\"auto\">").append(esc(a.title())).append("</td>");
      h.append("<td dir=\"auto\">").append(esc(a.byline())).append("</td>");
      h.append("<td>").append(esc(t.date(a.date()))).append("</td>");
      h.append("<td dir=\"ltr\"><code>")
          .append(esc(BriefText.file(a, brief.sources())))
          .append("</code></td><td>");
      for (Block b : a.blocks()) {
        if (MetadataLines.shown(b.kind())) {
          h.append("<div><small>")
              .append(esc(t.get("meta." + b.kind().name().toLowerCase(Locale.ROOT))))
              .append(":</small> <bdi dir=\"auto\">");
          h.append(esc(a.slice(b.start(), b.end()))).append("</bdi></div>");
        }
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static int colour(Brief brief, String id) {
    for (int i = 0; i < brief.sources().size(); i++) {
      if (brief.sources().get(i).id().equals(id)) return i % COLOURS.length;
    }
    return 0;
  }

  private static String css(Brief brief) {
    StringBuilder c = new StringBuilder();
    c.append(
        "body{font-family:'Noto Naskh Arabic','Amiri','Segoe UI',Tahoma,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.9;color:#222;background:#fcfcfa}\n");
    c.append("h1{font-size:1.6rem;margin-bottom:.3rem}.summary{color:#666;font-size:.85rem}\n");
    // The paragraph anchors a sentence's detail, not the sentence: a wrapped sentence has no one
    // box, and a detail hung from it ran off the window (in right-to-left pages off the side that
    // cannot be scrolled to). At its static position it opens below the sentence's last line.
    c.append("main p{position:relative;font-size:1.1rem;margin:0 0 1.1rem}\n");
    c.append(".u{outline:none;border-radius:3px;cursor:pointer}\n");
    c.append(".u:hover>.t,.u:focus>.t{background:#fff3bf}\n");
    c.append(".u.disc>.t{border-bottom:2px solid #e03131;background:#fff0f0}\n");
    c.append(".u.disc:hover>.t,.u.disc:focus>.t{background:#fff3bf}\n");
    c.append(".u.var>.t{border-bottom:1px dashed #888}\n");
    c.append(".cites{font-size:.7rem;margin-inline-start:.2rem;white-space:nowrap}\n");
    c.append(
        ".src{color:#fff;border-radius:.6rem;padding:0 .4rem;margin:0 .1rem;font-size:.75rem;line-height:1.4;display:inline-block}\n");
    c.append(
        ".detail{display:none;position:absolute;z-index:10;width:32rem;max-width:calc(100% - 2rem);background:#fff;border:1px solid #ccc;box-shadow:0 4px 14px rgba(0,0,0,.15);padding:.6rem .8rem;font-size:.85rem;line-height:1.6;text-align:start}\n");
    c.append(".u:hover>.detail,.u:focus>.detail,.u:focus-within>.detail{display:block}\n");
    c.append(".detail>span{display:block;margin-top:.3rem}.span{display:block}\n");
    c.append(
        "del{background:#ffe3e3;color:#a61e4d}ins{background:#d3f9d8;color:#2b8a3e;text-decoration:none}mark{background:#ffc9c9}\n");
    c.append(
        "table{border-collapse:collapse;font-size:.85rem;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}\n");
    c.append("section{margin-top:2rem}\n");
    c.append(".cites .n{font-weight:bold;color:#555;margin-inline-end:.2rem}\n");
    c.append(
        ".u:target>.t{background:#fff3bf}nav.back{font-size:.9rem}nav.back a{color:#1c5d99}\n");
    // A sources table that fits the page: fixed columns, long URLs and paths broken anywhere.
    c.append(
        ".sources table{table-layout:fixed}.sources td{overflow-wrap:anywhere}.w-id{width:8%}.w-src{width:12%}.w-title{width:24%}.w-by{width:11%}.w-date{width:12%}.w-file{width:13%}.w-meta{width:20%}\n");
    // Printed, each sentence with a variant, a discrepancy or a first publisher is followed by
    // its detail as a note (spans left out: the sources are cited beside the sentence), and
    // what only works on a screen goes.
    c.append(
        "@media print{body{max-width:none;margin:0;background:#fff;line-height:1.6}nav.back,.hint{display:none}"
            + ".u.var>.detail,.u.disc>.detail,.u.first>.detail{display:block;position:static;width:auto;max-width:none;box-shadow:none;border:0;border-inline-start:2px solid #999;margin:.2rem 0 .5rem;padding:0 .6rem;font-size:.8rem;break-inside:avoid}"
            + ".detail .spans{display:none}.src{print-color-adjust:exact;-webkit-print-color-adjust:exact}a{color:inherit;text-decoration:none}}\n");
    c.append(
        ".disagreements{margin-top:1rem;border:1px solid #ffc9c9;background:#fff5f5;padding:.4rem 1rem;font-size:.9rem}.disagreements h2{font-size:1rem;margin:.3rem 0}\n");
    c.append(
        ".lead{margin-top:1rem;border:1px solid #b6d4fe;background:#f1f7ff;padding:.4rem 1rem}.lead h2{font-size:1rem;margin:.3rem 0}.lead li{margin:.3rem 0}.lead .other{color:#555;font-size:.9rem}\n"
            + "details.family{margin:1rem 0;border-top:1px solid #ddd}details.family>summary{cursor:pointer;font-weight:600;padding:.4rem 0}\n"
            // Printed, every family is open: a brief on paper cannot be clicked.
            + "@media print{details.family::details-content{content-visibility:visible;display:block}}\n");
    for (int i = 0; i < Math.min(COLOURS.length, Math.max(1, brief.sources().size())); i++) {
      c.append(".c").append(i).append("{background:").append(COLOURS[i]).append("}\n");
    }
    return c.toString();
  }

  /**
   * {@code s} escaped for HTML as {@link StringEscapeUtils#escapeHtml4} escapes it (its named
   * entities), the apostrophe as {@code &#39;}; built only when {@code s} holds something to
   * escape. Escaping was a fifth of rendering.
   */
  static String esc(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String entity = ENTITY[c];
      if (entity == null) {
        if (out != null) out.append(c);
        continue;
      }
      if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
      out.append(entity);
    }
    return out == null ? s : out.toString();
  }

  /**
   * What {@link #esc} writes for each char, null for the char itself: the tables {@link
   * StringEscapeUtils#escapeHtml4} translates by, each key a single char, the first table to name a
   * char winning as in its translator, and the apostrophe.
   */
  private static final String[] ENTITY = new String[Character.MAX_VALUE + 1];

  static {
    ENTITY['\''] = "&#39;";
    for (var table :
        List.of(
            EntityArrays.BASIC_ESCAPE,
            EntityArrays.ISO8859_1_ESCAPE,
            EntityArrays.HTML40_EXTENDED_ESCAPE)) {
      table.forEach(
          (key, entity) -> {
            if (key.length() != 1) throw new IllegalStateException("an escape of more than a char");
            if (ENTITY[key.charAt(0)] == null) ENTITY[key.charAt(0)] = entity.toString();
          });
    }
  }
}
