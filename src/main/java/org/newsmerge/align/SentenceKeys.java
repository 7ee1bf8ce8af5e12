package org.newsmerge.align;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsmerge.model.Sentence;
import org.newsmerge.sketch.Shingler;
import org.newsmerge.text.Normalizer;

/**
 * The matching key and shingle set of each sentence of an analysis, computed once: finding overlaps
 * and merging both need them. Sentences are told apart by identity, as the merge does.
 */
public final class SentenceKeys {

  final List<Sentence> sentences;
  final String[] keys;
  final long[][] shingles;
  private final Map<Sentence, Integer> position = new IdentityHashMap<>();

  private SentenceKeys(List<Sentence> sentences, Shingler shingler) {
    this.sentences = sentences;
    int n = sentences.size();
    this.keys = new String[n];
    this.shingles = new long[n][];
    // A story's reprints repeat sentences word for word: each key is shingled once, and sentences
    // with one key share one shingle array, which later stages take for an identical sentence.
    Map<String, long[]> shingled = new HashMap<>();
    for (int i = 0; i < n; i++) {
      keys[i] = Normalizer.key(sentences.get(i).text());
      shingles[i] = shingled.computeIfAbsent(keys[i], shingler::shingles);
      position.put(sentences.get(i), i);
    }
  }

  /** The keys and shingles of {@code sentences}, in order. */
  public static SentenceKeys of(List<Sentence> sentences, Shingler shingler) {
    return new SentenceKeys(List.copyOf(sentences), shingler);
  }

  /** The matching key of a sentence of this analysis. */
  public String key(Sentence s) {
    return keys[at(s)];
  }

  /** The sorted, distinct shingle hashes of a sentence of this analysis. */
  public long[] shingles(Sentence s) {
    return shingles[at(s)];
  }

  private int at(Sentence s) {
    Integer i = position.get(s);
    if (i == null) throw new IllegalArgumentException("not a sentence of this analysis: " + s);
    return i;
  }
}
