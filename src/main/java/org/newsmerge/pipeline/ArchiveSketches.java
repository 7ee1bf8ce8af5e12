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
 * Sketches of the linkable sentences of a whole archive, built while it streams by, in flat
 * primitive arrays: for sentence {@code i}, its article {@code articleOf[i]}, its matching key (in
 * a {@link KeyStore}), and its LSH band keys ({@code bands} ints). Only sentences with enough
 * shingles to tell stories apart are kept; shingle sets are recomputed from the keys when a
 * candidate pair is verified. Per sentence this holds about its length in bytes plus 4 bytes a
 * band: no shingle sets, no whole signatures, no article text.
 */
final class ArchiveSketches {

  /** Buckets larger than this hold boilerplate; their sentences link nothing. */
  private static final int MAX_BUCKET = 100;

  private final BatchSettings settings;
  private final Shingler shingler;
  private final MinHasher hasher;
  private final LshParams params;
  private final KeyStore keys = new KeyStore();
  private int[] articleOf = new int[1024];
  private int[] bandKeys;
  private int[] linkable = new int[1024];
  private int articles;
  private boolean[] crowded;
  private final ThreadLocal<SentenceSplitter> splitters =
      ThreadLocal.withInitial(SentenceSplitter::new);

  ArchiveSketches(BatchSettings settings) {
    this.settings = settings;
    this.shingler = new Shingler(settings.overlaps().shingles());
    this.hasher = new MinHasher(settings.overlaps().signatureSize(), MinHasher.DEFAULT_SEED);
    this.params = LshParams.optimal(settings.overlaps().threshold(), hasher.size());
    this.bandKeys = new int[1024 * params.bands()];
  }

  /** Sketches a chunk of articles (in parallel) and appends them, in order. */
  void add(List<Article> chunk, BatchRun.Parallel parallel) {
    String[][] keysOf = new String[chunk.size()][];
    int[][] bandsOf = new int[chunk.size()][];
    int bands = params.bands();
    int k = hasher.size();
    parallel.forEach(
        chunk.size(),
        a -> {
          List<Sentence> sentences = splitters.get().split(chunk.get(a));
          String[] found = new String[sentences.size()];
          int[] keysBands = new int[sentences.size() * bands];
          int[] signature = new int[k];
          int m = 0;
          for (Sentence s : sentences) {
            String key = Normalizer.key(s.text());
            if (key.length() > KeyStore.MAX_KEY) continue;
            long[] shingles = shingler.shingles(key);
            if (shingles.length < settings.minLinkShingles()) continue;
            hasher.sign(shingles, signature, 0);
            LshIndex.bandKeys(signature, 0, params, keysBands, m * bands);
            found[m++] = key;
          }
          keysOf[a] = Arrays.copyOf(found, m);
          bandsOf[a] = Arrays.copyOf(keysBands, m * bands);
        });
    for (int a = 0; a < chunk.size(); a++) {
      int article = articles++;
      if (article >= linkable.length) linkable = Arrays.copyOf(linkable, linkable.length * 2);
      linkable[article] = keysOf[a].length;
      for (int s = 0; s < keysOf[a].length; s++) {
        int i = keys.add(keysOf[a][s]);
        if (i >= articleOf.length) articleOf = Arrays.copyOf(articleOf, articleOf.length * 2);
        if ((i + 1) * bands > bandKeys.length)
          bandKeys = Arrays.copyOf(bandKeys, bandKeys.length * 2);
        articleOf[i] = article;
        System.arraycopy(bandsOf[a], s * bands, bandKeys, i * bands, bands);
      }
    }
  }

  /** Duplicate sentence pairs across articles, verified on exact shingle sets, sorted. */
  long[] verifiedPairs(BatchRun.Parallel parallel) {
    int n = keys.size();
    LshIndex.Candidates candidates =
        LshIndex.fromBandKeys(bandKeys, n, params.bands(), null, MAX_BUCKET);
    crowded = candidates.crowded();
    long[] pairs = candidates.pairs();
    boolean[] keep = new boolean[pairs.length];
    double threshold = settings.overlaps().threshold();
    parallel.forEach(
        pairs.length,
        p -> {
          int i = LshIndex.Candidates.first(pairs[p]);
          int j = LshIndex.Candidates.second(pairs[p]);
          if (articleOf[i] == articleOf[j]) return;
          keep[p] =
              Shingler.jaccard(shingler.shingles(keys.get(i)), shingler.shingles(keys.get(j)))
                  >= threshold;
        });
    int m = 0;
    for (int p = 0; p < pairs.length; p++) if (keep[p]) pairs[m++] = pairs[p];
    return Arrays.copyOf(pairs, m);
  }

  int[] articleOf() {
    return Arrays.copyOf(articleOf, keys.size());
  }

  boolean[] crowded() {
    return crowded;
  }

  int[] linkablePerArticle() {
    return Arrays.copyOf(linkable, articles);
  }
}
