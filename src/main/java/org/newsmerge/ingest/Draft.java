package org.newsmerge.ingest;

import java.util.List;
import java.util.Objects;

/**
 * An article as a reader found it, before classification and id: the text, its segments and the
 * metadata the format carried (empty strings when absent).
 *
 * @param label what a rejection of this article is reported as: the path, or {@code path#index} for
 *     an object inside a JSON file
 * @param fileSource the source to use when neither metadata nor a credit line names one
 */
record Draft(
    String path,
    int index,
    String label,
    String text,
    List<Segment> segments,
    String title,
    String source,
    String url,
    String date,
    String author,
    String fileSource) {

  Draft {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    segments = List.copyOf(segments);
    title = Objects.requireNonNullElse(title, "").strip();
    source = Objects.requireNonNullElse(source, "").strip();
    url = Objects.requireNonNullElse(url, "").strip();
    date = Objects.requireNonNullElse(date, "").strip();
    author = Objects.requireNonNullElse(author, "").strip();
    fileSource = Objects.requireNonNullElse(fileSource, "");
  }
}
