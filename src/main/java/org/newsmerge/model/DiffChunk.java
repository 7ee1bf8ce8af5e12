package org.newsmerge.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One piece of a word diff between two wordings, in original text: equal words appear on both
 * sides, a deletion only in {@code a}, an insertion only in {@code b}, a change on both.
 */
public record DiffChunk(Op op, String a, String b) {

  /** What a chunk of a word diff is. */
  public enum Op {
    EQUAL,
    CHANGE,
    DELETE,
    INSERT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public DiffChunk {
    Objects.requireNonNull(op, "op");
    a = Objects.requireNonNullElse(a, "");
    b = Objects.requireNonNullElse(b, "");
  }
}
