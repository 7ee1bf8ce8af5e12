package org.newsmerge.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Front matter at the start of a text or Markdown file: a first line {@code ---}, {@code key:
 * value} lines, and a closing {@code ---} line. Keys are lower-cased; values are trimmed and lose
 * surrounding quotes. Without a closing line there is no front matter.
 *
 * @param end offset just after the closing {@code ---}
 * @param fields the keys and values, first occurrence wins
 */
record FrontMatter(int end, Map<String, String> fields) {

  private static final String FENCE = "---";

  FrontMatter {
    fields = Map.copyOf(fields);
  }

  String field(String key) {
    return fields.getOrDefault(key, "");
  }

  static Optional<FrontMatter> parse(String text) {
    int firstEnd = Paragraphs.lineEnd(text, 0);
    if (!isFence(text.substring(0, firstEnd))) return Optional.empty();
    Map<String, String> fields = new LinkedHashMap<>();
    int pos = Paragraphs.nextLine(text, firstEnd);
    while (pos < text.length()) {
      int end = Paragraphs.lineEnd(text, pos);
      String line = text.substring(pos, end);
      if (isFence(line)) {
        return Optional.of(new FrontMatter(pos + line.indexOf(FENCE) + FENCE.length(), fields));
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        fields.putIfAbsent(key, unquote(line.substring(colon + 1).strip()));
      }
      pos = Paragraphs.nextLine(text, end);
    }
    return Optional.empty();
  }

  private static boolean isFence(String line) {
    return line.startsWith(FENCE) && line.strip().equals(FENCE);
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if ((first == '"' || first == '\'') && last == first) {
        return value.substring(1, value.length() - 1).strip();
      }
    }
    return value;
  }
}
