package org.newsmerge.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.model.Article;

/**
 * The articles of judged stories, found again in the archive they were drawn from by the path and
 * index a batch manifest gives them ({@code ../shared/corpora/.../2015-07-21.zip!/2015-07-21.json}
 * and 12): each archive file read once, by the path as given (relative to the folder the batch run
 * was started from, the project's own).
 */
final class JudgedStories {

  private final Map<String, Article> byPlace = new HashMap<>();

  /** A reference to one article: its path as the manifest gives it and its index. */
  record Ref(String path, int index) {}

  JudgedStories(List<Ref> refs) {
    TreeSet<String> files = new TreeSet<>();
    for (Ref r : refs) {
      int bang = r.path().indexOf("!/");
      files.add(bang < 0 ? r.path() : r.path().substring(0, bang));
    }
    List<Path> inputs = new ArrayList<>();
    for (String f : files) inputs.add(Path.of(f));
    for (Article a : ArticleReader.read(inputs).articles())
      byPlace.put(key(a.path(), a.index()), a);
  }

  /** The article at {@code ref}; throws IllegalArgumentException naming it when it is missing. */
  Article article(Ref ref) {
    Article a = byPlace.get(key(ref.path(), ref.index()));
    if (a == null) {
      throw new IllegalArgumentException(ref.path() + "#" + ref.index() + ": not in the archive");
    }
    return a;
  }

  private static String key(String path, int index) {
    return path + "#" + index;
  }
}
