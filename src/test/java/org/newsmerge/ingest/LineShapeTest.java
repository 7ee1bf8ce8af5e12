package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The shortcuts the line rules take agree with the plain definitions they replace. */
class LineShapeTest {

  @Property
  void wordsAtMostIsTheCountComparedWithTheBound(
      @ForAll @Chars({'a', 'ب', ' ', '\t', '\u00A0', '\u200F', '.'}) @StringLength(max = 40)
          String line,
      @ForAll @IntRange(min = 0, max = 12) int max) {
    assertThat(LineShape.wordsAtMost(line, max)).isEqualTo(LineShape.words(line) <= max);
  }

  @Property
  void sameTextIsEqualityOfTheCollapsedTexts(
      @ForAll @Chars({'a', 'b', ' ', '\t', '\n', '\u2003', '\u000B'}) @StringLength(max = 12)
          String a,
      @ForAll @Chars({'a', 'b', ' ', '\t', '\n', '\u2003', '\u000B'}) @StringLength(max = 12)
          String b) {
    assertThat(LineClassifier.sameText(a, b)).isEqualTo(collapse(a).equals(collapse(b)));
    assertThat(LineClassifier.sameText(a, a)).isTrue();
  }

  /** The definition: stripped, each run of {@code \s} one space. */
  private static String collapse(String s) {
    return String.join(" ", s.strip().split("\\s+"));
  }

  @Property
  void scriptCountsByTableAgreeWithTheRuleForEachCodePoint(
      @ForAll
          @Chars({'a', 'Z', 'é', 'ب', '\u0640', '\u0661', 'ж', '1', ' ', '\uD835', '\uDC00'})
          @StringLength(max = 30)
          String s) {
    int[] expected = new int[3];
    s.codePoints().forEach(cp -> expected[LineShape.script(cp)]++);
    assertThat(LineShape.scriptCounts(s)).containsExactly(expected[1], expected[2]);
  }
}
