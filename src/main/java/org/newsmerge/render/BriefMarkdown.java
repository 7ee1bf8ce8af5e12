package org.newsmerge.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.DiffChunk;

/**
 * {@code brief.md}: the narrative with the sources after each sentence, variants and discrepancies
 * as footnotes, related sentences, and the sources table. Article text is escaped so that no
 * Markdown or HTML in it takes effect.
 */
public final class BriefMarkdown {

  private BriefMarkdown() {}

  /** Writes {@code brief} as a brief merged alone, in the language of its articles. */
  public static void write(Brief brief, PrintWriter out) {
    write(brief, Presentation.DEFAULT, out);
  }

  /**
   * Writes {@code brief}. The page is wrapped in a {@code <div dir="rtl">} when its interface reads
   * right to left, and so is every paragraph whose own direction differs from the page's
   * (CommonMark and GitHub keep such a block's Markdown, with blank lines around it, and GitHub
   * keeps {@code dir}); these wrappers and the anchors are the only HTML, all of it ours. Notes are
   * plain paragraphs numbered by their sentence, not footnotes, which GitHub moves to the end of
   * the page and renumbers.
   */
  public static void write(Brief brief, Presentation presentation, PrintWriter out) {
    out.print(text(brief, presentation));
    out.flush();
  }

  /** The Markdown of {@code brief}, as {@link #write} writes it. */
  static String text(Brief brief, Presentation presentation) {
    SourceNames names = new SourceNames(brief.sources());
    InterfaceText t = presentation.text(brief);
    List<Integer> lead = BriefText.lead(brief, presentation);
    Set<Integer> numbered = BriefText.numbered(brief, lead);
    StringBuilder md = new StringBuilder(16_384);
    if (t.rightToLeft())
      md.append("<div dir=\"rtl\" lang=\"").append(t.language()).append("\">\n\n");
    if (!presentation.index().isEmpty()) {
      md.append('[')
          .append(escape(t.get("back")))
          .append("](")
          .append(presentation.index())
          .append(")\n\n");
    }
    md.append("# ").append(escape(BriefText.title(brief, t))).append("\n\n");
    md.append('_').append(escape(BriefText.summary(brief, t))).append("_\n\n");
    lead(brief, lead, names, t, md);
    disagreements(brief, names, t, md);
    List<String> notes = new ArrayList<>();
    int number = 0;
    for (List<Unit> paragraph : brief.paragraphs()) {
      StringBuilder p = new StringBuilder();
      family(brief, number, t, md);
      for (Unit u : paragraph) {
        number++;
        String sentence = escape(u.text());
        if (p.length() > 0) p.append(' ');
        else sentence = atLineStart(sentence);
        if (numbered.contains(number)) p.append("<a id=\"s").append(number).append("\"></a>");
        p.append(sentence).append(" \\[");
        p.append(
            String.join(
                t.comma(), u.sources().stream().map(id -> escape(names.isolated(id))).toList()));
        p.append("\\]");
        if (BriefText.hasNote(u)) {
          notes.add(note(number, u, names, t));
          p.append("<sup>[")
              .append(t.number(number))
              .append("](#n")
              .append(number)
              .append(")</sup>");
        } else if (numbered.contains(number)) {
          p.append("<sup>").append(t.number(number)).append("</sup>");
        }
      }
      boolean rtl = Script.rightToLeft(paragraph.stream().map(Unit::text).toList());
      block(md, p.toString(), rtl != t.rightToLeft(), rtl);
    }
    if (!notes.isEmpty()) {
      md.append("## ").append(escape(t.get("notes"))).append("\n\n");
      for (String n : notes) md.append(n).append("\n\n");
    }
    if (!brief.related().isEmpty()) {
      md.append("## ").append(escape(t.get("related"))).append("\n\n");
      for (Brief.Related r : brief.related()) {
        md.append("- ")
            .append(
                escape(t.get("related.line", "\u0000", "\u0001", t.decimal(r.similarity(), 2)))
                    .replace("\u0000", sentenceLink(r.a() + 1, t))
                    .replace("\u0001", sentenceLink(r.b() + 1, t)))
            .append('\n');
      }
      md.append('\n');
    }
    sources(brief, names, t, md);
    if (t.rightToLeft()) md.append("\n</div>\n");
    return md.toString();
  }

