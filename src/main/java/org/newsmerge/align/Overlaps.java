package org.newsmerge.align;

import java.util.List;
import org.newsmerge.model.Passage;
import org.newsmerge.model.SentenceMatch;

/**
 * What the overlap finder found: every verified sentence match (several per sentence when a
 * sentence was reprinted several times), and the passages formed by a one-to-one alignment of each
 * pair of articles.
 */
public record Overlaps(List<SentenceMatch> matches, List<Passage> passages) {
  public Overlaps {
    matches = List.copyOf(matches);
    passages = List.copyOf(passages);
  }
}
