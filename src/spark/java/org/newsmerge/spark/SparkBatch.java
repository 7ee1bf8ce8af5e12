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
import org.newsmerge.batch.BatchOutput;
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import org.newsmerge.batch.LinkSketcher;
import org.newsmerge.batch.StoryBriefs;
import org.newsmerge.cluster.ReprintAnchors;
import org.newsmerge.cluster.ReprintLinker;
import org.newsmerge.cluster.StoryGrouper;
import org.newsmerge.event.EventGrouper;
import org.newsmerge.event.EventTerms;
import org.newsmerge.event.TermBag;
import org.newsmerge.ingest.ReadSettings;
import org.newsmerge.model.Article;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Dates;
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
 *       sentences, its site, and its event terms.
 *   <li>candidates: sentences grouped by (band, band key) in {@link BandBuckets}; a bucket of more
 *       than {@link LinkSketcher#MAX_BUCKET} marks its sentences crowded, the others give candidate
 *       pairs across articles, verified exactly on their shingles.
 *   <li>group: sentence groups are the {@link ConnectedComponents} of verified pairs; groups are
 *       judged ({@link StoryGrouper#judge}: links, boilerplate, a site's furniture, formulas) and
 *       articles linked by {@link StoryGrouper}'s rules; reuse families are the connected
 *       components of links, edges distributed throughout. Events: the driver gathers each
 *       article's terms (a bag of at most {@link org.newsmerge.event.EventTerms#MAX_TERMS}) and
 *       runs {@link EventGrouper}, as one machine does.
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

  /** A story, the numbers of its articles, and the family id of each. */
  record Planned(Story story, long[] members, String[] families) implements Serializable {}

  /**
   * What grouping keeps of an article: its linkable sentences, its date and site, and its event
   * terms (null unless stories are events).
   */
  record Sketched(
      long article,
      String[] keys,
      int[] bandKeys,
      long day,
      String site,
      TermBag terms,
      EventTerms.Language language)
      implements Serializable {}

  /**
   * A sentence group: its sentence nodes, the articles it is found in, and whether a member crowded
   * a bucket.
   */
  record Group(long[] nodes, long[] articles, boolean crowded) implements Serializable {}

  /** A sentence of a site's furniture ({@code site}) or of a formula, with its key. */
  record Flagged(long node, String key, boolean site) implements Serializable {}

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
    Archive archive = read(inputs, out);
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
        Math.toIntExact(grouped.site()),
        Math.toIntExact(grouped.formula()),
        grouped.reprints(),
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

  private Archive read(List<String> inputs, String out) {
    int partitions = this.partitions; // closures capture what they need, never this
    SerializableConfiguration conf = new SerializableConfiguration(sc.hadoopConfiguration());
    // The output is never read back, even where it lies inside an input folder.
    ReadSettings readSettings =
        SparkInputs.isUri(out)
            ? settings.read().withSkipped(out)
            : settings.read().withSkipped(java.nio.file.Path.of(out));
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

  /** Stories of two or more articles, and how many sentence groups were of each kind. */
  private record Stories(
      JavaRDD<Planned> planned,
      long boilerplate,
      long site,
      long formula,
      BatchRun.Reprints reprints) {}

  /**
   * Stories of two or more articles: reuse families found as {@link BatchRun} finds them, then the
   * stories the settings ask for (the events of {@link EventGrouper}, on the driver, the families,
   * or the folders), each with its families and its sites' furniture.
   */
  private Stories stories(Archive archive) {
    ByReuse byReuse = byReuse(archive.articles());
    long count = archive.count();
    if (count > Integer.MAX_VALUE) throw new IllegalArgumentException("too many articles");
    int n = (int) count;
    int[] bySentences = new int[n];
    for (int i = 0; i < n; i++) bySentences[i] = i;
    byReuse
        .storyOf()
        .collectAsMap()
        .forEach((a, root) -> bySentences[(int) (long) a] = (int) (long) root);
    // Sentence groups still say what is furniture and formula; families may come from passages.
    ReprintLinker.Result byPassages =
        settings.families() == BatchSettings.Families.PASSAGES
            ? passages(byReuse.sketched(), n)
            : null;
    int[] familyOf = byPassages == null ? bySentences : byPassages.familyOf();
    HashMap<Long, ArrayList<String>> siteText = new HashMap<>();
    HashMap<Long, ArrayList<String>> unsaid = new HashMap<>();
    for (Flagged f : byReuse.flagged()) {
      long article = articleOf(f.node());
      unsaid.computeIfAbsent(article, k -> new ArrayList<>()).add(f.key());
      if (f.site()) siteText.computeIfAbsent(article, k -> new ArrayList<>()).add(f.key());
    }
    JavaPairRDD<Long, String> storyKey;
    switch (settings.groupBy()) {
      case FOLDER -> storyKey = archive.refs().mapValues(r -> BatchRun.folderOf(r.path()));
      case REUSE -> {
        Broadcast<int[]> families = sc.broadcast(familyOf);
        storyKey =
            archive
                .refs()
                .mapToPair(
                    e ->
                        new Tuple2<>(
                            e._1(), String.valueOf(families.value()[(int) (long) e._1()])));
      }
      default -> {
        long[] reprinted = byPassages == null ? new long[0] : byPassages.unjoined();
        int[] eventOf = events(byReuse.sketched(), familyOf, reprinted, unsaid, n);
        Broadcast<int[]> events = sc.broadcast(eventOf);
        storyKey =
            archive
                .refs()
                .mapToPair(
                    e -> new Tuple2<>(e._1(), String.valueOf(events.value()[(int) (long) e._1()])));
      }
    }
    byReuse.sketched().unpersist(false);
    Broadcast<int[]> families = sc.broadcast(familyOf);
    Broadcast<HashMap<Long, ArrayList<String>>> site = sc.broadcast(siteText);
    JavaRDD<Planned> planned =
        archive
            .refs()
            .join(storyKey)
            .mapToPair(e -> new Tuple2<>(e._2()._2(), new Tuple2<>(e._1(), e._2()._1())))
            .groupByKey(partitions)
            .flatMap(g -> story(g, families.value(), site.value()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new Stories(
        planned,
        byReuse.boilerplate(),
        byReuse.site(),
        byReuse.formula(),
        byPassages == null ? null : reprints(byPassages, storyKey));
  }

  /**
   * Families by the passages articles share ({@link ReprintLinker}, as {@code batch} finds them),
   * on the driver: every article's linkable sentence keys (its anchors read from them, pass after
   * pass), day and site.
   */
  private ReprintLinker.Result passages(JavaRDD<Sketched> sketched, int n) {
    String[][] keys = new String[n][];
    long[] days = new long[n];
    int[] siteOf = new int[n];
    LinkSketcher.Sites sites = new LinkSketcher.Sites();
    for (Sketched s : sketched.map(SparkBatch::keysOnly).collect()) {
      int a = (int) s.article();
      keys[a] = s.keys();
      days[a] = s.day();
      siteOf[a] = sites.number(s.site());
    }
    ReprintLinker.Source source =
        new ReprintLinker.Source() {
          @Override
          public int size() {
            return n;
          }

          @Override
          public ReprintAnchors.Anchors anchors(int a) {
            return ReprintAnchors.of(List.of(keys[a]));
          }
        };
    ReprintLinker.Result families =
        ReprintLinker.families(
            source,
            days,
            sites.outlets(siteOf),
            settings.reprintRules(),
            (count, body) -> java.util.stream.IntStream.range(0, count).parallel().forEach(body));
    lap("families");
    return families;
  }

  /** What the driver needs of a sketch for families by passages: its keys, day and site. */
  private static Sketched keysOnly(Sketched s) {
    return new Sketched(s.article(), s.keys(), new int[0], s.day(), s.site(), null, null);
  }

  /**
   * What families by passages found, with the stories ({@code storyKey}) of the articles of the
   * links they left across families: only those are gathered on the driver.
   */
  private BatchRun.Reprints reprints(ReprintLinker.Result r, JavaPairRDD<Long, String> storyKey) {
    HashSet<Long> apart = new HashSet<>();
    for (long pair : r.unjoined()) {
      apart.add(pair >>> 32);
      apart.add(pair & 0xffffffffL);
    }
    Broadcast<HashSet<Long>> wanted = sc.broadcast(apart);
    Map<Long, String> story =
        new HashMap<>(storyKey.filter(e -> wanted.value().contains(e._1())).collectAsMap());
    // Each article's story as a number: equal keys, equal numbers.
    Map<String, Integer> number = new HashMap<>();
    return BatchRun.Reprints.of(
        r,
        a -> {
          String key = story.get((long) a);
          return key == null ? -1 - a : number.computeIfAbsent(key, k -> number.size());
        });
  }

  /**
   * The events of {@link EventGrouper}, on the driver: each article's terms less its flagged
   * sentences' ({@code unsaid}, in text order), its family and its day, and the reprint links
   * across families ({@code reprinted}).
   */
  private int[] events(
      JavaRDD<Sketched> sketched,
      int[] familyOf,
      long[] reprinted,
      Map<Long, ArrayList<String>> unsaid,
      int n) {
    TermBag[] terms = new TermBag[n];
    EventTerms.Language[] languages = new EventTerms.Language[n];
    int[] siteOf = new int[n];
    Map<String, Integer> sites = new HashMap<>(); // numbered as met: only sameness matters
    long[] days = new long[n];
    for (Sketched s : sketched.map(SparkBatch::withoutSentences).collect()) {
      int a = (int) s.article();
      List<String> keys = unsaid.get(s.article());
      terms[a] = keys == null ? s.terms() : EventTerms.without(s.terms(), s.language(), keys);
      languages[a] = s.language();
      siteOf[a] = sites.computeIfAbsent(s.site(), k -> sites.size());
      days[a] = s.day();
    }
    return EventGrouper.group(
        new EventGrouper.Articles(
            a -> terms[a], a -> languages[a], siteOf, familyOf, days, reprinted),
        settings.events(),
        (count, body) -> java.util.stream.IntStream.range(0, count).parallel().forEach(body));
  }

  /** What the driver needs of a sketch for events: no sentence keys or band keys. */
  private static Sketched withoutSentences(Sketched s) {
    return new Sketched(
        s.article(), new String[0], new int[0], s.day(), s.site(), s.terms(), s.language());
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
            .leftOuterJoin(stories.flatMapToPair(SparkBatch::memberships))
            .mapToPair(
                e -> {
                  ArticleRef a = e._2()._1();
                  Tuple2<String, String> in = e._2()._2().orNull();
                  return new Tuple2<>(
                      new EntryKey(a.path(), a.index(), 0),
                      BatchIndex.Entry.of(
                          a, in == null ? null : in._1(), in == null ? null : in._2()));
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

  /**
   * Reuse families (the smallest article number of each linked article's family), the sketches, how
   * many sentence groups were of each kind, and the flagged sentences (site furniture and
   * formulas), sorted by node.
   */
  private record ByReuse(
      JavaPairRDD<Long, Long> storyOf,
      JavaRDD<Sketched> sketched,
      long boilerplate,
      long site,
      long formula,
      List<Flagged> flagged) {}

  /**
   * Reuse families: the steps of {@link BatchRun}'s grouping, as Spark transformations; each group
   * judged by {@link StoryGrouper#judge} with every article's site and day at hand.
   */
  private ByReuse byReuse(JavaPairRDD<Long, Article> articles) {
    JavaRDD<Sketched> sketched = sketch(articles);
    lap("sketch");
    JavaPairRDD<Long, Long> bucketed = buckets(sketched);
    JavaPairRDD<Long, String> keys = keys(sketched);
    JavaPairRDD<Long, Long> verified = verify(keys, bucketed);
    lap("candidates");
    JavaPairRDD<Long, Long> groupOf = ConnectedComponents.smallestOf(verified, partitions);
    Broadcast<Judging> judging = sc.broadcast(judging(sketched));
    JavaPairRDD<Group, StoryGrouper.Kind> groups =
        groups(groupOf, bucketed)
            .mapToPair(g -> new Tuple2<>(g, judging.value().judge(g)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<StoryGrouper.Kind, Long> kinds = groups.values().countByValue();
    List<Flagged> flagged =
        new ArrayList<>(
            groups
                .filter(
                    e -> e._2() == StoryGrouper.Kind.SITE || e._2() == StoryGrouper.Kind.FORMULA)
                .flatMapToPair(
                    e -> {
                      List<Tuple2<Long, Boolean>> out = new ArrayList<>();
                      for (long node : e._1().nodes())
                        out.add(new Tuple2<>(node, e._2() == StoryGrouper.Kind.SITE));
                      return out.iterator();
                    })
                .join(keys, partitions)
                .map(e -> new Flagged(e._1(), e._2()._2(), e._2()._1()))
                .collect());
    flagged.sort(Comparator.comparingLong(Flagged::node));
    JavaPairRDD<Long, Long> storyOf =
        ConnectedComponents.smallestOf(
            links(groups.filter(e -> e._2().links()).keys(), sketched), partitions);
    groupOf.unpersist(false);
    verified.unpersist(false);
    bucketed.unpersist(false);
    groups.unpersist(false);
    keys.unpersist(false);
    return new ByReuse(
        storyOf,
        sketched,
        kinds.getOrDefault(StoryGrouper.Kind.BOILERPLATE, 0L),
        kinds.getOrDefault(StoryGrouper.Kind.SITE, 0L),
        kinds.getOrDefault(StoryGrouper.Kind.FORMULA, 0L),
        flagged);
  }

  /** Every article's site (numbered) and day, by article number, and the rules: what a group is. */
  record Judging(int[] siteOf, long[] days, StoryGrouper.Rules rules) implements Serializable {
    StoryGrouper.Kind judge(Group g) {
      int[] docs = new int[g.articles().length];
      for (int i = 0; i < docs.length; i++) docs[i] = (int) g.articles()[i];
      return StoryGrouper.judge(docs, g.crowded(), siteOf, days, rules);
    }
  }

  private Judging judging(JavaRDD<Sketched> sketched) {
    List<Tuple2<Long, Tuple2<String, Long>>> all =
        sketched
            .mapToPair(s -> new Tuple2<>(s.article(), new Tuple2<>(s.site(), s.day())))
            .sortByKey()
            .collect();
    int[] siteOf = new int[all.size()];
    long[] days = new long[all.size()];
    Map<String, Integer> sites = new HashMap<>();
    for (Tuple2<Long, Tuple2<String, Long>> e : all) {
      int a = (int) (long) e._1();
      siteOf[a] = sites.computeIfAbsent(e._2()._1(), k -> sites.size());
      days[a] = e._2()._2();
    }
    return new Judging(siteOf, days, settings.rules());
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
                            e._1(),
                            s.keys(),
                            s.bandKeys(),
                            Dates.day(e._2().date()),
                            s.site(),
                            s.terms(),
                            s.language()));
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

  /** Every linkable sentence's key by node, partitioned once for the joins that need them. */
  private JavaPairRDD<Long, String> keys(JavaRDD<Sketched> sketched) {
    return sketched
        .flatMapToPair(
            s -> {
              List<Tuple2<Long, String>> out = new ArrayList<>();
              for (int i = 0; i < s.keys().length; i++)
                out.add(new Tuple2<>(node(s.article(), i), s.keys()[i]));
              return out.iterator();
            })
        .partitionBy(new HashPartitioner(partitions))
        .persist(SPILL);
  }

  /** The candidate pairs verified on exact shingle sets. */
  private JavaPairRDD<Long, Long> verify(
      JavaPairRDD<Long, String> keys, JavaPairRDD<Long, Long> bucketed) {
    BatchSettings settings = this.settings;
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
        .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2().isPresent())))
        .groupByKey(partitions)
        .map(SparkBatch::group)
        .filter(g -> g.articles().length >= 2)
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Article links: enough shared groups that link, within the windows. */
  private JavaPairRDD<Long, Long> links(JavaRDD<Group> groups, JavaRDD<Sketched> sketched) {
    BatchSettings settings = this.settings;
    JavaPairRDD<Long, long[]> info =
        sketched.mapToPair(s -> new Tuple2<>(s.article(), new long[] {s.keys().length, s.day()}));
    return groups
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
    List<Long> nodes = new ArrayList<>();
    for (Tuple2<Long, Boolean> m : members._2()) {
      nodes.add(m._1());
      crowded |= m._2();
    }
    long[] sorted = nodes.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Group(
        sorted,
        java.util.Arrays.stream(sorted).map(SparkBatch::articleOf).distinct().sorted().toArray(),
        crowded);
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

  /**
   * The story of the articles under one key, if there are two or more: its families by {@code
   * familyOf}, its sites' furniture from {@code siteText}.
   */
  private static Iterator<Planned> story(
      Tuple2<String, Iterable<Tuple2<Long, ArticleRef>>> group,
      int[] familyOf,
      Map<Long, ArrayList<String>> siteText) {
    Map<Integer, List<ArticleRef>> families = new java.util.TreeMap<>();
    List<Long> numbers = new ArrayList<>();
    Set<String> site = new HashSet<>();
    for (Tuple2<Long, ArticleRef> m : group._2()) {
      numbers.add(m._1());
      families.computeIfAbsent(familyOf[(int) (long) m._1()], k -> new ArrayList<>()).add(m._2());
      site.addAll(siteText.getOrDefault(m._1(), new ArrayList<>()));
    }
    if (numbers.size() < 2) return java.util.Collections.emptyIterator();
    Story story = Story.of(new ArrayList<>(families.values()), site);
    Map<String, String> familyOfId = BatchRun.familiesByArticle(story);
    List<Tuple2<Long, ArticleRef>> sorted = new ArrayList<>();
    group._2().forEach(sorted::add);
    sorted.sort(Comparator.comparingLong(Tuple2::_1));
    long[] members = new long[sorted.size()];
    String[] familyIds = new String[sorted.size()];
    for (int i = 0; i < members.length; i++) {
      members[i] = sorted.get(i)._1();
      familyIds[i] = familyOfId.get(sorted.get(i)._2().id());
    }
    return List.of(new Planned(story, members, familyIds)).iterator();
  }

  private static Iterator<Tuple2<Long, String>> members(Planned p) {
    List<Tuple2<Long, String>> out = new ArrayList<>();
    for (long m : p.members()) out.add(new Tuple2<>(m, p.story().id()));
    return out.iterator();
  }

  /** Each article of a story, by number, with its story and family ids. */
  private static Iterator<Tuple2<Long, Tuple2<String, String>>> memberships(Planned p) {
    List<Tuple2<Long, Tuple2<String, String>>> out = new ArrayList<>();
    for (int i = 0; i < p.members().length; i++)
      out.add(new Tuple2<>(p.members()[i], new Tuple2<>(p.story().id(), p.families()[i])));
    return out.iterator();
  }
}