  /**
   * The lead: a list of its sentences, each with its sources, those that report it in other words
   * apart, and a link to its place in the narrative.
   */
  private static void lead(
      Brief brief, List<Integer> lead, SourceNames names, InterfaceText t, StringBuilder md) {
    if (lead.isEmpty()) return;
    md.append("## ").append(escape(t.get("lead"))).append("\n\n");
    for (int i : lead) {
      Unit u = brief.units().get(i);
      md.append("- ")
          .append(atLineStart(escape(u.text())))
          .append(" \\[")
          .append(
              String.join(
                  t.comma(), u.sources().stream().map(id -> escape(names.isolated(id))).toList()))
          .append("\\]");
      List<String> other = brief.otherWords(i);
      if (!other.isEmpty()) {
        md.append(' ')
            .append(
                escape(
                    t.get(
                        "lead.otherWords",
                        String.join(t.comma(), other.stream().map(names::isolated).toList()))));
      }
      md.append(' ').append(sentenceLink(i + 1, t)).append('\n');
    }
    md.append('\n');
  }

  /** The heading of the family whose run starts after {@code number} units, if any. */
  private static void family(Brief brief, int number, InterfaceText t, StringBuilder md) {
    int f = BriefText.familyStarting(brief, number);
    if (f == 0) return;
    Brief.Family family = brief.families().get(f - 1);
    md.append("## ")
        .append(
            escape(
                t.get(
                    family.articles().size() == 1 ? "family.one" : "family",
                    f,
                    family.articles().size(),
                    String.join(
                        t.comma(),
                        BriefText.outlets(brief, family).stream()
                            .map(SourceNames::isolate)
                            .toList()))))
        .append("\n\n");
  }

  /** A paragraph, in a direction block of its own when it reads otherwise than the page. */
  private static void block(StringBuilder md, String paragraph, boolean wrap, boolean rtl) {
    if (wrap) md.append("<div dir=\"").append(rtl ? "rtl" : "ltr").append("\">\n\n");
    md.append(paragraph).append("\n\n");
    if (wrap) md.append("</div>\n\n");
  }

  private static String sentenceLink(int number, InterfaceText t) {
    return "[" + t.number(number) + "](#s" + number + ")";
  }

  /**
   * A sentence's note: its number linked back to it, then its other wordings as edits (struck out
   * the shown words, in bold the variant's, an arrow pointing the way the text reads), its
   * discrepancies and its first publisher.
   */
  private static String note(int number, Unit u, SourceNames names, InterfaceText t) {
    StringBuilder n =
        new StringBuilder("<a id=\"n" + number + "\"></a>**" + sentenceLink(number, t) + "** ");
    List<String> parts = new ArrayList<>();
    for (Unit.Variant v : u.variants()) {
      String arrow = Script.rightToLeft(v.member().sentence().text()) ? " ← " : " → ";
      StringBuilder part =
          new StringBuilder(escape(t.get("wordingOf", names.isolated(v.member().source()))))
              .append(' ');
      List<String> edits = new ArrayList<>();
      for (DiffChunk c : v.diff()) {
        switch (c.op()) {
          case CHANGE ->
              edits.add("~~" + escape(c.a()) + "~~" + arrow + "**" + escape(c.b()) + "**");
          case DELETE -> edits.add("~~" + escape(c.a()) + "~~");
          case INSERT -> edits.add("**" + escape(c.b()) + "**");
          case EQUAL -> {}
        }
      }
      part.append(
              edits.isEmpty()
                  ? escape(t.get("punctuationOnly"))
                  : String.join(t.semicolon(), edits))
          .append('.');
      parts.add(part.toString());
    }
    for (Unit.Conflict c : u.conflicts()) {
      parts.add(
          "**"
              + escape(t.get("discrepancy", t.kind(c.kind().label())))
              + "** "
              + values(c, names, t)
              + ".");
    }
    if (!u.firstSource().isEmpty()) {
      parts.add(
          escape(t.get("firstPublished", names.isolated(u.firstSource()), t.date(u.firstDate())))
              + ".");
    }
    return n.append(String.join(" ", parts)).toString();
  }

