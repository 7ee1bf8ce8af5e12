package org.newsmerge.model;

import java.util.Objects;

/**
 * A sentence of an article: its position among the article's sentences and its span {@code [start,
 * end)} in the article's text. {@code text} is the original text of that span.
 */
public record Sentence(String articleId, int index, int start, int end, String text) {

  public Sentence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    if (index < 0) throw new IllegalArgumentException("index (" + index + ") must be >= 0");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "text length " + text.length() + " does not match span [" + start + ", " + end + ")");
    }
  }
}
