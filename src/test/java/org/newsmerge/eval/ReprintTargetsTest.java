package org.newsmerge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import org.newsmerge.batch.Progress;
import org.newsmerge.ingest.ReadSettings;

/**
 * Families by passages (the default) on the dev corpus, held at the figures {@code
 * docs/reprints.md} gives: the share of the reprint reference in one family and one story, the GCC
 * statement of 2015-07-23 in one family, and the family links judged by reading (seed 2) still in
 * one family each.
 */
class ReprintTargetsTest {

  private static final Path DEV = Path.of("..", "shared", "corpora", "saudinewsnet-dev");

  @TempDir Path tmp;

  @Test
  void familiesByPassagesHoldTheReprintsAsTheDocsSay() throws IOException {
    assumeTrue(Files.isDirectory(DEV), "corpus not present: " + DEV);
    Path out = tmp.resolve("dev");
    new BatchRun(BatchSettings.defaults(2), Progress.NONE).run(List.of(DEV), out);

    ReprintEvaluation.Result r =
        ReprintEvaluation.run(
            List.of(DEV), ReadSettings.DEFAULTS, out, ReprintReference.DEFAULTS, 0, 0, 1);
    Map<String, ReprintEvaluation.Band> band = new HashMap<>();
    for (ReprintEvaluation.Band b : r.bands()) band.put(b.label(), b);
    assertThat(share(band.get("all"), true))
        .isGreaterThanOrEqualTo(0.90)
        .isCloseTo(0.908, within(0.0005));
    assertThat(share(band.get("0.8-1.0"), true)).isCloseTo(0.982, within(0.0005));
    // Events join families that print one passage: the story holds what families leave apart.
    assertThat(share(band.get("all"), false))
        .isGreaterThanOrEqualTo(0.97)
        .isCloseTo(0.975, within(0.0005));

    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    Map<String, String> familyOf = new HashMap<>();
    for (JsonNode a : manifest.get("articles"))
      familyOf.put(a.get("id").asText(), a.get("family").asText(""));
    // The GCC secretary-general's statement on al-Maliki, six outlets within two hours.
    List<String> gcc =
        List.of("a334d40371", "2070dc021c", "7b3cfda99e", "93cf05b1f8", "e8cc42c943", "d733b0a1e0");
    assertThat(gcc.stream().map(familyOf::get).distinct()).singleElement().isNotEqualTo("");
    int together = 0;
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/eval/reprint-links-2.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode l = new ObjectMapper().readTree(line);
      String f = familyOf.get(l.get("a").asText());
      if (!f.isEmpty() && f.equals(familyOf.get(l.get("b").asText()))) together++;
    }
    assertThat(together).isEqualTo(100);
  }

  private static double share(ReprintEvaluation.Band b, boolean family) {
    return (double) (family ? b.inFamily() : b.inStory()) / b.pairs();
  }
}
