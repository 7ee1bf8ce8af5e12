package org.newsmerge.align.passage;

import java.util.List;

/**
 * Summaries: a paragraph of the text that sums up the whole source. Sentence by sentence it matches
 * here and there in a source several times its length, so the passage is the paragraph and the
 * whole source, not the scattered sentences that matched.
 */
final class Summaries {

  /** Cosine a paragraph needs with the whole source to be taken for its summary. */
  private static final double COSINE = 0.4;

  /** Share of the paragraph's sentences that must seed a match. */
  private static final double SEEDED = 0.5;

  /**
   * Share of the source that the source sentences a summary's sentences match must span: a summary
   * draws on all of its source, a copy with stray matches around it on one stretch.
   */
  static final double SPREAD = 0.2;

  private Summaries() {}

  /** The passage of a cluster found in loose mode: its paragraph and the whole source. */
  static TextPassage whole(TextAligner.Cluster c, WordText x, WordText y, double similarity) {
    int from = x.sentenceStart(c.x0);
    int to = x.sentenceEnd(c.x1);
    return new TextPassage(
        paragraphStart(x.text, from),
        paragraphEnd(x.text, to),
        y.start[0],
        y.end[y.words() - 1],
        similarity,
        true);
  }

  /**
   * The paragraph of {@code x} that best sums up all of {@code y}, or null: it must be at most a
   * {@code ratio}-th of the source's length, similar to the whole source, with most of its
   * sentences seeding a match, and its matches spanning {@link #SPREAD} of the source.
   */
  static TextPassage find(
      WordText x, WordText y, SentenceVectors vectors, List<TextAligner.Seed> seeds, double ratio) {
    SentenceVectors.Vector all = vectors.of(y, 0, y.words());
    int sourceChars = y.end[y.words() - 1] - y.start[0];
    boolean[] seeded = new boolean[x.sentenceCount()];
    for (TextAligner.Seed s : seeds) seeded[s.x()] = true;
    TextPassage best = null;
    int s = 0;
    while (s < x.sentenceCount()) {
      int start = paragraphStart(x.text, x.sentenceStart(s));
      int end = paragraphEnd(x.text, x.sentenceStart(s));
      int last = s;
      while (last + 1 < x.sentenceCount() && x.sentenceStart(last + 1) < end) last++;
      end = Math.max(end, x.sentenceEnd(last));
      int chars = end - start;
      if (chars >= 200 && chars * ratio <= sourceChars && last > s) {
        int n = 0;
        for (int k = s; k <= last; k++) if (seeded[k]) n++;
        double cos = vectors.of(x, x.sentences[s], x.sentences[last + 1]).cosine(all);
        int y0 = Integer.MAX_VALUE;
        int y1 = -1;
        for (TextAligner.Seed q : seeds) {
          if (q.x() < s || q.x() > last) continue;
          y0 = Math.min(y0, y.sentenceStart(q.y()));
          y1 = Math.max(y1, y.sentenceEnd(q.y()));
        }
        if (n >= SEEDED * (last - s + 1)
            && y1 - y0 >= SPREAD * sourceChars
            && cos >= COSINE
            && (best == null || cos > best.similarity())) {
          best = new TextPassage(start, end, y.start[0], y.end[y.words() - 1], cos, true);
        }
      }
      s = last + 1;
    }
    return best;
  }

  private static int paragraphStart(String t, int at) {
    int i = at;
    while (i > 0 && t.charAt(i - 1) != '\n') i--;
    while (i < at && Character.isWhitespace(t.charAt(i))) i++;
    return i;
  }

  private static int paragraphEnd(String t, int at) {
    int i = at;
    while (i < t.length() && t.charAt(i) != '\n') i++;
    while (i > at && Character.isWhitespace(t.charAt(i - 1))) i--;
    return i;
  }
}
