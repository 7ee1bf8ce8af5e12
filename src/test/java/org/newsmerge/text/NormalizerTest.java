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

  @Test
  void theQuickNfkcCheckAgreesWithIcusForEveryUnitAndForMarksAndPairs() {
    com.ibm.icu.text.Normalizer2 nfkc = com.ibm.icu.text.Normalizer2.getNFKCInstance();
    for (int c = 0; c < 0x10000; c++) {
      String one = String.valueOf((char) c);
      assertThat(Normalizer.nfkcAsIs(one))
          .as("U+%04X", c)
          .isEqualTo(nfkc.spanQuickCheckYes(one) == one.length());
      String inText = "ab" + one + "\u0628";
      assertThat(Normalizer.nfkcAsIs(inText))
          .as("U+%04X in text", c)
          .isEqualTo(nfkc.spanQuickCheckYes(inText) == inText.length());
    }
    // A pair of surrogates for a letter NFKC changes (mathematical bold A), and harakat.
    assertThat(Normalizer.nfkcAsIs("x\uD835\uDC00")).isFalse();
    assertThat(Normalizer.nfkcAsIs("كَتَبَ")).isEqualTo(nfkc.isNormalized("كَتَبَ"));
    assertThat(Normalizer.nfkcAsIs("الخبر اليوم")).isTrue();
  }

  @Property
  void theQuickNfkcCheckAgreesWithIcusOnAnyText(@ForAll String s) {
    com.ibm.icu.text.Normalizer2 nfkc = com.ibm.icu.text.Normalizer2.getNFKCInstance();
    assertThat(Normalizer.nfkcAsIs(s)).isEqualTo(nfkc.spanQuickCheckYes(s) == s.length());
  }

  @Test
  void aWordEndsWhereFoldingSaysSpaceForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean separates = Normalizer.fold(cp) == Normalizer.SPACE;
      if (Normalizer.separates(cp) != separates) {
        throw new AssertionError(
            String.format(java.util.Locale.ROOT, "U+%04X: separates should be %s", cp, separates));
      }
    }
  }
}
