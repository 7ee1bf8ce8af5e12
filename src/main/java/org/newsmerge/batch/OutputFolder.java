package org.newsmerge.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsmerge.render.BriefFormat;

/**
 * The output folder of a run: checked before any work, written only through real folders, and
 * cleaned of what an earlier run with other settings left behind. Only the tool's own names are
 * ever deleted: brief files, story markers and the tool's temporary files. Every failure is an
 * {@link UncheckedIOException} around a {@link FileSystemException} naming the path.
 */
public final class OutputFolder {

  private OutputFolder() {}

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

  /**
   * The folder of a story under {@code out}, created if missing. A symbolic link standing in its
   * place is removed first (never the files it points to), so that no brief is written through it.
   */
  public static Path storyFolder(Path out, String storyId) {
    Path dir = out.resolve(storyId);
    try {
      if (Files.isSymbolicLink(dir)) Files.delete(dir);
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
        throw failure(dir, "exists and is not a folder");
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes what the current run's manifest does not list: in each story folder of {@code out}, the
   * briefs of formats not asked for; folders that hold a story marker but are not among {@code
   * stories}, with the tool's files in them (a folder keeps any other file, and is left). Returns
   * the number of story folders removed.
   */
  public static int removeStale(Path out, Set<String> stories, Set<BriefFormat> formats) {
    if (!Files.isDirectory(out)) return 0;
    int removed = 0;
    try (DirectoryStream<Path> children = Files.newDirectoryStream(out)) {
      List<Path> folders = new ArrayList<>();
      for (Path child : children) {
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) folders.add(child);
      }
      folders.sort(null);
      for (Path dir : folders) {
        boolean current = stories.contains(dir.getFileName().toString());
        if (!current && !Files.exists(dir.resolve(StoryBriefs.MARKER))) continue;
        for (BriefFormat f : BriefFormat.values()) {
          if (!current || !formats.contains(f)) Files.deleteIfExists(dir.resolve(f.fileName()));
        }
        if (current) continue;
        Files.deleteIfExists(dir.resolve(StoryBriefs.MARKER));
        BriefFormat.removeLeftovers(dir);
        try (DirectoryStream<Path> rest = Files.newDirectoryStream(dir)) {
          if (rest.iterator().hasNext()) continue;
        }
        Files.delete(dir);
        removed++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return removed;
  }

  private static UncheckedIOException failure(Path path, String reason) {
    return new UncheckedIOException(new FileSystemException(path.toString(), null, reason));
  }
}
