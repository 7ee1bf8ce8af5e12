package org.newsmerge.model;

import java.util.Objects;

/**
 * Two sentences verified to overlap, with the measured similarity of their shingle sets (exact
 * Jaccard) and the containment of the smaller in the larger. (Word diffs are computed where they
 * are shown, so that finding overlaps in bulk does not pay for them.) {@code a} comes first in
 * reading order: earlier article, or earlier in the same article.
 */
public record SentenceMatch(
    Sentence a, Sentence b, MatchKind kind, double similarity, double containment) {

  public SentenceMatch {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(kind, "kind");
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity (" + similarity + ") must be in [0, 1]");
    }
  }

  /** Whether both sentences come from one article: the article repeats itself. */
  public boolean withinArticle() {
    return a.articleId().equals(b.articleId());
  }
}
