package org.newsmerge.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmerge.align.WordDiffer;
import org.newsmerge.cluster.UnitBuilder;
import org.newsmerge.model.MatchKind;
import org.newsmerge.model.Sentence;
import org.newsmerge.model.SentenceMatch;
import org.newsmerge.pipeline.Analysis;
import org.newsmerge.sketch.ShingleSettings;
import org.newsmerge.sketch.Shingler;
import org.newsmerge.text.Normalizer;

/**
 * Merges the articles of one story into a brief. Every sentence of the brief is a source
 * sentence copied as it is; every source sentence is in exactly one unit; a unit lists every
 * source that carries it.
 *
 * <p>Deterministic: the articles of an {@link Analysis} are in a stable order (by path), and
 * every choice below breaks ties by that order.
 */
public final class Merger {

  private final double link;
  private final Shingler shingler = new Shingler(ShingleSettings.DEFAULT);

  /**
   * @param link similarity every pair of sentences in a unit must reach (complete linkage)
   */
  public Merger(double link) {
    this.link = link;
  }

  public Brief merge(Analysis analysis) {
    List<Sentence> sentences = new ArrayList<>();
    analysis.sentences().forEach(sentences::addAll);
    Map<Sentence, long[]> shingles = new IdentityHashMap<>();
    Map<Sentence, String> keys = new IdentityHashMap<>();
    for (Sentence s : sentences) {
      keys.put(s, Normalizer.key(s.text()));
      shingles.put(s, shingler.shingles(keys.get(s)));
    }
    List<List<Sentence>> groups =
        UnitBuilder.units(
            sentences,
            analysis.overlaps().matches(),
            (a, b) -> Shingler.jaccard(shingles.get(a), shingles.get(b)),
            link);

    Map<Sentence, Integer> unitOf = new IdentityHashMap<>();
    for (int u = 0; u < groups.size(); u++) for (Sentence s : groups.get(u)) unitOf.put(s, u);
    List<int[]> sequences = new ArrayList<>();
    for (List<Sentence> own : analysis.sentences()) {
      Set<Integer> seq = new LinkedHashSet<>();
      for (Sentence s : own) seq.add(unitOf.get(s));
      sequences.add(seq.stream().mapToInt(Integer::intValue).toArray());
    }
    int[] order = MajorityOrder.order(groups.size(), sequences);

    int[] rank = new int[groups.size()];
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      rank[order[i]] = i;
      units.add(unit(groups.get(order[i]), keys, shingles));
    }
    return new Brief(analysis.articles(), units, related(analysis, unitOf, rank), analysis.rejected());
  }

  private Unit unit(List<Sentence> group, Map<Sentence, String> keys, Map<Sentence, long[]> shingles) {
    List<Unit.Member> members = group.stream().map(Unit.Member::new).toList();
    Unit.Member rep = members.get(0);
    double bestCoverage = -1;
    int bestSupport = -1;
    for (Unit.Member m : members) {
      double coverage = coverage(m.sentence(), group, keys, shingles);
      int support = support(m.sentence(), group, keys);
      if (coverage > bestCoverage || coverage == bestCoverage && support > bestSupport) {
        rep = m;
        bestCoverage = coverage;
        bestSupport = support;
      }
    }
    List<Unit.Variant> variants = new ArrayList<>();
    List<Unit.Discrepancy> discrepancies = new ArrayList<>();
    String repKey = keys.get(rep.sentence());
    for (Unit.Member m : members) {
      if (keys.get(m.sentence()).equals(repKey)) continue;
      var diff = WordDiffer.diff(rep.sentence().text(), m.sentence().text());
      variants.add(new Unit.Variant(m, diff));
      discrepancies.addAll(Discrepancies.find(rep.sentence().text(), m.sentence().text(), diff, m.source()));
    }
    return new Unit(members, rep, variants, discrepancies);
  }

  /**
   * How much of the other wordings' content a sentence holds: the mean share of each other
   * wording's shingles found in it, to two decimals so that near-equal wordings tie and support
   * decides.
   */
  private static double coverage(
      Sentence s, List<Sentence> group, Map<Sentence, String> keys, Map<Sentence, long[]> shingles) {
    double sum = 0;
    int n = 0;
    for (Sentence o : group) {
      if (keys.get(o).equals(keys.get(s))) continue;
      long[] other = shingles.get(o);
      sum += other.length == 0 ? 1 : (double) Shingler.intersection(other, shingles.get(s)) / other.length;
      n++;
    }
    return n == 0 ? 1 : Math.round(sum / n * 100) / 100.0;
  }

  /** Sources whose sentence in the group has the same wording. */
  private static int support(Sentence s, List<Sentence> group, Map<Sentence, String> keys) {
    Set<String> sources = new LinkedHashSet<>();
    for (Sentence o : group) if (keys.get(o).equals(keys.get(s))) sources.add(o.articleId());
    return sources.size();
  }

  private static List<Brief.Related> related(Analysis analysis, Map<Sentence, Integer> unitOf, int[] rank) {
    Map<Long, Brief.Related> related = new java.util.TreeMap<>();
    for (SentenceMatch m : analysis.overlaps().matches()) {
      if (m.kind() != MatchKind.PARTIAL) continue;
      int a = rank[unitOf.get(m.a())];
      int b = rank[unitOf.get(m.b())];
      if (a == b) continue;
      int lo = Math.min(a, b);
      int hi = Math.max(a, b);
      related.putIfAbsent((long) lo << 32 | hi, new Brief.Related(lo, hi, m.similarity()));
    }
    List<Brief.Related> out = new ArrayList<>(related.values());
    out.sort(Comparator.comparingInt(Brief.Related::a).thenComparingInt(Brief.Related::b));
    return out;
  }
}
