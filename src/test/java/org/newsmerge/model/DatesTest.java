package org.newsmerge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static long day(int y, int m, int d) {
    return LocalDate.of(y, m, d).toEpochDay();
  }

  private static long second(int y, int m, int d, int h, int min, int s) {
    return LocalDateTime.of(y, m, d, h, min, s).toEpochSecond(ZoneOffset.UTC);
  }

  @Test
  void isoDateWithOrWithoutATimeTellsItsDayAndSecond() {
    assertThat(Dates.day("2015-07-21")).isEqualTo(day(2015, 7, 21));
    assertThat(Dates.second("2015-07-21")).isEqualTo(second(2015, 7, 21, 0, 0, 0));
    assertThat(Dates.day("2015-07-21 02:51:32")).isEqualTo(day(2015, 7, 21));
    assertThat(Dates.second("2015-07-21 02:51:32")).isEqualTo(second(2015, 7, 21, 2, 51, 32));
    assertThat(Dates.second("2015-07-21T02:51Z")).isEqualTo(second(2015, 7, 21, 2, 51, 0));
  }

  @Test
  void theOffsetOfAnIsoDateIsIgnoredItsClockTimeKept() {
    assertThat(Dates.second("2015-07-21T23:30:00+03:00")).isEqualTo(second(2015, 7, 21, 23, 30, 0));
  }

  @Test
  void rfc1123DateOfAFeedTellsItsClockTimeAsWritten() {
    assertThat(Dates.day("Tue, 21 Jul 2015 02:51:32 GMT")).isEqualTo(day(2015, 7, 21));
    assertThat(Dates.second("Tue, 21 Jul 2015 02:51:32 GMT"))
        .isEqualTo(second(2015, 7, 21, 2, 51, 32));
    assertThat(Dates.second("21 Jul 2015 23:10 +0300")).isEqualTo(second(2015, 7, 21, 23, 10, 0));
  }

  @Test
  void aDateThatSaysNoDayIsUnknownAndNotReadable() {
    for (String bad : new String[] {"not a date", "2022-13-45", "2015-02-30", "21/07/2015"}) {
      assertThat(Dates.day(bad)).as(bad).isEqualTo(Dates.UNKNOWN_DAY);
      assertThat(Dates.second(bad)).as(bad).isEqualTo(Dates.UNKNOWN_SECOND);
      assertThat(Dates.readable(bad)).as(bad).isFalse();
    }
  }

  @Test
  void noDateAtAllIsReadableAndUnknown() {
    assertThat(Dates.readable("")).isTrue();
    assertThat(Dates.readable("  ")).isTrue();
    assertThat(Dates.day("")).isEqualTo(Dates.UNKNOWN_DAY);
  }

  @Test
  void anImpossibleTimeLeavesTheDayButNotTheSecond() {
    // The day is still the day: the event window holds the article; its time does not order it.
    assertThat(Dates.day("2015-07-21 25:61")).isEqualTo(day(2015, 7, 21));
    assertThat(Dates.second("2015-07-21 25:61")).isEqualTo(Dates.UNKNOWN_SECOND);
  }

  @Test
  void aYearInsideALongerNumberIsNoDay() {
    // 19999-01-01 once read as the year 9999, from its last four digits.
    assertThat(Dates.day("19999-01-01")).isEqualTo(Dates.UNKNOWN_DAY);
    assertThat(Dates.day("2015-07-211")).isEqualTo(Dates.UNKNOWN_DAY);
    assertThat(Dates.problem("19999-01-01", "19999-01-01")).contains("not read");
  }

  @Test
  void anRfc1123DateWithAWrongWeekdayIsReadByItsDayWithAWarning() {
    // 24 July 2015 was a Friday.
    String wrong = "Thu, 24 Jul 2015 10:00:00 GMT";
    assertThat(Dates.day(wrong)).isEqualTo(day(2015, 7, 24));
    assertThat(Dates.second(wrong)).isEqualTo(second(2015, 7, 24, 10, 0, 0));
    assertThat(Dates.problem(wrong, wrong))
        .isEqualTo(
            "date '"
                + wrong
                + "': Thu is not the weekday of 2015-07-24 (a Fri): the day is taken as written");
    assertThat(Dates.problem("Fri, 24 Jul 2015 10:00:00 GMT", "")).isNull();
  }

  @Test
  void anImpossibleTimeIsAWarningThatTheArticleIsNotCountedFirst() {
    assertThat(Dates.problem("2015-07-21T25:99", "2015-07-21T25:99"))
        .isEqualTo(
            "date '2015-07-21T25:99': time not read (hh:mm or hh:mm:ss expected): the article"
                + " keeps its day but is not counted as first to publish");
    assertThat(Dates.problem("2015-07-21T23:59", "")).isNull();
    assertThat(Dates.problem("", "")).isNull();
    assertThat(Dates.problem("not a date", "not a date"))
        .isEqualTo(
            "date 'not a date' not read (yyyy-mm-dd or RFC 1123 expected): the article is undated");
  }

  @Test
  void noStringMakesTheReaderThrow() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "0123456789-:T Z+,.MonTueJulGMT\u0660\u0661";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String d = b.toString();
      long day = Dates.day(d);
      long second = Dates.second(d);
      Dates.problem(d, d);
      // A known second always lies in its known day.
      if (second != Dates.UNKNOWN_SECOND) {
        assertThat(Math.floorDiv(second, 86_400L)).as(d).isEqualTo(day);
      }
    }
  }
}
