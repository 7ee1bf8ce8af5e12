package org.newsmerge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmerge.model.Block.Kind;

/**
 * Wire-service and site furniture: end and continuation markers, time stamps, desk codes, tag
 * lines, "link to the story" lines, reporting and editing credits, and datelines. It is metadata,
 * never narrative: a line of it is one block of its kind, and furniture glued to a paragraph (a
 * marker at its end, a dateline at its start) is cut off into its own block. Pure and thread-safe.
 *
 * <p>Every rule asks for the full shape, so that a sentence that merely mentions a time ({@code
 * الساعة 00:01 تغ ليل الأحد}) or starts with the word {@code سمات} ("traits") stays narrative.
 */
final class Furniture {

  private static final String D = "[0-9\u0660-\u0669\u06F0-\u06F9]";
  private static final String AR = "[\u0621-\u064A\u0671-\u06D3\u0640]";

  private static final Pattern MARKER = Pattern.compile("//\\s*(?:انتهى|يتبع)\\s*//");
  private static final Pattern TIMESTAMP =
      Pattern.compile(D + "{1,2}:" + D + "{2}\\s*(?:ت\\s*[مغ]|تغ|GMT)?");
  private static final Pattern CODE =
      Pattern.compile("(?:" + AR + "{1,5}-)*" + AR + "{1,5}/" + AR + "{1,5}");
  private static final Pattern TAGS = Pattern.compile("سمات\\s+[^.؟?!:،,]+");

  /** A tag line a site glues to the end of a paragraph, after its last sentence. */
  private static final Pattern GLUED_TAGS =
      Pattern.compile("(?<=[.!?؟»\"”])\\s+(سمات\\s+[^.؟?!:،,]+?)\\s*$");

  /**
   * The start of style sheet or script text: a CSS rule ({@code .box_vote h4 { padding: 0; }}), a
   * jQuery call, a function literal, a {@code document} call.
   */
  private static final Pattern MARKUP =
      Pattern.compile(
          "[#.]?[A-Za-z_][\\w-]*(?:[ \\t>+~,]+[#.]?[A-Za-z_][\\w\\[\\]=-]*){0,4}[ \\t]*\\{[ \\t]*[a-z-]+[ \\t]*:[^{}]{1,400}\\}"
              + "|jQuery\\s*[.(]"
              + "|function(?:\\s+[A-Za-z_$][\\w$]*)?\\s*\\([^)]{0,80}\\)\\s*\\{"
              + "|document\\.(?:write|getElementById|ready)\\s*\\(");

  private static final Pattern LINK =
      Pattern.compile("رابط\\s+(?:الخبر|المقال|الموضوع)\\s*(?:بصحيفة|:).*");

  /** A link line glued to the end of a paragraph, as one site prints it. */
  private static final Pattern LINK_TAIL = Pattern.compile("رابط\\s+(?:الخبر|المقال)\\s+بصحيفة\\s");

  /**
   * A link line that runs on into the linked story, after its "this story follows ..." line and
   * that story's time and date: {@code رابط الخبر بصحيفة الوئام: ... 11:53 م - 25 يوليو 2015}.
   */
  private static final Pattern LINK_HEAD =
      Pattern.compile(
          "رابط\\s+(?:الخبر|المقال)\\s+بصحيفة.{0,300}?"
              + D
              + "{1,2}:"
              + D
              + "{2}\\s*[مص]\\s*[-–]\\s*"
              + D
              + "{1,2}\\s+"
              + AR
              + "+\\s+"
              + D
              + "{4}");

  private static final Pattern REPORTING =
      Pattern.compile(
          "\\(?(?:Additional\\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\\s+by\\s+\\p{Lu}[\\p{L}.'’-]*"
              + "(?:[\\s,;]+(?:\\p{Lu}[\\p{L}.'’-]*|and|in|by|reporting|editing|writing))*[.)]*");

  /** {@code كييف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس}. */
  private static final Pattern SPA_DATELINE =
      Pattern.compile(
          AR
              + "+(?:\\s+"
              + AR
              + "+){0,2}\\s+"
              + D
              + "{1,2}\\s+"
              + AR
              + "+(?:\\s+"
              + AR
              + "+)?\\s+"
              + D
              + "{4}\\s*هـ?\\s+الموافق\\s+"
              + D
              + "{1,2}\\s+"
              + AR
              + "+\\s+"
              + D
              + "{4}\\s*م?\\s+واس");

  /** {@code الرياض - واس}, {@code عين اليوم – واس}, {@code (واس)}. */
  private static final Pattern AGENCY_DATELINE =
      Pattern.compile(
          "(?:Next Previous\\s+)?(?:"
              + AR
              + "+(?:\\s+"
              + AR
              + "+){0,2}\\s*[-–—]\\s*واس|واس\\s*[-–—]\\s*"
              + AR
              + "+(?:\\s+"
              + AR
              + "+){0,2}|\\(واس\\))");

  private Furniture() {}

  /**
   * A piece of a line: {@code [start, end)} relative to the line, and its kind (null: not
   * furniture).
   */
  record Piece(int start, int end, Kind kind) {}

