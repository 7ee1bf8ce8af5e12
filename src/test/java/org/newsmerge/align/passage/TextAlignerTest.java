package org.newsmerge.align.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAlignerTest {

  private static final TextAligner ALIGNER = new TextAligner(AlignSettings.DEFAULT);

  private static final String COPIED =
      "the committee approved the new water treatment plant after three years of planning."
          + " Engineers expect the plant to serve forty thousand households in the valley."
          + " Construction will begin in spring and should be finished within two years."
          + " The regional government pays half of the cost, the towns pay the rest.";

  private static final String OTHER_SOURCE =
      "Football season opened with a surprising defeat for the champions at home."
          + " The coach blamed injuries and a tired squad after a long summer tour. ";

  private static final String OTHER_TEXT =
      "Market prices for grain fell sharply this week as harvest estimates rose."
          + " Traders said demand from abroad remained weak for the third month. ";

  @Test
  void aCopyStartingInsideASentenceIsReportedFromItsFirstCopiedWord() {
    String source = OTHER_SOURCE + "After a long debate on Tuesday evening, " + COPIED;
    String text = OTHER_TEXT + "The " + COPIED.substring(4) + " " + OTHER_TEXT;
    List<TextPassage> found = ALIGNER.align(text, source);
    assertThat(found).hasSize(1);
    TextPassage p = found.get(0);
    assertThat(source.substring(p.sourceStart(), p.sourceEnd())).isEqualTo(COPIED);
    assertThat(text.substring(p.thisStart(), p.thisEnd())).isEqualTo("The " + COPIED.substring(4));
  }

  @Test
  void aCopyRunsAcrossSentenceBoundariesAsOnePassage() {
    String source = OTHER_SOURCE + COPIED + " " + OTHER_SOURCE;
    String text = OTHER_TEXT + COPIED + " " + OTHER_TEXT;
    List<TextPassage> found = ALIGNER.align(text, source);
    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).thisStart(), found.get(0).thisEnd())).isEqualTo(COPIED);
  }

  @Test
  void aHardWrappedCopyIsOnePassageDespiteLineBreaksBeforeCapitals() {
    String wrapped =
        COPIED
            .replace("new water", "new water\n")
            .replace(" Engineers", "\nEngineers")
            .replace("regional ", "regional\n");
    String source = OTHER_SOURCE + COPIED + " " + OTHER_SOURCE;
    String text = OTHER_TEXT + wrapped + "\n\n" + OTHER_TEXT;
    List<TextPassage> found = ALIGNER.align(text, source);
    assertThat(found).hasSize(1);
    TextPassage p = found.get(0);
    assertThat(text.substring(p.thisStart(), p.thisEnd())).isEqualTo(wrapped);
    assertThat(source.substring(p.sourceStart(), p.sourceEnd())).isEqualTo(COPIED);
  }

  @Test
  void unrelatedTextsShareNothing() {
    assertThat(ALIGNER.align(OTHER_TEXT + OTHER_TEXT, OTHER_SOURCE + OTHER_SOURCE)).isEmpty();
    assertThat(ALIGNER.align("", COPIED)).isEmpty();
  }

  @Test
  void aShortSharedSentenceIsNoPassage() {
    String shared = "The towns pay the rest of it.";
    assertThat(ALIGNER.align(OTHER_TEXT + shared, OTHER_SOURCE + shared)).isEmpty();
  }

  @Test
  void passagesCloseOnBothSidesAreJoined() {
    var joined =
        TextAligner.join(
            List.of(
                new TextPassage(0, 100, 0, 100, 1, false),
                new TextPassage(150, 300, 120, 280, 1, false)),
            300);
    assertThat(joined).containsExactly(new TextPassage(0, 300, 0, 280, 1, false));
  }
}
