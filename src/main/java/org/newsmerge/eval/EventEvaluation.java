package org.newsmerge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import org.newsmerge.batch.Progress;
import org.newsmerge.event.EventTerms;
import org.newsmerge.event.TermBag;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Story;
import org.newsmerge.text.Normalizer;

/**
 * How well a batch run's stories are events, on human-rated pairs of news articles (SemEval-2022
 * Task 8: {@code overall} from 1, the same event, to 4, very dissimilar): the share of pairs rated
 * {@code <= 1.5} that one batch run over all the articles puts in one story, and the share of pairs
 * rated {@code >= 3.5} it does, monolingual pairs and cross-lingual ones apart. Beside it, a plain
 * TF-IDF cosine over the texts (words of the matching keys, {@code (1 + ln tf) * ln(N / df)}) with
 * the threshold that best separates the two on these same pairs (most same-event pairs less
 * different-event pairs): the baseline the grouping should beat on precision. And two ceilings: the
 * most same-event pairs any one threshold of a pairwise TF-IDF cosine, of words and of the batch's
 * own event terms, groups while it groups at most {@link #DIFFERENT_TARGET} of the different ones,
 * the threshold chosen on the very pairs it is scored on: how far word counts can go on these pairs
 * at that precision.
 */
public final class EventEvaluation {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventEvaluation() {}

  /** One rated pair: whether it is cross-lingual, its rating, and the two article ids. */
  record Pair(String langs, boolean crossLingual, double overall, String a, String b) {}

  /** Shares of pairs in one story: same-event ({@code <= 1.5}) and different ({@code >= 3.5}). */
  public record Rates(int same, int sameTogether, int different, int differentTogether) {
    public double sameRate() {
      return same == 0 ? 0 : (double) sameTogether / same;
    }

    public double differentRate() {
      return different == 0 ? 0 : (double) differentTogether / different;
    }
  }

  /** What one evaluation measured. */
  public record Result(
      Rates mono,
      Rates cross,
      Map<String, Rates> byLanguage,
      List<String> wrong,
      Baseline baseline,
      List<Baseline> ceilings,
      int articles,
      int stories,
      int largest,
      long millis) {}

