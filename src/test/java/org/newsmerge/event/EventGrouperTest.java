package org.newsmerge.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsmerge.internal.Parallel;

class EventGrouperTest {

  private static final long UNDATED = EventGrouper.UNKNOWN_DAY;
  private static final EventSettings SETTINGS = EventSettings.DEFAULT.withThreshold(0.3);

  /** A language whose cosines count in full. */
  private static final EventTerms.Language STEMMED = EventTerms.Language.ARABIC;

  private static final Parallel SERIAL = Parallel.SERIAL;

  /** A bag of the given terms, each counted once. */
  private static TermBag bag(int... terms) {
    int[] t = Arrays.stream(terms).distinct().sorted().toArray();
    float[] w = new float[t.length];
    Arrays.fill(w, 1f);
    return new TermBag(t, w);
  }

  private static int[] range(int from, int to) {
    int[] out = new int[to - from];
    for (int i = 0; i < out.length; i++) out[i] = from + i;
    return out;
  }

  private static int[] concat(int[]... parts) {
    return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
  }

  private static int[] alone(int n) {
    return range(0, n);
  }

  private static long[] undated(int n) {
    long[] d = new long[n];
    Arrays.fill(d, UNDATED);
    return d;
  }

  /** Each event as the set of its article indexes. */
  private static Set<Set<Integer>> events(int[] eventOf) {
    TreeMap<Integer, Set<Integer>> by = new TreeMap<>();
    for (int a = 0; a < eventOf.length; a++)
      by.computeIfAbsent(eventOf[a], k -> new HashSet<>()).add(a);
    return new HashSet<>(by.values());
  }

  /** Background articles, each of its own words, so that term weights mean something. */
  private static List<TermBag> background(int n, int firstTerm) {
    List<TermBag> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(bag(range(firstTerm + 20 * i, firstTerm + 20 * i + 20)));
    return out;
  }

  /** The articles of {@code bags}, each from a site of its own. */
  private static EventGrouper.Articles articles(
      List<TermBag> bags,
      java.util.function.IntFunction<EventTerms.Language> languages,
      int[] familyOf,
      long[] days) {
    return new EventGrouper.Articles(bags::get, languages, alone(bags.size()), familyOf, days);
  }

  private static int[] group(List<TermBag> bags, int[] familyOf, long[] days, EventSettings s) {
    return EventGrouper.group(articles(bags, a -> STEMMED, familyOf, days), s, SERIAL);
  }

  @Test
  void articlesAboutOneThingAreOneEventAndTheRestStayAlone() {
    List<TermBag> bags = new ArrayList<>();
    bags.add(bag(concat(range(0, 12), range(100, 110))));
    bags.add(bag(concat(range(0, 12), range(200, 210))));
    bags.add(bag(concat(range(0, 12), range(300, 310))));
    bags.addAll(background(20, 10_000));
    int n = bags.size();
    Set<Set<Integer>> events = events(group(bags, alone(n), undated(n), SETTINGS));
    assertThat(events).contains(Set.of(0, 1, 2));
    assertThat(events).hasSize(n - 2);
  }

  @Test
  void aPrefixLanguagesCosinesCountForLessAgainstTheThreshold() {
    // Two articles alike at a cosine between the threshold and the threshold / scale.
    List<TermBag> bags = new ArrayList<>();
    bags.add(bag(concat(range(0, 8), range(100, 112))));
    bags.add(bag(concat(range(0, 8), range(200, 212))));
    bags.addAll(background(20, 10_000));
    int n = bags.size();
    EventTerms.Language prefix = EventTerms.Language.GERMAN;
    assertThat(prefix.cosineScale()).isLessThan(1);
    EventSettings s = SETTINGS.withThreshold(0.3);
    int[] stemmed =
        EventGrouper.group(articles(bags, a -> STEMMED, alone(n), undated(n)), s, SERIAL);
    int[] cut = EventGrouper.group(articles(bags, a -> prefix, alone(n), undated(n)), s, SERIAL);
    assertThat(stemmed[1]).isZero();
    assertThat(cut[1]).isOne();
  }

  @Test
  void twoFamiliesOfOneOutletAreOneEventOnlyAsNearCopiesOrThroughAnotherOutlet() {
    // Articles 0 and 1 alike at about 0.6 (12 of 20 terms shared), 2 and 3 near copies.
    List<TermBag> bags = new ArrayList<>();
    bags.add(bag(concat(range(0, 12), range(100, 108))));
    bags.add(bag(concat(range(0, 12), range(200, 208))));
    bags.add(bag(concat(range(500, 519), range(600, 601))));
    bags.add(bag(concat(range(500, 519), range(700, 701))));
    bags.addAll(background(20, 10_000));
    int n = bags.size();
    int[] ownOutlets = alone(n);
    int[] oneOutlet = alone(n);
    oneOutlet[1] = 0;
    oneOutlet[3] = 2;
    EventGrouper.Articles ofOutlets =
        new EventGrouper.Articles(bags::get, a -> STEMMED, ownOutlets, alone(n), undated(n));
    EventGrouper.Articles ofOneOutlet =
        new EventGrouper.Articles(bags::get, a -> STEMMED, oneOutlet, alone(n), undated(n));
    assertThat(events(EventGrouper.group(ofOutlets, SETTINGS, SERIAL))).contains(Set.of(0, 1));
    Set<Set<Integer>> byOutlet = events(EventGrouper.group(ofOneOutlet, SETTINGS, SERIAL));
    assertThat(byOutlet).contains(Set.of(0), Set.of(1), Set.of(2, 3));

    // A third outlet's article alike both joins them into one event.
    bags.add(bag(concat(range(0, 12), range(100, 104), range(200, 204))));
    int m = bags.size();
    int[] outlets = Arrays.copyOf(oneOutlet, m);
    outlets[m - 1] = m - 1;
    EventGrouper.Articles third =
        new EventGrouper.Articles(bags::get, a -> STEMMED, outlets, alone(m), undated(m));
    assertThat(events(EventGrouper.group(third, SETTINGS, SERIAL))).contains(Set.of(0, 1, m - 1));
  }

