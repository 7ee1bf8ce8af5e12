package org.newsmerge.model;

import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a batch run keeps of an article between reading it and merging its story: where it came from
 * and what the index and manifest show, without its text. {@code repairs} is as in {@link
 * Article#repairs}; {@code metadata} is a digest of the metadata a brief shows.
 */
public record ArticleRef(
    String id,
    String path,
    int index,
    String source,
    String title,
    String date,
    String repairs,
    String metadata)
    implements Serializable {

  public ArticleRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    repairs = Objects.requireNonNullElse(repairs, "");
    metadata = Objects.requireNonNullElse(metadata, "");
  }

  /**
   * A digest of what a brief shows of an article besides its text (which its id covers): source,
   * title, byline, url and date. A rerun keeps a story's briefs only while these are unchanged.
   */
  private static String digest(Article a) {
    String all = String.join("\u0000", a.source(), a.title(), a.byline(), a.url(), a.date());
    return Hashing.sha256().hashString(all, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  public static ArticleRef of(Article a) {
    return new ArticleRef(
        a.id(), a.path(), a.index(), a.source(), a.title(), a.date(), a.repairs(), digest(a));
  }
}
