package org.newsmerge.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PAN's plagiarism detection measures (Potthast, Stein, Barrón-Cedeño &amp; Rosso, "An Evaluation
 * Framework for Plagiarism Detection", COLING 2010), over character spans. A case or detection is a
 * span of the suspicious document and one of its source; a detection detects a case when they
 * overlap on both sides, and then shares with it the characters of both overlaps.
 *
 * <ul>
 *   <li>macro recall: the mean over cases of the share of the case's characters that detections
 *       share with it; macro precision: the same with cases and detections swapped (PAN's ranking
 *       measures);
 *   <li>micro recall and precision: the characters shared over all characters of the cases (of the
 *       detections);
 *   <li>granularity: the mean number of detections per detected case;
 *   <li>plagdet: F1 of precision and recall divided by {@code log2(1 + granularity)}.
 * </ul>
 *
 * Recall is undefined (NaN) without cases; precision is undefined without detections, and 0 when
 * there are detections but no cases. Pure and thread-safe.
 */
public final class PanMeasures {

  /** A case or a detection: spans {@code [start, end)} of the suspicious document and a source. */
  public record Span(
      String suspicious,
      String source,
      int thisStart,
      int thisEnd,
      int sourceStart,
      int sourceEnd) {
    public Span {
      Objects.requireNonNull(suspicious, "suspicious");
      Objects.requireNonNull(source, "source");
      if (thisStart < 0 || thisEnd < thisStart || sourceStart < 0 || sourceEnd < sourceStart) {
        throw new IllegalArgumentException(
            "bad spans ["
                + thisStart
                + ", "
                + thisEnd
                + ") ~ ["
                + sourceStart
                + ", "
                + sourceEnd
                + ")");
      }
    }

    int length() {
      return thisEnd - thisStart + sourceEnd - sourceStart;
    }

    boolean detects(Span o) {
      return suspicious.equals(o.suspicious)
          && source.equals(o.source)
          && thisStart < o.thisEnd
          && o.thisStart < thisEnd
          && sourceStart < o.sourceEnd
          && o.sourceStart < sourceEnd;
    }
  }

  /** The measures, macro-averaged as PAN ranks, with micro-averaged precision and recall beside. */
  public record Scores(
      int cases,
      int detections,
      double precision,
      double recall,
      double granularity,
      double microPrecision,
      double microRecall) {

    public double plagdet() {
      return PanMeasures.plagdet(precision, recall, granularity);
    }

    public double microPlagdet() {
      return PanMeasures.plagdet(microPrecision, microRecall, granularity);
    }
  }

  private PanMeasures() {}

  public static Scores score(List<Span> cases, List<Span> detections) {
    Map<String, List<Span>> detectionsByPair = byPair(detections);
    Map<String, List<Span>> casesByPair = byPair(cases);
    double[] recall = covered(cases, detectionsByPair);
    double[] precision = covered(detections, casesByPair);
    int detected = 0;
    long granules = 0;
    for (Span s : cases) {
      int n = 0;
      for (Span r : detectionsByPair.getOrDefault(key(s), List.of())) if (r.detects(s)) n++;
      if (n > 0) {
        detected++;
        granules += n;
      }
    }
    double granularity = detected == 0 ? 1 : (double) granules / detected;
    double macroPrecision = detections.isEmpty() ? Double.NaN : precision[0] / detections.size();
    double microPrecision = detections.isEmpty() ? Double.NaN : precision[1] / precision[2];
    return new Scores(
        cases.size(),
        detections.size(),
        macroPrecision,
        cases.isEmpty() ? Double.NaN : recall[0] / cases.size(),
        granularity,
        microPrecision,
        cases.isEmpty() ? Double.NaN : recall[1] / recall[2]);
  }

  /**
   * F1 of precision and recall over {@code log2(1 + granularity)}; 0 when both are 0 or undefined.
   */
  public static double plagdet(double precision, double recall, double granularity) {
    if (Double.isNaN(precision) || Double.isNaN(recall) || precision + recall == 0) return 0;
    double f1 = 2 * precision * recall / (precision + recall);
    return f1 / (Math.log(1 + granularity) / Math.log(2));
  }

  /**
   * For each span of {@code of}, the share of its characters that the spans of {@code by} it
   * overlaps on both sides share with it: summed shares, shared characters, all characters.
   */
  private static double[] covered(List<Span> of, Map<String, List<Span>> by) {
    double shares = 0;
    long shared = 0;
    long all = 0;
    for (Span s : of) {
      List<int[]> thisSide = new ArrayList<>();
      List<int[]> sourceSide = new ArrayList<>();
      for (Span r : by.getOrDefault(key(s), List.of())) {
        if (!r.detects(s)) continue;
        thisSide.add(
            new int[] {Math.max(s.thisStart, r.thisStart), Math.min(s.thisEnd, r.thisEnd)});
        sourceSide.add(
            new int[] {Math.max(s.sourceStart, r.sourceStart), Math.min(s.sourceEnd, r.sourceEnd)});
      }
      long n = unionLength(thisSide) + unionLength(sourceSide);
      if (s.length() > 0) shares += (double) n / s.length();
      shared += n;
      all += s.length();
    }
    return new double[] {shares, shared, all};
  }

  /** Characters covered by a set of intervals {@code [start, end)}. */
  static long unionLength(List<int[]> intervals) {
    intervals.sort((a, b) -> Integer.compare(a[0], b[0]));
    long n = 0;
    int reach = Integer.MIN_VALUE;
    for (int[] iv : intervals) {
      int from = Math.max(iv[0], reach);
      if (iv[1] > from) {
        n += iv[1] - from;
        reach = iv[1];
      }
    }
    return n;
  }

  private static Map<String, List<Span>> byPair(List<Span> spans) {
    Map<String, List<Span>> out = new HashMap<>();
    for (Span s : spans) out.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
    return out;
  }

  private static String key(Span s) {
    return s.suspicious() + "\u0000" + s.source();
  }
}
