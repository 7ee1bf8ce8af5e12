package org.newsmerge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MajorityOrderTest {

  @Test
  void agreeingSourcesGiveATopologicalOrder() {
    int[] order = MajorityOrder.order(4, List.of(new int[] {0, 1, 3}, new int[] {0, 2, 3}));
    assertThat(order[0]).isEqualTo(0);
    assertThat(order[3]).isEqualTo(3);
  }

  @Test
  void theMajorityWinsAConflict() {
    int[] order =
        MajorityOrder.order(2, List.of(new int[] {1, 0}, new int[] {0, 1}, new int[] {0, 1}));
    assertThat(order).containsExactly(0, 1);
  }

  @Test
  void aSourcesOwnRunStaysTogether() {
    // Source 0: a0 a1 S a2; source 1: b0 S b1. a0 and a1 stay together, b0 precedes S.
    int a0 = 0, a1 = 1, s = 2, a2 = 3, b0 = 4, b1 = 5;
    int[] order = MajorityOrder.order(6, List.of(new int[] {a0, a1, s, a2}, new int[] {b0, s, b1}));
    assertThat(order).containsExactly(a0, a1, b0, s, a2, b1);
  }

  @Test
  void aCycleIsBrokenGreedily() {
    int[] order =
        MajorityOrder.order(3, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 0}));
    assertThat(order).hasSize(3).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void firstComeKeepsTheFirstSourceAndPlacesNewUnitsAfterTheirPredecessor() {
    // Source 0: 0 1 2; source 1: 3 0 4 2 5. 3 opens (nothing precedes it), 4 follows 0, 5 follows
    // 2.
    int[] order =
        MajorityOrder.firstCome(6, List.of(new int[] {0, 1, 2}, new int[] {3, 0, 4, 2, 5}));
    assertThat(order).containsExactly(3, 0, 4, 1, 2, 5);
  }

  @Test
  void storyPastTheMajorityLimitIsOrderedFirstComeInLinearMemory() {
    // 60,000 units would need 14 GB of pair counts; first come needs a few arrays.
    int n = 60_000;
    int[] a = new int[n / 2];
    int[] b = new int[n / 2 + n / 4];
    for (int i = 0; i < n / 2; i++) a[i] = i;
    for (int i = 0; i < b.length; i++) b[i] = n / 4 + i; // overlaps a's second half
    assertThat(MajorityOrder.fits(n)).isFalse();
    int[] order = MajorityOrder.firstCome(n, List.of(a, b));
    assertThat(order).hasSize(n).doesNotHaveDuplicates();
    assertThat(MajorityOrder.fits(MajorityOrder.MAX_UNITS)).isTrue();
  }
}
