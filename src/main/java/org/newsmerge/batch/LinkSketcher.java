package org.newsmerge.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsmerge.cluster.ReprintAnchors;
import org.newsmerge.event.EventTerms;
import org.newsmerge.event.TermBag;
import org.newsmerge.ingest.ArticleAssembler;
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
   * bandKeys[s * bands, (s + 1) * bands)}; its site ({@link #site}); and, when stories are events,
   * its terms and their language ({@link EventTerms}), else null. Families judged by passages read
   * their {@link ReprintAnchors} from the keys, when they need them.
   */
  public record Sketch(
      String[] keys, int[] bandKeys, String site, TermBag terms, EventTerms.Language language) {}

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
  private final boolean events;

  public LinkSketcher(BatchSettings settings) {
    this.minShingles = settings.minLinkShingles();
    this.threshold = settings.overlaps().threshold();
    this.shingler = new Shingler(settings.overlaps().shingles());
    this.hasher = new MinHasher(settings.overlaps().signatureSize(), MinHasher.DEFAULT_SEED);
    this.params = LshParams.optimal(threshold, hasher.size());
    this.events = settings.groupBy() == BatchSettings.GroupBy.EVENT;
  }

  /** Band keys per sentence. */
  public int bands() {
    return params.bands();
  }

  /**
   * The sentence keys and, after them, the keys of the article's tag lines: metadata, never
   * narrative, but words a site chose to say what the article is about.
   */
  private static List<String> withTags(List<String> keys, Article article) {
    List<String> out = null;
    for (org.newsmerge.model.Block b : article.blocks()) {
      if (b.kind() != org.newsmerge.model.Block.Kind.TAGS) continue;
      if (out == null) out = new ArrayList<>(keys);
      out.add(Normalizer.key(article.slice(b.start(), b.end())));
    }
    return out == null ? keys : out;
  }

  public Sketch sketch(Article article) {
    List<Sentence> sentences = splitter.split(article);
    int bands = params.bands();
    String[] keys = new String[sentences.size()];
    int[] bandKeys = new int[sentences.size() * bands];
    int[] signature = new int[hasher.size()];
    int m = 0;
    List<String> all = events ? new ArrayList<>(sentences.size()) : null;
    for (Sentence s : sentences) {
      String key = Normalizer.key(s.text());
      if (all != null) all.add(key);
      if (m == MAX_LINKABLE || key.length() > KeyStore.MAX_KEY) continue;
      long[] shingles = shingler.shingles(key);
      if (shingles.length < minShingles) continue;
      hasher.sign(shingles, signature, 0);
      LshIndex.bandKeys(signature, 0, params, bandKeys, m * bands);
      keys[m++] = key;
    }
    TermBag terms = null;
    EventTerms.Language language = null;
    if (events) {
      String title = Normalizer.key(article.title());
      language = EventTerms.language(title, all);
      terms = EventTerms.of(language, title, withTags(all, article));
    }
    return new Sketch(
        Arrays.copyOf(keys, m), Arrays.copyOf(bandKeys, m * bands), site(article), terms, language);
  }

  /**
   * The site an article comes from, whose own repeated text is its furniture and whose families are
   * told apart by more than their words ({@link org.newsmerge.event.EventGrouper}): the host of its
   * http(s) URL (without {@code www.}) with its source, else its source. The source goes with the
   * host so that the outlets an archive gathers under one host (an aggregator's, a wire service's)
   * stay apart: one outlet's reprints of another are not furniture of the host.
   */
  public static String site(Article article) {
    String url = article.url().trim();
    int scheme = url.indexOf("://");
    if (scheme > 0 && url.substring(0, scheme).matches("(?i)https?")) {
      String rest = url.substring(scheme + 3);
      int end = 0;
      while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) end++;
      String host = rest.substring(0, end).toLowerCase(java.util.Locale.ROOT);
      int at = host.lastIndexOf('@');
      if (at >= 0) host = host.substring(at + 1);
      int colon = host.indexOf(':');
      if (colon >= 0) host = host.substring(0, colon);
      if (host.startsWith("www.")) host = host.substring(4);
      if (!host.isEmpty()) return host + " " + article.source();
    }
    // A source the file name gave (no metadata, URL or credit line named one) names no outlet.
    boolean fromFile = article.source().equals(ArticleAssembler.sourceFromFileName(article.path()));
    return (fromFile ? FILE : "source ") + article.source();
  }

  private static final String FILE = "file ";

  /**
   * Sites as {@link #site} tells them, numbered as met (only sameness matters), each knowing
   * whether it names an outlet: a source only the file name gave names none.
   */
  public static final class Sites {
    private final java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
    private final java.util.BitSet outlets = new java.util.BitSet();

    /** The number of {@code site}: the same for the same site. */
    public int number(String site) {
      Integer n = numbers.get(site);
      if (n == null) {
        n = numbers.size();
        numbers.put(site, n);
        if (!site.startsWith(FILE)) outlets.set(n);
      }
      return n;
    }

    /**
     * The outlets of articles whose sites are {@code siteOf} (numbered here): the site's number,
     * or, for a site that names no outlet, a number of the article's own ({@code -1 - article}), as
     * no outlet is known to print it.
     */
    public int[] outlets(int[] siteOf) {
      int[] outlet = new int[siteOf.length];
      for (int a = 0; a < siteOf.length; a++)
        outlet[a] = outlets.get(siteOf[a]) ? siteOf[a] : -1 - a;
      return outlet;
    }
  }

  /** Whether two sentences, by their keys, are duplicates: exact Jaccard of their shingles. */
  public boolean duplicates(String key, String other) {
    return duplicates(shingles(key), shingles(other));
  }

  /** {@link #duplicates(String, String)} of two sentences by their {@link #shingles}. */
  boolean duplicates(long[] shingles, long[] other) {
    return Shingler.jaccard(shingles, other) >= threshold;
  }

  /** The shingles of a sentence's key, as {@link #duplicates} compares them. */
  long[] shingles(String key) {
    return shingler.shingles(key);
  }
}
