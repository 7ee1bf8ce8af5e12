package org.newsmerge.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.newsmerge.internal.HashSort;
import org.newsmerge.internal.LongList;
import org.newsmerge.internal.Parallel;
import org.newsmerge.model.Dates;

/**
 * Groups reuse families into events by what they are about.
 *
 * <p>Each family is one unit, however many reprints it holds, so that a reprinted story neither
 * outweighs the others nor makes its own words look common. Term weights are TF-IDF with the IDF
 * raised to {@link #IDF_POWER}: {@code (1 + ln count) * ln((F + P + 1) / (df + 0.5))^1.5}, with
 * {@code df} counted in families among {@code F} and {@link #PRIOR_FAMILIES} {@code P}; so rare
 * terms (names, places, numbers) decide more than the words common to a kind of news. An article's
 * vector is scaled to length 1, a family's is the mean of its articles' (its {@link #UNIT_TERMS}
 * heaviest terms, again of length 1, or of length {@code sqrt(s)} for a language whose cosines
 * count {@code s} of their value: {@link EventTerms.Language#cosineScale}).
 *
 * <p>Candidates come from an inverted index over each family's heaviest terms (as many as its
 * language says: {@link EventTerms.Language#keyTerms}) among those found in another family too,
 * families within the date window only (postings are sorted by day), a term whose window holds more
 * than {@link #MAX_POSTING} families skipped as too common there: no pair is compared unless it
 * shares {@link #MIN_KEY_SHARED} key terms, so the cost grows with the archive, not its square. A
 * candidate pair is an edge when its cosine reaches the threshold, and, for two families of one and
 * the same outlet, {@link #ONE_OUTLET_COSINE} (near copies only).
 *
 * <p>Edges are taken strongest first; two events join only when the mean cosine over all pairs of
 * their families still reaches the threshold (average linkage, from the sums of their vectors, each
 * kept to its {@link #SUM_TERMS} heaviest terms), the joined event spans no more days than the
 * window, and it stays within the size guard. A chain of pairs each a little alike (A like B, B
 * like C) does not make A and C one event unless the whole is alike, as single link would; nor does
 * a topic reported day after day become one event.
 *
 * <p>Deterministic: edges are sorted by cosine then by family, and every family is numbered by its
 * smallest article.
 */
public final class EventGrouper {

  /** The power of the IDF in a term's weight: above 1, rare terms (names, places) decide more. */
  static final double IDF_POWER = 1.5;

  /** Terms a family's vector keeps. */
  static final int UNIT_TERMS = 100;

  /** Key terms two families must share to be compared. */
  static final int MIN_KEY_SHARED = 3;

  /** Families of one window a key term may be found in before it is too common to search by. */
  static final int MAX_POSTING = 2000;

  /**
   * The cosine two families of one and the same outlet must reach to be an edge: only near copies
   * (the same page published twice, not in one reuse family). On the SaudiNewsNet dev days, 18 of
   * 30 stories drawn among those of one outlet and two families or more were not one event; the
   * pairs of them that were ran from 0.15 to 0.6 alike those that were not.
   */
  static final double ONE_OUTLET_COSINE = 0.8;

  /** Terms the sum of an event's family vectors keeps. */
  static final int SUM_TERMS = 200;

  /**
   * Families that hold none of a batch's terms, added to its count: a batch of a few articles that
   * all report one event finds every word of it in every article, yet those words are what the
   * event is about. Against a thousand more families, a term's weight falls with its frequency only
   * once the batch is large enough to tell.
   */
  static final int PRIOR_FAMILIES = 1000;

  /** Marks an unknown day in {@code days}. */
  public static final long UNKNOWN_DAY = Dates.UNKNOWN_DAY; // the days come from Dates.day

  private EventGrouper() {}

  /**
   * What grouping knows of each article, by article index.
   *
   * @param terms each article's terms ({@link EventTerms}), made when asked for (from a {@link
   *     TermStore}, say), so that they need not all be held as bags
   * @param languages the language each article's terms were told in
   * @param outletOf each article's outlet (its site: {@code LinkSketcher.site}), numbered
   * @param familyOf each article's reuse family, numbered by its smallest article
   * @param days each article's epoch day, or {@link #UNKNOWN_DAY}
   * @param reprinted pairs of articles ({@code a << 32 | b}) of different families that print one
   *     passage (reprint links that families did not take, so as not to chain), strongest first:
   *     evidence of one event however little alike their words are
   */
  public record Articles(
      IntFunction<TermBag> terms,
      IntFunction<EventTerms.Language> languages,
      int[] outletOf,
      int[] familyOf,
      long[] days,
      long[] reprinted) {

    /** Articles with no reprint links across families. */
    public Articles(
        IntFunction<TermBag> terms,
        IntFunction<EventTerms.Language> languages,
        int[] outletOf,
        int[] familyOf,
        long[] days) {
      this(terms, languages, outletOf, familyOf, days, new long[0]);
    }
  }

