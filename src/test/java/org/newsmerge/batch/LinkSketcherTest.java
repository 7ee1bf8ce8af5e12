package org.newsmerge.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmerge.model.Article;

class LinkSketcherTest {

  private static Article article(String source, String url) {
    return new Article("id", "in.json", 0, source, "", "", url, "", "text", List.of(), "");
  }

  @Test
  void anArticlesSiteIsItsUrlsHostWithItsSourceElseItsSource() {
    assertThat(LinkSketcher.site(article("okaz", "https://www.okaz.com.sa/news/1")))
        .isEqualTo("okaz.com.sa okaz");
    assertThat(LinkSketcher.site(article("okaz", "HTTP://user@Okaz.com.sa:8080/x")))
        .isEqualTo("okaz.com.sa okaz");
    assertThat(LinkSketcher.site(article("okaz", "semeval://1/0"))).isEqualTo("source okaz");
    assertThat(LinkSketcher.site(article("okaz", ""))).isEqualTo("source okaz");
  }

  @Test
  void outletsUnderOneHostAreSitesApartByTheirSource() {
    // An aggregator's archive: one host, many sources.
    Article reuters = article("Reuters", "https://news.example/a/1");
    Article ap = article("AP", "https://news.example/a/2");
    assertThat(LinkSketcher.site(reuters)).isNotEqualTo(LinkSketcher.site(ap));
    assertThat(LinkSketcher.site(reuters))
        .isEqualTo(LinkSketcher.site(article("Reuters", "https://news.example/b/9")));
  }
}
