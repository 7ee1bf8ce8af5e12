package org.newsmerge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.lead.Condenser;
import org.newsmerge.lead.UnitTerms;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Dates;
import org.newsmerge.model.Sentence;
import org.newsmerge.pipeline.Pipeline;

/**
 * How much of a story's most reported facts its brief's lead states, against fact pyramids written
 * by reading (EVALUATION.md, "The lead"; {@code src/test/resources/eval/pyramids}, drawn by {@code
 * bench/draw_lead_sets.py}). A sentence states a fact when one of the fact's quotes lies inside it
 * (half its length or more); a fact weighs as many outlets as state it. At the lead's word count:
 * the lead's fact score (the weight its sentences state over that of a greedy oracle extract, which
 * adds the sentence of most new weight per word), its redundant pairs (two lead sentences stating a
 * common fact), and three baselines cut at the same count: the first sentences of the earliest
 * article, of the longest article, and a centroid extract.
 */
public final class LeadEvaluation {

  /** One story's figures. */
  public record Story(
      String id,
      int articles,
      int units,
      int leadSentences,
      int leadWords,
      double score,
      int redundant,
      double earliest,
      double longest,
      double centroid,
      int quotesMissed,
      int conflicts,
      int conflictsFlagged,
      int flags) {}

  private LeadEvaluation() {}

  /** A sentence of the story: its text, words, and the facts it states. */
  private record Said(Sentence sentence, int words, Set<Integer> facts) {}

