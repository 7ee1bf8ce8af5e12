package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmerge.model.Block;

/** One test per rule of {@link LineClassifier}. */
class LineClassifierTest {

  private static final String NARRATIVE =
      "The protests spread to every major city on Wednesday, officials said.";
  private static final String ARABIC_NARRATIVE =
      "وقال المتحدث باسم الحكومة إن الأوضاع في العاصمة مستقرة بعد أيام من الاحتجاجات.";

  /** Each block as {@code KIND: text}. */
  private static List<String> classify(String text) {
    return classify(text, "");
  }

  private static List<String> classify(String text, String metadataTitle) {
    LineClassifier.Result result =
        LineClassifier.classify(text, Paragraphs.split(text, 0), metadataTitle);
    return result.blocks().stream()
        .map(b -> b.kind() + ": " + text.substring(b.start(), b.end()))
        .toList();
  }

  private static LineClassifier.Result result(String text) {
    return LineClassifier.classify(text, Paragraphs.split(text, 0), "");
  }

  @Test
  void shortFirstLineFollowedByTextIsTheTitle() {
    assertThat(classify("Kazakhstan asks Russia for help\n\n" + NARRATIVE))
        .containsExactly("TITLE: Kazakhstan asks Russia for help", "NARRATIVE: " + NARRATIVE);
  }

  @Test
  void aLoneShortLineIsNarrativeNotATitle() {
    assertThat(classify("Kazakhstan asks Russia for help"))
        .containsExactly("NARRATIVE: Kazakhstan asks Russia for help");
  }

  @Test
  void longFirstLineIsNotATitle() {
    assertThat(classify(NARRATIVE + " " + NARRATIVE + "\n\n" + NARRATIVE))
        .allMatch(s -> s.startsWith("NARRATIVE"));
  }

  @Test
  void shortFirstSentenceEndingInAFullStopIsALedeNotATitle() {
    assertThat(classify("The minister resigned on Monday.\n\n" + NARRATIVE))
        .containsExactly("NARRATIVE: The minister resigned on Monday.", "NARRATIVE: " + NARRATIVE);
  }

  @Test
  void markdownHeadingOnTheFirstLineIsTheTitleWithoutItsHashes() {
    assertThat(classify("# Kazakhstan asks for help #\n\n" + NARRATIVE))
        .containsExactly("TITLE: Kazakhstan asks for help", "NARRATIVE: " + NARRATIVE);
  }

  @Test
  void oneWordSectionLabelAboveAShortLineIsAKicker() {
    assertThat(classify("خبر\n\nكازاخستان... تهم روسية بتورط واشنطن!\n\n" + ARABIC_NARRATIVE))
        .containsExactly(
            "KICKER: خبر",
            "TITLE: كازاخستان... تهم روسية بتورط واشنطن!",
            "NARRATIVE: " + ARABIC_NARRATIVE);
  }

  @Test
  void oneWordFirstLineAboveLongTextIsTheTitle() {
    assertThat(classify("Kazakhstan\n\n" + NARRATIVE))
        .containsExactly("TITLE: Kazakhstan", "NARRATIVE: " + NARRATIVE);
  }

  @Test
  void metadataTitleWinsAndAFirstLineSayingTheSameIsStillTheTitle() {
    String text = "Kazakhstan   asks Russia for help\n\n" + NARRATIVE;
    assertThat(classify(text, "Kazakhstan asks Russia for help"))
        .first()
        .isEqualTo("TITLE: Kazakhstan   asks Russia for help");
    assertThat(classify(text, "Another title")).first().asString().startsWith("SUBHEAD");
  }

  @Test
  void kickerAboveTheMetadataTitleIsAKicker() {
    assertThat(classify("World\n\nRiots in Almaty\n\n" + NARRATIVE, "Riots in Almaty"))
        .containsExactly("KICKER: World", "TITLE: Riots in Almaty", "NARRATIVE: " + NARRATIVE);
  }

