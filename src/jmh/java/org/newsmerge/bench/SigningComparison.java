package org.newsmerge.bench;

import info.debatty.java.lsh.MinHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.newsmerge.sketch.MinHasher;
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
 * The signing stage side by side on identical shingle sets ({@link #SETS} real sentences, see
 * {@link BenchData}), 128 values per signature for all three: newsmerge's {@link MinHasher}
 * (one-permutation MinHash, optimal densification), java-lsh's {@link MinHash} (128 hash functions
 * per element) and Lucene's {@code MinHashFilter} (one hash, 128 buckets, rotation; see {@link
 * LuceneSigner}). Scores are signatures/s. The peers take other shapes than {@code long[]}: {@code
 * javaLsh} and {@code lucene} get them ready-made (conversion outside the timed region), {@code
 * ...WithConversion} build them from the {@code long[]} inside it (see {@link PeerInputs}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class SigningComparison {

  static final int SETS = 1024;
  static final int K = 128;

  /** java-lsh draws its hash coefficients from {@code java.util.Random} with this seed. */
  static final long JAVA_LSH_SEED = 42;

  private final MinHasher newsmerge = new MinHasher(K, MinHasher.DEFAULT_SEED);

  // The dictionary size only bounds boolean[] input and guards against overflow in (a * x + b);
  // elements are any int, so the largest size is the honest one.
  private final MinHash javaLsh = new MinHash(K, Integer.MAX_VALUE, JAVA_LSH_SEED);

  private long[][] sets;
  private List<Set<Integer>> integerSets;
  private String[][] hexTokens;

  /** Lucene's filter keeps state: one per thread. */
  @State(Scope.Thread)
  public static class Lucene {
    final LuceneSigner signer = new LuceneSigner(K);
  }

  @Setup(Level.Trial)
  public void load() {
    sets = BenchData.get().shingleSample(SETS, BenchData.SEED + 3);
    integerSets = new ArrayList<>(SETS);
    hexTokens = new String[SETS][];
    for (int i = 0; i < SETS; i++) {
      integerSets.add(PeerInputs.integerSet(sets[i]));
      hexTokens[i] = PeerInputs.hexTokens(sets[i]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(SETS)
  public void newsmerge(Blackhole bh) {
    for (long[] s : sets) bh.consume(newsmerge.sign(s));
  }

  @Benchmark
  @OperationsPerInvocation(SETS)
  public void javaLsh(Blackhole bh) {
    for (Set<Integer> s : integerSets) bh.consume(javaLsh.signature(s));
  }

  @Benchmark
  @OperationsPerInvocation(SETS)
  public void javaLshWithConversion(Blackhole bh) {
    for (long[] s : sets) bh.consume(javaLsh.signature(PeerInputs.integerSet(s)));
  }

  @Benchmark
  @OperationsPerInvocation(SETS)
  public void lucene(Lucene lucene, Blackhole bh) {
    for (String[] t : hexTokens) bh.consume(lucene.signer.sign(t));
  }

  @Benchmark
  @OperationsPerInvocation(SETS)
  public void luceneWithConversion(Lucene lucene, Blackhole bh) {
    for (long[] s : sets) bh.consume(lucene.signer.sign(PeerInputs.hexTokens(s)));
  }
}
