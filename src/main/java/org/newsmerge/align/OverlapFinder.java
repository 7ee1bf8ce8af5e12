package org.newsmerge.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmerge.internal.LongList;
import org.newsmerge.model.Article;
import org.newsmerge.model.MatchKind;
import org.newsmerge.model.Sentence;
import org.newsmerge.model.SentenceMatch;
import org.newsmerge.sketch.LshIndex;
import org.newsmerge.sketch.LshParams;
import org.newsmerge.sketch.MinHasher;
import org.newsmerge.sketch.Shingler;
import org.newsmerge.text.Token;
import org.newsmerge.text.Tokenizer;

/**
 * Finds overlapping sentences among articles, within and across them.
 *
 * <p>Near-duplicates: MinHash signatures in a banded LSH index give candidates, each verified by
 * the exact Jaccard similarity of its shingle sets against the threshold. Partial overlaps: word
 * n-gram anchors shared by two sentences give candidates, verified by the longest run of equal
 * words. A short heading inside a long sentence is neither (too few words, low Jaccard). Sentences
 * too short to sketch match only when their keys are equal.
 *
 * <p>Deterministic: the result depends on the articles' order only through which side of a match is
 * {@code a}; callers pass articles in a stable order.
 */
public final class OverlapFinder {

  /** Buckets larger than this are not expanded; a real story is never reprinted this often. */
  private static final int MAX_BUCKET = 2000;

  private final OverlapSettings settings;
  private final Shingler shingler;
  private final MinHasher hasher;

  public OverlapFinder(OverlapSettings settings) {
    this.settings = settings;
    this.shingler = new Shingler(settings.shingles());
    this.hasher = new MinHasher(settings.signatureSize(), MinHasher.DEFAULT_SEED);
  }

  public OverlapSettings settings() {
    return settings;
  }

  /**
   * Overlaps among the sentences of {@code articles}; {@code sentences.get(i)} are the sentences of
   * {@code articles.get(i)}.
   */
  public Overlaps find(List<Article> articles, List<List<Sentence>> sentences) {
    List<Sentence> flat = new ArrayList<>();
    sentences.forEach(flat::addAll);
    return find(articles, sentences, SentenceKeys.of(flat, shingler));
  }

