package org.newsmerge.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;
import org.newsmerge.model.Article;
import org.newsmerge.model.Dates;

/**
 * A brief's units family by family: the families ranked largest first, then earliest published,
 * then by their first article's place; each unit told by the family that carries it most (the
 * better ranked on a tie), in the merged order. With one family telling every unit, the units stay
 * as they are and no family is named.
 *
 * @param units the units in their new order
 * @param related the brief's related pairs, renumbered
 * @param families each family that tells a unit, with its run of units
 */
record FamilyOrder(List<Unit> units, List<Brief.Related> related, List<Brief.Family> families) {

  static FamilyOrder of(Brief brief, List<List<String>> families, Map<String, Integer> familyOf) {
    Map<String, Integer> place = new HashMap<>();
    Map<String, Long> published = new HashMap<>();
    for (Article a : brief.sources()) {
      place.putIfAbsent(a.id(), place.size());
      published.put(a.id(), Dates.second(a.date()));
    }
    List<Integer> ranked = new ArrayList<>();
    for (int f = 0; f < families.size(); f++) ranked.add(f);
    ranked.sort(
        Comparator.comparingInt((Integer f) -> -families.get(f).size())
            .thenComparingLong(
                f ->
                    families.get(f).stream()
                        .mapToLong(a -> published.getOrDefault(a, Dates.UNKNOWN_SECOND))
                        .min()
                        .orElse(Dates.UNKNOWN_SECOND))
            .thenComparingInt(f -> families.get(f).stream().mapToInt(place::get).min().orElse(0)));
    int[] rank = new int[families.size()];
    for (int r = 0; r < ranked.size(); r++) rank[ranked.get(r)] = r;
    List<Unit> units = brief.units();
    int[] owner = new int[units.size()];
    for (int i = 0; i < units.size(); i++) owner[i] = owner(units.get(i), familyOf, rank);
    long telling = java.util.Arrays.stream(owner).distinct().count();
    if (telling <= 1) return new FamilyOrder(units, brief.related(), List.of());
    List<Unit> out = new ArrayList<>(units.size());
    int[] moved = new int[units.size()];
    List<Brief.Family> runs = new ArrayList<>();
    for (int r = 0; r < ranked.size(); r++) {
      int from = out.size();
      for (int i = 0; i < units.size(); i++) {
        if (owner[i] != r) continue;
        moved[i] = out.size();
        out.add(units.get(i));
      }
      if (out.size() > from)
        runs.add(new Brief.Family(families.get(ranked.get(r)), from, out.size()));
    }
    List<Brief.Related> related = new ArrayList<>();
    for (Brief.Related x : brief.related()) {
      int a = moved[x.a()];
      int b = moved[x.b()];
      related.add(new Brief.Related(Math.min(a, b), Math.max(a, b), x.similarity()));
    }
    related.sort(Comparator.comparingInt(Brief.Related::a).thenComparingInt(Brief.Related::b));
    return new FamilyOrder(out, related, runs);
  }

  /** The rank of the family that carries {@code u} most (the better ranked on a tie). */
  private static int owner(Unit u, Map<String, Integer> familyOf, int[] rank) {
    Map<Integer, Integer> count = new HashMap<>();
    for (String s : u.sources()) count.merge(rank[familyOf.get(s)], 1, Integer::sum);
    int best = Integer.MAX_VALUE;
    int most = 0;
    for (Map.Entry<Integer, Integer> e : count.entrySet()) {
      if (e.getValue() > most || (e.getValue() == most && e.getKey() < best)) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
