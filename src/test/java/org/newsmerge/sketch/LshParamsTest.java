package org.newsmerge.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LshParamsTest {

  @Test
  void optimalSplitFitsTheSignature() {
    LshParams p = LshParams.optimal(0.5, 128);
    assertThat(p.bands() * p.rows()).isLessThanOrEqualTo(128);
  }

  @Test
  void curveIsSteepAroundTheThreshold() {
    LshParams p = LshParams.optimal(0.5, 128);
    assertThat(p.candidateProbability(0.75)).isGreaterThan(0.95);
    assertThat(p.candidateProbability(0.2)).isLessThan(0.1);
  }

  @Test
  void higherThresholdsUseLongerBands() {
    assertThat(LshParams.optimal(0.8, 128).rows())
        .isGreaterThan(LshParams.optimal(0.3, 128).rows());
  }

  @Test
  void thresholdOutsideTheUnitIntervalIsRefused() {
    assertThatThrownBy(() -> LshParams.optimal(1.5, 128)).hasMessageContaining("1.5");
  }
}
