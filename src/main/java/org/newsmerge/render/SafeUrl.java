package org.newsmerge.render;

import java.util.regex.Pattern;

/**
 * URLs a brief may turn into links: http and https only (never {@code javascript:}, {@code data:}
 * or any other scheme), with nothing in them that could end a Markdown link or an HTML attribute.
 */
final class SafeUrl {
  private SafeUrl() {}

  private static final Pattern SAFE = Pattern.compile("(?i)https?://[^\\s<>|`\\\\\"'\\p{Cntrl}]+");

  static boolean is(String url) {
    return SAFE.matcher(url).matches();
  }
}
