package org.newsmerge.cluster;

import java.util.Arrays;
import org.newsmerge.internal.HashSort;
import org.newsmerge.internal.IntList;
import org.newsmerge.internal.LongList;

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
   */
  public record Rules(int maxDf, double minContainment, int minPassage, int maxDays)
      implements java.io.Serializable {
    public Rules {
      if (maxDf < 2) throw new IllegalArgumentException("maxDf (" + maxDf + ") must be >= 2");
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
   * @param unplaced reprint links not kept: the two articles ended in different families
   */
  public record Result(int[] familyOf, int links, int unplaced) {}

  /** Marks an unknown day in {@code days}. */
  private static final long UNKNOWN_DAY = Long.MIN_VALUE;

  /**
   * Days on which one outlet prints an anchor from which it is that outlet's template (a daily
   * weather or market report's wording, a poll widget's code, a series' list of links), not
   * reprinted text: such an anchor links nothing, whoever else prints it.
   */
  static final int TEMPLATE_DAYS = 4;

  /**
   * The families of articles with these anchors, epoch days ({@code Long.MIN_VALUE}: none) and
   * outlets ({@code siteOf}: each article's outlet number, or null when unknown).
   */
  public static Result families(
      ReprintAnchors.Anchors[] anchors, long[] days, int[] siteOf, Rules rules) {
    int n = anchors.length;
    int docBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    long mask = (1L << docBits) - 1;
    // Copies of one text are one text: only the first of them is indexed, so that a statement
    // printed word for word by more than maxDf articles still has anchors.
    int[] firstCopy = copies(anchors);
    int[] nextCopy = next(firstCopy);
    // Each anchor packed with its article: sorted, an anchor's articles lie together, in order.
    LongList packed = new LongList();
    for (int a = 0; a < n; a++) {
      if (firstCopy[a] != a) continue;
      for (long h : anchors[a].hashes()) packed.add((h & ~mask) | a);
    }
    long[] sorted = HashSort.sorted(packed.toArray());
    LongList rareKeys = new LongList();
    IntList start = new IntList();
    java.util.BitSet templates = new java.util.BitSet();
    // Each article's grams less its anchors too common to tell (what a reprint's share is taken
    // of), and less its outlets' templates too (the share for a reprint on another day).
    Grams own = new Grams(n);
    for (int a = 0; a < n; a++) own.sameDay[a] = own.acrossDays[a] = anchors[a].grams();
    for (int s = 0; s < sorted.length; ) {
      long key = sorted[s] & ~mask;
      int e = s + 1;
      while (e < sorted.length && (sorted[e] & ~mask) == key) e++;
      if (e - s > rules.maxDf()) {
        for (int k = s; k < e; k++) own.drop((int) (sorted[k] & mask), true);
      } else if (e - s >= 2) {
        if (template(sorted, s, e, mask, days, siteOf, nextCopy)) {
          templates.set(rareKeys.size());
          for (int k = s; k < e; k++) own.drop((int) (sorted[k] & mask), false);
        }
        rareKeys.add(key);
        start.add(s);
      }
      s = e;
    }
    long[] rare = rareKeys.toArray(); // ascending, as sorted
    int[] from = start.toArray();
    // Postings: each rare anchor's articles (ascending) and its position in each.
    int[] postStart = new int[rare.length + 1];
    for (int r = 0; r < rare.length; r++) {
      int s = from[r];
      int e = s;
      while (e < sorted.length && (sorted[e] & ~mask) == rare[r]) e++;
      postStart[r + 1] = postStart[r] + (e - s);
    }
    int[] postDoc = new int[postStart[rare.length]];
    int[] postPos = new int[postDoc.length];
    int[] fill = Arrays.copyOf(postStart, rare.length);
    int[][] rareAt = new int[n][];
    for (int a = 0; a < n; a++) {
      long[] h = firstCopy[a] == a ? anchors[a].hashes() : new long[0];
      int[] r = new int[h.length];
      for (int i = 0; i < h.length; i++) {
        r[i] = Arrays.binarySearch(rare, h[i] & ~mask);
        if (r[i] < 0) continue;
        postDoc[fill[r[i]]] = a;
        postPos[fill[r[i]]++] = i;
      }
      rareAt[a] = r;
    }
    return average(
        firstCopy, links(own, templates, days, rules, rareAt, postStart, postDoc, postPos));
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
   * keys read), or itself; an article of no anchor is nobody's copy.
   */
  static int[] copies(ReprintAnchors.Anchors[] anchors) {
    int n = anchors.length;
    long[] keyed = new long[n];
    Integer[] order = new Integer[n];
    for (int a = 0; a < n; a++) {
      long h = anchors[a].grams();
      for (long x : anchors[a].hashes()) h = Long.rotateLeft(h * 0x9E3779B97F4A7C15L ^ x, 27);
      keyed[a] = h;
      order[a] = a;
    }
    Arrays.sort(order, (x, y) -> keyed[x] != keyed[y] ? Long.compare(keyed[x], keyed[y]) : x - y);
    int[] first = new int[n];
    for (int a = 0; a < n; a++) first[a] = a;
    for (int k = 1; k < n; k++) {
      int a = order[k];
      int prev = order[k - 1];
      int head = first[prev];
      boolean same =
          keyed[a] == keyed[prev]
              && anchors[a].hashes().length > 0
              && anchors[a].grams() == anchors[head].grams()
              && Arrays.equals(anchors[a].hashes(), anchors[head].hashes());
      if (same) first[a] = head;
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
   * Reprint links: each article against the later ones it shares rare anchors with ({@code rareAt}:
   * each anchor's rare number or below 0; the postings of each rare anchor: its articles and its
   * place in each), linked when enough of the shared anchors align in order: a share of the
   * shorter's {@code own} grams. An outlet's template ({@code templates}, by rare number) links
   * articles of one day only: the same bulletin reprinted, not the next day's in the same words.
   */
  private static Links links(
      Grams own,
      java.util.BitSet templates,
      long[] days,
      Rules rules,
      int[][] rareAt,
      int[] postStart,
      int[] postDoc,
      int[] postPos) {
    int n = own.sameDay.length;
    Links links = new Links();
    for (int a = 0; a < n; a++) {
      LongList entries = new LongList(); // (b, entry number), entries in a's order
      IntList posInB = new IntList();
      java.util.BitSet template = new java.util.BitSet(); // by entry number
      int[] r = rareAt[a];
      for (int i = 0; i < r.length; i++) {
        if (r[i] < 0) continue;
        for (int p = postStart[r[i] + 1] - 1; p >= postStart[r[i]] && postDoc[p] > a; p--) {
          if (templates.get(r[i])) template.set(posInB.size());
          entries.add((long) postDoc[p] << 32 | posInB.size());
          posInB.add(postPos[p]);
        }
      }
      long[] e = entries.toArray();
      Arrays.sort(e);
      int[] inB = posInB.toArray();
      for (int s = 0; s < e.length; ) {
        int b = (int) (e[s] >>> 32);
        int end = s;
        while (end < e.length && (int) (e[end] >>> 32) == b) end++;
        if (withinDays(days[a], days[b], rules.maxDays())) {
          boolean oneDay = withinDays(days[a], days[b], 0);
          long[] shared = oneDay ? Arrays.copyOfRange(e, s, end) : without(e, s, end, template);
          int shorter =
              oneDay
                  ? Math.min(own.sameDay[a], own.sameDay[b])
                  : Math.min(own.acrossDays[a], own.acrossDays[b]);
          int need =
              Math.max(
                  2,
                  Math.min(rules.minPassage(), (int) Math.ceil(rules.minContainment() * shorter)));
          if (shared.length >= need) {
            int aligned = longestIncreasing(shared, 0, shared.length, inB);
            if (aligned >= need) links.add(a, b, aligned);
          }
        }
        s = end;
      }
    }
    return links;
  }

  /** Entries {@code [s, end)} of {@code e} but those whose entry number is in {@code left}. */
  private static long[] without(long[] e, int s, int end, java.util.BitSet left) {
    LongList kept = new LongList();
    for (int k = s; k < end; k++) if (!left.get((int) e[k])) kept.add(e[k]);
    return kept.toArray();
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
    int unplaced = 0;
    for (int l = 0; l < m; l++) if (familyOf[la[l]] != familyOf[lb[l]]) unplaced++;
    return new Result(familyOf, m, unplaced);
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