  /**
   * {@link #find(List, List)} with the sentences' keys and shingles known: {@code keys} holds the
   * sentences of every list in order.
   */
  public Overlaps find(List<Article> articles, List<List<Sentence>> sentences, SentenceKeys keys) {
    if (articles.size() != sentences.size()) {
      throw new IllegalArgumentException(
          "articles ("
              + articles.size()
              + ") and sentence lists ("
              + sentences.size()
              + ") differ");
    }
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) order.put(articles.get(i).id(), i);
    if (keys.sentences.size() != sentences.stream().mapToInt(List::size).sum()) {
      throw new IllegalArgumentException("keys of other sentences");
    }
    SentenceSketches sketches = new SentenceSketches(keys, hasher);
    List<SentenceMatch> found = new ArrayList<>(verify(sketches, order));
    found.sort(byPosition(order));
    List<SentenceMatch> matches = List.copyOf(found);
    return new Overlaps(
        matches, () -> new PassageBuilder(settings.maxGap(), order).passages(matches, keys));
  }

  private List<SentenceMatch> verify(SentenceSketches sk, Map<String, Integer> order) {
    int n = sk.size();
    boolean[] skip = new boolean[n];
    for (int i = 0; i < n; i++) skip[i] = sk.shingles[i].length < settings.minShingles();
    List<SentenceMatch> matches = new ArrayList<>();
    // Candidate pairs come sorted, so the duplicates among them do too: searchable as they are.
    LongList duplicates = new LongList();

    LshParams params = LshParams.optimal(settings.threshold(), sk.k);
    LshIndex.Candidates near =
        LshIndex.candidates(sk.signatures, n, sk.k, params, skip, MAX_BUCKET);
    for (long pair : near.pairs()) {
      int i = LshIndex.Candidates.first(pair);
      int j = LshIndex.Candidates.second(pair);
      double jaccard = Shingler.jaccard(sk.shingles[i], sk.shingles[j]);
      if (jaccard >= settings.threshold()) {
        matches.add(match(sk, i, j, MatchKind.DUPLICATE, jaccard, order));
        duplicates.add(pair);
      }
    }

    // A bucket too crowded to expand (one sentence copied thousands of times) yields no pairs:
    // its exact copies still join, each to the first with its key, in linear time.
    long[] expanded = duplicates.toArray();
    Map<String, Integer> firstCrowded = new HashMap<>();
    for (int j = 0; j < n; j++) {
      if (skip[j] || !near.crowded()[j]) continue;
      Integer i = firstCrowded.putIfAbsent(sk.keys[j], j);
      if (i == null) continue;
      long pair = (long) i << 32 | j;
      if (java.util.Arrays.binarySearch(expanded, pair) >= 0) continue;
      matches.add(match(sk, i, j, MatchKind.DUPLICATE, 1.0, order));
      duplicates.add(pair);
    }

    // Sentences too short to sketch still match when their wording is the same.
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int j = 0; j < n; j++) {
      if (!skip[j] || sk.keys[j].chars().noneMatch(Character::isLetter)) continue;
      Integer i = firstWithKey.putIfAbsent(sk.keys[j], j);
      if (i != null) matches.add(match(sk, i, j, MatchKind.DUPLICATE, 1.0, order));
    }

    long[] duplicatePairs = duplicates.toArray();
    java.util.Arrays.sort(duplicatePairs);
    long[] anchors = anchors(sk, skip);
    // A sentence is in many anchor pairs: its words are read once, when first needed, and once for
    // all the sentences of one text.
    Words words = new Words(sk);
    for (long pair : LshIndex.sharedKeys(anchors, n, MAX_BUCKET).pairs()) {
      if (java.util.Arrays.binarySearch(duplicatePairs, pair) >= 0) continue;
      int i = LshIndex.Candidates.first(pair);
      int j = LshIndex.Candidates.second(pair);
      if (WordDiffer.sharesRun(words.of(i), words.of(j), settings.anchorWords())) {
        double jaccard = Shingler.jaccard(sk.shingles[i], sk.shingles[j]);
        matches.add(match(sk, i, j, MatchKind.PARTIAL, jaccard, order));
      }
    }
    return matches;
  }

  /** Each sentence's words as numbers, one per distinct token key, read when first asked for. */
  private static final class Words {
    private final SentenceSketches sk;
    private final int[][] ofSentence;
    private final Map<String, int[]> ofText = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    Words(SentenceSketches sk) {
      this.sk = sk;
      this.ofSentence = new int[sk.size()][];
    }

    int[] of(int i) {
      int[] w = ofSentence[i];
      if (w == null)
        ofSentence[i] = w = ofText.computeIfAbsent(sk.sentences.get(i).text(), this::read);
      return w;
    }

    private int[] read(String text) {
      List<Token> tokens = Tokenizer.tokens(text);
      int[] w = new int[tokens.size()];
      for (int k = 0; k < w.length; k++)
        w[k] = numbers.computeIfAbsent(tokens.get(k).key(), key -> numbers.size());
      return w;
    }
  }

  /**
   * Each sentence's distinct word n-grams packed with its index, for {@link LshIndex#sharedKeys}.
   */
  private long[] anchors(SentenceSketches sk, boolean[] skip) {
    long mask = LshIndex.indexMask(sk.size());
    LongList out = new LongList();
    for (int i = 0; i < sk.size(); i++) {
      if (skip[i]) continue;
      long[] grams = Shingler.wordGrams(sk.keys[i], settings.anchorWords());
      java.util.Arrays.sort(grams);
      for (int g = 0; g < grams.length; g++) {
        if (g == 0 || grams[g] != grams[g - 1]) out.add(LshIndex.pack(grams[g], i, mask));
      }
    }
    return out.toArray();
  }

  private SentenceMatch match(
      SentenceSketches sk,
      int i,
      int j,
      MatchKind kind,
      double jaccard,
      Map<String, Integer> order) {
    Sentence x = sk.sentences.get(i);
    Sentence y = sk.sentences.get(j);
    if (byReadingOrder(order).compare(x, y) > 0) {
      Sentence t = x;
      x = y;
      y = t;
    }
    double containment = Shingler.containment(sk.shingles[i], sk.shingles[j]);
    return new SentenceMatch(x, y, kind, jaccard, containment);
  }

  static Comparator<Sentence> byReadingOrder(Map<String, Integer> order) {
    return Comparator.<Sentence>comparingInt(s -> order.get(s.articleId()))
        .thenComparingInt(Sentence::index);
  }

  static Comparator<SentenceMatch> byPosition(Map<String, Integer> order) {
    Comparator<Sentence> sentences = byReadingOrder(order);
    return Comparator.comparing(SentenceMatch::a, sentences)
        .thenComparing(SentenceMatch::b, sentences);
  }
}
