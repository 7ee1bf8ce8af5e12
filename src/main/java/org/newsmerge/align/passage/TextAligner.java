package org.newsmerge.align.passage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the passages a text shares with a source, at character precision, after Sanchez-Perez,
 * Sidorov &amp; Gelbukh (PAN 2014): sentence pairs similar by tf-idf cosine and Dice are seeds, and
 * so are pairs only somewhat similar that line up with another similar pair (an obfuscated copy);
 * seeds close on both sides cluster into passages, bridging a gap of a few sentences (strict mode)
 * or many (loose mode, for a summary of a long source); a passage whose two sides are not similar
 * as a whole is split with a smaller gap; overlapping and short passages are dropped. The choice
 * between the modes is made passage by passage: a loose passage is a summary when its source side
 * is several times longer than its text side, spans a good share of the source and is not mostly
 * covered by strict passages with sides of similar length (a copy with stray seeds around it);
 * elsewhere the strict passages stand. Each strict passage's ends are then cut to the first and
 * last words its sides share, and passages left close on both sides are joined.
 *
 * <p>Pure and thread-safe: the same texts give the same passages.
 */
public final class TextAligner {

  private final AlignSettings settings;

  public TextAligner(AlignSettings settings) {
    this.settings = settings;
  }

  /** Passages of {@code text} taken from {@code source}, in the order of {@code text}. */
  public List<TextPassage> align(String text, String source) {
    Map<String, Integer> vocabulary = new HashMap<>();
    WordText x = WordText.of(text, vocabulary);
    WordText y = WordText.of(source, vocabulary);
    if (x.words() == 0 || y.words() == 0) return List.of();
    SentenceVectors vectors = new SentenceVectors(x, y, vocabulary.size());
    Pair pair = new Pair(x, y, vectors, settings.validCosine());
    List<Seed> seeds = pair.seeds(settings.seedCosine(), settings.seedDice());
    if (seeds.isEmpty()) return List.of();
    List<Cluster> loose = pair.filter(pair.extend(seeds, settings.looseGap()), settings.minChars());
    List<Cluster> strict =
        pair.filter(pair.extend(seeds, settings.strictGap()), settings.minChars());
    int sourceChars = y.end[y.words() - 1] - y.start[0];
    List<Cluster> summaries = new ArrayList<>();
    for (Cluster c : loose) {
      if (c.yChars(y) >= settings.summaryRatio() * c.xChars(x)
          && c.yChars(y) >= Summaries.SPREAD * sourceChars
          && copied(c, strict, x, y) < COPIED * c.xChars(x)) summaries.add(c);
    }
    boolean summary = !summaries.isEmpty();
    List<TextPassage> passages = new ArrayList<>();
    for (Cluster c : strict) {
      if (summaries.stream().noneMatch(k -> k.x0 <= c.x1 && c.x0 <= k.x1))
        passages.add(Boundaries.refine(c, x, y, c.similarity));
    }
    for (Cluster c : summaries) passages.add(Summaries.whole(c, x, y, c.similarity));
    if (!summary) {
      TextPassage s = Summaries.find(x, y, vectors, seeds, settings.summaryRatio());
      // A paragraph copied or paraphrased sentence by sentence is no summary, even when its source
      // is much longer: strict mode found it with sides of similar length.
      if (s != null
          && passages.stream()
              .noneMatch(
                  p ->
                      p.thisStart() < s.thisEnd()
                          && s.thisStart() < p.thisEnd()
                          && p.sourceLength() < COPY_RATIO * p.thisLength())) {
        passages.removeIf(p -> p.thisStart() < s.thisEnd() && s.thisStart() < p.thisEnd());
        passages.add(s);
      }
    }
    List<TextPassage> out = new ArrayList<>();
    for (TextPassage p : join(passages, settings.joinChars())) {
      int min =
          p.similarity() >= SHORT_COSINE
              ? (int) (SHORT_SHARE * settings.minChars())
              : settings.minChars();
      if (p.thisLength() >= min && p.sourceLength() >= min) out.add(p);
    }
    return out;
  }

