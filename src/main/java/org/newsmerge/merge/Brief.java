package org.newsmerge.merge;

import java.util.List;
import org.newsmerge.model.Article;
import org.newsmerge.model.Rejected;

/**
 * A merged brief: the sources, the units in reading order, links between units that share a
 * fragment, and the inputs that were rejected.
 *
 * @param firstCome whether the story was too large to order by majority precedence and its units
 *     come first come instead (see {@link #FIRST_COME})
 */
public record Brief(
    List<Article> sources,
    List<Unit> units,
    List<Related> related,
    List<Rejected> rejected,
    boolean firstCome) {

  /** Most units a brief orders by majority precedence; larger stories come first come. */
  public static final int FIRST_COME_LIMIT = MajorityOrder.MAX_UNITS;

  /** What the summary says of a brief ordered first come. */
  public static final String FIRST_COME =
      "Ordered first come: more than "
          + MajorityOrder.MAX_UNITS
          + " sentences, too many to order by majority.";

  public Brief {
    sources = List.copyOf(sources);
    units = List.copyOf(units);
    related = List.copyOf(related);
    rejected = List.copyOf(rejected);
  }

  /** A brief ordered by majority precedence. */
  public Brief(
      List<Article> sources, List<Unit> units, List<Related> related, List<Rejected> rejected) {
    this(sources, units, related, rejected, false);
  }

  /** Two units whose sentences share a long fragment (a quote) but are otherwise different. */
  public record Related(int a, int b, double similarity) {}

  /** The source with {@code id}. */
  public Article source(String id) {
    for (Article a : sources) if (a.id().equals(id)) return a;
    throw new IllegalArgumentException("no source with id " + id);
  }

  /** Source sentences merged into the brief. */
  public int sentencesIn() {
    return units.stream().mapToInt(u -> u.members().size()).sum();
  }

  /**
   * Units grouped into paragraphs: a paragraph runs while consecutive units show sentences of the
   * same source paragraph.
   */
  public List<List<Unit>> paragraphs() {
    List<List<Unit>> paragraphs = new java.util.ArrayList<>();
    java.util.Map<String, Article> byId = new java.util.HashMap<>();
    for (Article a : sources) byId.putIfAbsent(a.id(), a);
    String lastParagraph = null;
    for (Unit u : units) {
      var s = u.representative().sentence();
      Article source = byId.get(s.articleId());
      if (source == null) throw new IllegalArgumentException("no source with id " + s.articleId());
      String paragraph = s.articleId() + "#" + blockOf(source, s.start());
      if (!paragraph.equals(lastParagraph)) paragraphs.add(new java.util.ArrayList<>());
      paragraphs.get(paragraphs.size() - 1).add(u);
      lastParagraph = paragraph;
    }
    return paragraphs;
  }

  /** The block holding {@code offset}, by binary search (blocks are in text order), or -1. */
  private static int blockOf(Article a, int offset) {
    List<org.newsmerge.model.Block> blocks = a.blocks();
    int lo = 0;
    int hi = blocks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      var b = blocks.get(mid);
      if (offset < b.start()) hi = mid - 1;
      else if (offset >= b.end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Brief characters over source characters (1 for an empty brief). */
  public double compression() {
    int in = inputCharacters();
    return in == 0 ? 1 : (double) outputCharacters() / in;
  }

  /** The one-line account every format and the command line give of a merge. */
  public String summary() {
    return String.format(
            java.util.Locale.ROOT,
            "Merged from %d articles: %d sentences in, %d out, %d duplicates merged (compression %.2f).",
            sources.size(),
            sentencesIn(),
            units.size(),
            sentencesIn() - units.size(),
            compression())
        + (firstCome ? " " + FIRST_COME : "");
  }

  /** Characters of narrative in the sources. */
  public int inputCharacters() {
    return units.stream()
        .flatMap(u -> u.members().stream())
        .mapToInt(m -> m.sentence().text().length())
        .sum();
  }

  /** Characters of the brief's sentences. */
  public int outputCharacters() {
    return units.stream().mapToInt(u -> u.text().length()).sum();
  }
}
