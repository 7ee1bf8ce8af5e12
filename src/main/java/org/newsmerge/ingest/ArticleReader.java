package org.newsmerge.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Rejected;

/**
 * Reads articles from files and folders: {@code .txt} and {@code .md} (UTF-8, optional front
 * matter), {@code .json} (an object or an array of objects), {@code .jsonl}, {@code .html} and
 * {@code .htm}, and {@code .zip} archives of those.
 *
 * <p>Promises: the result depends only on the inputs' contents and paths, never on the order the
 * inputs are given in. Articles come sorted by (path, index). Each article's id is the first 10 hex
 * digits of the SHA-256 of its text (UTF-8); the second and later articles with the same text get
 * {@code -2}, {@code -3}, ... in (path, index) order. Every input that cannot be read gives one
 * {@link Rejected} with its path and a reason, and reading goes on; nothing is dropped silently
 * except, inside folders and archives, hidden files and files of unknown type.
 *
 * <p>Stateless and thread-safe; each call reads on the calling thread.
 */
public final class ArticleReader {

  private static final Comparator<Article> BY_POSITION =
      Comparator.comparing(Article::path).thenComparingInt(Article::index);

  private ArticleReader() {}

  /** Reads all inputs with {@link ReadSettings#DEFAULTS}. */
  public static Corpus read(List<Path> inputs) {
    return read(inputs, ReadSettings.DEFAULTS);
  }

  /** Reads all inputs into memory: articles sorted by (path, index), rejections by path. */
  public static Corpus read(List<Path> inputs, ReadSettings settings) {
    List<Article> articles = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    read(inputs, settings, articles::add, rejected::add);
    // The stream is in path order except where a path sorts between an archive and its entries
    // ("a.zip", then "a.zip x.txt", then "a.zip!/e.json"); sorting and renumbering keeps the
    // promise even then.
    articles.sort(BY_POSITION);
    IdAssigner ids = new IdAssigner();
    articles.replaceAll(ids::assign);
    return new Corpus(articles, rejected);
  }

  /**
   * Reads the inputs one file at a time and hands over each article and rejection as soon as it is
   * read, for archives too large to hold. Files are read in path string order, archive entries in
   * name order, the articles of a file in their order there; ids are unique over the whole call
   * (only the set of seen ids is kept) and equal those of {@link #read(List, ReadSettings)}.
   */
  public static void read(
      List<Path> inputs,
      ReadSettings settings,
      Consumer<Article> articles,
      Consumer<Rejected> rejected) {
    IdAssigner ids = new IdAssigner();
    Consumer<Article> unique = article -> articles.accept(ids.assign(article));
    for (PlannedReading.Planned planned : PlannedReading.plan(inputs, settings)) {
      PlannedReading.readPlanned(planned, settings, unique, rejected);
    }
  }
}
