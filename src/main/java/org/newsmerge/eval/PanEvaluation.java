package org.newsmerge.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsmerge.align.passage.AlignSettings;
import org.newsmerge.align.passage.TextAligner;
import org.newsmerge.align.passage.TextPassage;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.model.Corpus;
import org.newsmerge.render.PanXml;

/**
 * Text alignment scored with PAN's measures on a PAN corpus: every pair of every obfuscation type
 * (or a sample drawn with a fixed seed) aligned by the {@link TextAligner}, its detections scored
 * against the truth per type and over all types together. Documents are read as {@code overlaps}
 * reads them, so a file with a stray NUL is text with a warning.
 */
public final class PanEvaluation {

  /** Scores of one type (or of all, as {@code overall}) over {@code pairs} pairs. */
  public record Row(String type, int pairs, PanMeasures.Scores scores) {}

  /** All rows, the overall one last, with the time the alignment took and reading warnings. */
  public record Result(List<Row> rows, long millis, List<String> warnings) {}

  private PanEvaluation() {}

  /**
   * Aligns and scores. {@code sample} pairs per type (all when 0 or more than there are) drawn with
   * {@code seed}; detections written as PAN XML to {@code detections} when it is not null.
   */
  public static Result run(
      Path root, AlignSettings settings, int sample, long seed, int threads, Path detections) {
    PanCorpus corpus = new PanCorpus(root);
    PairAligner aligner = new PairAligner(corpus, new TextAligner(settings), detections);
    List<String> types = corpus.types();
    List<PanCorpus.Pair> pairs = new ArrayList<>();
    for (String type : types) pairs.addAll(sample(corpus.pairs(type), sample, seed));
    long t0 = System.nanoTime();
    List<Scored> scored = alignAll(pairs, aligner, threads);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(aligner.warnings));
    return new Result(rows(types, scored), millis, sorted);
  }

  /**
   * {@code sample} of a type's pairs drawn with {@code seed}, in file order; all when 0 or more.
   */
  private static List<PanCorpus.Pair> sample(List<PanCorpus.Pair> pairs, int sample, long seed) {
    List<PanCorpus.Pair> all = new ArrayList<>(pairs);
    if (sample > 0 && sample < all.size()) {
      Collections.shuffle(all, new Random(seed));
      all = new ArrayList<>(all.subList(0, sample));
      all.sort(
          java.util.Comparator.comparing(PanCorpus.Pair::suspicious)
              .thenComparing(PanCorpus.Pair::source));
    }
    return all;
  }

  /** Every pair aligned and scored on {@code threads} threads, in the order of {@code pairs}. */
  private static List<Scored> alignAll(
      List<PanCorpus.Pair> pairs, PairAligner aligner, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<Future<Scored>> futures = new ArrayList<>();
    for (PanCorpus.Pair p : pairs) futures.add(pool.submit(() -> aligner.align(p)));
    List<Scored> scored = new ArrayList<>();
    try {
      for (Future<Scored> f : futures) scored.add(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return scored;
  }

  /** A row per type, then the overall row over all the pairs. */
  private static List<Row> rows(List<String> types, List<Scored> scored) {
    List<Row> rows = new ArrayList<>();
    List<PanMeasures.Span> allCases = new ArrayList<>();
    List<PanMeasures.Span> allDetections = new ArrayList<>();
    for (String type : types) {
      List<PanMeasures.Span> cases = new ArrayList<>();
      List<PanMeasures.Span> det = new ArrayList<>();
      int n = 0;
      for (Scored s : scored) {
        if (!s.pair().type().equals(type)) continue;
        n++;
        cases.addAll(s.cases());
        det.addAll(s.detections());
      }
      rows.add(new Row(type, n, PanMeasures.score(cases, det)));
      allCases.addAll(cases);
      allDetections.addAll(det);
    }
    rows.add(new Row("overall", scored.size(), PanMeasures.score(allCases, allDetections)));
    return rows;
  }

  private record Scored(
      PanCorpus.Pair pair, List<PanMeasures.Span> cases, List<PanMeasures.Span> detections) {}

  /**
   * Aligns pairs of the corpus, from several threads at once: each document read once, its reading
   * warnings kept, the detections written as PAN XML when {@code detections} is a folder.
   */
  private static final class PairAligner {
    private final PanCorpus corpus;
    private final TextAligner aligner;
    private final Path detections;
    private final Map<Path, String> texts = new ConcurrentHashMap<>();
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    PairAligner(PanCorpus corpus, TextAligner aligner, Path detections) {
      this.corpus = corpus;
      this.aligner = aligner;
      this.detections = detections;
    }

    /** A pair's cases (the truth) and detections, as spans of UTF-16 offsets. */
    Scored align(PanCorpus.Pair p) throws IOException {
      String susp = text(corpus.suspicious(p.suspicious()), texts, warnings);
      String src = text(corpus.source(p.source()), texts, warnings);
      // A document rejected on reading (binary data) is aligned as an empty text: the
      // pair's cases count as missed, and the rejection is reported.
      List<TextPassage> found =
          susp.isEmpty() || src.isEmpty() ? List.of() : aligner.align(susp, src);
      if (detections != null) {
        Files.writeString(
            detections.resolve(PanXml.fileName(p.suspicious(), p.source())),
            PanXml.document(p.suspicious(), susp, p.source(), src, found),
            StandardCharsets.UTF_8);
      }
      List<PanMeasures.Span> cases = new ArrayList<>();
      for (PanCorpus.Feature f : corpus.cases(p)) cases.add(span(p, f, susp, src));
      List<PanMeasures.Span> det = new ArrayList<>();
      for (TextPassage d : found) {
        det.add(
            new PanMeasures.Span(
                p.suspicious(),
                p.source(),
                d.thisStart(),
                d.thisEnd(),
                d.sourceStart(),
                d.sourceEnd()));
      }
      return new Scored(p, cases, det);
    }
  }

  private static PanMeasures.Span span(
      PanCorpus.Pair p, PanCorpus.Feature f, String susp, String src) {
    int ts = utf16(susp, 0, f.thisOffset());
    int te = utf16(susp, ts, f.thisLength());
    int ss = utf16(src, 0, f.sourceOffset());
    int se = utf16(src, ss, f.sourceLength());
    return new PanMeasures.Span(p.suspicious(), p.source(), ts, te, ss, se);
  }

  /**
   * The UTF-16 offset {@code codePoints} code points after {@code from}; past the end of the text
   * (a rejected document reads as empty) code points count as one char each.
   */
  private static int utf16(String text, int from, int codePoints) {
    int available = text.codePointCount(Math.min(from, text.length()), text.length());
    if (from > text.length() || codePoints > available) return from + codePoints;
    return text.offsetByCodePoints(from, codePoints);
  }

  private static String text(Path file, Map<Path, String> cache, List<String> warnings) {
    return cache.computeIfAbsent(
        file,
        f -> {
          Corpus c = ArticleReader.read(List.of(f));
          if (!c.rejected().isEmpty()) {
            warnings.add(c.rejected().get(0).message());
            return "";
          }
          var a = c.articles().get(0);
          if (!a.repairs().isEmpty()) warnings.add(f + ": " + a.repairs());
          return a.text();
        });
  }

  /** The result as a Markdown table: macro measures as PAN ranks, micro beside them. */
  public static void print(Result r, PrintWriter out) {
    out.println(
        "| type | pairs | cases | detections | precision | recall | granularity | plagdet"
            + " | micro precision | micro recall | micro plagdet |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Row row : r.rows()) {
      PanMeasures.Scores s = row.scores();
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %s | %s | %.4f | %s | %s | %s | %s |%n",
          row.type(),
          row.pairs(),
          s.cases(),
          s.detections(),
          f(s.precision()),
          f(s.recall()),
          s.granularity(),
          s.cases() == 0 ? "-" : f(s.plagdet()),
          f(s.microPrecision()),
          f(s.microRecall()),
          s.cases() == 0 ? "-" : f(s.microPlagdet()));
    }
    out.printf(
        Locale.ROOT,
        "%nAligned %d pairs in %.1f s%n",
        r.rows().get(r.rows().size() - 1).pairs(),
        r.millis() / 1000.0);
    long repaired = r.warnings().stream().filter(w -> w.contains("replaced")).count();
    if (repaired > 0) {
      out.printf(
          Locale.ROOT,
          "%d documents read with control characters (NUL ...) replaced by spaces%n",
          repaired);
    }
    for (String w : r.warnings()) if (!w.contains("replaced")) out.println("warning: " + w);
    out.flush();
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
  }
}
