package org.newsmerge.batch;

import java.io.Serializable;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

/**
 * The folder a batch run writes into, seen through the few operations {@link BatchOutput} needs, so
 * that one writer serves a local folder ({@link LocalFolder}) and a Hadoop filesystem (the Spark
 * job's). Paths are relative to the folder and separated by {@code /}. Every write is atomic: a
 * reader, a killed run or a retried task never sees half a file. Failures are {@link
 * java.io.UncheckedIOException}s naming the path.
 */
public interface OutputFolder extends Serializable {

  /** Checks, before any work and without writing, that the folder can be written. */
  void check();

  /** The text of a file, or null if there is none or it cannot be read as UTF-8. */
  String read(String relative);

  /** Writes a file whole: to a temporary name, then moved into place. */
  void write(String relative, Consumer<Writer> content);

  /** Writes a file whole, as {@link #write(String, Consumer)} does, of bytes already encoded. */
  void write(String relative, byte[] content);

  /** Makes a story's folder ready: a real folder, never a link to somewhere else. */
  void prepare(String folder);

  /** Deletes the tool's temporary files a killed run left in a folder ({@code ""}: the root). */
  void clean(String folder);

  /** The folders directly under the root, by name, sorted; links to folders are not listed. */
  List<String> folders();

  /** Whether a file exists. */
  boolean exists(String relative);

  /** Deletes a file if it exists. */
  void delete(String relative);

  /** Deletes a folder if it is empty; returns whether it did. */
  boolean deleteIfEmpty(String folder);
}
