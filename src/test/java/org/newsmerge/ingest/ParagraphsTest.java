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
  void arabicLinesNeverJoinBecauseArabicHasNoCase() {
    assertThat(split("واشنطن وموسكو والمظاهرات\nمع اندلاع أعمال العنف")).hasSize(2);
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
  void linesWithoutLettersOrDigitsGetNoSegmentAndBreakSoftWraps() {
    assertThat(split("Some text without end\n* * *\nmore text"))
        .containsExactly("Some text without end", "more text");
  }

  @Test
  void segmentsStartAtTheGivenOffset() {
    List<Segment> segments = Paragraphs.split("skip me\nkeep me", 8);
    assertThat(segments).containsExactly(new Segment(8, 15, null));
    assertThat(Block.Kind.values()).isNotEmpty();
  }
}
