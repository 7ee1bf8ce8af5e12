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

  /**
   * The name as plain text shows it among other text (Markdown, a terminal): a name that holds a
   * bidirectional embedding, override or isolate ({@code U+202A..U+202E}, {@code U+2066..U+2069})
   * is wrapped in a first-strong isolate ({@code U+2068 ... U+2069}), which ends whatever the name
   * left open, so that an unclosed {@code U+202E} cannot reverse the rest of a citation. (HTML
   * isolates every name in {@code <bdi>}.) Other names as they are.
   */
  public String isolated(String articleId) {
    return isolate(of(articleId));
  }

  /** {@code name} as {@link #isolated} shows a source's name among other text. */
  static String isolate(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return "\u2068" + name + "\u2069";
      }
    }
    return name;
  }
}
