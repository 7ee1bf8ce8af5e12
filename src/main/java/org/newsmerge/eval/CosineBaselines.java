package org.newsmerge.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsmerge.event.EventTerms;
import org.newsmerge.event.TermBag;
import org.newsmerge.text.Normalizer;

/**
 * Pairwise cosines of rated pairs' texts, beside a batch's grouping ({@link EventEvaluation}): a
 * plain TF-IDF cosine of words with the threshold that best separates same-event from
 * different-event pairs, and two ceilings: the most same-event pairs any one threshold of a cosine,
 * of words or of the batch's own event terms, groups while it groups at most {@link
 * #DIFFERENT_TARGET} of the different ones, that threshold chosen on the very pairs it is scored
 * on. How far word counts can go on these pairs at that precision. Pure.
 */
public final class CosineBaselines {

  private CosineBaselines() {}

  /**
   * A pairwise cosine baseline: the shares of pairs whose two texts reach {@code threshold}.
   *
   * @param label what the cosine is of, and how its threshold was chosen
   */
  public record Baseline(
      String label, EventEvaluation.Rates mono, EventEvaluation.Rates cross, double threshold) {}

  /**
   * The share of different-event pairs a grouping may put in one story: the precision target the
   * event threshold was chosen for (docs/quality.md, "Stories are events").
   */
  public static final double DIFFERENT_TARGET = 0.03;

  /** Each text's words (of its matching key, longer than two letters), counted. */
  static List<Map<Object, Double>> words(List<String> texts) {
    List<Map<Object, Double>> out = new ArrayList<>();
    for (String text : texts) {
      Map<Object, Double> counts = new HashMap<>();
      for (String w : Normalizer.key(text).split(" "))
        if (w.length() > 2) counts.merge(w, 1.0, Double::sum);
      out.add(counts);
    }
    return out;
  }

  /**
   * Each text's event terms, as a batch counts them ({@link EventTerms}: Arabic light-stemmed, the
   * Latin-script languages' words cut to prefixes, stop words out).
   */
  static List<Map<Object, Double>> eventTerms(List<String> texts) {
    List<Map<Object, Double>> out = new ArrayList<>();
    for (String text : texts) {
      List<String> keys = List.of(Normalizer.key(text));
      TermBag bag = EventTerms.of(EventTerms.language("", keys), "", keys);
      Map<Object, Double> counts = new HashMap<>();
      for (int i = 0; i < bag.size(); i++) counts.put(bag.terms()[i], (double) bag.weights()[i]);
      out.add(counts);
    }
    return out;
  }

  /**
   * Each pair's TF-IDF cosine ({@code (1 + ln tf) * ln(N / df)}, each vector of length 1) over the
   * counted terms of the texts.
   */
  static double[] cosines(
      List<String> ids, List<Map<Object, Double>> tf, List<EventEvaluation.Pair> pairs) {
    Map<Object, Integer> df = new HashMap<>();
    for (Map<Object, Double> counts : tf)
      counts.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
    int n = tf.size();
    Map<String, Map<Object, Double>> vectors = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Map<Object, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<Object, Double> e : tf.get(i).entrySet()) {
        double w = (1 + Math.log(e.getValue())) * Math.log((double) n / df.get(e.getKey()));
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
      v.replaceAll((k, w) -> w * scale);
      vectors.put(ids.get(i), v);
    }
    double[] cos = new double[pairs.size()];
    for (int i = 0; i < cos.length; i++) {
      Map<Object, Double> a = vectors.getOrDefault(pairs.get(i).a(), Map.of());
      Map<Object, Double> b = vectors.getOrDefault(pairs.get(i).b(), Map.of());
      double dot = 0;
      for (Map.Entry<Object, Double> e : a.entrySet())
        dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
      cos[i] = dot;
    }
    return cos;
  }

  /**
   * The baseline of a plain TF-IDF cosine of words: its threshold tuned on the monolingual pairs to
   * the most same-event pairs less different-event pairs.
   */
  static Baseline tuned(double[] cos, List<EventEvaluation.Pair> pairs) {
    double best = 0;
    double bestGap = -1;
    for (int step = 1; step < 100; step++) {
      double t = step / 100.0;
      EventEvaluation.Rates r = rates(pairs, cos, t, false);
      double gap = r.sameRate() - r.differentRate();
      if (gap > bestGap + 1e-12) {
        bestGap = gap;
        best = t;
      }
    }
    return baseline(String.format(Locale.ROOT, "  TF-IDF >= %.2f", best), cos, pairs, best);
  }

  /**
   * A cosine's best at the precision target: the lowest threshold (in steps of 0.005) at which at
   * most {@link #DIFFERENT_TARGET} of the monolingual different-event pairs reach it, chosen on the
   * pairs it is scored on. No one threshold of that cosine groups more same-event pairs at that
   * precision: a ceiling for grouping by it, not a fair estimate.
   */
  static Baseline atTarget(String what, double[] cos, List<EventEvaluation.Pair> pairs) {
    double t = 0.005;
    while (t < 1 && rates(pairs, cos, t, false).differentRate() > DIFFERENT_TARGET) t += 0.005;
    return baseline(String.format(Locale.ROOT, "  %s >= %.3f", what, t), cos, pairs, t);
  }

  private static Baseline baseline(
      String label, double[] cos, List<EventEvaluation.Pair> pairs, double t) {
    return new Baseline(label, rates(pairs, cos, t, false), rates(pairs, cos, t, true), t);
  }

  private static EventEvaluation.Rates rates(
      List<EventEvaluation.Pair> pairs, double[] cos, double threshold, boolean cross) {
    EventEvaluation.Rates r = new EventEvaluation.Rates(0, 0, 0, 0);
    for (int i = 0; i < cos.length; i++)
      if (pairs.get(i).crossLingual() == cross)
        r = EventEvaluation.add(r, pairs.get(i), cos[i] >= threshold);
    return r;
  }
}
