package org.newsmerge.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newsmerge.model.Block;

/**
 * Cuts plain text into {@link Segment}s: one per non-blank line, trimmed, except that a soft wrap
 * joins lines into one narrative paragraph. Lines without a letter or digit separate paragraphs
 * like blank lines; those that draw a rule ({@code ***}, a Markdown table's delimiter row {@code
 * |---|:--|}) are a segment of kind {@link Block.Kind#RULE}, so that the text they hold is
 * accounted for as metadata; the others (a lone {@code .}, marks) get no segment. Pure and
 * thread-safe.
 */
final class Paragraphs {

  /** Drawing characters only, three or more, one of them a line: a rule, a table's delimiter. */
  private static final java.util.regex.Pattern RULE =
      java.util.regex.Pattern.compile("(?=.{3})[-=_*~|:+ \\t]*[-=_*~][-=_*~|:+ \\t]*");

  private Paragraphs() {}

  /** Segments of the lines of {@code text} from offset {@code from} on. */
  static List<Segment> split(String text, int from) {
    List<Segment> segments = new ArrayList<>();
    Segment previous = null;
    int width = wrapWidth(text, from);
    int previousLine = 0;
    int pos = from;
    while (pos < text.length()) {
      int lineEnd = lineEnd(text, pos);
      int start = trimStart(text, pos, lineEnd);
      int end = trimEnd(text, start, lineEnd);
      if (!hasWord(text, start, end)) {
        previous = null;
        if (RULE.matcher(text).region(start, end).matches()) {
          segments.add(new Segment(start, end, Block.Kind.RULE));
        }
      } else if (previous != null && softWrap(text, previous, start, previousLine, width)) {
        previous = new Segment(previous.start(), end, Block.Kind.NARRATIVE);
        segments.set(segments.size() - 1, previous);
      } else {
        previous = new Segment(start, end, null);
        segments.add(previous);
      }
      previousLine = hasWord(text, start, end) ? end - start : 0;
      pos = nextLine(text, lineEnd);
    }
    return segments;
  }

  /**
   * A line continues the previous one when the previous did not end a sentence, is no heading, and
   * either this line starts with a lower-case Latin letter, or the previous line filled the text's
   * wrap width (it is at least {@link #MIN_WRAPPED} characters long and near the longest line) and
   * this one starts with a letter of any script: text hard-wrapped at a fixed width, in any
   * language. Short lines (names in a list, titles, bylines) and lines after a blank line never
   * join.
   */
  private static boolean softWrap(
      String text, Segment previous, int start, int previousLine, int width) {
    int first = text.codePointAt(start);
    boolean lowerLatin =
        Character.isLowerCase(first)
            && Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN;
    boolean filled =
        Character.isLetter(first) && previousLine >= MIN_WRAPPED && previousLine >= width;
    if (!lowerLatin && !filled) return false;
    // Only the previous segment's last character and, while it is one line, the line itself
    // decide: looking at the whole paragraph joined so far would make a long wrap quadratic.
    if (LineShape.endsSentence(text.substring(previous.end() - 1, previous.end()))) return false;
    boolean joined = previous.kind() == Block.Kind.NARRATIVE;
    return joined || !LineClassifier.isHeading(text.substring(previous.start(), previous.end()));
  }

  /** Shortest line that can be a wrapped line of running text. */
  static final int MIN_WRAPPED = 40;

  /**
   * The length from which a line counts as filling the wrap width: four fifths of the longest line
   * from {@code from} on. In text with one paragraph per line the longest line is far longer than
   * most, so almost no line reaches it.
   */
  static int wrapWidth(String text, int from) {
    int longest = 0;
    int pos = from;
    while (pos < text.length()) {
      int lineEnd = lineEnd(text, pos);
      int start = trimStart(text, pos, lineEnd);
      longest = Math.max(longest, trimEnd(text, start, lineEnd) - start);
      pos = nextLine(text, lineEnd);
    }
    return longest * 4 / 5;
  }

  /** Offset of the line break ending the line that starts at {@code pos}, or the text length. */
  static int lineEnd(String text, int pos) {
    int i = pos;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
    return i;
  }

  /** Offset of the line after the line break at {@code lineEnd} (CRLF, LF or CR). */
  static int nextLine(String text, int lineEnd) {
    if (lineEnd >= text.length()) return text.length();
    if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()) {
      return text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
    }
    return lineEnd + 1;
  }

  static int trimStart(String text, int start, int end) {
    int i = start;
    while (i < end && isSpace(text.charAt(i))) i++;
    return i;
  }

  static int trimEnd(String text, int start, int end) {
    int i = end;
    while (i > start && isSpace(text.charAt(i - 1))) i--;
    return i;
  }

  /**
   * White space, no-break spaces, and the invisible marks (zero-width space, bidi marks, BOM) that
   * pasted Arabic text carries at line ends.
   */
  static boolean isSpace(char c) {
    return (SPACE[c >>> 6] & (1L << c)) != 0;
  }

  /**
   * {@link #isSpace} of every char as a bit: reading asks it of every character of every line
   * several times, and {@link Character#isWhitespace} beyond Latin-1 was a tenth of a batch run.
   */
  private static final long[] SPACE = new long[1 << 10];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || c == '\uFEFF'
          || (c >= '\u200B' && c <= '\u200F')
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) SPACE[c >>> 6] |= 1L << c;
    }
  }

  static boolean hasWord(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) return true;
    }
    return false;
  }
}
