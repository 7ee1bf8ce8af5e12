package org.newsmerge.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.align.SentenceKeys;
import org.newsmerge.cluster.UnitBuilder;
import org.newsmerge.model.Dates;
import org.newsmerge.model.MatchKind;
import org.newsmerge.model.Sentence;
import org.newsmerge.model.SentenceMatch;
import org.newsmerge.sketch.Shingler;

/**
 * Merges the articles of one story into a brief. Every sentence of the brief is a source sentence
 * copied as it is; every source sentence is in exactly one unit; a unit lists every source that
 * carries it.
 *
 * <p>Deterministic: the articles of an {@link Analysis} are in a stable order (by path), and every
 * choice below breaks ties by that order.
 */
public final class Merger {

  /** Share of another wording's shingles a wording must hold to cover it. */
  static final double COVER = 0.95;

  /** No two sentences of a unit are less similar than this share of the duplicate threshold. */
  static final double FLOOR = 0.7;

  private final double threshold;

  /**
   * @param settings the settings the overlaps were found with: units are built from the shingles
   *     the analysis holds, and their sentences must reach the same threshold on average (none may
   *     be below {@link #FLOOR} times it)
   */
  public Merger(OverlapSettings settings) {
    this.threshold = settings.threshold();
  }

  public Brief merge(Analysis analysis) {
    List<Sentence> sentences = new ArrayList<>();
    analysis.sentences().forEach(sentences::addAll);
    SentenceKeys keys = analysis.keys();
    List<List<Sentence>> groups =
        UnitBuilder.units(
            sentences,
            analysis.overlaps().matches(),
            (a, b) -> Shingler.jaccard(keys.shingles(a), keys.shingles(b)),
            threshold,
            threshold * FLOOR);

    Map<Sentence, Integer> unitOf = new IdentityHashMap<>();
    for (int u = 0; u < groups.size(); u++) for (Sentence s : groups.get(u)) unitOf.put(s, u);
    List<int[]> sequences = new ArrayList<>();
    for (List<Sentence> own : analysis.sentences()) {
      Set<Integer> seq = new LinkedHashSet<>();
      for (Sentence s : own) seq.add(unitOf.get(s));
      sequences.add(seq.stream().mapToInt(Integer::intValue).toArray());
    }
    boolean firstCome = !MajorityOrder.fits(groups.size());
    int[] order =
        firstCome
            ? MajorityOrder.firstCome(groups.size(), sequences)
            : MajorityOrder.order(groups.size(), sequences);

    Map<String, Long> published = new java.util.HashMap<>();
    Map<String, String> dates = new java.util.HashMap<>();
    for (var a : analysis.articles()) {
      published.put(a.id(), Dates.second(a.date()));
      dates.put(a.id(), a.date());
    }
    Set<Sentence> spilling = spilling(analysis.overlaps().matches(), unitOf, keys);
    int[] rank = new int[groups.size()];
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      rank[order[i]] = i;
      units.add(unit(groups.get(order[i]), keys, spilling, published, dates));
    }
    return new Brief(
        analysis.articles(),
        units,
        related(analysis, unitOf, rank),
        analysis.rejected(),
        firstCome);
  }

  private Unit unit(
      List<Sentence> group,
      SentenceKeys keys,
      Set<Sentence> spilling,
      Map<String, Long> published,
      Map<String, String> dates) {
    List<Unit.Member> members = group.stream().map(Unit.Member::new).toList();
    Wordings wordings = new Wordings(members, keys);
    List<Unit.Member> candidates = candidates(members, group, keys, spilling, wordings);
    Unit.Member rep = representative(candidates, group, keys, wordings, published);
    List<Unit.Variant> variants = new ArrayList<>();
    List<Unit.Discrepancy> discrepancies = new ArrayList<>();
    Map<Unit.Member, List<Unit.Discrepancy>> byMember = new IdentityHashMap<>();
    String repKey = keys.key(rep.sentence());
    for (Unit.Member m : members) {
      String key = keys.key(m.sentence());
      if (key.equals(repKey)) continue;
      variants.add(new Unit.Variant(m, wordings.compare(repKey, key).diff()));
      var found = wordings.discrepancies(repKey, key, m.source());
      discrepancies.addAll(found);
      byMember.put(m, found);
    }
    List<Unit.Conflict> conflicts = Conflicts.gather(rep, members, byMember);
    String first = firstPublisher(members, published);
    return new Unit(
        members,
        rep,
        variants,
        discrepancies,
        conflicts,
        first,
        first.isEmpty() ? "" : dates.getOrDefault(first, ""));
  }

  /**
   * The wordings that may represent a unit: those that hold the others' content without repeating
   * another unit's sentence; else those that repeat nothing; else every wording. A wording that
   * conflicts with another does not hold its content: it says something else.
   */
  private static List<Unit.Member> candidates(
      List<Unit.Member> members,
      List<Sentence> group,
      SentenceKeys keys,
      Set<Sentence> spilling,
      Wordings wordings) {
    List<Unit.Member> own = members.stream().filter(m -> !spilling.contains(m.sentence())).toList();
    if (own.isEmpty()) own = members;
    List<Unit.Member> candidates =
        own.stream().filter(m -> covers(m.sentence(), group, keys, wordings)).toList();
    return candidates.isEmpty() ? own : candidates;
  }

  /**
   * Among the candidates, the wording whose values most sources carry (no conflict with theirs;
   * then the most sources behind each of its figures), then the earliest published, then the best
   * supported word for word, then the shortest; source order last, so that file names decide
   * nothing a majority or a date can.
   */
  private static Unit.Member representative(
      List<Unit.Member> candidates,
      List<Sentence> group,
      SentenceKeys keys,
      Wordings wordings,
      Map<String, Long> published) {
    Map<String, Integer> agreement = new java.util.HashMap<>();
    Map<String, Double> valueSupport = new java.util.HashMap<>();
    if (candidates.stream().map(m -> keys.key(m.sentence())).distinct().count() > 1) {
      for (Unit.Member c : candidates) {
        String key = keys.key(c.sentence());
        agreement.computeIfAbsent(key, wordings::agreement);
        valueSupport.computeIfAbsent(key, wordings::valueSupport);
      }
    }
    return candidates.stream()
        .min(
            Comparator.comparingInt(
                    (Unit.Member m) -> -agreement.getOrDefault(keys.key(m.sentence()), 0))
                .thenComparingDouble(m -> -valueSupport.getOrDefault(keys.key(m.sentence()), 0.0))
                .thenComparingLong(m -> published.getOrDefault(m.source(), Dates.UNKNOWN_SECOND))
                .thenComparingInt(m -> -support(m.sentence(), group, keys))
                .thenComparingInt(m -> m.sentence().text().length()))
        .orElseThrow();
  }

  /**
   * The source that published a unit first, or empty when the dates do not tell: two sources at the
   * earliest second, or one without a date.
   */
  private static String firstPublisher(List<Unit.Member> members, Map<String, Long> published) {
    String first = "";
    long earliest = Dates.UNKNOWN_SECOND;
    boolean tie = false;
    for (Unit.Member m : members) {
      long at = published.getOrDefault(m.source(), Dates.UNKNOWN_SECOND);
      // A source without a date may have been first: the dates do not tell.
      if (at == Dates.UNKNOWN_SECOND) return "";
      if (m.source().equals(first)) continue;
      if (at < earliest) {
        earliest = at;
        first = m.source();
        tie = false;
      } else if (at == earliest) {
        tie = true;
      }
    }
    return tie ? "" : first;
  }

  /**
   * Whether a sentence holds {@link #COVER} of the shingles of every other wording in the group,
   * and conflicts with none of them (a changed figure is not more content).
   */
  private static boolean covers(
      Sentence s, List<Sentence> group, SentenceKeys keys, Wordings wordings) {
    String key = keys.key(s);
    for (Sentence o : group) {
      String other = keys.key(o);
      if (other.equals(key)) continue;
      long[] shingles = keys.shingles(o);
      if (shingles.length > 0
          && Shingler.intersection(shingles, keys.shingles(s)) < COVER * shingles.length) {
        return false;
      }
    }
    for (Sentence o : group) {
      String other = keys.key(o);
      if (!other.equals(key) && !wordings.compare(key, other).discrepancies().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sentences that hold most (80%) of a shorter sentence of another unit: typically two sentences
   * of one source printed as one by another. Shown, they would say that other sentence twice, so
   * they are kept as variants rather than chosen to represent their unit.
   */
  private static Set<Sentence> spilling(
      List<SentenceMatch> matches, Map<Sentence, Integer> unitOf, SentenceKeys keys) {
    Set<Sentence> spilling = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (SentenceMatch m : matches) {
      if (unitOf.get(m.a()).equals(unitOf.get(m.b())) || m.containment() < 0.8) continue;
      boolean aLarger = keys.shingles(m.a()).length > keys.shingles(m.b()).length;
      spilling.add(aLarger ? m.a() : m.b());
    }
    return spilling;
  }

  /** Sources whose sentence in the group has the same wording. */
  private static int support(Sentence s, List<Sentence> group, SentenceKeys keys) {
    Set<String> sources = new LinkedHashSet<>();
    for (Sentence o : group) if (keys.key(o).equals(keys.key(s))) sources.add(o.articleId());
    return sources.size();
  }

  private static List<Brief.Related> related(
      Analysis analysis, Map<Sentence, Integer> unitOf, int[] rank) {
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
