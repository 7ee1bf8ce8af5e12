package org.newsmerge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HashSortTest {

  @Property
  void sortsAsArraysSortDoesWhateverTheValues(
      @ForAll @Size(max = 3000) List<Long> given, @ForAll @IntRange(min = 0, max = 3) int shape) {
    long[] values = given.stream().mapToLong(Long::longValue).toArray();
    // Uniform, then what hashes never are: narrow (one bucket), all equal, sorted backwards.
    if (shape == 1) for (int i = 0; i < values.length; i++) values[i] &= 0xFFFF;
    if (shape == 2) Arrays.fill(values, 42L);
    if (shape == 3) {
      Arrays.sort(values);
      for (int i = 0; i < values.length / 2; i++) {
        long t = values[i];
        values[i] = values[values.length - 1 - i];
        values[values.length - 1 - i] = t;
      }
    }
    long[] expected = values.clone();
    Arrays.sort(expected);
    assertThat(HashSort.sorted(values.clone())).containsExactly(expected);
  }

  @Test
  void sortsAPrefixInPlaceAndLeavesTheRest() {
    Random random = new Random(3);
    long[] values = random.longs(5000).toArray();
    long[] expected = values.clone();
    Arrays.sort(expected, 0, 4000);
    HashSort.sort(values, 4000);
    assertThat(values).containsExactly(expected);
  }

  @Test
  void pairsComeSortedAndEachOnce() {
    Random random = new Random(5);
    int n = 700;
    LongList pairs = new LongList();
    for (int i = 0; i < 20_000; i++) pairs.add((long) random.nextInt(n) << 32 | random.nextInt(n));
    long[] expected = pairs.sortedDistinct();
    assertThat(pairs.sortedDistinctPairs(n)).containsExactly(expected);
    assertThat(expected.length).isLessThan(20_000); // repeats were there to drop
  }
}
