package org.newsmerge.render;

import java.io.PrintWriter;
import java.util.Locale;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.WordDiffer;
import org.newsmerge.model.Article;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.model.Passage;
import org.newsmerge.model.Rejected;
import org.newsmerge.model.Sentence;
import org.newsmerge.model.SentenceMatch;

/**
 * The overlap report for a reader: the sources, then each passage (which articles share it, or
 * which article repeats itself), its spans and similarity, each sentence pair with the words that
 * differ.
 */
public final class OverlapReport {

  private static final int EXCERPT = 90;

  private OverlapReport() {}

  public static void write(Analysis analysis, PrintWriter out) {
    SourceNames names = new SourceNames(analysis.articles());
    out.printf(
        Locale.ROOT,
        "%d articles, %d passages (%d sentence pairs)%n%n",
        analysis.articles().size(),
        analysis.overlaps().passages().size(),
        analysis.overlaps().passages().stream().mapToInt(p -> p.matches().size()).sum());
    out.println("Sources");
    for (int i = 0; i < analysis.articles().size(); i++) {
      Article a = analysis.articles().get(i);
      out.printf(
          Locale.ROOT,
          "  %-10s  %-14s %3d sentences  %s%s%n",
          a.id(),
          names.of(a.id()),
          analysis.sentences().get(i).size(),
          a.path(),
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
    String a = names.of(p.firstA().articleId());
    String b = names.of(p.firstB().articleId());
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
    out.printf(
        Locale.ROOT,
        "  %s sentences %d-%d [%d, %d)   %s sentences %d-%d [%d, %d)%n",
        a,
        p.firstA().index() + 1,
        p.lastA().index() + 1,
        p.firstA().start(),
        p.lastA().end(),
        b,
        p.firstB().index() + 1,
        p.lastB().index() + 1,
        p.firstB().start(),
        p.lastB().end());
    for (SentenceMatch m : p.matches()) {
      out.printf(
          Locale.ROOT,
          "  %d ~ %d  %.2f  %s%n",
          m.a().index() + 1,
          m.b().index() + 1,
          m.similarity(),
          excerpt(m.b()));
      for (DiffChunk c : WordDiffer.diff(m.a().text(), m.b().text())) {
        switch (c.op()) {
          case CHANGE -> out.println("        " + c.a() + "  \u2192  " + c.b());
          case DELETE -> out.println("        only in " + a + ": " + c.a());
          case INSERT -> out.println("        only in " + b + ": " + c.b());
          case EQUAL -> {}
        }
      }
    }
  }

  private static String excerpt(Sentence s) {
    String t = s.text().replace('\n', ' ');
    return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT) + "\u2026";
  }
}
