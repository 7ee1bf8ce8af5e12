package org.newsmerge.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.newsmerge.internal.HashSort;
import org.newsmerge.internal.IntList;
import org.newsmerge.internal.LongList;
import org.newsmerge.text.Normalizer;

/**
 * The reprint reference: the pairs of texts whose normalised texts share at least {@link
 * Settings#minContainment} of the shorter one's character {@link Settings#gram}-grams, counting as
 * shared only grams found in at most {@link Settings#maxDf} texts. Defined independently of the
 * tool's matching (no sentences, shingles, sketches or guards of its own), so that it can judge
 * them.
 *
 * <ul>
 *   <li>Text: {@link Normalizer#compactKey} of the whole text (harakat, tatweel and hamza dropped;
 *       alef forms, alef maksura and ta marbuta folded; digits folded; punctuation, symbols and
 *       spaces removed).
 *   <li>Grams: every {@code gram} consecutive characters of that key, each counted once per text; a
 *       key shorter than one gram has none and is in no pair. A gram's frequency is the number of
 *       texts holding it.
 *   <li>Containment of two texts: {@code shared / min(grams(a), grams(b))}, {@code shared} the
 *       grams both hold that are found in at most {@code maxDf} texts, {@code grams(x)} all the
 *       distinct grams of {@code x}. A formula many texts share (a dateline, an agency credit, a
 *       daily report's fixed sentences) links nothing, and a text made mostly of formulas reaches
 *       the containment only through what else it shares.
 * </ul>
 *
 * <p>Built with fixed, documented hashing of its own: a gram is a polynomial of its chars modulo
 * 2^64 rolled along the key, mixed by murmur3's finaliser, and packed with the text's index in its
 * low bits (the hash keeps the other {@code 64 - ceil(log2(texts))} bits: 50 for 16,000 texts,
 * where a chance collision among tens of millions of grams is unlikely and weighs one gram).
 * Sorting the packed values gives each gram's frequency and texts at once, in passes over ranges of
 * the hash that hold at most {@link Settings#valuesPerPass} values each, so memory is bounded by
 * the normalised texts, one pass and the inverted index of the grams of frequency 2 to {@code
 * maxDf}. Pairs are counted from that index, each text against the later ones.
 *
 * <p>Deterministic: the pairs depend only on the texts and their order, and come sorted by (a, b);
 * the thread count changes nothing. Instances are immutable and thread-safe.
 */
public final class ReprintReference {

  /**
   * How the reference is built.
   *
   * @param gram characters per gram of the normalised text
   * @param maxDf most texts a gram may be found in to count as shared
   * @param minContainment least share of the shorter text's grams a pair shares
   * @param valuesPerPass most packed grams held at once while frequencies are counted
   */
  public record Settings(int gram, int maxDf, double minContainment, int valuesPerPass) {
    public Settings {
      if (gram < 1) throw new IllegalArgumentException("gram (" + gram + ") must be >= 1");
      if (maxDf < 2) throw new IllegalArgumentException("maxDf (" + maxDf + ") must be >= 2");
      if (!(minContainment > 0 && minContainment <= 1))
        throw new IllegalArgumentException(
            "minContainment (" + minContainment + ") must be in (0, 1]");
      if (valuesPerPass < 1)
        throw new IllegalArgumentException("valuesPerPass (" + valuesPerPass + ") must be >= 1");
    }
  }

  /** Character 25-grams found in at most 30 texts, pairs sharing 30%; 16M hashes a pass. */
  public static final Settings DEFAULTS = new Settings(25, 30, 0.3, 1 << 24);

  /**
   * A reference pair: texts {@code a < b} (indexes into the texts given) sharing {@code shared}
   * grams of frequency at most maxDf, {@code containment} of the shorter one's grams.
   */
  public record Pair(int a, int b, int shared, double containment) {}

  private final Settings settings;
  private final String[] keys;

  /** Bits of a packed value that hold the text's index; the others hold the gram's hash. */
  private final int docBits;

  /** Hashes (above {@link #docBits}) of the grams of frequency 2 to maxDf, sorted. */
  private final long[] rare;

  /** Per text, its distinct grams. */
  private final int[] grams;

  private final List<Pair> pairs;

  private ReprintReference(List<String> texts, Settings settings) {
    this.settings = settings;
    int n = texts.size();
    keys = new String[n];
    long total = 0;
    // Normalising is the costliest step: on all cores, each text into its own slot.
    IntStream.range(0, n).parallel().forEach(i -> keys[i] = Normalizer.compactKey(texts.get(i)));
    for (String key : keys) total += Math.max(0, key.length() - settings.gram() + 1);
    docBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    // Each gram is packed with its text's index in the low bits, so that sorting the packed values
    // puts a gram's texts together, in order and each once: its frequency and postings at once.
    // Sorted in passes over ranges of the hash (the bits just above the index), as many as keep
    // each pass under the bound.
    int bits = 0;
    while (bits < 16 && (total >>> bits) > settings.valuesPerPass()) bits++;
    grams = new int[n];
    LongList rareHashes = new LongList();
    IntList postings = new IntList();
    IntList start = new IntList();
    for (int pass = 0; pass < 1 << bits; pass++) {
      LongList values = new LongList();
      for (int i = 0; i < n; i++) pack(keys[i], i, bits, pass, values);
      long[] sorted = values.toArray();
      HashSort.sort(sorted, sorted.length);
      long mask = (1L << docBits) - 1;
      for (int s = 0; s < sorted.length; ) {
        long gram = sorted[s] >>> docBits;
        int e = s;
        int df = 0;
        for (; e < sorted.length && sorted[e] >>> docBits == gram; e++) {
          if (e > s && sorted[e] == sorted[e - 1]) continue; // the gram again in the same text
          grams[(int) (sorted[e] & mask)]++;
          df++;
        }
        if (df >= 2 && df <= settings.maxDf()) {
          rareHashes.add(gram);
          start.add(postings.size());
          for (int k = s; k < e; k++)
            if (k == s || sorted[k] != sorted[k - 1]) postings.add((int) (sorted[k] & mask));
        }
        s = e;
      }
    }
    start.add(postings.size());
    rare = rareHashes.sortedDistinct();
    pairs = pairs(start.toArray(), postings.toArray());
  }

