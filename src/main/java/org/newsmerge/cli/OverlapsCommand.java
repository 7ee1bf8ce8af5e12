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
    List<String[]> wanted = null;
    if (pairs != null) {
      try {
        wanted = new ArrayList<>();
        for (String line : Files.readAllLines(pairs, StandardCharsets.UTF_8)) {
          String[] f = line.trim().split("\\s+");
          if (f.length == 2) wanted.add(f);
        }
      } catch (IOException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), pairs + ": cannot read: " + e.getMessage());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    Corpus corpus = ArticleReader.read(options.inputs, read);
    Problems.print(corpus.rejected(), corpus.articles(), err);
    err.flush();
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      err.println(output + ": cannot write: " + e.getMessage());
      err.flush();
      return 3;
    }
    Map<String, Article> byName = new LinkedHashMap<>();
    for (Article a : corpus.articles()) byName.putIfAbsent(fileName(a), a);
    List<Article[]> todo = new ArrayList<>();
    if (wanted == null) {
      List<Article> all = corpus.articles();
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) todo.add(new Article[] {all.get(i), all.get(j)});
      }
    } else {
      for (String[] w : wanted) {
        Article a = byName.get(w[0]);
        Article b = byName.get(w[1]);
        if (a == null || b == null) {
          err.println(
              pairs
                  + ": pair "
                  + w[0]
                  + " "
                  + w[1]
                  + ": "
                  + (a == null ? w[0] : w[1])
                  + " not read");
        } else {
          todo.add(new Article[] {a, b});
        }
      }
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
        err.println(file + ": cannot write: " + e.getMessage());
        err.flush();
        return 3;
      }
    }
    err.flush();
    return corpus.rejected().isEmpty() ? 0 : 1;
  }

  private static String fileName(Article a) {
    String p = a.path();
    int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return p.substring(slash + 1);
  }
}
