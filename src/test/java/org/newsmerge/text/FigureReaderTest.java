package org.newsmerge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureReaderTest {

  private static Figure only(String text) {
    List<Figure> figures = FigureReader.figures(text);
    assertThat(figures).as(text).hasSize(1);
    return figures.get(0);
  }

  private static Figure.Comparison compare(String a, String b) {
    return only(a).compare(only(b));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "نما 9.1 في المائة | نما 1ر9 في المائة",
        "بلغ 04ر5 | بلغ 5.04",
        "بلغ 9٫1 | بلغ 9.1",
        "عدد 9599 | عدد 9.599",
        "بلغ ١٢٣ | بلغ 123",
        "بلغ ۱۲۳ | بلغ 123",
        "1.742 مليون زائر | 1.742.000 زائر",
        "5.000 ريال | وخمسة آلاف ريال",
        "33.288 حاجا | 33 ألفا و288 حاجا",
        "33.288 حاجا | 33 ألفا و 288 حاجا",
        "على بعد 10كم | على بعد 10 كيلومترات",
        "عام 2014 | عام 2014م",
        "ب12 صوتا | بـ 12 صوتا",
        "بنسبة 29% | بنسبة 29 في المائة",
        "بنسبة 29% | بنسبة 29 بالمئة",
        "ست سنوات | 6 سنوات",
        "مئة شخص | 100 شخص",
        "مائة شخص | 100 شخص",
        "الدورة الثالث والعشرون | الدورة الـ23",
        "الساعة 0130 | الساعة 01:30",
        "خمسة وعشرون | 25",
        "ثلاثة عشر لاعبا | 13 لاعبا",
        "ألف شخص | 1000 شخص",
        "ألفي شخص | 2000 شخص",
        "عام 1436 هـ | عام 2015 م",
        "25 شوال 1436 هـ | 10 اغسطس 2015 م",
        "15 شوال 1436 هـ | 31 يوليو 2015 م",
        "30 يونيو | 30 حزيران",
        "1,742,000 visitors | 1.742 million visitors",
        "twenty-five people | 25 people",
        "29 percent | 29%",
        "$247 million | 247 million dollars",
        "10 km | ten kilometres",
        "الساعة 16:00 | الساعة الرابعة",
      })
  void sameValueWrittenTwoWaysIsEqual(String a, String b) {
    assertThat(compare(a, b)).isEqualTo(Figure.Comparison.EQUAL);
    assertThat(compare(b, a)).isEqualTo(Figure.Comparison.EQUAL);
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "عام 1907م | عام 1990م",
        "929.2 مليون ريال | 247 مليون دولار",
        "5 ملايين ريال | 5 ملايين دولار",
        "نما 9.1 في المائة | نما 9.2 في المائة",
        "عدد 9599 | عدد 9.699",
        "1.742 مليون زائر | 1.752.000 زائر",
        "5.000 ريال | وستة آلاف ريال",
        "33.288 حاجا | 33 ألفا و289 حاجا",
        "على بعد 10كم | على بعد 12 كيلومترا",
        "عام 2014 | عام 2015م",
        "ب12 صوتا | بـ 13 صوتا",
        "بنسبة 29% | بنسبة 39 في المائة",
        "ست سنوات | 7 سنوات",
        "مئة شخص | 200 شخص",
        "الدورة الثالث والعشرون | الدورة الـ24",
        "الساعة 0130 | الساعة 01:40",
        "25 شوال 1436 هـ | 12 اغسطس 2015 م",
        "42 people | 45 people",
        "300 million | 500 million",
        "31 يوليو 2015 | 30 يوليو 2015",
      })
  void differentValuesDiffer(String a, String b) {
    assertThat(compare(a, b)).isEqualTo(Figure.Comparison.DIFFERENT);
    assertThat(compare(b, a)).isEqualTo(Figure.Comparison.DIFFERENT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "آلاف الأشخاص",
        "لست أدري",
        "قال الأب إن ابنه",
        "عشرات القتلى",
      })
  void wordsThatAreNoCountAreNoFigure(String text) {
    assertThat(FigureReader.figures(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} spans {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "بلغت 929.2 مليون ريال في العام | 929.2 مليون ريال",
        "حضر 33 ألفا و288 حاجا | 33 ألفا و288",
        "كييف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس | 25 شوال 1436 هـ",
        "وتبعد 10كم عن | 10كم",
        "بلغت 1.5 مليون و3 ملايين | 1.5 مليون",
      })
  void aFigureSpansItsOriginalText(String text, String shown) {
    assertThat(FigureReader.figures(text).get(0).in(text)).isEqualTo(shown);
  }
}
