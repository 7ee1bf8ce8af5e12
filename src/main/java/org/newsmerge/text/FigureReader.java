package org.newsmerge.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the numbers of a text as values, in Arabic and English: digits of any script, the Arabic
 * decimal marks ({@code ٫}, and {@code ر} as the Saudi Press Agency writes 5.04: {@code 04ر5}),
 * thousands separators, multiplier words ({@code ألف}, {@code مليون}, {@code مليار}, thousand,
 * million, billion), cardinal and ordinal number words with their prefixes ({@code و}, {@code ب},
 * {@code ل}, {@code ال}), percent forms, units glued or spelled, year suffixes ({@code م}, {@code
 * هـ}), times, and dates in the Gregorian (also Levantine month names) and Hijri calendars.
 *
 * <p>Pure and thread-safe. Spans are offsets into the text as given.
 */
public final class FigureReader {

  private FigureReader() {}

  // ---- tokens ----

  private enum Type {
    DIGITS,
    WORD,
    SYMBOL
  }

  /** A token; {@code gap} says what lies between it and the previous one. */
  private record Tok(Type type, int start, int end, String text, String key, Gap gap) {}

  private enum Gap {
    GLUED,
    SPACE,
    PUNCT
  }

  private static List<Tok> tokens(String s) {
    List<Tok> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    Gap gap = Gap.PUNCT;
    while (i < n) {
      char c = s.charAt(i);
      if (digit(c)) {
        int start = i;
        i++;
        while (i < n) {
          char d = s.charAt(i);
          if (digit(d)) i++;
          else if (i + 1 < n && digit(s.charAt(i + 1)) && ".,:٫٬ر".indexOf(d) >= 0) i += 2;
          // 45.5 written 5.\u200F45: the mark reversed for display, the digits after it the whole
          // part
          else if (i + 2 < n
              && (d == '.' || d == ',')
              && s.charAt(i + 1) == '\u200F'
              && digit(s.charAt(i + 2))) i += 3;
          else break;
        }
        out.add(new Tok(Type.DIGITS, start, i, fold(s.substring(start, i)), "", gap));
        gap = Gap.GLUED;
      } else if (letter(c)) {
        int start = i;
        while (i < n && letter(s.charAt(i)) && !digit(s.charAt(i))) i++;
        String text = s.substring(start, i);
        out.add(new Tok(Type.WORD, start, i, text, Normalizer.key(text), gap));
        gap = Gap.GLUED;
      } else if (c == '%' || c == '٪' || c == '$') {
        out.add(new Tok(Type.SYMBOL, i, i + 1, c == '٪' ? "%" : String.valueOf(c), "", gap));
        i++;
        gap = Gap.GLUED;
      } else {
        boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-';
        if (!space) gap = Gap.PUNCT;
        else if (gap == Gap.GLUED) gap = Gap.SPACE;
        i++;
      }
    }
    return out;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9' || c >= '٠' && c <= '٩' || c >= '۰' && c <= '۹';
  }

  private static boolean letter(char c) {
    int t = Character.getType(c);
    return Character.isLetter(c)
        || c == 'ـ'
        || t == Character.NON_SPACING_MARK
        || t == Character.FORMAT && c != '\u200F' && c != '\u200E';
  }

  private static String fold(String digits) {
    StringBuilder b = new StringBuilder(digits.length());
    for (char c : digits.toCharArray()) {
      if (c >= '٠' && c <= '٩') b.append((char) ('0' + c - '٠'));
      else if (c >= '۰' && c <= '۹') b.append((char) ('0' + c - '۰'));
      else if (c == '٫') b.append('٫');
      else if (c == '٬') b.append(',');
      else b.append(c);
    }
    return b.toString();
  }

