package org.newsmerge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReprintReferenceTest {

  static final String STATEMENT =
      "أعرب الأمين العام لمجلس التعاون لدول الخليج العربية عن استنكار دول المجلس الشديد "
          + "للتصريحات التي أدلى بها رئيس الوزراء العراقي السابق، وأكد أنها تصريحات عدائية "
          + "تهدف إلى إثارة الفتنة الطائفية وتتنافى مع مبادئ حسن الجوار.";

  static final String CONCERT =
      "افتتحت الفرقة الوطنية للموسيقى موسمها الشتوي ببرنامج من الأعمال الجديدة، وأشاد "
          + "النقاد بقائدة الأوركسترا الشابة، ونفدت تذاكر الحفلات المتبقية خلال ساعة واحدة.";

  /** The statement as another outlet prints it: harakat, tatweel, other alef and ya forms. */
  static final String STATEMENT_REPRINTED =
      "أَعرب الامين العــام لمجلس التعاون لدول الخليج العربيه عن استنكار دول المجلس الشديد "
          + "للتصريحات التى أدلى بها رئيس الوزراء العراقي السابق ، وأكد انها تصريحات عدائية "
          + "تهدف الى اثارة الفتنة الطائفية وتتنافى مع مبادىء حسن الجوار. "
          + "وطالب الحكومة العراقية بموقف واضح من هذه التصريحات.";

  @Test
  void aVerbatimReprintIsAPairWhateverItsSpellingAndAnAddedSentence() {
    ReprintReference r =
        ReprintReference.of(
            List.of(STATEMENT, CONCERT, STATEMENT_REPRINTED), ReprintReference.DEFAULTS);
    assertThat(r.pairs()).hasSize(1);
    ReprintReference.Pair p = r.pairs().get(0);
    assertThat(p.a()).isZero();
    assertThat(p.b()).isEqualTo(2);
    // The shorter text is the statement alone: all of it is in the reprint.
    assertThat(p.containment()).isEqualTo(1.0);
    assertThat(r.measure(2, 0)).isEqualTo(p);
    assertThat(r.measure(0, 1).shared()).isZero();
  }

  /** Texts that each hold the formula and a few words of their own. */
  private static List<String> formulaTexts(int count) {
    String formula =
        "توقعت الرئاسة العامة للأرصاد وحماية البيئة أن تكون الأجواء حارة على معظم مناطق المملكة";
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) texts.add(formula + " " + town(i) + ".");
    return texts;
  }

  /** A different place name for each text, long enough to give grams of its own. */
  private static String town(int i) {
    String[] parts = {"المدينة", "الرياض", "جدة", "الدمام", "أبها", "تبوك", "حائل", "نجران"};
    return "مع رياح نشطة في " + parts[i % 8] + " و" + parts[(i / 8) % 8] + " رقم " + i;
  }

  @Test
  void aFormulaFoundInMoreThanMaxDfTextsLinksNothing() {
    int maxDf = ReprintReference.DEFAULTS.maxDf();
    ReprintReference r = ReprintReference.of(formulaTexts(maxDf + 1), ReprintReference.DEFAULTS);
    assertThat(r.pairs()).isEmpty();
    // Only the grams across the formula's end, into words a few texts share, are counted.
    assertThat(r.measure(0, 1).containment()).isLessThan(0.05);
    // Counting every gram, the two texts are mostly the same.
    assertThat(r.allGramContainment(0, 1)).isGreaterThan(0.5);
  }

  @Test
  void theSameFormulaInMaxDfTextsLinksThemAll() {
    int maxDf = ReprintReference.DEFAULTS.maxDf();
    ReprintReference r = ReprintReference.of(formulaTexts(maxDf), ReprintReference.DEFAULTS);
    assertThat(r.pairs()).hasSize(maxDf * (maxDf - 1) / 2);
  }

  @Test
  void pairsAreTheSameWhateverTheRunOrTheNumberOfPasses() {
    List<String> texts = new ArrayList<>(formulaTexts(12));
    texts.add(STATEMENT);
    texts.add(CONCERT);
    texts.add(STATEMENT_REPRINTED);
    ReprintReference once = ReprintReference.of(texts, ReprintReference.DEFAULTS);
    ReprintReference again = ReprintReference.of(texts, ReprintReference.DEFAULTS);
    ReprintReference.Settings s = ReprintReference.DEFAULTS;
    ReprintReference inPasses =
        ReprintReference.of(
            texts, new ReprintReference.Settings(s.gram(), s.maxDf(), s.minContainment(), 50));
    assertThat(again.pairs()).isEqualTo(once.pairs());
    assertThat(inPasses.pairs()).isEqualTo(once.pairs());
    // 66 pairs of formula texts and the statement's reprint, in (a, b) order.
    assertThat(once.pairs()).hasSize(67);
    assertThat(once.pairs())
        .isSortedAccordingTo(
            java.util.Comparator.comparingInt(ReprintReference.Pair::a)
                .thenComparingInt(ReprintReference.Pair::b));
    assertThat(once.pairs().get(66)).isEqualTo(new ReprintReference.Pair(12, 14, 157, 1.0));
  }

  @Test
  void aTextShorterThanOneGramIsInNoPair() {
    ReprintReference r =
        ReprintReference.of(List.of("قصير جدا", "قصير جدا", STATEMENT), ReprintReference.DEFAULTS);
    assertThat(r.pairs()).isEmpty();
    assertThat(r.measure(0, 1).containment()).isZero();
  }

  @Test
  void badSettingsAreRefusedWithTheirValue() {
    assertThatThrownBy(() -> new ReprintReference.Settings(25, 1, 0.3, 100))
        .hasMessageContaining("maxDf (1)");
    assertThatThrownBy(() -> new ReprintReference.Settings(25, 30, 1.5, 100))
        .hasMessageContaining("minContainment (1.5)");
  }
}