  /** Runs the grouping of {@code settings} over {@code folder}'s articles and scores its pairs. */
  public static Result run(Path folder, BatchSettings settings) {
    Path articles = folder.resolve("articles.jsonl");
    List<Pair> pairs = pairs(folder.resolve("pairs.jsonl"));
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (JsonNode n : lines(articles)) {
      ids.add(n.path("id").asText());
      texts.add(n.path("content").asText(""));
    }
    long start = System.nanoTime();
    BatchRun.Plan plan = new BatchRun(settings, Progress.NONE).plan(List.of(articles));
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : plan.stories())
      for (ArticleRef a : s.articles()) storyOf.put(ids.get(a.index()), s.id());
    Map<String, String> together = new HashMap<>();
    for (ArticleRef a : plan.articles())
      together.putIfAbsent(ids.get(a.index()), storyOf.getOrDefault(ids.get(a.index()), ""));
    Map<String, Rates> byLanguage = new java.util.TreeMap<>();
    Rates mono = new Rates(0, 0, 0, 0);
    Rates cross = new Rates(0, 0, 0, 0);
    List<String> wrong = new ArrayList<>();
    Map<String, String> textOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) textOf.put(ids.get(i), texts.get(i));
    for (Pair p : pairs) {
      String sa = together.getOrDefault(p.a(), "");
      boolean same = !sa.isEmpty() && sa.equals(together.get(p.b()));
      if (p.overall() <= 1.5 && !same || p.overall() >= 3.5 && same) {
        wrong.add(
            String.format(
                Locale.ROOT,
                "%s %s %.1f %s%n  %s: %s%n  %s: %s",
                p.langs(),
                same ? "together, rated different" : "apart, rated the same event",
                p.overall(),
                "",
                p.a(),
                head(textOf.get(p.a())),
                p.b(),
                head(textOf.get(p.b()))));
      }
      if (p.crossLingual()) cross = add(cross, p, same);
      else mono = add(mono, p, same);
      byLanguage.put(
          p.langs(), add(byLanguage.getOrDefault(p.langs(), new Rates(0, 0, 0, 0)), p, same));
    }
    double[] words = cosines(ids, words(texts), pairs);
    Baseline baseline = tuned(words, pairs);
    List<Baseline> ceilings =
        List.of(
            atTarget("words", words, pairs),
            atTarget("event terms", cosines(ids, eventTerms(texts), pairs), pairs));
    int largest = plan.stories().stream().mapToInt(s -> s.articles().size()).max().orElse(0);
    return new Result(
        mono,
        cross,
        byLanguage,
        wrong,
        baseline,
        ceilings,
        plan.articles().size(),
        plan.stories().size(),
        largest,
        millis);
  }

  private static String head(String text) {
    String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return t.length() <= 160 ? t : t.substring(0, 160) + "…";
  }

  private static Rates add(Rates r, Pair p, boolean together) {
    if (p.overall() <= 1.5)
      return new Rates(
          r.same + 1, r.sameTogether + (together ? 1 : 0), r.different, r.differentTogether);
    if (p.overall() >= 3.5)
      return new Rates(
          r.same, r.sameTogether, r.different + 1, r.differentTogether + (together ? 1 : 0));
    return r;
  }

  /**
   * A pairwise cosine baseline: the shares of pairs whose two texts reach {@code threshold}.
   *
   * @param label what the cosine is of, and how its threshold was chosen
   */
  public record Baseline(String label, Rates mono, Rates cross, double threshold) {}

  /**
   * The share of different-event pairs a grouping may put in one story: the precision target the
   * event threshold was chosen for (README, "Quality, measured").
   */
  public static final double DIFFERENT_TARGET = 0.03;

  /** Each text's words (of its matching key, longer than two letters), counted. */
  private static List<Map<Object, Double>> words(List<String> texts) {
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
  private static List<Map<Object, Double>> eventTerms(List<String> texts) {
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
  private static double[] cosines(
      List<String> ids, List<Map<Object, Double>> tf, List<Pair> pairs) {
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
  private static Baseline tuned(double[] cos, List<Pair> pairs) {
    double best = 0;
    double bestGap = -1;
    for (int step = 1; step < 100; step++) {
      double t = step / 100.0;
      Rates r = rates(pairs, cos, t, false);
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
  private static Baseline atTarget(String what, double[] cos, List<Pair> pairs) {
    double t = 0.005;
    while (t < 1 && rates(pairs, cos, t, false).differentRate() > DIFFERENT_TARGET) t += 0.005;
    return baseline(String.format(Locale.ROOT, "  %s >= %.3f", what, t), cos, pairs, t);
  }

  private static Baseline baseline(String label, double[] cos, List<Pair> pairs, double t) {
    return new Baseline(label, rates(pairs, cos, t, false), rates(pairs, cos, t, true), t);
  }

  private static Rates rates(List<Pair> pairs, double[] cos, double threshold, boolean cross) {
    Rates r = new Rates(0, 0, 0, 0);
    for (int i = 0; i < cos.length; i++)
      if (pairs.get(i).crossLingual() == cross) r = add(r, pairs.get(i), cos[i] >= threshold);
    return r;
  }

  private static List<Pair> pairs(Path file) {
    List<Pair> out = new ArrayList<>();
    for (JsonNode n : lines(file)) {
      String l1 = n.path("lang1").asText();
      String l2 = n.path("lang2").asText();
      out.add(
          new Pair(
              l1.equals(l2) ? l1 : l1 + "-" + l2,
              !l1.equals(l2),
              n.path("overall").asDouble(),
              n.path("a").asText(),
              n.path("b").asText()));
    }
    return out;
  }

  private static List<JsonNode> lines(Path file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8))
        if (!line.isBlank()) out.add(JSON.readTree(line));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Prints the result: the grouping beside the baseline, then per language. */
  public static void print(Result r, BatchSettings settings, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%d articles, %d stories (largest %d), grouped in %.1f s; event threshold %.2f%n",
        r.articles(),
        r.stories(),
        r.largest(),
        r.millis() / 1000.0,
        settings.events().threshold());
    out.printf(
        Locale.ROOT, "%-24s %8s %10s %8s %10s%n", "", "same", "in story", "differ", "in story");
    row(out, "monolingual: newsmerge", r.mono());
    row(out, r.baseline().label(), r.baseline().mono());
    out.printf(
        Locale.ROOT,
        "TF-IDF pairwise, the lowest threshold that groups at most %.2f of different pairs:%n",
        DIFFERENT_TARGET);
    for (Baseline c : r.ceilings()) row(out, c.label(), c.mono());
    row(out, "cross-lingual: newsmerge", r.cross());
    row(out, "  TF-IDF", r.baseline().cross());
    for (Map.Entry<String, Rates> e : r.byLanguage().entrySet())
      row(out, "  " + e.getKey(), e.getValue());
    out.flush();
  }

  private static void row(PrintWriter out, String label, Rates r) {
    out.printf(
        Locale.ROOT,
        "%-24s %8d %10.3f %8d %10.3f%n",
        label,
        r.same(),
        r.sameRate(),
        r.different(),
        r.differentRate());
  }
}
