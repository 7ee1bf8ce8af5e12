package org.newsmerge.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One article as read. {@code text} is the text the offsets of every {@link Block} and {@link
 * Sentence} refer to: the decoded file for text and Markdown (without a byte order mark), the text
 * field for JSON, the extracted title and body for HTML.
 *
 * @param id short stable id, derived from the content so that it does not depend on where the file
 *     lies or in which order files are given
 * @param path the file the article was read from, as given
 * @param index position of the article inside its file (0 for single-article files)
 * @param source outlet name: front matter or JSON field, else a credit line, else the file name
 * @param title title, or empty
 * @param byline author line, or empty
 * @param url url, or empty
 * @param date publication or extraction date as given, or empty
 * @param text the article text that offsets refer to
 * @param blocks the text's lines and paragraphs, classified
 * @param repairs what reading had to repair in the text or metadata (lone surrogates, control
 *     characters), and a date it could not read, in words, or empty; reported as a warning with the
 *     path
 */
public record Article(
    String id,
    String path,
    int index,
    String source,
    String title,
    String byline,
    String url,
    String date,
    String text,
    List<Block> blocks,
    String repairs)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    if (index < 0) throw new IllegalArgumentException("index (" + index + ") must be >= 0");
    source = Objects.requireNonNullElse(source, "");
    title = Objects.requireNonNullElse(title, "");
    byline = Objects.requireNonNullElse(byline, "");
    url = Objects.requireNonNullElse(url, "");
    date = Objects.requireNonNullElse(date, "");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    repairs = Objects.requireNonNullElse(repairs, "");
    for (Block b : blocks) {
      if (b.end() > text.length()) {
        throw new IllegalArgumentException(
            "block [" + b.start() + ", " + b.end() + ") outside text of length " + text.length());
      }
    }
  }

  /** The original text of a span of this article. */
  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  /** Same article with its text's blocks classified otherwise. */
  public Article withBlocks(List<Block> newBlocks) {
    return new Article(id, path, index, source, title, byline, url, date, text, newBlocks, repairs);
  }

  /** Same article under another id (used to make ids unique within a run). */
  public Article withId(String newId) {
    return new Article(newId, path, index, source, title, byline, url, date, text, blocks, repairs);
  }
}
