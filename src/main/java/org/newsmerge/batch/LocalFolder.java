package org.newsmerge.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsmerge.render.BriefFormat;

/**
 * An output folder on the local filesystem (on a cluster, one every machine sees). Only the tool's
 * own names are ever deleted by the callers; this class deletes what it is told.
 */
public final class LocalFolder implements OutputFolder {

  private static final long serialVersionUID = 1L;

  private final String root;

  /**
   * The folder at {@code root}, made absolute here: Spark's executors run in folders of their own.
   */
  public LocalFolder(Path root) {
    this.root = root.toAbsolutePath().toString();
  }

  private Path path(String relative) {
    return relative.isEmpty() ? Path.of(root) : Path.of(root, relative.split("/"));
  }

  /**
   * Checks, without writing anything, that {@code out} can be written: it is a folder that can be
   * written, or it does not exist and its nearest existing parent is such a folder.
   */
  public static void check(Path out) {
    Path p = out.toAbsolutePath();
    while (p != null && !Files.exists(p)) p = p.getParent();
    if (p == null) throw failure(out, "no existing folder to create it in");
    if (!Files.isDirectory(p)) {
      throw failure(p, p.equals(out.toAbsolutePath()) ? "is a file, not a folder" : "not a folder");
    }
    if (!Files.isWritable(p)) throw failure(p, "permission denied");
  }

  @Override
  public void check() {
    check(Path.of(root));
  }

  @Override
  public String read(String relative) {
    Path file = path(relative);
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException | UncheckedIOException e) {
      return null; // unreadable counts as missing: the file is written again
    }
  }

  @Override
  public void write(String relative, Consumer<Writer> content) {
    BriefFormat.atomically(path(relative), content);
  }

  @Override
  public void write(String relative, byte[] content) {
    BriefFormat.atomically(path(relative), content);
  }

  @Override
  public void prepare(String folder) {
    Path dir = path(folder);
    try {
      if (Files.isSymbolicLink(dir)) Files.delete(dir); // the link only, never what it points to
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
        throw failure(dir, "exists and is not a folder");
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void clean(String folder) {
    BriefFormat.removeLeftovers(path(folder));
  }

  @Override
  public List<String> folders() {
    Path dir = path("");
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(dir)) return names;
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
      for (Path child : children) {
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS))
          names.add(child.getFileName().toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(null);
    return names;
  }

  @Override
  public boolean exists(String relative) {
    return Files.exists(path(relative), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public void delete(String relative) {
    try {
      Files.deleteIfExists(path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean deleteIfEmpty(String folder) {
    Path dir = path(folder);
    try (DirectoryStream<Path> rest = Files.newDirectoryStream(dir)) {
      if (rest.iterator().hasNext()) return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    delete(folder);
    return true;
  }

  private static UncheckedIOException failure(Path path, String reason) {
    return new UncheckedIOException(new FileSystemException(path.toString(), null, reason));
  }
}
