package org.newsmerge.event;

import java.io.Serializable;
import java.util.Arrays;
import org.newsmerge.internal.HashSort;

/**
 * A sparse vector of terms: term hashes in ascending order, each with its weight. Pure; the arrays
 * are never changed once built.
 */
public record TermBag(int[] terms, float[] weights) implements Serializable {

  public static final TermBag EMPTY = new TermBag(new int[0], new float[0]);

  public TermBag {
    if (terms.length != weights.length) throw new IllegalArgumentException("terms != weights");
  }

  public int size() {
    return terms.length;
  }

  /** The bag of {@code n} (term, weight) entries in any order, equal terms summed. */
  static TermBag of(int[] terms, float[] weights, int n) {
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) packed[i] = (long) terms[i] << 32 | (i & 0xffffffffL);
    packed = HashSort.sorted(packed); // term hashes lead: uniform high bits
    int[] t = new int[n];
    float[] w = new float[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      int term = (int) (packed[i] >> 32);
      float weight = weights[(int) packed[i]];
      if (m > 0 && t[m - 1] == term) w[m - 1] += weight;
      else {
        t[m] = term;
        w[m++] = weight;
      }
    }
    return new TermBag(Arrays.copyOf(t, m), Arrays.copyOf(w, m));
  }

  /**
   * This bag plus {@code other} times {@code factor}; terms whose weight falls to 0 or below go.
   */
  public TermBag plus(TermBag other, float factor) {
    int[] t = new int[terms.length + other.terms.length];
    float[] w = new float[t.length];
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < terms.length || j < other.terms.length) {
      int term;
      float weight;
      if (j == other.terms.length || i < terms.length && terms[i] < other.terms[j]) {
        term = terms[i];
        weight = weights[i++];
      } else if (i == terms.length || other.terms[j] < terms[i]) {
        term = other.terms[j];
        weight = factor * other.weights[j++];
      } else {
        term = terms[i];
        weight = weights[i++] + factor * other.weights[j++];
      }
      if (weight > 1e-6f) {
        t[m] = term;
        w[m++] = weight;
      }
    }
    return new TermBag(Arrays.copyOf(t, m), Arrays.copyOf(w, m));
  }

  /**
   * The {@code k} heaviest terms (ties: the smaller term first), still in term order: what a bag
   * keeps when memory must be bounded.
   */
  public TermBag top(int k) {
    if (terms.length <= k) return this;
    // One long per term, sorted: the weight, heaviest first (its bits ordered as Float.compare
    // orders floats, then reversed), then the position, which is the term's order (terms are
    // sorted and distinct). No boxing: this runs for every article of a batch.
    long[] order = new long[terms.length];
    for (int i = 0; i < order.length; i++) {
      int bits = Float.floatToIntBits(weights[i]);
      int ordered = bits ^ ((bits >> 31) & 0x7fffffff);
      order[i] = (long) ~ordered << 32 | i;
    }
    Arrays.sort(order);
    int[] keep = new int[k];
    for (int i = 0; i < k; i++) keep[i] = (int) order[i];
    Arrays.sort(keep);
    int[] t = new int[k];
    float[] w = new float[k];
    for (int i = 0; i < k; i++) {
      t[i] = terms[keep[i]];
      w[i] = weights[keep[i]];
    }
    return new TermBag(t, w);
  }

  /** This bag scaled to length 1 (an empty bag stays empty). */
  public TermBag unit() {
    return ofLength(1);
  }

  /** This bag scaled to length {@code length} (an empty bag stays empty). */
  public TermBag ofLength(double length) {
    double sum = 0;
    for (float w : weights) sum += (double) w * w;
    if (sum == 0) return this;
    float scale = (float) (length / Math.sqrt(sum));
    float[] w = new float[weights.length];
    for (int i = 0; i < w.length; i++) w[i] = weights[i] * scale;
    return new TermBag(terms, w);
  }

  /** The dot product; the cosine when both bags are unit length. */
  public double dot(TermBag other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] < other.terms[j]) i++;
      else if (terms[i] > other.terms[j]) j++;
      else sum += (double) weights[i++] * other.weights[j++];
    }
    return sum;
  }
}
