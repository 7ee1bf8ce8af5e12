package org.newsmerge.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files a run wrote, for comparing whole outputs in tests. */
public final class OutputFiles {

  private OutputFiles() {}

  /** Every file under {@code dir}, by relative path, with its content. */
  public static TreeMap<String, String> snapshot(Path dir) throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
