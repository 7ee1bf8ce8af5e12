package org.newsmerge.spark;

import com.google.common.base.Utf8;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.newsmerge.batch.ArticleDates;
import org.newsmerge.batch.BatchOutput;
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import org.newsmerge.batch.LinkSketcher;
import org.newsmerge.batch.StoryBriefs;
import org.newsmerge.cluster.StoryGrouper;
import org.newsmerge.ingest.ReadSettings;
import org.newsmerge.model.Article;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Rejected;
import org.newsmerge.model.Story;
import org.newsmerge.render.BatchIndex;
import scala.Tuple2;

/**
 * {@code newsmerge batch} on Spark: the same stories, briefs, index and manifest, byte for byte,
 * from archives spread over a cluster.
 *
 * <p>Stages, each a Spark transformation around the project's own classes:
 *
 * <ol>
 *   <li>read: the driver lists the input files ({@link SparkInputs}); tasks read them, a slice of
 *       files each. Articles are numbered in reading order (per-file counts, summed on the driver)
 *       and made unique by id exactly as one machine does it: the second article with a text gets
 *       {@code -2}, in reading order.
 *   <li>sketch: {@link LinkSketcher} per article: the keys and LSH band keys of its linkable
 *       sentences.
 *   <li>candidates: sentences grouped by (band, band key) in {@link BandBuckets}; a bucket of more
 *       than {@link LinkSketcher#MAX_BUCKET} marks its sentences crowded, the others give candidate
 *       pairs across articles, verified exactly on their shingles.
 *   <li>group: sentence groups are the {@link ConnectedComponents} of verified pairs; groups are
 *       judged and articles linked by {@link StoryGrouper}'s rules; stories are the connected
 *       components of links. Edges stay distributed throughout.
 *   <li>merge: the articles of each story meet in one task, which merges them with {@link
 *       StoryBriefs} and writes the briefs and the marker; a story whose marker matches is reused.
 *   <li>index: the driver writes the index and streams the manifest's entries in order, a partition
 *       at a time.
 * </ol>
 */
public final class SparkBatch {

  /** Bits of a sentence node id that hold the sentence's position among its article's. */
  private static final int SENTENCE_BITS = 20; // LinkSketcher.MAX_LINKABLE fits

  private static final StorageLevel SPILL = StorageLevel.MEMORY_AND_DISK_SER();

  /** What reading one input gave: an article (numbered in its file) or a rejection. */
  record Read(int file, int seq, Article article, Rejected rejected) implements Serializable {}

  /** What the run keeps of a read besides the article: base id and text size, or the rejection. */
  record Seen(int file, int seq, String id, long bytes, Rejected rejected) implements Serializable {
    static Seen of(Read r) {
      return r.article() == null
          ? new Seen(r.file(), r.seq(), null, 0, r.rejected())
          : new Seen(
              r.file(), r.seq(), r.article().id(), Utf8.encodedLength(r.article().text()), null);
    }
  }

  /** A story and the numbers of its articles. */
  record Planned(Story story, long[] members) implements Serializable {}

  /** What grouping keeps of an article: its linkable sentences and its date. */
  record Sketched(long article, String[] keys, int[] bandKeys, long day) implements Serializable {}

  /** A sentence group: the articles it is found in, and whether a member crowded a bucket. */
  record Group(long[] articles, boolean crowded) implements Serializable {}

  /** Sort key of manifest entries: {@link BatchIndex.Entry#ORDER}, then reading order. */
  record EntryKey(String path, int index, long seq) implements Comparable<EntryKey>, Serializable {
    @Override
    public int compareTo(EntryKey o) {
      int c = path.compareTo(o.path);
      if (c != 0) return c;
      c = Integer.compare(index, o.index);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private final JavaSparkContext sc;
  private final BatchSettings settings;
  private final int partitions;
  private final Map<String, Long> times = new LinkedHashMap<>();
  private long mark;

  /**
   * @param partitions partitions of every shuffle; the output does not depend on it
   */
  public SparkBatch(JavaSparkContext sc, BatchSettings settings, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions (" + partitions + ") must be >= 1");
    }
    this.sc = sc;
    this.settings = settings;
    this.partitions = partitions;
  }

