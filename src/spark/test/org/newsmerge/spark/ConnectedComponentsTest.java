package org.newsmerge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class ConnectedComponentsTest {

  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    sc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("components test")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false"));
    sc.setLogLevel("ERROR");
  }

  @AfterAll
  static void stop() {
    sc.close();
  }

  /** The smallest node of each node's component, by union-find on one machine. */
  private static Map<Long, Long> expected(List<Tuple2<Long, Long>> edges) {
    Map<Long, Long> parent = new TreeMap<>();
    for (Tuple2<Long, Long> e : edges) {
      parent.putIfAbsent(e._1(), e._1());
      parent.putIfAbsent(e._2(), e._2());
      long a = find(parent, e._1());
      long b = find(parent, e._2());
      parent.put(Math.max(a, b), Math.min(a, b));
    }
    Map<Long, Long> smallest = new TreeMap<>();
    for (long n : parent.keySet()) smallest.put(n, find(parent, n));
    return smallest;
  }

  private static long find(Map<Long, Long> parent, long n) {
    while (parent.get(n) != n) n = parent.get(n);
    return n;
  }

  private static Map<Long, Long> distributed(List<Tuple2<Long, Long>> edges, int partitions) {
    return new TreeMap<>(
        ConnectedComponents.smallestOf(sc.parallelizePairs(edges, 3), partitions).collectAsMap());
  }

  @Test
  void componentsOfRandomGraphsEqualUnionFindWhateverThePartitioning() {
    Random random = new Random(5);
    for (int round = 0; round < 6; round++) {
      int nodes = 50 + random.nextInt(400);
      List<Tuple2<Long, Long>> edges = new ArrayList<>();
      int m = nodes / 2 + random.nextInt(nodes);
      for (int i = 0; i < m; i++) {
        edges.add(
            new Tuple2<>(
                (long) random.nextInt(nodes) * 1_000_003L,
                (long) random.nextInt(nodes) * 1_000_003L));
      }
      edges.removeIf(e -> e._1().equals(e._2()));
      Map<Long, Long> want = expected(edges);
      assertThat(distributed(edges, 1 + round)).isEqualTo(want);
    }
  }

  @Test
  void aLongPathCollapsesIntoOneStarAroundItsSmallestNode() {
    List<Tuple2<Long, Long>> path = new ArrayList<>();
    for (long i = 0; i < 300; i++) path.add(new Tuple2<>(299 - i + 7, 299 - i + 8)); // 7..307
    Map<Long, Long> got = distributed(path, 4);
    assertThat(got).hasSize(301);
    assertThat(got.values()).containsOnly(7L);
  }
}
