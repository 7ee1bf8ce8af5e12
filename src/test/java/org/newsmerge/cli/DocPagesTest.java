package org.newsmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The helpers DocExamplesTest reads the docs with, one rule a test. */
class DocPagesTest {

  @Test
  void headingAnchorsAreGitHubsLowerCasedWithPunctuationDroppedAndSpacesHyphened() {
    assertThat(DocPages.slug("overlaps --json")).isEqualTo("overlaps---json");
    assertThat(DocPages.slug("Batch output: index.html and manifest.json"))
        .isEqualTo("batch-output-indexhtml-and-manifestjson");
    assertThat(DocPages.slug("Stages (StageBenchmarks)")).isEqualTo("stages-stagebenchmarks");
    assertThat(DocPages.slug("المصادر تختلف (موضع واحد)")).isEqualTo("المصادر-تختلف-موضع-واحد");
  }

  @Test
  void aScriptSplitsIntoCommandsAtLineEndsAndAndAndDropsCommentsAndRedirections() {
    String script =
        "mvn -q package && java -jar target/newsmerge.jar merge seeds -o out   # build\n"
            + "bin/x --master 'a b' \\\n  -o \"/tmp/c d\" > log 2>&1\n";
    assertThat(ShellWords.commands(script))
        .containsExactly(
            List.of("mvn", "-q", "package"),
            List.of("java", "-jar", "target/newsmerge.jar", "merge", "seeds", "-o", "out"),
            List.of("bin/x", "--master", "a b", "-o", "/tmp/c d"));
  }

  @Test
  void onlyNewsmergeCommandLinesGiveArguments() {
    assertThat(
            DocPages.newsmergeArgs(
                List.of("java", "-Xmx8g", "-jar", "target/newsmerge.jar", "batch")))
        .containsExactly("batch");
    assertThat(DocPages.newsmergeArgs(List.of("newsmerge", "evaluate", "generate")))
        .containsExactly("evaluate", "generate");
    assertThat(DocPages.newsmergeArgs(List.of("mvn", "-q", "package"))).isNull();
  }

  @Test
  void aSchemaReportsFieldsMissingUndocumentedAndValuesNotListed() throws Exception {
    DocSchema schema =
        DocSchema.parse(
            "{\"a\": [{\"kind\": \"x|y\", \"n\"?}], // a comment with \"quotes\"\n"
                + " \"b\": {\"c\"}, \"d\": {...}, \"open\"}");
    var real =
        DocSchema.paths(
            new ObjectMapper()
                .readTree(
                    "{\"a\": [{\"kind\": \"z\", \"extra\": 1}], \"b\": {\"c\": 1},"
                        + " \"d\": {\"c\": 2, \"e\": 3}, \"open\": {\"anything\": 1}}"));
    assertThat(schema.differences(real))
        .containsExactlyInAnyOrder(
            "a[].extra: in the output, not documented",
            "a[].kind: values [z] not among the documented [x, y]",
            "d.e: in the output, not documented");
  }
}
