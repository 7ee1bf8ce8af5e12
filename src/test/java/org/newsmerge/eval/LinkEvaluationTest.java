package org.newsmerge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.batch.BatchSettings;

class LinkEvaluationTest {

  @TempDir Path dir;

  private static final String STORY =
      "Heavy rain flooded the old port district of the city on Monday night. "
          + "Rescue teams evacuated more than two hundred families from the lower streets. "
          + "The mayor said the pumps had failed after the power station was hit by lightning. "
          + "Schools in the district will stay closed until the water has been pumped out. ";

  private static final String OTHER =
      "The national orchestra opened its winter season with a programme of new works. "
          + "Critics praised the young conductor for her reading of the second symphony. "
          + "Tickets for the remaining concerts sold out within an hour of going on sale. ";

  private Path archive() throws IOException {
    Path a = dir.resolve("articles.jsonl");
    Files.writeString(
        a,
        String.join(
                "\n",
                line("http://one.example/flood", "one", STORY),
                line("http://two.example/flood", "two", STORY + "Officials promised an inquiry."),
                line("http://three.example/concert", "three", OTHER))
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

  private Path labels(String... rows) throws IOException {
    Path l = dir.resolve("links.tsv");
    Files.writeString(
        l,
        "sample\tcosine\tone_event\turl_a\turl_b\n" + String.join("\n", rows) + "\n",
        StandardCharsets.UTF_8);
    return l;
  }

  @Test
  void countsWhetherEachJudgedLinkIsInOneStory() throws IOException {
    LinkEvaluation.Result r =
        LinkEvaluation.run(
            labels(
                "1\t0.5\tyes\thttp://one.example/flood\thttp://two.example/flood",
                "1\t0.15\tno\thttp://one.example/flood\thttp://three.example/concert"),
            List.of(archive()),
            BatchSettings.defaults(1));
    assertThat(r.missing()).isEmpty();
    // The reprint is one story; the concert is not in it.
    assertThat(r.counts().get(4).get("yes")).isEqualTo(new LinkEvaluation.Count(1, 1));
    assertThat(r.counts().get(0).get("no")).isEqualTo(new LinkEvaluation.Count(1, 0));
  }

  @Test
  void aUrlTheArchiveLacksIsReportedNotCounted() throws IOException {
    LinkEvaluation.Result r =
        LinkEvaluation.run(
            labels("1\t0.3\tyes\thttp://one.example/flood\thttp://nowhere.example/x"),
            List.of(archive()),
            BatchSettings.defaults(1));
    assertThat(r.missing()).containsExactly("http://nowhere.example/x");
    assertThat(r.counts()).allSatisfy(band -> assertThat(band).isEmpty());
  }

  @Test
  void aBadLabelsFileIsNamedWithItsLine() throws IOException {
    Path bad = labels("1\tabout a third\tyes\thttp://one.example/flood\thttp://two.example/flood");
    assertThatThrownBy(() -> LinkEvaluation.links(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(bad.toString())
        .hasMessageContaining("line 2");
    Path noColumn = dir.resolve("nocolumn.tsv");
    Files.writeString(noColumn, "cosine\turl_a\turl_b\n0.2\ta\tb\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LinkEvaluation.links(noColumn))
        .hasMessageContaining("no column 'one_event'");
  }
}
