package org.newsmerge.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Sentence;
import org.newsmerge.model.SentenceMatch;
import org.newsmerge.pipeline.Pipeline;

/**
 * Pair-level detection on the Clough-Stevenson corpus: an answer is predicted to reuse its
 * Wikipedia source when the overlap finder finds at least {@code minShare} of the answer's
 * sentences in the source. {@code cut} and {@code light} answers are reuse, {@code non} are not;
 * {@code heavy} answers are reported apart.
 */
public final class DetectionEvaluation {

  /** One answer: its category and the share of its sentences found in its source. */
  public record Answer(String file, String category, double share) {}

  /** Precision, recall and F1 of "reuses its source", and the share of heavy answers flagged. */
  public record Scores(
      double minShare,
      double precision,
      double recall,
      double f1,
      double heavyFlagged,
      int answers) {}

  private DetectionEvaluation() {}

  public static List<Answer> answers(Path corpus, OverlapSettings settings) {
    List<String> lines;
    Path utf8;
    try {
      lines = Files.readAllLines(corpus.resolve("file_information.csv"), StandardCharsets.UTF_8);
      utf8 = Files.createTempDirectory("clough-stevenson-utf8");
      try (var files = Files.list(corpus)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          Files.writeString(
              utf8.resolve(f.getFileName()), decode(Files.readAllBytes(f)), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return answers(utf8, lines, settings);
    } finally {
      try (var files = Files.list(utf8)) {
        for (Path f : files.toList()) Files.delete(f);
        Files.delete(utf8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** UTF-8 if the bytes are valid UTF-8, else Windows-1252. */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }

  private static List<Answer> answers(Path corpus, List<String> lines, OverlapSettings settings) {
    List<Answer> answers = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      if (f.length < 3 || f[2].equals("orig")) continue;
      Path answer = corpus.resolve(f[0]);
      Path source = corpus.resolve("orig_task" + f[1] + ".txt");
      Corpus pair = ArticleReader.read(List.of(source, answer));
      if (pair.articles().size() != 2) {
        throw new IllegalStateException(f[0] + ": not read: " + pair.rejected());
      }
      Analysis analysis = Pipeline.analyse(pair, settings);
      Article answerArticle =
          analysis.articles().stream()
              .filter(a -> a.path().endsWith(f[0]))
              .findFirst()
              .orElseThrow();
      int idx = analysis.articles().indexOf(answerArticle);
      List<Sentence> own = analysis.sentences().get(idx);
      Set<Integer> found = new HashSet<>();
      for (SentenceMatch m : analysis.overlaps().matches()) {
        if (m.withinArticle()) continue;
        if (m.a().articleId().equals(answerArticle.id())) found.add(m.a().index());
        if (m.b().articleId().equals(answerArticle.id())) found.add(m.b().index());
      }
      answers.add(new Answer(f[0], f[2], own.isEmpty() ? 0 : (double) found.size() / own.size()));
    }
    return answers;
  }

  public static Scores score(List<Answer> answers, double minShare) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int heavy = 0;
    int heavyFlagged = 0;
    for (Answer a : answers) {
      boolean flagged = a.share() >= minShare && a.share() > 0;
      switch (a.category()) {
        case "cut", "light" -> {
          if (flagged) tp++;
          else fn++;
        }
        case "non" -> {
          if (flagged) fp++;
        }
        case "heavy" -> {
          heavy++;
          if (flagged) heavyFlagged++;
        }
        default -> {}
      }
    }
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    return new Scores(
        minShare,
        p,
        r,
        p + r == 0 ? 0 : 2 * p * r / (p + r),
        heavy == 0 ? 0 : (double) heavyFlagged / heavy,
        answers.size());
  }

  public static void print(List<Answer> answers, PrintWriter out) {
    out.println("| rule | precision | recall | F1 | heavy answers flagged |");
    out.println("|---|---|---|---|---|");
    for (double share : new double[] {0.0, 0.2, 0.4}) {
      Scores s = score(answers, share);
      out.printf(
          Locale.ROOT,
          "| %s | %.3f | %.3f | %.3f | %.3f |%n",
          share == 0
              ? "any sentence found in the source"
              : String.format(Locale.ROOT, ">= %.0f%% of sentences found", share * 100),
          s.precision(),
          s.recall(),
          s.f1(),
          s.heavyFlagged());
    }
    out.flush();
  }
}
