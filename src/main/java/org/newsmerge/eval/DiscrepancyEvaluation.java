package org.newsmerge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsmerge.merge.Discrepancies;
import org.newsmerge.merge.Unit.Discrepancy;

/**
 * Precision and recall of discrepancy detection per kind on a labelled set of variant pairs (a
 * shown sentence and one other wording of it, each pair labelled by reading with the conflicts it
 * holds). Counted per pair and kind: a pair is flagged for a kind when the detector finds at least
 * one conflict of that kind in it, and is a conflict of that kind when its labels hold one.
 */
public final class DiscrepancyEvaluation {

  /** One labelled pair and what the detector found in it. */
  public record Pair(int id, Set<Discrepancy.Kind> labelled, Set<Discrepancy.Kind> found) {}

  /** Counts of one kind. */
  public record Scores(
      Discrepancy.Kind kind, int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      int flagged = truePositives + falsePositives;
      return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
    }

    public double recall() {
      int conflicts = truePositives + falseNegatives;
      return conflicts == 0 ? Double.NaN : (double) truePositives / conflicts;
    }
  }

  private DiscrepancyEvaluation() {}

  /**
   * Reads the JSON-lines set and runs the detector on every pair; throws IllegalArgumentException
   * naming the file and line of a pair it cannot read.
   */
  public static List<Pair> run(Path labelled) {
    ObjectMapper json = new ObjectMapper();
    List<Pair> pairs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(labelled, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) continue;
        JsonNode n;
        try {
          n = json.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(labelled + ":" + number + ": not a JSON object", e);
        }
        for (String field : List.of("id", "conflicts", "shown", "variant")) {
          if (n == null || !n.hasNonNull(field)) {
            throw new IllegalArgumentException(
                labelled + ":" + number + ": no '" + field + "' field");
          }
        }
        Set<Discrepancy.Kind> truth = EnumSet.noneOf(Discrepancy.Kind.class);
        for (JsonNode c : n.get("conflicts")) {
          truth.add(Discrepancy.Kind.valueOf(c.get("kind").asText().toUpperCase(Locale.ROOT)));
        }
        Set<Discrepancy.Kind> found = EnumSet.noneOf(Discrepancy.Kind.class);
        for (Discrepancy d :
            Discrepancies.find(n.get("shown").asText(), n.get("variant").asText(), "variant")) {
          found.add(d.kind());
        }
        pairs.add(new Pair(n.get("id").asInt(), truth, found));
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException(labelled + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pairs;
  }

  public static List<Scores> score(List<Pair> pairs) {
    List<Scores> out = new ArrayList<>();
    for (Discrepancy.Kind k : Discrepancy.Kind.values()) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Pair p : pairs) {
        boolean truth = p.labelled().contains(k);
        boolean found = p.found().contains(k);
        if (truth && found) tp++;
        else if (found) fp++;
        else if (truth) fn++;
      }
      out.add(new Scores(k, tp, fp, fn));
    }
    return out;
  }

  /** A Markdown table of the scores, and the pairs the detector got wrong. */
  public static void print(List<Pair> pairs, PrintWriter out) {
    out.printf(Locale.ROOT, "%d labelled pairs%n%n", pairs.size());
    out.println("| kind | conflicts | flagged | correct | precision | recall |");
    out.println("|---|---|---|---|---|---|");
    for (Scores s : score(pairs)) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %s | %s |%n",
          s.kind().label(),
          s.truePositives() + s.falseNegatives(),
          s.truePositives() + s.falsePositives(),
          s.truePositives(),
          figure(s.precision()),
          figure(s.recall()));
    }
    List<String> wrong = new ArrayList<>();
    for (Pair p : pairs) {
      if (!p.labelled().equals(p.found())) {
        wrong.add("pair " + p.id() + ": labelled " + p.labelled() + ", found " + p.found());
      }
    }
    if (!wrong.isEmpty()) {
      out.println();
      for (String w : wrong) out.println(w);
    }
    out.flush();
  }

  private static String figure(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