  @Test
  void aReuseFamilyStaysWholeThoughItsArticlesShareNoTerm() {
    List<TermBag> bags = background(6, 0);
    int[] familyOf = {0, 0, 2, 3, 4, 4};
    Set<Set<Integer>> events = events(group(bags, familyOf, undated(6), SETTINGS));
    assertThat(events).containsExactlyInAnyOrder(Set.of(0, 1), Set.of(2), Set.of(3), Set.of(4, 5));
  }

  @Test
  void aChainOfPairsEachAlikeIsNotOneEventUnlessTheWholeIsAlike() {
    // A shares half its terms with B, B the other half with C; A and C share nothing.
    List<TermBag> bags = new ArrayList<>();
    bags.add(bag(concat(range(0, 10), range(100, 110))));
    bags.add(bag(concat(range(0, 10), range(20, 30))));
    bags.add(bag(concat(range(20, 30), range(300, 310))));
    bags.addAll(background(20, 10_000));
    int n = bags.size();
    int[] eventOf = group(bags, alone(n), undated(n), SETTINGS.withThreshold(0.4));
    Set<Set<Integer>> events = events(eventOf);
    assertThat(events).doesNotContain(Set.of(0, 1, 2));
    assertThat(eventOf[0] == eventOf[1] || eventOf[1] == eventOf[2]).isTrue();
  }

  @Test
  void datedFamiliesFurtherApartThanTheWindowAreApartAndUndatedOnesAreNotHeldToIt() {
    List<TermBag> bags = new ArrayList<>();
    for (int i = 0; i < 3; i++)
      bags.add(bag(concat(range(0, 12), range(100 * i + 100, 100 * i + 110))));
    bags.addAll(background(20, 10_000));
    int n = bags.size();
    long[] days = undated(n);
    days[0] = 100;
    days[1] = 110; // ten days later: another event, whatever its words
    Set<Set<Integer>> events = events(group(bags, alone(n), days, SETTINGS.withWindowDays(2)));
    assertThat(events).contains(Set.of(0, 2)).contains(Set.of(1));

    days[1] = 101;
    assertThat(events(group(bags, alone(n), days, SETTINGS.withWindowDays(2))))
        .contains(Set.of(0, 1, 2));
  }

  @Test
  void anEventStopsGrowingAtTheSizeGuard() {
    List<TermBag> bags = new ArrayList<>();
    for (int i = 0; i < 6; i++)
      bags.add(bag(concat(range(0, 12), range(100 * i + 100, 100 * i + 105))));
    bags.addAll(background(20, 10_000));
    int n = bags.size();
    int[] eventOf = group(bags, alone(n), undated(n), SETTINGS.withMaxArticles(4));
    assertThat(events(eventOf)).allSatisfy(e -> assertThat(e.size()).isLessThanOrEqualTo(4));
    assertThat(events(eventOf)).anySatisfy(e -> assertThat(e).hasSize(4));
  }

  @Test
  void theEventsDoNotDependOnTheThreadsOrTheOrderOfArticles() {
    List<TermBag> bags = new ArrayList<>();
    for (int i = 0; i < 5; i++)
      bags.add(bag(concat(range(0, 12), range(100 * i + 100, 100 * i + 110))));
    for (int i = 0; i < 5; i++)
      bags.add(bag(concat(range(50, 62), range(100 * i + 1000, 100 * i + 1010))));
    bags.addAll(background(30, 10_000));
    int n = bags.size();
    Set<Set<Integer>> serial = events(group(bags, alone(n), undated(n), SETTINGS));
    Parallel threads =
        (count, body) -> java.util.stream.IntStream.range(0, count).parallel().forEach(body);
    int[] parallel =
        EventGrouper.group(articles(bags, a -> STEMMED, alone(n), undated(n)), SETTINGS, threads);
    assertThat(events(parallel)).isEqualTo(serial);

    List<TermBag> reversed = new ArrayList<>(bags);
    java.util.Collections.reverse(reversed);
    Set<Set<Integer>> back = new HashSet<>();
    for (Set<Integer> e : events(group(reversed, alone(n), undated(n), SETTINGS))) {
      Set<Integer> original = new HashSet<>();
      for (int a : e) original.add(n - 1 - a);
      back.add(original);
    }
    assertThat(back).isEqualTo(serial);
    assertThat(serial).contains(Set.of(0, 1, 2, 3, 4), Set.of(5, 6, 7, 8, 9));
  }
}
