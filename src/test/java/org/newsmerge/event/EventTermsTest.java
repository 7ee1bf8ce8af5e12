package org.newsmerge.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmerge.text.Normalizer;

class EventTermsTest {

  private static List<String> keys(String... sentences) {
    return java.util.Arrays.stream(sentences).map(Normalizer::key).toList();
  }

  @Test
  void theLanguageIsToldFromTheScriptOrTheStopWords() {
    assertThat(
            EventTerms.language(
                "", keys("The troops were sent to the country after the protests of the week.")))
        .isEqualTo(EventTerms.Language.ENGLISH);
    assertThat(
            EventTerms.language(
                "", keys("Die Truppen wurden nach den Protesten der Woche in das Land geschickt.")))
        .isEqualTo(EventTerms.Language.GERMAN);
    assertThat(
            EventTerms.language(
                "",
                keys("Las tropas fueron enviadas al país después de las protestas de la semana.")))
        .isEqualTo(EventTerms.Language.SPANISH);
    assertThat(EventTerms.language("", keys("أرسلت القوات إلى البلاد بعد احتجاجات الأسبوع.")))
        .isEqualTo(EventTerms.Language.ARABIC);
    // Polish has no analyser here: its words are cut to a prefix.
    assertThat(
            EventTerms.language(
                "", keys("Wojska zostały wysłane do kraju po protestach w tym tygodniu.")))
        .isEqualTo(EventTerms.Language.OTHER);
  }

  @Test
  void inflectionsOfAWordAreOneTermAndStopWordsNone() {
    EventTerms.Language en = EventTerms.Language.ENGLISH;
    TermBag a = EventTerms.ofSentence(en, Normalizer.key("The protesters protested"));
    TermBag b = EventTerms.ofSentence(en, Normalizer.key("a protest"));
    assertThat(a.unit().dot(b.unit())).isGreaterThan(0.5);
    assertThat(EventTerms.ofSentence(en, Normalizer.key("the of and to was")).size()).isZero();
  }

  @Test
  void latinWordsAreCutToTheirFirstLettersAndNumbersStayWhole() {
    EventTerms.Language de = EventTerms.Language.GERMAN;
    // A compound and its head share their first letters: one term (the article is a stop word).
    TermBag a = EventTerms.ofSentence(de, Normalizer.key("Die Corona-Ausbreitung"));
    TermBag b = EventTerms.ofSentence(de, Normalizer.key("Das Coronavirus"));
    assertThat(b.size()).isOne();
    assertThat(a.dot(b)).isEqualTo(1.0);
    // Numbers are not cut: 12345 and 12399 stay two terms.
    TermBag numbers = EventTerms.ofSentence(de, Normalizer.key("12345 12399"));
    assertThat(numbers.size()).isEqualTo(2);
    // A language with no stop words here is cut to prefixes too.
    TermBag pl = EventTerms.ofSentence(EventTerms.Language.OTHER, Normalizer.key("koronawirusem"));
    assertThat(pl.terms())
        .isEqualTo(EventTerms.ofSentence(EventTerms.Language.OTHER, "koro").terms());
  }

  @Test
  void arabicStopWordsAreStopWordsInTheirFoldedSpelling() {
    // A key spells على as علي and إلى as الي: still stop words, not terms.
    TermBag bag = EventTerms.ofSentence(EventTerms.Language.ARABIC, Normalizer.key("على إلى التي"));
    assertThat(bag.size()).isZero();
    TermBag kazakhstan =
        EventTerms.ofSentence(
            EventTerms.Language.ARABIC, Normalizer.key("الكازاخستانية كازاخستان"));
    assertThat(kazakhstan.size()).isLessThanOrEqualTo(2);
  }

  @Test
  void theTitleWeighsTwiceAndFurnitureCanBeTakenOut() {
    EventTerms.Language en = EventTerms.Language.ENGLISH;
    TermBag bag =
        EventTerms.of(en, Normalizer.key("Floods"), keys("Rain fell.", "Cookies help us."));
    TermBag floods = EventTerms.ofSentence(en, "floods");
    assertThat(bag.dot(floods)).isEqualTo(EventTerms.TITLE_WEIGHT);
    TermBag without = EventTerms.without(bag, en, keys("Cookies help us."));
    assertThat(without.dot(EventTerms.ofSentence(en, Normalizer.key("Cookies help us.")))).isZero();
    assertThat(without.dot(EventTerms.ofSentence(en, "rain"))).isEqualTo(1.0);
  }
}
