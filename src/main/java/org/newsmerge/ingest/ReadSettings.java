package org.newsmerge.ingest;

/**
 * How inputs are read.
 *
 * @param maxBytes largest file or archive entry that is read, in bytes; larger ones are rejected.
 *     Archives themselves are not limited, only their entries.
 */
public record ReadSettings(long maxBytes) {

  /** Longest array the JVM hands out; a file must fit in one. */
  private static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

  private static final long MB = 1024L * 1024L;

  /** 50 MB per file. */
  public static final ReadSettings DEFAULTS = new ReadSettings(50 * MB);

  public ReadSettings {
    if (maxBytes < 1 || maxBytes > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "max bytes (" + maxBytes + ") must be between 1 and " + MAX_LIMIT);
    }
  }

  /** The rejection reason for a file of {@code size} bytes, or "more than the limit" if unknown. */
  public String tooLarge(long size) {
    String limit;
    if (maxBytes % MB == 0) {
      limit = maxBytes / MB + " MB";
    } else if (maxBytes % 1024 == 0) {
      limit = maxBytes / 1024 + " KB";
    } else {
      limit = maxBytes + " bytes";
    }
    String actual = size >= 0 ? size + " bytes" : "more than " + maxBytes + " bytes";
    return "file too large (" + actual + " > limit " + limit + ")";
  }
}
