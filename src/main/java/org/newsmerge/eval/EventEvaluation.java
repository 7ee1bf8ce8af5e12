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
 * different-event pairs): the baseline the grouping should beat on precision.
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
      Rates baselineMono,
      Rates baselineCross,
      double baselineThreshold,
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
    Baseline baseline = baseline(ids, texts, pairs);
    int largest = plan.stories().stream().mapToInt(s -> s.articles().size()).max().orElse(0);
    return new Result(
        mono,
        cross,
        byLanguage,
        wrong,
        baseline.mono,
        baseline.cross,
        baseline.threshold,
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

  private record Baseline(Rates mono, Rates cross, double threshold) {}

  /** The TF-IDF cosine baseline, its threshold tuned on the monolingual pairs. */
  private static Baseline baseline(List<String> ids, List<String> texts, List<Pair> pairs) {
    List<Map<String, Double>> tf = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (String text : texts) {
      Map<String, Double> counts = new HashMap<>();
      for (String w : Normalizer.key(text).split(" "))
        if (w.length() > 2) counts.merge(w, 1.0, Double::sum);
      tf.add(counts);
      counts.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
    }
    int n = texts.size();
    Map<String, Map<String, Double>> vectors = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Double> e : tf.get(i).entrySet()) {
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
      Map<String, Double> a = vectors.getOrDefault(pairs.get(i).a(), Map.of());
      Map<String, Double> b = vectors.getOrDefault(pairs.get(i).b(), Map.of());
      double dot = 0;
      for (Map.Entry<String, Double> e : a.entrySet())
        dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
      cos[i] = dot;
    }
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
    return new Baseline(rates(pairs, cos, best, false), rates(pairs, cos, best, true), best);
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
    row(
        out,
        String.format(Locale.ROOT, "  TF-IDF >= %.2f", r.baselineThreshold()),
        r.baselineMono());
    row(out, "cross-lingual: newsmerge", r.cross());
    row(out, "  TF-IDF", r.baselineCross());
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
