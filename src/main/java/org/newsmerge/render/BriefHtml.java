package org.newsmerge.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;
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

  public static void write(Brief brief, PrintWriter out) {
    SourceNames names = new SourceNames(brief.sources());
    StringBuilder all = new StringBuilder();
    for (Unit u : brief.units()) all.append(u.text()).append(' ');
    boolean rtl = Script.rightToLeft(all);
    String lang = Script.language(all);
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang)
        .append("\" dir=\"")
        .append(rtl ? "rtl" : "ltr")
        .append("\">\n");
    h.append("<head>\n<meta charset=\"utf-8\">\n");
    h.append(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(esc(BriefMarkdown.title(brief))).append("</title>\n");
    h.append("<style>\n").append(css(brief)).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1 dir=\"auto\">")
        .append(esc(BriefMarkdown.title(brief)))
        .append("</h1>\n");
    h.append(
        "<p class=\"summary\" dir=\"ltr\">"
            + brief.summary()
            + " Hover or click a sentence to see its sources.</p>\n");
    h.append("<p class=\"legend\">");
    for (Article a : brief.sources()) h.append(chip(brief, names, a.id())).append(' ');
    h.append("</p>\n");
    disagreements(h, brief, names);
    h.append("</header>\n<main>\n");
    int number = 0;
    for (List<Unit> paragraph : brief.paragraphs()) {
      h.append("<p>");
      for (Unit u : paragraph) {
        number++;
        unit(h, brief, names, u, number);
      }
      h.append("</p>\n");
    }
    h.append("</main>\n");
    related(h, brief);
    sources(h, brief, names);
    h.append("</body>\n</html>\n");
    out.print(h);
    out.flush();
  }

  private static void unit(StringBuilder h, Brief brief, SourceNames names, Unit u, int number) {
    var s = u.representative().sentence();
    Article from = brief.source(s.articleId());
    String cls =
        "u" + (u.conflicts().isEmpty() ? "" : " disc") + (u.variants().isEmpty() ? "" : " var");
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
    for (String id : u.sources()) h.append(chip(brief, names, id));
    h.append("</sup>");
    h.append("<span class=\"detail\" dir=\"ltr\">");
    h.append("<b>Sentence ")
        .append(number)
        .append("</b>, shown from <bdi>")
        .append(esc(names.of(from.id())))
        .append("</bdi>");
    if (!u.firstSource().isEmpty()) {
      h.append("<span class=\"first\">First published by ")
          .append(chip(brief, names, u.firstSource()))
          .append(" <bdi dir=\"ltr\">")
          .append(esc(u.firstDate()))
          .append("</bdi></span>");
    }
    h.append("<span class=\"spans\">");
    for (Unit.Member m : u.members()) {
      h.append("<span class=\"span\">").append(chip(brief, names, m.source()));
      h.append(
          String.format(
              Locale.ROOT,
              " sentence %d, chars %d–%d",
              m.sentence().index() + 1,
              m.sentence().start(),
              m.sentence().end()));
      h.append("</span>");
    }
    h.append("</span>");
    for (Unit.Variant v : u.variants()) {
      h.append("<span class=\"variant\">Wording of ")
          .append(chip(brief, names, v.member().source()))
          .append(": ");
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
    for (Unit.Conflict c : u.conflicts()) {
      h.append("<span class=\"discrepancy\">Discrepancy (").append(c.kind().label()).append("): ");
      values(h, brief, names, c);
      h.append("</span>");
    }
    h.append("</span></span> ");
  }

  /** Each value of a conflict, marked, with the sources that carry it. */
  private static void values(StringBuilder h, Brief brief, SourceNames names, Unit.Conflict c) {
    for (int i = 0; i < c.values().size(); i++) {
      Unit.Value v = c.values().get(i);
      if (i > 0) h.append("; ");
      h.append("<mark dir=\"auto\">").append(esc(v.text())).append("</mark> ");
      for (String id : v.sources()) h.append(chip(brief, names, id));
    }
  }

  /** The disagreements summary that opens a brief with any: one line per conflict. */
  private static void disagreements(StringBuilder h, Brief brief, SourceNames names) {
    StringBuilder lines = new StringBuilder();
    int count = 0;
    for (int i = 0; i < brief.units().size(); i++) {
      for (Unit.Conflict c : brief.units().get(i).conflicts()) {
        count++;
        lines
            .append("<li><a href=\"#s")
            .append(i + 1)
            .append("\">Sentence ")
            .append(i + 1)
            .append("</a>, ")
            .append(c.kind().label())
            .append(": ");
        values(lines, brief, names, c);
        lines.append("</li>\n");
      }
    }
    if (count == 0) return;
    h.append("<section class=\"disagreements\" dir=\"ltr\">\n<h2>Outlets disagree (")
        .append(count)
        .append(count == 1 ? " place" : " places")
        .append(")</h2>\n<ul>\n")
        .append(lines)
        .append("</ul>\n</section>\n");
  }

  private static void related(StringBuilder h, Brief brief) {
    if (brief.related().isEmpty()) return;
    h.append("<section class=\"related\" dir=\"ltr\">\n<h2>Related sentences</h2>\n<ul>\n");
    for (Brief.Related r : brief.related()) {
      h.append(
          String.format(
              Locale.ROOT,
              "<li><a href=\"#s%d\">Sentence %d</a> and <a href=\"#s%d\">sentence %d</a> share a fragment (similarity %.2f).</li>%n",
              r.a() + 1,
              r.a() + 1,
              r.b() + 1,
              r.b() + 1,
              r.similarity()));
    }
    h.append("</ul>\n</section>\n");
  }

  private static void sources(StringBuilder h, Brief brief, SourceNames names) {
    h.append("<section class=\"sources\">\n<h2 dir=\"ltr\">Sources</h2>\n<table>\n");
    h.append(
        "<thead><tr><th>id</th><th>name</th><th>title</th><th>byline</th><th>url</th><th>date</th><th>file</th><th>not narrative</th></tr></thead>\n<tbody>\n");
    for (Article a : brief.sources()) {
      h.append("<tr><td><code>").append(esc(a.id())).append("</code></td>");
      h.append("<td>").append(chip(brief, names, a.id())).append("</td>");
      h.append("<td dir=\"auto\">").append(esc(a.title())).append("</td>");
      h.append("<td dir=\"auto\">").append(esc(a.byline())).append("</td>");
      h.append("<td dir=\"ltr\">").append(esc(a.url())).append("</td>");
      h.append("<td dir=\"ltr\">").append(esc(a.date())).append("</td>");
      h.append("<td dir=\"ltr\"><code>").append(esc(a.path())).append("</code></td><td>");
      for (Block b : a.blocks()) {
        if (MetadataLines.shown(b.kind())) {
          h.append("<div dir=\"auto\"><small>")
              .append(b.kind().name().toLowerCase(Locale.ROOT))
              .append(":</small> ");
          h.append(esc(a.slice(b.start(), b.end()))).append("</div>");
        }
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static String chip(Brief brief, SourceNames names, String id) {
    return "<bdi class=\"src c" + colour(brief, id) + "\">" + esc(names.of(id)) + "</bdi>";
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
    c.append(
        ".disagreements{margin-top:1rem;border:1px solid #ffc9c9;background:#fff5f5;padding:.4rem 1rem;font-size:.9rem}.disagreements h2{font-size:1rem;margin:.3rem 0}\n");
    for (int i = 0; i < Math.min(COLOURS.length, Math.max(1, brief.sources().size())); i++) {
      c.append(".c").append(i).append("{background:").append(COLOURS[i]).append("}\n");
    }
    return c.toString();
  }

  private static String esc(String s) {
    return StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
  }
}
