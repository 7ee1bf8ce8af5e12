package org.newsmerge.merge;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article was published, as far as its date says: {@code yyyy-mm-dd}, optionally with a
 * time ({@code 2015-07-21 02:51:32}, {@code 2015-07-21T02:51Z}), read as seconds for ordering. A
 * zone, where given, is ignored: the articles of one story come from one archive's clock.
 */
final class Published {
  static final long UNKNOWN = Long.MAX_VALUE;

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");

  private Published() {}

  /** Seconds since the epoch of the date and time in {@code date}, or {@link #UNKNOWN}. */
  static long at(String date) {
    Matcher m = DATE.matcher(date);
    if (!m.find()) return UNKNOWN;
    try {
      LocalDateTime t =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
              m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return t.toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return UNKNOWN;
    }
  }
}
