package org.newsmerge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsmerge.align.OverlapSettings;

/**
 * The quality targets of docs/quality.md, held on real data: briefs of stories from one
 * SaudiNewsNet day, and reuse detection on the Clough-Stevenson corpus. (That page's tables come
 * from the {@code evaluate} command over all nine days.)
 */
class QualityTargetsTest {

  private static final Path CORPORA = Path.of("..", "shared", "corpora");

  @Test
  void briefsOfRealMultiOutletStoriesMeetTheTargets() {
    Path day = CORPORA.resolve("saudinewsnet-dev/2015-07-23.zip");
    assumeTrue(Files.isReadable(day), "shared corpus not present: " + day);
    List<BriefEvaluation.Row> rows =
        BriefEvaluation.run(List.of(day), Path.of("seeds"), 30, OverlapSettings.DEFAULT);
    List<BriefEvaluation.Row> stories = rows.subList(1, rows.size());
    assertThat(stories).hasSize(30);
    assertThat(BriefEvaluation.mean(stories, r -> r.merged().coverage()))
        .isGreaterThanOrEqualTo(0.99);
    assertThat(stories).allSatisfy(r -> assertThat(r.merged().redundantPairs()).isZero());
    assertThat(BriefEvaluation.mean(stories, r -> r.merged().attributionPrecision()))
        .isGreaterThanOrEqualTo(0.98);
    assertThat(BriefEvaluation.mean(stories, r -> r.merged().attributionRecall()))
        .isGreaterThanOrEqualTo(0.98);
    assertThat(BriefEvaluation.mean(stories, r -> r.merged().meanTau()))
        .isGreaterThanOrEqualTo(0.9);
    assertThat(BriefEvaluation.mean(stories, r -> r.merged().compression()))
        .isLessThanOrEqualTo(BriefEvaluation.mean(stories, r -> r.baseline().compression()));
    BriefEvaluation.Row seeds = rows.get(0);
    assertThat(seeds.merged().coverage()).isEqualTo(1.0);
    assertThat(seeds.merged().redundantPairs()).isZero();
  }

