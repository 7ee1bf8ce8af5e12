package org.newsmerge.cluster;

import java.util.Arrays;
import org.newsmerge.internal.LongList;

/**
 * Groups articles into stories from verified duplicate sentence pairs across articles.
 *
 * <p>Sentences that match each other form sentence groups. A group found in more than {@code maxDf}
 * articles, or one whose members crowded an LSH bucket, is boilerplate (agency credits, copyright
 * lines, "follow us" lines) and links nothing. A group that one site repeats in {@code siteMin} or
 * more of its own articles is that site's furniture (its header, cookie banner, newsletter notice),
 * whatever its frequency in the archive: it links nothing either, and its sentences are kept out of
 * the briefs. When stories are events, a group found in articles further apart than an event lasts
 * is a formula: it links nothing and tells nothing of what its articles are about. Two articles are
 * linked when they share at least {@code minShared} other groups (or all the linkable sentences the
 * shorter one has) and at least {@code minFraction} of the shorter one's linkable sentences, so
 * that one or two formulaic sentences cannot chain unrelated reports, and when the link passes
 * {@code allowed} (the date window). Stories are the connected components.
 *
 * <p>Deterministic: every union goes to the smaller index, so the result does not depend on the
 * order pairs arrive in.
 */
public final class StoryGrouper {

  private StoryGrouper() {}

  /**
   * How sentence groups are judged and articles linked.
   *
   * @param maxDf articles a group may be found in before it is boilerplate
   * @param minShared shared groups that link two articles
   * @param minFraction share of the shorter article's linkable sentences two linked articles share
   * @param siteMin articles of one site a group must be found in to be that site's furniture
   * @param formulaDays most days between the dated articles of a group that is not a formula; -1
   *     for no limit
   */
  public record Rules(int maxDf, int minShared, double minFraction, int siteMin, int formulaDays)
      implements java.io.Serializable {}

  /** What a sentence group of two or more articles is. */
  public enum Kind {
    /** Shared text: it links articles. */
    LINK,
    /** Found in too many articles, or in a crowded bucket: it links nothing. */
    BOILERPLATE,
    /** Repeated by one site across its own articles: links nothing, kept out of the briefs. */
    SITE,
    /**
     * Found in articles further apart than an event lasts (a ministry's announcement template, a
     * reception's list of attendees, a market report's opening), when stories are events: it links
     * nothing and says nothing of which event an article reports (its terms are left out of the
     * articles' event vectors), though it stays in the briefs.
     */
    FORMULA;

    /** Whether a group of this kind links articles into reuse families. */
    public boolean links() {
      return this == LINK;
    }
  }

  /**
   * Article links and what the sentence groups were: per sentence, whether its group is site
   * furniture or a formula; counts of the groups of each kind.
   */
  public record Result(
      int[] storyOf,
      int boilerplateGroups,
      int links,
      boolean[] site,
      boolean[] formula,
      int siteGroups,
      int formulaGroups) {}

  /**
   * @param articleOf article index of each sentence
   * @param articles number of articles
   * @param pairs verified duplicate sentence pairs {@code (i << 32 | j)} across articles
   * @param crowded sentences that fell in crowded LSH buckets
   * @param linkable sentences long enough to link stories, per article
   * @param siteOf the site of each article, numbered
   * @param days the epoch day of each article, {@link Long#MIN_VALUE} where unknown
   * @param allowed whether a link between two article indexes is allowed (date window)
   */
  public static Result group(
      int[] articleOf,
      int articles,
      long[] pairs,
      boolean[] crowded,
      int[] linkable,
      int[] siteOf,
      long[] days,
      Rules rules,
      LinkFilter allowed) {
    int n = articleOf.length;
    long[] byGroup = sentenceGroups(n, pairs);
    int[] counts = new int[Kind.values().length];
    boolean[] site = new boolean[n];
    boolean[] formula = new boolean[n];
    LongList articlePairs = new LongList();
    for (int start = 0; start < byGroup.length; ) {
      int end = start;
      boolean anyCrowded = false;
      while (end < byGroup.length && byGroup[end] >>> 32 == byGroup[start] >>> 32) {
        anyCrowded |= crowded[(int) byGroup[end]];
        end++;
      }
      int[] docs = new int[end - start];
      for (int i = start; i < end; i++) docs[i - start] = articleOf[(int) byGroup[i]];
      docs = Arrays.stream(docs).distinct().sorted().toArray();
      int groupStart = start;
      start = end;
      if (docs.length < 2) continue;
      Kind kind = judge(docs, anyCrowded, siteOf, days, rules);
      counts[kind.ordinal()]++;
      boolean[] flag = kind == Kind.SITE ? site : kind == Kind.FORMULA ? formula : null;
      if (flag != null) for (int i = groupStart; i < end; i++) flag[(int) byGroup[i]] = true;
      if (!kind.links()) continue;
      for (int i = 0; i < docs.length; i++) {
        for (int j = i + 1; j < docs.length; j++) articlePairs.add((long) docs[i] << 32 | docs[j]);
      }
    }
    Stories stories = Stories.link(articlePairs.toArray(), articles, linkable, rules, allowed);
    return new Result(
        stories.storyOf(),
        counts[Kind.BOILERPLATE.ordinal()],
        stories.links(),
        site,
        formula,
        counts[Kind.SITE.ordinal()],
        counts[Kind.FORMULA.ordinal()]);
  }

