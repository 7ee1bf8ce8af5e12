package org.newsmerge.render;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.newsmerge.model.Dates;

/**
 * The words a brief or the index puts around article text (headings, labels, the summary), in one
 * interface language, from the {@code interface} resource bundles of this package; numbers and
 * dates formatted for that language. English is the fallback for a key a language lacks. Never
 * depends on the machine's default locale: bundles are looked up without falling back to it, and
 * every format is built for the bundle's own locale. Immutable and thread-safe.
 */
public final class InterfaceText {

  /** The interface languages there are bundles for, as {@code --lang} takes them. */
  public static final List<String> LANGUAGES = List.of("en", "ar");

  /** {@code --lang} value that picks the language of the articles. */
  public static final String AUTO = "auto";

  private static final String BUNDLE = "org.newsmerge.render.interface";

  private static final ResourceBundle.Control NO_DEFAULT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String language;
  private final Locale locale;
  private final ResourceBundle bundle;

  // Formats are not thread-safe and costly to build; each thread keeps its own, built once.
  private final ThreadLocal<NumberFormat> integers;
  private final ThreadLocal<java.util.Map<String, MessageFormat>> patterns =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /** Each thread's decimal formats, by the number of decimals they write. */
  private final ThreadLocal<java.util.Map<Integer, NumberFormat>> decimals =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /** Integers below this are formatted once, when the interface is made. */
  private static final int FORMATTED = 4096;

  private final String[] formatted = new String[FORMATTED];

  /** The keys whose patterns are {@link #plain}. */
  private final java.util.Set<String> plain = new java.util.HashSet<>();

  /** Long dates and short times in this language (immutable, so shared by every thread). */
  private final DateTimeFormatter dayFormat;

  private final DateTimeFormatter timeFormat;

