package org.newsmerge.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.newsmerge.model.MatchKind;
import org.newsmerge.model.Sentence;
import org.newsmerge.model.SentenceMatch;

/**
 * Groups sentences into units from verified duplicate matches. Matches are taken strongest first,
 * and two groups join only when the pairs across them are {@code link} similar on average and none
 * is below {@code floor} (average linkage with a complete-linkage floor): a chain of weak matches,
 * A~B and B~C with A and C unlike, cannot glue different sentences into one unit.
 */
public final class UnitBuilder {

  private UnitBuilder() {}

  /**
   * Units of {@code sentences} (each sentence in exactly one unit), each unit in input order, units
   * ordered by their first sentence.
   */
  public static List<List<Sentence>> units(
      List<Sentence> sentences,
      List<SentenceMatch> matches,
      ToDoubleBiFunction<Sentence, Sentence> similarity,
      double link,
      double floor) {
    if (floor > link) {
      throw new IllegalArgumentException("floor (" + floor + ") must be <= link (" + link + ")");
    }
    Map<Sentence, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < sentences.size(); i++) position.put(sentences.get(i), i);
    List<List<Integer>> groups = new ArrayList<>();
    int[] groupOf = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      groupOf[i] = i;
      groups.add(new ArrayList<>(List.of(i)));
    }
    List<SentenceMatch> strongestFirst =
        matches.stream()
            .filter(m -> m.kind() == MatchKind.DUPLICATE)
            .filter(m -> position.containsKey(m.a()) && position.containsKey(m.b()))
            .sorted(
                Comparator.comparingDouble(SentenceMatch::similarity)
                    .reversed()
                    .thenComparingInt(m -> position.get(m.a()))
                    .thenComparingInt(m -> position.get(m.b())))
            .toList();
    for (SentenceMatch m : strongestFirst) {
      int ga = groupOf[position.get(m.a())];
      int gb = groupOf[position.get(m.b())];
      if (ga == gb || !linked(groups.get(ga), groups.get(gb), sentences, similarity, link, floor))
        continue;
      int keep = Math.min(ga, gb);
      int drop = Math.max(ga, gb);
      for (int i : groups.get(drop)) groupOf[i] = keep;
      groups.get(keep).addAll(groups.get(drop));
      groups.set(drop, List.of());
    }
    List<List<Sentence>> units = new ArrayList<>();
    for (List<Integer> g : groups) {
      if (g.isEmpty()) continue;
      units.add(g.stream().sorted().map(sentences::get).toList());
    }
    units.sort(Comparator.comparingInt(u -> position.get(u.get(0))));
    return units;
  }

  private static boolean linked(
      List<Integer> a,
      List<Integer> b,
      List<Sentence> sentences,
      ToDoubleBiFunction<Sentence, Sentence> similarity,
      double link,
      double floor) {
    double sum = 0;
    int n = 0;
    for (int i : a) {
      for (int j : b) {
        double s = similarity.applyAsDouble(sentences.get(i), sentences.get(j));
        if (s < floor) return false;
        sum += s;
        n++;
      }
    }
    return sum / n >= link;
  }
}
