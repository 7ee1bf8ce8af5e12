package org.newsmerge.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  public static void write(Brief brief, PrintWriter out) {
    SourceNames names = new SourceNames(brief.sources());
    out.print("# " + escape(title(brief)) + "\n\n");
    out.print("_" + brief.summary() + "_\n\n");
    disagreements(brief, names, out);
    List<String> notes = new ArrayList<>();
    int number = 0;
    for (List<Unit> paragraph : brief.paragraphs()) {
      StringBuilder p = new StringBuilder();
      for (Unit u : paragraph) {
        number++;
        String text = escape(u.text());
        if (p.length() > 0) p.append(' ');
        else text = atLineStart(text);
        if (!u.conflicts().isEmpty()) p.append("<a id=\"s").append(number).append("\"></a>");
        p.append(text).append(" \\[");
        p.append(String.join(", ", u.sources().stream().map(id -> escape(names.of(id))).toList()));
        p.append("\\]");
        if (!u.variants().isEmpty() || !u.firstSource().isEmpty()) {
          notes.add(note(number, u, names));
          p.append("[^").append(number).append(']');
        }
      }
      out.print(p + "\n\n");
    }
    if (!notes.isEmpty()) {
      out.print("## Variants and discrepancies\n\n");
      for (String n : notes) out.print(n + "\n");
      out.print("\n");
    }
    if (!brief.related().isEmpty()) {
      out.print("## Related sentences\n\n");
      for (Brief.Related r : brief.related()) {
        out.printf(
            Locale.ROOT,
            "- Sentences %d and %d share a fragment (similarity %.2f).%n",
            r.a() + 1,
            r.b() + 1,
            r.similarity());
      }
      out.print("\n");
    }
    sources(brief, names, out);
    out.flush();
  }

  static String title(Brief brief) {
    for (Article a : brief.sources()) if (!a.title().isBlank()) return a.title();
    return "Merged brief";
  }

  private static String note(int number, Unit u, SourceNames names) {
    StringBuilder n = new StringBuilder("[^" + number + "]: ");
    List<String> parts = new ArrayList<>();
    for (Unit.Variant v : u.variants()) {
      StringBuilder part =
          new StringBuilder("Wording of " + escape(names.of(v.member().source())) + ": ");
      List<String> edits = new ArrayList<>();
      for (DiffChunk c : v.diff()) {
        switch (c.op()) {
          case CHANGE -> edits.add("~~" + escape(c.a()) + "~~ → **" + escape(c.b()) + "**");
          case DELETE -> edits.add("~~" + escape(c.a()) + "~~");
          case INSERT -> edits.add("**" + escape(c.b()) + "**");
          case EQUAL -> {}
        }
      }
      part.append(edits.isEmpty() ? "punctuation only" : String.join("; ", edits)).append('.');
      parts.add(part.toString());
    }
    for (Unit.Conflict c : u.conflicts()) {
      parts.add("**Discrepancy (" + c.kind().label() + ")**: " + values(c, names) + ".");
    }
    if (!u.firstSource().isEmpty()) {
      parts.add(
          "First published by "
              + escape(names.of(u.firstSource()))
              + " ("
              + escape(u.firstDate())
              + ").");
    }
    return n.append(String.join(" ", parts)).toString();
  }

  /** “value” in source, source; “other value” in source. */
  private static String values(Unit.Conflict c, SourceNames names) {
    List<String> values = new ArrayList<>();
    for (Unit.Value v : c.values()) {
      values.add(
          "“"
              + escape(v.text())
              + "” in "
              + String.join(", ", v.sources().stream().map(id -> escape(names.of(id))).toList()));
    }
    return String.join("; ", values);
  }

  /** The summary that opens a brief whose outlets disagree: one line per conflict. */
  private static void disagreements(Brief brief, SourceNames names, PrintWriter out) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < brief.units().size(); i++) {
      for (Unit.Conflict c : brief.units().get(i).conflicts()) {
        lines.add(
            "- [Sentence "
                + (i + 1)
                + "](#s"
                + (i + 1)
                + "), "
                + c.kind().label()
                + ": "
                + values(c, names)
                + ".");
      }
    }
    if (lines.isEmpty()) return;
    out.print(
        "## Outlets disagree ("
            + lines.size()
            + (lines.size() == 1 ? " place" : " places")
            + ")\n\n");
    for (String l : lines) out.print(l + "\n");
    out.print("\n");
  }

  private static void sources(Brief brief, SourceNames names, PrintWriter out) {
    out.print("## Sources\n\n");
    out.print("| id | name | title | byline | url | date | file |\n");
    out.print("|---|---|---|---|---|---|---|\n");
    for (Article a : brief.sources()) {
      out.print(
          "| "
              + String.join(
                  " | ",
                  a.id(),
                  cell(names.of(a.id())),
                  cell(a.title()),
                  cell(a.byline()),
                  link(a.url()),
                  cell(a.date()),
                  cell(a.path() + (a.index() > 0 ? " #" + a.index() : "")))
              + " |\n");
    }
    out.print("\n");
    for (Article a : brief.sources()) {
      List<String> lines = new ArrayList<>();
      for (Block b : a.blocks()) {
        if (MetadataLines.shown(b.kind())) {
          lines.add(
              "  - "
                  + b.kind().name().toLowerCase(Locale.ROOT)
                  + ": "
                  + escape(a.slice(b.start(), b.end())));
        }
      }
      if (lines.isEmpty()) continue;
      out.print(
          "- "
              + atLineStart(escape(names.of(a.id())))
              + " ("
              + a.id()
              + "), not part of the narrative:\n");
      for (String l : lines) out.print(l + "\n");
    }
  }

  private static String cell(String s) {
    return escape(s).replace("|", "\\|");
  }

  /**
   * A URL cell: an autolink for an http or https URL that holds nothing an autolink cannot (so no
   * other scheme, such as {@code javascript:}, ever becomes a link), else the text escaped.
   */
  private static String link(String url) {
    return SAFE_URL.matcher(url).matches() ? "<" + url + ">" : cell(url);
  }

  private static final Pattern SAFE_URL = Pattern.compile("(?i)https?://[^\\s<>|`\\\\\\p{Cntrl}]+");

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

  private static void escapeText(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r' -> out.append(' ');
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~' -> out.append('\\').append(ch);
        default -> out.append(ch);
      }
    }
  }
}