  private InterfaceText(String language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language),
            NO_DEFAULT);
    this.locale = Locale.forLanguageTag(bundle.getString("locale"));
    this.integers = ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(locale));
    this.dayFormat = localized(FormatStyle.LONG, null);
    this.timeFormat = localized(null, FormatStyle.SHORT);
    for (String key : bundle.keySet()) if (plain(bundle.getString(key))) plain.add(key);
    NumberFormat f = NumberFormat.getIntegerInstance(locale);
    for (int i = 0; i < FORMATTED; i++) formatted[i] = f.format(i);
  }

  private static final InterfaceText ENGLISH = new InterfaceText("en");
  private static final InterfaceText ARABIC = new InterfaceText("ar");

  /** The interface in {@code language}, one of {@link #LANGUAGES}. */
  public static InterfaceText of(String language) {
    return switch (language) {
      case "en" -> ENGLISH;
      case "ar" -> ARABIC;
      default ->
          throw new IllegalArgumentException(
              "language (" + language + ") must be " + AUTO + " or one of " + LANGUAGES);
    };
  }

  /**
   * The interface for {@code choice} ({@link #AUTO} or a language): with {@code auto}, Arabic when
   * most letters of {@code text} are Arabic, else English.
   */
  public static InterfaceText choose(String choice, CharSequence text) {
    return choose(choice, java.util.List.of(text.toString()));
  }

  /** {@link #choose(String, CharSequence)} for texts read one after another. */
  public static InterfaceText choose(String choice, Iterable<String> texts) {
    if (!choice.equals(AUTO)) return of(choice);
    return of(Script.language(texts).equals("ar") ? "ar" : "en");
  }

  /** Checks a {@code --lang} value; throws IllegalArgumentException naming a bad one. */
  public static String checkChoice(String choice) {
    if (!choice.equals(AUTO)) of(choice);
    return choice;
  }

  /** The BCP 47 tag of the page: {@code en} or {@code ar}. */
  public String language() {
    return language;
  }

  /** The locale numbers and dates are written for, as a BCP 47 tag ({@code ar-u-nu-arab}). */
  public String localeTag() {
    return locale.toLanguageTag();
  }

  public boolean rightToLeft() {
    return language.equals("ar");
  }

  /** {@code rtl} or {@code ltr}. */
  public String dir() {
    return rightToLeft() ? "rtl" : "ltr";
  }

  /** What separates the items of a list: {@code ", "}, in Arabic {@code "، "}. */
  public String comma() {
    return rightToLeft() ? "، " : ", ";
  }

  /** What separates longer items: {@code "; "}, in Arabic {@code "؛ "}. */
  public String semicolon() {
    return rightToLeft() ? "؛ " : "; ";
  }

  /** The text of {@code key} with its arguments in place (numbers formatted beforehand). */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) return pattern;
    Object[] shown = args.clone();
    boolean strings = true;
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof Integer || shown[i] instanceof Long) {
        shown[i] = number(((Number) shown[i]).longValue());
      }
      strings &= shown[i] instanceof String;
    }
    // A brief asks for a label per source of every sentence: plain {n} places filled with text
    // need no MessageFormat, which gives the same text for them.
    if (strings && plain.contains(key)) return fill(pattern, shown);
    return patterns
        .get()
        .computeIfAbsent(key, k -> new MessageFormat(pattern.replace("'", "''"), locale))
        .format(shown);
  }

  /** Whether a pattern's only places are {@code {n}}, every n a single digit. */
  private static boolean plain(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '}') return false;
      if (c != '{') continue;
      if (i + 2 >= pattern.length()) return false;
      char n = pattern.charAt(i + 1);
      if (n < '0' || n > '9' || pattern.charAt(i + 2) != '}') return false;
      i += 2;
    }
    return true;
  }

  /** A {@link #plain} pattern with its places filled; a place with no argument stays as it is. */
  private static String fill(String pattern, Object[] args) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int from = 0;
    for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', open + 3)) {
      int n = pattern.charAt(open + 1) - '0';
      out.append(pattern, from, open)
          .append(n < args.length ? args[n] : pattern.substring(open, open + 3));
      from = open + 3;
    }
    return out.append(pattern, from, pattern.length()).toString();
  }

  /** An integer in this language's digits, grouped. */
  public String number(long n) {
    if (n >= 0 && n < FORMATTED) return formatted[(int) n];
    return integers.get().format(n);
  }

  /** A number with exactly {@code digits} decimals, in this language's digits and marks. */
  public String decimal(double d, int digits) {
    NumberFormat f =
        decimals
            .get()
            .computeIfAbsent(
                digits,
                k -> {
                  NumberFormat n = NumberFormat.getNumberInstance(locale);
                  n.setMinimumFractionDigits(k);
                  n.setMaximumFractionDigits(k);
                  return n;
                });
    return f.format(d);
  }

  /**
   * A date as given in an article ({@code 2022-01-05}, {@code 2022-01-05T10:30:00} or with an
   * offset), written out in this language ({@code 5 January 2022, 10:30}); any other text as it is.
   */
  public String date(String given) {
    // A brief shows each source's date beside every sentence it carries: formatted once each.
    String[] kept = recentDates.get();
    int slot = 2 * (given.hashCode() & (RECENT_DATES - 1));
    if (given.equals(kept[slot])) return kept[slot + 1];
    String shown = formatDate(given);
    kept[slot] = given;
    kept[slot + 1] = shown;
    return shown;
  }

  /** Dates this thread formatted lately, as pairs of the date given and its text, by hash. */
  private static final int RECENT_DATES = 256;

  private final ThreadLocal<String[]> recentDates =
      ThreadLocal.withInitial(() -> new String[2 * RECENT_DATES]);

  private String formatDate(String given) {
    String s = given.trim();
    if (s.isEmpty()) return given;
    DateTimeFormatter day = dayFormat;
    DateTimeFormatter time = timeFormat;
    try {
      if (s.length() == 10) return LocalDate.parse(s).format(day);
      LocalDateTime t = null;
      if (mayHaveOffset(s)) {
        try {
          t = OffsetDateTime.parse(s).toLocalDateTime();
        } catch (DateTimeParseException e) {
          // no offset after all: a local time
        }
      }
      if (t == null) t = LocalDateTime.parse(s.replace(' ', 'T'));
      return t.format(day) + (rightToLeft() ? "، " : ", ") + t.format(time);
    } catch (DateTimeParseException e) {
      // Another form Dates reads (RFC 1123), shown by the clock time it states.
      long second = Dates.second(given);
      if (second == Dates.UNKNOWN_SECOND) return given;
      LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, java.time.ZoneOffset.UTC);
      return t.format(day) + (rightToLeft() ? "، " : ", ") + t.format(time);
    }
  }

  /**
   * Whether an ISO date-time may end in an offset ({@code Z}, {@code +03:00}, {@code -05:00}): a
   * local time skips the offset parse, whose failure (an exception each time) cost more than the
   * formatting.
   */
  private static boolean mayHaveOffset(String s) {
    return s.indexOf('Z') >= 0
        || s.indexOf('z') >= 0
        || s.indexOf('+') >= 0
        || s.indexOf('-', 10) >= 0;
  }

  /** The day of a date as given ({@code 5 January 2022}), without its time; other text as it is. */
  public String day(String given) {
    long day = Dates.day(given);
    return day == Dates.UNKNOWN_DAY ? given : LocalDate.ofEpochDay(day).format(dayFormat);
  }

  /**
   * The locale's own date or time pattern, built for the locale, never the machine's, in its digits
   * (java.time ignores the locale's own otherwise).
   */
  private DateTimeFormatter localized(FormatStyle date, FormatStyle time) {
    String pattern =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            date, time, IsoChronology.INSTANCE, locale);
    return DateTimeFormatter.ofPattern(pattern, locale).withDecimalStyle(DecimalStyle.of(locale));
  }

  /** The name of a discrepancy kind ({@code number}, {@code quote} ...) in this language. */
  public String kind(String label) {
    return get("kind." + label);
  }
}
