package org.newsmerge.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph given as an RDD of edges, never collected on the driver: the
 * alternating large-star and small-star rounds of Kiveris et al., "Connected Components in
 * MapReduce and Beyond" (SoCC 2014), the method text-dedup runs on Spark. Each round (a large star,
 * then a small star) turns every component into a tree hanging ever closer to its smallest node;
 * when a round gives back the edges it was given, every component is a star around its smallest
 * node. The result is the same whatever the partitioning, so stories do not depend on the cluster.
 */
final class ConnectedComponents {

  private ConnectedComponents() {}

  /**
   * The smallest node of each node's component, for every node that has an edge: {@code (node,
   * smallest)}, the smallest node mapping to itself. The result is persisted and computed; the
   * caller unpersists it.
   */
  static JavaPairRDD<Long, Long> smallestOf(JavaPairRDD<Long, Long> edges, int partitions) {
    JavaPairRDD<Long, Long> current =
        edges
            .filter(e -> !e._1().equals(e._2()))
            .mapToPair(e -> e._1() < e._2() ? e : e.swap())
            .distinct(partitions)
            .persist(StorageLevel.MEMORY_AND_DISK());
    while (true) {
      // Neither star keeps its output free of repeats: the next grouping does not mind them.
      JavaPairRDD<Long, Long> round =
          current
              .flatMapToPair(e -> List.of(e, e.swap()).iterator())
              .groupByKey(partitions)
              .flatMapToPair(ConnectedComponents::largeStar)
              .mapToPair(e -> e._2() <= e._1() ? e : e.swap())
              .groupByKey(partitions)
              .flatMapToPair(ConnectedComponents::smallStar);
      // Edges tagged 1 (given to the round) and 2 (given back), merged by edge: one shuffle both
      // removes the repeats and tells whether the round changed anything. A round that gives
      // back the edges it was given has reached the star forest.
      JavaPairRDD<Tuple2<Long, Long>, Integer> tagged =
          current
              .mapToPair(e -> new Tuple2<>(e, 1))
              .union(round.mapToPair(e -> new Tuple2<>(e, 2)))
              .reduceByKey((x, y) -> x | y, partitions)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = tagged.filter(e -> e._2() != 3).count();
      JavaPairRDD<Long, Long> next =
          tagged
              .filter(e -> (e._2() & 2) != 0)
              .mapToPair(Tuple2::_1)
              .persist(StorageLevel.MEMORY_AND_DISK());
      next.count();
      tagged.unpersist(false);
      current.unpersist(false);
      current = next;
      if (changed == 0) break;
    }
    JavaPairRDD<Long, Long> stars = current;
    JavaPairRDD<Long, Long> smallest =
        stars
            .union(stars.values().distinct(partitions).mapToPair(m -> new Tuple2<>(m, m)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    smallest.count();
    stars.unpersist(false);
    return smallest;
  }

  /** Links each larger neighbour of {@code node} to the smallest of the node and its neighbours. */
  private static java.util.Iterator<Tuple2<Long, Long>> largeStar(
      Tuple2<Long, Iterable<Long>> adjacency) {
    long node = adjacency._1();
    long smallest = smallest(adjacency);
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    for (long n : adjacency._2()) if (n > node) out.add(new Tuple2<>(n, smallest));
    return out.iterator();
  }

  /**
   * Links {@code node} and its smaller neighbours (the only ones it is given) to the smallest of
   * them.
   */
  private static java.util.Iterator<Tuple2<Long, Long>> smallStar(
      Tuple2<Long, Iterable<Long>> adjacency) {
    long node = adjacency._1();
    long smallest = smallest(adjacency);
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    if (node != smallest) out.add(new Tuple2<>(node, smallest));
    for (long n : adjacency._2()) if (n != smallest) out.add(new Tuple2<>(n, smallest));
    return out.iterator();
  }

  /** The smallest of a node and its neighbours. */
  private static long smallest(Tuple2<Long, Iterable<Long>> adjacency) {
    long smallest = adjacency._1();
    for (long n : adjacency._2()) smallest = Math.min(smallest, n);
    return smallest;
  }
}
