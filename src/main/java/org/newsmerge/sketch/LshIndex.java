package org.newsmerge.sketch;

import java.util.Arrays;
import org.newsmerge.internal.HashSort;
import org.newsmerge.internal.LongList;
import org.newsmerge.internal.Parallel;

/**
 * Candidate pairs from banded LSH over signatures held in one flat {@code int[]} ({@code k} values
 * per item). For each band, every item's band hash is packed with its index into a {@code long} and
 * the array is sorted: items with equal hashes are neighbours. No maps, no boxing; memory is one
 * {@code long} per item during each band.
 *
 * <p>A bucket holding more than {@code maxBucket} items is not expanded into pairs: such a band
 * value is shared by many unrelated items (boilerplate), and its members are reported through
 * {@link Candidates#crowded} instead.
 */
public final class LshIndex {

  private LshIndex() {}

  /** Candidate pairs {@code (i << 32 | j)}, {@code i < j}, sorted, and items in crowded buckets. */
  public record Candidates(long[] pairs, boolean[] crowded) {
    public int count() {
      return pairs.length;
    }

    public static int first(long pair) {
      return (int) (pair >>> 32);
    }

    public static int second(long pair) {
      return (int) pair;
    }
  }

  /**
   * Candidate pairs among {@code n} items whose signatures of {@code k} values lie in {@code
   * signatures[i * k, (i + 1) * k)}. Items flagged in {@code skip} (may be null) take no part.
   */
  public static Candidates candidates(
      int[] signatures, int n, int k, LshParams params, boolean[] skip, int maxBucket) {
    if (params.bands() * params.rows() > k) {
      throw new IllegalArgumentException(
          "bands x rows ("
              + params.bands()
              + " x "
              + params.rows()
              + ") exceeds signature size "
              + k);
    }
    // Held band by band, as the search reads them.
    int[][] columns = new int[params.bands()][n];
    for (int i = 0; i < n; i++)
      for (int band = 0; band < params.bands(); band++)
        columns[band][i] = bandKey(signatures, i * k, params, band);
    return fromBandColumns(columns, n, skip, maxBucket, 1, Parallel.SERIAL);
  }

  /**
   * The band keys of one signature ({@code signature[from, from + k)}) into {@code out[at, at +
   * bands)}: a 32-bit hash of each band's rows. Keeping these instead of whole signatures takes
   * {@code bands} ints per item instead of {@code k}.
   */
  public static void bandKeys(int[] signature, int from, LshParams params, int[] out, int at) {
    for (int band = 0; band < params.bands(); band++)
      out[at + band] = bandKey(signature, from, params, band);
  }

  /** The key of one band of a signature ({@link #bandKeys}). */
  private static int bandKey(int[] signature, int from, LshParams params, int band) {
    long h = Hash64.FNV_OFFSET + band;
    int base = from + band * params.rows();
    for (int r = 0; r < params.rows(); r++) h = (h ^ signature[base + r]) * Hash64.FNV_PRIME;
    return (int) (Hash64.mix(h) >>> 32);
  }

  /**
   * Candidate pairs among {@code n} items from their band keys ({@code bands} per item, item {@code
   * i} at {@code keys[i * bands, (i + 1) * bands)}). Per band, each item's key and index are packed
   * into one {@code long} and sorted, so items with equal keys are neighbours.
   */
  public static Candidates fromBandKeys(
      int[] keys, int n, int bands, boolean[] skip, int maxBucket) {
    return fromBandKeys(keys, n, bands, skip, maxBucket, 1, Parallel.SERIAL);
  }

  /**
   * {@link #fromBandKeys(int[], int, int, boolean[], int)} with {@code width} bands at a time
   * sorted on {@code parallel}: the same candidates.
   */
  public static Candidates fromBandKeys(
      int[] keys, int n, int bands, boolean[] skip, int maxBucket, int width, Parallel parallel) {
    int[][] columns = new int[bands][n];
    for (int i = 0; i < n; i++)
      for (int band = 0; band < bands; band++) columns[band][i] = keys[i * bands + band];
    return fromBandColumns(columns, n, skip, maxBucket, width, parallel);
  }

