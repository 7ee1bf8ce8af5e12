package org.newsmerge.lead;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmerge.event.EventTerms;
import org.newsmerge.event.TermBag;
import org.newsmerge.merge.Unit;
import org.newsmerge.text.Normalizer;

/**
 * The content words of a brief's units as TF-IDF vectors of unit length: each unit's shown sentence
 * run through the analyser of the brief's language ({@link EventTerms}: stop words out, light
 * stemming or prefixes), each term weighted by how rare it is among the brief's units. Pure.
 *
 * @param vectors each unit's vector, of unit length (empty for a unit of no content word)
 * @param sizes each unit's number of distinct content terms
 * @param centroid the mean of the vectors, of unit length: what the story is about
 */
public record UnitTerms(List<TermBag> vectors, int[] sizes, TermBag centroid) {

  /** The terms of {@code units}, weighted by their rarity among them. */
  public static UnitTerms of(List<Unit> units) {
    List<String> keys = units.stream().map(u -> Normalizer.key(u.text())).toList();
    EventTerms.Language language = EventTerms.language("", keys);
    TermBag[] bags = new TermBag[units.size()];
    Map<Integer, Integer> df = new HashMap<>();
    for (int i = 0; i < bags.length; i++) {
      bags[i] = EventTerms.ofSentence(language, keys.get(i));
      for (int t : bags[i].terms()) df.merge(t, 1, Integer::sum);
    }
    int n = bags.length;
    int[] sizes = new int[n];
    Map<Integer, Double> sum = new HashMap<>();
    List<TermBag> vectors = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int[] terms = bags[i].terms();
      float[] w = new float[terms.length];
      for (int k = 0; k < terms.length; k++) {
        double idf = Math.log((n + 1.0) / (df.get(terms[k]) + 0.5));
        w[k] = (float) (bags[i].weights()[k] * Math.max(idf, 0.1));
      }
      TermBag v = new TermBag(terms, w).unit();
      vectors.add(v);
      sizes[i] = terms.length;
      for (int k = 0; k < terms.length; k++)
        sum.merge(terms[k], (double) v.weights()[k], Double::sum);
    }
    int[] terms = sum.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] weights = new float[terms.length];
    for (int k = 0; k < terms.length; k++) weights[k] = sum.get(terms[k]).floatValue();
    return new UnitTerms(List.copyOf(vectors), sizes, new TermBag(terms, weights).unit());
  }

  /** The cosine of units a and b. */
  public double cosine(int a, int b) {
    return vectors.get(a).dot(vectors.get(b));
  }

  /**
   * How much of the unit with fewer content terms the other holds: the weight of their common terms
   * over that unit's whole weight (squared weights, as its vector has length 1). A short sentence
   * whose every word a longer one uses scores 1, however much more the longer one says.
   */
  public double containment(int a, int b) {
    TermBag x = sizes[a] <= sizes[b] ? vectors.get(a) : vectors.get(b);
    TermBag y = x == vectors.get(a) ? vectors.get(b) : vectors.get(a);
    double common = 0;
    int i = 0;
    int j = 0;
    while (i < x.size() && j < y.size()) {
      if (x.terms()[i] < y.terms()[j]) i++;
      else if (x.terms()[i] > y.terms()[j]) j++;
      else {
        common += (double) x.weights()[i] * x.weights()[i];
        i++;
        j++;
      }
    }
    return common;
  }

  /** How near unit {@code i} is to what the story is about. */
  public double centrality(int i) {
    return vectors.get(i).dot(centroid);
  }
}
