package org.newsmerge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.model.Article;
import org.newsmerge.model.Sentence;
import org.newsmerge.pipeline.Pipeline;

class SeedBriefTest {

  private static Analysis seeds;
  private static Brief brief;

  @BeforeAll
  static void mergeSeeds() {
    seeds = Pipeline.analyse(List.of(Path.of("seeds")), OverlapSettings.DEFAULT);
    brief = new Merger(OverlapSettings.DEFAULT).merge(seeds);
  }

  private static String id(String name) {
    return seeds.articles().stream()
        .filter(a -> a.path().contains("/" + name + "_"))
        .map(Article::id)
        .findFirst()
        .orElseThrow();
  }

  private static List<Unit> unitsContaining(String words) {
    return brief.units().stream().filter(u -> u.text().contains(words)).toList();
  }

  @Test
  void eachSharedSentenceAppearsOnceCreditedToBoth() {
    for (String words :
        List.of(
            "جين بساكي",
            "ديميتري بيسكوف",
            "دعت موسكو",
            "يتصاعد فيه التوتر",
            "أهمية كازاخستان بالنسبة",
            "مجلس الأعمال")) {
      assertThat(unitsContaining(words))
          .as(words)
          .singleElement()
          .satisfies(u -> assertThat(u.sources()).containsExactly(id("000"), id("004")));
    }
  }

  @Test
  void bothPsakiWordingsOf004AreOneUnitWithTheDifferenceShown() {
    Unit psaki = unitsContaining("الاتهامات الروسية بأن الولاياتالمتحدة حرضت").get(0);
    assertThat(unitsContaining("الاتهامات الروسية بأن الولاياتالمتحدة حرضت")).hasSize(1);
    assertThat(psaki.members()).hasSize(3);
    assertThat(psaki.text()).contains("خاطئة تمامًا");
    assertThat(psaki.variants())
        .singleElement()
        .satisfies(v -> assertThat(v.member().sentence().text()).contains("كاذبة تماما"));
    assertThat(psaki.discrepancies())
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(Unit.Discrepancy.Kind.QUOTE);
              assertThat(d.representative()).isEqualTo("خاطئة");
              assertThat(d.variant()).isEqualTo("كاذبة");
            });
  }

  @Test
  void thePsakiQuoteIsTheBriefsOneConflictWithBothValuesAndTheirSources() {
    List<Unit.Conflict> conflicts =
        brief.units().stream().flatMap(u -> u.conflicts().stream()).toList();
    assertThat(conflicts)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Unit.Discrepancy.Kind.QUOTE);
              assertThat(c.values()).extracting(Unit.Value::text).containsExactly("خاطئة", "كاذبة");
              assertThat(c.values().get(0).sources()).containsExactly(id("000"), id("004"));
              assertThat(c.values().get(1).sources()).containsExactly(id("004"));
            });
  }

  @Test
  void everySentenceOfTheUnsharedArticlesIsPresent() {
    for (String name : List.of("002", "003")) {
      List<Sentence> own = seeds.sentences().get(seeds.articles().indexOf(seeds.article(id(name))));
      assertThat(own).isNotEmpty();
      for (Sentence s : own) assertThat(brief.units()).anyMatch(u -> u.text().equals(s.text()));
    }
  }

  @Test
  void everySourceSentenceIsInExactlyOneUnit() {
    long inUnits = brief.units().stream().mapToLong(u -> u.members().size()).sum();
    long total = seeds.sentences().stream().mapToLong(List::size).sum();
    assertThat(inUnits).isEqualTo(total);
    assertThat(brief.units().stream().flatMap(u -> u.members().stream()).distinct().count())
        .isEqualTo(total);
  }

  @Test
  void everyShownSentenceIsARealSourceSentence() {
    for (Unit u : brief.units()) {
      Sentence s = u.representative().sentence();
      assertThat(seeds.article(s.articleId()).text().substring(s.start(), s.end()))
          .isEqualTo(u.text());
    }
  }

  @Test
  void aSourcesRunStaysInItsOrder() {
    for (int i = 0; i < seeds.articles().size(); i++) {
      List<Sentence> own = seeds.sentences().get(i);
      int last = -1;
      for (Sentence s : own) {
        int at = position(s);
        if (brief.units().get(at).sources().size() == 1) {
          assertThat(at)
              .as("sentence %d of %s", s.index(), seeds.articles().get(i).path())
              .isGreaterThan(last);
          last = at;
        }
      }
    }
  }

  private static int position(Sentence s) {
    for (int i = 0; i < brief.units().size(); i++) {
      if (brief.units().get(i).members().stream().anyMatch(m -> m.sentence().equals(s))) return i;
    }
    throw new AssertionError("not in the brief: " + s.text());
  }

  @Test
  void thePartialStatementIsLinkedAsRelated() {
    assertThat(brief.related())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(brief.units().get(r.a()).text() + brief.units().get(r.b()).text())
                  .contains("وأدان البيان")
                  .contains("ووصف البيان");
            });
  }

  @Test
  void titlesBylinesAndCaptionsAreNotNarrative() {
    assertThat(brief.units()).noneMatch(u -> u.text().contains("بقلم"));
    assertThat(brief.units()).noneMatch(u -> u.text().contains("(رويترز)"));
    assertThat(brief.units()).noneMatch(u -> u.text().contains("المصدر : الجزيرة"));
    assertThat(brief.units())
        .noneMatch(u -> u.text().startsWith("أميركا أول دولة اعترفت باستقلالها"));
  }
}
