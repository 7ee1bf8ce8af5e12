package org.newsmerge.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsmerge.align.Analysis;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;
import org.newsmerge.model.Sentence;

/**
 * The baseline a merger must beat: read the sources in order and keep each sentence unless one
 * already kept is similar (Jaccard at least 0.5), citing only the source it was kept from.
 */
final class FirstComeDedup {
  private FirstComeDedup() {}

  static Brief brief(Analysis analysis) {
    List<Unit> units = new ArrayList<>();
    List<Set<String>> kept = new ArrayList<>();
    for (List<Sentence> source : analysis.sentences()) {
      for (Sentence s : source) {
        Set<String> g = Grams.of(s.text());
        if (kept.stream().anyMatch(k -> Grams.jaccard(k, g) >= 0.5)) continue;
        kept.add(g);
        Unit.Member m = new Unit.Member(s);
        units.add(new Unit(List.of(m), m, List.of()));
      }
    }
    return new Brief(analysis.articles(), units, List.of(), List.of());
  }
}
