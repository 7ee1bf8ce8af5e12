package org.newsmerge.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;
import org.newsmerge.pipeline.Pipeline;
import org.newsmerge.text.FigureReader;

/** The lead stage on the seeds and on small stories made to show one rule each. */
class CondenserTest {

  static Brief seeds;

  @BeforeAll
  static void mergeTheSeeds() {
    seeds = brief(Path.of("seeds"));
  }

  static Brief brief(Path dir) {
    return Pipeline.brief(
        Pipeline.analyse(List.of(dir), OverlapSettings.DEFAULT), OverlapSettings.DEFAULT);
  }

  private static String name(Brief b, String id) {
    return b.source(id).source().isBlank() ? id : b.source(id).source();
  }

  @Test
  void theSeedsLeadOpensWithThePsakiStatementOf000And004() {
    // Four sentences bring the lead to its 80 words.
    List<Integer> lead = Condenser.shown(seeds, 6);
    assertThat(lead).hasSize(4);
    Unit first = seeds.units().get(lead.get(0));
    assertThat(first.text()).contains("جين بساكي").contains("خاطئة تمامًا");
    assertThat(first.sources().stream().map(id -> seeds.source(id).path()))
        .allMatch(p -> p.contains("000_") || p.contains("004_"))
        .hasSize(2);
  }

  @Test
  void aFactInOtherWordsIsLinkedAndItsSourcesCreditedApart() {
    // Al Jazeera's account of the State Department statement and 004's, in their own words.
    int condemned = -1;
    for (int i = 0; i < seeds.units().size(); i++) {
      if (seeds.units().get(i).text().startsWith("وأدان البيان أعمال العنف")) condemned = i;
    }
    assertThat(condemned).isNotNegative();
    List<String> other = seeds.otherWords(condemned);
    assertThat(other)
        .singleElement()
        .satisfies(id -> assertThat(seeds.source(id).path()).contains("004_"));
    assertThat(seeds.facts()).allMatch(f -> f.a() < f.b());
  }

  @Test
  void theSeedsReadFamilyByFamilyTheReprintingPairFirst() {
    assertThat(seeds.families()).hasSize(4);
    Brief.Family first = seeds.families().get(0);
    assertThat(first.articles()).hasSize(2);
    assertThat(first.from()).isZero();
    for (int f = 1; f < seeds.families().size(); f++) {
      assertThat(seeds.families().get(f).from()).isEqualTo(seeds.families().get(f - 1).to());
    }
    assertThat(seeds.families().get(3).to()).isEqualTo(seeds.units().size());
  }

  @Test
  void twoOutletsCountingOneTollDifferentlyAreADiscrepancyAcrossOutlets() {
    Brief b = brief(Path.of("src/test/resources/lead/cross-figure"));
    assertThat(b.crossConflicts()).singleElement();
    Brief.CrossConflict c = b.crossConflicts().get(0);
    assertThat(c.kind()).isEqualTo(Unit.Discrepancy.Kind.NUMBER);
    assertThat(c.values()).extracting(Unit.Value::text).containsExactly("12", "15");
    assertThat(name(b, c.values().get(0).sources().get(0))).isEqualTo("Daily Post");
    assertThat(name(b, c.values().get(1).sources().get(0))).isEqualTo("Evening News");
    assertThat(b.facts()).isEmpty();
  }

  @Test
  void aLeadHoldsNoTwoSentencesOfOneFactAndStaysWithinItsBudget() {
    for (Brief b : List.of(seeds, brief(Path.of("src/test/resources/lead/cross-figure")))) {
      List<Integer> lead = b.lead();
      assertThat(lead).hasSizeLessThanOrEqualTo(LeadSelector.MAX_UNITS).doesNotHaveDuplicates();
      // The lead ends with the sentence that brings it to its words: none is added past them.
      int before =
          lead.subList(0, lead.size() - 1).stream()
              .mapToInt(i -> LeadSelector.words(b.units().get(i).text()))
              .sum();
      assertThat(before).isLessThan(LeadSelector.WORDS);
      for (Brief.FactLink f : b.facts())
        assertThat(lead.contains(f.a()) && lead.contains(f.b())).isFalse();
      for (Brief.CrossConflict c : b.crossConflicts())
        assertThat(lead.contains(c.a()) && lead.contains(c.b())).isFalse();
    }
  }

  @Test
  void twoSentencesGivingOneCountOfOneThingRepeatAFact() {
    String a = "Cazorla (30 years) joined from Malaga in 2012 and played 148 games.";
    String b = "Cazorla, 30 years old, was the most used player with 53 games last season.";
    String c = "Cazorla, 31 years old, was the most used player last season.";
    assertThat(countSame(a, b)).isTrue();
    assertThat(countSame(a, c)).isFalse();
    // A currency is what a sum counts, whatever word follows it.
    assertThat(countSame("trading passed 4.1 billion riyals today", "worth 4.1 billion riyals"))
        .isTrue();
    assertThat(countSame("trading passed 4.1 billion riyals", "worth 4.1 billion dollars"))
        .isFalse();
  }

  private static boolean countSame(String a, String b) {
    return FactLinker.countSame(a, FigureReader.figures(a), b, FigureReader.figures(b));
  }

  @Test
  void aBriefOfOneFamilyKeepsItsOrderAndNamesNoFamily() {
    Brief b = brief(Path.of("src/test/resources/hostile/changed-figure"));
    assertThat(b.families()).isEmpty();
    assertThat(b.units().get(0).text()).startsWith("The storm killed 12");
  }

  @Test
  void condensingIsDeterministic() {
    Brief again = brief(Path.of("seeds"));
    assertThat(again.lead()).isEqualTo(seeds.lead());
    assertThat(again.facts()).isEqualTo(seeds.facts());
    assertThat(again.units().stream().map(Unit::text).toList())
        .isEqualTo(seeds.units().stream().map(Unit::text).toList());
  }
}