  @Test
  void reuseDetectionOnTheGradedCorpusIsPreciseAndComplete() {
    Path corpus = CORPORA.resolve("clough-stevenson");
    assumeTrue(
        Files.isReadable(corpus.resolve("file_information.csv")), "corpus not present: " + corpus);
    List<DetectionEvaluation.Answer> answers =
        DetectionEvaluation.answers(corpus, OverlapSettings.DEFAULT);
    assertThat(answers).hasSize(95);
    DetectionEvaluation.Scores s = DetectionEvaluation.score(answers, 0.2);
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void storiesAreEventsOnTheRatedSemEvalPairsAsTheReadmeSays() {
    Path folder = CORPORA.resolve("semeval2022-train");
    assumeTrue(Files.isReadable(folder.resolve("pairs.jsonl")), "corpus not present: " + folder);
    EventEvaluation.Result r =
        EventEvaluation.run(folder, org.newsmerge.batch.BatchSettings.defaults(2));
    assertThat(r.mono().same()).isEqualTo(106);
    assertThat(r.mono().different()).isEqualTo(171);
    assertThat(r.mono().sameTogether()).isEqualTo(89); // 0.840
    assertThat(r.mono().differentTogether()).isEqualTo(5); // 0.029
    // One German-English pair shares enough names (Viktor Orban, Fidesz, EPP) to be grouped.
    assertThat(r.cross().sameTogether()).isEqualTo(1);
    assertThat(r.cross().differentTogether()).isZero();
    assertThat(r.baseline().mono().sameRate()).isGreaterThan(r.mono().sameRate());
    assertThat(r.baseline().mono().differentRate()).isGreaterThan(r.mono().differentRate());
    // At the precision target, no one threshold of a pairwise cosine of words or of the batch's
    // own event terms groups 0.90 of the same-event pairs, even chosen on these pairs.
    assertThat(r.ceilings()).hasSize(2);
    assertThat(r.ceilings())
        .allSatisfy(
            c -> {
              assertThat(c.mono().differentRate()).isLessThanOrEqualTo(0.03);
              assertThat(c.mono().sameRate()).isLessThan(0.90);
            });
    assertThat(r.ceilings().get(0).mono().sameTogether()).isEqualTo(79); // words: 0.745
    assertThat(r.ceilings().get(1).mono().sameTogether()).isEqualTo(90); // event terms: 0.849
    java.io.StringWriter printed = new java.io.StringWriter();
    EventEvaluation.print(
        r, org.newsmerge.batch.BatchSettings.defaults(2), new java.io.PrintWriter(printed));
    assertThat(printed.toString())
        .contains("monolingual: newsmerge        106      0.840      171      0.029")
        .contains("  words >= 0.190              106      0.745      171      0.029")
        .contains("  event terms >= 0.240        106      0.849      171      0.029");
  }

  @Test
  void theJudgedEventLinksAreAllFoundAndKeptAsTheReadmeSays() {
    Path dev = CORPORA.resolve("saudinewsnet-dev");
    assumeTrue(Files.isDirectory(dev), "corpus not present: " + dev);
    org.newsmerge.batch.BatchSettings defaults = org.newsmerge.batch.BatchSettings.defaults(2);
    // The links were drawn from the joins of families by sentences, which keeps every one of
    // them; families by passages are other units, joined otherwise (docs/quality.md).
    Map<String, LinkEvaluation.Count> all = judgedLinks("event-links.tsv", dev, defaults);
    assertThat(all.get("yes")).isEqualTo(new LinkEvaluation.Count(52, 37));
    assertThat(all.get("no")).isEqualTo(new LinkEvaluation.Count(42, 31));
    assertThat(all.get("unclear")).isEqualTo(new LinkEvaluation.Count(6, 5));
    Map<String, LinkEvaluation.Count> bySentences =
        judgedLinks(
            "event-links.tsv",
            dev,
            defaults.withFamilies(org.newsmerge.batch.BatchSettings.Families.SENTENCES));
    assertThat(bySentences.values()).allSatisfy(c -> assertThat(c.together()).isEqualTo(c.links()));
    // Drawn from the joins of families by passages, and judged: it keeps them all.
    Map<String, LinkEvaluation.Count> byPassages =
        judgedLinks("event-links-passages.tsv", dev, defaults);
    assertThat(byPassages.values()).allSatisfy(c -> assertThat(c.together()).isEqualTo(c.links()));
    assertThat(byPassages.values().stream().mapToInt(LinkEvaluation.Count::links).sum())
        .isEqualTo(100);
    assertThat(byPassages.get("yes").links()).isEqualTo(67);
  }

  /**
   * The judged links of {@code file} the run keeps in one story, by judgement, all bands summed.
   */
  private static Map<String, LinkEvaluation.Count> judgedLinks(
      String file, Path dev, org.newsmerge.batch.BatchSettings settings) {
    LinkEvaluation.Result r =
        LinkEvaluation.run(Path.of("src/test/resources/eval", file), List.of(dev), settings);
    assertThat(r.missing()).isEmpty();
    Map<String, LinkEvaluation.Count> all = new HashMap<>();
    for (var band : r.counts())
      band.forEach(
          (judged, c) ->
              all.merge(
                  judged,
                  c,
                  (x, y) ->
                      new LinkEvaluation.Count(
                          x.links() + y.links(), x.together() + y.together())));
    return all;
  }

  @Test
  void kendallTauOfAnOrderAndItsReverse() {
    assertThat(BriefMetrics.kendallTau(List.of(1, 2, 3, 4))).isEqualTo(1.0);
    assertThat(BriefMetrics.kendallTau(List.of(4, 3, 2, 1))).isEqualTo(-1.0);
  }
}
