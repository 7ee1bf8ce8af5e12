package org.newsmerge.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsmerge.batch.OutputFolder;
import org.newsmerge.batch.StoryBriefs;
import org.newsmerge.render.BriefFormat;

/**
 * The output folder of a Spark run, written from the driver and the executors: a local folder,
 * written exactly as {@code newsmerge batch} writes it, or a Hadoop filesystem URI. Every file is
 * written whole under a temporary name and then moved into place, so that a reader, a retried task
 * or a rerun never sees half a file.
 */
abstract class OutputDir implements Serializable {

  private static final long serialVersionUID = 1L;

  static OutputDir of(String out, Configuration conf) {
    return SparkInputs.isUri(out) ? new Hadoop(out, conf) : new Local(out);
  }

  /** The text of a file under the folder, or null if there is none. */
  abstract String read(String relative);

  abstract void write(String relative, Consumer<Writer> content);

  /** Deletes temporary files a killed run left in a folder under this one. */
  abstract void clean(String relative);

  /** Makes a story's folder ready to be written: a real folder, never a link to elsewhere. */
  abstract void storyFolder(String storyId);

  /**
   * Removes story folders of earlier runs that {@code stories} does not hold and briefs of formats
   * not asked for, as {@link OutputFolder#removeStale} does; returns the folders removed.
   */
  abstract int removeStale(Set<String> stories, Set<BriefFormat> formats);

  /** A folder of the local filesystem (shared by all machines on a cluster). */
  static final class Local extends OutputDir {
    private static final long serialVersionUID = 1L;
    private final String root;

    Local(String root) {
      this.root = root;
    }

    private java.nio.file.Path resolve(String relative) {
      return relative.isEmpty()
          ? java.nio.file.Path.of(root)
          : java.nio.file.Path.of(root, relative);
    }

    @Override
    String read(String relative) {
      java.nio.file.Path file = resolve(relative);
      try {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      } catch (IOException e) {
        return null;
      }
    }

    @Override
    void write(String relative, Consumer<Writer> content) {
      BriefFormat.atomically(resolve(relative), content);
    }

    @Override
    void clean(String relative) {
      BriefFormat.removeLeftovers(resolve(relative));
    }

    @Override
    void storyFolder(String storyId) {
      OutputFolder.storyFolder(resolve(""), storyId);
    }

    @Override
    int removeStale(Set<String> stories, Set<BriefFormat> formats) {
      return OutputFolder.removeStale(resolve(""), stories, formats);
    }
  }

  /** A folder of a Hadoop filesystem. */
  static final class Hadoop extends OutputDir {
    private static final long serialVersionUID = 1L;
    private final String root;
    private final org.apache.spark.util.SerializableConfiguration conf;

    Hadoop(String root, Configuration conf) {
      this.root = root;
      this.conf = new org.apache.spark.util.SerializableConfiguration(conf);
    }

    private Path resolve(String relative) {
      return relative.isEmpty() ? new Path(root) : new Path(root, relative);
    }

    private FileSystem fs(Path path) throws IOException {
      FileSystem fs = path.getFileSystem(conf.value());
      fs.setWriteChecksum(false); // no .crc files beside the briefs on checksummed filesystems
      return fs;
    }

    @Override
    String read(String relative) {
      Path file = resolve(relative);
      try {
        FileSystem fs = fs(file);
        if (!fs.exists(file)) return null;
        try (var in = fs.open(file)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        return null;
      }
    }

    @Override
    void write(String relative, Consumer<Writer> content) {
      Path file = resolve(relative);
      Path tmp =
          new Path(
              file.getParent(),
              "." + file.getName() + "." + UUID.randomUUID() + BriefFormat.TEMPORARY);
      try {
        FileSystem fs = fs(file);
        try (FSDataOutputStream stream = fs.create(tmp, true);
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
          content.accept(w);
        }
        // Hadoop's rename does not replace: the old file goes first.
        fs.delete(file, false);
        if (!fs.rename(tmp, file)) throw new IOException("cannot move " + tmp + " to " + file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void clean(String relative) {
      Path dir = resolve(relative);
      try {
        FileSystem fs = fs(dir);
        if (!fs.exists(dir)) return;
        for (var status : fs.listStatus(dir)) {
          String name = status.getPath().getName();
          if (name.startsWith(".") && name.endsWith(BriefFormat.TEMPORARY))
            fs.delete(status.getPath(), false);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void storyFolder(String storyId) {
      // Hadoop filesystems make a file's folders as it is created, and HDFS folders are not links.
    }

    @Override
    int removeStale(Set<String> stories, Set<BriefFormat> formats) {
      Path root = resolve("");
      int removed = 0;
      try {
        FileSystem fs = fs(root);
        if (!fs.exists(root)) return 0;
        for (var status : fs.listStatus(root)) {
          if (!status.isDirectory()) continue;
          Path dir = status.getPath();
          boolean current = stories.contains(dir.getName());
          if (!current && !fs.exists(new Path(dir, StoryBriefs.MARKER))) continue;
          for (BriefFormat f : BriefFormat.values()) {
            if (!current || !formats.contains(f)) fs.delete(new Path(dir, f.fileName()), false);
          }
          if (current) continue;
          fs.delete(new Path(dir, StoryBriefs.MARKER), false);
          clean(dir.getName());
          if (fs.listStatus(dir).length == 0 && fs.delete(dir, false)) removed++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return removed;
    }
  }
}
