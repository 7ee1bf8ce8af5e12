package org.newsmerge.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What reading a list of inputs means: each file to read, or the reason an input cannot be read,
 * keyed and ordered by path string so that the order of the inputs does not matter and a file named
 * twice is read once. Folders are walked recursively; hidden files and folders and files of unknown
 * type inside them are skipped. A file named explicitly is always considered.
 *
 * <p>Only regular files are read: a named pipe, a device or a socket is rejected with a reason
 * (reading one could block forever). A symbolic link named on the command line is followed, since
 * the user named it; one met inside a folder is followed only with {@link ReadSettings#followLinks}
 * and otherwise reported, so that a link to {@code /etc} in an archive folder reads nothing.
 *
 * <p>A run's own output folder met inside an input folder is passed over with all it holds, so that
 * a run writing into its input does not read its briefs and index back as articles.
 */
final class InputPlan {

  /** One thing to do: read a file, or report why not. */
  sealed interface Item permits ReadFile, Fail {}

  record ReadFile(Path path, Format format) implements Item {}

  record Fail(String reason) implements Item {}

  private InputPlan() {}

  /**
   * The plan for {@code inputs}; {@code skipped} is the absolute path of a folder passed over
   * inside input folders, or empty.
   */
  static SortedMap<String, Item> of(List<Path> inputs, boolean followLinks, String skipped) {
    SortedMap<String, Item> plan = new TreeMap<>();
    Path output = skipped.isEmpty() || skipped.contains("://") ? null : Path.of(skipped);
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, plan, followLinks, output);
      } else if (!Files.exists(input)) {
        plan.put(input.toString(), new Fail("no such file or directory"));
      } else if (!Files.isRegularFile(input)) {
        plan.put(input.toString(), new Fail(notRegular(input)));
      } else {
        String name = fileName(input);
        Optional<Format> format = Format.of(name);
        plan.put(
            input.toString(),
            format
                .<Item>map(f -> new ReadFile(input, f))
                .orElse(new Fail(Format.unsupported(name))));
      }
    }
    return plan;
  }

  private static void walk(
      Path root, SortedMap<String, Item> plan, boolean followLinks, Path output) {
    Set<FileVisitOption> options =
        followLinks
            ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
            : EnumSet.noneOf(FileVisitOption.class);
    try {
      // A folder named through a link is walked at its real place (a walk that does not follow
      // links would take the link for a file), its files reported under the name given.
      Path start = !followLinks && Files.isSymbolicLink(root) ? root.toRealPath() : root;
      Function<Path, String> shown =
          start == root ? Path::toString : p -> root.resolve(start.relativize(p)).toString();
      Files.walkFileTree(
          start,
          options,
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(start) && (hidden(dir) || same(dir, output))
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (hidden(file) || attrs.isDirectory()) return FileVisitResult.CONTINUE;
              Optional<Format> format = Format.of(fileName(file));
              if (attrs.isSymbolicLink() && followLinks) {
                plan.put(shown.apply(file), new Fail("broken symbolic link"));
              } else if (attrs.isSymbolicLink()) {
                // A link to a folder is worth a word too.
                if (format.isPresent() || Files.isDirectory(file)) {
                  plan.put(
                      shown.apply(file),
                      new Fail("symbolic link inside a folder, not followed (--follow-links)"));
                }
              } else if (format.isPresent()) {
                plan.put(
                    shown.apply(file),
                    attrs.isRegularFile()
                        ? new ReadFile(file, format.get())
                        : new Fail(notRegular(file)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (hidden(file)) return FileVisitResult.CONTINUE;
              plan.put(
                  shown.apply(file),
                  new Fail(
                      e instanceof FileSystemLoopException
                          ? "symbolic link loop, not followed"
                          : describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      plan.put(root.toString(), new Fail(describe(e)));
    }
  }

  /** Whether {@code dir} is the folder {@code output} (null for none), by path or by file. */
  private static boolean same(Path dir, Path output) {
    if (output == null) return false;
    if (dir.toAbsolutePath().normalize().equals(output)) return true;
    try {
      return Files.exists(output) && Files.isSameFile(dir, output);
    } catch (IOException e) {
      return false;
    }
  }

  /** Why a path that exists is not read: what kind of file it is. */
  private static String notRegular(Path path) {
    String kind =
        switch (fileType(path)) {
          case 0010000 -> "named pipe (FIFO)";
          case 0020000 -> "character device";
          case 0060000 -> "block device";
          case 0140000 -> "socket";
          default -> "special file";
        };
    return "not a regular file: " + kind;
  }

  /** The file type bits of a POSIX mode, or -1 where the filesystem does not tell them. */
  private static int fileType(Path path) {
    try {
      Object mode = Files.readAttributes(path, "unix:mode").get("mode");
      return mode instanceof Integer m ? m & 0170000 : -1;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return -1; // the kind is a courtesy; the rejection stands without it
    }
  }

  private static boolean hidden(Path path) {
    return fileName(path).startsWith(".");
  }

  static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /** An I/O failure in words, without the path (the rejection carries it). */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) return "cannot read: permission denied";
    if (e instanceof NoSuchFileException) return "no such file or directory";
    String message = e.getMessage();
    return "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
  }
}