  // ---- vocabulary (normalised keys) ----

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("واحد", 1),
          Map.entry("واحده", 1),
          Map.entry("اثنان", 2),
          Map.entry("اثنين", 2),
          Map.entry("اثنتان", 2),
          Map.entry("اثنتين", 2),
          Map.entry("ثلاث", 3),
          Map.entry("ثلاثه", 3),
          Map.entry("اربع", 4),
          Map.entry("اربعه", 4),
          Map.entry("خمس", 5),
          Map.entry("خمسه", 5),
          Map.entry("ست", 6),
          Map.entry("سته", 6),
          Map.entry("سبع", 7),
          Map.entry("سبعه", 7),
          Map.entry("ثمان", 8),
          Map.entry("ثماني", 8),
          Map.entry("ثمانيه", 8),
          Map.entry("تسع", 9),
          Map.entry("تسعه", 9),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9));

  /** Words that are a number only before {@code عشر}: 11 and 12. */
  private static final Map<String, Integer> TEEN_UNITS =
      Map.of("احد", 1, "احدي", 1, "اثنا", 2, "اثني", 2, "اثنتا", 2, "اثنتي", 2, "حادي", 1);

  /** The word for ten after a unit ({@code خمسة عشر}): a vocabulary for {@link #stem} too. */
  private static final Map<String, Integer> TEN = Map.of("عشر", 10, "عشره", 10);

  private static final Map<String, Integer> STANDALONE =
      Map.ofEntries(
          Map.entry("عشر", 10),
          Map.entry("عشره", 10),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));

  private static final Map<String, Integer> TENS =
      Map.ofEntries(
          Map.entry("عشرون", 20),
          Map.entry("عشرين", 20),
          Map.entry("ثلاثون", 30),
          Map.entry("ثلاثين", 30),
          Map.entry("اربعون", 40),
          Map.entry("اربعين", 40),
          Map.entry("خمسون", 50),
          Map.entry("خمسين", 50),
          Map.entry("ستون", 60),
          Map.entry("ستين", 60),
          Map.entry("سبعون", 70),
          Map.entry("سبعين", 70),
          Map.entry("ثمانون", 80),
          Map.entry("ثمانين", 80),
          Map.entry("تسعون", 90),
          Map.entry("تسعين", 90),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  private static final Map<String, Integer> HUNDREDS =
      Map.ofEntries(
          Map.entry("ميه", 100),
          Map.entry("مايه", 100),
          Map.entry("hundred", 100),
          Map.entry("ميتان", 200),
          Map.entry("ميتين", 200),
          Map.entry("مايتان", 200),
          Map.entry("مايتين", 200),
          Map.entry("ميتا", 200),
          Map.entry("مايتا", 200),
          Map.entry("مايتي", 200),
          Map.entry("ميتي", 200),
          Map.entry("ثلاثمايه", 300),
          Map.entry("ثلاثميه", 300),
          Map.entry("اربعمايه", 400),
          Map.entry("اربعميه", 400),
          Map.entry("خمسمايه", 500),
          Map.entry("خمسميه", 500),
          Map.entry("ستمايه", 600),
          Map.entry("ستميه", 600),
          Map.entry("سبعمايه", 700),
          Map.entry("سبعميه", 700),
          Map.entry("ثمانمايه", 800),
          Map.entry("ثمانيمايه", 800),
          Map.entry("ثمانميه", 800),
          Map.entry("تسعمايه", 900),
          Map.entry("تسعميه", 900));

  /** Multipliers that stand alone as a number: {@code ألف شخص} is a thousand people. */
  private static final Map<String, Double> MULTIPLIERS =
      Map.ofEntries(
          Map.entry("الف", 1e3),
          Map.entry("الفا", 1e3),
          Map.entry("thousand", 1e3),
          Map.entry("مليون", 1e6),
          Map.entry("مليونا", 1e6),
          Map.entry("million", 1e6),
          Map.entry("مليار", 1e9),
          Map.entry("مليارا", 1e9),
          Map.entry("بليون", 1e9),
          Map.entry("billion", 1e9),
          Map.entry("bn", 1e9));

  /** Plural multipliers: a number only after one ({@code آلاف الناس} is no count). */
  private static final Map<String, Double> PLURAL_MULTIPLIERS =
      Map.of(
          "الاف",
          1e3,
          "ملايين",
          1e6,
          "مليارات",
          1e9,
          "thousands",
          1e3,
          "millions",
          1e6,
          "billions",
          1e9);

  private static final Map<String, Double> DUALS =
      Map.of(
          "الفان", 2e3, "الفين", 2e3, "الفي", 2e3, "مليونان", 2e6, "مليونين", 2e6, "مليوني", 2e6,
          "ملياران", 2e9, "مليارين", 2e9);

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("اول", 1),
          Map.entry("اولي", 1),
          Map.entry("ثاني", 2),
          Map.entry("ثانيه", 2),
          Map.entry("ثالث", 3),
          Map.entry("ثالثه", 3),
          Map.entry("رابع", 4),
          Map.entry("رابعه", 4),
          Map.entry("خامس", 5),
          Map.entry("خامسه", 5),
          Map.entry("سادس", 6),
          Map.entry("سادسه", 6),
          Map.entry("سابع", 7),
          Map.entry("سابعه", 7),
          Map.entry("ثامن", 8),
          Map.entry("ثامنه", 8),
          Map.entry("تاسع", 9),
          Map.entry("تاسعه", 9),
          Map.entry("عاشر", 10),
          Map.entry("عاشره", 10),
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10));

  private static final Map<String, String> UNIT_WORDS =
      Map.ofEntries(
          Map.entry("كم", "km"),
          Map.entry("كلم", "km"),
          Map.entry("كيلومتر", "km"),
          Map.entry("كيلومترا", "km"),
          Map.entry("كيلومترات", "km"),
          Map.entry("km", "km"),
          Map.entry("kilometres", "km"),
          Map.entry("kilometers", "km"),
          Map.entry("kilometre", "km"),
          Map.entry("kilometer", "km"),
          Map.entry("متر", "m"),
          Map.entry("مترا", "m"),
          Map.entry("امتار", "m"),
          Map.entry("metres", "m"),
          Map.entry("meters", "m"),
          Map.entry("ميل", "mi"),
          Map.entry("اميال", "mi"),
          Map.entry("miles", "mi"),
          Map.entry("طن", "t"),
          Map.entry("طنا", "t"),
          Map.entry("اطنان", "t"),
          Map.entry("tons", "t"),
          Map.entry("tonnes", "t"),
          Map.entry("كيلوغرام", "kg"),
          Map.entry("كيلوجرام", "kg"),
          Map.entry("كجم", "kg"),
          Map.entry("كغ", "kg"),
          Map.entry("kg", "kg"),
          Map.entry("ريال", "SAR"),
          Map.entry("ريالا", "SAR"),
          Map.entry("ريالات", "SAR"),
          Map.entry("riyals", "SAR"),
          Map.entry("دولار", "USD"),
          Map.entry("دولارا", "USD"),
          Map.entry("دولارات", "USD"),
          Map.entry("dollars", "USD"),
          Map.entry("يورو", "EUR"),
          Map.entry("euros", "EUR"),
          Map.entry("جنيه", "GBP/EGP"),
          Map.entry("جنيها", "GBP/EGP"),
          Map.entry("جنيهات", "GBP/EGP"),
          Map.entry("درهم", "AED"),
          Map.entry("دراهم", "AED"),
          Map.entry("دينار", "DIN"),
          Map.entry("دينارا", "DIN"),
          Map.entry("دنانير", "DIN"),
          Map.entry("percent", "%"),
          Map.entry("pct", "%"));

  private static final Map<String, Integer> GREGORIAN_MONTHS =
      Map.ofEntries(
          Map.entry("يناير", 1),
          Map.entry("فبراير", 2),
          Map.entry("مارس", 3),
          Map.entry("ابريل", 4),
          Map.entry("مايو", 5),
          Map.entry("يونيو", 6),
          Map.entry("يونيه", 6),
          Map.entry("يوليو", 7),
          Map.entry("يوليه", 7),
          Map.entry("اغسطس", 8),
          Map.entry("اغطس", 8),
          Map.entry("سبتمبر", 9),
          Map.entry("اكتوبر", 10),
          Map.entry("نوفمبر", 11),
          Map.entry("ديسمبر", 12),
          Map.entry("شباط", 2),
          Map.entry("اذار", 3),
          Map.entry("نيسان", 4),
          Map.entry("ايار", 5),
          Map.entry("حزيران", 6),
          Map.entry("تموز", 7),
          Map.entry("اب", 8),
          Map.entry("ايلول", 9),
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12),
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** Two-word Gregorian months (Levantine): first word, second word, month. */
  private static final Map<String, Integer> GREGORIAN_PAIRS =
      Map.of("تشرين الاول", 10, "تشرين الثاني", 11, "كانون الاول", 12, "كانون الثاني", 1);

  private static final Map<String, Integer> HIJRI_MONTHS =
      Map.of("محرم", 1, "صفر", 2, "رجب", 7, "شعبان", 8, "رمضان", 9, "شوال", 10);

  private static final Map<String, Integer> HIJRI_PAIRS =
      Map.ofEntries(
          Map.entry("ربيع الاول", 3),
          Map.entry("ربيع الاخر", 4),
          Map.entry("ربيع الثاني", 4),
          Map.entry("جمادي الاولي", 5),
          Map.entry("جمادي الاول", 5),
          Map.entry("جمادي الاخره", 6),
          Map.entry("جمادي الثانيه", 6),
          Map.entry("جمادي الاخر", 6),
          Map.entry("ذو القعده", 11),
          Map.entry("ذي القعده", 11),
          Map.entry("ذو الحجه", 12),
          Map.entry("ذي الحجه", 12));

  /**
   * Every word a number can begin with: a word whose key {@link #stem}s to none of them begins
   * none, which spares the vocabularies one by one at each word of a text.
   */
  private static final Map<String, Boolean> FIRST_WORDS = new HashMap<>();

  static {
    for (Map<String, ?> v :
        List.of(UNITS, TEEN_UNITS, STANDALONE, TENS, HUNDREDS, DUALS, MULTIPLIERS, ORDINALS)) {
      for (String k : v.keySet()) FIRST_WORDS.put(k, true);
    }
  }

  /** Letters a number word may carry in front: conjunction, prepositions, article. */
  private static final String[] PREFIXES = {
    "وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف", "ك"
  };

  /** A word's key without a prefix, if what remains is in {@code vocabulary}; else null. */
  private static String stem(String key, Map<String, ?> vocabulary) {
    if (vocabulary.containsKey(key)) return key;
    for (String p : PREFIXES) {
      if (!key.startsWith(p)) continue;
      String rest = key.substring(p.length());
      // Short stems take only the conjunction or the article: "لست" is "I am not", not "for six".
      boolean shortStem = rest.length() <= 3;
      if (shortStem && !(p.equals("و") || p.equals("ال") || p.equals("وال"))) continue;
      if (vocabulary.containsKey(rest)) return rest;
    }
    return null;
  }

  /** {@code الاثنين} is Monday; only {@code اثنين} without the article is two. */
  private static boolean weekday(String key) {
    return key.endsWith("الاثنين") || key.endsWith("الاثنان");
  }

  // ---- reading ----

  /** The figures of {@code text}, in order, not overlapping. */
  public static List<Figure> figures(String text) {
    List<Tok> toks = tokens(text);
    List<Figure> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Read r = date(text, toks, i);
      if (r == null) r = number(toks, i);
      if (r == null) {
        i++;
        continue;
      }
      out.add(r.figure);
      i = r.next;
    }
    return out;
  }

  private record Read(Figure figure, int next) {}

  private static Read date(String text, List<Tok> t, int i) {
    Tok first = t.get(i);
    int day;
    int m;
    int at;
    Figure.Calendar cal;
    int[] month;
    if (first.type() == Type.DIGITS && digits(first.text(), 1, 2) && i + 1 < t.size()) {
      day = Integer.parseInt(first.text());
      month = month(t, i + 1);
      if (month == null) return null;
      at = month[2];
    } else if (first.type() == Type.WORD
        && GREGORIAN_MONTHS.containsKey(first.key())
        && latinLower(first.key())
        && i + 1 < t.size()
        && t.get(i + 1).type() == Type.DIGITS
        && digits(t.get(i + 1).text(), 1, 2)
        && t.get(i + 1).gap() != Gap.PUNCT) {
      // English "August 10, 2015"
      month = new int[] {0, GREGORIAN_MONTHS.get(first.key()), i + 1};
      day = Integer.parseInt(t.get(i + 1).text());
      at = i + 2;
    } else {
      return null;
    }
    if (day < 1 || day > 31) return null;
    cal = month[0] == 1 ? Figure.Calendar.HIJRI : Figure.Calendar.GREGORIAN;
    m = month[1];
    int year = 0;
    int end = t.get(at - 1).end();
    if (at < t.size()
        && t.get(at).type() == Type.DIGITS
        && digits(t.get(at).text(), 3, 4)
        && (t.get(at).gap() != Gap.PUNCT || text.charAt(t.get(at - 1).end()) == ',')) {
      year = Integer.parseInt(t.get(at).text());
      end = t.get(at).end();
      at++;
      int suffix = calendarSuffix(t, at);
      if (suffix != 0) {
        end = t.get(at).end();
        at++;
      }
    }
    Figure.Date d = new Figure.Date(cal, year, m, day);
    return new Read(new Figure(first.start(), end, new double[0], 0, "", d), at);
  }

  /** Calendar, month and the index after the month name at {@code j}, or null. */
  private static int[] month(List<Tok> t, int j) {
    Tok w = t.get(j);
    if (w.type() != Type.WORD || w.gap() == Gap.PUNCT) return null;
    if (j + 1 < t.size() && t.get(j + 1).type() == Type.WORD && t.get(j + 1).gap() == Gap.SPACE) {
      String pair = w.key() + " " + t.get(j + 1).key();
      if (HIJRI_PAIRS.containsKey(pair)) return new int[] {1, HIJRI_PAIRS.get(pair), j + 2};
      if (GREGORIAN_PAIRS.containsKey(pair)) return new int[] {0, GREGORIAN_PAIRS.get(pair), j + 2};
    }
    if (HIJRI_MONTHS.containsKey(w.key())) return new int[] {1, HIJRI_MONTHS.get(w.key()), j + 1};
    if (GREGORIAN_MONTHS.containsKey(w.key())) {
      // "اب" (August) is also the word for father: only a month between a day and a year.
      if (w.key().equals("اب") && !(j + 1 < t.size() && t.get(j + 1).type() == Type.DIGITS)) {
        return null;
      }
      return new int[] {0, GREGORIAN_MONTHS.get(w.key()), j + 1};
    }
    return null;
  }

  /** 1 for Gregorian, 2 for Hijri when token {@code j} is a year suffix, else 0. */
  private static int calendarSuffix(List<Tok> t, int j) {
    if (j >= t.size() || t.get(j).type() != Type.WORD || t.get(j).gap() == Gap.PUNCT) return 0;
    String k = t.get(j).key();
    if (k.equals("م")) return 1;
    if (k.equals("ه") || k.equals("هـ")) return 2;
    return 0;
  }

  /** A number expression starting at token {@code i}, or null. */
  private static Read number(List<Tok> t, int i) {
    boolean dollar = dollarSign(t, i);
    Tok first = t.get(dollar ? i + 1 : i);
    if (first.type() == Type.SYMBOL) return null;
    // Most words of a text begin no number: turned away before a parser is made for them.
    if (first.type() == Type.WORD && stem(first.key(), FIRST_WORDS) == null) return null;
    return new NumberParser(t, i, dollar).read();
  }

  /** Whether token {@code i} is a dollar sign glued to digits: {@code $247}. */
  private static boolean dollarSign(List<Tok> t, int i) {
    Tok first = t.get(i);
    return first.type() == Type.SYMBOL
        && first.text().equals("$")
        && i + 1 < t.size()
        && t.get(i + 1).type() == Type.DIGITS
        && t.get(i + 1).gap() == Gap.GLUED;
  }

  /**
   * Reads one number expression, token by token: a numeral or number word, then the words that
   * extend it (عشر, a hundred, a multiplier, "و" and a smaller part), then a unit or a year suffix.
   * Whether a word extends the number depends on the {@link State}: what was read last.
   */
  private static final class NumberParser {

    /** What the parser read last, which decides what may follow. */
    private enum State {
      /** 1 to 9 in words ({@code خمسة}, five): takes عشر, a hundred, "و" and tens. */
      UNIT,
      /** 20 to 90 in words: takes an English unit (twenty-five). */
      TENS,
      /** 100 to 900 in words: takes "و" and a part below a hundred. */
      HUNDREDS,
      /** A numeral: takes "hundred" (3 hundred), and a year suffix at the end. */
      DIGITS,
      /** 10 to 19 in words. */
      TEEN,
      /** An ordinal ({@code الثالث}): takes عشر, and "و" and tens (الثالث والعشرون). */
      ORDINAL,
      /** A time of day in digits ({@code 16:00}): takes no multiplier. */
      CLOCK,
      /** A multiplier ({@code ألف}, million): takes "و" and a smaller part, in words or digits. */
      MULTIPLIER;

      /** Whether a multiplier (below the last one) may follow: not after a time or another. */
      boolean takesMultiplier() {
        return this != CLOCK && this != MULTIPLIER;
      }
    }

    private final List<Tok> t;

    /** Where the number starts in the text: at the dollar sign, if one names the unit. */
    private final int start;

    private final boolean dollar;

    /** The next token to read. */
    private int at;

    /** Where the text read so far ends. */
    private int end;

    private State state;

    /** The amounts of the parts up to the last multiplier, multiplied. */
    private double[] total = {0};

    /** The amounts the part read since the last multiplier (or the first part) may mean. */
    private double[] group;

    private double lastMultiplier = Double.MAX_VALUE;

    /** Half a unit of the last digit written, times the multipliers after it. */
    private double tolerance;

    private double[] amounts;
    private String unit = "";

    /** A parser for the number at token {@code i}, after a dollar sign there if {@code dollar}. */
    NumberParser(List<Tok> t, int i, boolean dollar) {
      this.t = t;
      this.start = t.get(i).start();
      this.dollar = dollar;
      this.at = dollar ? i + 1 : i;
    }

    /** The number, or null when the first token begins none. */
    Read read() {
      if (!first(t.get(at))) return null;
      while (at < t.size()) {
        if (!extend(t.get(at))) break;
      }
      amounts = add(total, group);
      if (at < t.size() && t.get(at).gap() != Gap.PUNCT) suffix(t.get(at));
      if (dollar) unit = "USD";
      return new Read(new Figure(start, end, amounts, tolerance, unit, null), at);
    }

    /** Moves past {@code tokens} tokens, the last of them now the end of the number. */
    private void take(int tokens) {
      at += tokens;
      end = t.get(at - 1).end();
    }

    /** Takes {@code tokens} tokens into the number, {@code next} being what was read. */
    private boolean step(State next, int tokens) {
      state = next;
      take(tokens);
      return true;
    }

    // ---- the first numeral or word ----

    private boolean first(Tok first) {
      if (first.type() == Type.DIGITS) {
        group = numeral(first.text());
        if (group == null) return false;
        tolerance = halfUnit(first.text());
        return step(clock(first.text()) ? State.CLOCK : State.DIGITS, 1);
      }
      return firstWord(first.key()) && step(state, 1);
    }

    private boolean firstWord(String k) {
      String s;
      if ((s = stem(k, UNITS)) != null && !weekday(k)) return begin(UNITS.get(s), State.UNIT);
      // احد and اثنا are numbers only before عشر
      if ((s = stem(k, TEEN_UNITS)) != null
          && at + 1 < t.size()
          && stem(t.get(at + 1).key(), TEN) != null) {
        return begin(TEEN_UNITS.get(s), State.UNIT);
      }
      if ((s = stem(k, STANDALONE)) != null) return begin(STANDALONE.get(s), State.TEEN);
      if ((s = stem(k, TENS)) != null) return begin(TENS.get(s), State.TENS);
      if ((s = stem(k, HUNDREDS)) != null) return begin(HUNDREDS.get(s), State.HUNDREDS);
      if ((s = stem(k, DUALS)) != null) return multiplierFirst(DUALS.get(s), DUALS.get(s) / 2);
      if ((s = stem(k, MULTIPLIERS)) != null) {
        return multiplierFirst(MULTIPLIERS.get(s), MULTIPLIERS.get(s));
      }
      if ((s = stem(k, ORDINALS)) != null) return begin(ORDINALS.get(s), State.ORDINAL);
      return false;
    }

    private boolean begin(int value, State first) {
      group = new double[] {value};
      state = first;
      return true;
    }

    /** A multiplier or a dual as the first word: ألف شخص, ألفي شخص (2000, in thousands). */
    private boolean multiplierFirst(double amount, double multiplier) {
      total = new double[] {amount};
      lastMultiplier = multiplier;
      group = new double[] {0};
      state = State.MULTIPLIER;
      return true;
    }

    // ---- the words that extend it ----

    /** Reads {@code n}, and the token after it if they go together, when they extend the number. */
    private boolean extend(Tok n) {
      // Digits right after a number are another number; they join only after a "و" (joined).
      if (n.gap() == Gap.PUNCT || n.type() != Type.WORD) return false;
      String k = n.key();
      return multiplied(k) || englishUnit(k) || teen(k) || hundreds(k) || joined(k);
    }

    /** A multiplier below the last one: ثلاثة آلاف, 1.5 million, ألفا after 33. */
    private boolean multiplied(String k) {
      Double mult = multiplier(k);
      if (mult == null || !state.takesMultiplier() || !(mult < lastMultiplier)) return false;
      total = add(total, times(nonZero(group), mult));
      tolerance *= mult;
      group = new double[] {0};
      lastMultiplier = mult;
      return step(State.MULTIPLIER, 1);
    }

    /** twenty-five. */
    private boolean englishUnit(String k) {
      if (state != State.TENS || !latinLower(k) || !UNITS.containsKey(k)) return false;
      group = plus(group, UNITS.get(k));
      return step(State.UNIT, 1);
    }

    /** عشر after a unit or an ordinal: خمسة عشر, الثالث عشر. */
    private boolean teen(String k) {
      if (state != State.UNIT && state != State.ORDINAL || !TEN.containsKey(k)) return false;
      group = plus(group, 10);
      return step(State.TEEN, 1);
    }

    /** A hundred after a unit from three up (ثلاث مائة) or after digits (3 hundred). */
    private boolean hundreds(String k) {
      boolean afterUnit =
          state == State.UNIT
              && group[0] >= 3
              && (k.equals("ميه") || k.equals("مايه") || k.equals("hundred"));
      boolean afterDigits = state == State.DIGITS && k.equals("hundred");
      if (!afterUnit && !afterDigits) return false;
      group = times(group, 100);
      return step(State.HUNDREDS, 1);
    }

    /** "و" joins a smaller part: خمسة وعشرون, مئة وخمسون, 33 ألفا و288. */
    private boolean joined(String k) {
      if (k.equals("و") || k.equals("and")) return digitsAfterAnd();
      if (!k.startsWith("و")) return false;
      String rest = k.substring(1);
      String s;
      if ((state == State.UNIT || state == State.ORDINAL) && (s = stem(rest, TENS)) != null) {
        group = plus(group, TENS.get(s));
        return step(State.TENS, 1);
      }
      if (state != State.HUNDREDS && state != State.MULTIPLIER) return false;
      double limit = state == State.HUNDREDS ? 100 : lastMultiplier;
      if ((s = stem(rest, UNITS)) != null) return part(UNITS.get(s), limit, State.UNIT);
      if ((s = stem(rest, TENS)) != null) return part(TENS.get(s), limit, State.TENS);
      if ((s = stem(rest, STANDALONE)) != null) return part(STANDALONE.get(s), limit, State.TEEN);
      if (state == State.MULTIPLIER && (s = stem(rest, HUNDREDS)) != null) {
        return part(HUNDREDS.get(s), limit, State.HUNDREDS);
      }
      return false;
    }

    /** A part after "و", taken when below {@code limit} (a hundred, or the last multiplier). */
    private boolean part(int value, double limit, State next) {
      if (!(value < limit)) return false;
      group = plus(group, value);
      return step(next, 1);
    }

    /** Digits after a multiplier and "و" or "and", glued to it or not: 33 ألفا و 288. */
    private boolean digitsAfterAnd() {
      if (at + 1 >= t.size() || state != State.MULTIPLIER) return false;
      Tok d = t.get(at + 1);
      if (d.type() != Type.DIGITS || d.gap() == Gap.PUNCT) return false;
      double[] v = numeral(d.text());
      // "1.5 مليون و3 ملايين" joins two numbers, not 1.5 million and 3
      boolean ownMultiplier = at + 2 < t.size() && multiplierAtLeast(t.get(at + 2), lastMultiplier);
      if (v == null || !(v[0] < lastMultiplier) || ownMultiplier) return false;
      group = v;
      tolerance = halfUnit(d.text());
      return step(State.DIGITS, 2);
    }

    // ---- what follows it ----

    /** A unit, a percent sign or word, or a year suffix after the number. */
    private void suffix(Tok u) {
      if (u.type() == Type.SYMBOL && u.text().equals("%")) {
        unit = "%";
        take(1);
      } else if (u.type() == Type.WORD) {
        suffixWord(u.key());
      }
    }

    private void suffixWord(String k) {
      String s = stem(k, UNIT_WORDS);
      if (s != null && !(k.length() > s.length() && s.length() <= 2)) {
        unit = UNIT_WORDS.get(s);
        take(1);
      } else if (k.equals("بالميه") || k.equals("بالمايه") || k.equals("بالمييه")) {
        unit = "%";
        take(1);
      } else if (k.equals("في")
          && at + 1 < t.size()
          && t.get(at + 1).gap() == Gap.SPACE
          && (t.get(at + 1).key().equals("الميه") || t.get(at + 1).key().equals("المايه"))) {
        unit = "%";
        take(2);
      } else if (k.equals("per") && at + 1 < t.size() && t.get(at + 1).key().equals("cent")) {
        unit = "%";
        take(2);
      } else if (k.equals("كيلو") && at + 1 < t.size() && t.get(at + 1).key().startsWith("متر")) {
        unit = "km";
        take(2);
      } else if (state == State.DIGITS && (k.equals("م") || k.equals("ه"))) {
        if (k.equals("ه")) amounts = hijriYear(amounts);
        take(1);
      }
    }
  }

  /** Half a unit of the last digit of a numeral, read with its decimal mark; 0 for a time. */
  static double halfUnit(String s) {
    if (s.indexOf(':') >= 0) return 0;
    int decimals;
    int mark = Math.max(s.indexOf('ر'), s.indexOf('\u200F'));
    if (mark >= 0) {
      decimals = s.indexOf('ر') >= 0 ? s.indexOf('ر') : mark - 1;
    } else if (s.indexOf('٫') >= 0) {
      decimals = s.length() - s.indexOf('٫') - 1;
    } else {
      int dots = count(s, '.');
      int commas = count(s, ',');
      if (dots + commas == 0) {
        decimals = 0;
      } else if (dots > 0 && commas > 0) {
        decimals = s.length() - Math.max(s.lastIndexOf('.'), s.lastIndexOf(',')) - 1;
      } else {
        char sep = dots > 0 ? '.' : ',';
        int groups = dots + commas + 1;
        int lastGroup = s.length() - s.lastIndexOf(sep) - 1;
        decimals = groups > 2 && lastGroup == 3 ? 0 : lastGroup;
      }
    }
    return 0.5 * Math.pow(10, -decimals);
  }

  private static boolean multiplierAtLeast(Tok t, double limit) {
    if (t.type() != Type.WORD) return false;
    Double m = multiplier(t.key());
    return m != null && m >= limit;
  }

  /** The multiplier a word is, singular or plural ({@code مليون}, {@code ملايين}); else null. */
  private static Double multiplier(String key) {
    Double m = MULTIPLIERS.get(key);
    return m != null ? m : PLURAL_MULTIPLIERS.get(key);
  }

  /** A Hijri year also stands for the two Gregorian years it overlaps. */
  private static double[] hijriYear(double[] amounts) {
    if (amounts.length != 1) return amounts;
    double h = amounts[0];
    double g = Math.floor(h * 32.0 / 33.0 + 621.57);
    return new double[] {h, g, g + 1};
  }

  private static double[] nonZero(double[] group) {
    return group.length == 1 && group[0] == 0 ? new double[] {1} : group;
  }

  private static double[] times(double[] a, double f) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) out[i] = a[i] * f;
    return out;
  }

  private static double[] plus(double[] a, double f) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) out[i] = a[i] + f;
    return out;
  }

  private static double[] add(double[] a, double[] b) {
    double[] out = new double[a.length * b.length];
    int k = 0;
    for (double x : a) for (double y : b) out[k++] = x + y;
    return out;
  }

  /**
   * The amounts a numeral may mean. {@code 1ر9} is 9.1 (the Saudi Press Agency's decimal mark,
   * written after the fraction); a lone separator before three digits is a thousands separator or a
   * decimal point; several, or both kinds, are unambiguous; {@code 01:30} is the time 0130.
   */
  static double[] numeral(String s) {
    try {
      if (s.indexOf(':') >= 0) {
        String[] p = s.split(":");
        if (p.length != 2 || p[1].length() != 2) return null;
        int h = Integer.parseInt(p[0]);
        int m = Integer.parseInt(p[1]);
        // 16:00 is also "four o'clock" (الساعة الرابعة)
        if (m != 0) return new double[] {h * 100 + m};
        return h > 12 ? new double[] {h * 100, h, h - 12} : new double[] {h * 100, h};
      }
      int rlm = s.indexOf('\u200F');
      if (rlm > 0) {
        String fraction = s.substring(0, rlm - 1);
        String whole = s.substring(rlm + 1);
        if (!digits(fraction) || !digits(whole)) return null;
        return new double[] {Double.parseDouble(whole + "." + fraction)};
      }
      int r = s.indexOf('ر');
      if (r >= 0) {
        String a = s.substring(0, r);
        String b = s.substring(r + 1);
        if (!digits(a) || !digits(b)) return null;
        return new double[] {Double.parseDouble(b + "." + a), Double.parseDouble(a + "." + b)};
      }
      s = s.replace('٫', 'D');
      if (s.indexOf('D') >= 0) {
        String plain = s.replace(",", "").replace(".", "").replace('D', '.');
        return new double[] {Double.parseDouble(plain)};
      }
      int dots = count(s, '.');
      int commas = count(s, ',');
      if (dots == 0 && commas == 0) return new double[] {Double.parseDouble(s)};
      if (dots > 0 && commas > 0) {
        char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
        char thousands = decimal == '.' ? ',' : '.';
        String plain = s.replace(String.valueOf(thousands), "").replace(decimal, '.');
        return new double[] {Double.parseDouble(plain)};
      }
      char sep = dots > 0 ? '.' : ',';
      String[] groups = s.split(sep == '.' ? "\\." : ",");
      boolean threes = true;
      for (int g = 1; g < groups.length; g++) threes &= groups[g].length() == 3;
      if (groups.length > 2) {
        if (threes) return new double[] {Double.parseDouble(String.join("", groups))};
        // 310.000.000.00: thousands groups, then two decimals
        boolean middle = true;
        for (int g = 1; g < groups.length - 1; g++) middle &= groups[g].length() == 3;
        String last = groups[groups.length - 1];
        if (middle && last.length() <= 2) {
          String whole = String.join("", java.util.Arrays.copyOf(groups, groups.length - 1));
          return new double[] {Double.parseDouble(whole + "." + last)};
        }
        return null;
      }
      double decimal = Double.parseDouble(groups[0] + "." + groups[1]);
      if (threes && groups[0].length() <= 3) {
        return new double[] {Double.parseDouble(groups[0] + groups[1]), decimal};
      }
      return new double[] {decimal};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether {@code s} is ASCII digits only, at least one. */
  private static boolean digits(String s) {
    return digits(s, 1, Integer.MAX_VALUE);
  }

  /** Whether {@code s} is {@code min} to {@code max} ASCII digits ({@code \d} in a pattern). */
  private static boolean digits(String s, int min, int max) {
    if (s.length() < min || s.length() > max) return false;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return true;
  }

  /** Whether {@code s} is a time of day as digits: one or two, a colon, two. */
  private static boolean clock(String s) {
    int colon = s.indexOf(':');
    return colon > 0 && digits(s.substring(0, colon), 1, 2) && digits(s.substring(colon + 1), 2, 2);
  }

  /** Whether {@code s} is ASCII lower-case letters only, at least one. */
  private static boolean latinLower(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 'a' || s.charAt(i) > 'z') return false;
    return true;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }
}
