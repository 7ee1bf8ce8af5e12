package org.newsmerge.merge;

import java.util.List;
import org.newsmerge.model.Article;
import org.newsmerge.model.Rejected;

/**
 * A merged brief: the sources, the units in reading order, links between units that share a
 * fragment, and the inputs that were rejected.
 */
public record Brief(
    List<Article> sources, List<Unit> units, List<Related> related, List<Rejected> rejected) {

  public Brief {
    sources = List.copyOf(sources);
    units = List.copyOf(units);
    related = List.copyOf(related);
    rejected = List.copyOf(rejected);
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
    String lastParagraph = null;
    for (Unit u : units) {
      var s = u.representative().sentence();
      String paragraph = s.articleId() + "#" + blockOf(source(s.articleId()), s.start());
      if (!paragraph.equals(lastParagraph)) paragraphs.add(new java.util.ArrayList<>());
      paragraphs.get(paragraphs.size() - 1).add(u);
      lastParagraph = paragraph;
    }
    return paragraphs;
  }

  private static int blockOf(Article a, int offset) {
    for (int i = 0; i < a.blocks().size(); i++) {
      if (a.blocks().get(i).start() <= offset && offset < a.blocks().get(i).end()) return i;
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
        compression());
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