  /**
   * {@link #fromBandKeys(int[], int, int, boolean[], int, int, Parallel)} from the keys held band
   * by band: {@code columns[band][i]} is item {@code i}'s key in that band. An archive's band keys
   * are held so, in one array per band, so that no single array holds them all (at a million
   * articles that would be 3 GB in one piece, and growing it twice that). Each band's array is let
   * go of ({@code columns[band]} set to null) once its band is searched.
   */
  public static Candidates fromBandColumns(
      int[][] columns, int n, boolean[] skip, int maxBucket, int width, Parallel parallel) {
    int bands = columns.length;
    long[] found = new long[0];
    boolean[] crowded = new boolean[n]; // each band only sets flags: the order does not matter
    long[][] wave = new long[width][];
    for (int first = 0; first < bands; first += width) {
      int from = first;
      int size = Math.min(width, bands - first);
      parallel.forEach(
          size,
          k -> {
            wave[k] = bandPairs(columns[from + k], n, skip, maxBucket, crowded);
            columns[from + k] = null;
          });
      // A similar pair shares many bands: merging a few bands at a time keeps each pair about
      // once in memory.
      for (int k = 0; k < size; k++) {
        found = union(found, wave[k]);
        wave[k] = null;
      }
    }
    return new Candidates(found, crowded);
  }

  /** The sorted, distinct pairs of one band's buckets; crowded items flagged. */
  private static long[] bandPairs(
      int[] column, int n, boolean[] skip, int maxBucket, boolean[] crowded) {
    long[] packed = new long[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (skip != null && skip[i]) continue;
      packed[m++] = (long) column[i] << 32 | i;
    }
    LongList pairs = new LongList();
    collect(packed, m, 0xffffffffL, maxBucket, pairs, crowded);
    return pairs.sortedDistinctPairs(n);
  }

  /** The sorted union of two sorted arrays without repeats. */
  static long[] union(long[] a, long[] b) {
    if (a.length == 0) return b;
    if (b.length == 0) return a;
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int w = 0;
    while (i < a.length || j < b.length) {
      long v;
      if (j >= b.length || i < a.length && a[i] < b[j]) {
        v = a[i++];
      } else if (i >= a.length || b[j] < a[i]) {
        v = b[j++];
      } else {
        v = a[i++];
        j++;
      }
      out[w++] = v;
    }
    return w == out.length ? out : Arrays.copyOf(out, w);
  }

  /**
   * Candidate pairs among items that share a key, for keys given as {@code hash | item} packed by
   * {@link #pack}: the exact counterpart of the banded index, for anchors such as word n-grams.
   * Keys shared by more than {@code maxBucket} items are treated as boilerplate.
   */
  public static Candidates sharedKeys(long[] packed, int n, int maxBucket) {
    LongList pairs = new LongList();
    boolean[] crowded = new boolean[n];
    collect(packed.clone(), packed.length, indexMask(n), maxBucket, pairs, crowded);
    return new Candidates(pairs.sortedDistinct(), crowded);
  }

  /** Mask of the low bits that hold an item index among {@code n} items. */
  public static long indexMask(int n) {
    int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    return (1L << indexBits) - 1;
  }

  /** A 64-bit hash and an item index in one sortable {@code long}. */
  public static long pack(long hash, int item, long indexMask) {
    return (hash & ~indexMask) | item;
  }

  private static void collect(
      long[] keys, int m, long indexMask, int maxBucket, LongList pairs, boolean[] crowded) {
    HashSort.sort(keys, m); // keys lead with hash bits
    long[] members = new long[16];
    BucketSink sink =
        new BucketSink() {
          @Override
          public void crowded(long item) {
            crowded[(int) item] = true;
          }

          @Override
          public void pair(long a, long b) {
            if (a != b) pairs.add(a << 32 | b);
          }
        };
    for (int start = 0; start < m; ) {
      int end = start + 1;
      while (end < m && (keys[end] & ~indexMask) == (keys[start] & ~indexMask)) end++;
      if (members.length < end - start) members = new long[end - start];
      // Keys of one bucket share their hash bits, so their items come sorted.
      for (int x = start; x < end; x++) members[x - start] = keys[x] & indexMask;
      bucket(members, end - start, maxBucket, sink);
      start = end;
    }
  }

  /** What a bucket gives: its members crowded, or its pairs. */
  public interface BucketSink {
    void crowded(long member);

    void pair(long a, long b);
  }

  /**
   * The rule every banded index applies to one bucket, the first {@code n} of {@code members}
   * (sorted): a bucket of more than {@code maxBucket} members is crowded (boilerplate) and each of
   * them is reported so; a smaller one gives each pair of its members, smaller first.
   */
  public static void bucket(long[] members, int n, int maxBucket, BucketSink sink) {
    if (n > maxBucket) {
      for (int x = 0; x < n; x++) sink.crowded(members[x]);
      return;
    }
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n; y++) sink.pair(members[x], members[y]);
    }
  }
}
