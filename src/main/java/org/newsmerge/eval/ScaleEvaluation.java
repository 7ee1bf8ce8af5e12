package org.newsmerge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall of a batch run's stories against the reuse a generated archive recorded
 * ({@link ArchiveGenerator}): over pairs of articles, a pair is true when both come from one
 * family, predicted when both are in one story.
 */
public final class ScaleEvaluation {

  /** Pair counts and the figures derived from them. */
  public record Result(long truePairs, long predictedPairs, long correctPairs, long articles) {
    public double precision() {
      return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }
  }

  private ScaleEvaluation() {}

  public static Result evaluate(Path archive, Path output) {
    try {
      Map<String, Long> familyOf = new HashMap<>();
      Map<Long, Long> familySize = new HashMap<>();
      List<String> lines = Files.readAllLines(archive.resolve("truth.tsv"), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t");
        long family = Long.parseLong(f[2]);
        familyOf.put(f[0] + "#" + f[1], family);
        familySize.merge(family, 1L, Long::sum);
      }
      long truePairs = familySize.values().stream().mapToLong(s -> s * (s - 1) / 2).sum();
      JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
      Map<String, Long> familyOfId = new HashMap<>();
      for (JsonNode a : manifest.get("articles")) {
        if (a.get("id").isNull()) continue;
        String file = Path.of(a.get("path").asText()).getFileName().toString();
        familyOfId.put(a.get("id").asText(), familyOf.get(file + "#" + a.get("index").asInt()));
      }
      long predicted = 0;
      long correct = 0;
      for (JsonNode story : manifest.get("stories")) {
        long n = story.get("articles").size();
        predicted += n * (n - 1) / 2;
        Map<Long, Long> perFamily = new HashMap<>();
        for (JsonNode id : story.get("articles"))
          perFamily.merge(familyOfId.get(id.asText()), 1L, Long::sum);
        for (long c : perFamily.values()) correct += c * (c - 1) / 2;
      }
      return new Result(truePairs, predicted, correct, familyOfId.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
