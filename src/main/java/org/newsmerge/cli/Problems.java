package org.newsmerge.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsmerge.model.Article;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Rejected;

/**
 * The lines a command prints on stderr about its inputs: one {@code <path>: <reason>} per rejected
 * input, then one {@code <path>: warning: <repair>} per article read after a repair. A batch run
 * over an archive summarises instead ({@link #summarise}), so that its summary does not scroll away
 * behind hundreds of such lines; its manifest keeps every one.
 */
final class Problems {

  /** Rejected inputs shown for each reason before the rest of that reason is counted. */
  static final int SHOWN_PER_REASON = 5;

  /**
   * The kinds of warning a summary counts, each with the words that say it in an article's warning,
   * in the order the summary lists them.
   */
  private static final Map<String, String> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("lone surrogate", "lone surrogates replaced by U+FFFD");
    KINDS.put("control character", "control characters replaced by a space");
    KINDS.put("' not read (", "dates not read, the articles undated");
    KINDS.put("is not the weekday of", "dates whose weekday is not their day's, read by the day");
    KINDS.put("': time not read", "times not read, the articles not counted first");
  }

  private Problems() {}

  /**
   * A batch run's lines about its inputs: rejected inputs one a line, at most {@link
   * #SHOWN_PER_REASON} for each reason and the rest of a reason counted in one line; warnings
   * counted by kind, one line each. With {@code verbose}, every line as {@link #printRefs} prints
   * them. {@code listedIn} names where every rejection and warning is kept.
   */
  static void summarise(
      List<Rejected> rejected,
      List<ArticleRef> articles,
      boolean verbose,
      String listedIn,
      PrintWriter err) {
    if (verbose) {
      printRefs(rejected, articles, err);
      return;
    }
    Map<String, Integer> byReason = new LinkedHashMap<>();
    for (Rejected r : rejected) {
      int seen = byReason.merge(r.reason(), 1, Integer::sum);
      if (seen <= SHOWN_PER_REASON) err.println(r.message());
    }
    for (Map.Entry<String, Integer> e : byReason.entrySet()) {
      int more = e.getValue() - SHOWN_PER_REASON;
      if (more > 0) {
        err.println(
            Rejected.line(
                String.format(Locale.ROOT, "%,d more inputs rejected", more),
                e.getKey() + " (see " + listedIn + ", or --verbose)"));
      }
    }
    Map<String, Integer> byKind = new LinkedHashMap<>();
    for (ArticleRef a : articles) {
      if (a.repairs().isEmpty()) continue;
      boolean known = false;
      for (Map.Entry<String, String> k : KINDS.entrySet()) {
        if (a.repairs().contains(k.getKey())) {
          byKind.merge(k.getValue(), 1, Integer::sum);
          known = true;
        }
      }
      if (!known) byKind.merge("other warnings", 1, Integer::sum);
    }
    for (String kind : KINDS.values()) count(byKind, kind, listedIn, err);
    count(byKind, "other warnings", listedIn, err);
  }

  private static void count(
      Map<String, Integer> byKind, String kind, String listedIn, PrintWriter err) {
    Integer n = byKind.get(kind);
    if (n == null) return;
    err.printf(
        Locale.ROOT,
        "%,d %s with a warning (%s): see %s, or --verbose%n",
        n,
        n == 1 ? "article" : "articles",
        kind,
        listedIn);
  }

  static void print(List<Rejected> rejected, List<Article> articles, PrintWriter err) {
    printRefs(rejected, articles.stream().map(ArticleRef::of).toList(), err);
  }

  /** As {@link #print}, for a batch run, which keeps only references to its articles. */
  static void printRefs(List<Rejected> rejected, List<ArticleRef> articles, PrintWriter err) {
    for (Rejected r : rejected) err.println(r.message());
    for (ArticleRef a : articles) {
      if (!a.repairs().isEmpty())
        err.println(Rejected.warning(label(a.path(), a.index()), a.repairs()));
    }
  }

  /**
   * The path and, where the file holds several articles (JSON, JSON lines), the article's index, as
   * rejections from such files name it: {@code day.jsonl#0} is the first object.
   */
  private static String label(String path, int index) {
    String name = path.toLowerCase(java.util.Locale.ROOT);
    boolean several = name.endsWith(".json") || name.endsWith(".jsonl");
    return index > 0 || several ? path + "#" + index : path;
  }
}
