package org.newsmerge.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.merge.Brief;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.pipeline.Pipeline;

/**
 * Merges sampled multi-outlet stories and the seeds, measures each brief and the first-come
 * baseline, and prints a Markdown table of the figures and their means.
 */
public final class BriefEvaluation {

  /** Figures of one story: the merger's and the baseline's. */
  public record Row(
      String name, int articles, int outlets, BriefMetrics merged, BriefMetrics baseline) {}

  private BriefEvaluation() {}

  /**
   * Evaluates up to {@code limit} stories, drawn evenly from the archives (the first ones of each,
   * in path order), plus {@code seeds} as one story.
   */
  public static List<Row> run(
      List<Path> archives, Path seeds, int limit, OverlapSettings settings) {
    List<Row> rows = new ArrayList<>();
    if (seeds != null)
      rows.add(row("seeds", ArticleReader.read(List.of(seeds)).articles(), settings));
    List<Row> stories = new ArrayList<>();
    int perArchive = (limit + archives.size() - 1) / Math.max(1, archives.size());
    for (Path archive : archives) {
      if (stories.size() >= limit) break;
      Analysis day = Pipeline.analyse(ArticleReader.read(List.of(archive)), settings);
      int taken = 0;
      for (List<Article> story : StorySampler.stories(day, 12)) {
        if (stories.size() >= limit || taken++ >= perArchive) break;
        stories.add(row(archive.getFileName() + " " + story.get(0).id(), story, settings));
      }
    }
    rows.addAll(stories);
    return rows;
  }

  private static Row row(String name, List<Article> articles, OverlapSettings settings) {
    Analysis analysis = Pipeline.analyse(new Corpus(articles, List.of()), settings);
    Brief brief = Pipeline.brief(analysis, settings);
    long outlets = articles.stream().map(Article::source).distinct().count();
    return new Row(
        name,
        articles.size(),
        (int) outlets,
        BriefMetrics.measure(brief, analysis.sentences()),
        BriefMetrics.measure(FirstComeDedup.brief(analysis), analysis.sentences()));
  }

  public static void print(List<Row> rows, PrintWriter out) {
    out.println(
        "| story | articles | outlets | coverage | redundant pairs | attribution P | attribution R | mean tau | min tau | compression | baseline coverage | baseline tau | baseline compression |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.3f | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
          r.name(),
          r.articles(),
          r.outlets(),
          r.merged().coverage(),
          r.merged().redundantPairs(),
          r.merged().attributionPrecision(),
          r.merged().attributionRecall(),
          r.merged().meanTau(),
          r.merged().minTau(),
          r.merged().compression(),
          r.baseline().coverage(),
          r.baseline().meanTau(),
          r.baseline().compression());
    }
    List<Row> stories = rows.stream().filter(r -> !r.name().equals("seeds")).toList();
    if (stories.isEmpty()) return;
    out.printf(
        Locale.ROOT,
        "| **mean of %d stories** | %.1f | %.1f | %.3f | %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
        stories.size(),
        mean(stories, r -> r.articles()),
        mean(stories, r -> r.outlets()),
        mean(stories, r -> r.merged().coverage()),
        mean(stories, r -> r.merged().redundantPairs()),
        mean(stories, r -> r.merged().attributionPrecision()),
        mean(stories, r -> r.merged().attributionRecall()),
        mean(stories, r -> r.merged().meanTau()),
        mean(stories, r -> r.merged().minTau()),
        mean(stories, r -> r.merged().compression()),
        mean(stories, r -> r.baseline().coverage()),
        mean(stories, r -> r.baseline().meanTau()),
        mean(stories, r -> r.baseline().compression()));
    out.flush();
  }

  public static double mean(List<Row> rows, ToDoubleFunction<Row> f) {
    return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
  }
}
