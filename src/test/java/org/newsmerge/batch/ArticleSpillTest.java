package org.newsmerge.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;

class ArticleSpillTest {

  private static Article article(int n, String text) {
    List<Block> blocks =
        List.of(
            new Block(Block.Kind.TITLE, 0, Math.min(3, text.length())),
            new Block(Block.Kind.NARRATIVE, Math.min(3, text.length()), text.length()));
    return new Article(
        "id" + n,
        "in/" + n + ".json",
        n,
        "source",
        "title " + n,
        "",
        "https://x.sa/" + n,
        "2015-07-2" + (n % 9),
        text,
        blocks,
        n % 2 == 0 ? "" : "1 control character replaced");
  }

  @Test
  void articlesComeBackAsTheyWereAddedWhateverTheirSizeAndChars() {
    List<Article> added = new ArrayList<>();
    StringBuilder big = new StringBuilder();
    while (big.length() < 3_000_000) big.append("نص طويل جدا، ");
    added.add(article(0, "Café «نص» \uD83D\uDE00 and a lone \uD800 surrogate"));
    added.add(article(1, big.toString())); // larger than the write buffer
    for (int i = 2; i < 3000; i++) added.add(article(i, "sentence " + i + " في الخبر."));
    try (ArticleSpill spill = ArticleSpill.create()) {
      added.forEach(spill::add);
      spill.flush();
      for (int i = added.size() - 1; i >= 0; i -= 7)
        assertThat(spill.get(i)).isEqualTo(added.get(i));
      assertThat(spill.get(new int[] {0, 1, 2999}))
          .containsExactly(added.get(0), added.get(1), added.get(2999));
    }
  }
}
