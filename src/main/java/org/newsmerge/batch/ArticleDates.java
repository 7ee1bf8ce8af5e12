package org.newsmerge.batch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Days of article dates given as text: the first {@code yyyy-mm-dd} in the text, if any. */
public final class ArticleDates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  public static final long UNKNOWN = Long.MIN_VALUE;

  private ArticleDates() {}

  /** Epoch day of the date, or {@link #UNKNOWN}. */
  public static long epochDay(String date) {
    Matcher m = ISO.matcher(date);
    if (!m.find()) return UNKNOWN;
    try {
      return LocalDate.parse(m.group()).toEpochDay();
    } catch (DateTimeParseException e) {
      return UNKNOWN;
    }
  }
}
