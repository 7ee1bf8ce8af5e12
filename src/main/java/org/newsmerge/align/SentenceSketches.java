package org.newsmerge.align;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsmerge.model.Sentence;
import org.newsmerge.sketch.MinHasher;

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

  SentenceSketches(SentenceKeys keyed, MinHasher hasher) {
    this.sentences = keyed.sentences;
    int n = sentences.size();
    this.k = hasher.size();
    this.keys = keyed.keys;
    this.shingles = keyed.shingles;
    this.signatures = new int[n * k];
    // Sentences of one key share their shingle array (SentenceKeys): signed once.
    Map<long[], Integer> signed = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      Integer first = signed.putIfAbsent(shingles[i], i);
      if (first == null) hasher.sign(shingles[i], signatures, i * k);
      else System.arraycopy(signatures, first * k, signatures, i * k, k);
    }
  }

  int size() {
    return sentences.size();
  }
}
