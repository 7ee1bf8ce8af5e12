package org.newsmerge.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats, recognised by file extension (case-insensitive). */
enum Format {
  TEXT,
  JSON,
  JSONL,
  HTML,
  ZIP;

  static final String EXPECTED = ".txt, .md, .json, .jsonl, .html, .htm or .zip";

  static Optional<Format> of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) return Optional.empty();
    switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "txt":
      case "md":
        return Optional.of(TEXT);
      case "json":
        return Optional.of(JSON);
      case "jsonl":
        return Optional.of(JSONL);
      case "html":
      case "htm":
        return Optional.of(HTML);
      case "zip":
        return Optional.of(ZIP);
      default:
        return Optional.empty();
    }
  }

  /** The rejection reason for a file given explicitly whose extension is not one of ours. */
  static String unsupported(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String found = dot < 0 ? "no extension" : "'" + fileName.substring(dot) + "'";
    return "unsupported file type (" + found + "; expected " + EXPECTED + ")";
  }
}