  public static List<Story> run(Path pyramids, int lead) {
    List<Path> files;
    try (Stream<Path> s = Files.list(pyramids)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> read = new ArrayList<>();
    List<JudgedStories.Ref> refs = new ArrayList<>();
    for (Path f : files) {
      try {
        JsonNode p = json.readTree(Files.readString(f, StandardCharsets.UTF_8));
        read.add(p);
        p.get("articles")
            .forEach(
                a ->
                    refs.add(
                        new JudgedStories.Ref(a.get("path").asText(), a.get("index").asInt())));
      } catch (IOException e) {
        throw new IllegalArgumentException(f + ": not a pyramid (" + e.getMessage() + ")", e);
      }
    }
    JudgedStories archive = new JudgedStories(refs);
    List<Story> out = new ArrayList<>();
    for (JsonNode p : read) out.add(story(p, archive, lead));
    return out;
  }

  private static Story story(JsonNode p, JudgedStories archive, int n) {
    Map<String, Article> byFile = new HashMap<>();
    Map<String, String> outletOfFile = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    p.get("articles")
        .fields()
        .forEachRemaining(
            e -> {
              Article a =
                  archive.article(
                      new JudgedStories.Ref(
                          e.getValue().get("path").asText(), e.getValue().get("index").asInt()));
              byFile.put(e.getKey(), a);
              outletOfFile.put(e.getKey(), e.getValue().get("source").asText());
              if (!articles.contains(a)) articles.add(a);
            });
    Facts facts = facts(p, byFile, outletOfFile);
    List<Integer> weight = facts.weight();
    Map<String, List<int[]>> quotes = facts.quotes();
    int missed = facts.missed();
    Analysis analysis = Pipeline.analyse(new Corpus(articles, List.of()), OverlapSettings.DEFAULT);
    Brief brief = Pipeline.brief(analysis, OverlapSettings.DEFAULT);
    Map<Sentence, Said> said = new HashMap<>();
    List<List<Said>> byArticle = new ArrayList<>();
    for (List<Sentence> sentences : analysis.sentences()) {
      List<Said> list = new ArrayList<>();
      for (Sentence s : sentences) {
        Said x =
            new Said(
                s,
                Condenser.words(s.text()),
                facts(s, quotes.getOrDefault(s.articleId(), List.of())));
        said.put(s, x);
        list.add(x);
      }
      byArticle.add(list);
    }
    List<Integer> lead = Condenser.shown(brief, n);
    List<Said> leadSaid = new ArrayList<>();
    for (int i : lead) leadSaid.add(unitSaid(brief.units().get(i), said));
    int budget = leadSaid.stream().mapToInt(Said::words).sum();
    double oracle = stated(oracle(said.values(), weight, budget), weight, budget);
    double score = oracle == 0 ? 0 : stated(leadSaid, weight, budget) / oracle;
    int redundant = redundant(leadSaid);
    Article first =
        articles.stream().min(Comparator.comparingLong(a -> Dates.second(a.date()))).orElseThrow();
    Article most =
        articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
    List<Said> earliest = byArticle.get(articles.indexOf(first));
    List<Said> longest = byArticle.get(articles.indexOf(most));
    return new Story(
        p.get("story").asText(),
        articles.size(),
        weight.size(),
        lead.size(),
        budget,
        score,
        redundant,
        ratio(stated(earliest, weight, budget), oracle),
        ratio(stated(longest, weight, budget), oracle),
        ratio(stated(centroid(brief, said), weight, budget), oracle),
        missed,
        p.has("conflicts") ? p.get("conflicts").size() : 0,
        flagged(p, brief),
        flags(brief));
  }

  /** A pyramid's facts: each one's weight, and per article id the spans its quotes take. */
  private record Facts(List<Integer> weight, Map<String, List<int[]>> quotes, int missed) {}

  private static Facts facts(
      JsonNode p, Map<String, Article> byFile, Map<String, String> outletOfFile) {
    List<Integer> weight = new ArrayList<>();
    Map<String, List<int[]>> quotes = new HashMap<>(); // article id -> {start, end, fact}
    int missed = 0;
    for (JsonNode u : p.get("units")) {
      Set<String> outlets = new HashSet<>();
      for (JsonNode e : u.get("evidence")) {
        String file = e.get("file").asText();
        Article a = byFile.get(file);
        int at = a == null ? -1 : a.text().indexOf(e.get("quote").asText());
        if (at < 0) {
          missed++;
          continue;
        }
        outlets.add(outletOfFile.get(file));
        quotes
            .computeIfAbsent(a.id(), k -> new ArrayList<>())
            .add(new int[] {at, at + e.get("quote").asText().length(), weight.size()});
      }
      weight.add(outlets.size());
    }
    return new Facts(weight, quotes, missed);
  }

  /** Every flag of the brief: each conflict of a sentence's wordings and each across outlets. */
  private static List<List<String>> flagValues(Brief brief) {
    List<List<String>> flags = new ArrayList<>();
    for (Unit u : brief.units()) {
      for (Unit.Conflict c : u.conflicts()) {
        flags.add(c.values().stream().map(Unit.Value::text).toList());
      }
    }
    for (Brief.CrossConflict c : brief.crossConflicts()) {
      flags.add(c.values().stream().map(Unit.Value::text).toList());
    }
    return flags;
  }

  private static int flags(Brief brief) {
    return flagValues(brief).size();
  }

  /**
   * How many of the conflicts written down by reading the brief flags: a flag whose two values lie
   * each in the quotes of a different value of the conflict.
   */
  private static int flagged(JsonNode p, Brief brief) {
    if (!p.has("conflicts")) return 0;
    List<List<String>> flags = flagValues(brief);
    int flagged = 0;
    for (JsonNode c : p.get("conflicts")) {
      List<String> quoted = new ArrayList<>();
      for (JsonNode v : c.get("values")) {
        StringBuilder q = new StringBuilder();
        for (JsonNode e : v.get("evidence")) q.append(e.get("quote").asText()).append('\n');
        quoted.add(org.newsmerge.text.Normalizer.key(q));
      }
      boolean found = false;
      for (List<String> f : flags) {
        String x = org.newsmerge.text.Normalizer.key(f.get(0));
        String y = org.newsmerge.text.Normalizer.key(f.get(1));
        for (int i = 0; i < quoted.size() && !found; i++) {
          for (int j = 0; j < quoted.size() && !found; j++) {
            found = i != j && quoted.get(i).contains(x) && quoted.get(j).contains(y);
          }
        }
      }
      if (found) flagged++;
    }
    return flagged;
  }

  /** Pairs of sentences that state a common fact. */
  private static int redundant(List<Said> lead) {
    int redundant = 0;
    for (int i = 0; i < lead.size(); i++) {
      for (int j = i + 1; j < lead.size(); j++) {
        Set<Integer> common = new HashSet<>(lead.get(i).facts());
        common.retainAll(lead.get(j).facts());
        if (!common.isEmpty()) redundant++;
      }
    }
    return redundant;
  }

  private static double ratio(double x, double oracle) {
    return oracle == 0 ? 0 : x / oracle;
  }

  /** A unit as its members state it together: the facts any of its wordings states. */
  private static Said unitSaid(Unit u, Map<Sentence, Said> said) {
    Set<Integer> facts = new HashSet<>();
    for (Unit.Member m : u.members()) {
      Said s = said.get(m.sentence());
      if (s != null) facts.addAll(s.facts());
    }
    return new Said(u.representative().sentence(), Condenser.words(u.text()), facts);
  }

  /** The facts whose quotes lie half or more inside {@code s}. */
  private static Set<Integer> facts(Sentence s, List<int[]> quotes) {
    Set<Integer> facts = new HashSet<>();
    for (int[] q : quotes) {
      int overlap = Math.min(q[1], s.end()) - Math.max(q[0], s.start());
      if (overlap * 2 >= q[1] - q[0]) facts.add(q[2]);
    }
    return facts;
  }

  /**
   * The weight of the facts an extract states within {@code budget} words: a sentence cut by the
   * budget states what it states whole only if it ends within it, as ROUGE's {@code -l} cuts text.
   */
  private static double stated(List<Said> extract, List<Integer> weight, int budget) {
    Set<Integer> facts = new HashSet<>();
    int used = 0;
    for (Said s : extract) {
      if (used + s.words() > budget) break;
      facts.addAll(s.facts());
      used += s.words();
    }
    return facts.stream().mapToInt(weight::get).sum();
  }

  /** The greedy oracle: step by step the sentence of most new weight per word, within budget. */
  private static List<Said> oracle(
      java.util.Collection<Said> all, List<Integer> weight, int budget) {
    List<Said> pool = new ArrayList<>(all);
    pool.sort(
        Comparator.comparingInt((Said s) -> s.sentence().start())
            .thenComparing(s -> s.sentence().articleId()));
    List<Said> chosen = new ArrayList<>();
    Set<Integer> covered = new HashSet<>();
    int used = 0;
    while (true) {
      Said best = null;
      double bestGain = 0;
      for (Said s : pool) {
        if (used + s.words() > budget || s.words() == 0) continue;
        int gain = 0;
        for (int f : s.facts()) if (!covered.contains(f)) gain += weight.get(f);
        double perWord = (double) gain / s.words();
        if (perWord > bestGain) {
          bestGain = perWord;
          best = s;
        }
      }
      if (best == null) return chosen;
      chosen.add(best);
      covered.addAll(best.facts());
      used += best.words();
      pool.remove(best);
    }
  }

  /** The centroid baseline: units nearest the story's centroid, near-repeats skipped. */
  private static List<Said> centroid(Brief brief, Map<Sentence, Said> said) {
    UnitTerms terms = UnitTerms.of(brief.units());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < brief.units().size(); i++) order.add(i);
    order.sort(
        Comparator.comparingDouble((Integer i) -> -terms.centrality(i)).thenComparingInt(i -> i));
    List<Integer> taken = new ArrayList<>();
    List<Said> out = new ArrayList<>();
    for (int i : order) {
      if (taken.stream().anyMatch(j -> terms.cosine(i, j) >= 0.5)) continue;
      taken.add(i);
      out.add(unitSaid(brief.units().get(i), said));
    }
    return out;
  }

