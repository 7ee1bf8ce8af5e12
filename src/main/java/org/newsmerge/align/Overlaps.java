package org.newsmerge.align;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import org.newsmerge.model.Passage;
import org.newsmerge.model.SentenceMatch;

/**
 * What the overlap finder found: every verified sentence match (several per sentence when a
 * sentence was reprinted several times), and the passages formed by a one-to-one alignment of each
 * pair of articles. The passages are chained when first asked for: a brief is merged from the
 * matches alone, and chaining a story's passages cost a sixth of merging it.
 */
public final class Overlaps {

  private final List<SentenceMatch> matches;
  private final Supplier<List<Passage>> passages;

  /** The matches, with the passages {@code chain} makes of them, chained once when asked for. */
  Overlaps(List<SentenceMatch> matches, Supplier<List<Passage>> chain) {
    this.matches = List.copyOf(matches);
    this.passages = Suppliers.memoize(() -> List.copyOf(chain.get()));
  }

  public List<SentenceMatch> matches() {
    return matches;
  }

  public List<Passage> passages() {
    return passages.get();
  }
}
