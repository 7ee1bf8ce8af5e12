package org.newsmerge.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LshIndexTest {

  @Test
  void itemsWithEqualBandsBecomeCandidatesOnce() {
    int k = 4;
    int[] sigs = {1, 2, 3, 4, /* */ 1, 2, 9, 9, /* */ 7, 7, 7, 7, /* */ 1, 2, 3, 4};
    LshIndex.Candidates c = LshIndex.candidates(sigs, 4, k, new LshParams(2, 2), null, 100);
    assertThat(c.pairs()).containsExactly(0L << 32 | 1, 0L << 32 | 3, 1L << 32 | 3);
  }

  @Test
  void crowdedBucketsAreReportedNotExpanded() {
    int k = 2;
    int[] sigs = new int[20 * k];
    LshIndex.Candidates c = LshIndex.candidates(sigs, 20, k, new LshParams(1, 2), null, 5);
    assertThat(c.pairs()).isEmpty();
    assertThat(c.crowded()).containsOnly(true);
  }

  @Test
  void skippedItemsTakeNoPart() {
    int[] sigs = {1, 1, 1, 1};
    boolean[] skip = {false, true};
    assertThat(LshIndex.candidates(sigs, 2, 2, new LshParams(1, 2), skip, 10).pairs()).isEmpty();
  }

  @Test
  void bandsSearchedSeveralAtATimeOnThreadsGiveTheSameCandidates() {
    java.util.Random random = new java.util.Random(7);
    int n = 3000;
    int bands = 25;
    int[] keys = new int[n * bands];
    // Few distinct keys per band, so buckets fill, some past the crowded limit.
    for (int i = 0; i < keys.length; i++) keys[i] = random.nextInt(i % 3 == 0 ? 40 : 400);
    LshIndex.Candidates serial = LshIndex.fromBandKeys(keys, n, bands, null, 30);
    org.newsmerge.internal.Parallel threads =
        (size, body) -> java.util.stream.IntStream.range(0, size).parallel().forEach(body);
    for (int width : new int[] {2, 3, 25, 40}) {
      LshIndex.Candidates parallel =
          LshIndex.fromBandKeys(keys, n, bands, null, 30, width, threads);
      assertThat(parallel.pairs()).isEqualTo(serial.pairs());
      assertThat(parallel.crowded()).isEqualTo(serial.crowded());
    }
    assertThat(serial.pairs()).isNotEmpty();
    assertThat(serial.crowded()).contains(true, false);
  }

  @Test
  void bandsHeldBandByBandGiveThePairsThatShareABandKey() {
    java.util.Random random = new java.util.Random(3);
    int n = 400;
    int bands = 5;
    int[][] columns = new int[bands][n];
    for (int[] column : columns) for (int i = 0; i < n; i++) column[i] = random.nextInt(300);
    // Every pair that shares a key in some band, by brute force (no bucket is crowded here).
    java.util.TreeSet<Long> expected = new java.util.TreeSet<>();
    for (int i = 0; i < n; i++)
      for (int j = i + 1; j < n; j++)
        for (int[] column : columns) if (column[i] == column[j]) expected.add((long) i << 32 | j);
    int[] keys = new int[n * bands];
    for (int i = 0; i < n; i++) for (int b = 0; b < bands; b++) keys[i * bands + b] = columns[b][i];
    LshIndex.Candidates byItem = LshIndex.fromBandKeys(keys, n, bands, null, n);
    LshIndex.Candidates byBand =
        LshIndex.fromBandColumns(columns, n, null, n, 2, org.newsmerge.internal.Parallel.SERIAL);
    assertThat(byBand.pairs()).containsExactly(expected.stream().mapToLong(x -> x).toArray());
    assertThat(byItem.pairs()).isEqualTo(byBand.pairs());
    assertThat(java.util.Arrays.asList(columns)).containsOnlyNulls(); // each band let go of
  }
}
