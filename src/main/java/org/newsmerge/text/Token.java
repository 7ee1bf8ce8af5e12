package org.newsmerge.text;

/** A word of original text: its span {@code [start, end)} in that text and its matching key. */
public record Token(int start, int end, String key) {
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
  }
}
