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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.ingest.ReadSettings;

/**
 * How a batch run's families hold reprints: the archive is read as {@code batch} reads it (so ids
 * match), the {@link ReprintReference} is built of its articles' texts, and each reference pair is
 * looked up in the run's {@code manifest.json}: whether its two articles are in one family, and in
 * one story, counted by containment band (0.3-0.5, 0.5-0.8, 0.8-1). Beside the counts, a sample of
 * the run's family links (pairs of articles in one family, whatever the reference says of them) and
 * optionally of the reference pairs the families miss, drawn with a fixed seed, each with both
 * articles' ids, dates, outlets, titles and URLs and the pair's containment, for reading.
 *
 * <p>Deterministic: the same archive, run and seed give the same figures and samples.
 */
public final class ReprintEvaluation {

  /** Upper ends of the containment bands (the last band takes the rest, up to 1). */
  private static final double[] BANDS = {0.5, 0.8};

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReprintEvaluation() {}

  /** One article as the samples show it. */
  public record Source(String id, String date, String outlet, String title, String url) {}

  /** Reference pairs of one containment band and how many of them the run keeps together. */
  public record Band(String label, int pairs, int inFamily, int inStory) {}

  /**
   * A pair for reading: the two articles, what the reference measures of them, and where the run
   * put each (story and family ids, or empty).
   */
  public record Link(
      Source a,
      Source b,
      ReprintReference.Pair measured,
      double allGrams,
      String storyA,
      String familyA,
      String storyB,
      String familyB) {}

  /**
   * What one evaluation found.
   *
   * @param articles articles read from the archive
   * @param unknown of those, articles the run's manifest does not list (another archive, another
   *     version of the reader)
   * @param bands the bands, then all pairs
   * @param familyLinks pairs of articles in one family of the run
   * @param links the drawn family links
   * @param missed the drawn reference pairs not in one family
   * @param millis time taken to build the reference
   */
  public record Result(
      ReprintReference.Settings settings,
      int articles,
      int unknown,
      List<Band> bands,
      long familyLinks,
      List<Link> links,
      int missedPairs,
      List<Link> missed,
      long millis) {}

  /** Where the run put one article. */
  private record Placement(String story, String family) {}

  /**
   * Reads {@code archives}, builds the reference with {@code settings}, and counts its pairs in the
   * run written to {@code batch}; draws {@code links} family links and {@code missed} missed pairs
   * with {@code seed}.
   */
  public static Result run(
      List<Path> archives,
      ReadSettings read,
      Path batch,
      ReprintReference.Settings settings,
      int links,
      int missed,
      long seed) {
    if (links < 0 || missed < 0)
      throw new IllegalArgumentException(
          "links (" + links + ") and missed (" + missed + ") must be >= 0");
    List<Source> sources = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    ArticleReader.read(
        archives,
        read,
        a -> {
          sources.add(new Source(a.id(), a.date(), a.source(), a.title(), a.url()));
          texts.add(a.text());
        },
        r -> {});
    long start = System.nanoTime();
    ReprintReference reference = ReprintReference.of(texts, settings);
    long millis = (System.nanoTime() - start) / 1_000_000;
    texts.clear();

    Map<String, Placement> placed = placements(batch);
    Map<String, Integer> index = new HashMap<>();
    int unknown = 0;
    Placement[] where = new Placement[sources.size()];
    for (int i = 0; i < sources.size(); i++) {
      index.put(sources.get(i).id(), i);
      where[i] = placed.get(sources.get(i).id());
      if (where[i] == null) {
        unknown++;
        where[i] = new Placement("", "");
      }
    }

    List<ReprintReference.Pair> misses = new ArrayList<>();
    List<Band> bands = bands(reference, where, settings, misses);

    List<int[]> families = families(batch, index);
    return finish(
        reference, settings, sources, where, unknown, bands, families, misses, links, missed, seed,
        millis);
  }

