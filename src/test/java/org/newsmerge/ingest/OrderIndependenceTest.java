package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsmerge.ingest.Inputs.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Rejected;

/** What {@link ArticleReader} returns depends on the inputs, not on the order they are given. */
class OrderIndependenceTest {

  private static final String SAME = "The same wire story, reprinted. Word for word.";

  @TempDir Path dir;
  private List<Path> inputs;

  @BeforeEach
  void makeInputs() throws IOException {
    Path folder = dir.resolve("folder");
    write(folder, "b.txt", SAME);
    write(folder, "a.txt", "Title\n\nA story of its own. It is different.");
    write(folder, "sub/c.json", "[{\"content\": \"" + SAME + "\"}, {\"title\": \"no text\"}]");
    write(folder, "bad.md", new byte[] {'a', (byte) 0xFF});
    Path zip =
        Inputs.zip(
            dir,
            "day.zip",
            Map.of("x.jsonl", "{\"text\": \"" + SAME + "\"}\n{\"text\": \"Other.\"}"));
    Path loose = write(dir, "loose.md", SAME);
    inputs = List.of(folder, zip, loose, dir.resolve("missing.txt"));
  }

  @Test
  void everyPermutationOfTheInputsGivesTheSameCorpus() {
    Corpus expected = ArticleReader.read(inputs);
    assertThat(expected.articles()).hasSize(6);
    assertThat(expected.rejected()).hasSize(3);
    for (List<Path> permutation : permutations(inputs)) {
      assertThat(ArticleReader.read(permutation)).as("inputs %s", permutation).isEqualTo(expected);
    }
  }

  @Test
  void identicalTextsGetNumberedIdsInPathOrder() {
    Corpus corpus = ArticleReader.read(inputs);
    String base = IdAssigner.baseId(SAME);
    assertThat(corpus.articles())
        .filteredOn(a -> a.text().equals(SAME))
        .extracting(a -> dir.relativize(Path.of(a.path().replace("!/", "/"))) + " " + a.id())
        .containsExactly(
            "day.zip/x.jsonl " + base,
            "folder/b.txt " + base + "-2",
            "folder/sub/c.json " + base + "-3",
            "loose.md " + base + "-4");
  }

  @Test
  void articlesAreSortedByPathThenIndex() {
    List<Article> articles = ArticleReader.read(inputs).articles();
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(
        (a, b) -> a.path().equals(b.path()) ? a.index() - b.index() : a.path().compareTo(b.path()));
    assertThat(articles).isEqualTo(sorted);
  }

  @Test
  void streamingGivesTheSameArticlesIdsAndRejectionsAsReadingIntoMemory() {
    List<Article> articles = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    ArticleReader.read(inputs, ReadSettings.DEFAULTS, articles::add, rejected::add);
    assertThat(new Corpus(articles, rejected)).isEqualTo(ArticleReader.read(inputs));
  }

  @Test
  void idIsTheFirstTenHexDigitsOfTheSha256OfTheText() {
    // printf 'hello' | sha256sum
    assertThat(IdAssigner.baseId("hello")).isEqualTo("2cf24dba5f");
  }

  private static List<List<Path>> permutations(List<Path> items) {
    if (items.isEmpty()) return List.of(List.of());
    List<List<Path>> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<Path> rest = new ArrayList<>(items);
      Path first = rest.remove(i);
      for (List<Path> tail : permutations(rest)) {
        List<Path> permutation = new ArrayList<>();
        permutation.add(first);
        permutation.addAll(tail);
        result.add(permutation);
      }
    }
    return result;
  }
}
