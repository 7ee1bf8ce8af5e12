package org.newsmerge.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmerge.align.Analysis;
import org.newsmerge.model.Article;
import org.newsmerge.model.MatchKind;
import org.newsmerge.model.SentenceMatch;

/**
 * Draws multi-outlet stories from an archive for evaluation: articles linked by at least two
 * duplicate sentences, grouped transitively, kept when the group has two to {@code maxSize}
 * articles from at least two outlets.
 */
final class StorySampler {
  private StorySampler() {}

  static List<List<Article>> stories(Analysis analysis, int maxSize) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < analysis.articles().size(); i++)
      index.put(analysis.articles().get(i).id(), i);
    Map<Long, Integer> shared = new HashMap<>();
    for (SentenceMatch m : analysis.overlaps().matches()) {
      if (m.kind() != MatchKind.DUPLICATE || m.withinArticle()) continue;
      long key = (long) index.get(m.a().articleId()) << 32 | index.get(m.b().articleId());
      shared.merge(key, 1, Integer::sum);
    }
    int[] parent = new int[analysis.articles().size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    shared.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .map(Map.Entry::getKey)
        .sorted()
        .forEach(k -> union(parent, (int) (k >>> 32), (int) (long) k));
    Map<Integer, List<Article>> groups = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      groups
          .computeIfAbsent(find(parent, i), x -> new ArrayList<>())
          .add(analysis.articles().get(i));
    }
    List<List<Article>> stories = new ArrayList<>();
    for (List<Article> g : groups.values()) {
      Set<String> outlets = new HashSet<>();
      g.forEach(a -> outlets.add(a.source()));
      if (g.size() >= 2 && g.size() <= maxSize && outlets.size() >= 2) stories.add(g);
    }
    stories.sort(Comparator.comparing(g -> g.get(0).path() + "#" + g.get(0).index()));
    return stories;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
