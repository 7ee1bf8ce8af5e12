package org.newsmerge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.align.passage.AlignSettings;
import org.newsmerge.align.passage.TextAligner;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.ingest.ReadSettings;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Rejected;
import org.newsmerge.pipeline.Pipeline;
import org.newsmerge.render.OverlapJson;
import org.newsmerge.render.OverlapReport;
import org.newsmerge.render.PanXml;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmerge overlaps}: which articles share which passages. */
@Command(
    name = "overlaps",
    mixinStandardHelpOptions = true,
    description =
        "Finds passages that articles share with each other or repeat within themselves: "
            + "near-identical sentences (duplicate) and long shared fragments (partial), each with "
            + "its spans, measured similarity and the words that differ.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK,
      ExitCodes.REJECTED,
      ExitCodes.USAGE,
      ExitCodes.OUTPUT,
      ExitCodes.INTERNAL
    })
final class OverlapsCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin OverlapOptions options = new OverlapOptions();

  @Option(names = "--json", description = "Print one JSON document instead of the report.")
  boolean json;

  /** Output formats of the overlaps. */
  enum Format {
    text,
    json,
    pan
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (the report), json, or pan: character-precise passages of every pair of "
              + "articles (the first of each pair as the suspicious document) as PAN detection XML, "
              + "one file per pair in the --output folder. Default: text")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Folder for --format pan.")
  Path output;

  @Option(
      names = "--pairs",
      paramLabel = "FILE",
      description =
          "With --format pan: only these pairs, one 'suspicious source' pair of file names a "
              + "line (PAN's pairs file).")
  Path pairs;

  @Override
  public Integer call() {
    OverlapSettings settings;
    ReadSettings read;
    try {
      settings = options.match.settings();
      read = options.read.settings();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (format == Format.pan) return pan(read);
    if (output != null || pairs != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--output and --pairs need --format pan");
    }
    Analysis analysis = Pipeline.analyse(options.inputs, read, settings);
    PrintWriter err = spec.commandLine().getErr();
    Problems.print(analysis.rejected(), analysis.articles(), err);
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    if (json || format == Format.json) OverlapJson.write(analysis, out);
    else OverlapReport.write(analysis, out);
    out.flush();
    return analysis.rejected().isEmpty() ? 0 : 1;
  }

  /** Passages of every pair of articles (or of the listed pairs) as PAN XML files. */
  private int pan(ReadSettings read) {
    if (output == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format pan needs --output DIR");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<String[]> wanted = null;
    boolean complete = true;
    if (pairs != null) {
      wanted = new ArrayList<>();
      complete = readPairs(wanted, err);
      if (wanted.isEmpty() && !complete) return 1;
    }
    Corpus corpus = ArticleReader.read(options.inputs, read.withSkipped(output));
    Problems.print(corpus.rejected(), corpus.articles(), err);
    err.flush();
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      err.println(ExitCodes.line(e));
      err.flush();
      return 3;
    }
    List<Article[]> todo = new ArrayList<>();
    if (wanted == null) {
      List<Article> all = corpus.articles();
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) todo.add(new Article[] {all.get(i), all.get(j)});
      }
    } else {
      complete &= pairsRead(corpus, wanted, todo, err);
    }
    TextAligner aligner = new TextAligner(AlignSettings.DEFAULT);
    for (Article[] p : todo) {
      String x = fileName(p[0]);
      String y = fileName(p[1]);
      Path file = output.resolve(PanXml.fileName(x, y));
      try {
        Files.writeString(
            file,
            PanXml.document(
                x, p[0].text(), y, p[1].text(), aligner.align(p[0].text(), p[1].text())),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(ExitCodes.line(e));
        err.flush();
        return 3;
      }
    }
    err.flush();
    return corpus.rejected().isEmpty() && complete ? 0 : 1;
  }

  /** Longest file name a message about a pairs file shows, in code points. */
  private static final int SHOWN_NAME = 80;

  /**
   * Reads {@link #pairs} into {@code wanted}; says on {@code err} why a line or the file could not
   * be read, and returns whether every line was a pair.
   */
  private boolean readPairs(List<String[]> wanted, PrintWriter err) {
    List<String> lines;
    try {
      lines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      err.println("newsmerge: " + Rejected.line(pairs.toString(), "not UTF-8 text"));
      return false;
    } catch (IOException e) {
      err.println(ExitCodes.inputLine(e));
      return false;
    }
    boolean complete = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) continue;
      String[] f = line.split("\\s+");
      if (f.length == 2) {
        wanted.add(f);
      } else {
        err.println(
            Rejected.line(
                pairs + ":" + (i + 1),
                "not a pair of file names (" + f.length + " fields): " + shown(line)));
        complete = false;
      }
    }
    return complete;
  }

  /**
   * Adds to {@code todo} the pairs of {@code wanted} whose articles were read; names on {@code err}
   * each pair with a name no article has, and returns whether every pair was found.
   */
  private boolean pairsRead(
      Corpus corpus, List<String[]> wanted, List<Article[]> todo, PrintWriter err) {
    Map<String, Article> byName = new LinkedHashMap<>();
    for (Article a : corpus.articles()) byName.putIfAbsent(fileName(a), a);
    boolean complete = true;
    for (String[] w : wanted) {
      Article a = byName.get(w[0]);
      Article b = byName.get(w[1]);
      if (a == null || b == null) {
        String missing = shown(a == null ? w[0] : w[1]);
        err.println(Rejected.line(pairs.toString(), "no article read is named " + missing));
        complete = false;
      } else {
        todo.add(new Article[] {a, b});
      }
    }
    return complete;
  }

  /** {@code text} as a message shows it: cut to {@link #SHOWN_NAME} code points. */
  private static String shown(String text) {
    return text.codePointCount(0, text.length()) <= SHOWN_NAME
        ? text
        : text.substring(0, text.offsetByCodePoints(0, SHOWN_NAME)) + "…";
  }

  private static String fileName(Article a) {
    String p = a.path();
    int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return p.substring(slash + 1);
  }
}