  /**
   * The reference's pairs counted by containment band (and all together, last): how many, how many
   * in one family, how many in one story; those not in one family go to {@code misses}.
   */
  private static List<Band> bands(
      ReprintReference reference,
      Placement[] where,
      ReprintReference.Settings settings,
      List<ReprintReference.Pair> misses) {
    int[] pairs = new int[BANDS.length + 2];
    int[] inFamily = new int[pairs.length];
    int[] inStory = new int[pairs.length];
    for (ReprintReference.Pair p : reference.pairs()) {
      int band = band(p.containment());
      boolean family = together(where[p.a()].family(), where[p.b()].family());
      boolean story = together(where[p.a()].story(), where[p.b()].story());
      for (int b : new int[] {band, pairs.length - 1}) {
        pairs[b]++;
        if (family) inFamily[b]++;
        if (story) inStory[b]++;
      }
      if (!family) misses.add(p);
    }
    List<Band> bands = new ArrayList<>();
    for (int b = 0; b < pairs.length; b++)
      bands.add(
          new Band(
              label(b, pairs.length, settings.minContainment()),
              pairs[b],
              inFamily[b],
              inStory[b]));
    return bands;
  }

  private static Result finish(
      ReprintReference reference,
      ReprintReference.Settings settings,
      List<Source> sources,
      Placement[] where,
      int unknown,
      List<Band> bands,
      List<int[]> families,
      List<ReprintReference.Pair> misses,
      int links,
      int missed,
      long seed,
      long millis) {
    long familyLinks = 0;
    for (int[] f : families) familyLinks += (long) f.length * (f.length - 1) / 2;
    List<Link> drawnLinks = new ArrayList<>();
    for (long k : draw(familyLinks, links, seed)) {
      int[] pair = familyLink(families, k);
      ReprintReference.Pair m = reference.measure(pair[0], pair[1]);
      drawnLinks.add(link(reference, sources, where, m));
    }
    List<Link> drawnMisses = new ArrayList<>();
    for (long k : draw(misses.size(), missed, seed))
      drawnMisses.add(link(reference, sources, where, misses.get((int) k)));
    return new Result(
        settings,
        sources.size(),
        unknown,
        bands,
        familyLinks,
        drawnLinks,
        misses.size(),
        drawnMisses,
        millis);
  }

  private static Link link(
      ReprintReference reference,
      List<Source> sources,
      Placement[] where,
      ReprintReference.Pair p) {
    return new Link(
        sources.get(p.a()),
        sources.get(p.b()),
        p,
        reference.allGramContainment(p.a(), p.b()),
        where[p.a()].story(),
        where[p.a()].family(),
        where[p.b()].story(),
        where[p.b()].family());
  }

  private static boolean together(String x, String y) {
    return !x.isEmpty() && x.equals(y);
  }

  private static int band(double containment) {
    int b = 0;
    while (b < BANDS.length && containment >= BANDS[b]) b++;
    return b;
  }

  private static String label(int b, int count, double low) {
    if (b == count - 1) return "all";
    double lo = b == 0 ? low : BANDS[b - 1];
    double hi = b == BANDS.length ? 1 : BANDS[b];
    return String.format(Locale.ROOT, "%.1f-%.1f", lo, hi);
  }

  /** {@code count} distinct numbers below {@code total} drawn with {@code seed}, ascending. */
  static List<Long> draw(long total, int count, long seed) {
    TreeSet<Long> drawn = new TreeSet<>();
    if (count >= total) {
      for (long k = 0; k < total; k++) drawn.add(k);
    } else {
      Random random = new Random(seed);
      while (drawn.size() < count) drawn.add((long) (random.nextDouble() * total));
    }
    return List.copyOf(drawn);
  }

