package org.newsmerge.model;

import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A story of a batch run: its id (safe as a file name whatever the inputs are called) and its
 * articles in (path, index) order.
 */
public record Story(String id, List<ArticleRef> articles) implements Serializable {
  public Story {
    if (!id.matches("[a-z0-9-]+"))
      throw new IllegalArgumentException("unsafe story id (" + id + ")");
    articles = List.copyOf(articles);
  }

  /**
   * The story of these articles, whatever order they come in: its articles in (path, index) order,
   * its id {@code s} and the first 12 hex digits of the SHA-256 of the sorted article ids joined by
   * commas, so that the same articles make the same story in every run.
   */
  public static Story of(List<ArticleRef> members) {
    List<ArticleRef> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(ArticleRef::path).thenComparingInt(ArticleRef::index));
    String joined = String.join(",", sorted.stream().map(ArticleRef::id).sorted().toList());
    String id =
        "s"
            + Hashing.sha256()
                .hashString(joined, StandardCharsets.UTF_8)
                .toString()
                .substring(0, 12);
    return new Story(id, sorted);
  }

  /**
   * The first title among its articles, or empty. (A batch run shows the title of the most central
   * article instead, as its brief does: see {@code BatchOutput#writeIndex}.)
   */
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
