package org.newsmerge.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;

/** Small helpers that make test inputs and read articles back as text. */
final class Inputs {

  private Inputs() {}

  static Path write(Path dir, String name, String content) throws IOException {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  /** A ZIP with the given entries (in the given order); a name ending in "/" is a folder. */
  static Path zip(Path dir, String name, Map<String, String> entries) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  static Path resource(String name) {
    try {
      return Path.of(Inputs.class.getResource("/ingest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each block of the article as {@code KIND: text}. */
  static List<String> blocks(Article a) {
    return a.blocks().stream().map(b -> b.kind() + ": " + a.slice(b.start(), b.end())).toList();
  }

  static List<String> texts(Article a, Block.Kind kind) {
    return a.blocks().stream()
        .filter(b -> b.kind() == kind)
        .map(b -> a.slice(b.start(), b.end()))
        .toList();
  }
}
