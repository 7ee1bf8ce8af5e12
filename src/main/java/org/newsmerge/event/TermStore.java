package org.newsmerge.event;

import java.util.Arrays;

/**
 * The terms of every article of an archive in flat arrays: per article a slice of term hashes in
 * ascending order and their counts (a byte each, {@link EventTerms#MAX_COUNT} at most), about five
 * bytes a term instead of a {@link TermBag}'s eight and its two arrays, and its language. Articles
 * are appended in order; {@link #subtract} lowers counts in place.
 */
public final class TermStore {

  private int[] terms = new int[1 << 12];
  private byte[] counts = new byte[1 << 12];
  private int[] start = new int[1 << 10];
  private byte[] languages = new byte[1 << 10];
  private int articles;

  /**
   * Appends the next article's terms (integer counts, as {@link EventTerms} gives them) and the
   * language they were told in.
   */
  public void add(TermBag bag, EventTerms.Language language) {
    int at = start[articles];
    int end = at + bag.size();
    if (end > terms.length) {
      int cap = Math.max(end, terms.length * 2);
      terms = Arrays.copyOf(terms, cap);
      counts = Arrays.copyOf(counts, cap);
    }
    for (int i = 0; i < bag.size(); i++) {
      terms[at + i] = bag.terms()[i];
      counts[at + i] = (byte) Math.round(bag.weights()[i]);
    }
    if (articles + 2 > start.length) {
      start = Arrays.copyOf(start, start.length * 2);
      languages = Arrays.copyOf(languages, start.length);
    }
    languages[articles] = (byte) language.ordinal();
    start[++articles] = end;
  }

  /** The language article {@code a}'s terms were told in. */
  public EventTerms.Language language(int a) {
    return EventTerms.Language.of(languages[a]);
  }

  public int size() {
    return articles;
  }

  /** Article {@code a}'s terms with a count above zero. */
  public TermBag bag(int a) {
    int from = start[a];
    int to = start[a + 1];
    int n = 0;
    for (int i = from; i < to; i++) if (counts[i] != 0) n++;
    int[] t = new int[n];
    float[] w = new float[n];
    int m = 0;
    for (int i = from; i < to; i++) {
      if (counts[i] == 0) continue;
      t[m] = terms[i];
      w[m++] = counts[i] & 0xff;
    }
    return new TermBag(t, w);
  }

  /**
   * Lowers article {@code a}'s counts by those of {@code bag} (never below zero), as {@link
   * TermBag#plus} with a factor of -1 would. Articles may be lowered in parallel, each by one
   * thread.
   */
  public void subtract(int a, TermBag bag) {
    int from = start[a];
    int to = start[a + 1];
    for (int j = 0; j < bag.size(); j++) {
      int i = Arrays.binarySearch(terms, from, to, bag.terms()[j]);
      if (i < 0) continue;
      int left = (counts[i] & 0xff) - Math.round(bag.weights()[j]);
      counts[i] = (byte) Math.max(0, left);
    }
  }
}
