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

  /** Sentences of a copy with most of their words replaced, in the copy's order. */
  private static final String OBFUSCATED =
      "the board backed the fresh water treatment works after three seasons of talks."
          + " Experts think the plant will supply forty thousand homes across the region."
          + " Building starts in spring and ought to be finished within two seasons."
          + " The state government covers half of the cost, the towns pay the remainder.";

  @Test
  void anObfuscatedCopyIsFoundByItsSentencesInOrder() {
    String source = OTHER_SOURCE + COPIED + " " + OTHER_SOURCE;
    String text = OTHER_TEXT + OBFUSCATED + " " + OTHER_TEXT;
    List<TextPassage> found = ALIGNER.align(text, source);
    assertThat(found).hasSize(1);
    TextPassage p = found.get(0);
    assertThat(p.summary()).isFalse();
    assertThat(p.thisStart()).isGreaterThanOrEqualTo(OTHER_TEXT.length());
    assertThat(p.thisEnd()).isLessThanOrEqualTo(OTHER_TEXT.length() + OBFUSCATED.length());
    assertThat(p.sourceStart()).isGreaterThanOrEqualTo(OTHER_SOURCE.length());
    assertThat(p.sourceEnd()).isLessThanOrEqualTo(OTHER_SOURCE.length() + COPIED.length());
  }

  @Test
  void shuffledSentencesThatMerelyShareWordsSeedNothing() {
    String[] s = OBFUSCATED.split("(?<=\\.) ");
    String shuffled =
        s[2] + " " + OTHER_TEXT + s[0] + " " + OTHER_TEXT + s[3] + " " + OTHER_TEXT + s[1];
    assertThat(ALIGNER.align(shuffled, OTHER_SOURCE + COPIED + " " + OTHER_SOURCE)).isEmpty();
  }

  @Test
  void aCopyFromALongSourceIsNotTakenForASummaryOfIt() {
    // The source repeats two of the copied sentences well before and after the copy, so that
    // loose clustering spans much more of the source than the copy.
    String[] words = {
      "harbour", "railway", "school", "hospital", "bridge", "museum", "airport", "library",
      "stadium", "market", "theatre", "prison", "castle", "garden", "tunnel", "factory"
    };
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (String w : words) {
      before.append("Visitors admired the old ").append(w).append(" near the cathedral square. ");
      after.append("Reporters described the ").append(w).append(" as quiet on Sunday morning. ");
    }
    String engineers =
        "Engineers expect the plant to serve forty thousand households in the valley. ";
    String construction =
        "Construction will begin in spring and should be finished within two years. ";
    String source =
        engineers + construction + before + COPIED + " " + after + engineers + construction + after;
    String text = OTHER_TEXT + COPIED + " " + OTHER_TEXT;
    List<TextPassage> found = ALIGNER.align(text, source);
    assertThat(found).hasSize(1);
    TextPassage p = found.get(0);
    assertThat(p.summary()).isFalse();
    assertThat(source.substring(p.sourceStart(), p.sourceEnd())).isEqualTo(COPIED);
  }
}
