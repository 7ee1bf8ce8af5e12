package org.newsmerge.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Discrepancies;
import org.newsmerge.merge.Unit;

/**
 * Finds the units of a brief, carried by different articles, that state one fact in other words:
 * their content words (after light stemming), weighted by rarity in the story, have a cosine of at
 * least {@link #LINK}, or the longer holds {@link #CONTAINED} of the shorter's weight at a cosine
 * of {@link #LINK_CONTAINED} (one sentence states the other's fact and more); each has {@link
 * #MIN_TERMS} content terms or more. Chosen on 320 sentence pairs of dev stories labelled by
 * reading ({@code evaluate facts}): precision 0.98, recall 0.68 there. Precision first: a wrong
 * link credits an outlet with what it did not say. Two such units whose word diff aligns different
 * values (a figure, a name, a negation, quoted words: {@link Discrepancies}) are not one fact but a
 * discrepancy across outlets. Pure.
 */
final class FactLinker {

  /** Cosine of two units' content words from which they state one fact. */
  static final double LINK = 0.45;

  /** Share of the shorter unit's weight the longer holds from which it states its fact... */
  static final double CONTAINED = 0.5;

  /** ... at this cosine or more. */
  static final double LINK_CONTAINED = 0.25;

  /** Fewest content terms a unit needs to be linked: shorter ones say too little to tell. */
  static final int MIN_TERMS = 5;

  /** Units that share no term rarer than this (in units of the story) are not compared. */
  private static final int MAX_DF = 50;

  private FactLinker() {}

  /** The links and the conflicts across outlets of {@code units}, each pair once, in order. */
  record Found(List<Brief.FactLink> links, List<Brief.CrossConflict> conflicts) {}

  static Found find(List<Unit> units, UnitTerms terms) {
    List<Set<String>> sources = units.stream().map(u -> Set.copyOf(u.sources())).toList();
    Map<Integer, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      if (terms.sizes()[i] < MIN_TERMS) continue;
      for (int t : terms.vectors().get(i).terms()) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    List<Brief.FactLink> links = new ArrayList<>();
    // One conflict per pair of values, whichever pairs of units show it: its sources gathered.
    Map<String, Brief.CrossConflict> conflicts = new java.util.LinkedHashMap<>();
    for (int a = 0; a < units.size(); a++) {
      if (terms.sizes()[a] < MIN_TERMS) continue;
      Set<Integer> candidates = new HashSet<>();
      for (int t : terms.vectors().get(a).terms()) {
        List<Integer> p = postings.get(t);
        if (p.size() > MAX_DF) continue;
        for (int b : p) if (b > a) candidates.add(b);
      }
      for (int b : candidates.stream().sorted().toList()) {
        if (!java.util.Collections.disjoint(sources.get(a), sources.get(b))) continue;
        double cosine = terms.cosine(a, b);
        boolean same =
            cosine >= LINK || (cosine >= LINK_CONTAINED && terms.containment(a, b) >= CONTAINED);
        if (!same) continue;
        List<Unit.Discrepancy> differ =
            Discrepancies.find(units.get(a).text(), units.get(b).text(), "");
        if (differ.isEmpty()) {
          links.add(new Brief.FactLink(a, b, Math.round(cosine * 1000) / 1000.0));
        } else {
          gather(conflicts, differ.get(0), a, b, units);
        }
      }
    }
    return new Found(links, List.copyOf(conflicts.values()));
  }

  /**
   * Adds the conflict {@code d} of units a and b, or their sources to the same one found before.
   */
  private static void gather(
      Map<String, Brief.CrossConflict> conflicts,
      Unit.Discrepancy d,
      int a,
      int b,
      List<Unit> units) {
    String x = org.newsmerge.text.Normalizer.key(d.representative());
    String y = org.newsmerge.text.Normalizer.key(d.variant());
    String key = d.kind() + "\u0000" + (x.compareTo(y) <= 0 ? x + "\u0000" + y : y + "\u0000" + x);
    Brief.CrossConflict seen = conflicts.get(key);
    if (seen == null) {
      conflicts.put(
          key,
          new Brief.CrossConflict(
              d.kind(),
              a,
              b,
              List.of(
                  new Unit.Value(d.representative(), units.get(a).sources()),
                  new Unit.Value(d.variant(), units.get(b).sources()))));
      return;
    }
    boolean same = org.newsmerge.text.Normalizer.key(seen.values().get(0).text()).equals(x);
    List<String> first = new ArrayList<>(seen.values().get(0).sources());
    List<String> second = new ArrayList<>(seen.values().get(1).sources());
    for (String s : units.get(a).sources())
      if (!(same ? first : second).contains(s)) (same ? first : second).add(s);
    for (String s : units.get(b).sources())
      if (!(same ? second : first).contains(s)) (same ? second : first).add(s);
    conflicts.put(
        key,
        new Brief.CrossConflict(
            seen.kind(),
            seen.a(),
            seen.b(),
            List.of(
                new Unit.Value(seen.values().get(0).text(), first),
                new Unit.Value(seen.values().get(1).text(), second))));
  }
}
