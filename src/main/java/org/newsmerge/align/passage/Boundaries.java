package org.newsmerge.align.passage;

import java.util.HashSet;
import java.util.Set;

/**
 * Cuts a passage found at sentence level to the words its two sides share: on each side, the first
 * sentence loses the words before the first word pair (else content word) that the other side's
 * first sentences hold, and the last sentence those after the last such word. A copy that starts or
 * ends inside a sentence is thus reported from its first to its last copied word, with the closing
 * punctuation that follows it.
 */
final class Boundaries {

  /** Sentences of the other side searched for a side's first (or last) shared words. */
  private static final int REACH = 2;

  private Boundaries() {}

  static TextPassage refine(TextAligner.Cluster c, WordText x, WordText y, double similarity) {
    int xs = first(x, c.x0, y, c.y0, Math.min(c.y1, c.y0 + REACH - 1));
    int xe = last(x, c.x1, y, Math.max(c.y0, c.y1 - REACH + 1), c.y1);
    int ys = first(y, c.y0, x, c.x0, Math.min(c.x1, c.x0 + REACH - 1));
    int ye = last(y, c.y1, x, Math.max(c.x0, c.x1 - REACH + 1), c.x1);
    if (xe < xs) {
      xs = x.sentences[c.x0];
      xe = x.sentences[c.x1 + 1] - 1;
    }
    if (ye < ys) {
      ys = y.sentences[c.y0];
      ye = y.sentences[c.y1 + 1] - 1;
    }
    int[] back = backward(x, xs, y, ys);
    xs = back[0];
    ys = back[1];
    int[] ahead = forward(x, xe, y, ye);
    xe = ahead[0];
    ye = ahead[1];
    return new TextPassage(
        x.start[xs], closing(x, xe), y.start[ys], closing(y, ye), similarity, false);
  }

  /** Words skipped on either side, at most, to reach the next shared word pair. */
  private static final int SKIP = 4;

  /**
   * Extends the start {@code (xs, ys)} backwards over shared word pairs, skipping up to {@link
   * #SKIP} words on either side to reach the nearest one: a copy that runs on past the sentence
   * seeds (a heading, a line glued to the next) is followed word by word.
   */
  private static int[] backward(WordText x, int xs, WordText y, int ys) {
    return extend(x, xs, y, ys, -1);
  }

  /** The mirror of {@link #backward}: extends the end {@code (xe, ye)} forwards. */
  private static int[] forward(WordText x, int xe, WordText y, int ye) {
    return extend(x, xe, y, ye, 1);
  }

  /**
   * Moves {@code (i0, j0)} by {@code step} (-1 or 1) over shared word pairs while there are any.
   */
  private static int[] extend(WordText x, int i0, WordText y, int j0, int step) {
    int nx = x.words();
    int ny = y.words();
    while (true) {
      int best = Integer.MAX_VALUE;
      int bi = -1;
      int bj = -1;
      for (int a = 0; a <= SKIP; a++) {
        for (int b = 0; b <= SKIP; b++) {
          int i = i0 + step * (1 + a);
          int j = j0 + step * (1 + b);
          int pi = i + step;
          int pj = j + step;
          if (pi < 0 || pj < 0 || pi >= nx || pj >= ny || a + b >= best) continue;
          if (x.term[i] == y.term[j] && x.term[pi] == y.term[pj]) {
            best = a + b;
            bi = pi;
            bj = pj;
          }
        }
      }
      if (bi < 0) return new int[] {i0, j0};
      i0 = bi;
      j0 = bj;
    }
  }

  /** First word of sentence {@code s} of {@code t} shared with sentences {@code [o0, o1]} of o. */
  private static int first(WordText t, int s, WordText o, int o0, int o1) {
    Set<Long> pairs = new HashSet<>();
    Set<Integer> terms = new HashSet<>();
    collect(o, o.sentences[o0], o.sentences[o1 + 1], pairs, terms);
    int from = t.sentences[s];
    int to = t.sentences[s + 1];
    for (int k = from; k + 1 < to; k++)
      if (pairs.contains(pair(t.term[k], t.term[k + 1]))) return k;
    for (int k = from; k < to; k++) if (t.content[k] && terms.contains(t.term[k])) return k;
    return from;
  }

  /** Last word of sentence {@code s} of {@code t} shared with sentences {@code [o0, o1]} of o. */
  private static int last(WordText t, int s, WordText o, int o0, int o1) {
    Set<Long> pairs = new HashSet<>();
    Set<Integer> terms = new HashSet<>();
    collect(o, o.sentences[o0], o.sentences[o1 + 1], pairs, terms);
    int from = t.sentences[s];
    int to = t.sentences[s + 1];
    for (int k = to - 1; k > from; k--)
      if (pairs.contains(pair(t.term[k - 1], t.term[k]))) return k;
    for (int k = to - 1; k >= from; k--) if (t.content[k] && terms.contains(t.term[k])) return k;
    return to - 1;
  }

  private static void collect(WordText o, int from, int to, Set<Long> pairs, Set<Integer> terms) {
    for (int k = from; k < to; k++) {
      if (o.content[k]) terms.add(o.term[k]);
      if (k + 1 < to) pairs.add(pair(o.term[k], o.term[k + 1]));
    }
  }

  private static long pair(int a, int b) {
    return ((long) a << 32) | (b & 0xFFFFFFFFL);
  }

  /** End of word {@code k} with the closing punctuation right after it. */
  private static int closing(WordText t, int k) {
    int e = t.end[k];
    while (e < t.text.length() && ".,;:!?\"')]\u201D\u2019\u00BB".indexOf(t.text.charAt(e)) >= 0)
      e++;
    return e;
  }
}
