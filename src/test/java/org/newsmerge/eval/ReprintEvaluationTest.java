package org.newsmerge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.ingest.ReadSettings;
import org.newsmerge.model.Article;

class ReprintEvaluationTest {

  @TempDir Path dir;

  private Path archive() throws IOException {
    Path a = dir.resolve("articles.jsonl");
    Files.writeString(
        a,
        String.join(
                "\n",
                line("http://one.example/gcc", "one", ReprintReferenceTest.STATEMENT),
                line("http://two.example/gcc", "two", ReprintReferenceTest.STATEMENT_REPRINTED),
                line("http://three.example/concert", "three", ReprintReferenceTest.CONCERT))
            + "\n",
        StandardCharsets.UTF_8);
    return a;
  }

  private static String line(String url, String source, String text) {
    return "{\"url\": \""
        + url
        + "\", \"source\": \""
        + source
        + "\", \"content\": \""
        + text
        + "\"}";
  }

  /**
   * A batch output whose one story holds the three articles, the reprint in a family of its own.
   */
  private Path run(List<Article> a) throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    String manifest =
        "{\"stories\": [{\"id\": \"s1\", \"articles\": [\"%1$s\", \"%2$s\", \"%3$s\"],"
            + " \"families\": [{\"id\": \"f1\", \"articles\": [\"%1$s\", \"%3$s\"]},"
            + " {\"id\": \"f2\", \"articles\": [\"%2$s\"]}]}],"
            + " \"articles\": [{\"id\": \"%1$s\", \"story\": \"s1\", \"family\": \"f1\"},"
            + " {\"id\": \"%2$s\", \"story\": \"s1\", \"family\": \"f2\"},"
            + " {\"id\": \"%3$s\", \"story\": \"s1\", \"family\": \"f1\"},"
            + " {\"id\": null, \"story\": null, \"family\": null, \"status\": \"rejected\"}]}";
    Files.writeString(
        out.resolve("manifest.json"),
        String.format(java.util.Locale.ROOT, manifest, a.get(0).id(), a.get(1).id(), a.get(2).id()),
        StandardCharsets.UTF_8);
    return out;
  }

  @Test
  void aReprintInAnotherFamilyOfTheSameStoryIsCountedInTheStoryNotTheFamily() throws IOException {
    Path archive = archive();
    List<Article> articles = ArticleReader.read(List.of(archive)).articles();
    ReprintEvaluation.Result r =
        ReprintEvaluation.run(
            List.of(archive),
            ReadSettings.DEFAULTS,
            run(articles),
            ReprintReference.DEFAULTS,
            5,
            5,
            1);
    assertThat(r.articles()).isEqualTo(3);
    assertThat(r.unknown()).isZero();
    assertThat(r.bands())
        .extracting(ReprintEvaluation.Band::label)
        .containsExactly("0.3-0.5", "0.5-0.8", "0.8-1.0", "all");
    assertThat(r.bands().get(2)).isEqualTo(new ReprintEvaluation.Band("0.8-1.0", 1, 0, 1));
    assertThat(r.bands().get(3)).isEqualTo(new ReprintEvaluation.Band("all", 1, 0, 1));
    // The run's one family link joins the statement and the concert: it shares nothing.
    assertThat(r.familyLinks()).isEqualTo(1);
    assertThat(r.links()).hasSize(1);
    assertThat(r.links().get(0).measured().shared()).isZero();
    assertThat(r.missedPairs()).isEqualTo(1);
    assertThat(r.missed().get(0).b().url()).isEqualTo("http://two.example/gcc");

    StringWriter printed = new StringWriter();
    ReprintEvaluation.print(r, new PrintWriter(printed));
    assertThat(printed.toString())
        .contains("| 0.8-1.0 | 1 | 0.000 (0) | 1.000 (1) |")
        .contains("1 family links drawn of 1")
        .contains("http://three.example/concert");
  }

  @Test
  void theSameArchiveAndRunGiveTheSameReport() throws IOException {
    Path archive = archive();
    Path out = run(ArticleReader.read(List.of(archive)).articles());
    StringWriter[] printed = {new StringWriter(), new StringWriter()};
    for (StringWriter w : printed) {
      ReprintEvaluation.Result r =
          ReprintEvaluation.run(
              List.of(archive), ReadSettings.DEFAULTS, out, ReprintReference.DEFAULTS, 5, 5, 7);
      ReprintEvaluation.print(r, new PrintWriter(w));
    }
    // Only the time taken may differ.
    assertThat(printed[1].toString().replaceAll("built in [0-9.]+ s", ""))
        .isEqualTo(printed[0].toString().replaceAll("built in [0-9.]+ s", ""));
  }

  @Test
  void drawsAreDistinctAscendingAndAllWhenFewerThanAsked() {
    assertThat(ReprintEvaluation.draw(3, 10, 1)).containsExactly(0L, 1L, 2L);
    List<Long> d = ReprintEvaluation.draw(1000, 20, 1);
    assertThat(d).hasSize(20).doesNotHaveDuplicates().isSorted();
    assertThat(ReprintEvaluation.draw(1000, 20, 1)).isEqualTo(d);
  }
}
