package org.newsmerge.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a batch run keeps of an article between reading it and merging its story: where it came from
 * and what the index and manifest show, without its text. {@code repairs} is as in {@link
 * Article#repairs}.
 */
public record ArticleRef(
    String id, String path, int index, String source, String title, String date, String repairs)
    implements Serializable {

  public ArticleRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    repairs = Objects.requireNonNullElse(repairs, "");
  }

  public static ArticleRef of(Article a) {
    return new ArticleRef(
        a.id(), a.path(), a.index(), a.source(), a.title(), a.date(), a.repairs());
  }
}