  @Test
  void arabicBylinesWithAndWithoutColonAreBylines() {
    assertThat(LineClassifier.bylineName("بقلم: إياد مصطفى")).hasValue("إياد مصطفى");
    assertThat(LineClassifier.bylineName("بقلم إياد مصطفى")).hasValue("إياد مصطفى");
    assertThat(LineClassifier.bylineName("كتب: محمد علي")).hasValue("محمد علي");
    assertThat(LineClassifier.bylineName("كتبت: سارة أحمد")).hasValue("سارة أحمد");
    assertThat(LineClassifier.bylineName("كتب الرئيس رسالة إلى البرلمان")).isEmpty();
  }

  @Test
  void shortByLinesAreBylinesButSentencesStartingWithByAreNot() {
    assertThat(LineClassifier.bylineName("By Jane Doe")).hasValue("Jane Doe");
    assertThat(LineClassifier.bylineName("Written by Jane Doe and John Roe"))
        .hasValue("Jane Doe and John Roe");
    assertThat(LineClassifier.bylineName("By Tuesday the protests had spread.")).isEmpty();
    assertThat(LineClassifier.bylineName("Byzantine walls stand")).isEmpty();
  }

  @Test
  void bylineOnTheFirstLineIsNotTakenForTheTitle() {
    LineClassifier.Result r = result("بقلم: إياد مصطفى\n" + ARABIC_NARRATIVE);
    assertThat(r.blocks())
        .extracting(Block::kind)
        .containsExactly(Block.Kind.BYLINE, Block.Kind.NARRATIVE);
    assertThat(r.byline()).isEqualTo("إياد مصطفى");
    assertThat(r.title()).isEmpty();
  }

  @Test
  void creditLinesNameTheSource() {
    assertThat(LineClassifier.creditName("المصدر : الجزيرة")).hasValue("الجزيرة");
    assertThat(LineClassifier.creditName("المصدر: وكالة الأنباء السعودية"))
        .hasValue("وكالة الأنباء السعودية");
    assertThat(LineClassifier.creditName("Source: Reuters.")).hasValue("Reuters");
    assertThat(LineClassifier.creditName("المصدر الرئيسي للطاقة في البلاد هو النفط")).isEmpty();
    assertThat(result(ARABIC_NARRATIVE + "\n\nالمصدر : الجزيرة").credit()).isEqualTo("الجزيرة");
  }

  @Test
  void shortLineEndingInAParenthesisedCreditIsACaption() {
    assertThat(
            LineClassifier.isCaption(
                "رغم تحسن علاقة كازاخستان بواشنطن فإنها محسوبة على روسيا (رويترز)", true))
        .isTrue();
    assertThat(LineClassifier.isCaption("إسقاط تمثال نزارباييف؟ (مواقع التواصل الاجتماعي)", true))
        .isTrue();
    assertThat(LineClassifier.isCaption("Police in Almaty on Thursday (AFP)", false)).isTrue();
    assertThat(LineClassifier.isCaption("A burnt-out car (Getty Images)", false)).isTrue();
  }

  @Test
  void parenthesisedAsideThatEndsASentenceIsNotACaption() {
    assertThat(LineClassifier.isCaption("ولد في مدينة سيمي (شمال شرق كازاخستان).", true)).isFalse();
    assertThat(LineClassifier.isCaption("(رويترز)", true)).isFalse();
  }

  @Test
  void latinLineInAnArabicArticleIsACaption() {
    assertThat(
            classify(
                ARABIC_NARRATIVE
                    + "\n\nProtesters toppled a statue of Nursultan Nazarbayev\n\n"
                    + ARABIC_NARRATIVE))
        .containsExactly(
            "NARRATIVE: " + ARABIC_NARRATIVE,
            "CAPTION: Protesters toppled a statue of Nursultan Nazarbayev",
            "NARRATIVE: " + ARABIC_NARRATIVE);
  }

