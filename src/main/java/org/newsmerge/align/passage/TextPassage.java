package org.newsmerge.align.passage;

/**
 * One passage that a text shares with another: the span {@code [thisStart, thisEnd)} of the text
 * examined and the span {@code [sourceStart, sourceEnd)} of its source, in UTF-16 offsets, with the
 * tf-idf cosine of the two spans' words and whether the loose (summary) mode found it.
 */
public record TextPassage(
    int thisStart,
    int thisEnd,
    int sourceStart,
    int sourceEnd,
    double similarity,
    boolean summary) {

  public TextPassage {
    if (thisStart < 0 || thisEnd < thisStart) {
      throw new IllegalArgumentException("bad span [" + thisStart + ", " + thisEnd + ")");
    }
    if (sourceStart < 0 || sourceEnd < sourceStart) {
      throw new IllegalArgumentException(
          "bad source span [" + sourceStart + ", " + sourceEnd + ")");
    }
  }

  public int thisLength() {
    return thisEnd - thisStart;
  }

  public int sourceLength() {
    return sourceEnd - sourceStart;
  }
}
