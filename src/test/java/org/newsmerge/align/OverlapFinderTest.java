package org.newsmerge.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.MatchKind;
import org.newsmerge.model.Sentence;
import org.newsmerge.text.SentenceSplitter;

class OverlapFinderTest {

  private static Article article(String id, String text) {
    return new Article(
        id,
        id + ".txt",
        0,
        id,
        "",
        "",
        "",
        "",
        text,
        List.of(new Block(Block.Kind.NARRATIVE, 0, text.length())),
        "");
  }

  private static Overlaps find(Article... articles) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<List<Sentence>> sentences = new ArrayList<>();
    for (Article a : articles) sentences.add(splitter.split(a));
    return new OverlapFinder(OverlapSettings.DEFAULT).find(List.of(articles), sentences);
  }

  @Test
  void aShortHeadingInsideALongSentenceIsNotAnOverlap() {
    Overlaps o =
        find(
            article("a", "أهمية كازاخستان لواشنطن."),
            article(
                "b",
                "وتأتي أهمية كازاخستان بالنسبة لواشنطن، من عدة عوامل، أهمّها موقعها على حدود خصمي أميركا الرئيسيين، روسيا والصين."));
    assertThat(o.matches()).isEmpty();
  }

  @Test
  void englishReprintsWithSmallEditsAreDuplicates() {
    Overlaps o =
        find(
            article(
                "a",
                "The minister said on Tuesday that the talks had failed after three days. Markets fell sharply."),
            article(
                "b",
                "Markets were calm. The Minister said Tuesday that the talks had failed after three days."));
    assertThat(o.matches())
        .singleElement()
        .satisfies(m -> assertThat(m.kind()).isEqualTo(MatchKind.DUPLICATE));
  }

  @Test
  void aLongQuoteInsideDifferentSentencesIsPartial() {
    Overlaps o =
        find(
            article(
                "a",
                "Officials told reporters the plan would cut emissions by half before the end of the decade, a claim critics doubt."),
            article(
                "b",
                "In a statement on Monday, the ministry repeated that the plan would cut emissions by half before the end of the decade."));
    assertThat(o.matches())
        .singleElement()
        .satisfies(m -> assertThat(m.kind()).isEqualTo(MatchKind.PARTIAL));
  }

  @Test
  void aChainOfWeakLinksIsNotAPassageAcrossOrder() {
    Overlaps o =
        find(
            article(
                "a",
                "First fact about the storm hitting the coast today. Second fact about the damage to the old harbour walls."),
            article(
                "b",
                "Second fact about the damage to the old harbour walls. First fact about the storm hitting the coast today."));
    assertThat(o.matches()).hasSize(2);
    assertThat(o.passages()).hasSize(2); // crossing order: two passages, not one
  }

  @Test
  void resultsDoNotDependOnTheOrderOfSentencesWithinCandidateBuckets() {
    Article a =
        article(
            "a",
            "One sentence repeated here with enough words. One sentence repeated here with enough words.");
    Overlaps o = find(a);
    assertThat(o.matches()).singleElement().satisfies(m -> assertThat(m.withinArticle()).isTrue());
  }

  @Test
  void wordDiffChunksRebuildBothWordingsExactly() {
    String a = "وقالت السكرتيرة الصحفية للبيت الأبيض جين ساكي إن الاتهامات \"كاذبة تماما\".";
    String b =
        "وقالت السكرتيرة الصحفية للبيت الأبيض، جين بساكي: إن الاتهامات \"خاطئة تمامًا\" اليوم.";
    var diff = WordDiffer.diff(a, b);
    StringBuilder ra = new StringBuilder();
    StringBuilder rb = new StringBuilder();
    for (var c : diff) {
      ra.append(c.a());
      rb.append(c.b());
    }
    assertThat(ra.toString()).isEqualTo(a);
    assertThat(rb.toString()).isEqualTo(b);
    assertThat(diff)
        .contains(
            new org.newsmerge.model.DiffChunk(
                org.newsmerge.model.DiffChunk.Op.CHANGE, "كاذبة", "خاطئة"));
  }

  @net.jqwik.api.Property(tries = 200)
  void anyWordDiffRebuildsItsInputs(
      @net.jqwik.api.ForAll String a, @net.jqwik.api.ForAll String b) {
    StringBuilder ra = new StringBuilder();
    StringBuilder rb = new StringBuilder();
    for (var c : WordDiffer.diff(a, b)) {
      ra.append(c.a());
      rb.append(c.b());
    }
    assertThat(ra.toString()).isEqualTo(a);
    assertThat(rb.toString()).isEqualTo(b);
  }
}
