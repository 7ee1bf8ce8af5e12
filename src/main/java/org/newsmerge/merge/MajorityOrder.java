package org.newsmerge.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Orders units by majority precedence (Barzilay, Elhadad and McKeown 2002): unit {@code a} comes
 * before {@code b} when more sources put {@code a} before {@code b}. Where the sources agree this
 * is a topological order that respects every source; where they conflict, the unit with the largest
 * precedence surplus goes first (Cohen, Schapire and Singer's greedy order).
 *
 * <p>Among units free to go next: first the one that follows, in some source, the unit just placed,
 * so that a source's run of its own sentences stays together; then one whose next sentence could
 * follow it at once, rather than one that would leave its source's run waiting; then the one
 * earliest relative to its source's length; then a fixed order.
 *
 * <p>Precedence counts every pair of units, so its time and memory grow with the square of their
 * number; past {@link #MAX_UNITS} units a story is ordered {@link #firstCome} instead, in time and
 * memory linear in the sources' length.
 */
final class MajorityOrder {

  /** Most units ordered by majority precedence: 5,000 take 100 MB of counts and about a second. */
  static final int MAX_UNITS = 5_000;

  private final int n;
  private final int[] before; // before[a * n + b]: sources that put a before b
  private final double[] relative;
  private final int[] firstSource;
  private final List<List<Integer>> successors = new ArrayList<>();
  private final int[] waiting; // remaining units a majority puts before this one
  private final long[] surplus;

  private MajorityOrder(int n, List<int[]> sequences) {
    this.n = n;
    this.before = new int[n * n];
    this.relative = new double[n];
    this.firstSource = new int[n];
    this.waiting = new int[n];
    this.surplus = new long[n];
    Arrays.fill(relative, Double.MAX_VALUE);
    for (int u = 0; u < n; u++) successors.add(new ArrayList<>(1));
    for (int s = 0; s < sequences.size(); s++) {
      int[] seq = sequences.get(s);
      for (int i = 0; i < seq.length; i++) {
        for (int j = i + 1; j < seq.length; j++) before[seq[i] * n + seq[j]]++;
        double r = seq.length == 1 ? 0 : (double) i / (seq.length - 1);
        if (r < relative[seq[i]]) {
          relative[seq[i]] = r;
          firstSource[seq[i]] = s;
        }
        if (i + 1 < seq.length) successors.get(seq[i]).add(seq[i + 1]);
      }
    }
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (a == b) continue;
        if (majority(b, a)) waiting[a]++;
        surplus[a] += before[a * n + b] - before[b * n + a];
      }
    }
  }

  /**
   * An order of units {@code 0..n-1}; {@code sequences.get(s)} lists the units of source {@code s}
   * in its reading order, each unit at most once.
   */
  static int[] order(int n, List<int[]> sequences) {
    return new MajorityOrder(n, sequences).order();
  }

  /** Whether {@code n} units are ordered by majority precedence rather than first come. */
  static boolean fits(int n) {
    return n <= MAX_UNITS;
  }

  /**
   * First-come order, for stories too large for {@link #order}: the first source's units in its
   * order; then each later source's new units, each placed right after the unit that precedes it in
   * that source (or first, if none does). Every source's own order is kept where it adds units.
   */
  static int[] firstCome(int n, List<int[]> sequences) {
    int head = -1;
    int[] next = new int[n];
    boolean[] placed = new boolean[n];
    Arrays.fill(next, -1);
    for (int[] seq : sequences) {
      int anchor = -1;
      for (int u : seq) {
        if (!placed[u]) {
          placed[u] = true;
          if (anchor < 0) {
            next[u] = head;
            head = u;
          } else {
            next[u] = next[anchor];
            next[anchor] = u;
          }
        }
        anchor = u;
      }
    }
    int[] order = new int[n];
    int w = 0;
    for (int u = head; u >= 0; u = next[u]) order[w++] = u;
    for (int u = 0; u < n; u++) if (!placed[u]) order[w++] = u; // in no source: kept last
    return order;
  }

  private boolean majority(int a, int b) {
    return before[a * n + b] > before[b * n + a];
  }

  private int[] order() {
    boolean[] placed = new boolean[n];
    int[] order = new int[n];
    int last = -1;
    for (int step = 0; step < n; step++) {
      boolean anyFree = false;
      for (int u = 0; u < n; u++) if (!placed[u] && waiting[u] == 0) anyFree = true;
      int pick = -1;
      for (int u = 0; u < n; u++) {
        if (placed[u] || anyFree && waiting[u] != 0) continue;
        if (pick < 0 || better(u, pick, last, anyFree)) pick = u;
      }
      placed[pick] = true;
      order[step] = pick;
      last = pick;
      for (int u = 0; u < n; u++) {
        if (placed[u]) continue;
        if (majority(pick, u)) waiting[u]--;
        surplus[u] -= before[u * n + pick] - before[pick * n + u];
      }
    }
    return order;
  }

  private boolean better(int u, int v, int last, boolean free) {
    if (!free && surplus[u] != surplus[v]) return surplus[u] > surplus[v];
    boolean uFollows = last >= 0 && successors.get(last).contains(u);
    boolean vFollows = last >= 0 && successors.get(last).contains(v);
    if (uFollows != vFollows) return uFollows;
    boolean uLeadsOn = leadsOn(u);
    boolean vLeadsOn = leadsOn(v);
    if (uLeadsOn != vLeadsOn) return uLeadsOn;
    if (relative[u] != relative[v]) return relative[u] < relative[v];
    if (firstSource[u] != firstSource[v]) return firstSource[u] < firstSource[v];
    return u < v;
  }

  /** Whether, once {@code u} is placed, one of its successors could follow it at once. */
  private boolean leadsOn(int u) {
    if (successors.get(u).isEmpty()) return true;
    for (int v : successors.get(u)) {
      if (waiting[v] - (majority(u, v) ? 1 : 0) == 0) return true;
    }
    return false;
  }
}
