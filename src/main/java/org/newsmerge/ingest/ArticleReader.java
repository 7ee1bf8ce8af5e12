package org.newsmerge.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    for (Planned planned : plan(inputs, settings)) readPlanned(planned, settings, unique, rejected);
  }

  /**
   * One input of a {@link #plan}: a file to read under {@code path}, or an input that cannot be
   * read and why ({@code file} is then null).
   */
  public record Planned(String path, Path file, String failure) {
    public Planned {
      if ((file == null) == (failure == null)) {
        throw new IllegalArgumentException("exactly one of file and failure for " + path);
      }
    }
  }

  /**
   * What reading {@code inputs} reads, in reading order (path string order): folders are walked,
   * hidden files and files of unknown type inside them skipped, a file named twice kept once.
   */
  public static List<Planned> plan(List<Path> inputs) {
    return plan(inputs, ReadSettings.DEFAULTS);
  }

  /** As {@link #plan(List)}, following links inside folders if the settings say so. */
  public static List<Planned> plan(List<Path> inputs, ReadSettings settings) {
    List<Planned> plan = new ArrayList<>();
    for (Map.Entry<String, InputPlan.Item> entry :
        InputPlan.of(inputs, settings.followLinks()).entrySet()) {
      InputPlan.Item item = entry.getValue();
      plan.add(
          item instanceof InputPlan.ReadFile file
              ? new Planned(entry.getKey(), file.path(), null)
              : new Planned(entry.getKey(), null, ((InputPlan.Fail) item).reason()));
    }
    return plan;
  }

  /**
   * Reads one input of a {@link #plan}. Articles come in file order with their base ids, which only
   * the caller can make unique over a run (as {@link #read(List, ReadSettings, Consumer, Consumer)}
   * does).
   */
  public static void readPlanned(
      Planned planned,
      ReadSettings settings,
      Consumer<Article> articles,
      Consumer<Rejected> rejected) {
    if (planned.failure() != null) {
      rejected.accept(new Rejected(planned.path(), planned.failure()));
      return;
    }
    String name = InputPlan.fileName(planned.file());
    if (isArchive(name)) {
      Consumer<Draft> drafts = draft -> ArticleAssembler.assemble(draft, articles, rejected);
      ZipArticles.read(planned.file(), planned.path(), settings, drafts, rejected);
      return;
    }
    byte[] bytes = readFile(planned.file(), planned.path(), settings, rejected);
    if (bytes != null) readBytes(planned.path(), name, bytes, settings, articles, rejected);
  }

  /**
   * Reads the bytes of one file that is not an archive, for files from filesystems other than the
   * local one; articles carry base ids as in {@link #readPlanned}.
   */
  public static void readBytes(
      String path,
      String fileName,
      byte[] bytes,
      ReadSettings settings,
      Consumer<Article> articles,
      Consumer<Rejected> rejected) {
    Optional<Format> format = Format.of(fileName);
    if (format.isEmpty() || format.get() == Format.ZIP) {
      rejected.accept(new Rejected(path, Format.unsupported(fileName)));
    } else if (bytes.length > settings.maxBytes()) {
      rejected.accept(new Rejected(path, settings.tooLarge(bytes.length)));
    } else {
      FormatReader.read(
          path,
          fileName,
          format.get(),
          bytes,
          draft -> ArticleAssembler.assemble(draft, articles, rejected),
          rejected);
    }
  }

  /** Whether a file of this name is read when found in a folder (its type is known). */
  public static boolean readable(String fileName) {
    return Format.of(fileName).isPresent();
  }

  /** Whether a file of this name is read as a ZIP archive. */
  public static boolean isArchive(String fileName) {
    return Format.of(fileName).orElse(null) == Format.ZIP;
  }

  /** The reason a file named explicitly is not read for its type. */
  public static String unsupported(String fileName) {
    return Format.unsupported(fileName);
  }

  /** The bytes of a file, or null after reporting why it cannot be read. */
  private static byte[] readFile(
      Path file, String path, ReadSettings settings, Consumer<Rejected> rejected) {
    try {
      long size = Files.size(file);
      if (size > settings.maxBytes()) {
        rejected.accept(new Rejected(path, settings.tooLarge(size)));
        return null;
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      rejected.accept(new Rejected(path, InputPlan.describe(e)));
      return null;
    }
  }
}
