package org.newsmerge.align;

import java.util.List;
import org.newsmerge.model.Article;
import org.newsmerge.model.Rejected;
import org.newsmerge.model.Sentence;

/**
 * Articles read, their sentences ({@code sentences.get(i)} belong to {@code articles.get(i)}), the
 * inputs rejected, the overlaps found, and the keys and shingles of the sentences they were found
 * on.
 */
public record Analysis(
    List<Article> articles,
    List<List<Sentence>> sentences,
    List<Rejected> rejected,
    Overlaps overlaps,
    SentenceKeys keys) {

  public Analysis {
    articles = List.copyOf(articles);
    sentences = sentences.stream().map(List::copyOf).toList();
    rejected = List.copyOf(rejected);
  }

  /** The article with {@code id}. */
  public Article article(String id) {
    for (Article a : articles) if (a.id().equals(id)) return a;
    throw new IllegalArgumentException("no article with id " + id);
  }
}
