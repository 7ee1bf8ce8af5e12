package org.newsmerge.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDifferTest {

  @Test
  void aRunOfEqualWordsIsFoundWhereverItStands() {
    int[] a = {1, 2, 3, 4, 5};
    int[] b = {9, 9, 3, 4, 5, 9};
    assertThat(WordDiffer.sharesRun(a, b, 3)).isTrue();
    assertThat(WordDiffer.sharesRun(b, a, 3)).isTrue();
    assertThat(WordDiffer.sharesRun(a, b, 4)).isFalse();
  }

  @Test
  void equalWordsApartAreNoRun() {
    // 1 2 and 3 4 are shared, but never three in a row.
    assertThat(WordDiffer.sharesRun(new int[] {1, 2, 7, 3, 4}, new int[] {1, 2, 8, 3, 4}, 3))
        .isFalse();
    assertThat(WordDiffer.sharesRun(new int[] {1, 2, 3}, new int[] {3, 2, 1}, 2)).isFalse();
  }

  @Test
  void aRunAtTheEndOfBothCounts() {
    assertThat(WordDiffer.sharesRun(new int[] {5, 6, 1, 2}, new int[] {1, 2}, 2)).isTrue();
    assertThat(WordDiffer.sharesRun(new int[] {}, new int[] {1, 2}, 2)).isFalse();
  }
}
