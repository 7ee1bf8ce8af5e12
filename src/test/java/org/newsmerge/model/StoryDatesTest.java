package org.newsmerge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's first and last dates are the earliest and latest times its articles state. */
class StoryDatesTest {

  private static ArticleRef ref(String id, String date) {
    return new ArticleRef(id, id + ".json", 0, "outlet", "title", date, "", "0");
  }

  private static Story story(String... dates) {
    List<ArticleRef> refs = new java.util.ArrayList<>();
    for (int i = 0; i < dates.length; i++) refs.add(ref("a" + i, dates[i]));
    return Story.of(List.of(refs), List.of());
  }

  @Test
  void rfc1123DatesAreOrderedAsTimesNotAsText() {
    // As text, "Fri" < "Sat" < "Thu": the first date would be Friday's and the last Thursday's.
    Story s =
        story(
            "Sat, 25 Jul 2015 09:00:00 GMT",
            "Thu, 23 Jul 2015 09:00:00 GMT",
            "Fri, 24 Jul 2015 09:00:00 GMT");
    assertThat(s.firstDate()).isEqualTo("Thu, 23 Jul 2015 09:00:00 GMT");
    assertThat(s.lastDate()).isEqualTo("Sat, 25 Jul 2015 09:00:00 GMT");
  }

  @Test
  void datesOfTwoFormsAreOrderedTogether() {
    Story s = story("2015-07-24 08:00", "Thu, 23 Jul 2015 23:00:00 GMT", "2015-07-23 22:00:00");
    assertThat(s.firstDate()).isEqualTo("2015-07-23 22:00:00");
    assertThat(s.lastDate()).isEqualTo("2015-07-24 08:00");
  }

  @Test
  void anUnreadDateIsNeverAStorysDate() {
    Story s = story("not a date", "2015-07-23", "");
    assertThat(s.firstDate()).isEqualTo("2015-07-23");
    assertThat(s.lastDate()).isEqualTo("2015-07-23");
    assertThat(story("not a date", "").firstDate()).isEmpty();
  }
}
