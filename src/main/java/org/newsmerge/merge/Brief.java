package org.newsmerge.merge;

import java.util.List;
import org.newsmerge.model.Article;
import org.newsmerge.model.Rejected;

/**
 * A merged brief: the sources, the units in reading order, links between units that share a
 * fragment, and the inputs that were rejected; once condensed (the {@code lead} stage), its lead,
 * the units that state one fact in other words, the conflicts between them, and its families.
 *
 * @param firstCome whether the story was too large to order by majority precedence and its units
 *     come first come instead (see {@link #FIRST_COME})
 * @param lead the units of the lead, as indices into {@code units}, best first: a brief shows the
 *     first of them (as many as it is asked for) in the order they were published
 * @param facts pairs of units of different articles that state one fact in other words
 * @param crossConflicts pairs of units of different articles that state one fact with different
 *     values: a discrepancy across outlets
 * @param families the brief's families (articles that reuse each other's text), each with the run
 *     of {@code units} it tells: the units follow family by family; empty for a brief not
 *     condensed, or of one family
 */
public record Brief(
    List<Article> sources,
    List<Unit> units,
    List<Related> related,
    List<Rejected> rejected,
    boolean firstCome,
    List<Integer> lead,
    List<FactLink> facts,
    List<CrossConflict> crossConflicts,
    List<Family> families) {

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
    lead = List.copyOf(lead);
    facts = List.copyOf(facts);
    crossConflicts = List.copyOf(crossConflicts);
    families = List.copyOf(families);
    for (int i : lead) {
      if (i < 0 || i >= units.size()) throw new IllegalArgumentException("no unit " + i);
    }
  }

  /** A brief as merging makes it, not condensed. */
  public Brief(
      List<Article> sources,
      List<Unit> units,
      List<Related> related,
      List<Rejected> rejected,
      boolean firstCome) {
    this(sources, units, related, rejected, firstCome, List.of(), List.of(), List.of(), List.of());
  }

  /** A brief ordered by majority precedence. */
  public Brief(
      List<Article> sources, List<Unit> units, List<Related> related, List<Rejected> rejected) {
    this(sources, units, related, rejected, false);
  }

  /** Two units whose sentences share a long fragment (a quote) but are otherwise different. */
  public record Related(int a, int b, double similarity) {}

  /**
   * Two units (indices, {@code a < b}) of different articles that state one fact in other words.
   */
  public record FactLink(int a, int b, double similarity) {}

  /**
   * Two units (indices, {@code a < b}) of different articles that state one fact with different
   * values: the values, the shown wording's first, each with the sources of its unit.
   */
  public record CrossConflict(Unit.Discrepancy.Kind kind, int a, int b, List<Unit.Value> values) {
    public CrossConflict {
      values = List.copyOf(values);
    }
  }

  /**
   * A family of the brief: its articles (ids, in source order) and the units {@code [from, to)} it
   * tells, those of its own that no larger or earlier family tells.
   */
  public record Family(List<String> articles, int from, int to) {
    public Family {
      articles = List.copyOf(articles);
      if (from < 0 || to < from) throw new IllegalArgumentException("bad run " + from + ".." + to);
    }
  }

  /** The sources of unit {@code i} and of the units that state its fact in other words, apart. */
  public List<String> otherWords(int i) {
    java.util.Set<String> own = new java.util.LinkedHashSet<>(units.get(i).sources());
    java.util.Set<String> other = new java.util.LinkedHashSet<>();
    for (FactLink f : facts) {
      if (f.a() == i) other.addAll(units.get(f.b()).sources());
      if (f.b() == i) other.addAll(units.get(f.a()).sources());
    }
    other.removeAll(own);
    return new java.util.ArrayList<>(other);
  }

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
   * same source paragraph, and never past the start of a family's run.
   */
  public List<List<Unit>> paragraphs() {
    java.util.Set<Integer> starts = new java.util.HashSet<>();
    for (Family f : families) starts.add(f.from());
    List<List<Unit>> paragraphs = new java.util.ArrayList<>();
    java.util.Map<String, Article> byId = new java.util.HashMap<>();
    for (Article a : sources) byId.putIfAbsent(a.id(), a);
    String lastParagraph = null;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (starts.contains(i)) lastParagraph = null;
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
