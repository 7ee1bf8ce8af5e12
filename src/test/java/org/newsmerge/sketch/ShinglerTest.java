package org.newsmerge.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.newsmerge.text.Normalizer;

class ShinglerTest {

  private static final long PINNED_ABCDE = 0x31edf974f8bef309L;

  private final Shingler chars = new Shingler(ShingleSettings.DEFAULT);

  @Test
  void characterShinglesIgnoreSpaces() {
    assertThat(chars.shingles(Normalizer.key("الولايات المتحدة")))
        .isEqualTo(chars.shingles(Normalizer.key("الولاياتالمتحدة")));
  }

  @Test
  void shingleHashesArePinned() {
    // Stored hashes must never change between versions or machines.
    assertThat(Hash64.chars("abcde", 0, 5)).isEqualTo(PINNED_ABCDE);
    assertThat(chars.shingles("abcdef"))
        .containsExactly(
            Math.min(Hash64.chars("abcde", 0, 5), Hash64.chars("bcdef", 0, 5)),
            Math.max(Hash64.chars("abcde", 0, 5), Hash64.chars("bcdef", 0, 5)));
  }

  @Test
  void shortKeysGiveOneShingleAndEmptyKeysNone() {
    assertThat(chars.shingles("abc")).hasSize(1);
    assertThat(chars.shingles("")).isEmpty();
  }

  @Test
  void wordShinglesAreWordNGrams() {
    Shingler words = new Shingler(ShingleSettings.parse("word3"));
    assertThat(words.shingles("a b c d")).hasSize(2);
    assertThat(words.shingles("a b")).hasSize(1);
  }

  @Test
  void badShingleSpecsAreRefusedWithTheValue() {
    assertThatThrownBy(() -> ShingleSettings.parse("trigram")).hasMessageContaining("trigram");
    assertThatThrownBy(() -> ShingleSettings.parse("char0")).hasMessageContaining("0");
  }

  @Test
  void jaccardAndContainmentOfKnownSets() {
    long[] a = {1, 2, 3, 4};
    long[] b = {3, 4, 5, 6};
    assertThat(Shingler.jaccard(a, b)).isEqualTo(2.0 / 6);
    assertThat(Shingler.containment(a, new long[] {3, 4})).isEqualTo(1.0);
  }

  @Property
  void jaccardIsSymmetricAndBounded(
      @ForAll @Size(max = 40) String x, @ForAll @Size(max = 40) String y) {
    long[] a = chars.shingles(Normalizer.key(x));
    long[] b = chars.shingles(Normalizer.key(y));
    double j = Shingler.jaccard(a, b);
    assertThat(j).isEqualTo(Shingler.jaccard(b, a)).isBetween(0.0, 1.0);
  }

  @Property
  void shinglesAreSortedAndDistinct(@ForAll String x) {
    long[] s = chars.shingles(Normalizer.key(x));
    for (int i = 1; i < s.length; i++) assertThat(s[i]).isGreaterThan(s[i - 1]);
  }
}