  /** A row per story, then the means, as a Markdown table. */
  public static void print(List<Story> stories, PrintWriter out) {
    out.println(
        "| story | articles | facts | lead sentences | words | fact score | redundant pairs | earliest article | longest article | centroid |");
    out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (Story s : stories) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %d | %.3f | %d | %.3f | %.3f | %.3f |%n",
          s.id(),
          s.articles(),
          s.units(),
          s.leadSentences(),
          s.leadWords(),
          s.score(),
          s.redundant(),
          s.earliest(),
          s.longest(),
          s.centroid());
    }
    double n = Math.max(1, stories.size());
    out.printf(
        Locale.ROOT,
        "| mean of %d | | | | %.0f | %.3f | %d stories without | %.3f | %.3f | %.3f |%n",
        stories.size(),
        stories.stream().mapToInt(Story::leadWords).sum() / n,
        stories.stream().mapToDouble(Story::score).sum() / n,
        stories.stream().filter(s -> s.redundant() == 0).count(),
        stories.stream().mapToDouble(Story::earliest).sum() / n,
        stories.stream().mapToDouble(Story::longest).sum() / n,
        stories.stream().mapToDouble(Story::centroid).sum() / n);
    out.printf(
        Locale.ROOT,
        "conflicts written down by reading: %d, flagged by the briefs: %d; the briefs' flags in all:"
            + " %d%n",
        stories.stream().mapToInt(Story::conflicts).sum(),
        stories.stream().mapToInt(Story::conflictsFlagged).sum(),
        stories.stream().mapToInt(Story::flags).sum());
    int missed = stories.stream().mapToInt(Story::quotesMissed).sum();
    if (missed > 0) out.printf(Locale.ROOT, "%d quotes not found in their articles%n", missed);
    out.flush();
  }
}
