package org.newsmerge.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;
import org.newsmerge.model.Article;

/** What the Markdown and HTML briefs say alike: title, summary, file names, numbered sentences. */
final class BriefText {
  private BriefText() {}

  /**
   * The brief's title: that of its most central article, the one whose sentences the other sources
   * carry most (each sentence counts once per other source carrying it); ties go to source order.
   * Without any title, the interface's word for a merged brief.
   */
  static String title(Brief brief, InterfaceText t) {
    String title = centralTitle(brief);
    return title.isEmpty() ? t.get("untitled") : title;
  }

  /** The title of the most central article (see {@link #title}), or empty if none has one. */
  static String centralTitle(Brief brief) {
    Map<String, Integer> shared = new HashMap<>();
    for (Unit u : brief.units()) {
      for (String id : u.sources()) shared.merge(id, u.sources().size() - 1, Integer::sum);
    }
    Article best = null;
    for (Article a : brief.sources()) {
      if (a.title().isBlank()) continue;
      if (best == null || shared.getOrDefault(a.id(), 0) > shared.getOrDefault(best.id(), 0)) {
        best = a;
      }
    }
    return best == null ? "" : best.title();
  }

  /** The brief's one-line account, in the interface language. */
  static String summary(Brief brief, InterfaceText t) {
    String s =
        t.get(
            "summary",
            brief.sources().size(),
            brief.sentencesIn(),
            brief.units().size(),
            brief.sentencesIn() - brief.units().size(),
            t.decimal(brief.compression(), 2));
    return brief.firstCome() ? s + " " + t.get("summary.firstCome", Brief.FIRST_COME_LIMIT) : s;
  }

  /**
   * The file an article was read from, with its index in a JSON array or lines file ({@code #0} for
   * the first, as in {@code brief.json}) wherever the file holds more than one of the sources.
   */
  static String file(Article a, List<Article> sources) {
    boolean shared =
        a.index() > 0 || sources.stream().anyMatch(o -> o != a && o.path().equals(a.path()));
    return shared ? a.path() + " #" + a.index() : a.path();
  }

  /**
   * The numbers (from 1) of the sentences that show their number in the text: those with a note
   * (another wording, a discrepancy, a first publisher) and those a related-sentences line names,
   * so that every number the brief mentions can be found beside its sentence.
   */
  static Set<Integer> numbered(Brief brief, List<Integer> lead) {
    Set<Integer> shown = new TreeSet<>();
    List<Unit> units = brief.units();
    for (int i = 0; i < units.size(); i++) if (hasNote(units.get(i))) shown.add(i + 1);
    for (Brief.Related r : brief.related()) {
      shown.add(r.a() + 1);
      shown.add(r.b() + 1);
    }
    for (int i : lead) shown.add(i + 1);
    for (Brief.CrossConflict c : brief.crossConflicts()) {
      shown.add(c.a() + 1);
      shown.add(c.b() + 1);
    }
    return shown;
  }

  /** The lead a brief shows: at most as many units as {@code p} asks, in publication order. */
  static List<Integer> lead(Brief brief, Presentation p) {
    return org.newsmerge.lead.Condenser.shown(brief, p.lead());
  }

  /** The family whose run of units starts at unit {@code i}, numbered from 1, or 0 if none. */
  static int familyStarting(Brief brief, int i) {
    for (int f = 0; f < brief.families().size(); f++) {
      if (brief.families().get(f).from() == i) return f + 1;
    }
    return 0;
  }

  /** The outlets of a family's articles, each once, in the family's order. */
  static List<String> outlets(Brief brief, Brief.Family f) {
    return f.articles().stream()
        .map(brief::source)
        .map(a -> a.source().isBlank() ? a.id() : a.source())
        .distinct()
        .toList();
  }

  static boolean hasNote(Unit u) {
    return !u.variants().isEmpty() || !u.conflicts().isEmpty() || !u.firstSource().isEmpty();
  }
}
