package org.newsmerge.cli;

import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters that check an option's value where picocli reads it, so that every bad value is a
 * usage error (exit 2) naming the value and the range allowed, and never reaches a setting as an
 * overflow. Each converter is named for its range, since picocli gives a converter no arguments.
 */
final class OptionValues {

  /** Most days a window may span: a century, far past any archive and far from an overflow. */
  static final int MAX_DAYS = 36_500;

  private OptionValues() {}

  /**
   * The settings a command's options give, or a usage error with the message of the value the
   * settings refused (they check what no single converter can, such as a threshold's range).
   */
  static <T> T settings(CommandLine cli, Supplier<T> settings) {
    try {
      return settings.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
  }

  /** Most worker threads: what a fork-join pool takes. */
  static final int MAX_THREADS = 32_767;

  /** A whole number from {@code min} to {@code max}. */
  private static int whole(String value, int min, int max) {
    String s = value.trim();
    // Digits only, and few enough that a long holds them: the range is checked on the long.
    long n = s.matches("-?\\d{1,18}") ? Long.parseLong(s) : Long.MIN_VALUE;
    if (n < min || n > max) {
      throw new TypeConversionException(
          String.format(Locale.ROOT, "'%s' is not a whole number from %d to %d", value, min, max));
    }
    return (int) n;
  }

  /**
   * A number of days, {@code 3} or {@code 3d}, from 0 to {@link #MAX_DAYS}; {@code or} names the
   * alternative, if any.
   */
  private static int days(String value, String or) {
    String s = value.trim().toLowerCase(Locale.ROOT);
    String digits = s.endsWith("d") ? s.substring(0, s.length() - 1) : s;
    if (!digits.matches("\\d{1,6}") || Integer.parseInt(digits) > MAX_DAYS) {
      throw new TypeConversionException(
          String.format(
              Locale.ROOT,
              "'%s' is not a number of days from 0d to %dd%s (e.g. 3d)",
              value,
              MAX_DAYS,
              or));
    }
    return Integer.parseInt(digits);
  }

  /** At least 0. */
  static final class AtLeastZero implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 0, Integer.MAX_VALUE);
    }
  }

  /** At least 1. */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 1, Integer.MAX_VALUE);
    }
  }

  /** At least 2. */
  static final class AtLeastTwo implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 2, Integer.MAX_VALUE);
    }
  }

  /** A number of worker threads, from 1 to {@link #MAX_THREADS}. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 1, MAX_THREADS);
    }
  }

  /** A number of days, {@code 3} or {@code 3d}, from 0 to {@link #MAX_DAYS}. */
  static final class Days implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return days(value, "");
    }
  }

  /** A number of days as {@link Days}, or {@code none} (no limit), given as -1. */
  static final class DaysOrNone implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (value.trim().equalsIgnoreCase("none")) return -1;
      return days(value, ", or none");
    }
  }
}
