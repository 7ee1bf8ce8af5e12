package org.newsmerge.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  private final MinHasher hasher = new MinHasher();

  /** Two sets of {@code size} shingles sharing {@code common} of them. */
  private static long[][] pair(long seed, int size, int common) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] shared = LongStream.generate(random::nextLong).limit(common).toArray();
    long[] a =
        LongStream.concat(
                Arrays.stream(shared), LongStream.generate(random::nextLong).limit(size - common))
            .sorted()
            .toArray();
    long[] b =
        LongStream.concat(
                Arrays.stream(shared), LongStream.generate(random::nextLong).limit(size - common))
            .sorted()
            .toArray();
    return new long[][] {a, b};
  }

  @Property(tries = 300)
  void estimateStaysWithinTolerance(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 20, max = 400) int size,
      @ForAll @IntRange(min = 0, max = 100) int percentCommon) {
    long[][] p = pair(seed, size, size * percentCommon / 100);
    double exact = Shingler.jaccard(p[0], p[1]);
    double estimate = hasher.similarity(hasher.sign(p[0]), hasher.sign(p[1]));
    // Standard error at k = 128 is at most 0.044; 0.2 is 4.5 of them.
    assertThat(Math.abs(estimate - exact)).isLessThanOrEqualTo(0.2);
  }

  @Test
  void meanErrorOverManySetsIsSmall() {
    double total = 0;
    int n = 500;
    for (int i = 0; i < n; i++) {
      long[][] p = pair(i, 50 + i % 200, (50 + i % 200) * (i % 10) / 10);
      total +=
          Math.abs(
              hasher.similarity(hasher.sign(p[0]), hasher.sign(p[1]))
                  - Shingler.jaccard(p[0], p[1]));
    }
    assertThat(total / n).isLessThan(0.04);
  }

  @Test
  void identicalSetsHaveIdenticalSignatures() {
    long[][] p = pair(7, 100, 100);
    assertThat(hasher.sign(p[0])).isEqualTo(hasher.sign(p[1]));
  }

  @Test
  void signaturesArePinned() {
    int[] s = hasher.sign(new long[] {1, 2, 3});
    assertThat(s).hasSize(128);
    assertThat(Arrays.stream(s).distinct().count()).isEqualTo(3);
    assertThat(new MinHasher().sign(new long[] {1, 2, 3})).isEqualTo(s);
  }

  @Test
  void signaturesOfDifferentSizesAreRefused() {
    MinHasher small = new MinHasher(64, MinHasher.DEFAULT_SEED);
    assertThatThrownBy(
            () -> hasher.similarity(small.sign(new long[] {1}), hasher.sign(new long[] {1})))
        .hasMessageContaining("64")
        .hasMessageContaining("128");
  }
}