  /** Runs the job; the summary's counts and stage times are those of {@code batch}'s. */
  public BatchRun.Summary run(List<String> inputs, String out) {
    mark = System.nanoTime();
    BatchOutput output = new BatchOutput(HadoopFolder.of(out, sc.hadoopConfiguration()), settings);
    output.check();
    Archive archive = read(inputs);
    List<ArticleRef> repaired =
        archive.refs().filter(e -> !e._2().repairs().isEmpty()).sortByKey().values().collect();
    lap("read");
    if (archive.count() == 0) return BatchRun.Summary.nothingRead(archive.rejected(), 0, times);
    Stories grouped = stories(archive);
    JavaRDD<Planned> stories = grouped.planned();
    List<Story> all = new ArrayList<>(stories.map(Planned::story).collect());
    all.sort(Comparator.comparing(Story::id));
    lap("group");
    BatchRun.Written written = writeBriefs(archive.articles(), stories, output);
    lap("merge");
    writeIndex(archive, stories, all, written.firstCome(), output);
    lap("index");

    archive.articles().unpersist(false);
    archive.refs().unpersist(false);
    stories.unpersist(false);
    return BatchRun.Summary.of(
        Math.toIntExact(archive.count()),
        archive.rejected(),
        repaired,
        all,
        Math.toIntExact(grouped.boilerplate()),
        written,
        archive.textBytes(),
        times);
  }

  /** The articles read, by number in reading order, with what the index needs of each. */
  private record Archive(
      JavaPairRDD<Long, Article> articles,
      JavaPairRDD<Long, ArticleRef> refs,
      List<Rejected> rejected,
      long count,
      long textBytes) {}

  private Archive read(List<String> inputs) {
    int partitions = this.partitions; // closures capture what they need, never this
    SerializableConfiguration conf = new SerializableConfiguration(sc.hadoopConfiguration());
    ReadSettings readSettings = settings.read();
    List<SparkInputs.Input> plan = SparkInputs.plan(inputs, readSettings, sc.hadoopConfiguration());
    JavaRDD<Read> reads =
        sc.parallelize(plan, Math.max(1, Math.min(plan.size(), partitions)))
            .flatMap(input -> read(input, readSettings, conf).iterator())
            .persist(SPILL);
    // What the bookkeeping below needs, so that the texts are gone through twice, not five times.
    JavaRDD<Seen> seen = reads.map(Seen::of).persist(StorageLevel.MEMORY_AND_DISK());
    List<Rejected> rejected =
        seen.filter(r -> r.rejected() != null).collect().stream()
            .sorted(Comparator.comparingInt(Seen::file).thenComparingInt(Seen::seq))
            .map(Seen::rejected)
            .toList();
    Broadcast<long[]> firsts = sc.broadcast(firstNumbers(seen, plan.size(), partitions));
    Broadcast<HashMap<Long, String>> renamed =
        sc.broadcast(
            new HashMap<>(
                seen.filter(r -> r.id() != null)
                    .mapToPair(r -> new Tuple2<>(r.id(), firsts.value()[r.file()] + r.seq()))
                    .groupByKey(partitions)
                    .flatMapToPair(SparkBatch::repeatedIds)
                    .collectAsMap()));
    long textBytes = seen.map(Seen::bytes).fold(0L, Long::sum);
    JavaPairRDD<Long, Article> articles =
        reads
            .filter(r -> r.article() != null)
            .mapToPair(
                r -> {
                  long number = firsts.value()[r.file()] + r.seq();
                  String id = renamed.value().get(number);
                  return new Tuple2<>(number, id == null ? r.article() : r.article().withId(id));
                })
            .persist(SPILL);
    JavaPairRDD<Long, ArticleRef> refs =
        articles.mapValues(ArticleRef::of).persist(StorageLevel.MEMORY_AND_DISK());
    long count = refs.count();
    reads.unpersist(false);
    seen.unpersist(false);
    return new Archive(articles, refs, rejected, count, textBytes);
  }

