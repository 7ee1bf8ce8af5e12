package org.newsmerge.text;

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
}
