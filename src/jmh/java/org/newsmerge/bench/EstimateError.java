package org.newsmerge.bench;

import info.debatty.java.lsh.MinHash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.newsmerge.internal.LongList;
import org.newsmerge.sketch.LshIndex;
import org.newsmerge.sketch.MinHasher;
import org.newsmerge.sketch.Shingler;

/**
 * How far each signer's similarity estimate lies from the exact Jaccard similarity of the shingle
 * sets, on real sentence pairs that span the range: LSH candidate pairs of the day's sentences (the
 * pairs the pipeline verifies), random pairs of the day's sentences (near 0), and every pair of
 * seed sentences with some overlap. Pairs of identical sets are left out: every signer is exact on
 * them. Same settings as {@link SigningComparison}, fixed seeds: the same output on every run.
 *
 * <pre>java -cp target/benchmarks.jar org.newsmerge.bench.EstimateError</pre>
 */
public final class EstimateError {

  static final int CANDIDATE_PAIRS = 2000;
  static final int RANDOM_PAIRS = 1000;

  /** Seed pairs below this exact similarity are left out: the random pairs cover that range. */
  static final double SEED_PAIR_FLOOR = 0.05;

  private EstimateError() {}

  /** One pair: exact similarity and the three estimates. */
  record Pair(
      String from,
      long[] a,
      long[] b,
      double exact,
      double newsmerge,
      double javaLsh,
      double lucene) {}

  public static void main(String[] args) {
    BenchData day = BenchData.get();
    MinHasher newsmerge = new MinHasher(SigningComparison.K, MinHasher.DEFAULT_SEED);
    Estimator estimator = Estimator.of(MinHasher.DEFAULT_SEED, SigningComparison.JAVA_LSH_SEED, "");

    List<Pair> pairs = new ArrayList<>();
    int identical = 0;
    long[][] linkable = day.firstLinkable(day.linkable.length);
    long[] candidates = BenchData.candidatePairs(linkable, newsmerge);
    LongList differing = new LongList();
    for (long c : candidates) {
      long[] a = linkable[LshIndex.Candidates.first(c)];
      long[] b = linkable[LshIndex.Candidates.second(c)];
      if (Arrays.equals(a, b)) identical++;
      else differing.add(c);
    }
    long[] distinct = differing.toArray();
    int[] picked =
        BenchData.sample(
            distinct.length, Math.min(CANDIDATE_PAIRS, distinct.length), BenchData.SEED + 4);
    for (int p : picked) {
      long[] a = linkable[LshIndex.Candidates.first(distinct[p])];
      long[] b = linkable[LshIndex.Candidates.second(distinct[p])];
      pairs.add(estimator.pair("day, LSH candidates", a, b));
    }
    SplittableRandom random = new SplittableRandom(BenchData.SEED + 5);
    while (pairs.size() < picked.length + RANDOM_PAIRS) {
      long[] a = linkable[random.nextInt(linkable.length)];
      long[] b = linkable[random.nextInt(linkable.length)];
      if (Arrays.equals(a, b)) continue;
      pairs.add(estimator.pair("day, random pairs", a, b));
    }
    Path seedsPath = Path.of("seeds");
    BenchData seeds = BenchData.read(seedsPath);
    for (int x = 0; x < seeds.linkable.length; x++) {
      for (int y = x + 1; y < seeds.linkable.length; y++) {
        long[] a = seeds.shingles[seeds.linkable[x]];
        long[] b = seeds.shingles[seeds.linkable[y]];
        if (Arrays.equals(a, b)) {
          identical++;
          continue;
        }
        if (Shingler.jaccard(a, b) < SEED_PAIR_FLOOR) continue;
        pairs.add(estimator.pair("seeds, pairs with J >= " + SEED_PAIR_FLOOR, a, b));
      }
    }

    System.out.println("data: " + day.source + " and " + seedsPath);
    System.out.println(
        "signers: newsmerge MinHasher k=128 seed "
            + Long.toHexString(MinHasher.DEFAULT_SEED)
            + "; java-lsh MinHash(128, Integer.MAX_VALUE, "
            + SigningComparison.JAVA_LSH_SEED
            + "); Lucene MinHashFilter(hashCount=1, bucketCount=128, hashSetSize=1,"
            + " withRotation=true)");
    System.out.println(pairs.size() + " pairs; " + identical + " pairs of identical sets left out");
    System.out.println();
    System.out.println("| pairs | count | mean exact J |");
    System.out.println("|---|---:|---:|");
    for (String from : sources(pairs)) {
      List<Pair> some = pairs.stream().filter(p -> p.from().equals(from)).toList();
      System.out.println(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.3f |",
              from,
              some.size(),
              some.stream().mapToDouble(Pair::exact).average().orElse(0)));
    }
    System.out.println();
    System.out.println(
        "| exact J | pairs | tool | mean abs error | RMSE | max abs error | mean signed error |");
    System.out.println("|---|---:|---|---:|---:|---:|---:|");
    table(pairs, "all", 0, 1.01);
    table(pairs, ">= 0.3", 0.3, 1.01);
    table(pairs, "< 0.3", 0, 0.3);
    table(pairs, "0.3 - 0.5", 0.3, 0.5);
    table(pairs, "0.5 - 0.8", 0.5, 0.8);
    table(pairs, ">= 0.8", 0.8, 1.01);