  /** Stories of two or more articles, and how many sentence groups were boilerplate. */
  private record Stories(JavaRDD<Planned> planned, long boilerplate) {}

  /** Stories of two or more articles, by shared passages or by folder. */
  private Stories stories(Archive archive) {
    JavaPairRDD<Long, String> storyKey;
    long boilerplate = 0;
    if (settings.groupBy() == BatchSettings.GroupBy.FOLDER) {
      storyKey = archive.refs().mapValues(r -> BatchRun.folderOf(r.path()));
    } else {
      ByReuse byReuse = byReuse(archive.articles());
      storyKey = byReuse.storyOf().mapValues(String::valueOf);
      boilerplate = byReuse.boilerplate();
    }
    JavaRDD<Planned> planned =
        archive
            .refs()
            .join(storyKey)
            .mapToPair(e -> new Tuple2<>(e._2()._2(), new Tuple2<>(e._1(), e._2()._1())))
            .groupByKey(partitions)
            .flatMap(SparkBatch::story)
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new Stories(planned, boilerplate);
  }

  /**
   * Merges each story whose briefs an earlier run did not leave intact, in the task that receives
   * its articles, and writes its briefs; then removes what the manifest will not list.
   */
  private BatchRun.Written writeBriefs(
      JavaPairRDD<Long, Article> articles, JavaRDD<Planned> stories, BatchOutput output) {
    // Each story checked once, on the executors, and the answers brought to the driver (one per
    // story, as the story list is): kept (1 if it came first come, else 0) or pending (-1).
    // Collected rather than left to be recomputed, since the check cleans temporary files.
    Map<String, Integer> checked =
        new HashMap<>(
            stories
                .mapToPair(
                    p ->
                        new Tuple2<>(
                            p.story().id(), output.kept(p.story()).map(f -> f ? 1 : 0).orElse(-1)))
                .collectAsMap());
    Set<String> firstCome = new TreeSet<>();
    HashSet<String> pendingIds = new HashSet<>();
    checked.forEach(
        (id, code) -> {
          if (code == 1) firstCome.add(id);
          if (code < 0) pendingIds.add(id);
        });
    Broadcast<HashSet<String>> toWrite = sc.broadcast(pendingIds);
    JavaRDD<Planned> pending =
        stories
            .filter(p -> toWrite.value().contains(p.story().id()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long reused = checked.size() - pendingIds.size();
    firstCome.addAll(
        articles
            .join(pending.flatMapToPair(SparkBatch::members))
            .mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1()))
            .groupByKey(partitions)
            .join(pending.mapToPair(p -> new Tuple2<>(p.story().id(), p.story())))
            .filter(e -> output.write(e._2()._2(), list(e._2()._1())))
            .keys()
            .collect());
    pending.unpersist(false);
    Set<String> ids = new HashSet<>(stories.map(p -> p.story().id()).collect());
    return new BatchRun.Written(Math.toIntExact(reused), firstCome, output.removeStale(ids));
  }

  private static List<Article> list(Iterable<Article> articles) {
    List<Article> list = new ArrayList<>();
    articles.forEach(list::add);
    return list;
  }

