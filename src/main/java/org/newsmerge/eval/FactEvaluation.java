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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.lead.UnitTerms;
import org.newsmerge.merge.Brief;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.pipeline.Pipeline;

/**
 * How well a brief links sentences that state one fact in other words, on sentence pairs of dev
 * stories labelled by reading ({@code src/test/resources/eval/fact-pairs.jsonl}, drawn by {@code
 * bench/draw_lead_sets.py}; the stories' articles in {@code fact-stories.json}). Each story is
 * merged again; a pair counts as linked when the brief links its two sentences as one fact or as
 * one fact with other values (a discrepancy across outlets). Precision, recall, and the pairs found
 * or missed, with each pair's cosine and containment for reading.
 */
public final class FactEvaluation {

  /** One labelled pair as the brief sees it. */
  public record Pair(
      int id,
      boolean same,
      boolean found,
      boolean linked,
      boolean conflict,
      double cosine,
      double containment) {}

  private FactEvaluation() {}

  public static List<Pair> run(Path pairs, Path stories) {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<JudgedStories.Ref>> refs = new LinkedHashMap<>();
    List<JsonNode> labelled = new ArrayList<>();
    try {
      JsonNode s = json.readTree(Files.readString(stories, StandardCharsets.UTF_8));
      s.fields()
          .forEachRemaining(
              e -> {
                List<JudgedStories.Ref> r = new ArrayList<>();
                for (JsonNode a : e.getValue()) {
                  r.add(new JudgedStories.Ref(a.get("path").asText(), a.get("index").asInt()));
                }
                refs.put(e.getKey(), r);
              });
      for (String line : Files.readAllLines(pairs, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) labelled.add(json.readTree(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JudgedStories archive =
        new JudgedStories(refs.values().stream().flatMap(List::stream).toList());
    Map<String, List<JsonNode>> byStory = new LinkedHashMap<>();
    for (JsonNode p : labelled) {
      byStory.computeIfAbsent(p.get("story").asText(), k -> new ArrayList<>()).add(p);
    }
    List<Pair> out = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> e : byStory.entrySet()) {
      List<JudgedStories.Ref> story = refs.get(e.getKey());
      if (story == null) throw new IllegalArgumentException(stories + ": no story " + e.getKey());
      List<Article> articles = story.stream().map(archive::article).toList();
      Brief brief = Pipeline.brief(new Corpus(articles, List.of()), OverlapSettings.DEFAULT);
      UnitTerms terms = UnitTerms.of(brief.units());
      for (JsonNode p : e.getValue()) out.add(pair(p, brief, terms));
    }
    return out;
  }

  private static Pair pair(JsonNode p, Brief brief, UnitTerms terms) {
    int a = unit(brief, p.get("a").get("text").asText());
    int b = unit(brief, p.get("b").get("text").asText());
    boolean same = p.get("same_fact").asBoolean();
    if (a < 0 || b < 0) return new Pair(p.get("id").asInt(), same, false, false, false, 0, 0);
    int x = Math.min(a, b);
    int y = Math.max(a, b);
    boolean linked = brief.facts().stream().anyMatch(f -> f.a() == x && f.b() == y);
    boolean conflict = brief.crossConflicts().stream().anyMatch(c -> c.a() == x && c.b() == y);
    return new Pair(
        p.get("id").asInt(),
        same,
        true,
        linked,
        conflict,
        terms.cosine(x, y),
        terms.containment(x, y));
  }

  private static int unit(Brief brief, String text) {
    for (int i = 0; i < brief.units().size(); i++) {
      if (brief.units().get(i).text().equals(text)) return i;
    }
    return -1;
  }

  /** Prints precision and recall, then every pair found with its features and judgement. */
  public static void print(List<Pair> pairs, boolean all, PrintWriter out) {
    long found = pairs.stream().filter(Pair::found).count();
    long linked = pairs.stream().filter(Pair::linked).count();
    long right = pairs.stream().filter(p -> p.linked() && p.same()).count();
    long same = pairs.stream().filter(p -> p.found() && p.same()).count();
    long conflicts = pairs.stream().filter(Pair::conflict).count();
    long conflictsSame = pairs.stream().filter(p -> p.conflict() && p.same()).count();
    out.printf(
        Locale.ROOT,
        "%d labelled pairs, %d found in their stories' briefs (%d same fact)%n"
            + "linked as one fact in other words %d: precision %.3f, recall %.3f%n"
            + "flagged as one fact with other values %d, of which %d judged one fact%n",
        pairs.size(),
        found,
        same,
        linked,
        linked == 0 ? 0 : (double) right / linked,
        same == 0 ? 0 : (double) right / same,
        conflicts,
        conflictsSame);
    for (Pair p : pairs) {
      if (!p.found()) continue;
      boolean said = p.linked() || p.conflict();
      if (!all && said == p.same()) continue;
      out.printf(
          Locale.ROOT,
          "pair %d: %s, %s (cosine %.3f, containment %.3f)%n",
          p.id(),
          p.same() ? "same fact" : "not",
          p.conflict() ? "conflict" : p.linked() ? "linked" : "apart",
          p.cosine(),
          p.containment());
    }
    out.flush();
  }
}
