package org.newsmerge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkdownEscapeTest {

  /** The escaping rule char by char, as {@link BriefMarkdown#escape} must apply it. */
  private static String byChar(String s) {
    StringBuilder out = new StringBuilder();
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r' -> out.append(' ');
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~' -> out.append('\\').append(ch);
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  @Test
  void runsOfPlainTextAndEveryMarkAreEscapedAsCharByChar() {
    String alphabet = "ab ك١<>&\n\r\\`*_[]#|~.,!()-{}\"'";
    Random random = new Random(7);
    for (int n = 0; n < 5000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--)
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      assertThat(BriefMarkdown.escape(s.toString())).isEqualTo(byChar(s.toString()));
    }
    assertThat(BriefMarkdown.escape("")).isEmpty();
    assertThat(BriefMarkdown.escape("قال «نعم» *اليوم*")).isEqualTo("قال «نعم» \\*اليوم\\*");
  }
}
