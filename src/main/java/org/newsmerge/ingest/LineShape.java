package org.newsmerge.ingest;

import java.util.List;
import org.newsmerge.model.Block.Kind;

/** Measures of a line that the classification rules are written in. Pure and thread-safe. */
final class LineShape {

  /** Characters that end a sentence, including closing quotes and a colon before a list. */
  static final String SENTENCE_END = ".!?\u061F\u2026:\"\u00BB\u201D\u06D4";

  private LineShape() {}

  static boolean endsSentence(String line) {
    return !line.isEmpty() && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  static int words(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = Paragraphs.isSpace(line.charAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    return words;
  }

  /**
   * Whether {@code line} has at most {@code max} words: {@code words(line) <= max}, read only as
   * far as it takes. The rules ask it of every line, paragraphs of hundreds of words included.
   */
  static boolean wordsAtMost(String line, int max) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = Paragraphs.isSpace(line.charAt(i));
      if (!space && !inWord && ++words > max) return false;
      inWord = !space;
    }
    return true;
  }

  /** Words holding a letter: {@code 88591 - Stc} has one. */
  static int letterWords(String line) {
    int words = 0;
    boolean counted = false; // the current word already holds a letter
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Paragraphs.isSpace(c)) {
        counted = false;
      } else if (!counted && Character.isLetter(c)) {
        words++;
        counted = true;
      }
    }
    return words;
  }

  static boolean mostlyArabic(String text, List<Segment> segments) {
    int arabic = 0;
    int latin = 0;
    for (Segment s : segments) {
      if (s.kind() == Kind.FRONT_MATTER) continue;
      int[] scripts = scriptCounts(text, s.start(), s.end());
      arabic += scripts[0];
      latin += scripts[1];
    }
    return arabic > latin;
  }

  /** Arabic and Latin letters in {@code s}. */
  static int[] scriptCounts(String s) {
    return scriptCounts(s, 0, s.length());
  }

  /** {@link #script} of every char of the Basic Multilingual Plane that is no surrogate. */
  private static final byte[] BMP_SCRIPT = new byte[0x10000];

  static {
    for (int c = 0; c < BMP_SCRIPT.length; c++) {
      if (!Character.isSurrogate((char) c)) BMP_SCRIPT[c] = (byte) script(c);
    }
  }

  /** Arabic and Latin letters in {@code s[from, to)}. */
  static int[] scriptCounts(String s, int from, int to) {
    int[] counts = new int[3];
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isSurrogate(c)) {
        counts[BMP_SCRIPT[c]]++; // a table lookup per char: this reads every line of the input
        continue;
      }
      // A pair: code points beyond the BMP. A lone surrogate is no letter.
      if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        counts[script(s.codePointAt(i))]++;
        i++;
      }
    }
    return new int[] {counts[1], counts[2]};
  }

  /** 1 for an Arabic letter, 2 for a Latin one, else 0. */
  static int script(int cp) {
    if (cp < 0x80) {
      // ASCII, the common case in Latin text: a letter is Latin, anything else neither.
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? 2 : 0;
    }
    if (!Character.isLetter(cp)) return 0;
    // The Arabic and Latin blocks without UnicodeScript's binary search.
    if (cp >= 0x0600 && cp <= 0x06FF && cp != 0x0640) return 1; // tatweel is of no script
    if (cp >= 0x00C0 && cp <= 0x024F) return 2;
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.ARABIC) return 1;
    return script == Character.UnicodeScript.LATIN ? 2 : 0;
  }
}
