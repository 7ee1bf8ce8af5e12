package org.newsmerge.ingest;

import static org.newsmerge.ingest.LineShape.endsSentence;
import static org.newsmerge.ingest.LineShape.letterWords;
import static org.newsmerge.ingest.LineShape.mostlyArabic;
import static org.newsmerge.ingest.LineShape.scriptCounts;
import static org.newsmerge.ingest.LineShape.words;
import static org.newsmerge.ingest.LineShape.wordsAtMost;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmerge.model.Block;
import org.newsmerge.model.Block.Kind;

/**
 * Decides what each line or paragraph of an article is, so that only narrative is later split into
 * sentences and compared. All rules are here; each is a small static method. Pure and thread-safe.
 *
 * <p>The order matters: a reader's own knowledge (front matter, HTML headings) is kept; then the
 * lines that announce themselves (byline, credit, caption) are marked, because a byline or a
 * caption can be short like a title; then the opening (kicker and title) is decided; then subheads;
 * everything else is narrative.
 */
final class LineClassifier {

  static final int TITLE_MAX_WORDS = 15;
  static final int TITLE_MAX_CHARS = 150;
  static final int KICKER_MAX_WORDS = 2;
  static final int KICKER_MAX_CHARS = 30;
  static final int BYLINE_MAX_WORDS = 10;
  static final int CREDIT_MAX_WORDS = 8;
  static final int CAPTION_MAX_WORDS = 25;
  static final int CAPTION_CREDIT_MAX_WORDS = 4;
  static final int CAPTION_CREDIT_MAX_CHARS = 40;
  static final int SUBHEAD_MAX_WORDS = 8;
  static final int LATIN_CAPTION_MIN_WORDS = 3;
  static final int CONTACT_MAX_WORDS = 4;

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+(.+?)(?:[ \\t]+#+)?$");
  private static final Pattern ARABIC_BYLINE =
      Pattern.compile("^(?:بقلم(?:\\s*[:：]\\s*|\\s+)|كتبت?\\s*[:：]\\s*)(\\S.*)$");
  private static final Pattern LATIN_BYLINE =
      Pattern.compile("^(?:written\\s+)?by(?:\\s*:\\s*|\\s+)(\\S.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern CREDIT =
      Pattern.compile("^(?:المصدر|source|sources)\\s*[:：]\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);

  private LineClassifier() {}

  /**
   * What classification found.
   *
   * @param title text of the first title block, or empty
   * @param byline the name in the first byline, without "By" or "بقلم:", or empty
   * @param credit the outlet named by the first credit line, or empty
   */
  record Result(List<Block> blocks, String title, String byline, String credit) {
    Result {
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * Classifies the segments of {@code text}. A metadata title (front matter, JSON, HTML) replaces
   * the guess from the first line: the first line is then a title only if it says the same.
   */
  static Result classify(String text, List<Segment> given, String metadataTitle) {
    List<Segment> segments = withFurniture(text, given);
    int n = segments.size();
    Kind[] kinds = new Kind[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    boolean[] headings = new boolean[n];
    boolean titleKnown = false;
    for (int i = 0; i < n; i++) {
      Segment s = segments.get(i);
      kinds[i] = s.kind();
      starts[i] = s.start();
      ends[i] = s.end();
      titleKnown |= s.kind() == Kind.TITLE;
      Matcher heading = HEADING.matcher(text.substring(s.start(), s.end()));
      if (s.kind() == null && heading.matches()) {
        headings[i] = true;
        starts[i] = s.start() + heading.start(2);
        ends[i] = s.start() + heading.end(2);
      }
    }
    String[] lines = new String[n];
    for (int i = 0; i < n; i++) lines[i] = text.substring(starts[i], ends[i]);

    boolean arabicArticle = mostlyArabic(text, segments);
    for (int i = 0; i < n; i++) {
      if (kinds[i] == null && !headings[i]) kinds[i] = marker(lines[i], arabicArticle);
    }
    if (!titleKnown) classifyOpening(kinds, lines, headings, metadataTitle);
    boolean[] shortLine = new boolean[n];
    for (int i = 0; i < n; i++) {
      shortLine[i] = kinds[i] == null && !headings[i] && isSubhead(lines[i]);
    }
    for (int i = 0; i < n; i++) {
      if (kinds[i] != null) continue;
      // A subhead stands alone between paragraphs, with text after it; a run of short lines is
      // verse or a list (or a table's rows), which is narrative. Rules between lines, which draw
      // and say nothing, do not part them.
      int before = i - 1;
      while (before >= 0 && kinds[before] == Kind.RULE) before--;
      int after = i + 1;
      while (after < n && kinds[after] == Kind.RULE) after++;
      boolean alone = (before < 0 || !shortLine[before]) && (after >= n || !shortLine[after]);
      boolean subhead = headings[i] || (shortLine[i] && alone && after < n);
      kinds[i] = subhead ? Kind.SUBHEAD : Kind.NARRATIVE;
    }

    List<Block> blocks = new ArrayList<>(n);
    String title = "";
    String byline = "";
    String credit = "";
    for (int i = 0; i < n; i++) {
      blocks.add(new Block(kinds[i], starts[i], ends[i]));
      if (kinds[i] == Kind.TITLE && title.isEmpty()) title = lines[i];
      if (kinds[i] == Kind.BYLINE && byline.isEmpty()) byline = bylineName(lines[i]).orElse("");
      if (kinds[i] == Kind.CREDIT && credit.isEmpty()) credit = creditName(lines[i]).orElse("");
    }
    return new Result(blocks, title, byline, credit);
  }

  /**
   * The segments with wire and site furniture cut off into segments of their own kind (see {@link
   * Furniture}): furniture is recognised before anything else, as a dateline or a tag line is short
   * like a title or a subhead.
   */
  private static List<Segment> withFurniture(String text, List<Segment> segments) {
    List<Segment> out = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      if (s.kind() != null && s.kind() != Kind.NARRATIVE) {
        out.add(s);
        continue;
      }
      List<Furniture.Piece> pieces = Furniture.pieces(text.substring(s.start(), s.end()));
      if (pieces.size() == 1 && pieces.get(0).kind() == null) {
        out.add(s);
        continue;
      }
      for (Furniture.Piece p : pieces) {
        Kind kind = p.kind() == null ? s.kind() : p.kind();
        out.add(new Segment(s.start() + p.start(), s.start() + p.end(), kind));
      }
    }
    return out;
  }

  /** Furniture kinds: metadata that says nothing about where the story opens. */
  static boolean isFurniture(Kind kind) {
    return switch (kind) {
      case MARKER, TIMESTAMP, CODE, TAGS, LINK, REPORTING, DATELINE, RULE, MARKUP -> true;
      default -> false;
    };
  }

  /** Kicker and title among the first lines, if the reader did not already mark a title. */
  private static void classifyOpening(
      Kind[] kinds, String[] lines, boolean[] headings, String metadataTitle) {
    int f = 0;
    while (f < kinds.length
        && kinds[f] != null
        && (kinds[f] == Kind.FRONT_MATTER || isFurniture(kinds[f]))) f++;
    if (f >= kinds.length || kinds[f] != null) return;
    boolean secondFree = f + 1 < kinds.length && kinds[f + 1] == null;
    boolean kickerFirst = !headings[f] && isKicker(lines[f]) && secondFree;
    if (!metadataTitle.isBlank()) {
      if (sameText(lines[f], metadataTitle)) {
        kinds[f] = Kind.TITLE;
      } else if (kickerFirst && sameText(lines[f + 1], metadataTitle)) {
        kinds[f] = Kind.KICKER;
        kinds[f + 1] = Kind.TITLE;
      }
    } else if (headings[f]) {
      kinds[f] = Kind.TITLE;
    } else if (kickerFirst && f + 2 < kinds.length && (headings[f + 1] || isTitle(lines[f + 1]))) {
      kinds[f] = Kind.KICKER;
      kinds[f + 1] = Kind.TITLE;
    } else if (f + 1 < kinds.length && isTitle(lines[f])) {
      kinds[f] = Kind.TITLE;
    }
  }

  /** Byline, credit or caption: lines recognisable on their own, wherever they stand. */
  static Kind marker(String line, boolean arabicArticle) {
    if (bylineName(line).isPresent() || isContact(line)) return Kind.BYLINE;
    if (creditName(line).isPresent()) return Kind.CREDIT;
    if (isCaption(line, arabicArticle)) return Kind.CAPTION;
    return null;
  }

  /** The name in {@code بقلم: ...}, {@code بقلم ...}, {@code كتب: ...}, {@code By ...}. */
  static Optional<String> bylineName(String line) {
    if (!wordsAtMost(line, BYLINE_MAX_WORDS)) return Optional.empty();
    Matcher arabic = ARABIC_BYLINE.matcher(line);
    if (arabic.matches()) return Optional.of(arabic.group(1).strip());
    // "By Tuesday the protests had spread." is a sentence, not a byline.
    Matcher latin = LATIN_BYLINE.matcher(line);
    if (latin.matches() && !endsSentence(line)) return Optional.of(latin.group(1).strip());
    return Optional.empty();
  }

  /**
   * The e-mail address columnists put under their piece, alone or with a handle: it says who wrote
   * it and must not join unrelated articles by the same writer as shared text.
   */
  static boolean isContact(String line) {
    return wordsAtMost(line, CONTACT_MAX_WORDS) && EMAIL.matcher(line).find();
  }

  /** The outlet in {@code المصدر : الجزيرة} or {@code Source: Reuters}. */
  static Optional<String> creditName(String line) {
    if (!wordsAtMost(line, CREDIT_MAX_WORDS)) return Optional.empty();
    Matcher m = CREDIT.matcher(line);
    if (!m.matches()) return Optional.empty();
    String name = m.group(1).strip();
    while (name.endsWith(".")) name = name.substring(0, name.length() - 1).strip();
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  /**
   * A photo caption: a short line ending in a parenthesised credit such as {@code (رويترز)} or
   * {@code (Getty Images)}, or, in an Arabic article, a line of a few words mostly in Latin script
   * (the English alt text news sites leave next to a photo; a lone URL is not one). A credit holds
   * no digits: {@code (30 عاماً)} is an age and {@code (1)} a footnote.
   */
  static boolean isCaption(String line, boolean arabicArticle) {
    if (!wordsAtMost(line, CAPTION_MAX_WORDS)) return false;
    if (endsWithParenthesisedCredit(line)) return true;
    if (!arabicArticle || letterWords(line) < LATIN_CAPTION_MIN_WORDS) return false;
    int[] scripts = scriptCounts(line);
    return scripts[1] > scripts[0];
  }

  static boolean endsWithParenthesisedCredit(String line) {
    if (!line.endsWith(")")) return false;
    int open = line.lastIndexOf('(');
    if (open <= 0) return false;
    String credit = line.substring(open + 1, line.length() - 1).strip();
    return credit.length() <= CAPTION_CREDIT_MAX_CHARS
        && words(credit) >= 1
        && words(credit) <= CAPTION_CREDIT_MAX_WORDS
        && Paragraphs.hasWord(credit, 0, credit.length())
        && credit.chars().noneMatch(Character::isDigit)
        && Paragraphs.hasWord(line, 0, open);
  }

  /** A one- or two-word section label above the title, like {@code خبر}. */
  static boolean isKicker(String line) {
    return !wordsAtMost(line, 0)
        && wordsAtMost(line, KICKER_MAX_WORDS)
        && line.length() <= KICKER_MAX_CHARS
        && !endsSentence(line);
  }

  /** Short enough for a title, and not a one-sentence lede ending in a full stop. */
  static boolean isTitle(String line) {
    boolean fullStop = line.endsWith(".") && !line.endsWith("..");
    return wordsAtMost(line, TITLE_MAX_WORDS) && line.length() <= TITLE_MAX_CHARS && !fullStop;
  }

  /** A short line that does not end a sentence, like {@code أهمية كازاخستان لواشنطن}. */
  static boolean isSubhead(String line) {
    return wordsAtMost(line, SUBHEAD_MAX_WORDS) && !endsSentence(line);
  }

  static boolean isHeading(String line) {
    return HEADING.matcher(line).matches();
  }

  /**
   * Whether {@code a} and {@code b} are the same text once stripped ({@link String#strip}) and with
   * each run of ASCII white space (regex {@code \s}) inside them read as one space. Compared char
   * by char, building nothing: an article's first lines, compared with its title, can be whole
   * paragraphs.
   */
  static boolean sameText(String a, String b) {
    Collapsed x = new Collapsed(a);
    Collapsed y = new Collapsed(b);
    while (true) {
      int c = x.next();
      if (c != y.next()) return false;
      if (c < 0) return true;
    }
  }

  /** The chars of {@code s} as {@link #sameText} reads them, one at a time. */
  private static final class Collapsed {
    private final String s;
    private final int end;
    private int i;

    Collapsed(String s) {
      // The bounds String.strip keeps.
      int lo = 0;
      int hi = s.length();
      while (lo < hi && Character.isWhitespace(s.codePointAt(lo))) {
        lo += Character.charCount(s.codePointAt(lo));
      }
      while (hi > lo && Character.isWhitespace(s.codePointBefore(hi))) {
        hi -= Character.charCount(s.codePointBefore(hi));
      }
      this.s = s;
      this.i = lo;
      this.end = hi;
    }

    /** The next char, -1 at the end. */
    int next() {
      if (i >= end) return -1;
      char c = s.charAt(i);
      if (!asciiSpace(c)) {
        i++;
        return c;
      }
      while (i < end && asciiSpace(s.charAt(i))) i++;
      return ' '; // inside the stripped text, a run of spaces is followed by a char
    }
  }

  private static boolean asciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
