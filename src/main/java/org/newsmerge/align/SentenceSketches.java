package org.newsmerge.align;

import java.util.List;
import org.newsmerge.model.Sentence;
import org.newsmerge.sketch.MinHasher;
import org.newsmerge.sketch.Shingler;
import org.newsmerge.text.Normalizer;

/**
 * Matching keys, shingle sets and MinHash signatures of a list of sentences, by position. The
 * signatures lie in one flat array, {@code k} values per sentence.
 */
final class SentenceSketches {
  final List<Sentence> sentences;
  final String[] keys;
  final long[][] shingles;
  final int[] signatures;
  final int k;

  SentenceSketches(List<Sentence> sentences, Shingler shingler, MinHasher hasher) {
    this.sentences = sentences;
    int n = sentences.size();
    this.k = hasher.size();
    this.keys = new String[n];
    this.shingles = new long[n][];
    this.signatures = new int[n * k];
    for (int i = 0; i < n; i++) {
      keys[i] = Normalizer.key(sentences.get(i).text());
      shingles[i] = shingler.shingles(keys[i]);
      hasher.sign(shingles[i], signatures, i * k);
    }
  }

  int size() {
    return sentences.size();
  }
}
