package org.newsmerge.ingest;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.newsmerge.model.Article;

/**
 * Article ids: the first 10 hex digits of the SHA-256 of the text (UTF-8), so an id depends only on
 * the content. Articles with the same text get {@code -2}, {@code -3}, ... in the order they are
 * given to {@link #assign}. Not thread-safe: one per run.
 */
final class IdAssigner {

  static final int BASE_LENGTH = 10;

  private final Map<String, Integer> seen = new HashMap<>();

  static String baseId(String text) {
    return Hashing.sha256()
        .hashString(text, StandardCharsets.UTF_8)
        .toString()
        .substring(0, BASE_LENGTH);
  }

  /** The article under an id not given before in this run (its base id plus a suffix if needed). */
  Article assign(Article article) {
    String base = article.id().substring(0, BASE_LENGTH);
    int count = seen.merge(base, 1, Integer::sum);
    String id = count == 1 ? base : base + "-" + count;
    return id.equals(article.id()) ? article : article.withId(id);
  }
}
