package org.newsmerge.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newsmerge.model.Article;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Rejected;

/**
 * The lines a command prints on stderr about its inputs: one {@code <path>: <reason>} per rejected
 * input, then one {@code <path>: warning: <repair>} per article read after a repair.
 */
final class Problems {

  private Problems() {}

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
