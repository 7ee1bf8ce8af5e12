package org.newsmerge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.spans(text, 0, text.length()).stream()
        .map(s -> text.substring(s[0], s[1]))
        .toList();
  }

  @Test
  void arabicQuestionAndFullStopEndSentences() {
    assertThat(split("هل هذا صحيح؟ نعم. انتهى!")).containsExactly("هل هذا صحيح؟", "نعم.", "انتهى!");
  }

  @Test
  void twoDotsInsideAQuoteDoNotEndTheSentence() {
    String s = "وقال: \"هجوم على مواطنينا الذين يطلبون مني.. مساعدتهم بسرعة\". ونقلت وكالات أنباء.";
    assertThat(split(s))
        .containsExactly(
            "وقال: \"هجوم على مواطنينا الذين يطلبون مني.. مساعدتهم بسرعة\".",
            "ونقلت وكالات أنباء.");
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(split("قال د. أحمد إن الأمر انتهى. ثم غادر Mr. Smith the U.S. Army base."))
        .containsExactly("قال د. أحمد إن الأمر انتهى.", "ثم غادر Mr. Smith the U.S. Army base.");
  }

  @Test
  void aWordEndingLikeAnAbbreviationStillEndsTheSentence() {
    assertThat(split("إلا أن أعداد القتلى فازدياد. واندلعت الاحتجاجات."))
        .containsExactly("إلا أن أعداد القتلى فازدياد.", "واندلعت الاحتجاجات.");
  }

  @Test
  void decimalNumbersDoNotEndSentences() {
    assertThat(split("بقيمة 10.7 ملايين دولار. وتهدف المساعدات")).hasSize(2);
  }

  @Test
  void spansAreOffsetsIntoTheOriginalText() {
    String text = "xx  أولى. ثانية؟  ";
    List<int[]> spans = splitter.spans(text, 2, text.length());
    assertThat(spans).hasSize(2);
    assertThat(text.substring(spans.get(0)[0], spans.get(0)[1])).isEqualTo("أولى.");
    assertThat(text.substring(spans.get(1)[0], spans.get(1)[1])).isEqualTo("ثانية؟");
  }

  @Test
  void lineBreaksInsideABlockAreWrapping() {
    assertThat(split("The minister said\nthat the talks failed. Then he left."))
        .containsExactly("The minister said\nthat the talks failed.", "Then he left.");
  }

  @Test
  void spelledInitialsDoNotEndSentences() {
    assertThat(split("وقالت شبكة سي. إن. إن. الأمريكية إن الأمر انتهى. ثم غادر.")).hasSize(2);
  }

  @Test
  void aLoneLatinCapitalStillEndsASentence() {
    assertThat(split("the probability of B given A. This is achieved")).hasSize(2);
  }

  @Test
  void aListNumberOpensTheItemItNumbers() {
    assertThat(split("1. First point here. 2. Second point here."))
        .containsExactly("1. First point here.", "2. Second point here.");
  }
}
