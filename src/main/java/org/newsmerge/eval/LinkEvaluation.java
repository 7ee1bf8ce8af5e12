package org.newsmerge.eval;

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
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import org.newsmerge.batch.Progress;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Story;

/**
 * How a batch run's stories treat event links judged by reading ({@code
 * src/test/resources/eval/event-links.tsv}): for each link, whether the run puts its two articles
 * (named by their URLs) in one story; counted by the link's judgement and by the band of cosines it
 * was drawn at. The links were drawn from the joins of one version, so that version keeps them all
 * together; another grouping rule shows, on the same judged links, how many wrong ones it parts and
 * how many right ones it loses.
 */
public final class LinkEvaluation {

  /** Upper ends of the cosine bands links are counted in (the last takes the rest). */
  private static final double[] BANDS = {0.20, 0.25, 0.30, 0.40};

  /** URLs missing from the archive that are printed; the rest are counted. */
  private static final int MISSING_SHOWN = 10;

  private LinkEvaluation() {}

  /** One judged link: the cosine it was drawn at, the judgement, the two articles' URLs. */
  record Link(double cosine, String judged, String urlA, String urlB) {}

  /** Links of one band and judgement, and how many of them one story holds. */
  public record Count(int links, int together) {}

  /**
   * What one run measured: per band (its upper end), the links judged {@code yes}, {@code no} and
   * {@code unclear}, and the URLs the archive lacks.
   */
  public record Result(
      List<String> bands, List<Map<String, Count>> counts, List<String> missing, int stories) {}

  /** Runs the grouping of {@code settings} over {@code archive} and counts the judged links. */
  public static Result run(Path labels, List<Path> archive, BatchSettings settings) {
    List<Link> links = links(labels);
    Map<String, String> idOfUrl = new HashMap<>();
    ArticleReader.read(
        archive,
        settings.read(),
        a -> {
          if (!a.url().isEmpty()) idOfUrl.putIfAbsent(a.url(), a.id());
        },
        r -> {});
    BatchRun.Plan plan = new BatchRun(settings, Progress.NONE).plan(archive);
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : plan.stories()) for (ArticleRef a : s.articles()) storyOf.put(a.id(), s.id());
    List<String> bands = new ArrayList<>();
    List<Map<String, Count>> counts = new ArrayList<>();
    for (int b = 0; b <= BANDS.length; b++) {
      bands.add(
          b == 0
              ? String.format(Locale.ROOT, "< %.2f", BANDS[0])
              : b == BANDS.length
                  ? String.format(Locale.ROOT, ">= %.2f", BANDS[b - 1])
                  : String.format(Locale.ROOT, "%.2f-%.2f", BANDS[b - 1], BANDS[b]));
      counts.add(new java.util.TreeMap<>());
    }
    List<String> missing = new ArrayList<>();
    for (Link l : links) {
      String a = idOfUrl.get(l.urlA());
      String b = idOfUrl.get(l.urlB());
      if (a == null) missing.add(l.urlA());
      if (b == null) missing.add(l.urlB());
      if (a == null || b == null) continue;
      String story = storyOf.get(a);
      boolean inOne = story != null && story.equals(storyOf.get(b));
      counts
          .get(band(l.cosine()))
          .merge(l.judged(), new Count(1, inOne ? 1 : 0), LinkEvaluation::sum);
    }
    return new Result(bands, counts, missing, plan.stories().size());
  }

  private static Count sum(Count x, Count y) {
    return new Count(x.links() + y.links(), x.together() + y.together());
  }

  private static int band(double cosine) {
    int b = 0;
    while (b < BANDS.length && cosine >= BANDS[b]) b++;
    return b;
  }

  /** The judged links of a tab-separated file with a header naming its columns. */
  static List<Link> links(Path labels) {
    List<String> lines;
    try {
      lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.isEmpty()) throw new IllegalArgumentException(labels + ": empty");
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int cosine = column(header, "cosine", labels);
    int judged = column(header, "one_event", labels);
    int urlA = column(header, "url_a", labels);
    int urlB = column(header, "url_b", labels);
    List<Link> links = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      String[] f = lines.get(i).split("\t", -1);
      if (f.length < header.size()) {
        throw new IllegalArgumentException(
            labels + ": line " + (i + 1) + " has " + f.length + " columns, not " + header.size());
      }
      try {
        links.add(new Link(Double.parseDouble(f[cosine]), f[judged], f[urlA], f[urlB]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            labels + ": line " + (i + 1) + ": cosine '" + f[cosine] + "' is not a number");
      }
    }
    return links;
  }

  private static int column(List<String> header, String name, Path labels) {
    int i = header.indexOf(name);
    if (i < 0) throw new IllegalArgumentException(labels + ": no column '" + name + "'");
    return i;
  }

  /** Prints the counts as a Markdown table, then the URLs the archive lacks. */
  public static void print(Result r, PrintWriter out) {
    out.println(
        "| cosine drawn at | judged one event: in one story | judged not: in one story | unclear: in one story |");
    out.println("|---|---|---|---|");
    Map<String, Count> total = new HashMap<>();
    for (int b = 0; b < r.bands().size(); b++) {
      Map<String, Count> c = r.counts().get(b);
      c.forEach((k, v) -> total.merge(k, v, LinkEvaluation::sum));
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s |%n",
          r.bands().get(b),
          cell(c.get("yes")),
          cell(c.get("no")),
          cell(c.get("unclear")));
    }
    out.printf(
        Locale.ROOT,
        "| all | %s | %s | %s |%n",
        cell(total.get("yes")),
        cell(total.get("no")),
        cell(total.get("unclear")));
    Count yes = total.getOrDefault("yes", new Count(0, 0));
    Count no = total.getOrDefault("no", new Count(0, 0));
    int kept = yes.together() + no.together();
    out.printf(
        Locale.ROOT,
        "%d stories; of the judged links kept in one story, %d of %d are one event (%s)%n",
        r.stories(),
        yes.together(),
        kept,
        kept == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) yes.together() / kept));
    // An archive other than the links' own lacks most of them: the first few say which.
    r.missing().stream()
        .limit(MISSING_SHOWN)
        .forEach(url -> out.println("not in the archive: " + url));
    if (r.missing().size() > MISSING_SHOWN)
      out.printf(
          Locale.ROOT, "... and %d more not in the archive%n", r.missing().size() - MISSING_SHOWN);
    out.flush();
  }

  private static String cell(Count c) {
    return c == null ? "0 of 0" : c.together() + " of " + c.links();
  }
}
