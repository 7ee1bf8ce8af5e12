package org.newsmerge.render;

import org.newsmerge.model.Article;

/** Language and direction of text, from the letters it uses. */
final class Script {

  private Script() {}

  /** Whether most letters of {@code text} are Arabic (or another right-to-left script). */
  static boolean rightToLeft(CharSequence text) {
    int rtl = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!Character.isLetter(ch)) continue;
      letters++;
      byte d = Character.getDirectionality(ch);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT) {
        rtl++;
      }
    }
    return letters > 0 && rtl * 2 > letters;
  }

  /**
   * A BCP 47 tag guessed from the script: {@code ar}, {@code he}, or {@code und} (undetermined).
   */
  static String language(CharSequence text) {
    int arabic = 0;
    int hebrew = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!Character.isLetter(ch)) continue;
      letters++;
      // The common blocks first: UnicodeScript.of is a binary search over all of Unicode.
      if (ch < 0x0590) continue; // Latin, Greek, Cyrillic ...
      if (ch <= 0x05FF) {
        hebrew++;
        continue;
      }
      if (ch <= 0x06FF && ch != 0x0640) {
        arabic++;
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(ch);
      if (s == Character.UnicodeScript.ARABIC) arabic++;
      if (s == Character.UnicodeScript.HEBREW) hebrew++;
    }
    if (arabic * 2 > letters) return "ar";
    if (hebrew * 2 > letters) return "he";
    return "und";
  }

  static String language(Article a) {
    return language(a.text());
  }
}