  /** The {@code k}-th pair of articles in one family, families and members in manifest order. */
  private static int[] familyLink(List<int[]> families, long k) {
    for (int[] f : families) {
      long n = (long) f.length * (f.length - 1) / 2;
      if (k >= n) {
        k -= n;
        continue;
      }
      for (int i = 0; ; i++) {
        int rest = f.length - 1 - i;
        if (k < rest) return new int[] {f[i], f[i + 1 + (int) k]};
        k -= rest;
      }
    }
    throw new IllegalArgumentException("no family link " + k);
  }

  /** Story and family of each article the run's manifest lists in a story. */
  private static Map<String, Placement> placements(Path batch) {
    Map<String, Placement> out = new HashMap<>();
    for (JsonNode a : manifest(batch).get("articles")) {
      if (a.path("id").isNull() || a.path("id").isMissingNode()) continue;
      out.put(a.get("id").asText(), new Placement(text(a.get("story")), text(a.get("family"))));
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asText();
  }

  /** The run's families of two or more articles, as indexes of the articles read. */
  private static List<int[]> families(Path batch, Map<String, Integer> index) {
    List<int[]> out = new ArrayList<>();
    for (JsonNode story : manifest(batch).get("stories")) {
      for (JsonNode family : story.get("families")) {
        int[] members = new int[family.get("articles").size()];
        int m = 0;
        for (JsonNode id : family.get("articles")) {
          Integer i = index.get(id.asText());
          if (i != null) members[m++] = i;
        }
        if (m >= 2) out.add(java.util.Arrays.copyOf(members, m));
      }
    }
    return out;
  }

  private static JsonNode manifest(Path batch) {
    Path file = batch.resolve("manifest.json");
    try {
      return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Prints the counts as a Markdown table, then the drawn links and misses. */
  public static void print(Result r, PrintWriter out) {
    ReprintReference.Settings s = r.settings();
    Band all = r.bands().get(r.bands().size() - 1);
    out.printf(
        Locale.ROOT,
        "%d articles, %d reference pairs: sharing >= %.2f of the shorter one's character"
            + " %d-grams found in <= %d articles (reference built in %.1f s)%n",
        r.articles(),
        all.pairs(),
        s.minContainment(),
        s.gram(),
        s.maxDf(),
        r.millis() / 1000.0);
    if (r.unknown() > 0)
      out.printf(
          Locale.ROOT,
          "%d articles read are not in the run's manifest (another archive?): counted as alone%n",
          r.unknown());
    out.println();
    out.println("| containment | pairs | in one family | in one story |");
    out.println("|---|---|---|---|");
    for (Band b : r.bands())
      out.printf(
          Locale.ROOT,
          "| %s | %d | %s | %s |%n",
          b.label(),
          b.pairs(),
          share(b.inFamily(), b.pairs()),
          share(b.inStory(), b.pairs()));
    if (!r.links().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%n%d family links drawn of %d (pairs of articles in one family):%n",
          r.links().size(),
          r.familyLinks());
      printLinks(r.links(), out);
    }
    if (!r.missed().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%n%d reference pairs drawn of the %d not in one family:%n",
          r.missed().size(),
          r.missedPairs());
      printLinks(r.missed(), out);
    }
    out.flush();
  }

  private static String share(int n, int of) {
    return of == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d)", (double) n / of, n);
  }

  private static void printLinks(List<Link> links, PrintWriter out) {
    int n = 0;
    for (Link l : links) {
      out.printf(
          Locale.ROOT,
          "%d. containment %.3f (%d rare grams shared; %.3f counting every gram)%n",
          ++n,
          l.measured().containment(),
          l.measured().shared(),
          l.allGrams());
      source(l.a(), l.storyA(), l.familyA(), out);
      source(l.b(), l.storyB(), l.familyB(), out);
    }
  }

  private static void source(Source s, String story, String family, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "   %s  %s  %s  %s/%s  %s%n      %s%n",
        s.id(),
        s.date(),
        s.outlet(),
        story.isEmpty() ? "alone" : story,
        family.isEmpty() ? "-" : family,
        s.title(),
        s.url());
  }
}