  /** The events: the article index each article's event is numbered by (its smallest). */
  public static int[] group(Articles articles, EventSettings settings, Parallel parallel) {
    IntFunction<TermBag> terms = articles.terms();
    int[] familyOf = articles.familyOf();
    Units units = Units.of(familyOf, articles.days(), articles.outletOf());
    int u = units.count();
    DocFrequencies df = DocFrequencies.of(terms, units, parallel);
    TermBag[] vectors = new TermBag[u];
    EventTerms.Language[] language = new EventTerms.Language[u];
    for (int k = 0; k < u; k++) language[k] = articles.languages().apply(units.first[k]);
    parallel.forEach(u, k -> vectors[k] = units.vector(k, terms, df, language[k].cosineScale()));
    long[][] edges = new long[u][];
    double[][] cosines = new double[u][];
    Postings postings = Postings.of(vectors, language, units, df, settings.windowDays(), parallel);
    double threshold = settings.threshold();
    // Two families of one outlet: near copies only. A vector's length is the square root of its
    // language's scale, so the cosine in full is the dot product over the product of the two.
    Need need =
        (a, b) ->
            units.outlet[a] != Units.OUTLETS && units.outlet[a] == units.outlet[b]
                ? Math.max(
                    threshold,
                    ONE_OUTLET_COSINE
                        * Math.sqrt(language[a].cosineScale() * language[b].cosineScale()))
                : threshold;
    parallel.forEach(
        u,
        k -> {
          Candidates c = postings.candidates(k, vectors, need);
          edges[k] = c.pairs;
          cosines[k] = c.cosines;
        });
    long[] reprinted = new long[articles.reprinted().length];
    for (int i = 0; i < reprinted.length; i++) {
      long pair = articles.reprinted()[i];
      int a = units.unitOf[(int) (pair >>> 32)];
      int b = units.unitOf[(int) pair];
      reprinted[i] = (long) Math.min(a, b) << 32 | Math.max(a, b);
    }
    int[] eventOfUnit = join(vectors, units, reprinted, edges, cosines, settings);
    int[] eventOf = new int[familyOf.length];
    for (int a = 0; a < eventOf.length; a++) eventOf[a] = units.first[eventOfUnit[units.unitOf[a]]];
    return eventOf;
  }

  /**
   * The cosine a candidate pair of families must reach to be an edge: the threshold, and, for two
   * families of one and the same outlet, {@link #ONE_OUTLET_COSINE}: one outlet's articles share
   * its style, its templates and its pages' words (its social page's weddings, its market reports,
   * its telegrams of congratulation), so their cosine says less of one event than two outlets'
   * does. Such families may still join one event through another outlet's.
   */
  @FunctionalInterface
  private interface Need {
    double at(int family, int other);
  }

  /**
   * The share of the threshold two events' mean cosine must reach to join over a reprint link: a
   * passage printed in both is evidence of one event, yet an article that gathers several reports
   * (a round-up of the day's news) prints passages of several events, whose words are not alike.
   */
  static final double REPRINTED_SHARE = 0.5;

  /**
   * Joins the events of families that print one passage ({@code reprinted}: pairs of units,
   * strongest first), then takes the term edges strongest first, each time joining the events whose
   * families stay alike on average.
   */
  private static int[] join(
      TermBag[] vectors,
      Units units,
      long[] reprinted,
      long[][] edges,
      double[][] cosines,
      EventSettings settings) {
    int total = 0;
    for (long[] e : edges) total += e.length;
    Edge[] all = new Edge[total];
    int m = 0;
    for (int k = 0; k < edges.length; k++)
      for (int i = 0; i < edges[k].length; i++) all[m++] = new Edge(edges[k][i], cosines[k][i]);
    Arrays.sort(all);
    Events events = new Events(vectors, units, settings);
    for (long pair : reprinted) events.join(pair, REPRINTED_SHARE * settings.threshold());
    for (Edge e : all) events.join(e.pair, settings.threshold());
    int[] eventOf = new int[vectors.length];
    for (int k = 0; k < eventOf.length; k++) eventOf[k] = find(events.parent, k);
    return eventOf;
  }

