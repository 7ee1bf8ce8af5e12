package org.newsmerge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lead's figures as docs/quality.md and the README give them, on the sets judged by reading
 * (src/test/resources/eval), whose articles come from the dev corpus beside the project.
 */
class LeadTargetsTest {

  private static final Path DEV = Path.of("..", "shared", "corpora", "saudinewsnet-dev");

  @Test
  void theLeadStatesTheMostReportedFactsAsTheDocsSay() {
    assumeTrue(Files.isDirectory(DEV), "corpus not present: " + DEV);
    List<LeadEvaluation.Story> stories =
        LeadEvaluation.run(
            Path.of("src/test/resources/eval/pyramids"),
            org.newsmerge.render.Presentation.DEFAULT_LEAD);
    assertThat(stories).hasSize(26);
    assertThat(stories).allMatch(s -> s.quotesMissed() == 0);
    double score = stories.stream().mapToDouble(LeadEvaluation.Story::score).average().orElse(0);
    double earliest =
        stories.stream().mapToDouble(LeadEvaluation.Story::earliest).average().orElse(0);
    double longest =
        stories.stream().mapToDouble(LeadEvaluation.Story::longest).average().orElse(0);
    double centroid =
        stories.stream().mapToDouble(LeadEvaluation.Story::centroid).average().orElse(0);
    assertThat(score).isGreaterThanOrEqualTo(0.85).isCloseTo(0.868, within(0.0005));
    assertThat(score - Math.max(earliest, Math.max(longest, centroid)))
        .isGreaterThanOrEqualTo(0.05);
    assertThat(centroid).isCloseTo(0.528, within(0.0005));
    assertThat(stories.stream().filter(s -> s.redundant() == 0).count()).isEqualTo(24);
    assertThat(stories).allMatch(s -> s.leadWords() >= 80 && s.leadWords() <= 250);
  }

  @Test
  void factsInOtherWordsAreLinkedWithThePrecisionTheDocsSay() {
    assumeTrue(Files.isDirectory(DEV), "corpus not present: " + DEV);
    List<FactEvaluation.Pair> pairs =
        FactEvaluation.run(
            Path.of("src/test/resources/eval/fact-pairs.jsonl"),
            Path.of("src/test/resources/eval/fact-stories.json"));
    assertThat(pairs).hasSize(320);
    long linked = pairs.stream().filter(FactEvaluation.Pair::linked).count();
    long right = pairs.stream().filter(p -> p.linked() && p.same()).count();
    long same = pairs.stream().filter(p -> p.found() && p.same()).count();
    assertThat(linked).isEqualTo(154);
    assertThat((double) right / linked)
        .isGreaterThanOrEqualTo(0.90)
        .isCloseTo(0.987, within(0.0005));
    assertThat((double) right / same).isCloseTo(0.639, within(0.0005));
  }
}