  /** Builds the reference of {@code texts} (any text; indexes are the list's). */
  public static ReprintReference of(List<String> texts, Settings settings) {
    return new ReprintReference(texts, settings);
  }

  /**
   * Each text against the later texts it shares rare grams with: shared grams counted in one array
   * per text, those reaching the containment kept.
   */
  private List<Pair> pairs(int[] start, int[] postings) {
    int n = keys.length;
    int rareGrams = start.length - 1;
    // The postings turned around: each text's rare grams.
    int[] from = new int[n + 1];
    for (int p : postings) from[p + 1]++;
    for (int i = 0; i < n; i++) from[i + 1] += from[i];
    int[] gramsOf = new int[postings.length];
    int[] fill = Arrays.copyOf(from, n);
    for (int r = 0; r < rareGrams; r++)
      for (int p = start[r]; p < start[r + 1]; p++) gramsOf[fill[postings[p]]++] = r;
    int[] shared = new int[n];
    int[] touched = new int[n];
    List<Pair> out = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      int t = 0;
      for (int g = from[a]; g < from[a + 1]; g++) {
        int r = gramsOf[g];
        // Postings are in text order: the later texts are at the end.
        for (int p = start[r + 1] - 1; p >= start[r] && postings[p] > a; p--) {
          int b = postings[p];
          if (shared[b]++ == 0) touched[t++] = b;
        }
      }
      Arrays.sort(touched, 0, t);
      for (int k = 0; k < t; k++) {
        int b = touched[k];
        double c = containment(shared[b], a, b);
        if (c >= settings.minContainment()) out.add(new Pair(a, b, shared[b], c));
        shared[b] = 0;
      }
    }
    return List.copyOf(out);
  }

  private double containment(int shared, int a, int b) {
    int shorter = Math.min(grams[a], grams[b]);
    return shorter == 0 ? 0 : (double) shared / shorter;
  }

  /** The settings the reference was built with. */
  public Settings settings() {
    return settings;
  }

  /** Texts the reference was built of. */
  public int size() {
    return keys.length;
  }

  /** The pairs reaching the containment, sorted by (a, b). */
  public List<Pair> pairs() {
    return pairs;
  }

  /**
   * Any two texts as the reference measures them, whether or not they reach the containment: the
   * rare grams they share and that share of the shorter one's grams.
   */
  public Pair measure(int a, int b) {
    if (a == b || a < 0 || b < 0 || a >= keys.length || b >= keys.length)
      throw new IllegalArgumentException(
          "texts (" + a + ", " + b + ") must be two of 0.." + (keys.length - 1));
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    int shared = 0;
    for (long g : common(lo, hi)) if (Arrays.binarySearch(rare, g) >= 0) shared++;
    return new Pair(lo, hi, shared, containment(shared, lo, hi));
  }

  /**
   * Any two texts' share of the shorter one's grams, every gram counted however frequent: beside
   * {@link #measure}, what a formula shared by many texts adds.
   */
  public double allGramContainment(int a, int b) {
    int shorter = Math.min(grams[a], grams[b]);
    return shorter == 0 ? 0 : (double) common(a, b).length / shorter;
  }

  /** The grams two texts share, as hashes. */
  private long[] common(int a, int b) {
    long[] x = hashes(keys[a]);
    long[] y = hashes(keys[b]);
    LongList out = new LongList();
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] < y[j]) i++;
      else if (x[i] > y[j]) j++;
      else {
        out.add(x[i]);
        i++;
        j++;
      }
    }
    return out.toArray();
  }

  /** The distinct grams of a key, as hashes, sorted. */
  private long[] hashes(String key) {
    LongList values = new LongList();
    pack(key, 0, 0, 0, values);
    long[] out = values.toArray();
    for (int i = 0; i < out.length; i++) out[i] >>>= docBits;
    Arrays.sort(out);
    return HashSort.distinct(out);
  }

  /** Multiplier of the rolling hash: odd, with its bits spread. */
  private static final long BASE = 0x9e3779b97f4a7c15L;

  /**
   * Adds the grams of {@code key}, packed with {@code doc} in the low {@link #docBits} bits, whose
   * hash bits just above those are {@code range} in their low {@code bits} bits (all when {@code
   * bits} is 0). A gram's hash: the polynomial of its chars in {@link #BASE} modulo 2^64, rolled
   * along the key, then murmur3's finaliser; fixed constants, the same on every machine.
   */
  private void pack(String key, int doc, int bits, int range, LongList values) {
    int n = settings.gram();
    if (key.length() < n) return;
    long drop = 1; // BASE^(n-1): the weight of the char leaving the window
    for (int i = 1; i < n; i++) drop *= BASE;
    long poly = 0;
    long mask = (1L << docBits) - 1;
    long rangeMask = (1L << bits) - 1;
    for (int i = 0; i < key.length(); i++) {
      if (i >= n) poly -= key.charAt(i - n) * drop;
      poly = poly * BASE + key.charAt(i);
      if (i < n - 1) continue;
      long h = mix(poly);
      if (((h >>> docBits) & rangeMask) == range) values.add((h & ~mask) | doc);
    }
  }

  /** murmur3's fmix64: a bijection that spreads every input bit over the output. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
