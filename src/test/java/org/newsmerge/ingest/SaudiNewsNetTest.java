package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Rejected;

/**
 * One real day of SaudiNewsNet (a ZIP holding one JSON array), when the shared corpus is present.
 */
class SaudiNewsNetTest {

  private static final Path DAY = Path.of("/work/shared/corpora/saudinewsnet-dev/2015-07-23.zip");

  @Test
  void aRealDayIsReadWithSourcesAndOnlyTextlessObjectsRejected() {
    assumeTrue(Files.isReadable(DAY), "shared corpus not present: " + DAY);
    long started = System.nanoTime();
    Corpus corpus = ArticleReader.read(List.of(DAY));
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println(
        String.format(
            Locale.ROOT,
            "SaudiNewsNet %s: %d articles, %d rejected, %d ms",
            DAY.getFileName(),
            corpus.articles().size(),
            corpus.rejected().size(),
            millis));

    assertThat(corpus.articles()).hasSizeGreaterThan(1000);
    assertThat(corpus.articles()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
    assertThat(corpus.articles()).extracting(Article::source).contains("aawsat", "okaz", "sabq");
    assertThat(corpus.articles())
        .allSatisfy(a -> assertThat(a.path()).startsWith(DAY + "!/2015-07-23.json"));
    assertThat(corpus.articles())
        .allSatisfy(a -> assertThat(a.blocks()).anyMatch(b -> b.kind() == Block.Kind.NARRATIVE));
    // The only objects rejected are the ones whose content is empty in the corpus itself.
    assertThat(corpus.rejected())
        .extracting(Rejected::reason)
        .allMatch(r -> r.startsWith("no 'content', 'body' or 'text' field"));
    assertThat(corpus.rejected()).hasSizeLessThan(30);
  }
}
