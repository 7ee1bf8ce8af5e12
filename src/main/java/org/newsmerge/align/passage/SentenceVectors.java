package org.newsmerge.align.passage;

import java.util.Arrays;

/**
 * Tf-idf vectors of the sentences of both texts of a pair: a term's weight in a sentence is its
 * count among the sentence's content words times {@code log(N / df)}, with {@code N} the sentences
 * of both texts and {@code df} those holding the term. Spans of sentences sum their vectors.
 */
final class SentenceVectors {

  private final double[] idf;

  SentenceVectors(WordText x, WordText y, int vocabulary) {
    int[] df = new int[vocabulary];
    int[] seen = new int[vocabulary];
    Arrays.fill(seen, -1);
    int id = 0;
    for (WordText t : new WordText[] {x, y}) {
      for (int s = 0; s < t.sentenceCount(); s++, id++) {
        for (int k = t.sentences[s]; k < t.sentences[s + 1]; k++) {
          if (t.content[k] && seen[t.term[k]] != id) {
            seen[t.term[k]] = id;
            df[t.term[k]]++;
          }
        }
      }
    }
    idf = new double[vocabulary];
    for (int v = 0; v < vocabulary; v++) idf[v] = df[v] == 0 ? 0 : Math.log((double) id / df[v]);
  }

  /** Sparse vector of the words {@code [from, to)} of {@code t}: sorted terms and weights. */
  Vector of(WordText t, int from, int to) {
    int[] terms = new int[to - from];
    int n = 0;
    for (int k = from; k < to; k++) if (t.content[k]) terms[n++] = t.term[k];
    Arrays.sort(terms, 0, n);
    int[] distinct = new int[n];
    double[] weight = new double[n];
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (d > 0 && distinct[d - 1] == terms[i]) {
        weight[d - 1] += idf[terms[i]];
      } else {
        distinct[d] = terms[i];
        weight[d++] = idf[terms[i]];
      }
    }
    return new Vector(Arrays.copyOf(distinct, d), Arrays.copyOf(weight, d));
  }

  /** A sparse tf-idf vector. */
  record Vector(int[] terms, double[] weights) {
    double norm() {
      double s = 0;
      for (double w : weights) s += w * w;
      return Math.sqrt(s);
    }

    double cosine(Vector o) {
      double dot = 0;
      int i = 0;
      int j = 0;
      while (i < terms.length && j < o.terms.length) {
        if (terms[i] == o.terms[j]) dot += weights[i++] * o.weights[j++];
        else if (terms[i] < o.terms[j]) i++;
        else j++;
      }
      double n = norm() * o.norm();
      return n == 0 ? 0 : dot / n;
    }

    /** Dice coefficient of the two term sets. */
    double dice(Vector o) {
      int shared = 0;
      int i = 0;
      int j = 0;
      while (i < terms.length && j < o.terms.length) {
        if (terms[i] == o.terms[j]) {
          shared++;
          i++;
          j++;
        } else if (terms[i] < o.terms[j]) i++;
        else j++;
      }
      int n = terms.length + o.terms.length;
      return n == 0 ? 0 : 2.0 * shared / n;
    }
  }
}
