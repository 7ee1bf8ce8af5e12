package org.newsmerge.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits original text into words that keep their spans, each with its matching key. A word is a
 * maximal run of characters that {@link Normalizer} keeps; its key is the normalised run. Used for
 * word diffs, so that differences are found on keys and shown with the original words.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** Words of {@code text} in order; words whose key is empty are skipped. */
  public static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      boolean wordChar = !Normalizer.separates(cp);
      if (wordChar && start < 0) start = i;
      if (!wordChar && start >= 0) {
        add(tokens, text, start, i);
        start = -1;
      }
      i += n;
    }
    if (start >= 0) add(tokens, text, start, text.length());
    return tokens;
  }

  private static void add(List<Token> tokens, String text, int start, int end) {
    String key = Normalizer.compactKey(text.substring(start, end));
    if (!key.isEmpty()) tokens.add(new Token(start, end, key));
  }
}