  /** The index, then the manifest, whose entries reach the driver a partition at a time. */
  private void writeIndex(
      Archive archive,
      JavaRDD<Planned> stories,
      List<Story> all,
      Set<String> firstCome,
      BatchOutput output) {
    List<Tuple2<EntryKey, BatchIndex.Entry>> rejectedEntries = new ArrayList<>();
    for (int i = 0; i < archive.rejected().size(); i++) {
      Rejected r = archive.rejected().get(i);
      rejectedEntries.add(new Tuple2<>(new EntryKey(r.path(), -1, i), BatchIndex.Entry.of(r)));
    }
    JavaPairRDD<EntryKey, BatchIndex.Entry> entries =
        archive
            .refs()
            .leftOuterJoin(stories.flatMapToPair(SparkBatch::members))
            .mapToPair(
                e -> {
                  ArticleRef a = e._2()._1();
                  return new Tuple2<>(
                      new EntryKey(a.path(), a.index(), 0),
                      BatchIndex.Entry.of(a, e._2()._2().orNull()));
                })
            .union(sc.parallelizePairs(rejectedEntries, 1))
            .sortByKey(true, partitions);
    Iterator<BatchIndex.Entry> ordered = entries.values().toLocalIterator();
    output.writeIndex(all, firstCome, archive.count(), archive.rejected().size(), ordered);
  }

  /** Records the time since the last stage ended as {@code stage}'s. */
  private void lap(String stage) {
    long now = System.nanoTime();
    times.put(stage, (now - mark) / 1_000_000);
    mark = now;
  }

  /** Reads one input into numbered articles and rejections. */
  private static List<Read> read(
      SparkInputs.Input input, ReadSettings settings, SerializableConfiguration conf) {
    List<Read> out = new ArrayList<>();
    int[] seq = {0, 0};
    SparkInputs.read(
        input,
        settings,
        conf.value(),
        a -> out.add(new Read(input.ordinal(), seq[0]++, a, null)),
        r -> out.add(new Read(input.ordinal(), seq[1]++, null, r)));
    return out;
  }

  /** The number of the first article of each file: articles are numbered in reading order. */
  private static long[] firstNumbers(JavaRDD<Seen> seen, int files, int partitions) {
    Map<Integer, Long> perFile =
        seen.filter(r -> r.id() != null)
            .mapToPair(r -> new Tuple2<>(r.file(), 1L))
            .reduceByKey(Long::sum, partitions)
            .collectAsMap();
    long[] firsts = new long[files];
    long next = 0;
    for (int f = 0; f < files; f++) {
      firsts[f] = next;
      next += perFile.getOrDefault(f, 0L);
    }
    if (next >= 1L << (63 - SENTENCE_BITS)) {
      throw new IllegalArgumentException("too many articles (" + next + ")");
    }
    return firsts;
  }

  /**
   * The ids of the second and later articles with one text: the base id and {@code -2}, {@code -3}
   * ... in reading order, as on one machine.
   */
  private static Iterator<Tuple2<Long, String>> repeatedIds(Tuple2<String, Iterable<Long>> same) {
    List<Long> numbers = new ArrayList<>();
    same._2().forEach(numbers::add);
    numbers.sort(null);
    List<Tuple2<Long, String>> out = new ArrayList<>();
    for (int i = 1; i < numbers.size(); i++) {
      out.add(new Tuple2<>(numbers.get(i), same._1() + "-" + (i + 1)));
    }
    return out.iterator();
  }

  /** Stories by shared passages, and how many sentence groups were boilerplate. */
  private record ByReuse(JavaPairRDD<Long, Long> storyOf, long boilerplate) {}

  /**
   * Stories by shared passages: the smallest article number of each linked article's story. The
   * steps of {@link BatchRun}'s grouping, as Spark transformations.
   */
  private ByReuse byReuse(JavaPairRDD<Long, Article> articles) {
    JavaRDD<Sketched> sketched = sketch(articles);
    lap("sketch");
    JavaPairRDD<Long, Long> bucketed = buckets(sketched);
    JavaPairRDD<Long, Long> verified = verify(sketched, bucketed);
    lap("candidates");
    JavaPairRDD<Long, Long> groupOf = ConnectedComponents.smallestOf(verified, partitions);
    JavaRDD<Group> groups = groups(groupOf, bucketed);
    int maxDf = settings.maxDf();
    long boilerplate =
        groups
            .filter(g -> StoryGrouper.boilerplate(g.articles().length, g.crowded(), maxDf))
            .count();
    JavaPairRDD<Long, Long> storyOf =
        ConnectedComponents.smallestOf(links(groups, sketched), partitions);
    groupOf.unpersist(false);
    verified.unpersist(false);
    bucketed.unpersist(false);
    groups.unpersist(false);
    sketched.unpersist(false);
    return new ByReuse(storyOf, boilerplate);
  }

