package org.newsmerge.cluster;

import java.util.Arrays;
import org.newsmerge.internal.HashSort;
import org.newsmerge.internal.IntList;
import org.newsmerge.internal.LongList;
import org.newsmerge.internal.Parallel;

/**
 * Reuse families judged pair by pair on what two articles share as a whole, the way passim finds
 * reuse: anchors ({@link ReprintAnchors}) found in at most {@link Rules#maxDf} articles, then the
 * longest run of them in the same order in both (the aligned passage). Two articles are reprints of
 * each other when that passage holds at least {@link Rules#minContainment} of the shorter one's
 * word grams, or at least {@link Rules#minPassage} anchors however long the articles; whatever the
 * frequency of their single sentences across the archive, and however many days apart up to {@link
 * Rules#maxDays} (a reprint's window, not an event's). A formula shared by more than {@code maxDf}
 * articles holds no anchor and links nothing.
 *
 * <p>Families do not chain: an article joins a family through what it shares with the family as a
 * whole, not through one neighbour. Links are taken strongest first, and two families join only
 * when at least {@link #JOIN_SHARE} of the pairs across them are reprints (average linkage), so a
 * chain of partial reprints (A shares a paragraph with B, B another with C) stays apart, while an
 * agency text printed by twenty outlets, each pair of them a reprint, is one family of twenty.
 *
 * <p>Memory holds one pass's anchors, never every article's: the anchors are read again from their
 * {@link Source} on each pass over one range of hashes (at most {@link #PASS_VALUES} at a time),
 * each pass counting what pairs of articles share; only the pairs that share enough are read once
 * more and aligned.
 *
 * <p>Deterministic: the result depends only on the anchors, days and rules; families are numbered
 * by their smallest article, as {@link StoryGrouper}'s.
 */
public final class ReprintLinker {

  private ReprintLinker() {}

  /**
   * How reprints are judged.
   *
   * @param maxDf most articles an anchor may be found in
   * @param minContainment least share of the shorter article's grams the aligned anchors make
   * @param minPassage aligned anchors that make a reprint whatever the articles' length
   * @param maxDays most days between two dated reprints; -1 for no limit
   * @param siteMin texts of one outlet, and of no other, on as many days, that print an anchor for
   *     it to be that outlet's site text (a cookie banner, a standing paragraph): it links nothing
   */
  public record Rules(int maxDf, double minContainment, int minPassage, int maxDays, int siteMin)
      implements java.io.Serializable {
    public Rules {
      if (maxDf < 2) throw new IllegalArgumentException("maxDf (" + maxDf + ") must be >= 2");
      if (siteMin < 2) throw new IllegalArgumentException("siteMin (" + siteMin + ") must be >= 2");
      if (!(minContainment > 0 && minContainment <= 1))
        throw new IllegalArgumentException(
            "minContainment (" + minContainment + ") must be in (0, 1]");
      if (minPassage < 1)
        throw new IllegalArgumentException("minPassage (" + minPassage + ") must be >= 1");
    }
  }

  /**
   * The families and what made them.
   *
   * @param familyOf each article's family, numbered by its smallest article
   * @param links reprint pairs found
   * @param unjoined the reprint links not kept, strongest first: pairs of articles ({@code a << 32
   *     | b}) that ended in different families, which events may still join
   */
  public record Result(int[] familyOf, int links, long[] unjoined) {

    /** Reprint links not kept: the two articles ended in different families. */
    public int unplaced() {
      return unjoined.length;
    }
  }

  /** Marks an unknown day in {@code days}. */
  private static final long UNKNOWN_DAY = Long.MIN_VALUE;

  /**
   * Days on which one outlet prints an anchor from which it is that outlet's template (a daily
   * weather or market report's wording, a poll widget's code, a series' list of links), not
   * reprinted text: such an anchor links nothing, whoever else prints it.
   */
  static final int TEMPLATE_DAYS = 4;

  /** Where the linker reads each article's anchors, again on each pass, instead of holding them. */
  public interface Source {
    /** How many articles. */
    int size();

