package org.newsmerge.batch;

import java.util.Arrays;
import java.util.List;
import org.newsmerge.model.Article;
import org.newsmerge.sketch.LshIndex;

/**
 * Sketches ({@link LinkSketcher}) of the linkable sentences of a whole archive, built while it
 * streams by, in flat primitive arrays: for sentence {@code i}, its article {@code articleOf[i]},
 * its matching key (in a {@link KeyStore}), and its LSH band keys ({@code bands} ints). Only
 * sentences with enough shingles to tell stories apart are kept; shingle sets are recomputed from
 * the keys when a candidate pair is verified. Per sentence this holds about its length in bytes
 * plus 4 bytes a band: no shingle sets, no whole signatures, no article text.
 */
final class ArchiveSketches {

  private final KeyStore keys = new KeyStore();
  private final int bands;
  private final LinkSketcher verifier;
  private final ThreadLocal<LinkSketcher> sketchers;
  private int[] articleOf = new int[1024];
  private int[] bandKeys;
  private int[] linkable = new int[1024];
  private int articles;
  private boolean[] crowded;

  ArchiveSketches(BatchSettings settings) {
    this.verifier = new LinkSketcher(settings);
    this.sketchers = ThreadLocal.withInitial(() -> new LinkSketcher(settings));
    this.bands = verifier.bands();
    this.bandKeys = new int[1024 * bands];
  }

  /** Sketches a chunk of articles (in parallel) and appends them, in order. */
  void add(List<Article> chunk, BatchRun.Parallel parallel) {
    LinkSketcher.Sketch[] sketches = new LinkSketcher.Sketch[chunk.size()];
    parallel.forEach(chunk.size(), a -> sketches[a] = sketchers.get().sketch(chunk.get(a)));
    for (LinkSketcher.Sketch sketch : sketches) {
      int article = articles++;
      if (article >= linkable.length) linkable = Arrays.copyOf(linkable, linkable.length * 2);
      linkable[article] = sketch.keys().length;
      for (int s = 0; s < sketch.keys().length; s++) {
        int i = keys.add(sketch.keys()[s]);
        if (i >= articleOf.length) articleOf = Arrays.copyOf(articleOf, articleOf.length * 2);
        if ((i + 1) * bands > bandKeys.length)
          bandKeys = Arrays.copyOf(bandKeys, bandKeys.length * 2);
        articleOf[i] = article;
        System.arraycopy(sketch.bandKeys(), s * bands, bandKeys, i * bands, bands);
      }
    }
  }

  /** Duplicate sentence pairs across articles, verified on exact shingle sets, sorted. */
  long[] verifiedPairs(BatchRun.Parallel parallel) {
    int n = keys.size();
    LshIndex.Candidates candidates =
        LshIndex.fromBandKeys(bandKeys, n, bands, null, LinkSketcher.MAX_BUCKET);
    crowded = candidates.crowded();
    long[] pairs = candidates.pairs();
    boolean[] keep = new boolean[pairs.length];
    parallel.forEach(
        pairs.length,
        p -> {
          int i = LshIndex.Candidates.first(pairs[p]);
          int j = LshIndex.Candidates.second(pairs[p]);
          if (articleOf[i] == articleOf[j]) return;
          keep[p] = verifier.duplicates(keys.get(i), keys.get(j));
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
