package org.newsmerge.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsmerge.model.Article;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.model.MatchKind;
import org.newsmerge.model.Passage;
import org.newsmerge.model.SentenceMatch;
import org.newsmerge.pipeline.Pipeline;

/** The known answer on the seed articles (see the evaluation notes). */
class SeedOverlapsTest {

  private static Analysis seeds;

  @BeforeAll
  static void analyseSeeds() {
    seeds = Pipeline.analyse(List.of(Path.of("seeds")), OverlapSettings.DEFAULT);
  }

  private static String id(String sourceName) {
    return seeds.articles().stream()
        .filter(a -> a.path().contains("/" + sourceName + "_"))
        .map(Article::id)
        .findFirst()
        .orElseThrow();
  }

  private static List<Passage> between(String a, String b) {
    return seeds.overlaps().passages().stream()
        .filter(p -> p.firstA().articleId().equals(id(a)) && p.firstB().articleId().equals(id(b)))
        .toList();
  }

  @Test
  void sixSentencesOf000ReappearIn004AsDuplicates() {
    List<SentenceMatch> pairs =
        between("000", "004").stream().flatMap(p -> p.matches().stream()).toList();
    assertThat(pairs).hasSize(6).allMatch(m -> m.kind() == MatchKind.DUPLICATE);
    assertThat(pairs.stream().map(m -> m.a().text().substring(0, 20)).toList())
        .containsExactly(
            "وقالت السكرتيرة الصح", // Psaki
            "وكان ديميتري بيسكوف،", // Peskov
            "وأضاف، كازاخستان دعت", // Moscow was called in
            "وفي وقت يتصاعد فيه ا", // tension
            "وتأتي أهمية كازاخستا", // importance to Washington
            "وسعت واشنطن في السنو"); // business council
    for (SentenceMatch m : pairs) {
      assertThat(m.b().text().substring(0, 15)).isEqualTo(m.a().text().substring(0, 15));
    }
  }

  @Test
  void sharedSentencesFormPassagesInTheSameOrderOnBothSides() {
    List<Passage> passages = between("000", "004");
    // 004 prints the six in one run; 000 has them at 2-4, 9-10 and 15, with four sentences
    // between the runs, more than a passage bridges.
    assertThat(passages).extracting(p -> p.matches().size()).containsExactly(3, 2, 1);
    for (Passage p : passages) {
      for (int i = 1; i < p.matches().size(); i++) {
        assertThat(p.matches().get(i).a().index())
            .isGreaterThan(p.matches().get(i - 1).a().index());
        assertThat(p.matches().get(i).b().index())
            .isGreaterThan(p.matches().get(i - 1).b().index());
      }
    }
  }

  @Test
  void spellingVariantsAreStillDuplicatesAndShownInTheDiff() {
    SentenceMatch importance =
        between("000", "004").stream()
            .flatMap(p -> p.matches().stream())
            .filter(m -> m.a().text().contains("الرئيسيين"))
            .findFirst()
            .orElseThrow();
    assertThat(importance.similarity()).isGreaterThan(0.9).isLessThan(1.0);
    assertThat(WordDiffer.diff(importance.a().text(), importance.b().text()))
        .contains(new DiffChunk(DiffChunk.Op.CHANGE, "الرئيسيين", "الرئيسين"));
    // الى/إلى and الية/آلية fold to the same key: not a difference.
    assertThat(WordDiffer.diff(importance.a().text(), importance.b().text()))
        .noneMatch(c -> c.a().equals("الى"));
  }

  @Test
  void psakiStatementRepeatedInside004IsADuplicate() {
    List<Passage> self = between("004", "004");
    assertThat(self).hasSize(1);
    SentenceMatch psaki = self.get(0).matches().get(0);
    assertThat(psaki.kind()).isEqualTo(MatchKind.DUPLICATE);
    assertThat(psaki.a().text()).contains("جين ساكي").contains("كاذبة تماما");
    assertThat(psaki.b().text()).contains("جين بساكي").contains("خاطئة تمامًا");
    assertThat(WordDiffer.diff(psaki.a().text(), psaki.b().text()))
        .contains(new DiffChunk(DiffChunk.Op.CHANGE, "كاذبة", "خاطئة"));
  }

  @Test
  void stateDepartmentFragmentIn001And004IsPartial() {
    List<Passage> passages = between("001", "004");
    assertThat(passages).hasSize(1);
    SentenceMatch m = passages.get(0).matches().get(0);
    assertThat(m.kind()).isEqualTo(MatchKind.PARTIAL);
    assertThat(m.a().text()).contains("احترام المؤسسات الدستورية وحقوق الإنسان وحرية الإعلام");
    assertThat(m.b().text()).contains("احترام المؤسسات الدستورية وحقوق الإنسان وحرية الإعلام");
    assertThat(m.similarity()).isLessThan(OverlapSettings.DEFAULT.threshold());
  }

  @Test
  void unrelatedSentencesDoNotOverlap() {
    assertThat(seeds.overlaps().passages()).hasSize(3 + 1 + 1);
    assertThat(seeds.overlaps().matches())
        .noneMatch(m -> m.a().articleId().equals(id("002")) || m.b().articleId().equals(id("002")))
        .noneMatch(m -> m.a().articleId().equals(id("003")) || m.b().articleId().equals(id("003")));
  }

  @Test
  void spansAreOffsetsIntoTheTextAsRead() {
    for (SentenceMatch m : seeds.overlaps().matches()) {
      Article a = seeds.article(m.a().articleId());
      assertThat(a.text().substring(m.a().start(), m.a().end())).isEqualTo(m.a().text());
    }
  }
}
