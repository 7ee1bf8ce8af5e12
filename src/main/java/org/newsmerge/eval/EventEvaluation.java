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

/**
 * How well a batch run's stories are events, on human-rated pairs of news articles (SemEval-2022
 * Task 8: {@code overall} from 1, the same event, to 4, very dissimilar): the share of pairs rated
 * {@code <= 1.5} that one batch run over all the articles puts in one story, and the share of pairs
 * rated {@code >= 3.5} it does, monolingual pairs and cross-lingual ones apart. Beside it, a plain
 * TF-IDF cosine over the texts (words of the matching keys, {@code (1 + ln tf) * ln(N / df)}) with
 * the threshold that best separates the two on these same pairs (most same-event pairs less
 * different-event pairs): the baseline the grouping should beat on precision; and how far word
 * counts could go at the precision target ({@link CosineBaselines}).
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
      CosineBaselines.Baseline baseline,
      List<CosineBaselines.Baseline> ceilings,
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
    double[] words = CosineBaselines.cosines(ids, CosineBaselines.words(texts), pairs);
    CosineBaselines.Baseline baseline = CosineBaselines.tuned(words, pairs);
    List<CosineBaselines.Baseline> ceilings =
        List.of(
            CosineBaselines.atTarget("words", words, pairs),
            CosineBaselines.atTarget(
                "event terms",
                CosineBaselines.cosines(ids, CosineBaselines.eventTerms(texts), pairs),
                pairs));
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

  /** {@code r} with one more pair, counted together or apart. */
  static Rates add(Rates r, Pair p, boolean together) {
    if (p.overall() <= 1.5)
      return new Rates(
          r.same + 1, r.sameTogether + (together ? 1 : 0), r.different, r.differentTogether);
    if (p.overall() >= 3.5)
      return new Rates(
          r.same, r.sameTogether, r.different + 1, r.differentTogether + (together ? 1 : 0));
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
        CosineBaselines.DIFFERENT_TARGET);
    for (CosineBaselines.Baseline c : r.ceilings()) row(out, c.label(), c.mono());
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
