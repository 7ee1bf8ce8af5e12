package org.newsmerge.pipeline;

import java.util.Arrays;
import java.util.List;
import org.newsmerge.model.Article;
import org.newsmerge.model.Sentence;
import org.newsmerge.sketch.LshIndex;
import org.newsmerge.sketch.LshParams;
import org.newsmerge.sketch.MinHasher;
import org.newsmerge.sketch.Shingler;
import org.newsmerge.text.Normalizer;
import org.newsmerge.text.SentenceSplitter;

/**
 * Sketches of the linkable sentences of a whole archive, in flat arrays: for sentence {@code i},
 * its article {@code articleOf[i]}, its matching key, and its MinHash signature in {@code
 * signatures[i * k, (i + 1) * k)}. Only sentences with enough shingles to tell stories apart are
 * kept; shingle sets are recomputed from the keys when a candidate pair is verified, so that memory
 * holds one signature per sentence and no shingle sets.
 */
final class ArchiveSketches {

  /** Buckets larger than this hold boilerplate; their sentences link nothing. */
  private static final int MAX_BUCKET = 100;

  private final int[] articleOf;
  private final String[] keys;
  private final int[] signatures;
  private final int[] linkablePerArticle;
  private final int k;
  private final double threshold;
  private final Shingler shingler;
  private boolean[] crowded;

  private ArchiveSketches(
      int[] articleOf,
      String[] keys,
      int[] signatures,
      int[] linkablePerArticle,
      int k,
      double threshold,
      Shingler shingler) {
    this.articleOf = articleOf;
    this.keys = keys;
    this.signatures = signatures;
    this.linkablePerArticle = linkablePerArticle;
    this.k = k;
    this.threshold = threshold;
    this.shingler = shingler;
  }

  static ArchiveSketches build(
      List<Article> articles,
      BatchSettings settings,
      BatchRun.Parallel parallel,
      Progress progress) {
    Shingler shingler = new Shingler(settings.overlaps().shingles());
    MinHasher hasher = new MinHasher(settings.overlaps().signatureSize(), MinHasher.DEFAULT_SEED);
    int k = hasher.size();
    String[][] keysOf = new String[articles.size()][];
    int[][] signaturesOf = new int[articles.size()][];
    ThreadLocal<SentenceSplitter> splitters = ThreadLocal.withInitial(SentenceSplitter::new);
    parallel.forEach(
        articles.size(),
        a -> {
          List<Sentence> sentences = splitters.get().split(articles.get(a));
          String[] keys = new String[sentences.size()];
          int[] signatures = new int[sentences.size() * k];
          int m = 0;
          for (Sentence s : sentences) {
            String key = Normalizer.key(s.text());
            long[] shingles = shingler.shingles(key);
            if (shingles.length < settings.minLinkShingles()) continue;
            hasher.sign(shingles, signatures, m * k);
            keys[m++] = key;
          }
          keysOf[a] = Arrays.copyOf(keys, m);
          signaturesOf[a] = Arrays.copyOf(signatures, m * k);
          progress.step(1);
        });
    int n = 0;
    for (String[] keys : keysOf) n += keys.length;
    int[] articleOf = new int[n];
    String[] keys = new String[n];
    int[] signatures = new int[n * k];
    int[] linkable = new int[articles.size()];
    int at = 0;
    for (int a = 0; a < articles.size(); a++) {
      linkable[a] = keysOf[a].length;
      System.arraycopy(signaturesOf[a], 0, signatures, at * k, keysOf[a].length * k);
      for (String key : keysOf[a]) {
        articleOf[at] = a;
        keys[at++] = key;
      }
      keysOf[a] = null;
      signaturesOf[a] = null;
    }
    return new ArchiveSketches(
        articleOf, keys, signatures, linkable, k, settings.overlaps().threshold(), shingler);
  }

  /** Duplicate sentence pairs across articles, verified on exact shingle sets, sorted. */
  long[] verifiedPairs(BatchRun.Parallel parallel) {
    int n = articleOf.length;
    LshParams params = LshParams.optimal(threshold, k);
    LshIndex.Candidates candidates =
        LshIndex.candidates(signatures, n, k, params, null, MAX_BUCKET);
    crowded = candidates.crowded();
    long[] pairs = candidates.pairs();
    boolean[] keep = new boolean[pairs.length];
    parallel.forEach(
        pairs.length,
        p -> {
          int i = LshIndex.Candidates.first(pairs[p]);
          int j = LshIndex.Candidates.second(pairs[p]);
          if (articleOf[i] == articleOf[j]) return;
          keep[p] =
              Shingler.jaccard(shingler.shingles(keys[i]), shingler.shingles(keys[j])) >= threshold;
        });
    int m = 0;
    for (int p = 0; p < pairs.length; p++) if (keep[p]) pairs[m++] = pairs[p];
    return Arrays.copyOf(pairs, m);
  }

  int[] articleOf() {
    return articleOf;
  }

  boolean[] crowded() {
    return crowded;
  }

  int[] linkablePerArticle() {
    return linkablePerArticle;
  }
}
