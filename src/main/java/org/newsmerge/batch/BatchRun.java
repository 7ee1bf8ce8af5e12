package org.newsmerge.batch;

import com.google.common.base.Utf8;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.newsmerge.cluster.StoryGrouper;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.model.Article;
import org.newsmerge.model.ArticleRef;
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

  /** Articles sketched together: enough to keep both cores busy, few enough to hold. */
  private static final int CHUNK = 2048;

  /** What a run did, with the time of each stage in milliseconds. */
  public record Summary(
      int articles,
      List<Rejected> rejectedInputs,
      List<ArticleRef> repaired,
      int stories,
      int alone,
      int largest,
      int boilerplateGroups,
      int reusedBriefs,
      int firstCome,
      int staleRemoved,
      long textBytes,
      Map<String, Long> stageMillis) {
    public int rejected() {
      return rejectedInputs.size();
    }
  }

  private final BatchSettings settings;
  private final StoryBriefs briefs;
  private final Progress progress;
  private final Map<String, Long> times = new LinkedHashMap<>();

  public BatchRun(BatchSettings settings, Progress progress) {
    this.settings = settings;
    this.briefs = new StoryBriefs(settings);
    this.progress = progress;
  }

  public Summary run(List<Path> inputs, Path out) {
    // Before any work: a run that cannot write its output should say so at once, not at the end.
    OutputFolder.check(out);
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try {
      long t = System.nanoTime();
      progress.stage("read", 0);
      List<ArticleRef> refs = new ArrayList<>();
      List<Rejected> rejected = new ArrayList<>();
      long[] bytes = {0};
      long[] sketching = {0};
      // Held in a box so that it can be let go before the second pass brings texts back.
      ArchiveSketches[] box = {
        settings.groupBy() == BatchSettings.GroupBy.REUSE ? new ArchiveSketches(settings) : null
      };
      List<Article> chunk = new ArrayList<>(CHUNK);
      Runnable sketchChunk =
          () -> {
            long start = System.nanoTime();
            box[0].add(chunk, parallel(pool));
            sketching[0] += System.nanoTime() - start;
            progress.step(chunk.size());
            chunk.clear();
          };
      // First pass: keep what the index needs and the sketches, never the texts.
      ArticleReader.read(
          inputs,
          settings.read(),
          a -> {
            refs.add(ArticleRef.of(a));
            bytes[0] += Utf8.encodedLength(a.text());
            if (box[0] == null) return;
            chunk.add(a);
            if (chunk.size() == CHUNK) sketchChunk.run();
          },
          rejected::add);
      if (box[0] != null && !chunk.isEmpty()) sketchChunk.run();
      progress.end();
      long now = System.nanoTime();
      times.put("read", (now - t - sketching[0]) / 1_000_000);
      times.put("sketch", sketching[0] / 1_000_000);
      t = now;
      if (refs.isEmpty()) {
        // Nothing could be read: an index of nothing would only hide that.
        return new Summary(0, rejected, List.of(), 0, 0, 0, 0, 0, 0, 0, bytes[0], times);
      }

      int[] storyOf;
      int boilerplate = 0;
      if (box[0] == null) {
        storyOf = byFolder(refs);
      } else {
        StoryGrouper.Result grouped = groupByReuse(box, refs, pool);
        storyOf = grouped.storyOf();
        boilerplate = grouped.boilerplateGroups();
      }
      t = System.nanoTime();
      List<Planned> stories = stories(refs, storyOf);
      times.merge("group", (System.nanoTime() - t) / 1_000_000, Long::sum);
      t = System.nanoTime();

      progress.stage("merge", stories.size());
      Set<String> firstCome = ConcurrentHashMap.newKeySet();
      int reused = writeBriefs(inputs, refs, stories, out, pool, firstCome);
      progress.end();
      t = lap("merge", t);

      BriefFormat.removeLeftovers(out);
      int stale =
          OutputFolder.removeStale(
              out,
              stories.stream().map(p -> p.story().id()).collect(Collectors.toSet()),
              settings.formats());
      List<Story> all = stories.stream().map(Planned::story).toList();
      String[] storyAt = new String[refs.size()];
      for (Planned p : stories) for (int m : p.members()) storyAt[m] = p.story().id();
      List<BatchIndex.Entry> entries = new ArrayList<>();
      for (int i = 0; i < refs.size(); i++)
        entries.add(BatchIndex.Entry.of(refs.get(i), storyAt[i]));
      rejected.forEach(r -> entries.add(BatchIndex.Entry.of(r)));
      entries.sort(BatchIndex.Entry.ORDER);
      BriefFormat.atomically(
          out.resolve("index.html"), w -> BatchIndex.writeHtml(all, settings.formats(), w));
      BriefFormat.atomically(
          out.resolve("manifest.json"),
          w ->
              BatchIndex.writeManifest(
                  all,
                  refs.size(),
                  rejected.size(),
                  new TreeSet<>(firstCome),
                  entries.iterator(),
                  settings.describe(),
                  settings.formats(),
                  w));
      lap("index", t);
      int largest = all.stream().mapToInt(s -> s.articles().size()).max().orElse(0);
      int inStories = all.stream().mapToInt(s -> s.articles().size()).sum();
      return new Summary(
          refs.size(),
          rejected,
          refs.stream().filter(r -> !r.repairs().isEmpty()).toList(),
          all.size(),
          refs.size() - inStories,
          largest,
          boilerplate,
          reused,
          firstCome.size(),
          stale,
          bytes[0],
          times);
    } finally {
      pool.shutdown();
    }
  }

  /** Stories from the sketches, which are let go on the way (the box is emptied). */
  private StoryGrouper.Result groupByReuse(
      ArchiveSketches[] box, List<ArticleRef> refs, ForkJoinPool pool) {
    ArchiveSketches sketches = box[0];
    box[0] = null;
    long t = System.nanoTime();
    long[] pairs = sketches.verifiedPairs(parallel(pool));
    t = lap("candidates", t);
    long[] days = refs.stream().mapToLong(a -> ArticleDates.epochDay(a.date())).toArray();
    StoryGrouper.Result grouped =
        StoryGrouper.group(
            sketches.articleOf(),
            refs.size(),
            pairs,
            sketches.crowded(),
            sketches.linkablePerArticle(),
            settings.maxDf(),
            settings.minShared(),
            settings.minSharedFraction(),
            (a, b) -> settings.withinWindow(days[a], days[b]));
    lap("group", t);
    return grouped;
  }

  private long lap(String stage, long since) {
    long now = System.nanoTime();
    times.put(stage, (now - since) / 1_000_000);
    return now;
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

  private static int[] byFolder(List<ArticleRef> articles) {
    Map<String, Integer> first = new LinkedHashMap<>();
    int[] storyOf = new int[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      String folder = folderOf(articles.get(i).path());
      storyOf[i] = first.computeIfAbsent(folder, f -> articles.size() + first.size());
    }
    return storyOf;
  }

  /** The folder of an article's path ({@code --group-by folder}): all before the last separator. */
  public static String folderOf(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** A story and the stream positions of its articles. */
  private record Planned(Story story, int[] members) {}

  /** Stories of two or more articles, sorted by id (each orders its articles, {@link Story#of}). */
  private static List<Planned> stories(List<ArticleRef> articles, int[] storyOf) {
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      groups.computeIfAbsent(storyOf[i], k -> new ArrayList<>()).add(i);
    }
    List<Planned> stories = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      if (members.size() < 2) continue;
      Story story = Story.of(members.stream().map(articles::get).toList());
      stories.add(new Planned(story, members.stream().mapToInt(Integer::intValue).toArray()));
    }
    stories.sort(Comparator.comparing(p -> p.story().id()));
    return stories;
  }

  /**
   * Second pass: reads the inputs again, holds the articles of each story whose brief is not yet
   * written until the story is complete, and merges it on the pool; a story done by an earlier run
   * (its marker matches) is skipped. Returns how many briefs were reused.
   */
  private int writeBriefs(
      List<Path> inputs,
      List<ArticleRef> refs,
      List<Planned> stories,
      Path out,
      ForkJoinPool pool,
      Set<String> firstCome) {
    int[] storyAt = new int[refs.size()];
    java.util.Arrays.fill(storyAt, -1);
    int[] remaining = new int[stories.size()];
    int reused = 0;
    for (int s = 0; s < stories.size(); s++) {
      Planned p = stories.get(s);
      Path dir = out.resolve(p.story().id());
      BriefFormat.removeLeftovers(dir);
      Optional<Boolean> kept =
          Files.isSymbolicLink(dir)
              ? Optional.empty()
              : briefs.reusable(
                  p.story(), read(dir.resolve(StoryBriefs.MARKER)), f -> read(dir.resolve(f)));
      if (kept.isPresent()) {
        if (kept.get()) firstCome.add(p.story().id());
        reused++;
        progress.step(1);
        continue;
      }
      remaining[s] = p.members().length;
      for (int m : p.members()) storyAt[m] = s;
    }
    if (reused == stories.size()) return reused;
    @SuppressWarnings("unchecked")
    List<Article>[] held = new List[stories.size()];
    Semaphore slots = new Semaphore(settings.threads() * 4);
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    int[] next = {0};
    ArticleReader.read(
        inputs,
        settings.read(),
        a -> {
          int i = next[0]++;
          if (i >= refs.size() || !refs.get(i).id().equals(a.id())) {
            throw new IllegalStateException("the inputs changed during the run at " + a.path());
          }
          int s = storyAt[i];
          if (s < 0) return;
          if (held[s] == null) held[s] = new ArrayList<>();
          held[s].add(a);
          if (--remaining[s] > 0) return;
          List<Article> articles = held[s];
          held[s] = null;
          slots.acquireUninterruptibly(); // bounds the stories held in memory at once
          Story story = stories.get(s).story();
          tasks.add(
              pool.submit(
                  () -> {
                    try {
                      if (merge(story, articles, out)) firstCome.add(story.id());
                      progress.step(1);
                    } finally {
                      slots.release();
                    }
                  }));
        },
        r -> {});
    for (ForkJoinTask<?> task : tasks) task.join();
    return reused;
  }

  /** Merges a story and writes its briefs, then its marker; returns whether it came first come. */
  private boolean merge(Story story, List<Article> articles, Path out) {
    Path dir = OutputFolder.storyFolder(out, story.id());
    return briefs.write(
        story,
        articles,
        (name, text) -> BriefFormat.atomically(dir.resolve(name), w -> write(w, text)));
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException | UncheckedIOException e) {
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
