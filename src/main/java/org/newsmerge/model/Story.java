package org.newsmerge.model;

import java.util.List;

/**
 * A story of a batch run: its id (safe as a file name whatever the inputs are called) and its
 * articles in (path, index) order.
 */
public record Story(String id, List<ArticleRef> articles) {
  public Story {
    if (!id.matches("[a-z0-9-]+"))
      throw new IllegalArgumentException("unsafe story id (" + id + ")");
    articles = List.copyOf(articles);
  }

  /** The first title among its articles, or empty. */
  public String title() {
    return articles.stream()
        .map(ArticleRef::title)
        .filter(t -> !t.isBlank())
        .findFirst()
        .orElse("");
  }

  /** Outlet names, each once, sorted. */
  public List<String> outlets() {
    return articles.stream().map(ArticleRef::source).distinct().sorted().toList();
  }

  /** The earliest and the latest date (as given, compared as text), or empty strings. */
  public String firstDate() {
    return articles.stream()
        .map(ArticleRef::date)
        .filter(d -> !d.isBlank())
        .sorted()
        .findFirst()
        .orElse("");
  }

  public String lastDate() {
    return articles.stream()
        .map(ArticleRef::date)
        .filter(d -> !d.isBlank())
        .sorted()
        .reduce((a, b) -> b)
        .orElse("");
  }
}
