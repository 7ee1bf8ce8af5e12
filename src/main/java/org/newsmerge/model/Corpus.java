package org.newsmerge.model;

import java.util.List;

/** What reading a set of inputs gave: the articles, in a stable order, and the rejected inputs. */
public record Corpus(List<Article> articles, List<Rejected> rejected) {
  public Corpus {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
  }
}