  /** “value” in source, source; “other value” in source. */
  private static String values(Unit.Conflict c, SourceNames names, InterfaceText t) {
    List<String> values = new ArrayList<>();
    for (Unit.Value v : c.values()) {
      values.add(
          escape(
              t.get(
                  "valueIn",
                  v.text(),
                  String.join(t.comma(), v.sources().stream().map(names::isolated).toList()))));
    }
    return String.join(t.semicolon(), values);
  }

  /** The summary that opens a brief whose outlets disagree: one line per conflict. */
  private static void disagreements(
      Brief brief, SourceNames names, InterfaceText t, StringBuilder md) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < brief.units().size(); i++) {
      for (Unit.Conflict c : brief.units().get(i).conflicts()) {
        lines.add(
            "- ["
                + escape(t.get("sentence", i + 1))
                + "](#s"
                + (i + 1)
                + ")"
                + t.comma()
                + escape(t.kind(c.kind().label()))
                + ": "
                + values(c, names, t)
                + ".");
      }
    }
    for (Brief.CrossConflict c : brief.crossConflicts()) {
      lines.add(
          "- "
              + sentenceLink(c.a() + 1, t)
              + " / "
              + sentenceLink(c.b() + 1, t)
              + t.comma()
              + escape(t.get("acrossOutlets", t.kind(c.kind().label())))
              + ": "
              + values(new Unit.Conflict(c.kind(), c.values()), names, t)
              + ".");
    }
    if (lines.isEmpty()) return;
    md.append("## ")
        .append(
            escape(
                lines.size() == 1 ? t.get("disagree.one") : t.get("disagree.many", lines.size())))
        .append("\n\n");
    for (String l : lines) md.append(l).append('\n');
    md.append('\n');
  }

  /**
   * The sources table, narrow enough to read: each source's name links to its URL where that is an
   * http or https URL (another URL shows as code after the name), and the file names its index in a
   * file of several articles. Then each source's lines that are not narrative.
   */
  private static void sources(Brief brief, SourceNames names, InterfaceText t, StringBuilder md) {
    md.append("## ").append(escape(t.get("sources"))).append("\n\n");
    List<String> columns = List.of("id", "source", "title", "byline", "date", "file");
    md.append("| ")
        .append(String.join(" | ", columns.stream().map(c -> cell(t.get("col." + c))).toList()))
        .append(" |\n");
    md.append("|---".repeat(columns.size())).append("|\n");
    for (Article a : brief.sources()) {
      String name = cell(names.isolated(a.id()));
      String source;
      if (SafeUrl.is(a.url())) source = "[" + name + "](<" + a.url() + ">)";
      else if (a.url().isBlank()) source = name;
      else source = name + " " + codeCell(a.url());
      md.append("| ")
          .append(
              String.join(
                  " | ",
                  a.id(),
                  source,
                  cell(a.title()),
                  cell(a.byline()),
                  cell(t.date(a.date())),
                  cell(BriefText.file(a, brief.sources()))))
          .append(" |\n");
    }
    md.append('\n');
    for (Article a : brief.sources()) {
      List<String> lines = new ArrayList<>();
      for (Block b : a.blocks()) {
        if (MetadataLines.shown(b.kind())) {
          lines.add(
              "  - "
                  + escape(t.get("meta." + b.kind().name().toLowerCase(Locale.ROOT)))
                  + ": "
                  + escape(a.slice(b.start(), b.end())));
        }
      }
      if (lines.isEmpty()) continue;
      md.append("- ")
          .append(atLineStart(escape(t.get("notNarrative", names.isolated(a.id()), a.id()))))
          .append('\n');
      for (String l : lines) md.append(l).append('\n');
    }
  }

  /** Text shown as code inside a table cell, its pipes escaped (GFM reads them before code). */
  private static String codeCell(String text) {
    StringBuilder out = new StringBuilder();
    code(text.replace('\n', ' '), out);
    return out.toString().replace("|", "\\|");
  }

  private static String cell(String s) {
    return escape(s).replace("|", "\\|");
  }

  /**
   * What GitHub's autolink extension would turn into a link inside text: URLs with a scheme, {@code
   * www.} names and e-mail addresses. Escapes cannot stop it (they are undone before it runs), a
   * code span can.
   */
  private static final Pattern AUTOLINK =
      Pattern.compile(
          "(?i)(?:\\b[a-z][a-z0-9+.-]*://|\\bwww\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  private static final String TRAILING = ".,:;!?'\"“”«»)]}،؛*_~";

  /** A line start that CommonMark would read as a list item (or a rule, {@code - - -}). */
  private static final Pattern BLOCK_START =
      Pattern.compile("^(?:([-+])|(\\d{1,9})([.)]))(?=\\s|$)");

  /** {@code escaped} (text already escaped) made safe to begin a line: not a list item or rule. */
  static String atLineStart(String escaped) {
    Matcher m = BLOCK_START.matcher(escaped);
    if (!m.find()) return escaped;
    if (m.group(1) != null) return "\\" + escaped;
    return m.group(2) + "\\" + escaped.substring(m.end(2));
  }

  /**
   * Escapes Markdown and HTML syntax so that article text shows as text: punctuation that would be
   * emphasis, links, headings, tables or strike-through gets a backslash, {@code <} and {@code &}
   * become entities, line breaks become spaces, and what would become a link by itself (a URL, an
   * e-mail address) is shown as code.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    if (!mayAutolink(s)) {
      escapeText(s, 0, s.length(), out);
      return out.toString();
    }
    Matcher m = AUTOLINK.matcher(s);
    int from = 0;
    while (m.find()) {
      int end = m.end();
      // Trailing punctuation ends the sentence, not the address (GitHub leaves it out too).
      while (end > m.start() + 1 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) end--;
      escapeText(s, from, m.start(), out);
      code(s.substring(m.start(), end), out);
      from = end;
    }
    escapeText(s, from, s.length(), out);
    return out.toString();
  }

  /**
   * Whether {@link #AUTOLINK} can match in {@code s}: every match holds {@code ://}, {@code www.}
   * (in any case) or {@code @}. Most sentences hold none, and the search was a tenth of rendering.
   */
  private static boolean mayAutolink(String s) {
    if (s.indexOf('@') >= 0 || s.contains("://")) return true;
    for (int dot = s.indexOf('.', 3); dot >= 0; dot = s.indexOf('.', dot + 1)) {
      if (s.regionMatches(true, dot - 3, "www", 0, 3)) return true;
    }
    return false;
  }

  /** A code span of {@code text} (which holds no line break), fenced past its own backticks. */
  private static void code(String text, StringBuilder out) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = text.startsWith("`") || text.endsWith("`");
    out.append(fence).append(pad ? " " : "").append(text).append(pad ? " " : "").append(fence);
  }

  /** ASCII characters {@link #escapeText} rewrites. */
  private static final boolean[] SPECIAL = new boolean[128];

  static {
    for (char ch : "<>&\n\r\\`*_[]#|~".toCharArray()) SPECIAL[ch] = true;
  }

  private static void escapeText(String s, int from, int to, StringBuilder out) {
    int plain = from; // start of the run of characters copied as they are
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch >= 128 || !SPECIAL[ch]) continue;
      out.append(s, plain, i);
      plain = i + 1;
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append('\\').append(ch); // \ ` * _ [ ] # | ~
      }
    }
    out.append(s, plain, to);
  }
}
