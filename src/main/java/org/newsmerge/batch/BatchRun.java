package org.newsmerge.batch;

import com.google.common.base.Utf8;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.newsmerge.cluster.ReprintLinker;
import org.newsmerge.cluster.StoryGrouper;
import org.newsmerge.event.EventGrouper;
import org.newsmerge.event.TermStore;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.ingest.ReadSettings;
import org.newsmerge.internal.Parallel;
import org.newsmerge.model.Article;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Dates;
import org.newsmerge.model.Rejected;
import org.newsmerge.model.Story;
import org.newsmerge.render.BatchIndex;

/**
 * A batch run over archives: read every article, group the articles into stories, write one brief
 * per story of two or more articles, then the index and the manifest.
 *
 * <p>A story has two levels: the event it reports ({@link EventGrouper}, by what its articles are
 * about) and, inside it, the families of articles that reuse each other's text ({@link
 * StoryGrouper}, by shared sentences). {@code --group-by reuse} makes each family a story, {@code
 * folder} each folder.
 *
 * <p>Stages and why in this order: reading must finish before ids are final; sketching (sentence
 * sketches and event terms) needs only one article at a time and runs in parallel, a chunk of
 * articles while the next is read; candidates and verification need every sketch; families need
 * every verified pair, events every family; merging needs only one story at a time and runs in
 * parallel, each story's articles read back from the {@link ArticleSpill} the first pass wrote, so
 * the inputs are read and parsed once. Output is byte-identical whatever the thread count: every
 * parallel stage writes into slots by index, and every list is sorted before it is written.
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
      int families,
      int boilerplateGroups,
      int siteGroups,
      int formulaGroups,
      Reprints reprints,
      int reusedBriefs,
      int firstCome,
      int staleRemoved,
      long textBytes,
      Map<String, Long> stageMillis) {
    public int rejected() {
      return rejectedInputs.size();
    }

    /** A run that read nothing, and so wrote nothing. */
    public static Summary nothingRead(
        List<Rejected> rejected, long textBytes, Map<String, Long> stageMillis) {
      return new Summary(
          0, rejected, List.of(), 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, textBytes, stageMillis);
    }

    /** The summary of a run, with the counts its stories give. */
    public static Summary of(
        int articles,
        List<Rejected> rejected,
        List<ArticleRef> repaired,
        List<Story> stories,
        int boilerplateGroups,
        int siteGroups,
        int formulaGroups,
        Reprints reprints,
        Written written,
        long textBytes,
        Map<String, Long> stageMillis) {
      int largest = stories.stream().mapToInt(s -> s.articles().size()).max().orElse(0);
      int inStories = stories.stream().mapToInt(s -> s.articles().size()).sum();
      return new Summary(
          articles,
          rejected,
          repaired,
          stories.size(),
          articles - inStories,
          largest,
          stories.stream().mapToInt(s -> s.families().size()).sum(),
          boilerplateGroups,
          siteGroups,
          formulaGroups,
          reprints,
          written.reused(),
          written.firstCome().size(),
          written.stale(),
          textBytes,
          stageMillis);
    }
  }

  /**
   * What families by passages found: reprint links, those across two families that average linkage
   * did not join (so that families do not chain), and how many of these ended in one story all the
   * same.
   */
  public record Reprints(int links, int apart, int apartInOneStory) {

    /** What {@code r} found, with each article's story ({@code storyOf}, by article index). */
    public static Reprints of(ReprintLinker.Result r, IntUnaryOperator storyOf) {
      int together = 0;
      for (long pair : r.unjoined())
        if (storyOf.applyAsInt((int) (pair >>> 32)) == storyOf.applyAsInt((int) pair)) together++;
      return new Reprints(r.links(), r.unplaced(), together);
    }
  }

  /**
   * What writing the briefs did: briefs kept from an earlier run, first-come stories, stale folders
   * removed.
   */
  public record Written(int reused, Set<String> firstCome, int stale) {
    public Written {
      firstCome = Set.copyOf(firstCome);
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
    BatchOutput output = new BatchOutput(new LocalFolder(out), settings);
    // Before any work: a run that cannot write its output should say so at once, not at the end.
    output.check();
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try (ArticleSpill spill = ArticleSpill.create()) {
      // The output is never read back, even where it lies inside an input folder.
      FirstPass first = read(inputs, settings.read().withSkipped(out), pool, spill::add);
      spill.flush();
      if (first.refs().isEmpty()) {
        // Nothing could be read: an index of nothing would only hide that.
        return Summary.nothingRead(first.rejected(), first.textBytes(), times);
      }
      Grouped grouped = group(first, pool);
      long t = System.nanoTime(); // group timed its own stages
      List<Planned> stories = stories(first.refs(), grouped);
      times.merge("group", (System.nanoTime() - t) / 1_000_000, Long::sum);

      t = System.nanoTime();
      progress.stage("merge", stories.size());
      Written written = writeBriefs(spill, stories, output, pool);
      progress.end();
      t = lap("merge", t);

      List<Story> all = stories.stream().map(Planned::story).toList();
      output.writeIndex(
          all,
          written.firstCome(),
          first.refs().size(),
          first.rejected().size(),
          entries(first, stories).iterator());
      lap("index", t);
      return Summary.of(
          first.refs().size(),
          first.rejected(),
          first.refs().stream().filter(r -> !r.repairs().isEmpty()).toList(),
          all,
          grouped.boilerplateGroups(),
          grouped.siteGroups(),
          grouped.formulaGroups(),
          grouped.reprints(),
          written,
          first.textBytes(),
          times);
    } finally {
      pool.shutdown();
    }
  }

  /** The stories a run would write, and the articles read, without writing anything. */
  public record Plan(List<ArticleRef> articles, List<Story> stories) {}

  /** Reads {@code inputs} and groups them into stories as {@link #run} does; writes nothing. */
  public Plan plan(List<Path> inputs) {
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try {
      FirstPass first = read(inputs, settings.read(), pool, a -> {});
      if (first.refs().isEmpty()) return new Plan(List.of(), List.of());
      List<Planned> stories = stories(first.refs(), group(first, pool));
      return new Plan(first.refs(), stories.stream().map(Planned::story).toList());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * What the first pass keeps: per article what the index needs, the rejected inputs, the text
   * size, and the sketches. No text.
   */
  private record FirstPass(
      List<ArticleRef> refs, List<Rejected> rejected, long textBytes, ArchiveSketches sketches) {}

  /**
   * The first pass: reads every input once, sketching chunks of articles on the pool, and hands
   * each article to {@code keep} in reading order.
   */
  private FirstPass read(
      List<Path> inputs, ReadSettings read, ForkJoinPool pool, Consumer<Article> keep) {
    long start = System.nanoTime();
    progress.stage("read", 0);
    List<ArticleRef> refs = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    ArchiveSketches sketches = new ArchiveSketches(settings);
    Sketching sketching = new Sketching(sketches, pool);
    ArticleReader.read(
        inputs,
        read,
        a -> {
          refs.add(ArticleRef.of(a));
          keep.accept(a);
          sketching.add(a);
        },
        rejected::add);
    sketching.flush();
    sketching.await();
    progress.end();
    times.put("read", (System.nanoTime() - start - sketching.nanos) / 1_000_000);
    times.put("sketch", sketching.nanos / 1_000_000);
    return new FirstPass(refs, rejected, sketching.textBytes, sketches);
  }

  /**
   * Gathers the articles of the first pass into chunks and sketches each on the pool while the next
   * is read: one chunk is sketched at a time, in order, so the sketches are the same whatever the
   * timing. Times what reading waits for sketching.
   */
  private final class Sketching {
    private final ArchiveSketches sketches;
    private final ForkJoinPool pool;
    private List<Article> chunk = new ArrayList<>(CHUNK);
    private ForkJoinTask<?> inFlight;
    private long nanos;
    private long textBytes;

    Sketching(ArchiveSketches sketches, ForkJoinPool pool) {
      this.sketches = sketches;
      this.pool = pool;
    }

    void add(Article a) {
      textBytes += Utf8.encodedLength(a.text());
      chunk.add(a);
      if (chunk.size() == CHUNK) flush();
    }

    /** Hands the gathered chunk over to be sketched, once the one before it is done. */
    void flush() {
      if (chunk.isEmpty()) return;
      await();
      List<Article> full = chunk;
      chunk = new ArrayList<>(CHUNK);
      // Run on a worker of the pool, a parallel stream runs on the same pool.
      Parallel parallel = (n, body) -> IntStream.range(0, n).parallel().forEach(body);
      inFlight =
          pool.submit(
              () -> {
                sketches.add(full, parallel);
                progress.step(full.size());
              });
    }

    /** Waits for the chunk in flight, if any, passing on its failure. */
    void await() {
      if (inFlight == null) return;
      long start = System.nanoTime();
      try {
        join(inFlight);
      } finally {
        inFlight = null;
        nanos += System.nanoTime() - start;
      }
    }
  }

  /** Every input for the manifest, in its order: each article with its story, each rejection. */
  private static List<BatchIndex.Entry> entries(FirstPass first, List<Planned> stories) {
    String[] storyAt = new String[first.refs().size()];
    String[] familyAt = new String[first.refs().size()];
    for (Planned p : stories) {
      Map<String, String> familyOf = familiesByArticle(p.story());
      for (int m : p.members()) {
        storyAt[m] = p.story().id();
        familyAt[m] = familyOf.get(first.refs().get(m).id());
      }
    }
    List<BatchIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < first.refs().size(); i++)
      entries.add(BatchIndex.Entry.of(first.refs().get(i), storyAt[i], familyAt[i]));
    first.rejected().forEach(r -> entries.add(BatchIndex.Entry.of(r)));
    entries.sort(BatchIndex.Entry.ORDER);
    return entries;
  }

  /** Each article id of a story, with its family's id. */
  public static Map<String, String> familiesByArticle(Story story) {
    Map<String, String> familyOf = new HashMap<>();
    for (Story.Family f : story.families()) for (String a : f.articles()) familyOf.put(a, f.id());
    return familyOf;
  }

  /**
   * What grouping found: each article's story and reuse family (numbered by their smallest
   * article), each article's sentences that are its site's furniture (by key), and how many
   * sentence groups were boilerplate and site furniture.
   */
  record Grouped(
      int[] storyOf,
      int[] familyOf,
      Map<Integer, List<String>> siteText,
      int boilerplateGroups,
      int siteGroups,
      int formulaGroups,
      Reprints reprints) {}

  /**
   * Reuse families from the sketches, then stories from them as the settings say: the families
   * themselves, the events they report, or the folders. Sentence groups always say what is site
   * furniture and formula (for briefs and event terms); families by passages come from the passages
   * pairs of articles share.
   */
  private Grouped group(FirstPass first, ForkJoinPool pool) {
    ArchiveSketches sketches = first.sketches();
    List<ArticleRef> refs = first.refs();
    long t = System.nanoTime();
    long[] pairs = sketches.verifiedPairs(parallel(pool), settings.threads());
    t = lap("candidates", t);
    long[] days = refs.stream().mapToLong(a -> Dates.day(a.date())).toArray();
    int[] siteOf = sketches.siteOf();
    StoryGrouper.Result reuse =
        StoryGrouper.group(
            sketches.articleOf(),
            refs.size(),
            pairs,
            sketches.crowded(),
            sketches.linkablePerArticle(),
            siteOf,
            days,
            settings.rules(),
            (a, b) -> settings.withinWindow(days[a], days[b]));
    int[] familyOf = reuse.storyOf();
    ReprintLinker.Result byPassages = null;
    long[] reprinted = new long[0];
    if (settings.families() == BatchSettings.Families.PASSAGES) {
      byPassages =
          ReprintLinker.families(
              sketches.anchors(),
              days,
              sketches.outletOf(),
              settings.reprintRules(),
              parallel(pool));
      familyOf = byPassages.familyOf();
      reprinted = byPassages.unjoined();
      t = lap("families", t);
    }
    Map<Integer, List<String>> siteText = siteText(sketches, reuse.site(), parallel(pool));
    TermStore terms =
        settings.groupBy() == BatchSettings.GroupBy.EVENT
            ? sketches.eventTerms(reuse.site(), reuse.formula(), parallel(pool))
            : null;
    // What the sketches hold (keys, band keys: most of this run's memory) is no longer needed.
    sketches.release();
    int[] storyOf =
        switch (settings.groupBy()) {
          case REUSE -> familyOf;
          case FOLDER -> byFolder(refs);
          case EVENT -> {
            t = lap("group", t);
            int[] events =
                EventGrouper.group(
                    new EventGrouper.Articles(
                        terms::bag, terms::language, siteOf, familyOf, days, reprinted),
                    settings.events(),
                    parallel(pool));
            times.put("events", (System.nanoTime() - t) / 1_000_000);
            t = System.nanoTime();
            yield events;
          }
        };
    times.merge("group", (System.nanoTime() - t) / 1_000_000, Long::sum);
    Reprints reprints = byPassages == null ? null : Reprints.of(byPassages, a -> storyOf[a]);
    return new Grouped(
        storyOf,
        familyOf,
        siteText,
        reuse.boilerplateGroups(),
        reuse.siteGroups(),
        reuse.formulaGroups(),
        reprints);
  }

  /** Site sentences decoded at a time, on the pool. */
  private static final int SITE_CHUNK = 1 << 16;

  /**
   * Each article's sentences flagged in {@code site}, by key, one string per distinct key however
   * often it repeats; the keys are decoded in chunks on the pool.
   */
  private static Map<Integer, List<String>> siteText(
      ArchiveSketches sketches, boolean[] site, Parallel parallel) {
    Map<Integer, List<String>> siteText = new HashMap<>();
    Map<String, String> once = new HashMap<>();
    int[] articleOf = sketches.articleOf();
    int[] flagged = IntStream.range(0, site.length).filter(i -> site[i]).toArray();
    for (int from = 0; from < flagged.length; from += SITE_CHUNK) {
      int start = from;
      String[] keys = new String[Math.min(SITE_CHUNK, flagged.length - from)];
      parallel.forEach(keys.length, k -> keys[k] = sketches.key(flagged[start + k]));
      for (int k = 0; k < keys.length; k++) {
        String key = once.computeIfAbsent(keys[k], x -> x);
        siteText.computeIfAbsent(articleOf[flagged[start + k]], x -> new ArrayList<>()).add(key);
      }
    }
    return siteText;
  }

  private long lap(String stage, long since) {
    long now = System.nanoTime();
    times.put(stage, (now - since) / 1_000_000);
    return now;
  }

  /** Runs {@code body} for {@code 0..n-1} on the pool's threads. */
  static Parallel parallel(ForkJoinPool pool) {
    return (n, body) -> join(pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)));
  }

  /** Waits for a task of the pool, passing on its failure as it was thrown. */
  private static void join(ForkJoinTask<?> task) {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw new IllegalStateException(e.getCause());
    }
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

  /**
   * Stories of two or more articles, sorted by id, each with its families and the furniture text of
   * its sites (each orders its articles, {@link Story#of}).
   */
  private static List<Planned> stories(List<ArticleRef> articles, Grouped grouped) {
    Map<Integer, Map<Integer, List<Integer>>> groups = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      groups
          .computeIfAbsent(grouped.storyOf()[i], k -> new TreeMap<>())
          .computeIfAbsent(grouped.familyOf()[i], k -> new ArrayList<>())
          .add(i);
    }
    List<Planned> stories = new ArrayList<>();
    for (Map<Integer, List<Integer>> families : groups.values()) {
      int size = families.values().stream().mapToInt(List::size).sum();
      if (size < 2) continue;
      List<List<ArticleRef>> fams = new ArrayList<>();
      Set<String> siteText = new HashSet<>();
      List<Integer> members = new ArrayList<>();
      for (List<Integer> f : families.values()) {
        fams.add(f.stream().map(articles::get).toList());
        members.addAll(f);
        for (int m : f) siteText.addAll(grouped.siteText().getOrDefault(m, List.of()));
      }
      Story story = Story.of(fams, siteText);
      stories.add(
          new Planned(story, members.stream().mapToInt(Integer::intValue).sorted().toArray()));
    }
    stories.sort(Comparator.comparing(p -> p.story().id()));
    return stories;
  }

  /**
   * Merges and writes each story whose briefs are not kept from an earlier run, on the pool, its
   * articles read back from the first pass's spill; then removes what the new manifest will not
   * list.
   */
  private Written writeBriefs(
      ArticleSpill spill, List<Planned> stories, BatchOutput output, ForkJoinPool pool) {
    Set<String> firstCome = ConcurrentHashMap.newKeySet();
    List<Planned> todo = new ArrayList<>();
    int reused = 0;
    for (Planned p : stories) {
      Optional<Boolean> kept = output.kept(p.story());
      if (kept.isEmpty()) {
        todo.add(p);
        continue;
      }
      if (kept.get()) firstCome.add(p.story().id());
      reused++;
      progress.step(1);
    }
    // A story that fails to be written (a full disk) stops the stories not yet begun; those in
    // flight finish, their files whole either way.
    AtomicReference<Throwable> failed = new AtomicReference<>();
    parallel(pool)
        .forEach(
            todo.size(),
            k -> {
              if (failed.get() != null) return;
              Planned p = todo.get(k);
              try {
                if (output.write(p.story(), spill.get(p.members()))) firstCome.add(p.story().id());
                progress.step(1);
              } catch (RuntimeException | Error e) {
                failed.compareAndSet(null, e);
                throw e;
              }
            });
    Set<String> ids = new HashSet<>();
    for (Planned p : stories) ids.add(p.story().id());
    return new Written(reused, firstCome, output.removeStale(ids));
  }
}
