package org.newsmerge.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article was published, as far as its date says: the first {@code yyyy-mm-dd} in it (not
 * part of a longer number: {@code 19999-01-01} says no day), optionally with a time ({@code
 * 2015-07-21 02:51:32}, {@code 2015-07-21T02:51Z}), else the whole date as RFC 1123 ({@code Tue, 21
 * Jul 2015 02:51:32 GMT}, the format of RSS feeds and HTTP; a weekday that does not match the day
 * is passed over, the day taken as written). A zone or offset, where given, is ignored: the clock
 * time is taken as written, since the articles of one story come from one archive's clock. Pure and
 * thread-safe.
 */
public final class Dates {

  /** The day of a date that says none. */
  public static final long UNKNOWN_DAY = Long.MIN_VALUE;

  /** The second of a date that says none: after every known one, so undated articles come last. */
  public static final long UNKNOWN_SECOND = Long.MAX_VALUE;

  /** What a date is expected to look like, for a warning about one that is not read. */
  public static final String EXPECTED = "yyyy-mm-dd or RFC 1123";

  private static final Pattern ISO =
      Pattern.compile(
          "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");

  /** The weekday an RFC 1123 date may open with, which the day's numbers make redundant. */
  private static final Pattern WEEKDAY = Pattern.compile("\\s*([A-Za-z]{3}),\\s*");

  private Dates() {}

  /** The epoch day of {@code date}, or {@link #UNKNOWN_DAY}. */
  public static long day(String date) {
    Matcher m = ISO.matcher(date);
    if (m.find()) {
      try {
        return LocalDate.of(number(m, 1), number(m, 2), number(m, 3)).toEpochDay();
      } catch (DateTimeException e) {
        return UNKNOWN_DAY;
      }
    }
    LocalDateTime t = rfc1123(date);
    return t == null ? UNKNOWN_DAY : t.toLocalDate().toEpochDay();
  }

  /** Seconds since the epoch of the date and time in {@code date}, or {@link #UNKNOWN_SECOND}. */
  public static long second(String date) {
    Matcher m = ISO.matcher(date);
    if (m.find()) {
      try {
        return LocalDateTime.of(
                number(m, 1),
                number(m, 2),
                number(m, 3),
                m.group(4) == null ? 0 : number(m, 4),
                m.group(5) == null ? 0 : number(m, 5),
                m.group(6) == null ? 0 : number(m, 6))
            .toEpochSecond(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        return UNKNOWN_SECOND;
      }
    }
    LocalDateTime t = rfc1123(date);
    return t == null ? UNKNOWN_SECOND : t.toEpochSecond(ZoneOffset.UTC);
  }

  /** Whether {@code date} is blank (no date given) or tells a day. */
  public static boolean readable(String date) {
    return date.isBlank() || day(date) != UNKNOWN_DAY;
  }

  /**
   * What a reader of {@code date} should be told, or null when it is blank or read whole: a date
   * with no day ({@code the article is undated}), a time that cannot be ({@code 25:99}: the day is
   * kept, the article not counted as first to publish), or an RFC 1123 weekday that is not the
   * day's. {@code shown} is how the message quotes the date.
   */
  public static String problem(String date, String shown) {
    if (date.isBlank()) return null;
    if (day(date) == UNKNOWN_DAY) {
      return "date '" + shown + "' not read (" + EXPECTED + " expected): the article is undated";
    }
    if (second(date) == UNKNOWN_SECOND) {
      return "date '"
          + shown
          + "': time not read (hh:mm or hh:mm:ss expected): the article keeps its day but is not"
          + " counted as first to publish";
    }
    Matcher w = WEEKDAY.matcher(date);
    if (!ISO.matcher(date).find() && w.lookingAt()) {
      LocalDateTime t = rfc1123(date);
      String given = w.group(1);
      String actual =
          t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT);
      if (!given.equalsIgnoreCase(actual)) {
        return "date '"
            + shown
            + "': "
            + given
            + " is not the weekday of "
            + t.toLocalDate()
            + " (a "
            + actual
            + "): the day is taken as written";
      }
    }
    return null;
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** The clock time an RFC 1123 date states, or null. */
  private static LocalDateTime rfc1123(String date) {
    String d = date.strip();
    // A cheap test first: the shortest RFC 1123 date (1 Jan 2015 00:00 GMT) has 20 characters,
    // and every one a colon in its time.
    if (d.length() < 20 || d.indexOf(':') < 0) return null;
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.parse(d, LocalDateTime::from);
    } catch (DateTimeException e) {
      // A weekday that is not the day's: the numbers say the day (RFC 1123's weekday is optional).
      Matcher w = WEEKDAY.matcher(d);
      if (!w.lookingAt()) return null;
      try {
        return DateTimeFormatter.RFC_1123_DATE_TIME.parse(
            d.substring(w.end()), LocalDateTime::from);
      } catch (DateTimeException again) {
        return null;
      }
    }
  }
}
