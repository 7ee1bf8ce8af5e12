package org.newsmerge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanMeasuresTest {

  private static PanMeasures.Span span(int ts, int te, int ss, int se) {
    return new PanMeasures.Span("s.txt", "r.txt", ts, te, ss, se);
  }

  @Test
  void anExactDetectionScoresOneEverywhere() {
    var s = PanMeasures.score(List.of(span(100, 200, 0, 100)), List.of(span(100, 200, 0, 100)));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.granularity()).isEqualTo(1.0);
    assertThat(s.plagdet()).isEqualTo(1.0);
  }

  @Test
  void charactersOfBothSidesCountTowardsRecallAndPrecision() {
    // Case: 100 + 100 characters. Detection: the case's first half on both sides plus 50
    // characters beyond it on the suspicious side: shares 100 of its 150.
    var s = PanMeasures.score(List.of(span(100, 200, 0, 100)), List.of(span(50, 150, 0, 50)));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.precision()).isCloseTo(100.0 / 150, within(1e-9));
  }

  @Test
  void aCaseFoundInTwoPiecesHasGranularityTwoAndPlagdetDividedByLog2OfThree() {
    var s =
        PanMeasures.score(
            List.of(span(0, 100, 0, 100)), List.of(span(0, 50, 0, 50), span(50, 100, 50, 100)));
    assertThat(s.granularity()).isEqualTo(2.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.plagdet()).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-9));
  }

  @Test
  void aDetectionOverlappingOnOneSideOnlyDetectsNothing() {
    var s = PanMeasures.score(List.of(span(0, 100, 0, 100)), List.of(span(0, 100, 500, 600)));
    assertThat(s.recall()).isZero();
    assertThat(s.precision()).isZero();
    assertThat(s.plagdet()).isZero();
    assertThat(s.granularity()).isEqualTo(1.0);
  }

  @Test
  void detectionsInAPairWithoutCasesCostPrecisionAndAnotherPairsCaseIsNotDetected() {
    var other = new PanMeasures.Span("t.txt", "r.txt", 0, 100, 0, 100);
    var s = PanMeasures.score(List.of(span(0, 100, 0, 100)), List.of(span(0, 100, 0, 100), other));
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void macroAveragesPerCaseWhileMicroCountsCharacters() {
    // A long case found whole, a short one missed: macro recall 1/2, micro recall 1000/1100.
    var s =
        PanMeasures.score(
            List.of(span(0, 500, 0, 500), span(1000, 1050, 1000, 1050)),
            List.of(span(0, 500, 0, 500)));
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.microRecall()).isCloseTo(1000.0 / 1100, within(1e-9));
  }

  @Test
  void overlappingDetectionsCountSharedCharactersOnce() {
    var s =
        PanMeasures.score(
            List.of(span(0, 100, 0, 100)), List.of(span(0, 80, 0, 80), span(20, 100, 20, 100)));
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void withoutCasesRecallIsUndefinedAndWithoutDetectionsPrecisionIs() {
    assertThat(PanMeasures.score(List.of(), List.of()).recall()).isNaN();
    assertThat(PanMeasures.score(List.of(span(0, 1, 0, 1)), List.of()).precision()).isNaN();
    assertThat(PanMeasures.plagdet(Double.NaN, 1, 1)).isZero();
  }
}
