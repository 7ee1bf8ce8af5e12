package org.newsmerge.pipeline;

import com.google.common.base.Utf8;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.newsmerge.align.Analysis;
import org.newsmerge.cluster.StoryGrouper;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Merger;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Rejected;
import org.newsmerge.model.Story;
import org.newsmerge.render.BatchIndex;
import org.newsmerge.render.BriefFormat;

/**
 * A batch run over archives: read every article, group the articles into stories, write one brief
 * per story of two or more articles, then the index and the manifest.
 *
 * <p>Stages and why in this order: reading must finish before ids are final; sketching needs only
 * one article at a time and runs in parallel; candidates and verification need every sketch;
 * grouping needs every verified pair; merging needs only one story at a time and runs in parallel.
 * Output is byte-identical whatever the thread count: every parallel stage writes into slots by
 * index, and every list is sorted before it is written.
 *
 * <p>Resumable: each file is written whole to a temporary name and moved into place, a story's
 * {@code .done} marker (holding a fingerprint of its articles and settings) is written after its
 * briefs, and a rerun skips stories whose marker matches. The manifest is written last.
 */
public final class BatchRun {

  private static final String VERSION = "newsmerge-batch-1";

  /** What a run did, with the time of each stage in milliseconds. */
  public record Summary(
      int articles,
      List<Rejected> rejectedInputs,
      int stories,
      int alone,
      int largest,
      int boilerplateGroups,
      int reusedBriefs,
      long textBytes,
      Map<String, Long> stageMillis) {
    public int rejected() {
      return rejectedInputs.size();
    }
  }

  private final BatchSettings settings;
  private final Progress progress;
  private final Map<String, Long> times = new LinkedHashMap<>();

