package org.newsmerge.model;

import java.io.Serializable;
import java.util.Objects;

/** An input that could not be read, with the reason in words an editor understands. */
public record Rejected(String path, String reason) implements Serializable {
  public Rejected {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  /** The one line printed on stderr: {@code <path>: <reason>}, escaped as {@link #line}. */
  public String message() {
    return line(path, reason);
  }

  /** The warning line for an article that was read after a repair: {@code <path>: warning: ...}. */
  public static String warning(String path, String repairs) {
    return line(path, "warning: " + repairs);
  }

  /**
   * {@code <path>: <reason>} as one line whatever the two hold: a backslash, a control character, a
   * line or paragraph separator or a lone surrogate is written as an escape ({@code \n}, {@code
   * \\}, {@code \u2028}), so that a file named {@code "a\nb.txt: fine"} cannot forge a second line.
   */
  public static String line(String path, String reason) {
    return printable(path) + ": " + printable(reason);
  }

  private static String printable(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape = escape(s, i);
      if (escape == null) {
        if (out != null) out.append(c);
        continue;
      }
      if (out == null) out = new StringBuilder(s.length() + 8).append(s, 0, i);
      out.append(escape);
    }
    return out == null ? s : out.toString();
  }

  /** The escape for the char at {@code i}, or null if it prints as it is. */
  private static String escape(String s, int i) {
    char c = s.charAt(i);
    switch (c) {
      case '\\':
        return "\\\\";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    boolean pairStart =
        Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1));
    boolean pairEnd =
        Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    if (pairStart || pairEnd) return null;
    if (c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || Character.isSurrogate(c)) {
      return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
    }
    return null;
  }
}
