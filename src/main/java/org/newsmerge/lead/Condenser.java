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
 * The lead stage: a merged brief condensed for reading. Its units follow family by family (the
 * largest family first, then the earliest), each unit in the family that carries it most; the units
 * that state one fact in other words are linked, those that state it with other values flagged; and
 * the lead is chosen ({@link LeadSelector}). The order matters: linking and the lead speak of units
 * by their place, which the families settle first. Pure.
 */
public final class Condenser {

  /** Shared units from which two articles of a brief are one family, when no run says so. */
  static final int FAMILY_SHARED = 2;

  private Condenser() {}

  /**
   * {@code brief} condensed; {@code families} are its articles' families (lists of article ids) as
   * a batch run grouped them, or null to find them in the brief: articles that share {@link
   * #FAMILY_SHARED} units or more, and the articles they share with.
   */
  public static Brief condense(Brief brief, List<List<String>> families) {
    List<List<String>> fams = families == null ? families(brief) : known(brief, families);
    Map<String, Integer> familyOf = new HashMap<>();
    for (int f = 0; f < fams.size(); f++) for (String a : fams.get(f)) familyOf.put(a, f);
    FamilyOrder order = FamilyOrder.of(brief, fams, familyOf);
    List<Unit> units = order.units();
    UnitTerms terms = UnitTerms.of(units);
    FactLinker.Found found = FactLinker.find(units, terms);
    Map<String, String> outlet = new HashMap<>();
    for (Article a : brief.sources())
      outlet.put(a.id(), a.source().isBlank() ? a.id() : a.source());
    List<Integer> lead =
        LeadSelector.select(units, terms, found.links(), found.conflicts(), outlet, familyOf);
    return new Brief(
        brief.sources(),
        units,
        order.related(),
        brief.rejected(),
        brief.firstCome(),
        lead,
        found.links(),
        found.conflicts(),
        order.families());
  }

  /** The words of {@code text} as a lead counts them: runs of letters or digits. */
  public static int words(String text) {
    return LeadSelector.words(text);
  }

  /** The lead units of {@code brief}, at most {@code n}, in the order they were published. */
  public static List<Integer> shown(Brief brief, int n) {
    List<Integer> lead = new ArrayList<>(brief.lead().subList(0, Math.min(n, brief.lead().size())));
    Map<String, Long> published = new HashMap<>();
    for (Article a : brief.sources()) published.put(a.id(), Dates.second(a.date()));
    lead.sort(
        Comparator.comparingLong(
                (Integer i) ->
                    brief.units().get(i).sources().stream()
                        .mapToLong(s -> published.getOrDefault(s, Dates.UNKNOWN_SECOND))
                        .min()
                        .orElse(Dates.UNKNOWN_SECOND))
            .thenComparingInt(i -> i));
    return lead;
  }

  /** The given families, each article once, in the brief's source order; articles of none alone. */
  private static List<List<String>> known(Brief brief, List<List<String>> families) {
    Map<String, Integer> given = new HashMap<>();
    for (int f = 0; f < families.size(); f++) for (String a : families.get(f)) given.put(a, f);
    Map<Integer, List<String>> byFamily = new java.util.LinkedHashMap<>();
    List<List<String>> out = new ArrayList<>();
    for (Article a : brief.sources()) {
      Integer f = given.get(a.id());
      if (f == null) out.add(new ArrayList<>(List.of(a.id())));
      else byFamily.computeIfAbsent(f, k -> new ArrayList<>()).add(a.id());
    }
    out.addAll(0, byFamily.values());
    return out;
  }

  /** Families found in the brief: articles linked by {@link #FAMILY_SHARED} shared units. */
  private static List<List<String>> families(Brief brief) {
    List<String> ids = brief.sources().stream().map(Article::id).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
    int n = ids.size();
    int[][] shared = new int[n][n];
    for (Unit u : brief.units()) {
      List<String> s = u.sources();
      for (int x = 0; x < s.size(); x++) {
        for (int y = x + 1; y < s.size(); y++) {
          shared[index.get(s.get(x))][index.get(s.get(y))]++;
        }
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (shared[i][j] >= FAMILY_SHARED) parent[root(parent, i)] = root(parent, j);
      }
    }
    Map<Integer, List<String>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++)
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(ids.get(i));
    return new ArrayList<>(groups.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
}
