package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.model.Article;
import org.newsmerge.model.Rejected;

class ParallelReadTest {

  @Test
  void readingOnManyThreadsGivesWhatOneThreadGivesInTheSameOrder(@TempDir Path dir)
      throws IOException {
    for (int i = 0; i < 12; i++) {
      Inputs.write(
          dir,
          "a" + i + ".txt",
          "Title " + i + "\n\nThe sentence number " + i + " is here. Another one follows it.\n");
    }
    Inputs.write(
        dir, "same.txt", "Title 3\n\nThe sentence number 3 is here. Another one follows it.\n");
    Inputs.write(
        dir,
        "b.jsonl",
        "{\"content\": \"First object text here.\"}\n{\"title\": \"no text\"}\n{\"content\": \"Third.\"}\n");
    Inputs.write(dir, "empty.txt", "");
    Inputs.write(dir, "bad.txt", new byte[] {'o', 'k', (byte) 0xff, ' '});
    Inputs.zip(
        dir,
        "c.zip",
        Map.of("x.txt", "Zipped article text here.", "y.md", "# Head\n\nZipped markdown body."));
    List<Path> inputs = List.of(dir, dir.resolve("missing.txt"));

    List<Article> oneArticles = new ArrayList<>();
    List<Rejected> oneRejected = new ArrayList<>();
    ArticleReader.read(inputs, ReadSettings.DEFAULTS, oneArticles::add, oneRejected::add);
    List<Article> manyArticles = new ArrayList<>();
    List<Rejected> manyRejected = new ArrayList<>();
    ArticleReader.read(inputs, ReadSettings.DEFAULTS, manyArticles::add, manyRejected::add, 4);

    assertThat(manyArticles).isEqualTo(oneArticles);
    assertThat(manyRejected).isEqualTo(oneRejected);
    assertThat(oneArticles).hasSizeGreaterThan(14);
    assertThat(oneRejected).hasSize(4);
  }
}
