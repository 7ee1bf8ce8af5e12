package org.newsmerge.ingest;

import java.util.Locale;

/**
 * How inputs are read, with the limits that keep one hostile input from exhausting memory.
 *
 * @param maxBytes largest file or archive entry that is read, in bytes; larger ones are rejected
 * @param maxArchiveBytes most bytes read out of one archive, all entries together, uncompressed;
 *     the entries past the limit are not read and the archive says so
 * @param maxArchiveEntries most entries read out of one archive; the rest are not read and the
 *     archive says so
 * @param followLinks whether symbolic links met inside folders are followed (a link named on the
 *     command line always is)
 * @param skipped a folder never read inside an input folder, as an absolute path or a URI, or
 *     empty: the run's own output, so that a run whose output lies inside its input does not read
 *     its briefs back as articles
 */
public record ReadSettings(
    long maxBytes, long maxArchiveBytes, int maxArchiveEntries, boolean followLinks, String skipped)
    implements java.io.Serializable {

  /** Longest array the JVM hands out; a file must fit in one. */
  private static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

  private static final long MB = 1024L * 1024L;

  /**
   * An entry that inflates more than this many times its compressed size (and past a megabyte) is
   * taken for a zip bomb: news text compresses about 3 to 10 times.
   */
  static final int MAX_COMPRESSION_RATIO = 100;

  /** 50 MB per file, 1 GB and 100,000 entries per archive, links in folders not followed. */
  public static final ReadSettings DEFAULTS =
      new ReadSettings(50 * MB, 1024 * MB, 100_000, false, "");

  public ReadSettings {
    java.util.Objects.requireNonNull(skipped, "skipped");
    if (maxBytes < 1 || maxBytes > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "max bytes (" + maxBytes + ") must be between 1 and " + MAX_LIMIT);
    }
    if (maxArchiveBytes < 1) {
      throw new IllegalArgumentException(
          "max archive bytes (" + maxArchiveBytes + ") must be >= 1");
    }
    if (maxArchiveEntries < 1) {
      throw new IllegalArgumentException(
          "max archive entries (" + maxArchiveEntries + ") must be >= 1");
    }
  }

  /** The defaults with another per-file limit. */
  public ReadSettings(long maxBytes) {
    this(maxBytes, DEFAULTS.maxArchiveBytes, DEFAULTS.maxArchiveEntries, DEFAULTS.followLinks, "");
  }

  public ReadSettings withArchiveLimits(long bytes, int entries) {
    return new ReadSettings(maxBytes, bytes, entries, followLinks, skipped);
  }

  public ReadSettings withFollowLinks(boolean follow) {
    return new ReadSettings(maxBytes, maxArchiveBytes, maxArchiveEntries, follow, skipped);
  }

  /** These settings with {@code folder} (a run's output) never read inside an input folder. */
  public ReadSettings withSkipped(java.nio.file.Path folder) {
    return withSkipped(folder.toAbsolutePath().normalize().toString());
  }

  /** As {@link #withSkipped(java.nio.file.Path)}, for an absolute path or a URI. */
  public ReadSettings withSkipped(String folder) {
    return new ReadSettings(maxBytes, maxArchiveBytes, maxArchiveEntries, followLinks, folder);
  }

  /** The rejection reason for a file of {@code size} bytes, or "more than the limit" if unknown. */
  public String tooLarge(long size) {
    String actual = size >= 0 ? size + " bytes" : "more than " + maxBytes + " bytes";
    return "file too large (" + actual + " > limit " + size(maxBytes) + ")";
  }

  /**
   * A byte count in the largest unit that divides it: {@code 50 MB}, {@code 2 KB}, {@code 7 bytes}.
   */
  static String size(long bytes) {
    if (bytes % (1024 * MB) == 0) return bytes / (1024 * MB) + " GB";
    if (bytes % MB == 0) return bytes / MB + " MB";
    if (bytes % 1024 == 0) return bytes / 1024 + " KB";
    return bytes + " bytes";
  }

  /**
   * Parses a byte count as given on the command line: a number with an optional unit {@code K},
   * {@code M} or {@code G} (powers of 1024, {@code B} after it optional): {@code 512M}, {@code
   * 2GB}.
   */
  public static long parseSize(String spec) {
    String s = spec.trim().toUpperCase(Locale.ROOT);
    if (s.endsWith("B")) s = s.substring(0, s.length() - 1);
    long unit = 1;
    if (!s.isEmpty()) {
      switch (s.charAt(s.length() - 1)) {
        case 'K' -> unit = 1024;
        case 'M' -> unit = MB;
        case 'G' -> unit = 1024 * MB;
        default -> unit = 1;
      }
      if (unit > 1) s = s.substring(0, s.length() - 1);
    }
    try {
      long n = Long.parseLong(s.trim());
      if (n < 1 || n > Long.MAX_VALUE / unit) throw new NumberFormatException();
      return n * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "size (" + spec + ") must be a positive number of bytes, e.g. 512M or 2G", e);
    }
  }
}