    /** The anchors of article {@code a}, the same each time they are asked for. */
    ReprintAnchors.Anchors anchors(int a);
  }

  /** Anchors packed at a time: a pass over the archive sorts at most this many. */
  static final int PASS_VALUES = 1 << 25;

  /** The families of articles with these anchors, held: as {@link #families(Source, ...)}. */
  public static Result families(
      ReprintAnchors.Anchors[] anchors, long[] days, int[] siteOf, Rules rules) {
    return families(
        new Source() {
          @Override
          public int size() {
            return anchors.length;
          }

          @Override
          public ReprintAnchors.Anchors anchors(int a) {
            return anchors[a];
          }
        },
        days,
        siteOf,
        rules);
  }

  /**
   * The families of the articles of {@code source}, with epoch days ({@code Long.MIN_VALUE}: none)
   * and outlets ({@code siteOf}: each article's outlet number, or null when unknown). The anchors
   * are read in passes, each over the anchors of one range of hashes (at most {@link #PASS_VALUES}
   * at a time), counting what each pair of articles shares; only the pairs that share enough are
   * aligned, their anchors read again. So memory holds one pass's anchors and the pairs, never
   * every article's anchors at once.
   */
  public static Result families(Source source, long[] days, int[] siteOf, Rules rules) {
    return families(source, days, siteOf, rules, Parallel.SERIAL);
  }

  /** Articles, or pairs, read together by one task of {@code parallel}. */
  private static final int CHUNK = 1024;

  /**
   * As {@link #families(Source, long[], int[], Rules)}, reading the anchors on {@code parallel}.
   */
  public static Result families(
      Source source, long[] days, int[] siteOf, Rules rules, Parallel parallel) {
    int n = source.size();
    int docBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    long mask = (1L << docBits) - 1;
    Grams own = new Grams(n);
    long[] print = new long[n];
    int[] count = new int[n];
    parallel.forEach(
        chunks(n),
        c -> {
          for (int a = c * CHUNK; a < Math.min(n, (c + 1) * CHUNK); a++) {
            ReprintAnchors.Anchors x = source.anchors(a);
            own.sameDay[a] = own.acrossDays[a] = x.grams();
            print[a] = fingerprint(x);
            count[a] = x.hashes().length;
          }
        });
    long total = 0;
    for (int c : count) total += c;
    // Copies of one text are one text: only the first of them is indexed, so that a statement
    // printed word for word by more than maxDf articles still has anchors.
    int[] firstCopy = copies(source, print);
    int[] nextCopy = next(firstCopy);
    int passes = (int) Math.max(1, (total + PASS_VALUES - 1) / PASS_VALUES);
    Shared shared = new Shared();
    LongList formula = new LongList();
    LongList templates = new LongList();
    for (int p = 0; p < passes; p++) {
      long[] sorted = HashSort.sorted(pass(source, firstCopy, p, passes, docBits, parallel));
      for (int s = 0; s < sorted.length; ) {
        long key = sorted[s] & ~mask;
        int e = s + 1;
        while (e < sorted.length && (sorted[e] & ~mask) == key) e++;
        if (e - s > rules.maxDf() || siteText(sorted, s, e, mask, days, siteOf, nextCopy, rules)) {
          formula.add(key);
          for (int k = s; k < e; k++) own.drop((int) (sorted[k] & mask), true);
        } else if (e - s >= 2) {
          boolean template = template(sorted, s, e, mask, days, siteOf, nextCopy);
          if (template) {
            templates.add(key);
            for (int k = s; k < e; k++) own.drop((int) (sorted[k] & mask), false);
          }
          for (int x = s; x < e; x++)
            for (int y = x + 1; y < e; y++)
              shared.add((int) (sorted[x] & mask), (int) (sorted[y] & mask), template);
        }
        s = e;
      }
    }
    long[] notRare = HashSort.sorted(formula.toArray());
    long[] template = HashSort.sorted(templates.toArray());
    return average(
        firstCopy, links(source, own, shared, notRare, template, mask, days, rules, parallel));
  }

