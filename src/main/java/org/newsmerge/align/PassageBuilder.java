package org.newsmerge.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmerge.internal.HashSort;
import org.newsmerge.model.Passage;
import org.newsmerge.model.Sentence;
import org.newsmerge.model.SentenceMatch;
import org.newsmerge.sketch.Shingler;

/**
 * Chains sentence matches into passages. Per pair of articles (or one article with itself), the
 * matches are first aligned one-to-one, best first, so that a sentence reprinted twice pairs with
 * its closest wording; then matches of one kind that follow each other in the same order on both
 * sides, with at most {@code maxGap} unmatched sentences between them on either side, form one
 * passage.
 */
final class PassageBuilder {

  private final int maxGap;
  private final Map<String, Integer> order;

  PassageBuilder(int maxGap, Map<String, Integer> order) {
    this.maxGap = maxGap;
    this.order = order;
  }

  /** Passages of {@code matches} (sorted by position), in the same order. */
  List<Passage> passages(List<SentenceMatch> matches, SentenceKeys keys) {
    Map<String, List<SentenceMatch>> byArticles = new LinkedHashMap<>();
    for (SentenceMatch m : matches) {
      byArticles
          .computeIfAbsent(m.a().articleId() + "\u0000" + m.b().articleId(), x -> new ArrayList<>())
          .add(m);
    }
    List<Passage> passages = new ArrayList<>();
    for (List<SentenceMatch> group : byArticles.values()) {
      for (List<SentenceMatch> chain : chains(oneToOne(group))) {
        passages.add(new Passage(chain.get(0).kind(), similarity(chain, keys), chain));
      }
    }
    Comparator<Sentence> reading = OverlapFinder.byReadingOrder(order);
    passages.sort(
        Comparator.comparing(Passage::firstA, reading).thenComparing(Passage::firstB, reading));
    return passages;
  }

  /** Best matches first, each sentence used once; returned in position order. */
  private List<SentenceMatch> oneToOne(List<SentenceMatch> group) {
    List<SentenceMatch> ranked = new ArrayList<>(group);
    ranked.sort(
        Comparator.comparing(SentenceMatch::kind)
            .thenComparing(Comparator.comparingDouble(SentenceMatch::similarity).reversed())
            .thenComparingInt(m -> m.a().index())
            .thenComparingInt(m -> m.b().index()));
    Set<Sentence> usedA = new HashSet<>();
    Set<Sentence> usedB = new HashSet<>();
    List<SentenceMatch> chosen = new ArrayList<>();
    for (SentenceMatch m : ranked) {
      if (usedA.contains(m.a()) || usedB.contains(m.b())) continue;
      usedA.add(m.a());
      usedB.add(m.b());
      chosen.add(m);
    }
    chosen.sort(
        Comparator.comparingInt((SentenceMatch m) -> m.a().index())
            .thenComparingInt(m -> m.b().index()));
    return chosen;
  }

  private List<List<SentenceMatch>> chains(List<SentenceMatch> aligned) {
    List<List<SentenceMatch>> chains = new ArrayList<>();
    // Chains that a later match may still extend: matches come by side a's index, so a chain whose
    // last match lies more than maxGap + 1 sentences back on side a is closed for good. Scanning
    // only the open ones keeps a long story's chaining near-linear.
    List<List<SentenceMatch>> open = new ArrayList<>();
    for (SentenceMatch m : aligned) {
      List<SentenceMatch> best = null;
      int bestGap = Integer.MAX_VALUE;
      open.removeIf(c -> c.get(c.size() - 1).a().index() < m.a().index() - maxGap - 1);
      for (List<SentenceMatch> chain : open) {
        SentenceMatch last = chain.get(chain.size() - 1);
        if (last.kind() != m.kind()) continue;
        int gapA = m.a().index() - last.a().index() - 1;
        int gapB = m.b().index() - last.b().index() - 1;
        if (gapA < 0 || gapB < 0 || gapA > maxGap || gapB > maxGap) continue;
        if (gapA + gapB < bestGap) {
          bestGap = gapA + gapB;
          best = chain;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        chains.add(best);
        open.add(best);
      }
      best.add(m);
    }
    return chains;
  }

  /** Exact Jaccard of the shingles of all matched sentences of side a against side b. */
  private static double similarity(List<SentenceMatch> chain, SentenceKeys keys) {
    if (chain.size() == 1) return chain.get(0).similarity();
    long[] a = union(chain, true, keys);
    long[] b = union(chain, false, keys);
    return Shingler.jaccard(a, b);
  }

  /** The sorted, distinct shingles of one side of a chain: all gathered, then sorted once. */
  private static long[] union(List<SentenceMatch> chain, boolean sideA, SentenceKeys keys) {
    int size = 0;
    for (SentenceMatch m : chain) size += keys.shingles(sideA ? m.a() : m.b()).length;
    long[] all = new long[size];
    int w = 0;
    for (SentenceMatch m : chain) {
      long[] next = keys.shingles(sideA ? m.a() : m.b());
      System.arraycopy(next, 0, all, w, next.length);
      w += next.length;
    }
    return HashSort.distinct(HashSort.sorted(all));
  }
}