  /** Events as they join: union-find over the units, with each event's size, span and sum. */
  private static final class Events {
    final int[] parent;
    final int[] size;
    final TermBag[] sum;
    final int[] families;
    final long[] firstDay;
    final long[] lastDay;
    final EventSettings settings;

    Events(TermBag[] vectors, Units units, EventSettings settings) {
      int u = vectors.length;
      parent = new int[u];
      size = new int[u];
      sum = vectors.clone();
      families = new int[u];
      firstDay = units.day.clone();
      lastDay = units.lastDay.clone();
      this.settings = settings;
      for (int k = 0; k < u; k++) {
        parent[k] = k;
        size[k] = units.articles(k);
        families[k] = 1;
      }
    }

    /**
     * Joins the events of the two units of {@code pair} if the result stays within the size guard
     * and the window and the mean cosine over their pairs of families reaches {@code minMean}.
     */
    void join(long pair, double minMean) {
      int a = find(parent, (int) (pair >>> 32));
      int b = find(parent, (int) pair);
      if (a == b) return;
      if (size[a] + size[b] > settings.maxArticles()) return;
      if (!withinSpan(firstDay, lastDay, a, b, settings.windowDays())) return;
      // The mean of A's vectors dotted with the mean of B's is the mean cosine over all pairs
      // (a in A, b in B): average linkage, from two sums.
      double mean = sum[a].dot(sum[b]) / ((double) families[a] * families[b]);
      if (mean < minMean) return;
      int keep = Math.min(a, b);
      int drop = Math.max(a, b);
      parent[drop] = keep;
      size[keep] += size[drop];
      families[keep] += families[drop];
      firstDay[keep] = earliest(firstDay[a], firstDay[b]);
      lastDay[keep] = latest(lastDay[a], lastDay[b]);
      sum[keep] = sum[a].plus(sum[b], 1f).top(SUM_TERMS);
      sum[drop] = null;
    }
  }

  /** Whether events a and b, joined, span at most {@code window} days (undated days aside). */
  private static boolean withinSpan(long[] first, long[] last, int a, int b, int window) {
    if (window < 0) return true;
    long from = earliest(first[a], first[b]);
    long to = latest(last[a], last[b]);
    return from == UNKNOWN_DAY || to - from <= window;
  }

  private static long earliest(long x, long y) {
    if (x == UNKNOWN_DAY) return y;
    return y == UNKNOWN_DAY ? x : Math.min(x, y);
  }

  private static long latest(long x, long y) {
    if (x == UNKNOWN_DAY) return y;
    return y == UNKNOWN_DAY ? x : Math.max(x, y);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** A candidate pair of families {@code (a << 32 | b)}, a < b, with its cosine. */
  private record Edge(long pair, double cosine) implements Comparable<Edge> {
    @Override
    public int compareTo(Edge o) {
      int c = Double.compare(o.cosine, cosine);
      return c != 0 ? c : Long.compare(pair, o.pair);
    }
  }

  /** The families as units: which unit each article is in, each unit's articles and day. */
  private record Units(
      int[] unitOf,
      int[] first,
      int[] start,
      int[] members,
      long[] day,
      long[] lastDay,
      int[] outlet) {

    /** Marks a unit whose articles come from more than one outlet. */
    static final int OUTLETS = -1;

    static Units of(int[] familyOf, long[] days, int[] outletOf) {
      int n = familyOf.length;
      int[] unitOf = new int[n];
      int[] unitOfRoot = new int[n];
      Arrays.fill(unitOfRoot, -1);
      List<Integer> firsts = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        int root = familyOf[a];
        if (unitOfRoot[root] < 0) {
          unitOfRoot[root] = firsts.size();
          firsts.add(a);
        }
        unitOf[a] = unitOfRoot[root];
      }
      int u = firsts.size();
      int[] start = new int[u + 1];
      for (int a = 0; a < n; a++) start[unitOf[a] + 1]++;
      for (int k = 0; k < u; k++) start[k + 1] += start[k];
      int[] fill = Arrays.copyOf(start, u);
      int[] members = new int[n];
      for (int a = 0; a < n; a++) members[fill[unitOf[a]]++] = a;
      long[] day = new long[u];
      long[] lastDay = new long[u];
      Arrays.fill(day, UNKNOWN_DAY);
      Arrays.fill(lastDay, UNKNOWN_DAY);
      int[] outlet = new int[u];
      for (int k = 0; k < u; k++) outlet[k] = outletOf[members[start[k]]];
      for (int a = 0; a < n; a++) {
        day[unitOf[a]] = earliest(day[unitOf[a]], days[a]);
        lastDay[unitOf[a]] = latest(lastDay[unitOf[a]], days[a]);
        if (outlet[unitOf[a]] != outletOf[a]) outlet[unitOf[a]] = OUTLETS;
      }
      return new Units(
          unitOf,
          firsts.stream().mapToInt(Integer::intValue).toArray(),
          start,
          members,
          day,
          lastDay,
          outlet);
    }

    int count() {
      return first.length;
    }

    int articles(int k) {
      return start[k + 1] - start[k];
    }

    /** A unit's vector: the mean of its articles' unit TF-IDF vectors, its heaviest terms. */
    TermBag vector(int k, IntFunction<TermBag> terms, DocFrequencies df, double scale) {
      TermBag sum = TermBag.EMPTY;
      for (int i = start[k]; i < start[k + 1]; i++) {
        TermBag t = terms.apply(members[i]);
        float[] w = new float[t.size()];
        for (int j = 0; j < w.length; j++)
          w[j] =
              (float) ((1 + Math.log(t.weights()[j])) * Math.pow(df.idf(t.terms()[j]), IDF_POWER));
        TermBag v = new TermBag(t.terms(), w).unit();
        sum = sum.size() == 0 ? v : sum.plus(v, 1f);
      }
      // Of length sqrt(scale), so that two families' dot product is their cosine, scaled.
      return sum.top(UNIT_TERMS).ofLength(Math.sqrt(scale));
    }
  }

