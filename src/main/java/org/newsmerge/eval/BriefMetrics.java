package org.newsmerge.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;
import org.newsmerge.model.Sentence;

/**
 * The brief metrics of the evaluation notes, for one brief against its source sentences.
 *
 * @param coverage share of source sentences (25+ letters) whose grams are at least 80% contained in
 *     one brief sentence or one of its listed variants
 * @param redundantPairs pairs of brief sentences with Jaccard at least 0.8
 * @param attributionPrecision cited sources holding the sentence or a close variant (Jaccard at
 *     least 0.5) over all citations
 * @param attributionRecall sources holding a near-identical sentence (Jaccard at least 0.85) that
 *     are cited, over all such sources
 * @param meanTau mean over sources of Kendall's tau between the source's order of its sentences and
 *     the brief's order of them
 * @param minTau the smallest of those
 * @param compression brief characters over source characters
 */
public record BriefMetrics(
    double coverage,
    int redundantPairs,
    double attributionPrecision,
    double attributionRecall,
    double meanTau,
    double minTau,
    double compression) {

  static final int MIN_LETTERS = 25;

  /** Measures {@code brief} against {@code sources}: the sentences of each source, in order. */
  public static BriefMetrics measure(Brief brief, List<List<Sentence>> sources) {
    List<Unit> units = brief.units();
    List<Set<String>> shown = new ArrayList<>();
    List<List<Set<String>>> wordings = new ArrayList<>();
    for (Unit u : units) {
      shown.add(Grams.of(u.text()));
      List<Set<String>> w = new ArrayList<>(List.of(Grams.of(u.text())));
      for (Unit.Variant v : u.variants()) w.add(Grams.of(v.member().sentence().text()));
      wordings.add(w);
    }
    Coverage coverage = Coverage.of(sources, wordings);
    List<String> ids = brief.sources().stream().map(a -> a.id()).toList();
    Attribution attribution = Attribution.of(units, shown, ids, coverage.sourceGrams());
    long outputChars = units.stream().mapToLong(x -> x.text().length()).sum();
    long inputChars = coverage.inputChars();
    return new BriefMetrics(
        coverage.share(),
        redundantPairs(shown),
        attribution.precision(),
        attribution.recall(),
        coverage.meanTau(),
        coverage.minTau(),
        inputChars == 0 ? 1 : (double) outputChars / inputChars);
  }

  /**
   * What the brief covers of its sources: the share of source sentences it holds, the order it
   * keeps of each source's (Kendall's tau), the sources' length, and each sentence's grams.
   */
  private record Coverage(
      double share,
      double meanTau,
      double minTau,
      long inputChars,
      List<List<Set<String>>> sourceGrams) {

    static Coverage of(List<List<Sentence>> sources, List<List<Set<String>>> wordings) {
      int considered = 0;
      int covered = 0;
      double tauSum = 0;
      double tauMin = 1;
      int tauSources = 0;
      long inputChars = 0;
      List<List<Set<String>>> sourceGrams = new ArrayList<>();
      for (List<Sentence> source : sources) {
        List<Set<String>> grams = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (Sentence s : source) {
          inputChars += s.text().length();
          Set<String> g = Grams.of(s.text());
          grams.add(g);
          if (Grams.letters(s.text()) < MIN_LETTERS) continue;
          considered++;
          int where = bestContaining(g, wordings);
          if (where >= 0) {
            covered++;
            positions.add(where);
          }
        }
        sourceGrams.add(grams);
        if (positions.size() >= 2) {
          double tau = kendallTau(positions);
          tauSum += tau;
          tauMin = Math.min(tauMin, tau);
          tauSources++;
        }
      }
      return new Coverage(
          considered == 0 ? 1 : (double) covered / considered,
          tauSources == 0 ? 1 : tauSum / tauSources,
          tauSources == 0 ? 1 : tauMin,
          inputChars,
          sourceGrams);
    }
  }

  /** Pairs of brief sentences with Jaccard at least 0.8. */
  private static int redundantPairs(List<Set<String>> shown) {
    int redundant = 0;
    for (int i = 0; i < shown.size(); i++) {
      for (int j = i + 1; j < shown.size(); j++) {
        if (Grams.jaccard(shown.get(i), shown.get(j)) >= 0.8) redundant++;
      }
    }
    return redundant;
  }

  /** Whether the sources a brief sentence cites hold it, and whether those holding it are cited. */
  private record Attribution(double precision, double recall) {

    /** {@code ids} are the brief's sources, in the order of {@code sourceGrams}. */
    static Attribution of(
        List<Unit> units,
        List<Set<String>> shown,
        List<String> ids,
        List<List<Set<String>>> sourceGrams) {
      int cited = 0;
      int citedRight = 0;
      int holders = 0;
      int holdersCited = 0;
      for (int u = 0; u < units.size(); u++) {
        List<String> cites = units.get(u).sources();
        for (int s = 0; s < ids.size(); s++) {
          double best = 0;
          for (Set<String> g : sourceGrams.get(s))
            best = Math.max(best, Grams.jaccard(shown.get(u), g));
          boolean isCited = cites.contains(ids.get(s));
          if (isCited) {
            cited++;
            if (best >= 0.5) citedRight++;
          }
          if (best >= 0.85) {
            holders++;
            if (isCited) holdersCited++;
          }
        }
      }
      return new Attribution(
          cited == 0 ? 1 : (double) citedRight / cited,
          holders == 0 ? 1 : (double) holdersCited / holders);
    }
  }

  /** Index of the first brief sentence that contains 80% of {@code g} in one of its wordings. */
  private static int bestContaining(Set<String> g, List<List<Set<String>>> wordings) {
    int best = -1;
    double bestScore = 0.8 - 1e-9;
    for (int u = 0; u < wordings.size(); u++) {
      for (Set<String> w : wordings.get(u)) {
        double c = Grams.containedIn(g, w);
        if (c > bestScore) {
          bestScore = c;
          best = u;
        }
      }
    }
    return best;
  }

  /** Kendall's tau-a of a sequence against its sorted order; ties count as neither. */
  static double kendallTau(List<Integer> positions) {
    long concordant = 0;
    long discordant = 0;
    for (int i = 0; i < positions.size(); i++) {
      for (int j = i + 1; j < positions.size(); j++) {
        int d = Integer.compare(positions.get(i), positions.get(j));
        if (d < 0) concordant++;
        else if (d > 0) discordant++;
      }
    }
    long pairs = (long) positions.size() * (positions.size() - 1) / 2;
    return pairs == 0 ? 1 : (double) (concordant - discordant) / pairs;
  }
}
