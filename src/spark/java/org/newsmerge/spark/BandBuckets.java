package org.newsmerge.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.newsmerge.batch.LinkSketcher;
import org.newsmerge.internal.LongList;
import org.newsmerge.sketch.LshIndex;
import scala.Tuple2;

/**
 * The LSH buckets of a Spark run, shuffled as blocks of primitive longs rather than one record per
 * (band key, sentence): each map task packs its sentences' band entries into one {@code long[]} per
 * target partition, and each reduce task sorts its entries as one machine does, so that a shuffle
 * of tens of millions of entries moves a few arrays per task. Sentences are node ids ({@link
 * SparkBatch#node}).
 */
final class BandBuckets {

  /** Stands for "in a crowded bucket" where a candidate pair's second node would be. */
  static final long CROWDED = -1;

  private BandBuckets() {}

  /**
   * The band entries of some sketched articles as {@code (partition, [key, node, key, node ...])},
   * a block per partition; the key is {@code band << 32 | band key}.
   */
  static Iterator<Tuple2<Integer, long[]>> blocks(
      Iterator<SparkBatch.Sketched> sketches, int bands, int partitions) {
    LongList[] to = new LongList[partitions];
    while (sketches.hasNext()) {
      SparkBatch.Sketched s = sketches.next();
      for (int i = 0; i < s.keys().length; i++) {
        long node = SparkBatch.node(s.article(), i);
        for (int b = 0; b < bands; b++) {
          long key = (long) b << 32 | (s.bandKeys()[i * bands + b] & 0xffffffffL);
          int p = partitionOf(key, partitions);
          if (to[p] == null) to[p] = new LongList();
          to[p].add(key);
          to[p].add(node);
        }
      }
    }
    List<Tuple2<Integer, long[]>> out = new ArrayList<>();
    for (int p = 0; p < partitions; p++)
      if (to[p] != null) out.add(new Tuple2<>(p, to[p].toArray()));
    return out.iterator();
  }

  /** Band keys are hashes already: their bits spread buckets evenly. */
  static int partitionOf(long key, int partitions) {
    return Math.floorMod(Long.hashCode(key), partitions);
  }

  /**
   * The buckets of one partition's blocks: each pair of sentences from different articles that
   * share a bucket (smaller node first), or, for a bucket of more than {@link
   * LinkSketcher#MAX_BUCKET}, each of its sentences paired with {@link #CROWDED}. A pair found in
   * several bands comes once per band.
   */
  static Iterator<Tuple2<Long, Long>> pairsOrCrowded(Iterator<Tuple2<Integer, long[]>> blocks) {
    LongList keyList = new LongList();
    LongList nodeList = new LongList();
    while (blocks.hasNext()) {
      long[] block = blocks.next()._2();
      for (int i = 0; i < block.length; i += 2) {
        keyList.add(block[i]);
        nodeList.add(block[i + 1]);
      }
    }
    long[] keys = keyList.toArray();
    long[] nodes = nodeList.toArray();
    // Most keys occur once; only the repeated ones make buckets. Entries of repeated keys are
    // sorted as (rank of key, entry) so that a bucket's entries are neighbours.
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    long[] dup = repeatedValues(sorted);
    LongList packed = new LongList();
    for (int i = 0; i < keys.length; i++) {
      int rank = Arrays.binarySearch(dup, keys[i]);
      if (rank >= 0) packed.add((long) rank << 32 | i);
    }
    long[] entries = packed.toArray();
    Arrays.sort(entries);
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    LshIndex.BucketSink sink =
        new LshIndex.BucketSink() {
          @Override
          public void crowded(long node) {
            out.add(new Tuple2<>(node, CROWDED));
          }

          @Override
          public void pair(long a, long b) {
            if (SparkBatch.articleOf(a) != SparkBatch.articleOf(b)) out.add(new Tuple2<>(a, b));
          }
        };
    for (int start = 0; start < entries.length; ) {
      int end = start;
      while (end < entries.length && entries[end] >>> 32 == entries[start] >>> 32) end++;
      long[] bucket = new long[end - start];
      for (int x = start; x < end; x++) bucket[x - start] = nodes[(int) entries[x]];
      start = end;
      Arrays.sort(bucket);
      LshIndex.bucket(bucket, bucket.length, LinkSketcher.MAX_BUCKET, sink);
    }
    return out.iterator();
  }

  /** The values that occur more than once in a sorted array, each once, sorted. */
  private static long[] repeatedValues(long[] sorted) {
    LongList out = new LongList();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1] && (i < 2 || sorted[i - 2] != sorted[i])) out.add(sorted[i]);
    }
    return out.toArray();
  }
}
