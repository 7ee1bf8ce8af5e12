package org.newsmerge.ingest;

/**
 * Repairs text that decoded but cannot be written out as it is, by one rule that keeps every offset
 * valid: a lone surrogate (half of a pair, as a JSON escape such as {@code \ud800} can give)
 * becomes U+FFFD, the replacement character; a control character other than tab, line feed, form
 * feed and carriage return (NUL among them) becomes a space. Both replace one char with one char.
 * Pure and thread-safe.
 */
final class TextRepair {

  private TextRepair() {}

  /** Counts of what a repair changed; adds up over the fields of one article. */
  static final class Count {
    private int surrogates;
    private int controls;

    boolean any() {
      return surrogates + controls > 0;
    }

    /** In words, for the warning: {@code 1 lone surrogate replaced by U+FFFD}. */
    String describe() {
      StringBuilder s = new StringBuilder();
      if (surrogates > 0) {
        s.append(surrogates)
            .append(surrogates == 1 ? " lone surrogate" : " lone surrogates")
            .append(" replaced by U+FFFD");
      }
      if (controls > 0) {
        if (s.length() > 0) s.append(", ");
        s.append(controls)
            .append(controls == 1 ? " control character" : " control characters")
            .append(" replaced by a space");
      }
      return s.toString();
    }
  }

  /** {@code text} repaired, counting into {@code count}; the same instance when nothing changed. */
  static String repair(String text, Count count) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char replacement;
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a well-formed pair
        continue;
      } else if (Character.isSurrogate(c)) {
        replacement = '\uFFFD';
        count.surrogates++;
      } else if (isControl(c)) {
        replacement = ' ';
        count.controls++;
      } else {
        continue;
      }
      if (chars == null) chars = text.toCharArray();
      chars[i] = replacement;
    }
    return chars == null ? text : new String(chars);
  }

  /** C0 controls but layout, DEL, and the C1 controls. */
  static boolean isControl(char c) {
    boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f';
    return (c < 0x20 && !layout) || (c >= 0x7F && c <= 0x9F);
  }
}
