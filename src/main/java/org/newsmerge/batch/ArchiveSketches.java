package org.newsmerge.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.newsmerge.cluster.ReprintAnchors;
import org.newsmerge.cluster.ReprintLinker;
import org.newsmerge.event.EventTerms;
import org.newsmerge.event.TermBag;
import org.newsmerge.event.TermStore;
import org.newsmerge.internal.Parallel;
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

  private KeyStore keys = new KeyStore();
  private final int bands;
  private final LinkSketcher verifier;
  private final ThreadLocal<LinkSketcher> sketchers;
  private int[] articleOf = new int[1024];

  /**
   * Each linkable sentence's LSH band keys, one array per band ({@link LshIndex#fromBandColumns}).
   */
  private int[][] bandKeys;

  private int[] linkable = new int[1024];
  private int articles;
  private boolean[] crowded;
  private int[] siteOf = new int[1024];
  private final LinkSketcher.Sites sites = new LinkSketcher.Sites();
  private TermStore terms = new TermStore();

  ArchiveSketches(BatchSettings settings) {
    this.verifier = new LinkSketcher(settings);
    this.sketchers = ThreadLocal.withInitial(() -> new LinkSketcher(settings));
    this.bands = verifier.bands();
    this.bandKeys = new int[bands][1024];
  }

  /** Sketches a chunk of articles (in parallel) and appends them, in order. */
  void add(List<Article> chunk, Parallel parallel) {
    LinkSketcher.Sketch[] sketches = new LinkSketcher.Sketch[chunk.size()];
    parallel.forEach(chunk.size(), a -> sketches[a] = sketchers.get().sketch(chunk.get(a)));
    for (LinkSketcher.Sketch sketch : sketches) {
      int article = articles++;
      if (article >= linkable.length) linkable = Arrays.copyOf(linkable, linkable.length * 2);
      linkable[article] = sketch.keys().length;
      if (article >= siteOf.length) siteOf = Arrays.copyOf(siteOf, siteOf.length * 2);
      siteOf[article] = sites.number(sketch.site());
      if (sketch.terms() != null) {
        terms.add(sketch.terms(), sketch.language());
      }
      for (int s = 0; s < sketch.keys().length; s++) {
        int i = keys.add(sketch.keys()[s]);
        if (i >= articleOf.length) articleOf = Arrays.copyOf(articleOf, articleOf.length * 2);
        if (i == bandKeys[0].length)
          for (int b = 0; b < bands; b++) bandKeys[b] = Arrays.copyOf(bandKeys[b], i * 2);
        articleOf[i] = article;
        for (int b = 0; b < bands; b++) bandKeys[b][i] = sketch.bandKeys()[s * bands + b];
      }
    }
  }

  /**
   * Duplicate sentence pairs across articles, verified on exact shingle sets, sorted. The band keys
   * are let go of once the candidates are found; {@code width} bands are searched at a time.
   */
  long[] verifiedPairs(Parallel parallel, int width) {
    int n = keys.size();
    LshIndex.Candidates candidates =
        LshIndex.fromBandColumns(bandKeys, n, null, LinkSketcher.MAX_BUCKET, width, parallel);
    bandKeys = null;
    crowded = candidates.crowded();
    long[] pairs = candidates.pairs();
    boolean[] keep = new boolean[pairs.length];
    // Pairs come sorted and each thread takes a run of them: a sentence is in many pairs of its
    // run, and its shingles, once computed, serve them all from the thread's cache.
    ThreadLocal<ShingleCache> cache = ThreadLocal.withInitial(ShingleCache::new);
    parallel.forEach(
        pairs.length,
        p -> {
          int i = LshIndex.Candidates.first(pairs[p]);
          int j = LshIndex.Candidates.second(pairs[p]);
          if (articleOf[i] == articleOf[j]) return;
          ShingleCache c = cache.get();
          keep[p] = verifier.duplicates(c.shingles(i), c.shingles(j));
        });
    int m = 0;
    for (int p = 0; p < pairs.length; p++) if (keep[p]) pairs[m++] = pairs[p];
    return Arrays.copyOf(pairs, m);
  }

  /** Shingle sets of recently verified sentences, by number: a small direct-mapped cache. */
  private final class ShingleCache {
    private static final int SLOTS = 1024;
    private final int[] sentence = new int[SLOTS];
    private final long[][] shingles = new long[SLOTS][];

    ShingleCache() {
      Arrays.fill(sentence, -1);
    }

    long[] shingles(int i) {
      int slot = i & (SLOTS - 1);
      if (sentence[slot] != i) {
        sentence[slot] = i;
        shingles[slot] = verifier.shingles(keys.get(i));
      }
      return shingles[slot];
    }
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

  /**
   * Each article's {@link ReprintAnchors}, read from its linkable sentences' keys each time they
   * are asked for: families by passages read them in passes rather than hold them all.
   */
  ReprintLinker.Source anchors() {
    int[] first = new int[articles + 1];
    for (int a = 0; a < articles; a++) first[a + 1] = first[a] + linkable[a];
    return new ReprintLinker.Source() {
      @Override
      public int size() {
        return articles;
      }

      @Override
      public ReprintAnchors.Anchors anchors(int a) {
        List<String> of = new ArrayList<>(first[a + 1] - first[a]);
        for (int i = first[a]; i < first[a + 1]; i++) of.add(keys.get(i));
        return ReprintAnchors.of(of);
      }
    };
  }

  /** Lets go of everything: grouping is done with the sketches. */
  void release() {
    keys = null;
    bandKeys = null;
    articleOf = null;
    terms = null;
    crowded = null;
  }

  /** Each article's site, numbered in order of first appearance. */
  int[] siteOf() {
    return Arrays.copyOf(siteOf, articles);
  }

  /** Each article's outlet, as {@link LinkSketcher.Sites#outlets} tells it from the sites. */
  int[] outletOf() {
    return sites.outlets(siteOf());
  }

  /** The matching key of linkable sentence {@code i}. */
  String key(int i) {
    return keys.get(i);
  }

  /**
   * Each article's event terms less those of its sentences flagged in {@code site} (its site's
   * furniture) or {@code formula}, or null when stories are not events.
   */
  TermStore eventTerms(boolean[] site, boolean[] formula, Parallel parallel) {
    if (terms.size() != articles) return null;
    // Where each article's sentences start: they are stored in article order.
    int[] first = new int[articles + 1];
    Arrays.fill(first, -1);
    for (int i = site.length - 1; i >= 0; i--) first[articleOf[i]] = i;
    first[articles] = site.length;
    for (int a = articles - 1; a >= 0; a--) if (first[a] < 0) first[a] = first[a + 1];
    TermStore out = terms;
    // A site's furniture is the same few sentences in thousands of articles: each analysed once.
    Map<String, TermBag> analysed = new java.util.concurrent.ConcurrentHashMap<>();
    parallel.forEach(
        articles,
        a -> {
          EventTerms.Language language = terms.language(a);
          for (int i = first[a]; i < first[a + 1]; i++) {
            if (!site[i] && !formula[i]) continue;
            String key = keys.get(i);
            out.subtract(
                a,
                analysed.computeIfAbsent(
                    language.ordinal() + " " + key, k -> EventTerms.ofSentence(language, key)));
          }
        });
    return out;
  }
}
