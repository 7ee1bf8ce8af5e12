package org.newsmerge.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReprintLinkerTest {

  private static final ReprintLinker.Rules RULES = new ReprintLinker.Rules(30, 0.25, 40, 31, 3);

  private final Random random = new Random(7);

  /** A passage of {@code words} random words, as one sentence key. */
  private String passage(int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) s.append(' ');
      for (int c = 0; c < 6; c++) s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  private static ReprintAnchors.Anchors article(String... passages) {
    return ReprintAnchors.of(List.of(passages));
  }

  private static ReprintLinker.Result families(List<ReprintAnchors.Anchors> articles, long[] days) {
    return ReprintLinker.families(
        articles.toArray(ReprintAnchors.Anchors[]::new), days, null, RULES);
  }

  private static long[] sameDay(int n) {
    return new long[n];
  }

  @Test
  void anAgencyStatementPrintedBySixOutletsIsOneFamilyOfSix() {
    String statement = passage(60);
    List<ReprintAnchors.Anchors> articles = new ArrayList<>();
    for (int i = 0; i < 6; i++) articles.add(article(passage(10), statement, passage(15)));
    articles.add(article(passage(80)));
    int[] family = families(articles, sameDay(7)).familyOf();
    assertThat(Arrays.copyOf(family, 6)).containsOnly(0);
    assertThat(family[6]).isEqualTo(6);
  }

  @Test
  void aReprintIsOneWhateverTheDaysBetweenUpToTheReprintWindow() {
    String text = passage(50);
    // Each reprint with a line of its own: not a copy of the text, which is one whatever the days.
    List<ReprintAnchors.Anchors> articles =
        List.of(article(text), article(text, passage(6)), article(passage(6), text));
    assertThat(families(articles, new long[] {100, 104, 130}).familyOf()).containsOnly(0);
    // Past the window (31 days), the third is apart.
    assertThat(families(articles, new long[] {100, 104, 140}).familyOf()).containsExactly(0, 0, 2);
    List<ReprintAnchors.Anchors> copies = List.of(article(text), article(text), article(text));
    assertThat(families(copies, new long[] {100, 104, 140}).familyOf()).containsOnly(0);
  }

  @Test
  void aPassageFoundInMoreThanMaxDfArticlesLinksNothing() {
    String formula = passage(40);
    List<ReprintAnchors.Anchors> articles = new ArrayList<>();
    for (int i = 0; i < RULES.maxDf() + 1; i++) articles.add(article(formula, passage(20)));
    ReprintLinker.Result r = families(articles, sameDay(articles.size()));
    assertThat(r.links()).isZero();
    for (int i = 0; i < articles.size(); i++) assertThat(r.familyOf()[i]).isEqualTo(i);
  }

  @Test
  void anOutletsDailyTemplateLinksNoTwoDaysWhileOneDaysBulletinAndAReprintStayFamilies() {
    // A weather report: one outlet's template wording on four days, another outlet's copy of
    // the fourth day's bulletin; each day's own figures apart.
    String template = passage(40);
    List<ReprintAnchors.Anchors> articles = new ArrayList<>();
    for (int d = 0; d < 4; d++) articles.add(article(template, passage(15)));
    articles.add(article(template, passage(15)));
    // One text printed by that outlet and two others, on two days: a reprint, not a template.
    String statement = passage(50);
    for (int i = 0; i < 3; i++) articles.add(article(statement, passage(10)));
    long[] days = {100, 101, 102, 103, 103, 100, 100, 101};
    int[] siteOf = {0, 0, 0, 0, 1, 0, 1, 2};
    int[] family =
        ReprintLinker.families(articles.toArray(ReprintAnchors.Anchors[]::new), days, siteOf, RULES)
            .familyOf();
    assertThat(family).containsExactly(0, 1, 2, 3, 3, 5, 5, 5);
    // Without outlets (or on fewer days) the template is shared text like any other.
    int[] unknown =
        ReprintLinker.families(articles.toArray(ReprintAnchors.Anchors[]::new), days, null, RULES)
            .familyOf();
    assertThat(Arrays.copyOf(unknown, 5)).containsOnly(0);
  }

  @Test
  void oneSitesOwnTextOnThreeDaysLinksNothingWhileItsUpdatesOfADayAndReprintsLink() {
    // A cookie banner on three unrelated pages of one site, three days: its text, linking nothing.
    String banner = passage(40);
    List<ReprintAnchors.Anchors> articles = new ArrayList<>();
    for (int i = 0; i < 3; i++) articles.add(article(banner, passage(20)));
    ReprintAnchors.Anchors[] pages = articles.toArray(ReprintAnchors.Anchors[]::new);
    long[] threeDays = {100, 101, 102};
    int[] oneSite = {0, 0, 0};
    ReprintLinker.Result r = ReprintLinker.families(pages, threeDays, oneSite, RULES);
    assertThat(r.links()).isZero();
    assertThat(r.familyOf()).containsExactly(0, 1, 2);
    // The same three pages, one of them another site's: the text is reprinted, not furniture.
    int[] twoSites = {0, 0, 1};
    assertThat(ReprintLinker.families(pages, threeDays, twoSites, RULES).familyOf())
        .containsOnly(0);
    // One site's three texts of one day (its updates of a story), or undated: one family.
    assertThat(ReprintLinker.families(pages, new long[] {100, 100, 101}, oneSite, RULES).familyOf())
        .containsOnly(0);
    long[] undated = new long[3];
    Arrays.fill(undated, Long.MIN_VALUE);
    assertThat(ReprintLinker.families(pages, undated, oneSite, RULES).familyOf()).containsOnly(0);
  }

  @Test
  void copiesOfOneTextAreOneFamilyHoweverManyPrintIt() {
    // An agency statement printed word for word by more articles than maxDf, and an edited
    // reprint of it: one family; a formula shared by as many unrelated reports links nothing.
    String statement = passage(60);
    String formula = passage(20);
    List<ReprintAnchors.Anchors> articles = new ArrayList<>();
    int copies = 3 * RULES.maxDf();
    for (int i = 0; i < copies; i++) articles.add(article(statement));
    articles.add(article(passage(5), statement, passage(5)));
    for (int i = 0; i < copies; i++) articles.add(article(formula, passage(30)));
    ReprintLinker.Result r = families(articles, sameDay(articles.size()));
    for (int i = 0; i <= copies; i++) assertThat(r.familyOf()[i]).isZero();
    for (int i = copies + 1; i < articles.size(); i++) assertThat(r.familyOf()[i]).isEqualTo(i);
  }

  @Test
  void aLongSharedPassageLinksTwoLongArticlesThoughItIsASmallShareOfThem() {
    String quoted = passage(50);
    List<ReprintAnchors.Anchors> articles =
        List.of(article(passage(400), quoted, passage(100)), article(passage(300), quoted));
    assertThat(families(articles, sameDay(2)).familyOf()).containsExactly(0, 0);
  }

  @Test
  void partialReprintsInAChainDoNotMakeOneFamily() {
    String p1 = passage(30);
    String p2 = passage(30);
    String p3 = passage(30);
    String p4 = passage(30);
    // A shares p2 with B, B shares p3 with C; A and C share nothing.
    List<ReprintAnchors.Anchors> articles =
        List.of(article(p1, p2), article(p2, p3), article(p3, p4));
    ReprintLinker.Result r = families(articles, sameDay(3));
    assertThat(r.links()).isEqualTo(2);
    assertThat(r.familyOf()[0]).isNotEqualTo(r.familyOf()[2]);
    assertThat(r.unplaced()).isEqualTo(1);
  }

  @Test
  void wordsInAnotherOrderAreNotAnAlignedPassage() {
    String[] words = passage(60).split(" ");
    List<String> shuffled = new ArrayList<>(List.of(words));
    java.util.Collections.shuffle(shuffled, new Random(1));
    // Five-word anchors cannot survive a shuffle; a reversed order of whole paragraphs keeps
    // each paragraph's anchors but aligns only the longer one.
    String a = passage(25);
    String b = passage(30);
    List<ReprintAnchors.Anchors> articles =
        List.of(article(a, b), article(b, a), article(String.join(" ", shuffled)));
    assertThat(
            ReprintLinker.longestIncreasing(new long[] {0, 1, 2, 3}, 0, 4, new int[] {5, 1, 2, 9}))
        .isEqualTo(3);
    ReprintLinker.Result r = families(articles, sameDay(3));
    assertThat(r.familyOf()).containsExactly(0, 0, 2);
  }

  @Test
  void theSameInputsGiveTheSameFamilies() {
    List<ReprintAnchors.Anchors> articles = new ArrayList<>();
    String s = passage(50);
    String t = passage(50);
    for (int i = 0; i < 10; i++) articles.add(article(i % 2 == 0 ? s : t, passage(20 + i)));
    int[] once = families(articles, sameDay(10)).familyOf();
    assertThat(families(articles, sameDay(10)).familyOf()).containsExactly(once);
    assertThat(once).containsExactly(0, 1, 0, 1, 0, 1, 0, 1, 0, 1);
  }

  @Test
  void anchorsAreTheGramsFoundOnceInTheirTextOrder() {
    ReprintAnchors.Anchors a = ReprintAnchors.of(List.of("a b c d e f", "a b c d e"));
    // Grams over the joined keys: "a b c d e" twice (not an anchor), then five others once.
    assertThat(a.grams()).isEqualTo(6);
    assertThat(a.hashes()).hasSize(5);
    assertThat(ReprintAnchors.of(List.of("too short")).hashes()).isEmpty();
  }

  @Test
  void badRulesAreRefusedWithTheirValue() {
    assertThatThrownBy(() -> new ReprintLinker.Rules(1, 0.25, 40, 31, 3))
        .hasMessageContaining("maxDf (1)");
    assertThatThrownBy(() -> new ReprintLinker.Rules(30, 0, 40, 31, 3))
        .hasMessageContaining("minContainment (0.0)");
  }
}
