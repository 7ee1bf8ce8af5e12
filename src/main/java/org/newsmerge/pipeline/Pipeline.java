package org.newsmerge.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.OverlapFinder;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.align.SentenceKeys;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.ingest.ReadSettings;
import org.newsmerge.lead.Condenser;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Merger;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Rejected;
import org.newsmerge.model.Sentence;
import org.newsmerge.sketch.Shingler;
import org.newsmerge.text.SentenceSplitter;

/** Wires the stages: read, split into sentences, find overlaps. */
public final class Pipeline {

  private Pipeline() {}

  /** Reads {@code inputs} and finds their overlaps. */
  public static Analysis analyse(List<Path> inputs, OverlapSettings settings) {
    return analyse(inputs, ReadSettings.DEFAULTS, settings);
  }

  /** Reads {@code inputs} as {@code read} says and finds their overlaps. */
  public static Analysis analyse(List<Path> inputs, ReadSettings read, OverlapSettings settings) {
    return analyse(ArticleReader.read(inputs, read), settings);
  }

  /**
   * The brief of one story: its articles split, aligned and merged with {@code settings}. The one
   * way {@code merge}, each story of a batch run, the Spark job and the evaluation make a brief.
   */
  public static Brief brief(Corpus corpus, OverlapSettings settings) {
    return brief(analyse(corpus, settings), settings);
  }

  /**
   * The brief of an analysis made with {@code settings}, for callers that need both: merged, then
   * condensed (its lead, facts in other words and families, found in the brief itself).
   */
  public static Brief brief(Analysis analysis, OverlapSettings settings) {
    return Condenser.condense(new Merger(settings).merge(analysis), null);
  }

  /** Splits the articles of {@code corpus} into sentences and finds their overlaps. */
  public static Analysis analyse(Corpus corpus, OverlapSettings settings) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<List<Sentence>> sentences = new ArrayList<>();
    for (Article article : corpus.articles()) sentences.add(splitter.split(article));
    return analyse(corpus.articles(), sentences, corpus.rejected(), settings);
  }

  /**
   * The brief of one story whose articles are split already: {@code sentences.get(i)} are those
   * {@link SentenceSplitter#split} gives for {@code articles.get(i)}.
   */
  public static Brief brief(
      List<Article> articles, List<List<Sentence>> sentences, OverlapSettings settings) {
    return brief(analyse(articles, sentences, List.of(), settings), settings);
  }

  /**
   * As {@link #brief(List, List, OverlapSettings)}, with the story's families as a batch run found
   * them (lists of article ids).
   */
  public static Brief brief(
      List<Article> articles,
      List<List<Sentence>> sentences,
      OverlapSettings settings,
      List<List<String>> families) {
    return Condenser.condense(
        new Merger(settings).merge(analyse(articles, sentences, List.of(), settings)), families);
  }

  private static Analysis analyse(
      List<Article> articles,
      List<List<Sentence>> sentences,
      List<Rejected> rejected,
      OverlapSettings settings) {
    List<Sentence> flat = new ArrayList<>();
    sentences.forEach(flat::addAll);
    SentenceKeys keys = SentenceKeys.of(flat, new Shingler(settings.shingles()));
    return new Analysis(
        articles,
        sentences,
        rejected,
        new OverlapFinder(settings).find(articles, sentences, keys),
        keys);
  }
}
