package org.newsmerge.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A number read as a value from original text: its span {@code [start, end)}, the amounts it may
 * mean (one, or two where the writing is ambiguous: {@code 9.599} is 9599 or 9.599), the unit it
 * names ({@code %}, {@code km}, a currency; empty when none is named), and for a date its calendar
 * and fields. {@code tolerance} is half a unit of the last digit written ({@code 13.8 مليون}:
 * 50,000), so that a value and its rounding ({@code 13,809,879}) compare equal.
 *
 * <p>Two figures {@link #compare compare} equal when some amount of one is an amount of the other
 * and their units, where both name one, agree; dates compare as days, a Hijri and a Gregorian date
 * of the same day (within one day, the span by which sighting and the Umm al-Qura tables differ)
 * being equal.
 */
public record Figure(
    int start, int end, double[] amounts, double tolerance, String unit, Date date) {

  /** A calendar date; {@code year} 0 when the text names none. */
  public record Date(Calendar calendar, int year, int month, int day) {}

  /** The calendar a date or year is written in. */
  public enum Calendar {
    GREGORIAN,
    HIJRI
  }

  /** How two figures compare. */
  public enum Comparison {
    EQUAL,
    DIFFERENT,
    /** Not comparable (a date against a plain number, two dates without a year to convert). */
    UNKNOWN
  }

  public Figure {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad figure span [" + start + ", " + end + ")");
    }
    amounts = amounts.clone();
    if (!(tolerance >= 0))
      throw new IllegalArgumentException("tolerance (" + tolerance + ") must be >= 0");
    Objects.requireNonNull(unit, "unit");
  }

  @Override
  public double[] amounts() {
    return amounts.clone();
  }

  /** The original text of this figure in {@code text}, the text it was read from. */
  public String in(String text) {
    return text.substring(start, end);
  }

  public Comparison compare(Figure other) {
    if ((date == null) != (other.date == null)) return Comparison.UNKNOWN;
    if (date != null) return compareDates(date, other.date);
    if (!unit.isEmpty() && !other.unit.isEmpty() && !unit.equals(other.unit)) {
      return Comparison.DIFFERENT;
    }
    double slack = Math.max(tolerance, other.tolerance);
    for (double a : amounts) {
      for (double b : other.amounts) {
        if (Math.abs(a - b) <= slack + 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
          return Comparison.EQUAL;
        }
      }
    }
    return Comparison.DIFFERENT;
  }

  private static Comparison compareDates(Date a, Date b) {
    if (a.calendar() == b.calendar()) {
      boolean same =
          a.month() == b.month()
              && a.day() == b.day()
              && (a.year() == 0 || b.year() == 0 || a.year() == b.year());
      return same ? Comparison.EQUAL : Comparison.DIFFERENT;
    }
    Date hijri = a.calendar() == Calendar.HIJRI ? a : b;
    Date greg = a.calendar() == Calendar.HIJRI ? b : a;
    if (greg.year() == 0 && hijri.year() == 0) return Comparison.UNKNOWN;
    if (greg.year() != 0) {
      long g = gregorian(greg);
      if (g == Long.MIN_VALUE) return Comparison.UNKNOWN;
      // Without a Hijri year, the Hijri years that overlap the Gregorian one are tried.
      int[] years =
          hijri.year() != 0
              ? new int[] {hijri.year()}
              : new int[] {
                hijriYear(greg.year()) - 1, hijriYear(greg.year()), hijriYear(greg.year()) + 1
              };
      boolean any = false;
      for (int y : years) {
        long h = hijri(new Date(Calendar.HIJRI, y, hijri.month(), hijri.day()));
        if (h == Long.MIN_VALUE) continue;
        any = true;
        if (Math.abs(h - g) <= 1) return Comparison.EQUAL;
      }
      return any ? Comparison.DIFFERENT : Comparison.UNKNOWN;
    }
    return Comparison.UNKNOWN;
  }

  private static int hijriYear(int gregorianYear) {
    return (int) Math.round((gregorianYear - 622) * 33.0 / 32.0);
  }

  private static long gregorian(Date d) {
    try {
      return LocalDate.of(d.year(), d.month(), d.day()).toEpochDay();
    } catch (DateTimeException e) {
      return Long.MIN_VALUE;
    }
  }

  private static long hijri(Date d) {
    try {
      return HijrahDate.of(d.year(), d.month(), d.day()).toEpochDay();
    } catch (DateTimeException e) {
      return Long.MIN_VALUE;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Figure f
        && f.start == start
        && f.end == end
        && Arrays.equals(f.amounts, amounts)
        && f.tolerance == tolerance
        && f.unit.equals(unit)
        && Objects.equals(f.date, date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, Arrays.hashCode(amounts), tolerance, unit, date);
  }

  @Override
  public String toString() {
    return "Figure["
        + start
        + ", "
        + end
        + ", "
        + Arrays.toString(amounts)
        + " "
        + unit
        + (date == null ? "" : " " + date)
        + "]";
  }
}
