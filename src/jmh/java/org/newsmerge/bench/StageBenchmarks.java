package org.newsmerge.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.newsmerge.event.EventTerms;
import org.newsmerge.model.Article;
import org.newsmerge.model.Sentence;
import org.newsmerge.sketch.LshIndex;
import org.newsmerge.sketch.MinHasher;
import org.newsmerge.sketch.ShingleSettings;
import org.newsmerge.sketch.Shingler;
import org.newsmerge.text.Normalizer;
import org.newsmerge.text.SentenceSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One benchmark per hot stage of the pipeline, each over a fixed batch of real items (see {@link
 * BenchData}). Every score is items per second ({@link OperationsPerInvocation} is the batch size):
 * sentences/s for normalising, shingling and signing, articles/s for splitting, signatures/s for
 * LSH (insertion and query of the whole batch in one call), candidate pairs/s for verification. A
 * batch's own ops/s is the score divided by the batch size; MB/s comes from {@code BenchData}'s
 * statistics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class StageBenchmarks {

  /** Sentences per batch for normalising, shingling and signing (a seeded sample). */
  static final int SENTENCES = 4096;

  /** Articles per batch for sentence splitting (a seeded sample). */
  static final int ARTICLES = 256;

  /**
   * Signatures in one LSH call: the first linkable sentences of the day in article order, about
   * what one day's batch run indexes at once.
   */
  static final int SIGNATURES = 8192;

  /** Candidate pairs per verification batch (a seeded sample of the LSH call's pairs). */
  static final int PAIRS = 1024;

  private final Shingler shingler = new Shingler(ShingleSettings.DEFAULT);
  private final MinHasher hasher = new MinHasher();

  private String[] texts;
  private String[] keys;
  private long[][] sets;
  private int[] signatures;
  private Article[] articles;
  private String[] titleKeys;
  private List<List<String>> sentenceKeys;
  private int[] lshSignatures;
  private long[][] pairFirst;
  private long[][] pairSecond;

  /** Sentence splitters keep state: one per thread, as in the pipeline. */
  @State(Scope.Thread)
  public static class Splitter {
    final SentenceSplitter splitter = new SentenceSplitter();
  }

  @Setup(Level.Trial)
  public void load() {
    Batches b = new Batches(BenchData.get());
    texts = b.texts;
    keys = b.keys;
    sets = b.sets;
    signatures = new int[SENTENCES * hasher.size()];
    articles = b.articles;
    // An article's event terms come from its title's key and its sentences' keys, as a batch
    // run's first pass has them.
    titleKeys = new String[ARTICLES];
    sentenceKeys = new java.util.ArrayList<>();
    SentenceSplitter splitter = new SentenceSplitter();
    for (int i = 0; i < ARTICLES; i++) {
      titleKeys[i] = Normalizer.key(articles[i].title());
      sentenceKeys.add(
          splitter.split(articles[i]).stream().map(x -> Normalizer.key(x.text())).toList());
    }
    lshSignatures = BenchData.sign(b.lshSets, hasher);
    pairFirst = b.pairFirst;
    pairSecond = b.pairSecond;
  }

  /** The batches, built the same way for the benchmarks and for {@link #describe}. */
  static final class Batches {
    final String[] texts = new String[SENTENCES];
    final String[] keys = new String[SENTENCES];
    final long[][] sets = new long[SENTENCES][];
    final Article[] articles = new Article[ARTICLES];
    final long[][] lshSets;
    final long candidates;
    final long[][] pairFirst = new long[PAIRS][];
    final long[][] pairSecond = new long[PAIRS][];

    Batches(BenchData d) {
      int[] s = BenchData.sample(d.sentences.size(), SENTENCES, BenchData.SEED);
      for (int i = 0; i < SENTENCES; i++) {
        texts[i] = d.sentences.get(s[i]).text();
        keys[i] = d.keys[s[i]];
        sets[i] = d.shingles[s[i]];
      }
      int[] a = BenchData.sample(d.articles.size(), ARTICLES, BenchData.SEED + 1);
      for (int i = 0; i < ARTICLES; i++) articles[i] = d.articles.get(a[i]);
      lshSets = d.firstLinkable(SIGNATURES);
      long[] pairs = BenchData.candidatePairs(lshSets, new MinHasher());
      candidates = pairs.length;
      int[] p = BenchData.sample(pairs.length, PAIRS, BenchData.SEED + 2);
      for (int i = 0; i < PAIRS; i++) {
        pairFirst[i] = lshSets[LshIndex.Candidates.first(pairs[p[i]])];
        pairSecond[i] = lshSets[LshIndex.Candidates.second(pairs[p[i]])];
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public void normalize(Blackhole bh) {
    for (String t : texts) bh.consume(Normalizer.key(t));
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void splitSentences(Splitter s, Blackhole bh) {
    for (Article a : articles) bh.consume(s.splitter.split(a));
  }

  /** An article's language told and its event terms counted (Lucene's analysis), per article. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void eventTerms(Blackhole bh) {
    for (int i = 0; i < ARTICLES; i++) {
      EventTerms.Language language = EventTerms.language(titleKeys[i], sentenceKeys.get(i));
      bh.consume(EventTerms.of(language, titleKeys[i], sentenceKeys.get(i)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public void shingle(Blackhole bh) {
    for (String k : keys) bh.consume(shingler.shingles(k));
  }

  /** Into one flat array, as the pipeline signs. */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public int[] sign() {
    int k = hasher.size();
    for (int i = 0; i < SENTENCES; i++) hasher.sign(sets[i], signatures, i * k);
    return signatures;
  }

  @Benchmark
  @OperationsPerInvocation(SIGNATURES)
  public LshIndex.Candidates lshCandidates() {
    return LshIndex.candidates(
        lshSignatures, SIGNATURES, hasher.size(), BenchData.LSH, null, BenchData.MAX_BUCKET);
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double verify() {
    double sum = 0;
    for (int i = 0; i < PAIRS; i++) sum += Shingler.jaccard(pairFirst[i], pairSecond[i]);
    return sum;
  }

  /** Prints the batches' sizes: what turns the scores into MB/s and sentences/s. */
  static void describe(BenchData d) {
    Batches b = new Batches(d);
    long textBytes = 0;
    for (String t : b.texts) textBytes += t.getBytes(StandardCharsets.UTF_8).length;
    long shingles = 0;
    for (long[] s : b.sets) shingles += s.length;
    long articleBytes = 0;
    long articleSentences = 0;
    SentenceSplitter splitter = new SentenceSplitter();
    for (Article a : b.articles) {
      articleBytes += a.text().getBytes(StandardCharsets.UTF_8).length;
      List<Sentence> split = splitter.split(a);
      articleSentences += split.size();
    }
    long pairShingles = 0;
    for (int i = 0; i < PAIRS; i++) pairShingles += b.pairFirst[i].length + b.pairSecond[i].length;
    System.out.println(
        String.format(
            Locale.ROOT,
            "sentence batch (%d): %.1f UTF-8 bytes and %.1f shingles per sentence",
            SENTENCES,
            (double) textBytes / SENTENCES,
            (double) shingles / SENTENCES));
    System.out.println(
        String.format(
            Locale.ROOT,
            "article batch (%d): %.1f UTF-8 bytes and %.2f sentences per article",
            ARTICLES,
            (double) articleBytes / ARTICLES,
            (double) articleSentences / ARTICLES));
    System.out.println(
        String.format(
            Locale.ROOT,
            "LSH batch: %d signatures (%d linkable sentences in the data), %d candidate pairs",
            SIGNATURES,
            d.linkable.length,
            b.candidates));
    System.out.println(
        String.format(
            Locale.ROOT,
            "verification batch (%d pairs): %.1f shingles per set",
            PAIRS,
            pairShingles / (2.0 * PAIRS)));
  }
}