  /** Family frequencies of terms: an open-addressing map from term to count, grown as needed. */
  private static final class DocFrequencies {
    private int[] keys = new int[1 << 12];
    private int[] counts = new int[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int size;
    private final int families;

    private DocFrequencies(int families) {
      this.families = families;
    }

    /** Units whose terms are gathered at a time. */
    private static final int CHUNK = 1 << 14;

    static DocFrequencies of(IntFunction<TermBag> terms, Units units, Parallel parallel) {
      DocFrequencies df = new DocFrequencies(units.count());
      // Each unit's terms gathered on the pool, a chunk at a time; counted in unit order.
      int[][] chunk = new int[CHUNK][];
      for (int from = 0; from < units.count(); from += CHUNK) {
        int start = from;
        int size = Math.min(CHUNK, units.count() - from);
        parallel.forEach(
            size,
            c -> {
              int k = start + c;
              TermBag union = TermBag.EMPTY;
              for (int i = units.start[k]; i < units.start[k + 1]; i++) {
                TermBag t = terms.apply(units.members[i]);
                union = union.size() == 0 ? t : union.plus(t, 1f);
              }
              chunk[c] = union.terms();
            });
        for (int c = 0; c < size; c++) for (int term : chunk[c]) df.increment(term);
      }
      return df;
    }

    private static int slot(int[] keys, boolean[] used, int term) {
      int mask = keys.length - 1;
      int h = term * 0x9E3779B9;
      int i = (h ^ h >>> 16) & mask;
      while (used[i] && keys[i] != term) i = (i + 1) & mask;
      return i;
    }

    private void increment(int term) {
      int i = slot(keys, used, term);
      if (!used[i]) {
        if (++size * 2 > keys.length) {
          grow();
          i = slot(keys, used, term);
        }
        used[i] = true;
        keys[i] = term;
      }
      counts[i]++;
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldCounts = counts;
      boolean[] oldUsed = used;
      keys = new int[oldKeys.length * 2];
      counts = new int[keys.length];
      used = new boolean[keys.length];
      for (int i = 0; i < oldKeys.length; i++) {
        if (!oldUsed[i]) continue;
        int j = slot(keys, used, oldKeys[i]);
        used[j] = true;
        keys[j] = oldKeys[i];
        counts[j] = oldCounts[i];
      }
    }

    int count(int term) {
      int i = slot(keys, used, term);
      return used[i] ? counts[i] : 0;
    }

    double idf(int term) {
      return Math.log((families + PRIOR_FAMILIES + 1.0) / (count(term) + 0.5));
    }
  }

  /** A family's candidate pairs (it and a later family) and their cosines. */
  private record Candidates(long[] pairs, double[] cosines) {}

  /** The key terms' postings, each sorted by day (undated families apart). */
  private static final class Postings {
    private final java.util.Map<Integer, int[]> dated;
    private final java.util.Map<Integer, int[]> undated;
    private final int[][] keys;
    private final long[] day;
    private final int window;

    private Postings(
        java.util.Map<Integer, int[]> dated,
        java.util.Map<Integer, int[]> undated,
        int[][] keys,
        long[] day,
        int window) {
      this.dated = dated;
      this.undated = undated;
      this.keys = keys;
      this.day = day;
      this.window = window;
    }

