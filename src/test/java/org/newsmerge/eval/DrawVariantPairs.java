package org.newsmerge.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.align.WordDiffer;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Merger;
import org.newsmerge.merge.Unit;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.pipeline.Pipeline;

/**
 * Draws the variant pairs of {@code src/test/resources/eval/discrepancy-pairs.jsonl} (labels are
 * added by reading each pair): every multi-outlet story of the archives as {@code evaluate briefs}
 * finds them, merged; every pair of a shown sentence and one of its other wordings; strata by what
 * the changed words touch (digits; a negation word or ما; quotation marks; anything else), drawn
 * with {@code new Random(10)}: 150, 60, 60 and 40, plus every pair of the seeds; then, from the
 * pairs not yet drawn, 40 where a changed place has a negation word on one side only and 40 where a
 * changed place lies inside quotation marks on both sides. Run with the test classpath: {@code
 * DrawVariantPairs OUT.jsonl ARCHIVE...}.
 */
public final class DrawVariantPairs {

  private static final Pattern DIGIT = Pattern.compile("[0-9\u0660-\u0669\u06F0-\u06F9]");
  private static final Pattern NEGATION =
      Pattern.compile(
          "(^|\\s)(و|ف)?(لا|لم|لن|ليس|ليست|غير|عدم|دون|بدون|ما|مما|not|no|never|without)(\\s|$)|n't");

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Map<String, List<ObjectNode>> strata = new LinkedHashMap<>();
    for (String s :
        List.of(
            "digits", "negation", "quote", "other", "seeds", "negation-one-side", "quote-both")) {
      strata.put(s, new ArrayList<>());
    }
    Set<String> seen = new LinkedHashSet<>();
    ObjectMapper json = new ObjectMapper();
    collect(
        "seeds",
        ArticleReader.read(List.of(Path.of("seeds"))).articles(),
        strata,
        seen,
        json,
        true);
    for (int i = 1; i < args.length; i++) {
      Path archive = Path.of(args[i]);
      Analysis day =
          Pipeline.analyse(ArticleReader.read(List.of(archive)), OverlapSettings.DEFAULT);
      for (List<Article> story : StorySampler.stories(day, 12)) {
        collect(archive.getFileName() + " " + story.get(0).id(), story, strata, seen, json, false);
      }
    }
    Random random = new Random(10);
    Map<String, Integer> quota = Map.of("digits", 150, "negation", 60, "quote", 60, "other", 40);
    List<ObjectNode> drawn = new ArrayList<>(strata.get("seeds"));
    for (String s : List.of("digits", "negation", "quote", "other")) {
      List<ObjectNode> pool = strata.get(s);
      Collections.shuffle(pool, random);
      drawn.addAll(pool.subList(0, Math.min(quota.get(s), pool.size())));
      System.err.println(
          s + ": " + pool.size() + " pairs, " + Math.min(quota.get(s), pool.size()) + " drawn");
    }
    // Real flips of negation and changed quotes are rare: two more strata, drawn after the first
    // four from the pairs not yet drawn, give the recall of those kinds something to count.
    Map<String, Integer> extra = Map.of("negation-one-side", 40, "quote-both", 40);
    Set<ObjectNode> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    taken.addAll(drawn);
    for (String s : List.of("negation-one-side", "quote-both")) {
      List<ObjectNode> pool = new ArrayList<>(strata.get(s));
      pool.removeIf(taken::contains);
      Collections.shuffle(pool, random);
      List<ObjectNode> more = pool.subList(0, Math.min(extra.get(s), pool.size()));
      for (ObjectNode n : more) n.put("stratum", s);
      drawn.addAll(more);
      taken.addAll(more);
      System.err.println(s + ": " + pool.size() + " pairs, " + more.size() + " drawn");
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      int id = 0;
      for (ObjectNode n : drawn) {
        n.put("id", ++id);
        w.print(json.writeValueAsString(n) + "\n");
      }
    }
  }

  private static void collect(
      String name,
      List<Article> articles,
      Map<String, List<ObjectNode>> strata,
      Set<String> seen,
      ObjectMapper json,
      boolean seeds) {
    Analysis a = Pipeline.analyse(new Corpus(articles, List.of()), OverlapSettings.DEFAULT);
    Brief brief = new Merger(OverlapSettings.DEFAULT).merge(a);
    for (Unit u : brief.units()) {
      for (Unit.Variant v : u.variants()) {
        String shown = u.text();
        String variant = v.member().sentence().text();
        if (!seen.add(shown + "\u0000" + variant)) continue;
        List<DiffChunk> diff = WordDiffer.diff(shown, variant);
        if (!WordDiffer.differs(diff)) continue;
        ObjectNode n = json.createObjectNode();
        n.put("story", name);
        n.put("shownSource", brief.source(u.representative().source()).source());
        n.put("variantSource", brief.source(v.member().source()).source());
        n.put("shown", shown);
        n.put("variant", variant);
        String stratum = seeds ? "seeds" : stratum(shown, variant, diff);
        n.put("stratum", stratum);
        strata.get(stratum).add(n);
        if (!seeds && negationOnOneSide(diff)) strata.get("negation-one-side").add(n);
        if (!seeds && changedInsideQuotesOnBothSides(shown, variant, diff)) {
          strata.get("quote-both").add(n);
        }
      }
    }
  }

  private static String stratum(String shown, String variant, List<DiffChunk> diff) {
    boolean digits = false;
    boolean negation = false;
    boolean quote = false;
    int pa = 0;
    int pb = 0;
    for (DiffChunk c : diff) {
      if (c.op() != DiffChunk.Op.EQUAL) {
        String both = c.a() + " " + c.b();
        digits |= DIGIT.matcher(both).find();
        negation |= NEGATION.matcher(c.a()).find() || NEGATION.matcher(c.b()).find();
        quote |= insideQuotes(shown, pa) || insideQuotes(variant, pb);
      }
      pa += c.a().length();
      pb += c.b().length();
    }
    return digits ? "digits" : negation ? "negation" : quote ? "quote" : "other";
  }

  private static boolean negationOnOneSide(List<DiffChunk> diff) {
    for (DiffChunk c : diff) {
      if (c.op() == DiffChunk.Op.EQUAL) continue;
      if (NEGATION.matcher(c.a()).find() != NEGATION.matcher(c.b()).find()) return true;
    }
    return false;
  }

  private static boolean changedInsideQuotesOnBothSides(
      String shown, String variant, List<DiffChunk> diff) {
    int pa = 0;
    int pb = 0;
    for (DiffChunk c : diff) {
      if (c.op() != DiffChunk.Op.EQUAL && insideQuotes(shown, pa) && insideQuotes(variant, pb)) {
        return true;
      }
      pa += c.a().length();
      pb += c.b().length();
    }
    return false;
  }

  private static boolean insideQuotes(String s, int at) {
    int straight = 0;
    int open = 0;
    for (int i = 0; i < at; i++) {
      char ch = s.charAt(i);
      if (ch == '"') straight++;
      else if (ch == '«' || ch == '“') open++;
      else if (ch == '»' || ch == '”') open = Math.max(0, open - 1);
    }
    return straight % 2 == 1 || open > 0;
  }
}
