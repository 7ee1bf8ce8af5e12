package org.newsmerge.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.util.SerializableConfiguration;
import org.newsmerge.batch.LocalFolder;
import org.newsmerge.batch.OutputFolder;
import org.newsmerge.render.BriefFormat;

/**
 * An output folder on a Hadoop filesystem ({@code hdfs://}, {@code s3a://}, {@code file:}), written
 * from the driver and the executors without {@code .crc} files. A file is written whole under a
 * temporary name and renamed into place.
 */
final class HadoopFolder implements OutputFolder {

  private static final long serialVersionUID = 1L;

  private final String root;
  private final SerializableConfiguration conf;

  private HadoopFolder(String root, Configuration conf) {
    this.root = root;
    this.conf = new SerializableConfiguration(conf);
  }

  /**
   * The output folder {@code out} names: a local path or {@code file:} URI (written as {@code
   * batch} writes, links and all), or else a Hadoop filesystem URI.
   */
  static OutputFolder of(String out, Configuration conf) {
    if (!SparkInputs.isUri(out)) return new LocalFolder(java.nio.file.Path.of(out));
    URI uri = URI.create(out);
    if ("file".equals(uri.getScheme())) return new LocalFolder(java.nio.file.Path.of(uri));
    return new HadoopFolder(out, conf);
  }

  private Path path(String relative) {
    return relative.isEmpty() ? new Path(root) : new Path(root, relative);
  }

  private FileSystem fs(Path path) throws IOException {
    FileSystem fs = path.getFileSystem(conf.value());
    fs.setWriteChecksum(false); // no .crc files beside the briefs on checksummed filesystems
    return fs;
  }

  @Override
  public void check() {
    Path dir = path("");
    try {
      FileSystem fs = fs(dir);
      if (fs.exists(dir) && !fs.getFileStatus(dir).isDirectory()) {
        throw new UncheckedIOException(
            new java.nio.file.FileSystemException(root, null, "is a file, not a folder"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String read(String relative) {
    Path file = path(relative);
    try {
      FileSystem fs = fs(file);
      if (!fs.exists(file)) return null;
      try (var in = fs.open(file)) {
        // Strict: damaged bytes must not decode to the text a marker's hash expects.
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(in.readAllBytes()))
            .toString();
      }
    } catch (IOException e) { // CharacterCodingException among them
      return null;
    }
  }

  @Override
  public void write(String relative, Consumer<Writer> content) {
    write(
        relative,
        (FSDataOutputStream stream) -> {
          try (Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
            content.accept(w);
          }
        });
  }

  @Override
  public void write(String relative, byte[] content) {
    write(relative, (FSDataOutputStream stream) -> stream.write(content));
  }

  /** What fills a file's stream. */
  private interface Filling {
    void fill(FSDataOutputStream stream) throws IOException;
  }

  private void write(String relative, Filling content) {
    Path file = path(relative);
    Path tmp =
        new Path(
            file.getParent(),
            "." + file.getName() + "." + UUID.randomUUID() + BriefFormat.TEMPORARY);
    try {
      FileSystem fs = fs(file);
      try (FSDataOutputStream stream = fs.create(tmp, true)) {
        content.fill(stream);
      }
      // FileContext's rename replaces the old file in one step where the filesystem can.
      FileContext.getFileContext(file.toUri(), conf.value())
          .rename(tmp, file, Options.Rename.OVERWRITE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void prepare(String folder) {
    // Hadoop filesystems make a file's folders as it is created, and HDFS folders are not links.
  }

  @Override
  public void clean(String folder) {
    Path dir = path(folder);
    try {
      FileSystem fs = fs(dir);
      if (!fs.exists(dir)) return;
      for (FileStatus status : fs.listStatus(dir)) {
        String name = status.getPath().getName();
        if (name.startsWith(".") && name.endsWith(BriefFormat.TEMPORARY))
          fs.delete(status.getPath(), false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> folders() {
    Path dir = path("");
    List<String> names = new ArrayList<>();
    try {
      FileSystem fs = fs(dir);
      if (!fs.exists(dir)) return names;
      for (FileStatus status : fs.listStatus(dir)) {
        if (status.isDirectory()) names.add(status.getPath().getName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(null);
    return names;
  }

  @Override
  public boolean exists(String relative) {
    Path file = path(relative);
    try {
      return fs(file).exists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void delete(String relative) {
    Path file = path(relative);
    try {
      fs(file).delete(file, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean deleteIfEmpty(String folder) {
    Path dir = path(folder);
    try {
      FileSystem fs = fs(dir);
      return fs.listStatus(dir).length == 0 && fs.delete(dir, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