    static Postings of(
        TermBag[] vectors,
        EventTerms.Language[] language,
        Units units,
        DocFrequencies df,
        int window,
        Parallel parallel) {
      int u = vectors.length;
      int[][] keys = new int[u][];
      parallel.forEach(
          u, k -> keys[k] = shared(vectors[k], df).top(language[k].keyTerms()).terms());
      LongList entries = new LongList(); // (term, unit) for dated and undated alike
      for (int k = 0; k < u; k++) for (int t : keys[k]) entries.add((long) t << 32 | k);
      long[] sorted = entries.toArray();
      HashSort.sort(sorted, sorted.length); // terms are hashes
      java.util.Map<Integer, int[]> dated = new java.util.HashMap<>();
      java.util.Map<Integer, int[]> undated = new java.util.HashMap<>();
      long[] day = units.day;
      long minDay = Long.MAX_VALUE;
      for (long d : day) if (d != UNKNOWN_DAY) minDay = Math.min(minDay, d);
      for (int s = 0; s < sorted.length; ) {
        int e = s;
        int term = (int) (sorted[s] >> 32);
        while (e < sorted.length && (int) (sorted[e] >> 32) == term) e++;
        int count = e - s;
        if (count < 2) {
          s = e;
          continue;
        }
        // (day rank, unit) packed in one long and sorted: undated units first, then by day.
        long[] list = new long[count];
        for (int i = s; i < e; i++) {
          int unit = (int) sorted[i];
          long rank = day[unit] == UNKNOWN_DAY ? 0 : day[unit] - minDay + 1;
          list[i - s] = rank << 32 | unit;
        }
        s = e;
        Arrays.sort(list);
        int cut = 0;
        while (cut < list.length && list[cut] >>> 32 == 0) cut++;
        if (cut > 0) undated.put(term, units(list, 0, cut));
        if (cut < list.length) dated.put(term, units(list, cut, list.length));
      }
      return new Postings(dated, undated, keys, day, window);
    }

    /** The units of packed (day rank, unit) entries {@code [from, to)}. */
    private static int[] units(long[] packed, int from, int to) {
      int[] out = new int[to - from];
      for (int i = from; i < to; i++) out[i - from] = (int) packed[i];
      return out;
    }

    /** The terms of a vector found in two families or more: the only ones that find a partner. */
    private static TermBag shared(TermBag v, DocFrequencies df) {
      int[] t = new int[v.size()];
      float[] w = new float[v.size()];
      int m = 0;
      for (int i = 0; i < v.size(); i++) {
        if (df.count(v.terms()[i]) < 2) continue;
        t[m] = v.terms()[i];
        w[m++] = v.weights()[i];
      }
      return new TermBag(Arrays.copyOf(t, m), Arrays.copyOf(w, m));
    }

    /** The later families that share two key terms with family {@code k} and are alike enough. */
    Candidates candidates(int k, TermBag[] vectors, Need need) {
      LongList seen = new LongList();
      for (int t : keys[k]) {
        visit(undated.get(t), k, 0, Integer.MAX_VALUE, seen);
        int[] list = dated.get(t);
        if (list == null) continue;
        if (day[k] == UNKNOWN_DAY || window < 0) visit(list, k, 0, list.length, seen);
        else {
          int from = lowerBound(list, day[k] - window);
          int to = lowerBound(list, day[k] + window + 1);
          visit(list, k, from, to, seen);
        }
      }
      long[] others = seen.toArray();
      Arrays.sort(others);
      LongList pairs = new LongList();
      List<Double> cosines = new ArrayList<>();
      for (int s = 0; s < others.length; ) {
        int e = s;
        while (e < others.length && others[e] == others[s]) e++;
        int other = (int) others[s];
        boolean enough = e - s >= Math.min(MIN_KEY_SHARED, keys[k].length);
        s = e;
        if (!enough) continue;
        double cos = vectors[k].dot(vectors[other]);
        if (cos >= need.at(k, other)) {
          pairs.add((long) k << 32 | other);
          cosines.add(cos);
        }
      }
      return new Candidates(pairs.toArray(), cosines.stream().mapToDouble(d -> d).toArray());
    }

    /** Adds the families after {@code k} in {@code list[from, to)}, unless that is too many. */
    private static void visit(int[] list, int k, int from, int to, LongList seen) {
      if (list == null) return;
      to = Math.min(to, list.length);
      if (to - from > MAX_POSTING) return;
      for (int i = from; i < to; i++) if (list[i] > k) seen.add(list[i]);
    }

    private int lowerBound(int[] list, long d) {
      int lo = 0;
      int hi = list.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (day[list[mid]] < d) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
  }
}