  @Test
  void latinLineInALatinArticleIsNotACaption() {
    assertThat(
            LineClassifier.isCaption("Protesters toppled a statue of Nursultan Nazarbayev", false))
        .isFalse();
  }

  @Test
  void laterShortLineWithoutSentencePunctuationIsASubhead() {
    assertThat(classify(ARABIC_NARRATIVE + "\n\nأهمية كازاخستان لواشنطن\n\n" + ARABIC_NARRATIVE))
        .containsExactly(
            "NARRATIVE: " + ARABIC_NARRATIVE,
            "SUBHEAD: أهمية كازاخستان لواشنطن",
            "NARRATIVE: " + ARABIC_NARRATIVE);
  }

  @Test
  void runOfShortLinesIsVerseOrAListNotSubheads() {
    String verse = "قالوا حبست فقلت ليس بضائري\nحبسي وأي مهند لا يغمد\nأو ما رأيت الليث يألف غيله";
    assertThat(classify(ARABIC_NARRATIVE + "\n\n" + verse + "\n\n" + ARABIC_NARRATIVE))
        .hasSize(5)
        .allMatch(s -> s.startsWith("NARRATIVE"));
  }

  @Test
  void emailAddressUnderAColumnIsABylineWithoutAName() {
    String text = ARABIC_NARRATIVE + "\n\nلمراسلة الكاتب: falshehri@alriyadh.net";
    assertThat(classify(text)).last().isEqualTo("BYLINE: لمراسلة الكاتب: falshehri@alriyadh.net");
    assertThat(result(text).byline()).isEmpty();
  }

  @Test
  void parenthesisedNumbersAreNotCredits() {
    assertThat(LineClassifier.isCaption("عباس عبدالحسين عبدالله محمد (30 عاماً)", true)).isFalse();
    assertThat(LineClassifier.isCaption("صعب السؤال ..! (1)", true)).isFalse();
  }

  @Test
  void latinCaptionNeedsAFewWordsSoPhoneNumbersAndUrlsAreNotCaptions() {
    assertThat(LineClassifier.isCaption("88591 - Stc", true)).isFalse();
    assertThat(
            LineClassifier.isCaption("http://www.mcs.gov.sa/ASCSP/Exams/Pages/Default.aspx.", true))
        .isFalse();
  }

  @Test
  void shortLineEndingASentenceOrClosingTheTextIsNarrative() {
    assertThat(LineClassifier.isSubhead("قال: \"لن نتراجع\"")).isFalse();
    assertThat(LineClassifier.isSubhead("هل هذا صحيح؟")).isFalse();
    assertThat(classify(NARRATIVE + "\n\nMore to follow"))
        .containsExactly("NARRATIVE: " + NARRATIVE, "NARRATIVE: More to follow");
  }

  @Test
  void markdownSubheadingsAreSubheadsWhateverTheirLength() {
    String longHeading =
        "## What the State Department said about the state of emergency in Kazakhstan";
    assertThat(classify(NARRATIVE + "\n\n" + longHeading + "\n\n" + NARRATIVE))
        .containsExactly(
            "NARRATIVE: " + NARRATIVE,
            "SUBHEAD: " + longHeading.substring(3),
            "NARRATIVE: " + NARRATIVE);
  }

  @Test
  void longLinesAreNarrativeEvenWhenTheyHoldSeveralSentences() {
    String paragraph = NARRATIVE + " " + NARRATIVE + " " + NARRATIVE;
    assertThat(classify(paragraph)).containsExactly("NARRATIVE: " + paragraph);
  }

  @Test
  void blocksAreTrimmedOfSurroundingWhiteSpaceAndInvisibleMarks() {
    String text = "  \u200F" + ARABIC_NARRATIVE + " \u00A0\n";
    List<Block> blocks = result(text).blocks();
    assertThat(blocks)
        .containsExactly(new Block(Block.Kind.NARRATIVE, 3, 3 + ARABIC_NARRATIVE.length()));
  }
}
