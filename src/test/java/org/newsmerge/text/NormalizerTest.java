package org.newsmerge.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NormalizerTest {

  @Test
  void alefFormsAreFolded() {
    assertThat(Normalizer.key("إلى آلية أحمد")).isEqualTo(Normalizer.key("الى الية احمد"));
  }

  @Test
  void alefMaksuraAndTehMarbutaAreFolded() {
    assertThat(Normalizer.key("على مدينة")).isEqualTo("علي مدينه");
  }

  @Test
  void harakatAndTatweelAreRemoved() {
    assertThat(Normalizer.key("حثّ تمامًا كـــبير")).isEqualTo("حث تماما كبير");
  }

  @Test
  void hamzaSeatsAreFolded() {
    assertThat(Normalizer.key("مؤسسة رئيس")).isEqualTo(Normalizer.key("موسسة رييس"));
  }

  @Test
  void arabicIndicDigitsBecomeAscii() {
    assertThat(Normalizer.key("عام ٢٠١٩ و۱۲")).isEqualTo("عام 2019 و12");
  }

  @Test
  void caseIsFoldedWithRootRules() {
    assertThat(Normalizer.key("ISTANBUL Title")).isEqualTo("istanbul title");
  }

  @Test
  void punctuationSeparatesWordsAndIsDropped() {
    assertThat(Normalizer.key("  «قال»: \"خاطئة تمامًا\"!  ")).isEqualTo("قال خاطيه تماما");
  }

  @Test
  void compatibilityFormsAreUnified() {
    assertThat(Normalizer.key("ﻻ ﬁne")).isEqualTo("لا fine");
  }

  @Test
  void compactKeyHasNoSpaces() {
    assertThat(Normalizer.compactKey("الولايات المتحدة"))
        .isEqualTo(Normalizer.compactKey("الولاياتالمتحدة"));
  }

  @Property
  void normalisingTwiceEqualsOnce(@ForAll String s) {
    String once = Normalizer.key(s);
    assertThat(Normalizer.key(once)).isEqualTo(once);
  }

  @Property
  void keysHaveNoEdgeOrDoubleSpaces(@ForAll String s) {
    String key = Normalizer.key(s);
    assertThat(key).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
  }
}
