package org.newsmerge.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.WordDiffer;
import org.newsmerge.model.Article;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.model.MatchKind;
import org.newsmerge.model.Passage;
import org.newsmerge.model.Rejected;
import org.newsmerge.model.Sentence;
import org.newsmerge.model.SentenceMatch;

/**
 * The overlap report for a reader: the sources, then each passage (which articles share it, or
 * which article repeats itself), where it lies on each side, its similarity, and each sentence pair
 * with both sides' text: the words that differ for a duplicate, the shared fragment, whole, for a
 * partial overlap. Sentences are numbered from 1 in each article, as in every output of the tool;
 * positions are counted in words (the JSON gives UTF-16 offsets for programs).
 */
public final class OverlapReport {

  /** Characters of a sentence shown before it is cut, at a word boundary. */
  private static final int EXCERPT = 100;

  private OverlapReport() {}

  public static void write(Analysis analysis, PrintWriter out) {
    SourceNames names = new SourceNames(analysis.articles());
    out.printf(
        Locale.ROOT,
        "%d articles, %d passages (%d sentence pairs). Sentences are numbered from 1 in each"
            + " article; positions are counted in words.%n%n",
        analysis.articles().size(),
        analysis.overlaps().passages().size(),
        analysis.overlaps().passages().stream().mapToInt(p -> p.matches().size()).sum());
    out.println("Sources");
    for (int i = 0; i < analysis.articles().size(); i++) {
      Article a = analysis.articles().get(i);
      out.printf(
          Locale.ROOT,
          "  %-10s  %-14s %3d sentences %6d words  %s%s%n",
          a.id(),
          names.isolated(a.id()),
          analysis.sentences().get(i).size(),
          Words.before(a.text(), a.text().length()),
          a.path() + (a.index() > 0 ? " #" + a.index() : ""),
          a.title().isEmpty() ? "" : "  \u2014 " + a.title());
    }
    for (Passage p : analysis.overlaps().passages()) {
      out.println();
      passage(out, analysis, names, p);
    }
    if (!analysis.rejected().isEmpty()) {
      out.println();
      out.println("Rejected");
      for (Rejected r : analysis.rejected()) out.println("  " + r.message());
    }
    out.flush();
  }

  private static void passage(PrintWriter out, Analysis analysis, SourceNames names, Passage p) {
    String a = names.isolated(p.firstA().articleId());
    String b = names.isolated(p.firstB().articleId());
    boolean self = p.firstA().articleId().equals(p.firstB().articleId());
    out.printf(
        Locale.ROOT,
        "%s %s: %s passage, %d sentence%s, similarity %.2f%n",
        a,
        self ? "repeats itself" : "and " + b,
        p.kind().label(),
        p.matches().size(),
        p.matches().size() == 1 ? "" : "s",
        p.similarity());
    out.println("  " + side(analysis, a, p.firstA(), p.lastA()));
    out.println("  " + side(analysis, b, p.firstB(), p.lastB()));
    for (SentenceMatch m : p.matches()) {
      out.printf(
          Locale.ROOT,
          "  %s sentence %d ~ %s sentence %d, similarity %.2f%n",
          a,
          m.a().index() + 1,
          b,
          m.b().index() + 1,
          m.similarity());
      out.println("    " + a + ": " + excerpt(m.a().text()));
      out.println("    " + b + ": " + excerpt(m.b().text()));
      List<DiffChunk> diff = WordDiffer.diff(m.a().text(), m.b().text());
      if (p.kind() == MatchKind.PARTIAL) {
        out.println("    shared: " + shared(diff));
        continue;
      }
      for (DiffChunk c : diff) {
        switch (c.op()) {
          case CHANGE -> out.println("      " + c.a() + "  \u2192  " + c.b());
          case DELETE -> out.println("      only in " + a + ": " + c.a());
          case INSERT -> out.println("      only in " + b + ": " + c.b());
          case EQUAL -> {}
        }
      }
    }
  }

  /** {@code 000: sentences 2 to 4, words 25 to 98 of 310}. */
  private static String side(Analysis analysis, String name, Sentence first, Sentence last) {
    String text = analysis.article(first.articleId()).text();
    String sentences =
        first.index() == last.index()
            ? "sentence " + (first.index() + 1)
            : "sentences " + (first.index() + 1) + " to " + (last.index() + 1);
    return String.format(
        Locale.ROOT,
        "%s: %s, words %d to %d of %d",
        name,
        sentences,
        Words.before(text, first.start()) + 1,
        Words.before(text, last.end()),
        Words.before(text, text.length()));
  }

  /** The longest run of words both sentences share, whole. */
  private static String shared(List<DiffChunk> diff) {
    String best = "";
    int most = 0;
    for (DiffChunk c : diff) {
      if (c.op() != DiffChunk.Op.EQUAL) continue;
      String run = c.b().strip();
      int words = Words.before(run, run.length());
      if (words > most) {
        most = words;
        best = run;
      }
    }
    return best.replace('\n', ' ') + " (" + most + " words)";
  }

  /** The sentence, cut after at most {@link #EXCERPT} characters at the end of a word. */
  private static String excerpt(String text) {
    String t = text.replace('\n', ' ');
    if (t.length() <= EXCERPT) return t;
    int cut = t.lastIndexOf(' ', EXCERPT);
    return (cut > EXCERPT / 2 ? t.substring(0, cut) : t.substring(0, EXCERPT)) + " \u2026";
  }

  /** Word counting for positions readers can follow. */
  private static final class Words {
    private Words() {}

    /** Words (runs of non-space characters) that begin before {@code offset} in {@code text}. */
    static int before(String text, int offset) {
      int words = 0;
      boolean in = false;
      for (int i = 0; i < offset && i < text.length(); i++) {
        boolean space = Character.isWhitespace(text.charAt(i));
        if (!space && !in) words++;
        in = !space;
      }
      return words;
    }
  }
}