    // One seed could be lucky: the same pairs under other seeds (Lucene's hash has a fixed seed,
    // so its tokens get a prefix per seed instead, which gives another hash function).
    System.out.println();
    System.out.println(
        "Other seeds (newsmerge and java-lsh: seed s; Lucene: tokens prefixed with \"s:\"), RMSE:");
    System.out.println();
    System.out.println(
        "| seed | all: newsmerge | java-lsh | Lucene | J >= 0.3: newsmerge | java-lsh | Lucene |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (long seed = 1; seed <= SEEDS; seed++) {
      Estimator other = Estimator.of(seed, seed, seed + ":");
      List<Pair> again = new ArrayList<>();
      for (Pair p : pairs) again.add(other.pair(p.from(), p.a(), p.b()));
      List<Pair> high = again.stream().filter(p -> p.exact() >= 0.3).toList();
      System.out.println(
          String.format(
              Locale.ROOT,
              "| %d | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |",
              seed,
              rmse(again, Pair::newsmerge),
              rmse(again, Pair::javaLsh),
              rmse(again, Pair::lucene),
              rmse(high, Pair::newsmerge),
              rmse(high, Pair::javaLsh),
              rmse(high, Pair::lucene)));
    }
  }

  static final int SEEDS = 5;

  private static double rmse(List<Pair> pairs, java.util.function.ToDoubleFunction<Pair> estimate) {
    double square = 0;
    for (Pair p : pairs) {
      double e = estimate.applyAsDouble(p) - p.exact();
      square += e * e;
    }
    return Math.sqrt(square / pairs.size());
  }

  private static List<String> sources(List<Pair> pairs) {
    return pairs.stream().map(Pair::from).distinct().toList();
  }

  private static void table(List<Pair> pairs, String label, double from, double to) {
    List<Pair> in = pairs.stream().filter(p -> p.exact() >= from && p.exact() < to).toList();
    if (in.isEmpty()) return;
    row(label, in, "newsmerge", Pair::newsmerge);
    row(label, in, "java-lsh", Pair::javaLsh);
    row(label, in, "Lucene", Pair::lucene);
  }

  private static void row(
      String label,
      List<Pair> pairs,
      String tool,
      java.util.function.ToDoubleFunction<Pair> estimate) {
    double abs = 0;
    double square = 0;
    double max = 0;
    double signed = 0;
    for (Pair p : pairs) {
      double e = estimate.applyAsDouble(p) - p.exact();
      abs += Math.abs(e);
      square += e * e;
      max = Math.max(max, Math.abs(e));
      signed += e;
    }
    int n = pairs.size();
    System.out.println(
        String.format(
            Locale.ROOT,
            "| %s | %d | %s | %.4f | %.4f | %.4f | %+.4f |",
            label,
            n,
            tool,
            abs / n,
            Math.sqrt(square / n),
            max,
            signed / n));
  }

  /** The three signers, and a pair's exact similarity and estimates. */
  private record Estimator(
      MinHasher newsmerge, MinHash javaLsh, LuceneSigner lucene, String tokenPrefix) {

    static Estimator of(long newsmergeSeed, long javaLshSeed, String tokenPrefix) {
      return new Estimator(
          new MinHasher(SigningComparison.K, newsmergeSeed),
          new MinHash(SigningComparison.K, Integer.MAX_VALUE, javaLshSeed),
          new LuceneSigner(SigningComparison.K),
          tokenPrefix);
    }

    Pair pair(String from, long[] a, long[] b) {
      return new Pair(
          from,
          a,
          b,
          Shingler.jaccard(a, b),
          newsmerge.similarity(newsmerge.sign(a), newsmerge.sign(b)),
          javaLsh.similarity(
              javaLsh.signature(PeerInputs.integerSet(a)),
              javaLsh.signature(PeerInputs.integerSet(b))),
          LuceneSigner.similarity(lucene.sign(tokens(a)), lucene.sign(tokens(b))));
    }

    private String[] tokens(long[] set) {
      String[] t = PeerInputs.hexTokens(set);
      if (!tokenPrefix.isEmpty()) for (int i = 0; i < t.length; i++) t[i] = tokenPrefix + t[i];
      return t;
    }
  }
}
