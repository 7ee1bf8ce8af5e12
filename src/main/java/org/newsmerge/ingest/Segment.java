package org.newsmerge.ingest;

import org.newsmerge.model.Block;

/**
 * A trimmed line or paragraph of an article's text, {@code [start, end)}, before classification.
 *
 * @param kind the kind the reader already knows (front matter, an HTML heading or caption, a
 *     soft-wrapped paragraph), or null when the {@link LineClassifier} decides
 */
record Segment(int start, int end, Block.Kind kind) {
  Segment {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad segment [" + start + ", " + end + ")");
    }
  }
}
