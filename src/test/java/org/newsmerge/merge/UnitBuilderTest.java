package org.newsmerge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsmerge.cluster.UnitBuilder;
import org.newsmerge.model.MatchKind;
import org.newsmerge.model.Sentence;
import org.newsmerge.model.SentenceMatch;

class UnitBuilderTest {

  private static Sentence s(String article, int i) {
    return new Sentence(article, i, 0, 1, "x");
  }

  @Test
  void aChainOfWeakMatchesDoesNotGlueDifferentSentences() {
    Sentence a = s("a", 0);
    Sentence b = s("b", 0);
    Sentence c = s("c", 0);
    Map<String, Double> sim = Map.of("ab", 0.6, "bc", 0.6, "ac", 0.1);
    List<SentenceMatch> matches =
        List.of(
            new SentenceMatch(a, b, MatchKind.DUPLICATE, 0.6, 0.6),
            new SentenceMatch(b, c, MatchKind.DUPLICATE, 0.6, 0.6));
    List<List<Sentence>> units =
        UnitBuilder.units(
            List.of(a, b, c),
            matches,
            (x, y) -> {
              String k =
                  x.articleId().compareTo(y.articleId()) < 0
                      ? x.articleId() + y.articleId()
                      : y.articleId() + x.articleId();
              return sim.get(k);
            },
            0.5,
            0.35);
    assertThat(units).hasSize(2);
  }
}
