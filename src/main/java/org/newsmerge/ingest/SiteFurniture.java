package org.newsmerge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.Sentence;
import org.newsmerge.text.Normalizer;
import org.newsmerge.text.SentenceSplitter;

/**
 * Marks the text a site repeats across its own articles (found by a batch run: see {@code
 * StoryGrouper}) as {@link Block.Kind#SITE}: a narrative block whose sentences are all such text,
 * but for short ones (a "Close" or "OK" beside a cookie banner), leaves the narrative.
 */
public final class SiteFurniture {

  /** Words a sentence of a site block may have without being the site's repeated text. */
  private static final int SHORT = 4;

  private SiteFurniture() {}

  /** Whether a block's text holds one of the keys, as its key's substring: a quick first test. */
  private static boolean holdsAny(String text, Set<String> keys) {
    String key = Normalizer.key(text);
    for (String k : keys) if (key.contains(k)) return true;
    return false;
  }

  /** An article with its site furniture marked, and its sentences as the splitter gives them. */
  public record Marked(Article article, List<Sentence> sentences) {}

  /**
   * The article with the blocks made of {@code keys} (matching keys) marked, and its sentences
   * then: {@code sentences} ({@link SentenceSplitter#split} of the article) without those of the
   * blocks marked, numbered again. Unchanged when nothing is marked.
   */
  public static Marked mark(Article article, List<Sentence> sentences, Set<String> keys) {
    if (keys.isEmpty()) return new Marked(article, sentences);
    // A block made of such text and short sentences is at most a little longer than all the keys.
    int longest = 64;
    for (String k : keys) longest += 2 * k.length();
    List<Block> blocks = new ArrayList<>(article.blocks().size());
    boolean changed = false;
    int s = 0;
    for (Block b : article.blocks()) {
      if (b.kind() != Block.Kind.NARRATIVE
          || b.end() - b.start() > longest
          || !holdsAny(article.slice(b.start(), b.end()), keys)) {
        blocks.add(b);
        continue;
      }
      while (s < sentences.size() && sentences.get(s).end() <= b.start()) s++;
      boolean repeated = false;
      boolean other = false;
      for (int i = s; i < sentences.size() && sentences.get(i).start() < b.end(); i++) {
        String key = Normalizer.key(sentences.get(i).text());
        if (keys.contains(key)) repeated = true;
        else if (key.split(" ").length > SHORT) other = true;
      }
      if (repeated && !other) {
        blocks.add(new Block(Block.Kind.SITE, b.start(), b.end()));
        changed = true;
      } else blocks.add(b);
    }
    if (!changed) return new Marked(article, sentences);
    // The sentences a split of the marked article gives: those outside its site blocks.
    List<Sentence> kept = new ArrayList<>(sentences.size());
    int b = 0;
    for (Sentence t : sentences) {
      while (blocks.get(b).end() <= t.start()) b++;
      if (blocks.get(b).kind() == Block.Kind.SITE) continue;
      kept.add(new Sentence(t.articleId(), kept.size(), t.start(), t.end(), t.text()));
    }
    return new Marked(article.withBlocks(blocks), kept);
  }
}
