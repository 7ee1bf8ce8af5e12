package org.newsmerge.render;

import java.util.List;
import org.newsmerge.model.Article;

/** Language and direction of text, from the letters it uses. */
final class Script {

  private static final byte LETTER = 1;
  private static final byte RIGHT_TO_LEFT = 2;
  private static final byte ARABIC = 4;
  private static final byte HEBREW = 8;

  /**
   * What each UTF-16 unit is, as the rules below read it, worked out once: these scans run over
   * every sentence of every brief, and {@link Character.UnicodeScript#of} is a binary search over
   * all of Unicode.
   */
  private static final byte[] KIND = new byte[1 << 16];

  static {
    for (int c = 0; c < KIND.length; c++) {
      char ch = (char) c;
      if (!Character.isLetter(ch)) continue;
      byte kind = LETTER;
      byte d = Character.getDirectionality(ch);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT) kind |= RIGHT_TO_LEFT;
      if (ch >= 0x0590 && ch <= 0x05FF) kind |= HEBREW;
      else if (ch >= 0x0600 && ch <= 0x06FF) {
        if (ch != 0x0640) kind |= ARABIC;
      } else if (ch > 0x06FF) {
        Character.UnicodeScript s = Character.UnicodeScript.of(ch);
        if (s == Character.UnicodeScript.ARABIC) kind |= ARABIC;
        if (s == Character.UnicodeScript.HEBREW) kind |= HEBREW;
      }
      KIND[c] = kind;
    }
  }

  private Script() {}

  /** Whether most letters of {@code text} are Arabic (or another right-to-left script). */
  static boolean rightToLeft(CharSequence text) {
    return rightToLeft(List.of(text.toString()));
  }

  /** {@link #rightToLeft(CharSequence)} of the texts one after another, as if joined by spaces. */
  static boolean rightToLeft(Iterable<String> texts) {
    int[] n = counts(texts);
    return n[0] > 0 && n[1] * 2 > n[0];
  }

  /**
   * A BCP 47 tag guessed from the script: {@code ar}, {@code he}, or {@code und} (undetermined).
   * The Hebrew block counts as Hebrew and the Arabic block (less the tatweel) as Arabic; other
   * letters by their Unicode script.
   */
  static String language(CharSequence text) {
    return language(List.of(text.toString()));
  }

  /** {@link #language(CharSequence)} of the texts one after another, as if joined by spaces. */
  static String language(Iterable<String> texts) {
    int[] n = counts(texts);
    if (n[2] * 2 > n[0]) return "ar";
    if (n[3] * 2 > n[0]) return "he";
    return "und";
  }

  /** The letters of {@code texts}, then those right to left, Arabic and Hebrew, in one pass. */
  private static int[] counts(Iterable<String> texts) {
    int[] n = new int[4];
    for (String text : texts) {
      for (int i = 0, end = text.length(); i < end; i++) {
        byte kind = KIND[text.charAt(i)];
        if (kind == 0) continue;
        n[0]++;
        if ((kind & RIGHT_TO_LEFT) != 0) n[1]++;
        if ((kind & ARABIC) != 0) n[2]++;
        if ((kind & HEBREW) != 0) n[3]++;
      }
    }
    return n;
  }

  static String language(Article a) {
    return language(a.text());
  }
}
