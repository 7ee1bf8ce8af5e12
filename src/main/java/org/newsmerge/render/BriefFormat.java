package org.newsmerge.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.newsmerge.merge.Brief;

/** The formats a brief is written in, and the writing of brief files. */
public enum BriefFormat {
  MD,
  HTML,
  JSON;

  /** The file name of this format's brief: {@code brief.md} and so on. */
  public String fileName() {
    return "brief." + name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code md,html,json}; throws IllegalArgumentException naming a bad format. */
  public static Set<BriefFormat> parse(String list) {
    Set<BriefFormat> formats = EnumSet.noneOf(BriefFormat.class);
    for (String part : list.split(",")) {
      String f = part.trim().toUpperCase(Locale.ROOT);
      try {
        formats.add(BriefFormat.valueOf(f));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "format (" + part.trim() + ") must be md, html or json", e);
      }
    }
    return formats;
  }

  /**
   * The title of a brief: that of its most central article, the one whose sentences the other
   * sources carry most (ties to source order); empty if no article has a title.
   */
  public static String title(Brief brief) {
    return BriefText.centralTitle(brief);
  }

  /** Writes {@code brief} in this format, presented as a brief merged alone. */
  public void write(Brief brief, Writer w) {
    write(brief, Presentation.DEFAULT, w);
  }

  /**
   * Writes {@code brief} in this format, presented as {@code p} says (JSON has no interface, but
   * holds the lead asked for).
   */
  public void write(Brief brief, Presentation p, Writer w) {
    switch (this) {
      case MD -> BriefMarkdown.write(brief, p, new PrintWriter(w));
      case HTML -> BriefHtml.write(brief, p, new PrintWriter(w));
      case JSON -> BriefJson.write(brief, p, w);
    }
  }

  /**
   * {@code brief} in this format as one string, what {@link #write(Brief, Presentation, Writer)}
   * writes: the Markdown and the page are built whole, so they are not copied through a writer.
   */
  public String text(Brief brief, Presentation p) {
    return switch (this) {
      case MD -> BriefMarkdown.text(brief, p);
      case HTML -> BriefHtml.text(brief, p);
      case JSON -> {
        StringWriter w = new StringWriter(16_384);
        BriefJson.write(brief, p, w);
        yield w.toString();
      }
    };
  }

  /** Writes {@code brief} into {@code dir} in each of {@code formats}. */
  public static void writeAll(Brief brief, Path dir, Set<BriefFormat> formats, Presentation p) {
    for (BriefFormat f : formats) atomically(dir.resolve(f.fileName()), w -> f.write(brief, p, w));
  }

  /**
   * The ending of the temporary files {@link #atomically} writes ({@code .brief.md.<random>} plus
   * this), so that cleaning up never touches a file of the user's.
   */
  public static final String TEMPORARY = ".newsmerge-tmp";

  /** Deletes the temporary files of {@link #atomically} a killed run left in {@code dir}. */
  public static void removeLeftovers(Path dir) {
    if (!Files.isDirectory(dir)) return;
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(TEMPORARY)) Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a file through a temporary sibling moved into place, so that a reader (or a run that was
   * killed) never sees half a file.
   */
  public static void atomically(Path file, Consumer<Writer> content) {
    fill(
        file,
        out -> {
          // Closed here as well as by the filling: a writer may close itself, and closing is
          // idempotent.
          try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            content.accept(w);
          }
        });
  }

  /** {@link #atomically} for content already encoded. */
  public static void atomically(Path file, byte[] content) {
    fill(file, out -> out.write(content));
  }

  /** What fills a file's stream. */
  private interface Filling {
    void fill(OutputStream out) throws IOException;
  }

  /**
   * {@link #atomically} of what {@code content} writes to the stream. The temporary file is created
   * once, with the permissions any new file gets (the umask's), under a random name no other writer
   * holds; the folder is made only when missing. A batch writes thousands of files and each system
   * call counts.
   */
  private static void fill(Path file, Filling content) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Path tmp = null;
      OutputStream out = null;
      while (out == null) {
        tmp =
            dir.resolve(
                "."
                    + file.getFileName()
                    + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + TEMPORARY);
        try {
          out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
          Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
          // another writer's name: draw again
        }
      }
      boolean moved = false;
      try {
        try (OutputStream written = out) {
          content.fill(written);
        }
        try {
          Files.move(
              tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        moved = true;
      } finally {
        if (!moved) Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