  /** Joins passages that follow each other closely on both sides. */
  static List<TextPassage> join(List<TextPassage> passages, int gap) {
    List<TextPassage> sorted = new ArrayList<>(passages);
    sorted.sort(
        Comparator.comparingInt(TextPassage::thisStart).thenComparingInt(TextPassage::sourceStart));
    List<TextPassage> out = new ArrayList<>();
    for (TextPassage p : sorted) {
      if (!out.isEmpty()) {
        TextPassage q = out.get(out.size() - 1);
        boolean nearThis = p.thisStart() - q.thisEnd() <= gap;
        boolean nearSource =
            p.sourceStart() - q.sourceEnd() <= gap && q.sourceStart() - p.sourceEnd() <= gap;
        if (nearThis && nearSource) {
          out.set(
              out.size() - 1,
              new TextPassage(
                  q.thisStart(),
                  Math.max(q.thisEnd(), p.thisEnd()),
                  Math.min(q.sourceStart(), p.sourceStart()),
                  Math.max(q.sourceEnd(), p.sourceEnd()),
                  Math.max(q.similarity(), p.similarity()),
                  q.summary() || p.summary()));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  /**
   * Cosine from which a passage may be shorter than the minimum, down to {@link #SHORT_SHARE} of
   * it: a short copy with its words shuffled or replaced is cut to fewer shared words than it has.
   */
  private static final double SHORT_COSINE = 0.5;

  private static final double SHORT_SHARE = 2.0 / 3;

  /**
   * Cosine and Dice above which a sentence pair too weak to seed on its own seeds when the sentence
   * pairs right before or right after it on both sides are similar as well: a copy with its words
   * replaced and shuffled (PAN's random obfuscation) keeps the order of its sentences, while
   * sentences that merely share a few words do not line up.
   */
  private static final double RUN_COSINE = 0.2;

  private static final double RUN_DICE = 0.15;

  /** A seed must reach this share of the best cosine of its sentences on both sides. */
  private static final double RELATIVE = 0.7;

  /**
   * Share of a lopsided loose passage's text side that strict passages with sides of similar length
   * may cover before it counts as a copy found with stray seeds around it, not a summary.
   */
  private static final double COPIED = 0.8;

  /**
   * Characters of loose cluster {@code c}'s text side that strict clusters with sides of similar
   * length cover: a copy, not a summary.
   */
  private static int copied(Cluster c, List<Cluster> strict, WordText x, WordText y) {
    int n = 0;
    for (Cluster k : strict) {
      if (k.x0 > c.x1 || c.x0 > k.x1 || k.yChars(y) >= COPY_RATIO * k.xChars(x)) continue;
      n +=
          Math.min(x.sentenceEnd(k.x1), x.sentenceEnd(c.x1))
              - Math.max(x.sentenceStart(k.x0), x.sentenceStart(c.x0));
    }
    return n;
  }

  /** Source length over text length below which a strict passage is a copy, not a summary. */
  private static final double COPY_RATIO = 2.0;

  private static long key(int x, int y) {
    return ((long) x << 32) | (y & 0xFFFFFFFFL);
  }

  /** A pair of similar sentences: {@code x} of the text, {@code y} of the source. */
  record Seed(int x, int y) {}

  /** Seeds clustered into one passage, with its sentence ranges (inclusive) on both sides. */
  static final class Cluster {
    final List<Seed> seeds;
    final int x0;
    final int x1;
    final int y0;
    final int y1;
    double similarity;

    Cluster(List<Seed> seeds) {
      this.seeds = seeds;
      int a = Integer.MAX_VALUE;
      int b = -1;
      int c = Integer.MAX_VALUE;
      int d = -1;
      for (Seed s : seeds) {
        a = Math.min(a, s.x());
        b = Math.max(b, s.x());
        c = Math.min(c, s.y());
        d = Math.max(d, s.y());
      }
      x0 = a;
      x1 = b;
      y0 = c;
      y1 = d;
    }

    int xChars(WordText x) {
      return x.sentenceEnd(x1) - x.sentenceStart(x0);
    }

    int yChars(WordText y) {
      return y.sentenceEnd(y1) - y.sentenceStart(y0);
    }
  }

  /** The two texts of a pair with their sentence vectors. */
  private static final class Pair {
    final WordText x;
    final WordText y;
    final SentenceVectors vectors;
    final SentenceVectors.Vector[] vx;
    final SentenceVectors.Vector[] vy;
    final double valid;

    Pair(WordText x, WordText y, SentenceVectors vectors, double valid) {
      this.valid = valid;
      this.x = x;
      this.y = y;
      this.vectors = vectors;
      vx = new SentenceVectors.Vector[x.sentenceCount()];
      vy = new SentenceVectors.Vector[y.sentenceCount()];
      for (int s = 0; s < vx.length; s++) vx[s] = vectors.of(x, x.sentences[s], x.sentences[s + 1]);
      for (int s = 0; s < vy.length; s++) vy[s] = vectors.of(y, y.sentences[s], y.sentences[s + 1]);
    }

    List<Seed> seeds(double cosine, double dice) {
      // Postings of the source's sentences by term, so that only sentence pairs sharing a term are
      // compared.
      Map<Integer, List<int[]>> postings = new HashMap<>();
      for (int j = 0; j < vy.length; j++) {
        int[] t = vy[j].terms();
        for (int k = 0; k < t.length; k++) {
          postings.computeIfAbsent(t[k], z -> new ArrayList<>()).add(new int[] {j, k});
        }
      }
      double[] ny = new double[vy.length];
      for (int j = 0; j < vy.length; j++) ny[j] = vy[j].norm();
      double[] dot = new double[vy.length];
      int[] shared = new int[vy.length];
      int[] touched = new int[vy.length];
      List<Seed> seeds = new ArrayList<>();
      List<Double> scores = new ArrayList<>();
      Map<Long, Double> weak = new HashMap<>();
      for (int i = 0; i < vx.length; i++) {
        int nt = 0;
        int[] t = vx[i].terms();
        double[] w = vx[i].weights();
        for (int k = 0; k < t.length; k++) {
          List<int[]> list = postings.get(t[k]);
          if (list == null) continue;
          for (int[] p : list) {
            int j = p[0];
            if (shared[j] == 0) touched[nt++] = j;
            shared[j]++;
            dot[j] += w[k] * vy[j].weights()[p[1]];
          }
        }
        double nx = vx[i].norm();
        Arrays.sort(touched, 0, nt);
        for (int q = 0; q < nt; q++) {
          int j = touched[q];
          double cos = nx * ny[j] == 0 ? 0 : dot[j] / (nx * ny[j]);
          double d = 2.0 * shared[j] / (t.length + vy[j].terms().length);
          if (cos > cosine && d > dice) {
            seeds.add(new Seed(i, j));
            scores.add(cos);
          } else if (cos > RUN_COSINE && d > RUN_DICE) {
            weak.put(key(i, j), cos);
          }
          dot[j] = 0;
          shared[j] = 0;
        }
      }
      // Weak pairs in a run: next to another similar pair on the diagonal, either way.
      Set<Long> similar = new HashSet<>(weak.keySet());
      for (Seed q : seeds) similar.add(key(q.x(), q.y()));
      List<Long> keys = new ArrayList<>(weak.keySet());
      Collections.sort(keys);
      for (long k : keys) {
        int i = (int) (k >>> 32);
        int j = (int) k;
        if (similar.contains(key(i - 1, j - 1)) || similar.contains(key(i + 1, j + 1))) {
          seeds.add(new Seed(i, j));
          scores.add(weak.get(k));
        }
      }
      return strongest(seeds, scores);
    }

    /**
     * Seeds that are not much weaker than the best seed of their sentence on either side: a copied
     * sentence matches its copy far better than the sentences that merely share its words.
     */
    private List<Seed> strongest(List<Seed> seeds, List<Double> scores) {
      double[] bestX = new double[vx.length];
      double[] bestY = new double[vy.length];
      for (int k = 0; k < seeds.size(); k++) {
        Seed s = seeds.get(k);
        bestX[s.x()] = Math.max(bestX[s.x()], scores.get(k));
        bestY[s.y()] = Math.max(bestY[s.y()], scores.get(k));
      }
      List<Seed> out = new ArrayList<>();
      for (int k = 0; k < seeds.size(); k++) {
        Seed s = seeds.get(k);
        double c = scores.get(k);
        if (c >= RELATIVE * bestX[s.x()] && c >= RELATIVE * bestY[s.y()]) out.add(s);
      }
      return out;
    }

    /** Clusters of seeds with at most {@code gap} sentences between them on each side, valid. */
    List<Cluster> extend(List<Seed> seeds, int gap) {
      List<List<Seed>> groups = List.of(seeds);
      boolean bySource = true;
      int stable = 0;
      // Splitting by one side can make a group splittable by the other: alternate until neither
      // side splits any more.
      while (stable < 2) {
        List<List<Seed>> next = new ArrayList<>();
        for (List<Seed> g : groups) next.addAll(split(g, gap, bySource));
        stable = next.size() == groups.size() ? stable + 1 : 0;
        groups = next;
        bySource = !bySource;
      }
      List<Cluster> out = new ArrayList<>();
      for (List<Seed> g : groups) {
        Cluster c = new Cluster(g);
        c.similarity = similarity(c);
        if (c.similarity >= valid) out.add(c);
        else if (gap > 0) out.addAll(extend(g, gap - 1));
      }
      return out;
    }

    double similarity(Cluster c) {
      SentenceVectors.Vector a = vectors.of(x, x.sentences[c.x0], x.sentences[c.x1 + 1]);
      SentenceVectors.Vector b = vectors.of(y, y.sentences[c.y0], y.sentences[c.y1 + 1]);
      return a.cosine(b);
    }

    /**
     * Overlaps on the text's side resolved in favour of the larger and more similar passage, then
     * passages with a side shorter than {@code minChars} dropped.
     */
    List<Cluster> filter(List<Cluster> clusters, int minChars) {
      List<Cluster> ranked = new ArrayList<>(clusters);
      ranked.sort(
          Comparator.comparingDouble((Cluster c) -> -c.similarity * c.xChars(x))
              .thenComparingInt(c -> c.x0)
              .thenComparingInt(c -> c.y0));
      List<Cluster> kept = new ArrayList<>();
      for (Cluster c : ranked) {
        boolean overlaps = false;
        for (Cluster k : kept) overlaps |= c.x0 <= k.x1 && k.x0 <= c.x1;
        if (!overlaps && c.xChars(x) >= minChars && c.yChars(y) >= minChars) kept.add(c);
      }
      kept.sort(Comparator.comparingInt((Cluster c) -> c.x0).thenComparingInt(c -> c.y0));
      return kept;
    }
  }

  private static List<List<Seed>> split(List<Seed> seeds, int gap, boolean bySource) {
    List<Seed> sorted = new ArrayList<>(seeds);
    Comparator<Seed> order =
        bySource
            ? Comparator.comparingInt(Seed::y).thenComparingInt(Seed::x)
            : Comparator.comparingInt(Seed::x).thenComparingInt(Seed::y);
    sorted.sort(order);
    List<List<Seed>> out = new ArrayList<>();
    List<Seed> cur = new ArrayList<>();
    int last = Integer.MIN_VALUE;
    for (Seed s : sorted) {
      int at = bySource ? s.y() : s.x();
      if (!cur.isEmpty() && at - last - 1 > gap) {
        out.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(s);
      last = Math.max(last, at);
    }
    if (!cur.isEmpty()) out.add(cur);
    return out;
  }
}
