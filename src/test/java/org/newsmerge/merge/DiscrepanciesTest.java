package org.newsmerge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsmerge.merge.Unit.Discrepancy;
import org.newsmerge.merge.Unit.Discrepancy.Kind;

/** One test per rule of {@link Discrepancies}, each in both directions. */
class DiscrepanciesTest {

  private static final String BEFORE = "وقالت الوزارة في بيان أمس إن ";
  private static final String AFTER = " بحسب الأرقام الرسمية التي نشرتها الوزارة.";

  private static List<Discrepancy> between(String a, String b) {
    return Discrepancies.find(a, b, "b");
  }

  private static List<Kind> kinds(String a, String b) {
    List<Kind> ab = between(a, b).stream().map(Discrepancy::kind).toList();
    List<Kind> ba = between(b, a).stream().map(Discrepancy::kind).toList();
    assertThat(ba).as("the same found both ways").isEqualTo(ab);
    return ab;
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "الاقتصاد نما 9.1 في المائة | الاقتصاد نما 1ر9 في المائة",
        "عدد الزوار بلغ 9599 زائرا | عدد الزوار بلغ 9.599 زائرا",
        "عدد الزوار بلغ 1.742 مليون زائر | عدد الزوار بلغ 1.742.000 زائر",
        "الغرامة بلغت 5.000 ريال | الغرامة بلغت وخمسة آلاف ريال",
        "الحجاج بلغوا 33.288 حاجا | الحجاج بلغوا 33 ألفا و288 حاجا",
        "الموقع يبعد 10كم عن المدينة | الموقع يبعد 10 كيلومترات عن المدينة",
        "المشروع بدأ عام 2014 | المشروع بدأ عام 2014م",
        "القرار صدر ب12 صوتا | القرار صدر بـ 12 صوتا",
        "النمو بلغ 29% | النمو بلغ 29 في المائة",
        "المدة ست سنوات | المدة 6 سنوات",
        "الحضور مئة شخص | الحضور 100 شخص",
        "الدورة الثالث والعشرون | الدورة الـ23",
        "الهجوم وقع الساعة 0130 | الهجوم وقع الساعة 01:30",
        "الحادث وقع في 25 شوال 1436 هـ | الحادث وقع في 10 اغسطس 2015 م",
        "الإعانة بلغت 1842.2 مليون ريال | الإعانة بلغت 1.842 مليار ريال",
        "القيمة بلغت 45.5 مليون يورو | القيمة بلغت 5.\u200F45 مليون يورو",
      })
  void aValueWrittenTwoWaysIsNoConflict(String a, String b) {
    assertThat(kinds(BEFORE + a + AFTER, BEFORE + b + AFTER)).isEmpty();
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "المسجد بني عام 1907م | المسجد بني عام 1990م",
        "الصفقة بلغت 929.2 مليون ريال | الصفقة بلغت 247 مليون دولار",
        "الاقتصاد نما 9.1 في المائة | الاقتصاد نما 2ر9 في المائة",
        "عدد الزوار بلغ 1.742 مليون زائر | عدد الزوار بلغ 1.842.000 زائر",
        "الحجاج بلغوا 33.288 حاجا | الحجاج بلغوا 34 ألفا و288 حاجا",
        "المدة ست سنوات | المدة 7 سنوات",
        "الدورة الثالث والعشرون | الدورة الـ24",
        "الحادث وقع في 25 شوال 1436 هـ | الحادث وقع في 12 اغسطس 2015 م",
        "السعر بلغ 606 دولارات | السعر بلغ 605.25 دولار",
      })
  void twoValuesInTheSamePlaceConflict(String a, String b) {
    assertThat(kinds(BEFORE + a + AFTER, BEFORE + b + AFTER)).containsExactly(Kind.NUMBER);
  }

  @Test
  void aConflictNamesBothValuesAsWritten() {
    assertThat(
            between(
                BEFORE + "الصفقة بلغت 929.2 مليون ريال" + AFTER,
                BEFORE + "الصفقة بلغت 247 مليون دولار" + AFTER))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.representative()).isEqualTo("929.2 مليون ريال");
              assertThat(d.variant()).isEqualTo("247 مليون دولار");
            });
  }

  @Test
  void aNumberOnlyOneWordingHasIsAddedDetailNotAConflict() {
    String shorter = "وأعلنت الشرطة مقتل 24 مدنيا في مدينة بعقوبة شمال شرقي بغداد.";
    String longer = "وأعلنت الشرطة مقتل 24 مدنيا في مدينة بعقوبة (57 كم شمال شرقي بغداد).";
    assertThat(kinds(shorter, longer)).isEmpty();
  }

  @Test
  void aNumberMovedInTheSentenceIsNoConflict() {
    assertThat(
            kinds(
                "أعلنت الوزارة أمس تسجيل 42 إصابة جديدة في المنطقة.",
                "في المنطقة، أعلنت الوزارة تسجيل 42 إصابة جديدة أمس."))
        .isEmpty();
  }

  @Test
  void aChangedFigureConflictsEvenWhenItsOldValueStandsElsewhereInTheSentence() {
    // The second 12 is where both wordings agree: it is that 12's own place, not the first's.
    String a =
        "The storm killed 12 people in the city on Monday and 12 people were injured, officials said.";
    String b =
        "The storm killed 13 people in the city on Monday and 12 people were injured, officials said.";
    assertThat(kinds(a, b)).containsExactly(Discrepancy.Kind.NUMBER);
    assertThat(kinds(b, a)).containsExactly(Discrepancy.Kind.NUMBER);
  }

  @Test
  void twoFiguresThatSwapPlacesAreNoConflict() {
    assertThat(
            kinds(
                "Officials counted 12 dead and 30 injured in the town on Monday, the agency said.",
                "Officials counted 30 injured and 12 dead in the town on Monday, the agency said."))
        .isEmpty();
  }

  @Test
  void theWireAndTheReprintConflictInEachChangedFigure() {
    String wire = "The storm killed 42 people and destroyed 300 homes on Tuesday, officials said.";
    String reprint =
        "The storm killed 45 people and destroyed 500 homes on Tuesday, officials said.";
    assertThat(between(wire, reprint))
        .extracting(Discrepancy::representative, Discrepancy::variant)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("42", "45"),
            org.assertj.core.groups.Tuple.tuple("300", "500"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وقال المتحدث إن الوزارة أعلنت موعد الاختبارات النهائية للطلاب. | وقال المتحدث إن الوزارة لم تعلن موعد الاختبارات النهائية للطلاب.",
        "وقال المتحدث إن القرار قانوني ويجب تنفيذه من الجميع دون تأخير. | وقال المتحدث إن القرار غير قانوني ويجب تنفيذه من الجميع دون تأخير.",
        "وقال المتحدث إن الوفد سيحضر الاجتماع المقرر في الرياض الأسبوع المقبل. | وقال المتحدث إن الوفد لن يحضر الاجتماع المقرر في الرياض الأسبوع المقبل.",
        "The minister attended the meeting in Riyadh on Tuesday, officials said. | The minister did not attend the meeting in Riyadh on Tuesday, officials said.",
        "The minister has signed the agreement with the union, officials said. | The minister hasn't signed the agreement with the union, officials said.",
      })
  void oneWordingNegatingWhatTheOtherAffirmsIsANegation(String a, String b) {
    assertThat(kinds(a, b)).containsExactly(Kind.NEGATION);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وهبطت الطائرة في باريس بدون مشاكل بعد الحادث. | وهبطت الطائرة في باريس من دون مشاكل بعد الحادث.",
        "وقال إن الحكومة لا تعترف بازدواج الجنسية في القضية. | وقال إن الحكومة لم تعترف بازدواج الجنسية في القضية.",
        "وقال إن الأوضاع ما زالت صعبة في المدينة كلها. | وقال إن الأوضاع لا تزال صعبة في المدينة كلها.",
        "وأدى ذلك إلى اشتعال النيران ما أدى إلى إغلاق الطريق. | وأدى ذلك إلى اشتعال النيران مما أدى إلى إغلاق الطريق.",
        "وتعرضت المنطقة لاعتداءات ولا سيما في الرمادي عاصمة الأنبار. | وتعرضت المنطقة لاعتداءات لا سيما في الرمادي عاصمة الأنبار.",
        "وأعلن الرئيس موعد الانتخابات المقبلة في البلاد. | وأعلن الرئيس موعد الانتخابات المقبلة في البلاد، ولم يحدد موعد الاستفتاء.",
        "ولم يحدد الأسد تلك الأولويات في خطابه أمس. | وانتقد الأسد تلك الأولويات في خطابه أمس.",
      })
  void theSameNegationOrNoneIsNoNegationConflict(String a, String b) {
    assertThat(kinds(a, b)).doesNotContain(Kind.NEGATION);
  }

  @Test
  void wordsChangedInsideQuotationMarksAreAQuoteConflict() {
    String a = "وقالت جين بساكي إن الاتهامات الروسية \"خاطئة تمامًا\" بحسب البيان.";
    String b = "وقالت جين بساكي إن الاتهامات الروسية \"كاذبة تماما\" بحسب البيان.";
    assertThat(kinds(a, b)).containsExactly(Kind.QUOTE);
    assertThat(
            kinds(
                a.replace('"', '«').replaceFirst("«", "«").replace("تمامًا«", "تمامًا»"),
                b.replace("\"كاذبة تماما\"", "«كاذبة تماما»")))
        .containsExactly(Kind.QUOTE);
    assertThat(
            kinds(
                a.replace("\"خاطئة تمامًا\"", "“خاطئة تمامًا”"),
                b.replace("\"كاذبة تماما\"", "“كاذبة تماما”")))
        .containsExactly(Kind.QUOTE);
  }

  @Test
  void theSameChangeOutsideQuotationMarksIsAWordingVariant() {
    String a = "وقالت جين بساكي إن الاتهامات الروسية خاطئة تمامًا بحسب البيان.";
    String b = "وقالت جين بساكي إن الاتهامات الروسية كاذبة تماما بحسب البيان.";
    assertThat(kinds(a, b)).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "عبدالله | عبد الله",
        "لأنهم | أنهم",
        "فاينانشيال | فايننشال",
        "الأميركية | الأمريكية",
        "عام | العام",
      })
  void spellingInsideQuotationMarksIsNoQuoteConflict(String a, String b) {
    String template = "وقال المتحدث \"إن %s سيحضرون الاجتماع المقبل في الرياض\" بحسب البيان.";
    assertThat(
            kinds(
                String.format(java.util.Locale.ROOT, template, a),
                String.format(java.util.Locale.ROOT, template, b)))
        .isEmpty();
  }

  @Test
  void aChangedEnglishNameIsANameConflict() {
    assertThat(
            kinds(
                "The agreement was signed by Smith in Geneva on Tuesday.",
                "The agreement was signed by Jones in Geneva on Tuesday."))
        .containsExactly(Kind.NAME);
    assertThat(
            kinds(
                "The agreement was signed in Geneva on Tuesday.",
                "The agreement was signed in Geneva on Tuesday by Jones."))
        .isEmpty();
  }
}