  /** Per article, the keys and band keys of its linkable sentences, and its day. */
  private JavaRDD<Sketched> sketch(JavaPairRDD<Long, Article> articles) {
    BatchSettings settings = this.settings;
    JavaRDD<Sketched> sketched =
        articles
            .mapPartitions(
                it -> {
                  LinkSketcher sketcher = new LinkSketcher(settings);
                  List<Sketched> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Long, Article> e = it.next();
                    LinkSketcher.Sketch s = sketcher.sketch(e._2());
                    if (s.keys().length >= 1 << SENTENCE_BITS) {
                      throw new IllegalStateException(
                          e._2().path() + ": too many sentences (" + s.keys().length + ")");
                    }
                    out.add(
                        new Sketched(
                            e._1(), s.keys(), s.bandKeys(), ArticleDates.epochDay(e._2().date())));
                  }
                  return out.iterator();
                })
            .persist(SPILL);
    sketched.count();
    return sketched;
  }

  /**
   * Candidates: sentences that share a band key, unless their bucket is crowded. One pass over the
   * buckets gives both: a pair (a, b) across articles, or (node, {@link BandBuckets#CROWDED}).
   */
  private JavaPairRDD<Long, Long> buckets(JavaRDD<Sketched> sketched) {
    int partitions = this.partitions;
    int bands = new LinkSketcher(settings).bands();
    return sketched
        .mapPartitionsToPair(it -> BandBuckets.blocks(it, bands, partitions))
        .partitionBy(new HashPartitioner(partitions))
        .mapPartitionsToPair(it -> BandBuckets.pairsOrCrowded(it))
        .distinct(partitions)
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * The candidate pairs verified on exact shingle sets; the keys are partitioned once for both
   * joins.
   */
  private JavaPairRDD<Long, Long> verify(
      JavaRDD<Sketched> sketched, JavaPairRDD<Long, Long> bucketed) {
    BatchSettings settings = this.settings;
    JavaPairRDD<Long, String> keys =
        sketched
            .flatMapToPair(
                s -> {
                  List<Tuple2<Long, String>> out = new ArrayList<>();
                  for (int i = 0; i < s.keys().length; i++)
                    out.add(new Tuple2<>(node(s.article(), i), s.keys()[i]));
                  return out.iterator();
                })
            .partitionBy(new HashPartitioner(partitions))
            .persist(SPILL);
    JavaPairRDD<Long, Long> verified =
        bucketed
            .filter(e -> e._2() != BandBuckets.CROWDED)
            .join(keys, partitions)
            .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())))
            .join(keys, partitions)
            .mapPartitionsToPair(
                it -> {
                  LinkSketcher verifier = new LinkSketcher(settings);
                  List<Tuple2<Long, Long>> out = new ArrayList<>();
                  while (it.hasNext()) {
                    var e = it.next();
                    if (verifier.duplicates(e._2()._1()._2(), e._2()._2()))
                      out.add(new Tuple2<>(e._2()._1()._1(), e._1()));
                  }
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    verified.count();
    keys.unpersist(false);
    return verified;
  }

  /** Sentence groups of two or more articles, with whether any member crowded a bucket. */
  private JavaRDD<Group> groups(JavaPairRDD<Long, Long> groupOf, JavaPairRDD<Long, Long> bucketed) {
    JavaPairRDD<Long, Boolean> crowded =
        bucketed
            .filter(e -> e._2() == BandBuckets.CROWDED)
            .mapToPair(e -> new Tuple2<>(e._1(), true));
    return groupOf
        .leftOuterJoin(crowded, partitions)
        .mapToPair(
            e ->
                new Tuple2<>(e._2()._1(), new Tuple2<>(articleOf(e._1()), e._2()._2().isPresent())))
        .groupByKey(partitions)
        .map(SparkBatch::group)
        .filter(g -> g.articles().length >= 2)
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Article links: enough shared groups that are not boilerplate, within the window. */
  private JavaPairRDD<Long, Long> links(JavaRDD<Group> groups, JavaRDD<Sketched> sketched) {
    BatchSettings settings = this.settings;
    int maxDf = settings.maxDf();
    JavaPairRDD<Long, long[]> info =
        sketched.mapToPair(s -> new Tuple2<>(s.article(), new long[] {s.keys().length, s.day()}));
    return groups
        .filter(g -> !StoryGrouper.boilerplate(g.articles().length, g.crowded(), maxDf))
        .flatMapToPair(SparkBatch::articlePairs)
        .reduceByKey(Integer::sum, partitions)
        .mapToPair(e -> new Tuple2<>(e._1()._1(), new Tuple2<>(e._1()._2(), e._2())))
        .join(info, partitions)
        .mapToPair(e -> new Tuple2<>(e._2()._1()._1(), new Tuple2<>(e._1(), e._2())))
        .join(info, partitions)
        .filter(
            e -> {
              long[] a = e._2()._1()._2()._2();
              long[] b = e._2()._2();
              int shared = e._2()._1()._2()._1()._2();
              return StoryGrouper.linked(
                      shared,
                      (int) a[0],
                      (int) b[0],
                      settings.minShared(),
                      settings.minSharedFraction())
                  && settings.withinWindow(a[1], b[1]);
            })
        .mapToPair(e -> new Tuple2<>(e._2()._1()._1(), e._1()));
  }

  /** The node id of an article's {@code sentence}th linkable sentence. */
  static long node(long article, int sentence) {
    return article << SENTENCE_BITS | sentence;
  }

  /** The article a sentence node id belongs to. */
  static long articleOf(long node) {
    return node >>> SENTENCE_BITS;
  }

  private static Group group(Tuple2<Long, Iterable<Tuple2<Long, Boolean>>> members) {
    boolean crowded = false;
    List<Long> articles = new ArrayList<>();
    for (Tuple2<Long, Boolean> m : members._2()) {
      articles.add(m._1());
      crowded |= m._2();
    }
    return new Group(
        articles.stream().mapToLong(Long::longValue).distinct().sorted().toArray(), crowded);
  }

  /** Each pair of a group's articles, once, with a count of one shared group. */
  private static Iterator<Tuple2<Tuple2<Long, Long>, Integer>> articlePairs(Group g) {
    List<Tuple2<Tuple2<Long, Long>, Integer>> out = new ArrayList<>();
    long[] a = g.articles();
    for (int i = 0; i < a.length; i++) {
      for (int j = i + 1; j < a.length; j++) out.add(new Tuple2<>(new Tuple2<>(a[i], a[j]), 1));
    }
    return out.iterator();
  }

  /** The story of the articles under one key, if there are two or more. */
  private static Iterator<Planned> story(Tuple2<String, Iterable<Tuple2<Long, ArticleRef>>> group) {
    List<ArticleRef> refs = new ArrayList<>();
    List<Long> numbers = new ArrayList<>();
    for (Tuple2<Long, ArticleRef> m : group._2()) {
      numbers.add(m._1());
      refs.add(m._2());
    }
    if (refs.size() < 2) return java.util.Collections.emptyIterator();
    long[] members = numbers.stream().mapToLong(Long::longValue).sorted().toArray();
    return List.of(new Planned(Story.of(refs), members)).iterator();
  }

  private static Iterator<Tuple2<Long, String>> members(Planned p) {
    List<Tuple2<Long, String>> out = new ArrayList<>();
    for (long m : p.members()) out.add(new Tuple2<>(m, p.story().id()));
    return out.iterator();
  }
}
