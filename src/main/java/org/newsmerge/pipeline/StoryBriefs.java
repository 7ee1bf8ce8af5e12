package org.newsmerge.pipeline;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsmerge.align.Analysis;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Merger;
import org.newsmerge.model.Article;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Story;

/**
 * The brief of one story of a batch run, and the fingerprint its {@link #MARKER} file holds once
 * the brief is written, which tells a later run that the brief is up to date. Every way of running
 * a batch (one machine or Spark) merges and fingerprints through this class. Thread-safe.
 */
public final class StoryBriefs {

  /** The file, beside a story's briefs, that holds its fingerprint; written after the briefs. */
  public static final String MARKER = ".done";

  private static final String VERSION = "newsmerge-batch-1";

  private final BatchSettings settings;

  public StoryBriefs(BatchSettings settings) {
    this.settings = settings;
  }

  /** The brief of a story's articles, given in any order. */
  public Brief merge(List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(Comparator.comparing(Article::path).thenComparingInt(Article::index));
    Analysis analysis = Pipeline.analyse(new Corpus(ordered, List.of()), settings.overlaps());
    return new Merger(settings.overlaps().threshold()).merge(analysis);
  }

  /** What a story's briefs depend on: its articles, where they lie, and the settings. */
  public String fingerprint(Story story) {
    StringBuilder s =
        new StringBuilder(VERSION).append('\n').append(settings.overlaps()).append('\n');
    s.append(settings.formats().stream().sorted().toList()).append('\n');
    for (ArticleRef a : story.articles())
      s.append(a.id()).append(' ').append(a.path()).append('#').append(a.index()).append('\n');
    return Hashing.sha256().hashString(s, StandardCharsets.UTF_8).toString();
  }
}
