package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmerge.model.Block;

class ParagraphsTest {

  private static List<String> split(String text) {
    return Paragraphs.split(text, 0).stream()
        .map(s -> (s.kind() == null ? "" : s.kind() + ": ") + text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void eachNonBlankLineIsASegment() {
    assertThat(split("first line.\nsecond line.\n\n\nthird"))
        .containsExactly("first line.", "second line.", "third");
  }

  @Test
  void softWrappedLinesJoinIntoOneNarrativeParagraph() {
    assertThat(
            split(
                "The protests spread to\nevery city, officials\nsaid on Wednesday.\nNext paragraph."))
        .containsExactly(
            "NARRATIVE: The protests spread to\nevery city, officials\nsaid on Wednesday.",
            "Next paragraph.");
  }

  @Test
  void lineAfterASentenceEndOrStartingUpperCaseStartsANewSegment() {
    assertThat(split("It ended.\nthen more\nThe End"))
        .containsExactly("It ended.", "then more", "The End");
  }

  @Test
  void shortArabicLinesDoNotJoin() {
    assertThat(split("واشنطن وموسكو والمظاهرات\nمع اندلاع أعمال العنف")).hasSize(2);
  }

  @Test
  void aLineBreakBeforeACapitalInsideAWrappedSentenceIsNoBoundary() {
    assertThat(
            split(
                "He spent eleven years behind bars in the Montana State\n"
                    + "Prison before the case was reopened by a new prosecutor.\n\n"
                    + "Next paragraph."))
        .containsExactly(
            "NARRATIVE: He spent eleven years behind bars in the Montana State\n"
                + "Prison before the case was reopened by a new prosecutor.",
            "Next paragraph.");
  }

  @Test
  void wrappedArabicLinesJoinIntoOneParagraph() {
    String first = "أكدت وزارة الخارجية الأمريكية في بيان صدر اليوم أن المحادثات مع";
    String second = "الجانب الروسي ستستمر الأسبوع المقبل في جنيف.";
    assertThat(split(first + "\n" + second + "\n\nفقرة أخرى."))
        .containsExactly("NARRATIVE: " + first + "\n" + second, "فقرة أخرى.");
  }

  @Test
  void listsOfNamesAndShortLinesStaySeparate() {
    assertThat(split("Contributors\nJohn Smith\nMaria Lopez\nAhmed Hassan"))
        .containsExactly("Contributors", "John Smith", "Maria Lopez", "Ahmed Hassan");
  }

  @Test
  void aLineFarShorterThanTheWrapWidthEndsItsParagraph() {
    String longLine =
        "The council met on Tuesday evening and voted by a narrow margin to approve the budget"
            + " for the coming year after a debate that lasted well past midnight";
    assertThat(split("Budget approved after a long night\n" + longLine))
        .containsExactly("Budget approved after a long night", longLine);
  }

  @Test
  void headingsDoNotSwallowTheNextLine() {
    assertThat(split("## Background\nthe story so far."))
        .containsExactly("## Background", "the story so far.");
  }

  @Test
  void crlfAndCrLineBreaksAreLineBreaks() {
    assertThat(split("one.\r\ntwo.\rthree.")).containsExactly("one.", "two.", "three.");
  }

  @Test
  void aRuleIsASegmentOfItsOwnKindAndBreaksSoftWraps() {
    assertThat(split("Some text without end\n* * *\nmore text"))
        .containsExactly("Some text without end", "RULE: * * *", "more text");
    assertThat(Paragraphs.split("a\n|---|:--|\nb", 0).get(1).kind()).isEqualTo(Block.Kind.RULE);
  }

  @Test
  void linesOfMarksWithoutAWordGetNoSegmentAndBreakSoftWraps() {
    assertThat(split("Some text without end\n.\nmore text\n--\nlast"))
        .containsExactly("Some text without end", "more text", "last");
  }

  @Test
  void segmentsStartAtTheGivenOffset() {
    List<Segment> segments = Paragraphs.split("skip me\nkeep me", 8);
    assertThat(segments).containsExactly(new Segment(8, 15, null));
    assertThat(Block.Kind.values()).isNotEmpty();
  }
}
