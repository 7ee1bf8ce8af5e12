package org.newsmerge.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsmerge.model.Article;
import org.newsmerge.model.Rejected;

/**
 * Reading split into its plan and its steps, for runners that spread the reading of one archive
 * over machines (the Spark job): the plan of what to read, one planned input read, one file's bytes
 * read. {@link ArticleReader#read} is the API everything else uses; it is these steps in order.
 * Stateless and thread-safe.
 */
public final class PlannedReading {

  private PlannedReading() {}

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
        InputPlan.of(inputs, settings.followLinks(), settings.skipped()).entrySet()) {
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
   * the caller can make unique over a run (as {@link ArticleReader#read(List, ReadSettings,
   * Consumer, Consumer)} does).
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