  /**
   * The sentences matched by {@code pairs} gathered in groups: runs of {@code (root << 32 |
   * sentence)} in one sorted array, no boxed collections; sentences matched by none are left out.
   */
  private static long[] sentenceGroups(int sentences, long[] pairs) {
    UnionFind groups = new UnionFind(sentences);
    for (long p : pairs) groups.union((int) (p >>> 32), (int) p);
    LongList members = new LongList();
    for (int s = 0; s < sentences; s++) {
      int root = groups.find(s);
      if (groups.size(root) > 1) members.add((long) root << 32 | s);
    }
    long[] byGroup = members.toArray();
    Arrays.sort(byGroup);
    return byGroup;
  }

  /** The story of each article, and the number of links that joined them. */
  private record Stories(int[] storyOf, int links) {

    /**
     * Links two articles where they share enough and the link is allowed. {@code shared} holds
     * article pairs {@code (a << 32 | b)}, a pair once per sentence group the two share; it is
     * sorted in place.
     */
    static Stories link(
        long[] shared, int articles, int[] linkable, Rules rules, LinkFilter allowed) {
      // Equal article pairs are neighbours once sorted: the length of a run is the number of
      // sentence groups the two articles share.
      Arrays.sort(shared);
      UnionFind stories = new UnionFind(articles);
      int links = 0;
      for (int start = 0; start < shared.length; ) {
        int end = start;
        while (end < shared.length && shared[end] == shared[start]) end++;
        int a = (int) (shared[start] >>> 32);
        int b = (int) shared[start];
        int count = end - start;
        start = end;
        if (linked(count, linkable[a], linkable[b], rules.minShared(), rules.minFraction())
            && allowed.test(a, b)) {
          stories.union(a, b);
          links++;
        }
      }
      int[] storyOf = new int[articles];
      for (int i = 0; i < articles; i++) storyOf[i] = stories.find(i);
      return new Stories(storyOf, links);
    }
  }

  /**
   * What a sentence group found in the distinct articles {@code docs} is: site furniture when one
   * site has {@code siteMin} of them, boilerplate when found in more than {@code maxDf} or in a
   * crowded bucket, a formula when its dated articles lie further apart than {@code formulaDays},
   * else a link.
   */
  public static Kind judge(int[] docs, boolean anyCrowded, int[] siteOf, long[] days, Rules rules) {
    if (siteFurniture(docs, siteOf, rules.siteMin())) return Kind.SITE;
    if (boilerplate(docs.length, anyCrowded, rules.maxDf())) return Kind.BOILERPLATE;
    if (rules.formulaDays() >= 0) {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (int d : docs) {
        if (days[d] == Long.MIN_VALUE) continue;
        first = Math.min(first, days[d]);
        last = Math.max(last, days[d]);
      }
      if (first != Long.MAX_VALUE && last - first > rules.formulaDays()) return Kind.FORMULA;
    }
    return Kind.LINK;
  }

  /**
   * Whether a sentence group found in {@code articles} articles is boilerplate: found in more than
   * {@code maxDf}, or with a member that crowded an LSH bucket.
   */
  public static boolean boilerplate(int articles, boolean anyCrowded, int maxDf) {
    return articles > maxDf || anyCrowded;
  }

  /** Whether one site has {@code siteMin} or more of the articles {@code docs} (distinct). */
  public static boolean siteFurniture(int[] docs, int[] siteOf, int siteMin) {
    if (docs.length < siteMin) return false;
    int[] sites = new int[docs.length];
    for (int i = 0; i < docs.length; i++) sites[i] = siteOf[docs[i]];
    Arrays.sort(sites);
    int run = 0;
    for (int i = 0; i < sites.length; i++) {
      run = i > 0 && sites[i] == sites[i - 1] ? run + 1 : 1;
      if (run >= siteMin) return true;
    }
    return false;
  }

  /**
   * Whether two articles with {@code linkableA} and {@code linkableB} linkable sentences that share
   * {@code shared} sentence groups (not boilerplate) are linked: at least {@code minShared} (or all
   * the shorter one has) and at least {@code minFraction} of the shorter one's.
   */
  public static boolean linked(
      int shared, int linkableA, int linkableB, int minShared, double minFraction) {
    int shorter = Math.min(linkableA, linkableB);
    int need =
        Math.max(1, Math.max(Math.min(minShared, shorter), (int) Math.ceil(minFraction * shorter)));
    return shared >= need;
  }

  /** Whether two articles may be linked. */
  @FunctionalInterface
  public interface LinkFilter {
    boolean test(int a, int b);
  }

  /** Union-find over {@code 0..n-1} whose roots are always the smallest member. */
  static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) parent[i] = i;
      Arrays.fill(size, 1);
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) return;
      int keep = Math.min(ra, rb);
      int drop = Math.max(ra, rb);
      parent[drop] = keep;
      size[keep] += size[drop];
    }

    int size(int root) {
      return size[root];
    }
  }
}