  public BatchRun(BatchSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public Summary run(List<Path> inputs, Path out) {
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try {
      long t = System.nanoTime();
      progress.stage("read", 0);
      Corpus corpus = ArticleReader.read(inputs);
      progress.end();
      t = lap("read", t);
      List<Article> articles = corpus.articles();

      int[] storyOf;
      int boilerplate = 0;
      if (settings.groupBy() == BatchSettings.GroupBy.FOLDER) {
        storyOf = byFolder(articles);
      } else {
        progress.stage("sketch", articles.size());
        ArchiveSketches sketches =
            ArchiveSketches.build(articles, settings, parallel(pool), progress);
        progress.end();
        t = lap("sketch", t);
        long[] pairs = sketches.verifiedPairs(parallel(pool));
        t = lap("candidates", t);
        long[] days = articles.stream().mapToLong(a -> ArticleDates.epochDay(a.date())).toArray();
        StoryGrouper.Result grouped =
            StoryGrouper.group(
                sketches.articleOf(),
                articles.size(),
                pairs,
                sketches.crowded(),
                sketches.linkablePerArticle(),
                settings.maxDf(),
                settings.minShared(),
                settings.minSharedFraction(),
                (a, b) -> withinWindow(days[a], days[b]));
        storyOf = grouped.storyOf();
        boilerplate = grouped.boilerplateGroups();
      }
      List<Story> stories = stories(articles, storyOf);
      t = lap("group", t);

      progress.stage("merge", stories.size());
      int reused = writeBriefs(stories, out, pool);
      progress.end();
      t = lap("merge", t);

      removeLeftovers(out);
      Map<String, String> storyOfArticle = new TreeMap<>();
      for (Story s : stories) for (Article a : s.articles()) storyOfArticle.put(a.id(), s.id());
      BriefFormat.atomically(
          out.resolve("index.html"), w -> BatchIndex.writeHtml(stories, settings.formats(), w));
      BriefFormat.atomically(
          out.resolve("manifest.json"),
          w ->
              BatchIndex.writeManifest(
                  stories,
                  articles,
                  corpus.rejected(),
                  storyOfArticle,
                  settings.describe(),
                  settings.formats(),
                  w));
      lap("index", t);
      int largest = stories.stream().mapToInt(s -> s.articles().size()).max().orElse(0);
      int inStories = stories.stream().mapToInt(s -> s.articles().size()).sum();
      long bytes = articles.stream().mapToLong(a -> Utf8.encodedLength(a.text())).sum();
      return new Summary(
          articles.size(),
          corpus.rejected(),
          stories.size(),
          articles.size() - inStories,
          largest,
          boilerplate,
          reused,
          bytes,
          times);
    } finally {
      pool.shutdown();
    }
  }

  private long lap(String stage, long since) {
    long now = System.nanoTime();
    times.put(stage, (now - since) / 1_000_000);
    return now;
  }

  private boolean withinWindow(long a, long b) {
    if (settings.window() == null || a == ArticleDates.UNKNOWN || b == ArticleDates.UNKNOWN)
      return true;
    return Math.abs(a - b) <= settings.window().toDays();
  }

  /** Runs {@code body} for {@code 0..n-1} on the pool's threads. */
  static Parallel parallel(ForkJoinPool pool) {
    return (n, body) -> {
      try {
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        throw new IllegalStateException(e.getCause());
      }
    };
  }

  /** A parallel loop over indexes. */
  @FunctionalInterface
  interface Parallel {
    void forEach(int n, IntConsumer body);
  }

  private static int[] byFolder(List<Article> articles) {
    Map<String, Integer> first = new LinkedHashMap<>();
    int[] storyOf = new int[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      String path = articles.get(i).path();
      int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
      String folder = cut < 0 ? "" : path.substring(0, cut);
      storyOf[i] = first.computeIfAbsent(folder, f -> articles.size() + first.size());
    }
    return storyOf;
  }

  private static List<Story> stories(List<Article> articles, int[] storyOf) {
    Map<Integer, List<Article>> groups = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      groups.computeIfAbsent(storyOf[i], k -> new ArrayList<>()).add(articles.get(i));
    }
    List<Story> stories = new ArrayList<>();
    for (List<Article> members : groups.values()) {
      if (members.size() < 2) continue;
      String joined = String.join(",", members.stream().map(Article::id).sorted().toList());
      stories.add(
          new Story(
              "s"
                  + Hashing.sha256()
                      .hashString(joined, StandardCharsets.UTF_8)
                      .toString()
                      .substring(0, 12),
              members));
    }
    stories.sort(Comparator.comparing(Story::id));
    return stories;
  }

  private int writeBriefs(List<Story> stories, Path out, ForkJoinPool pool) {
    int[] reused = new int[stories.size()];
    parallel(pool)
        .forEach(
            stories.size(),
            i -> {
              Story story = stories.get(i);
              Path dir = out.resolve(story.id());
              Path marker = dir.resolve(".done");
              String fingerprint = fingerprint(story);
              removeLeftovers(dir);
              if (fingerprint.equals(read(marker))) {
                reused[i] = 1;
              } else {
                Analysis analysis =
                    Pipeline.analyse(
                        new Corpus(story.articles(), List.<Rejected>of()), settings.overlaps());
                Brief brief = new Merger(settings.overlaps().threshold()).merge(analysis);
                BriefFormat.writeAll(brief, dir, settings.formats());
                BriefFormat.atomically(marker, w -> write(w, fingerprint));
              }
              progress.step(1);
            });
    return IntStream.of(reused).sum();
  }

  /** Deletes temporary files a killed run left in {@code dir} (never a finished file). */
  private static void removeLeftovers(Path dir) {
    if (!Files.isDirectory(dir)) return;
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".tmp")) Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String fingerprint(Story story) {
    StringBuilder s =
        new StringBuilder(VERSION).append('\n').append(settings.overlaps()).append('\n');
    s.append(settings.formats().stream().sorted().toList()).append('\n');
    for (Article a : story.articles())
      s.append(a.id()).append(' ').append(a.path()).append('#').append(a.index()).append('\n');
    return Hashing.sha256().hashString(s, StandardCharsets.UTF_8).toString();
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void write(java.io.Writer w, String s) {
    try {
      w.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
