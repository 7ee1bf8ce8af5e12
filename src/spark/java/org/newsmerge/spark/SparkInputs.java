package org.newsmerge.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.newsmerge.ingest.PlannedReading;
import org.newsmerge.ingest.ReadSettings;
import org.newsmerge.model.Article;
import org.newsmerge.model.Rejected;

/**
 * The inputs of a Spark run: local paths, read exactly as {@code newsmerge batch} reads them, and
 * Hadoop filesystem URIs ({@code hdfs://}, {@code s3a://}, {@code file:} ...), walked with the same
 * rules (hidden files and folders skipped, files of unknown type skipped inside folders, reading in
 * path string order). Articles and rejections are reported under the path as given for local inputs
 * and under the full URI for the others.
 */
final class SparkInputs {

  /** A scheme of two or more letters: {@code C:\archive} stays a local path. */
  private static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  private SparkInputs() {}

  /**
   * One input file, numbered in reading order: where it lies (a local path or a URI), or why it
   * cannot be read.
   */
  record Input(int ordinal, String path, String location, boolean hadoop, String failure)
      implements Serializable {}

  static boolean isUri(String input) {
    return URI.matcher(input).matches();
  }

  /** The files to read, in reading order. */
  static List<Input> plan(List<String> inputs, ReadSettings read, Configuration conf) {
    SortedMap<String, Input> plan = new TreeMap<>();
    List<java.nio.file.Path> local = new ArrayList<>();
    for (String input : inputs) {
      if (isUri(input)) walk(new Path(input), conf, read.skipped(), plan);
      else local.add(java.nio.file.Path.of(input));
    }
    for (PlannedReading.Planned p : PlannedReading.plan(local, read)) {
      plan.put(
          p.path(),
          // Reported as given, read by absolute path: an executor's working folder is not ours.
          new Input(
              0,
              p.path(),
              p.file() == null ? null : p.file().toAbsolutePath().toString(),
              false,
              p.failure()));
    }
    List<Input> ordered = new ArrayList<>();
    for (Input i : plan.values()) {
      ordered.add(new Input(ordered.size(), i.path(), i.location(), i.hadoop(), i.failure()));
    }
    return ordered;
  }

  private static void walk(
      Path root, Configuration conf, String skipped, SortedMap<String, Input> plan) {
    try {
      FileSystem fs = root.getFileSystem(conf);
      FileStatus status = fs.getFileStatus(root);
      if (status.isDirectory()) {
        // The run's output, where it lies inside this input, is passed over.
        String output = isUri(skipped) ? fs.makeQualified(new Path(skipped)).toString() : "";
        walkFolder(fs, status.getPath(), output, plan);
      } else {
        String path = status.getPath().toString();
        String name = status.getPath().getName();
        plan.put(
            path,
            PlannedReading.readable(name)
                ? new Input(0, path, path, true, null)
                : new Input(0, path, null, true, PlannedReading.unsupported(name)));
      }
    } catch (IOException e) {
      plan.put(root.toString(), new Input(0, root.toString(), null, true, describe(e)));
    } catch (IllegalArgumentException e) {
      // Hadoop reports an unknown host or a bad URI this way.
      plan.put(root.toString(), new Input(0, root.toString(), null, true, describe(e)));
    }
  }

  private static void walkFolder(
      FileSystem fs, Path dir, String output, SortedMap<String, Input> plan) throws IOException {
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().toString()));
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (name.startsWith(".")) continue;
      String path = child.getPath().toString();
      if (child.isDirectory()) {
        if (path.equals(output)) continue;
        try {
          walkFolder(fs, child.getPath(), output, plan);
        } catch (IOException e) {
          plan.put(path, new Input(0, path, null, true, describe(e)));
        }
      } else if (PlannedReading.readable(name)) {
        plan.put(path, new Input(0, path, path, true, null));
      }
    }
  }

  /**
   * Reads one input: articles (with base ids, in file order) and rejections. Local files go through
   * {@link ArticleReader#readPlanned}; Hadoop files are fetched, archives into a local temporary
   * file so that they are read by the same code.
   */
  static void read(
      Input input,
      ReadSettings settings,
      Configuration conf,
      Consumer<Article> articles,
      Consumer<Rejected> rejected) {
    if (input.failure() != null) {
      rejected.accept(new Rejected(input.path(), input.failure()));
    } else if (!input.hadoop()) {
      PlannedReading.readPlanned(
          new PlannedReading.Planned(input.path(), java.nio.file.Path.of(input.location()), null),
          settings,
          articles,
          rejected);
    } else {
      try {
        readHadoop(input, settings, conf, articles, rejected);
      } catch (IOException | IllegalArgumentException e) {
        rejected.accept(new Rejected(input.path(), describe(e)));
      }
    }
  }

  private static void readHadoop(
      Input input,
      ReadSettings settings,
      Configuration conf,
      Consumer<Article> articles,
      Consumer<Rejected> rejected)
      throws IOException {
    Path path = new Path(input.location());
    FileSystem fs = path.getFileSystem(conf);
    String name = path.getName();
    if (PlannedReading.isArchive(name)) {
      java.nio.file.Path copy = Files.createTempFile("newsmerge-", ".zip");
      try {
        try (InputStream in = fs.open(path)) {
          Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        PlannedReading.readPlanned(
            new PlannedReading.Planned(input.path(), copy, null), settings, articles, rejected);
      } finally {
        Files.deleteIfExists(copy);
      }
      return;
    }
    long size = fs.getFileStatus(path).getLen();
    if (size > settings.maxBytes()) {
      rejected.accept(new Rejected(input.path(), settings.tooLarge(size)));
      return;
    }
    byte[] bytes;
    try (InputStream in = fs.open(path)) {
      bytes = in.readNBytes((int) settings.maxBytes() + 1);
    }
    PlannedReading.readBytes(input.path(), name, bytes, settings, articles, rejected);
  }

  private static String describe(Exception e) {
    if (e instanceof FileNotFoundException) return "no such file or directory";
    if (e instanceof AccessControlException) return "cannot read: permission denied";
    String message = e.getMessage();
    return "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
  }
}
