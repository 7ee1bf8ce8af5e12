package org.newsmerge.model;

import java.io.Serializable;

/**
 * A line or paragraph of an article's text, {@code [start, end)} in UTF-16 offsets, with what it
 * is. Only {@link Kind#NARRATIVE} blocks are split into sentences; the others are metadata.
 */
public record Block(Kind kind, int start, int end) implements Serializable {

  /** What a block of article text is. */
  public enum Kind {
    NARRATIVE,
    TITLE,
    BYLINE,
    CREDIT,
    CAPTION,
    SUBHEAD,
    KICKER,
    FRONT_MATTER
  }

  public Block {
    if (kind == null) throw new IllegalArgumentException("block kind must not be null");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
    }
  }
}