  /** The kind of furniture {@code line} is as a whole, or null. */
  static Kind of(String line) {
    // Cheap tests first: most lines are narrative and share none of the words the rules need.
    if (line.length() > 600) return null;
    boolean was = line.contains("واس");
    if (line.contains("//") && MARKER.matcher(line).matches()) return Kind.MARKER;
    if (line.length() <= 20 && line.indexOf(':') > 0 && TIMESTAMP.matcher(line).matches()) {
      return Kind.TIMESTAMP;
    }
    if (line.length() <= 40 && line.indexOf('/') > 0 && CODE.matcher(line).matches()) {
      return Kind.CODE;
    }
    if (line.startsWith("سمات") && LineShape.words(line) <= 20 && TAGS.matcher(line).matches()) {
      return Kind.TAGS;
    }
    if (line.startsWith("رابط") && LineShape.words(line) <= 30 && LINK.matcher(line).matches()) {
      return Kind.LINK;
    }
    if (line.contains(" by ") && LineShape.words(line) <= 40 && REPORTING.matcher(line).matches()) {
      return Kind.REPORTING;
    }
    if (was && line.contains("الموافق") && SPA_DATELINE.matcher(line).matches()) {
      return Kind.DATELINE;
    }
    if (was && LineShape.words(line) <= 6 && AGENCY_DATELINE.matcher(line).matches()) {
      return Kind.DATELINE;
    }
    return null;
  }

  /**
   * The pieces of {@code line}: a leading dateline, the text, and from the first wire marker on,
   * the marker and whatever furniture follows it, each its own piece. A line with no furniture is
   * one piece of kind null.
   */
  /**
   * The pieces of a line that ends in a glued tag line: the paragraph before it, cut as any is, and
   * the tags; null when it does not end in one.
   */
  private static List<Piece> gluedTags(String line) {
    if (!line.contains("سمات")) return null;
    Matcher glued = GLUED_TAGS.matcher(line);
    if (!glued.find() || LineShape.words(glued.group(1)) > 20) return null;
    List<Piece> out = new ArrayList<>(pieces(line.substring(0, glued.start())));
    out.add(new Piece(glued.start(1), glued.end(1), Kind.TAGS));
    return out;
  }

  /**
   * The pieces of a line in which style sheet or script text starts: what comes before it, cut as
   * any line is, and the markup to the end of the line; null when it holds none.
   */
  private static List<Piece> markup(String line) {
    boolean may =
        line.indexOf('{') >= 0
            || line.contains("jQuery")
            || line.contains("function")
            || line.contains("document.");
    if (!may) return null;
    Matcher m = MARKUP.matcher(line);
    if (!m.find()) return null;
    List<Piece> out = new ArrayList<>();
    int end = m.start();
    while (end > 0 && Paragraphs.isSpace(line.charAt(end - 1))) end--;
    if (end > 0) out.addAll(pieces(line.substring(0, end)));
    out.add(new Piece(m.start(), line.length(), Kind.MARKUP));
    return out;
  }

  static List<Piece> pieces(String line) {
    List<Piece> out = new ArrayList<>();
    Kind whole = of(line);
    if (whole != null) {
      out.add(new Piece(0, line.length(), whole));
      return out;
    }
    List<Piece> markup = markup(line);
    if (markup != null) return markup;
    List<Piece> tagged = gluedTags(line);
    if (tagged != null) return tagged;
    int from = 0;
    int to = line.length();
    boolean link = line.contains("رابط");
    boolean wire = line.contains("//");
    if (!link && !wire && !line.contains("الموافق")) {
      out.add(new Piece(0, line.length(), null));
      return out;
    }
    Matcher head = SPA_DATELINE.matcher(line);
    Matcher linkHead = LINK_HEAD.matcher(line);
    if (line.contains("الموافق") && head.lookingAt()) {
      out.add(new Piece(0, head.end(), Kind.DATELINE));
      from = head.end();
    } else if (link && linkHead.lookingAt()) {
      out.add(new Piece(0, linkHead.end(), Kind.LINK));
      from = linkHead.end();
    }
    Matcher marker = MARKER.matcher(line);
    List<Piece> tail = new ArrayList<>();
    Matcher linkTail = LINK_TAIL.matcher(line);
    if (link && linkTail.find(from) && linkTail.start() > from) {
      int end = wire && marker.find(linkTail.start()) ? marker.start() : line.length();
      while (end > linkTail.start() && Paragraphs.isSpace(line.charAt(end - 1))) end--;
      if (LineShape.words(line.substring(linkTail.start(), end)) <= 30) {
        tail.add(new Piece(linkTail.start(), end, Kind.LINK));
        to = linkTail.start();
        marker.reset();
      }
    }
    if (wire && marker.find(Math.max(from, tail.isEmpty() ? from : tail.get(0).end()))) {
      to = Math.min(to, marker.start());
      to = marker.start();
      tail.add(new Piece(marker.start(), marker.end(), Kind.MARKER));
      int at = marker.end();
      while (at < line.length()) {
        int s = skipSpace(line, at);
        if (s >= line.length()) break;
        Matcher next = MARKER.matcher(line);
        int e = next.find(s) ? next.start() : line.length();
        if (e == s) {
          tail.add(new Piece(s, next.end(), Kind.MARKER));
          at = next.end();
          continue;
        }
        String rest = line.substring(s, e).strip();
        Kind k = of(rest);
        tail.add(new Piece(s, s + rest.length(), k));
        at = e;
      }
    }
    int s = skipSpace(line, from);
    int e = to;
    while (e > s && Paragraphs.isSpace(line.charAt(e - 1))) e--;
    if (e > s) out.add(new Piece(s, e, null));
    out.addAll(tail);
    return out;
  }

  private static int skipSpace(String line, int at) {
    while (at < line.length() && Paragraphs.isSpace(line.charAt(at))) at++;
    return at;
  }
}
