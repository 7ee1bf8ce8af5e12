package org.newsmerge.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What reading a list of inputs means: each file to read, or the reason an input cannot be read,
 * keyed and ordered by path string so that the order of the inputs does not matter and a file named
 * twice is read once. Folders are walked recursively; hidden files and folders and files of unknown
 * type inside them are skipped. A file named explicitly is always considered.
 */
final class InputPlan {

  /** One thing to do: read a file, or report why not. */
  sealed interface Item permits ReadFile, Fail {}

  record ReadFile(Path path, Format format) implements Item {}

  record Fail(String reason) implements Item {}

  private InputPlan() {}

  static SortedMap<String, Item> of(List<Path> inputs) {
    SortedMap<String, Item> plan = new TreeMap<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, plan);
      } else if (!Files.exists(input)) {
        plan.put(input.toString(), new Fail("no such file or directory"));
      } else if (!Files.isRegularFile(input)) {
        plan.put(input.toString(), new Fail("not a regular file"));
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

  private static void walk(Path root, SortedMap<String, Item> plan) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && hidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!hidden(file) && !attrs.isDirectory()) {
                Format.of(fileName(file))
                    .ifPresent(f -> plan.put(file.toString(), new ReadFile(file, f)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!hidden(file)) plan.put(file.toString(), new Fail(describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      plan.put(root.toString(), new Fail(describe(e)));
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
