package org.newsmerge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScriptTest {

  /** The rules as the JDK states them, char by char: what the table must agree with. */
  private static boolean rightToLeftByJdk(CharSequence text) {
    int rtl = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!Character.isLetter(ch)) continue;
      letters++;
      byte d = Character.getDirectionality(ch);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT) rtl++;
    }
    return letters > 0 && rtl * 2 > letters;
  }

  private static String languageByJdk(CharSequence text) {
    int arabic = 0;
    int hebrew = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!Character.isLetter(ch)) continue;
      letters++;
      if (ch < 0x0590) continue;
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

  @Test
  void everyCharIsReadAsTheJdkReadsIt() {
    for (int c = 0; c < 1 << 16; c++) {
      String one = String.valueOf((char) c);
      assertThat(Script.rightToLeft(one)).as("U+%04X", c).isEqualTo(rightToLeftByJdk(one));
      assertThat(Script.language(one)).as("U+%04X", c).isEqualTo(languageByJdk(one));
    }
  }

  @Test
  void mixedTextsAreReadAsTheJdkReadsThem() {
    Random random = new Random(1);
    char[][] ranges = {
      {'a', 'z'}, {0x0620, 0x064A}, {0x05D0, 0x05EA}, {'0', '9'}, {0x0640, 0x0640}
    };
    for (int n = 0; n < 2000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        char[] r = ranges[random.nextInt(ranges.length)];
        s.append((char) (r[0] + random.nextInt(r[1] - r[0] + 1)));
        if (random.nextInt(5) == 0) s.append(' ');
      }
      assertThat(Script.rightToLeft(s)).as(s.toString()).isEqualTo(rightToLeftByJdk(s));
      assertThat(Script.language(s)).as(s.toString()).isEqualTo(languageByJdk(s));
    }
    assertThat(Script.language("الخبر")).isEqualTo("ar");
    assertThat(Script.language("שלום")).isEqualTo("he");
    assertThat(Script.language("news")).isEqualTo("und");
    assertThat(Script.rightToLeft("الخبر news")).isTrue();
  }
}
