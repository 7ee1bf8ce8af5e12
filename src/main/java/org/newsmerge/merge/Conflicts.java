package org.newsmerge.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmerge.merge.Unit.Discrepancy;
import org.newsmerge.text.Figure;
import org.newsmerge.text.FigureReader;
import org.newsmerge.text.Normalizer;

/**
 * Gathers the discrepancies of a unit's wordings with the shown one into one conflict per place:
 * the shown value with every source that carries it, then each other value with its sources, most
 * carried first. Eight outlets writing {@code 929.2 مليون ريال} and one {@code 247 مليون دولار}
 * make one entry of two values, not eight.
 */
final class Conflicts {

  private Conflicts() {}

  /**
   * @param found the discrepancies of each wording with the shown one, by member
   */
  static List<Unit.Conflict> gather(
      Unit.Member rep, List<Unit.Member> members, Map<Unit.Member, List<Discrepancy>> found) {
    Map<String, List<Discrepancy>> places = new LinkedHashMap<>();
    Map<String, Set<Unit.Member>> differingMembers = new LinkedHashMap<>();
    for (Unit.Member m : members) {
      for (Discrepancy d : found.getOrDefault(m, List.of())) {
        String place = d.kind() + "\u0000" + Normalizer.key(d.representative());
        places.computeIfAbsent(place, k -> new ArrayList<>()).add(d);
        differingMembers.computeIfAbsent(place, k -> new java.util.HashSet<>()).add(m);
      }
    }
    String repKey = Normalizer.key(rep.sentence().text());
    List<Unit.Conflict> conflicts = new ArrayList<>();
    for (var entry : places.entrySet()) {
      List<Discrepancy> place = entry.getValue();
      Discrepancy.Kind kind = place.get(0).kind();
      String shown = place.get(0).representative();
      Set<Unit.Member> differing = differingMembers.get(entry.getKey());
      Set<String> carriers = new LinkedHashSet<>();
      for (Unit.Member m : members) {
        if (differing.contains(m)) continue;
        String text = m.sentence().text();
        if (Normalizer.key(text).equals(repKey) || carries(text, kind, shown)) {
          carriers.add(m.source());
        }
      }
      carriers.add(rep.source());
      List<String> texts = new ArrayList<>();
      List<Set<String>> sources = new ArrayList<>();
      for (Discrepancy d : place) {
        int at = -1;
        for (int i = 0; i < texts.size() && at < 0; i++) {
          if (same(kind, texts.get(i), d.variant())) at = i;
        }
        if (at < 0) {
          texts.add(d.variant());
          sources.add(new LinkedHashSet<>());
          at = texts.size() - 1;
        }
        sources.get(at).add(d.source());
      }
      List<Unit.Value> values = new ArrayList<>();
      values.add(new Unit.Value(shown, inMemberOrder(carriers, members)));
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) order.add(i);
      order.sort((x, y) -> Integer.compare(sources.get(y).size(), sources.get(x).size()));
      for (int i : order) {
        values.add(new Unit.Value(texts.get(i), inMemberOrder(sources.get(i), members)));
      }
      conflicts.add(new Unit.Conflict(kind, values));
    }
    return conflicts;
  }

  private static List<String> inMemberOrder(Set<String> ids, List<Unit.Member> members) {
    Set<String> out = new LinkedHashSet<>();
    for (Unit.Member m : members) if (ids.contains(m.source())) out.add(m.source());
    return new ArrayList<>(out);
  }

  /** Whether two variant texts are one value: the same figure, or the same words. */
  private static boolean same(Discrepancy.Kind kind, String a, String b) {
    if (kind == Discrepancy.Kind.NUMBER) {
      List<Figure> fa = FigureReader.figures(a);
      List<Figure> fb = FigureReader.figures(b);
      if (fa.size() == 1 && fb.size() == 1) {
        return fa.get(0).compare(fb.get(0)) == Figure.Comparison.EQUAL;
      }
    }
    return Normalizer.key(a).equals(Normalizer.key(b));
  }

  /** Whether a sentence carries the value {@code shown}. */
  private static boolean carries(String sentence, Discrepancy.Kind kind, String shown) {
    if (kind == Discrepancy.Kind.NUMBER) {
      List<Figure> value = FigureReader.figures(shown);
      if (value.size() == 1) {
        for (Figure f : FigureReader.figures(sentence)) {
          if (f.compare(value.get(0)) == Figure.Comparison.EQUAL) return true;
        }
        return false;
      }
    }
    String key = Normalizer.key(shown);
    return !key.isEmpty() && (" " + Normalizer.key(sentence) + " ").contains(" " + key + " ");
  }
}
