package org.newsmerge.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;
import org.newsmerge.text.Figure;
import org.newsmerge.text.FigureReader;

/**
 * Chooses a brief's lead: the units whose fact most outlets report, central to the story and near
 * the top of their articles, none stating a fact another already states.
 *
 * <p>Each unit scores its fact's reach (the outlets that carry it, or state it in other words: the
 * weight a reader's pyramid of the story's facts gives it, Nenkova and Passonneau 2004) times its
 * closeness to the story's centroid (MEAD, Radev et al. 2004) and a bonus for standing early in its
 * articles (news writing puts the main facts first), over the square root of its length, so that a
 * long sentence pays for the words it costs (budgeted coverage, Lin and Bilmes 2011). Units are
 * taken best first, each skipped when it is linked to, conflicts with, resembles (cosine {@link
 * #REDUNDANT}) or gives the same count of the same thing as one taken (maximal marginal relevance,
 * Carbonell and Goldstein 1998: two sentences that give one age, toll or price repeat a fact),
 * until the lead has {@link #WORDS} words or {@link #MAX_UNITS} units. Pure.
 */
final class LeadSelector {

  /** Most units a lead holds; a brief shows as many of them as it is asked for. */
  static final int MAX_UNITS = 10;

  /**
   * Words from which a lead is whole: it ends with the sentence that brings it to this many (80 to
   * 160 words, the length of a news brief's opening paragraph or two, read in under a minute).
   */
  static final int WORDS = 80;

  /** Cosine from which a unit repeats one taken. */
  static final double REDUNDANT = 0.35;

  /** Sentences shorter or longer than this (in words) do not open a brief. */
  static final int MIN_WORDS = 8;

  static final int LONGEST = 80;

  private LeadSelector() {}

  /**
   * The lead's units, best first. {@code outlet} gives each article's outlet, {@code family} its
   * family; {@code links} and {@code conflicts} are the brief's facts in other words and
   * discrepancies across outlets.
   */
  static List<Integer> select(
      List<Unit> units,
      UnitTerms terms,
      List<Brief.FactLink> links,
      List<Brief.CrossConflict> conflicts,
      Map<String, String> outlet,
      Map<String, Integer> family) {
    int n = units.size();
    // Each unit's fact in other words (linked), and every unit it must not share a lead with
    // (near).
    List<Set<Integer>> linked = new ArrayList<>();
    List<Set<Integer>> near = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      linked.add(new HashSet<>());
      near.add(new HashSet<>());
    }
    for (Brief.FactLink f : links) {
      linked.get(f.a()).add(f.b());
      linked.get(f.b()).add(f.a());
      near.get(f.a()).add(f.b());
      near.get(f.b()).add(f.a());
    }
    for (Brief.CrossConflict c : conflicts) {
      near.get(c.a()).add(c.b());
      near.get(c.b()).add(c.a());
    }
    double[] score = new double[n];
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      words[i] = words(units.get(i).text());
      Set<String> outlets = new LinkedHashSet<>();
      Set<Integer> families = new LinkedHashSet<>();
      List<Integer> stating = new ArrayList<>(List.of(i));
      stating.addAll(linked.get(i));
      for (int j : stating) {
        for (String a : units.get(j).sources()) {
          outlets.add(outlet.getOrDefault(a, a));
          families.add(family.getOrDefault(a, -1));
        }
      }
      double reach = outlets.size() + 0.5 * families.size();
      double early = 1.0 / (1.0 + 0.15 * firstPlace(units.get(i)));
      score[i] = reach * (0.3 + Math.max(0, terms.centrality(i))) * early / Math.sqrt(words[i]);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (words[i] >= MIN_WORDS && words[i] <= LONGEST && terms.sizes()[i] >= 3) order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
    List<Integer> lead = new ArrayList<>();
    Map<Integer, List<Figure>> figures = new HashMap<>();
    int total = 0;
    for (int i : order) {
      if (lead.size() == MAX_UNITS || total >= WORDS) break;
      boolean repeats = false;
      for (int j : lead) {
        if (near.get(i).contains(j)
            || terms.cosine(i, j) >= REDUNDANT
            || countSame(units, figures, i, j)) {
          repeats = true;
          break;
        }
      }
      if (repeats) continue;
      lead.add(i);
      total += words[i];
    }
    return lead;
  }

  /** Whether units i and j give one count of one thing (their figures read once, when asked). */
  private static boolean countSame(
      List<Unit> units, Map<Integer, List<Figure>> figures, int i, int j) {
    String a = units.get(i).text();
    String b = units.get(j).text();
    return FactLinker.countSame(
        a,
        figures.computeIfAbsent(i, k -> FigureReader.figures(a)),
        b,
        figures.computeIfAbsent(j, k -> FigureReader.figures(b)));
  }

  /** The earliest place the unit's sentence holds in any article that carries it (0: first). */
  private static int firstPlace(Unit u) {
    int first = Integer.MAX_VALUE;
    for (Unit.Member m : u.members()) first = Math.min(first, m.sentence().index());
    return first;
  }

  /** Words of {@code text}: runs of letters or digits. */
  static int words(String text) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean word = Character.isLetterOrDigit(c);
      if (word && !in) count++;
      in = word;
      i += Character.charCount(c);
    }
    return count;
  }
}
