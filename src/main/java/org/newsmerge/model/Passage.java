package org.newsmerge.model;

import java.util.List;

/**
 * A run of matched sentences in the same order on both sides, possibly bridging short gaps: what
 * one article took from another (or repeats of itself). Side {@code a} spans from the first to the
 * last matched sentence of article {@code a}, likewise for {@code b}.
 */
public record Passage(MatchKind kind, double similarity, List<SentenceMatch> matches) {

  public Passage {
    matches = List.copyOf(matches);
    if (matches.isEmpty()) throw new IllegalArgumentException("a passage needs at least one match");
  }

  public Sentence firstA() {
    return matches.get(0).a();
  }

  public Sentence lastA() {
    return matches.get(matches.size() - 1).a();
  }

  public Sentence firstB() {
    return matches.get(0).b();
  }

  public Sentence lastB() {
    return matches.get(matches.size() - 1).b();
  }
}
