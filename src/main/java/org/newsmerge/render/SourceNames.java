package org.newsmerge.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmerge.model.Article;

/**
 * Display names of sources: the outlet name, made unique within a report by adding the short id
 * when two articles share an outlet, so that every citation points at one article.
 */
public final class SourceNames {
  private final Map<String, String> names = new HashMap<>();

  public SourceNames(List<Article> articles) {
    Map<String, Integer> count = new HashMap<>();
    for (Article a : articles) count.merge(baseName(a), 1, Integer::sum);
    for (Article a : articles) {
      String base = baseName(a);
      names.put(
          a.id(),
          count.get(base) > 1
              ? base + " " + a.id().substring(0, Math.min(6, a.id().length()))
              : base);
    }
  }

  private static String baseName(Article a) {
    return a.source().isBlank() ? a.id() : a.source();
  }

  public String of(String articleId) {
    return names.getOrDefault(articleId, articleId);
  }
}
