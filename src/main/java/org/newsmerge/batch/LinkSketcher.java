package org.newsmerge.batch;

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
 * What a batch run keeps of an article to find the stories it belongs to: the matching keys of its
 * linkable sentences (those with enough shingles to tell stories apart) and their LSH band keys,
 * and the exact check of a candidate pair. Every way of running a batch (one machine or Spark)
 * sketches through this class, so they find the same pairs.
 *
 * <p>Pure; not thread-safe (it holds a sentence splitter): one per thread.
 */
public final class LinkSketcher {

  /** Buckets larger than this hold boilerplate; their sentences link nothing. */
  public static final int MAX_BUCKET = 100;

  /**
   * The linkable sentences of one article, in text order: {@code keys[s]} and the band keys {@code
   * bandKeys[s * bands, (s + 1) * bands)}.
   */
  public record Sketch(String[] keys, int[] bandKeys) {}

  /**
   * Most sentences of one article that link stories: past a million, an article is a dump rather
   * than a story, and every runner numbers an article's sentences in 20 bits. Its later sentences
   * still reach its brief; they only link nothing.
   */
  public static final int MAX_LINKABLE = (1 << 20) - 1;

  private final int minShingles;
  private final double threshold;
  private final Shingler shingler;
  private final MinHasher hasher;
  private final LshParams params;
  private final SentenceSplitter splitter = new SentenceSplitter();

  public LinkSketcher(BatchSettings settings) {
    this.minShingles = settings.minLinkShingles();
    this.threshold = settings.overlaps().threshold();
    this.shingler = new Shingler(settings.overlaps().shingles());
    this.hasher = new MinHasher(settings.overlaps().signatureSize(), MinHasher.DEFAULT_SEED);
    this.params = LshParams.optimal(threshold, hasher.size());
  }

  /** Band keys per sentence. */
  public int bands() {
    return params.bands();
  }

  public Sketch sketch(Article article) {
    List<Sentence> sentences = splitter.split(article);
    int bands = params.bands();
    String[] keys = new String[sentences.size()];
    int[] bandKeys = new int[sentences.size() * bands];
    int[] signature = new int[hasher.size()];
    int m = 0;
    for (Sentence s : sentences) {
      if (m == MAX_LINKABLE) break;
      String key = Normalizer.key(s.text());
      if (key.length() > KeyStore.MAX_KEY) continue;
      long[] shingles = shingler.shingles(key);
      if (shingles.length < minShingles) continue;
      hasher.sign(shingles, signature, 0);
      LshIndex.bandKeys(signature, 0, params, bandKeys, m * bands);
      keys[m++] = key;
    }
    return new Sketch(Arrays.copyOf(keys, m), Arrays.copyOf(bandKeys, m * bands));
  }

  /** Whether two sentences, by their keys, are duplicates: exact Jaccard of their shingles. */
  public boolean duplicates(String key, String other) {
    return Shingler.jaccard(shingler.shingles(key), shingler.shingles(other)) >= threshold;
  }
}
