package org.newsmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Rejected;

/** A batch run's lines about its inputs fit a screen, and --verbose gives every one. */
class ProblemsTest {

  private static final List<Rejected> REJECTED = new ArrayList<>();
  private static final List<ArticleRef> ARTICLES = new ArrayList<>();

  static {
    for (int i = 0; i < 12; i++) REJECTED.add(new Rejected("day.json#" + i, "no article text"));
    REJECTED.add(new Rejected("bad.zip", "binary file, not text"));
    for (int i = 0; i < 30; i++) {
      String warning =
          i % 3 == 0
              ? "2 control characters replaced by a space"
              : i % 3 == 1
                  ? "1 lone surrogate replaced by U+FFFD, 1 control character replaced by a space"
                  : "date 'Thu, 24 Jul 2015' not read (yyyy-mm-dd or RFC 1123 expected): the"
                      + " article is undated";
      ARTICLES.add(new ArticleRef("a" + i, "day.json", i, "s", "t", "", warning, "0"));
    }
    ARTICLES.add(new ArticleRef("clean", "day.json", 99, "s", "t", "", "", "0"));
  }

  private static List<String> lines(boolean verbose) {
    StringWriter out = new StringWriter();
    Problems.summarise(REJECTED, ARTICLES, verbose, "out/manifest.json", new PrintWriter(out));
    return out.toString().lines().toList();
  }

  @Test
  void eachReasonShowsAFewInputsAndCountsTheRest() {
    List<String> lines = lines(false);
    assertThat(lines).filteredOn(l -> l.endsWith(": no article text")).hasSize(5);
    assertThat(lines).contains("bad.zip: binary file, not text");
    assertThat(lines)
        .contains("7 more inputs rejected: no article text (see out/manifest.json, or --verbose)");
  }

  @Test
  void warningsAreCountedByKindInALineEach() {
    List<String> lines = lines(false);
    assertThat(lines).noneMatch(l -> l.contains(": warning:"));
    assertThat(lines)
        .contains(
            "20 articles with a warning (control characters replaced by a space): see"
                + " out/manifest.json, or --verbose",
            "10 articles with a warning (lone surrogates replaced by U+FFFD): see"
                + " out/manifest.json, or --verbose",
            "10 articles with a warning (dates not read, the articles undated): see"
                + " out/manifest.json, or --verbose");
    assertThat(lines).hasSize(5 + 1 + 1 + 3);
  }

  @Test
  void verboseListsEveryRejectionAndWarning() {
    List<String> lines = lines(true);
    assertThat(lines).hasSize(13 + 30);
    assertThat(lines).contains("day.json#0: warning: 2 control characters replaced by a space");
  }
}
