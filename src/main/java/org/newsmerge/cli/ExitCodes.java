package org.newsmerge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.newsmerge.model.Rejected;

/**
 * The exit codes of every command, listed once for {@code --help}, and the one line a failure
 * prints: {@code newsmerge: <path>: <reason>} for an output that cannot be written.
 */
public final class ExitCodes {

  public static final String OK = "0:every input was read";
  public static final String REJECTED =
      "1:some inputs were rejected, each named on stderr (the others were processed)";
  public static final String USAGE = "2:usage error";
  public static final String OUTPUT =
      "3:the output could not be written (the path and reason are printed)";
  public static final String INTERNAL = "4:out of memory or an internal error";

  private ExitCodes() {}

  /** The exit code of a failure that ended a command. */
  public static int code(Throwable e) {
    return io(e) != null ? 3 : 4;
  }

  /** The one line that says what ended a command. */
  public static String line(Throwable e) {
    IOException io = io(e);
    if (io instanceof FileSystemException fs && fs.getFile() != null) {
      return "newsmerge: " + Rejected.line(fs.getFile(), "cannot write: " + reason(fs));
    }
    if (io != null)
      return "newsmerge: " + Rejected.line("cannot write output", String.valueOf(io.getMessage()));
    if (outOfMemory(e)) {
      return "newsmerge: out of memory: give the JVM more (java -Xmx8g -jar ...) or read less at"
          + " once (--max-archive-bytes, smaller inputs)";
    }
    return "newsmerge: " + Rejected.line("internal error", String.valueOf(e));
  }

  private static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause())
      if (t instanceof OutOfMemoryError) return true;
    return false;
  }

  private static IOException io(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UncheckedIOException u) return u.getCause();
      if (t instanceof IOException i) return i;
    }
    return null;
  }

  /**
   * The one line that says why an input could not be read: {@code newsmerge: <path>: cannot read:
   * <reason>}, for commands whose files are all inputs (exit 1).
   */
  public static String inputLine(Throwable e) {
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      // Thrown by a reader that names the file and what is wrong with it.
      return "newsmerge: " + e.getMessage();
    }
    IOException io = io(e);
    if (io instanceof FileSystemException fs && fs.getFile() != null) {
      return "newsmerge: " + Rejected.line(fs.getFile(), "cannot read: " + reason(fs));
    }
    return "newsmerge: " + String.valueOf(io != null ? io.getMessage() : e.getMessage());
  }

  private static String reason(FileSystemException e) {
    String reason;
    if (e instanceof AccessDeniedException) reason = "permission denied";
    else if (e instanceof FileAlreadyExistsException) reason = "exists and is not a folder";
    else if (e instanceof NoSuchFileException) reason = "no such file or directory";
    else if (e instanceof NotDirectoryException) reason = "not a folder";
    else if (e instanceof DirectoryNotEmptyException) reason = "folder not empty";
    else reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
    return reason;
  }
}