  private static int chunks(int n) {
    return (n + CHUNK - 1) / CHUNK;
  }

  /**
   * The anchors of pass {@code p} of {@code passes} (those whose hash falls in its range), each
   * packed with its article (the low {@code docBits}), of the articles that are no copy.
   */
  private static long[] pass(
      Source source, int[] firstCopy, int p, int passes, int docBits, Parallel parallel) {
    int n = firstCopy.length;
    long mask = (1L << docBits) - 1;
    long[][] parts = new long[chunks(n)][];
    parallel.forEach(
        parts.length,
        c -> {
          LongList packed = new LongList();
          for (int a = c * CHUNK; a < Math.min(n, (c + 1) * CHUNK); a++) {
            if (firstCopy[a] != a) continue;
            for (long h : source.anchors(a).hashes()) {
              long key = h & ~mask;
              if (Long.remainderUnsigned(key >>> docBits, passes) == p) packed.add(key | a);
            }
          }
          parts[c] = packed.toArray();
        });
    int size = 0;
    for (long[] part : parts) size += part.length;
    long[] all = new long[size];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  /** A fingerprint of an article's anchors: the same for the same anchors. */
  private static long fingerprint(ReprintAnchors.Anchors x) {
    long h = x.grams();
    for (long v : x.hashes()) h = Long.rotateLeft(h * 0x9E3779B97F4A7C15L ^ v, 27);
    return h;
  }

  /** Each article's next copy of one text ({@code firstCopy}: each one's first), or -1. */
  private static int[] next(int[] firstCopy) {
    int n = firstCopy.length;
    int[] next = new int[n];
    int[] last = new int[n];
    Arrays.fill(last, -1);
    for (int a = n - 1; a >= 0; a--) {
      next[a] = last[firstCopy[a]];
      last[firstCopy[a]] = a;
    }
    return next;
  }

  /**
   * Each article's first copy: the first article whose anchors are the same (the same text, as its
   * keys read), or itself; an article of no anchor is nobody's copy. {@code print}: each one's
   * {@link #fingerprint}.
   */
  static int[] copies(Source source, long[] print) {
    int n = print.length;
    Integer[] order = new Integer[n];
    for (int a = 0; a < n; a++) order[a] = a;
    Arrays.sort(order, (x, y) -> print[x] != print[y] ? Long.compare(print[x], print[y]) : x - y);
    int[] first = new int[n];
    for (int a = 0; a < n; a++) first[a] = a;
    ReprintAnchors.Anchors head = null;
    int headOf = -1;
    for (int k = 1; k < n; k++) {
      int a = order[k];
      int prev = order[k - 1];
      if (print[a] != print[prev]) continue;
      int h = first[prev];
      if (h != headOf) {
        head = source.anchors(h);
        headOf = h;
      }
      ReprintAnchors.Anchors x = source.anchors(a);
      boolean same =
          x.hashes().length > 0
              && x.grams() == head.grams()
              && Arrays.equals(x.hashes(), head.hashes());
      if (same) first[a] = h;
    }
    return first;
  }

  /** Each article's grams that a reprint's share is taken of, on its day and on others. */
  private static final class Grams {
    final int[] sameDay;
    final int[] acrossDays;

    Grams(int n) {
      sameDay = new int[n];
      acrossDays = new int[n];
    }

    /** One anchor of article {@code a} that tells nothing: on any day, or on other days only. */
    void drop(int a, boolean anyDay) {
      if (anyDay) sameDay[a]--;
      acrossDays[a]--;
    }
  }

  /**
   * The slot of {@code key} (never 0) in the open-addressing table {@code keys} (a power of two in
   * length, never full): where it is, or the empty slot where it goes.
   */
  private static int slot(long[] keys, long key) {
    int m = keys.length - 1;
    int i = (int) (Long.rotateLeft(key * 0x9E3779B97F4A7C15L, 31) & m);
    while (keys[i] != 0 && keys[i] != key) i = (i + 1) & m;
    return i;
  }

  /**
   * What pairs of articles share: for each pair ({@code a < b}) the rare anchors both hold, and how
   * many of them are an outlet's template. Open addressing on the packed pair.
   */
  private static final class Shared {
    private long[] keys = new long[1 << 16];
    private int[] count = new int[1 << 16];
    private int[] templates = new int[1 << 16];
    private int size;

    void add(int a, int b, boolean template) {
      if (2 * (size + 1) > keys.length) grow();
      long key = (long) a << 32 | b;
      int i = slot(keys, key);
      if (keys[i] == 0) {
        keys[i] = key;
        size++;
      }
      count[i]++;
      if (template) templates[i]++;
    }

    private void grow() {
      long[] k = keys;
      int[] c = count;
      int[] t = templates;
      keys = new long[k.length * 2];
      count = new int[k.length * 2];
      templates = new int[k.length * 2];
      for (int j = 0; j < k.length; j++) {
        if (k[j] == 0) continue;
        int i = slot(keys, k[j]);
        keys[i] = k[j];
        count[i] = c[j];
        templates[i] = t[j];
      }
    }
  }

  /**
   * Reprint links: each pair that shares enough rare anchors ({@code shared}; on other days, less
   * the templates) read again and aligned: linked when enough of the shared anchors align in order,
   * a share of the shorter's {@code own} grams. An outlet's template links articles of one day
   * only: the same bulletin reprinted, not the next day's in the same words.
   */
  private static Links links(
      Source source,
      Grams own,
      Shared shared,
      long[] notRare,
      long[] templates,
      long mask,
      long[] days,
      Rules rules,
      Parallel parallel) {
    LongList candidates = new LongList();
    for (int i = 0; i < shared.keys.length; i++) {
      long pair = shared.keys[i];
      if (pair == 0) continue;
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      if (!withinDays(days[a], days[b], rules.maxDays())) continue;
      boolean oneDay = withinDays(days[a], days[b], 0);
      int count = oneDay ? shared.count[i] : shared.count[i] - shared.templates[i];
      if (count >= need(own, a, b, oneDay, rules)) candidates.add(pair);
    }
    long[] pairs = candidates.toArray();
    Arrays.sort(pairs);
    int[] aligned = new int[pairs.length];
    parallel.forEach(
        chunks(pairs.length),
        c -> {
          int current = -1;
          ReprintAnchors.Anchors anchorsOfA = null;
          for (int k = c * CHUNK; k < Math.min(pairs.length, (c + 1) * CHUNK); k++) {
            int a = (int) (pairs[k] >>> 32);
            int b = (int) pairs[k];
            if (a != current) {
              current = a;
              anchorsOfA = source.anchors(a);
            }
            boolean oneDay = withinDays(days[a], days[b], 0);
            aligned[k] =
                aligned(anchorsOfA, source.anchors(b), notRare, oneDay ? null : templates, mask);
          }
        });
    Links links = new Links();
    for (int k = 0; k < pairs.length; k++) {
      int a = (int) (pairs[k] >>> 32);
      int b = (int) pairs[k];
      if (aligned[k] >= need(own, a, b, withinDays(days[a], days[b], 0), rules)) {
        links.add(a, b, aligned[k]);
      }
    }
    return links;
  }

  /** Aligned anchors a pair needs to be reprints. */
  private static int need(Grams own, int a, int b, boolean oneDay, Rules rules) {
    int shorter =
        oneDay
            ? Math.min(own.sameDay[a], own.sameDay[b])
            : Math.min(own.acrossDays[a], own.acrossDays[b]);
    return Math.max(
        2, Math.min(rules.minPassage(), (int) Math.ceil(rules.minContainment() * shorter)));
  }

  /**
   * The longest run, in the same order in both, of the anchors {@code a} and {@code b} share that
   * are rare (not in {@code notRare}) and, when {@code left} is given, not in it.
   */
  private static int aligned(
      ReprintAnchors.Anchors a, ReprintAnchors.Anchors b, long[] notRare, long[] left, long mask) {
    // b's anchors by key, open addressing: a key with its low (article) bit set is never 0.
    long[] hb = b.hashes();
    long[] keys = new long[Integer.highestOneBit(Math.max(1, hb.length)) * 4];
    int[] at = new int[keys.length];
    for (int i = 0; i < hb.length; i++) {
      int s = slot(keys, (hb[i] & ~mask) | 1);
      keys[s] = (hb[i] & ~mask) | 1;
      at[s] = i;
    }
    IntList pos = new IntList();
    for (long h : a.hashes()) {
      long key = h & ~mask;
      int s = slot(keys, key | 1);
      if (keys[s] == 0 || Arrays.binarySearch(notRare, key) >= 0) continue;
      if (left != null && Arrays.binarySearch(left, key) >= 0) continue;
      pos.add(at[s]);
    }
    int[] p = pos.toArray();
    long[] entries = new long[p.length];
    for (int i = 0; i < p.length; i++) entries[i] = i;
    return longestIncreasing(entries, 0, p.length, p);
  }

  /**
   * Whether the anchor whose articles are {@code sorted[s, e)} (each packed with its article in the
   * bits of {@code mask}; each with its copies, by {@code nextCopy}) is printed by one outlet on
   * {@link #TEMPLATE_DAYS} days or more.
   */
  private static boolean template(
      long[] sorted, int s, int e, long mask, long[] days, int[] siteOf, int[] nextCopy) {
    if (siteOf == null) return false;
    LongList siteDays = new LongList();
    for (int k = s; k < e; k++) {
      // The article and its copies (the same text printed again): each its outlet and day.
      for (int a = (int) (sorted[k] & mask); a >= 0; a = nextCopy[a]) {
        if (days[a] != UNKNOWN_DAY) siteDays.add((long) siteOf[a] << 32 | (days[a] & 0xffffffffL));
      }
    }
    long[] siteDay = siteDays.toArray();
    int m = siteDay.length;
    if (m < TEMPLATE_DAYS) return false;
    Arrays.sort(siteDay, 0, m);
    int run = 0;
    for (int k = 0; k < m; k++) {
      if (k > 0 && siteDay[k] == siteDay[k - 1]) continue;
      boolean sameSite = k > 0 && siteDay[k] >>> 32 == siteDay[k - 1] >>> 32;
      run = sameSite ? run + 1 : 1;
      if (run >= TEMPLATE_DAYS) return true;
    }
    return false;
  }

  /**
   * Whether the anchor whose texts are {@code sorted[s, e)} (each with its copies, by {@code
   * nextCopy}) is one outlet's site text: printed in {@link Rules#siteMin} texts or more, on as
   * many days or more, all of that outlet (a cookie banner, a standing paragraph). Text another
   * outlet prints too is reprinted, whoever printed it most; an outlet's updates of one story,
   * within a day or two, are its news.
   */
  private static boolean siteText(
      long[] sorted,
      int s,
      int e,
      long mask,
      long[] days,
      int[] siteOf,
      int[] nextCopy,
      Rules rules) {
    if (siteOf == null || e - s < rules.siteMin()) return false;
    int site = siteOf[(int) (sorted[s] & mask)];
    LongList known = new LongList();
    for (int k = s; k < e; k++) {
      for (int a = (int) (sorted[k] & mask); a >= 0; a = nextCopy[a]) {
        if (siteOf[a] != site) return false;
        if (days[a] != UNKNOWN_DAY) known.add(days[a]);
      }
    }
    return Arrays.stream(known.toArray()).distinct().count() >= rules.siteMin();
  }

  /** Share of the pairs across two families that must be reprint links for them to join. */
  static final double JOIN_SHARE = 0.6;

  /**
   * Families joined strongest link first (most aligned anchors; ties by the pair), two families
   * only when at least {@link #JOIN_SHARE} of the pairs across them are reprint links: average
   * linkage on the reprint graph, so that a chain of links (A reprints part of B, B part of C) does
   * not make a family of articles that share nothing.
   */
  private static Result average(int[] firstCopy, Links links) {
    int n = firstCopy.length;
    // Each indexed article weighs as many articles as print its text; copies are linked to it.
    long[] weight = new long[n];
    for (int a = 0; a < n; a++) weight[firstCopy[a]]++;
    int[] la = links.a.toArray();
    int[] lb = links.b.toArray();
    int[] aligned = links.aligned.toArray();
    int m = la.length;
    // Strongest first: sorted by aligned anchors (then by the pair) for a deterministic order.
    Integer[] order = new Integer[m];
    for (int l = 0; l < m; l++) order[l] = l;
    Arrays.sort(
        order,
        (x, y) ->
            aligned[x] != aligned[y]
                ? aligned[y] - aligned[x]
                : la[x] != la[y] ? la[x] - la[y] : lb[x] - lb[y]);
    int[] degree = new int[n];
    for (int l = 0; l < m; l++) {
      degree[la[l]]++;
      degree[lb[l]]++;
    }
    int[] adjStart = new int[n + 1];
    for (int i = 0; i < n; i++) adjStart[i + 1] = adjStart[i] + degree[i];
    int[] adj = new int[adjStart[n]];
    int[] fill = Arrays.copyOf(adjStart, n);
    for (int l = 0; l < m; l++) {
      adj[fill[la[l]]++] = lb[l];
      adj[fill[lb[l]]++] = la[l];
    }
    int[] parent = new int[n];
    int[][] members = new int[n][];
    long[] size = weight.clone(); // each family's articles, copies counted
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      members[i] = new int[] {i};
    }
    for (int l : order) {
      int ra = root(parent, la[l]);
      int rb = root(parent, lb[l]);
      if (ra == rb) continue;
      int[] small = members[ra].length <= members[rb].length ? members[ra] : members[rb];
      int other = small == members[ra] ? rb : ra;
      long across = 0;
      for (int x : small)
        for (int k = adjStart[x]; k < adjStart[x + 1]; k++)
          if (root(parent, adj[k]) == other) across += weight[x] * weight[adj[k]];
      long pairs = size[ra] * size[rb];
      if (across < JOIN_SHARE * pairs) continue;
      int keep = Math.min(ra, rb);
      int drop = Math.max(ra, rb);
      parent[drop] = keep;
      int[] joined = Arrays.copyOf(members[keep], members[keep].length + members[drop].length);
      System.arraycopy(members[drop], 0, joined, members[keep].length, members[drop].length);
      members[keep] = joined;
      members[drop] = null;
      size[keep] += size[drop];
    }
    int[] familyOf = new int[n];
    for (int i = 0; i < n; i++) familyOf[i] = root(parent, firstCopy[i]);
    LongList unjoined = new LongList();
    for (int l : order)
      if (familyOf[la[l]] != familyOf[lb[l]]) unjoined.add((long) la[l] << 32 | lb[l]);
    return new Result(familyOf, m, unjoined.toArray());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Reprint links in columns: the two articles and their aligned anchors. */
  private static final class Links {
    final IntList a = new IntList();
    final IntList b = new IntList();
    final IntList aligned = new IntList();

    void add(int x, int y, int anchors) {
      a.add(x);
      b.add(y);
      aligned.add(anchors);
    }
  }

  private static boolean withinDays(long a, long b, int maxDays) {
    return maxDays < 0 || a == UNKNOWN_DAY || b == UNKNOWN_DAY || Math.abs(a - b) <= maxDays;
  }

  /**
   * The longest run of entries {@code [s, end)} (in the first article's order) whose positions in
   * the second article increase: patience sorting.
   */
  static int longestIncreasing(long[] entries, int s, int end, int[] pos) {
    // pos holds each entry's position in the second article, by entry number
    int[] tails = new int[end - s];
    int len = 0;
    for (int k = s; k < end; k++) {
      int v = pos[(int) entries[k]];
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tails[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      tails[lo] = v;
      if (lo == len) len++;
    }
    return len;
  }
}
