package org.newsmerge.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Sentence;
import org.newsmerge.sketch.LshIndex;
import org.newsmerge.sketch.LshParams;
import org.newsmerge.sketch.MinHasher;
import org.newsmerge.sketch.ShingleSettings;
import org.newsmerge.sketch.Shingler;
import org.newsmerge.text.Normalizer;
import org.newsmerge.text.SentenceSplitter;

/**
 * The real sentences every benchmark runs on, read once per JVM: the articles of one SaudiNewsNet
 * day ({@code -Dnewsmerge.bench.data=<path>}, default {@value #DEFAULT_DATA} relative to the
 * working directory, the repository root), else the seed articles in {@code seeds}. Everything is
 * prepared with the pipeline's own stages and default settings; samples are drawn with fixed seeds,
 * so that every run measures the same items.
 *
 * <p>{@code main} prints the data's statistics: what turns a per-item score into MB/s.
 */
final class BenchData {

  static final String PROPERTY = "newsmerge.bench.data";
  static final String DEFAULT_DATA = "../shared/corpora/saudinewsnet-dev/2015-07-23.zip";
  static final long SEED = 20150723L;

  /** Shingles a sentence needs to take part in LSH, as in the pipeline. */
  static final int MIN_SHINGLES = OverlapSettings.DEFAULT.minShingles();

  /** The pipeline's banding: threshold 0.5 over 128 values. */
  static final LshParams LSH = LshParams.optimal(0.5, MinHasher.DEFAULT_SIZE);

  /** Buckets larger than this are boilerplate, as in the pipeline. */
  static final int MAX_BUCKET = 2000;

  final Path source;
  final List<Article> articles;

  /** All sentences, article by article. */
  final List<Sentence> sentences;

  final String[] keys;
  final long[][] shingles;

  /** Indices (into {@link #sentences}) of the sentences with at least {@link #MIN_SHINGLES}. */
  final int[] linkable;

  private static BenchData loaded;

  /** The data of this JVM, read on first use. */
  static synchronized BenchData get() {
    if (loaded == null) {
      loaded = read(source());
      if (loaded.sentences.size() < StageBenchmarks.SENTENCES
          || loaded.linkable.length < StageBenchmarks.SIGNATURES) {
        // Repeating a few items lets the branch predictor learn them: signing 103 seed sentences
        // over and over runs about 3x faster than signing 1024 different ones.
        System.err.println(
            loaded.source
                + ": only "
                + loaded.sentences.size()
                + " sentences, so batches repeat them and scores come out too high");
      }
    }
    return loaded;
  }

  static Path source() {
    String given = System.getProperty(PROPERTY);
    if (given != null) return Path.of(given);
    Path day = Path.of(DEFAULT_DATA);
    return Files.exists(day) ? day : Path.of("seeds");
  }

  private BenchData(Path source, List<Article> articles) {
    this.source = source;
    this.articles = articles;
    SentenceSplitter splitter = new SentenceSplitter();
    List<Sentence> all = new ArrayList<>();
    for (Article a : articles) all.addAll(splitter.split(a));
    this.sentences = List.copyOf(all);
    Shingler shingler = new Shingler(ShingleSettings.DEFAULT);
    keys = new String[sentences.size()];
    shingles = new long[sentences.size()][];
    int m = 0;
    int[] link = new int[sentences.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = Normalizer.key(sentences.get(i).text());
      shingles[i] = shingler.shingles(keys[i]);
      if (shingles[i].length >= MIN_SHINGLES) link[m++] = i;
    }
    linkable = java.util.Arrays.copyOf(link, m);
  }

  static BenchData read(Path source) {
    Corpus corpus = ArticleReader.read(List.of(source));
    if (corpus.articles().isEmpty()) {
      throw new IllegalStateException(source + ": no articles to benchmark on");
    }
    return new BenchData(source, corpus.articles());
  }

  /**
   * {@code size} indices into {@code [0, population)}: distinct ones drawn with a fixed seed when
   * there are enough, else every index in turn, repeated.
   */
  static int[] sample(int population, int size, long seed) {
    int[] out = new int[size];
    if (population < size) {
      for (int i = 0; i < size; i++) out[i] = i % population;
      return out;
    }
    int[] all = new int[population];
    for (int i = 0; i < population; i++) all[i] = i;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(population - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
      out[i] = all[i];
    }
    return out;
  }

  /** {@code size} shingle sets of linkable sentences, drawn with {@link #sample}. */
  long[][] shingleSample(int size, long seed) {
    int[] picked = sample(linkable.length, size, seed);
    long[][] out = new long[size][];
    for (int i = 0; i < size; i++) out[i] = shingles[linkable[picked[i]]];
    return out;
  }

  /**
   * The shingle sets of the first {@code n} linkable sentences in article order: what one LSH call
   * of a batch run sees. When the data holds fewer, the sets come round again with every hash
   * salted per round, so that no set is repeated (repeats would make giant buckets).
   */
  long[][] firstLinkable(int n) {
    long[][] out = new long[n][];
    for (int i = 0; i < n; i++) {
      long[] set = shingles[linkable[i % linkable.length]];
      long round = i / linkable.length;
      if (round > 0) {
        set = set.clone();
        for (int s = 0; s < set.length; s++) set[s] ^= round * 0x9e3779b97f4a7c15L;
        java.util.Arrays.sort(set);
      }
      out[i] = set;
    }
    return out;
  }

  /** Signatures of {@code sets} in one flat array, {@code k} values per set. */
  static int[] sign(long[][] sets, MinHasher hasher) {
    int k = hasher.size();
    int[] flat = new int[sets.length * k];
    for (int i = 0; i < sets.length; i++) hasher.sign(sets[i], flat, i * k);
    return flat;
  }

  /** LSH candidate pairs among {@code sets}, as the pipeline finds them. */
  static long[] candidatePairs(long[][] sets, MinHasher hasher) {
    int[] flat = sign(sets, hasher);
    return LshIndex.candidates(flat, sets.length, hasher.size(), LSH, null, MAX_BUCKET).pairs();
  }

  private static long utf8Bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Prints what the benchmarks run on. */
  public static void main(String[] args) {
    BenchData d = get();
    long chars = 0;
    long bytes = 0;
    long articleBytes = 0;
    long shingleCount = 0;
    for (Sentence s : d.sentences) {
      chars += s.text().length();
      bytes += utf8Bytes(s.text());
    }
    for (Article a : d.articles) articleBytes += utf8Bytes(a.text());
    for (int i : d.linkable) shingleCount += d.shingles[i].length;
    System.out.println("data: " + d.source);
    System.out.println("articles: " + d.articles.size());
    System.out.println(
        String.format(
            Locale.ROOT,
            "article text: %.1f kB UTF-8 per article on average",
            articleBytes / 1000.0 / d.articles.size()));
    System.out.println(
        String.format(
            Locale.ROOT,
            "sentences: %d (%.1f per article), %.1f chars and %.1f UTF-8 bytes on average",
            d.sentences.size(),
            (double) d.sentences.size() / d.articles.size(),
            (double) chars / d.sentences.size(),
            (double) bytes / d.sentences.size()));
    System.out.println(
        String.format(
            Locale.ROOT,
            "linkable sentences (>= %d shingles): %d, %.1f shingles on average",
            MIN_SHINGLES,
            d.linkable.length,
            (double) shingleCount / d.linkable.length));
    System.out.println("LSH: " + LSH.bands() + " bands x " + LSH.rows() + " rows");
    StageBenchmarks.describe(d);
  }
}
