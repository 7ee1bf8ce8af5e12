package org.newsmerge.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsmerge.eval.BriefEvaluation;
import org.newsmerge.eval.DetectionEvaluation;
import org.newsmerge.model.Rejected;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmerge evaluate}: the quality figures of docs/quality.md, measured anew. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Measures quality: merged briefs on multi-outlet stories, or reuse detection.",
    subcommands = {
      EvaluateCommand.Briefs.class,
      EvaluateCommand.Detection.class,
      EvaluateCommand.Pan.class,
      EvaluateCommand.DiscrepancyDetection.class,
      EvaluateCommand.Events.class,
      EvaluateCommand.Links.class,
      EvaluateCommand.Reprints.class,
      EvaluateCommand.Draw.class,
      EvaluateCommand.Generate.class,
      EvaluateCommand.Scale.class,
      EvaluateCommand.Facts.class,
      EvaluateCommand.Lead.class
    })
final class EvaluateCommand {

  private EvaluateCommand() {}

  /**
   * Runs an evaluation whose files are its inputs: each of {@code inputs} must exist, and one that
   * is missing, cannot be read or cannot be parsed is an input error (exit 1) with its path on
   * stderr, never a silent empty result nor an output error.
   */
  static int evaluating(CommandLine cli, List<Path> inputs, Callable<Integer> evaluation) {
    PrintWriter err = cli.getErr();
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        err.println("newsmerge: " + Rejected.line(p.toString(), "no such file or directory"));
        return 1;
      }
    }
    try {
      return evaluation.call();
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      err.println(ExitCodes.inputLine(e));
      return 1;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Command(
      name = "briefs",
      mixinStandardHelpOptions = true,
      description =
          "Draws multi-outlet stories from archives (articles sharing two or more sentences), "
              + "merges each, and prints coverage, redundancy, attribution, order agreement and "
              + "compression against a first-come dedup baseline, as a Markdown table.")
  static final class Briefs implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        paramLabel = "ARCHIVE",
        arity = "1..*",
        description = "Archives to draw stories from (e.g. SaudiNewsNet zips).")
    List<Path> archives;

    @Option(
        names = "--stories",
        paramLabel = "N",
        description = "Stories to evaluate. Default: ${DEFAULT-VALUE}",
        converter = OptionValues.AtLeastOne.class)
    int stories = 40;

    @Option(
        names = "--seeds",
        paramLabel = "DIR",
        description = "Also evaluate this folder as one story. Default: ${DEFAULT-VALUE}")
    Path seeds = Path.of("seeds");

    @Mixin MatchOptions match = new MatchOptions();

    @Override
    public Integer call() {
      var settings = OptionValues.settings(spec.commandLine(), match::settings);
      return evaluating(
          spec.commandLine(),
          archives,
          () -> {
            Path s = Files.isDirectory(seeds) ? seeds : null;
            BriefEvaluation.print(
                BriefEvaluation.run(archives, s, stories, settings), spec.commandLine().getOut());
            return 0;
          });
    }
  }

  @Command(
      name = "detection",
      mixinStandardHelpOptions = true,
      description =
          "Precision and recall of \"this answer reuses its source\" on the Clough-Stevenson corpus.")
  static final class Detection implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The clough-stevenson folder.")
    Path corpus;

    @Mixin MatchOptions match = new MatchOptions();

    @Override
    public Integer call() {
      var settings = OptionValues.settings(spec.commandLine(), match::settings);
      return evaluating(
          spec.commandLine(),
          List.of(corpus.resolve("file_information.csv")),
          () -> {
            DetectionEvaluation.print(
                DetectionEvaluation.answers(corpus, settings), spec.commandLine().getOut());
            return 0;
          });
    }
  }

  @Command(
      name = "pan",
      mixinStandardHelpOptions = true,
      description =
          "Aligns every pair of a PAN text-alignment corpus and scores the passages with PAN's "
              + "measures (precision, recall, granularity, plagdet; macro-averaged as PAN ranks, micro "
              + "beside) per obfuscation type and overall, as a Markdown table.")
  static final class Pan implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        paramLabel = "CORPUS",
        description = "The corpus folder (susp/, src/, one folder per obfuscation type).")
    Path corpus;

    @Option(
        names = "--sample",
        paramLabel = "N",
        description = "Pairs per type, drawn with --seed; 0 for all. Default: ${DEFAULT-VALUE}",
        converter = OptionValues.AtLeastZero.class)
    int sample = 0;

    @Option(
        names = "--seed",
        paramLabel = "S",
        description = "Random seed of the sample. Default: ${DEFAULT-VALUE}")
    long seed = 1;

    @Option(
        names = "--threads",
        paramLabel = "T",
        description = "Pairs aligned at once. Default: ${DEFAULT-VALUE}",
        converter = OptionValues.Threads.class)
    int threads = 1;

    @Option(
        names = "--detections",
        paramLabel = "DIR",
        description = "Also write the detections there as PAN XML.")
    Path detections;

    @Override
    public Integer call() {
      if (!Files.isDirectory(corpus.resolve("susp")) || !Files.isDirectory(corpus.resolve("src"))) {
        spec.commandLine()
            .getErr()
            .println(
                "newsmerge: "
                    + Rejected.line(
                        corpus.toString(), "not a PAN corpus (no susp/ and src/ folders)"));
        return 1;
      }
      if (detections != null) {
        try {
          Files.createDirectories(detections);
        } catch (java.io.IOException e) {
          spec.commandLine().getErr().println(detections + ": cannot write: " + e.getMessage());
          return 3;
        }
      }
      return evaluating(
          spec.commandLine(),
          List.of(corpus.resolve("pairs")),
          () -> {
            var result =
                org.newsmerge.eval.PanEvaluation.run(
                    corpus,
                    org.newsmerge.align.passage.AlignSettings.DEFAULT,
                    sample,
                    seed,
                    threads,
                    detections);
            org.newsmerge.eval.PanEvaluation.print(result, spec.commandLine().getOut());
            return 0;
          });
    }
  }

  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description =
          "How well stories are events, on human-rated news pairs (SemEval-2022 Task 8): the share of same-event pairs (overall <= 1.5) one batch run puts in one story, and of very different pairs (>= 3.5), beside a tuned TF-IDF cosine.")
  static final class Events implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        paramLabel = "FOLDER",
        arity = "0..1",
        description = "A folder with pairs.jsonl and articles.jsonl. Default: ${DEFAULT-VALUE}")
    Path folder = Path.of("../shared/corpora/semeval2022-train");

    @Option(
        names = "--sweep",
        description = "Also run every event threshold from 0.10 to 0.40 and print a line for each.")
    boolean sweep;

    @Option(names = "--wrong", description = "Also list the pairs the stories get wrong.")
    boolean wrong;

    @Mixin BatchOptions batch = new BatchOptions();

    @Override
    public Integer call() {
      org.newsmerge.batch.BatchSettings settings =
          OptionValues.settings(
              spec.commandLine(), () -> batch.settings(Runtime.getRuntime().availableProcessors()));
      if (!Files.isReadable(folder.resolve("pairs.jsonl"))
          || !Files.isReadable(folder.resolve("articles.jsonl"))) {
        spec.commandLine()
            .getErr()
            .println(folder + ": cannot read pairs.jsonl and articles.jsonl");
        return 1;
      }
      PrintWriter out = spec.commandLine().getOut();
      org.newsmerge.eval.EventEvaluation.Result result =
          org.newsmerge.eval.EventEvaluation.run(folder, settings);
      org.newsmerge.eval.EventEvaluation.print(result, settings, out);
      if (wrong) result.wrong().forEach(out::println);
      if (sweep) {
        for (int t = 10; t <= 40; t += 2) {
          org.newsmerge.batch.BatchSettings s =
              settings.withEvents(settings.events().withThreshold(t / 100.0));
          org.newsmerge.eval.EventEvaluation.Result r =
              org.newsmerge.eval.EventEvaluation.run(folder, s);
          out.printf(
              java.util.Locale.ROOT,
              "threshold %.2f: same %.3f, different %.3f (monolingual); same %.3f, different %.3f (cross-lingual)%n",
              t / 100.0,
              r.mono().sameRate(),
              r.mono().differentRate(),
              r.cross().sameRate(),
              r.cross().differentRate());
          out.flush();
        }
      }
      return 0;
    }
  }

  @Command(
      name = "links",
      mixinStandardHelpOptions = true,
      description =
          "How a batch run's stories treat event links judged by reading: of the links judged one event and of those judged not, how many the run keeps in one story, by the cosine they were drawn at.")
  static final class Links implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--links",
        paramLabel = "FILE",
        description = "The judged links (tab-separated, with a header). Default: ${DEFAULT-VALUE}")
    Path links = Path.of("src/test/resources/eval/event-links.tsv");

    @Parameters(
        paramLabel = "ARCHIVE",
        arity = "0..*",
        description = "The archive the links were drawn from. Default: the SaudiNewsNet dev corpus")
    List<Path> archive = List.of(Path.of("../shared/corpora/saudinewsnet-dev"));

    @Mixin BatchOptions batch = new BatchOptions();

    @Override
    public Integer call() {
      org.newsmerge.batch.BatchSettings settings =
          OptionValues.settings(
              spec.commandLine(), () -> batch.settings(Runtime.getRuntime().availableProcessors()));
      if (!Files.isReadable(links)) {
        spec.commandLine().getErr().println(links + ": cannot read the judged links");
        return 1;
      }
      for (Path p : archive) {
        if (!Files.exists(p)) {
          spec.commandLine().getErr().println(p + ": no such file or folder");
          return 1;
        }
      }
      try {
        org.newsmerge.eval.LinkEvaluation.print(
            org.newsmerge.eval.LinkEvaluation.run(links, archive, settings),
            spec.commandLine().getOut());
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return 1;
      }
      return 0;
    }
  }

  @Command(
      name = "reprints",
      mixinStandardHelpOptions = true,
      description =
          "How a batch run's families hold reprints: builds the reference (pairs of articles whose "
              + "normalised texts share >= 30%% of the shorter one's character 25-grams, counting "
              + "only 25-grams found in <= 30 articles) and prints the share of its pairs the run "
              + "keeps in one family and in one story, by containment band, with a fixed-seed "
              + "sample of the run's family links for reading.")
  static final class Reprints implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        paramLabel = "ARCHIVE",
        arity = "1..*",
        description = "The inputs the batch run read, as given to it.")
    List<Path> archives;

    @Option(
        names = "--batch",
        paramLabel = "OUT",
        required = true,
        description = "The batch run's output folder (holds manifest.json).")
    Path batch;

    @Option(
        names = "--links",
        paramLabel = "N",
        description = "Family links of the run to draw for reading. Default: ${DEFAULT-VALUE}")
    int links = 20;

    @Option(
        names = "--missed",
        paramLabel = "N",
        description =
            "Reference pairs not in one family to draw for reading. Default: ${DEFAULT-VALUE}")
    int missed = 0;

    @Option(
        names = "--seed",
        paramLabel = "S",
        description = "Seed of the draws. Default: ${DEFAULT-VALUE}")
    long seed = 1;

    @Mixin ReadOptions read = new ReadOptions();

    @Override
    public Integer call() {
      if (links < 0 || missed < 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "links (" + links + ") and missed (" + missed + ") must be >= 0");
      }
      if (!Files.isReadable(batch.resolve("manifest.json"))) {
        spec.commandLine().getErr().println(batch + ": no manifest.json");
        return 1;
      }
      for (Path p : archives) {
        if (!Files.exists(p)) {
          spec.commandLine().getErr().println(p + ": no such file or folder");
          return 1;
        }
      }
      org.newsmerge.eval.ReprintEvaluation.print(
          org.newsmerge.eval.ReprintEvaluation.run(
              archives,
              read.settings(),
              batch,
              org.newsmerge.eval.ReprintReference.DEFAULTS,
              links,
              missed,
              seed),
          spec.commandLine().getOut());
      return 0;
    }
  }

  @Command(
      name = "stories",
      mixinStandardHelpOptions = true,
      description =
          "Prints stories of a batch run's output for reading: drawn at random with a fixed seed, or the largest; each with its families and every article's date, outlet and title.")
  static final class Draw implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "OUT", description = "The output folder of a batch run.")
    Path out;

    @Option(
        names = "--count",
        paramLabel = "N",
        description = "Stories to print. Default: ${DEFAULT-VALUE}",
        converter = OptionValues.AtLeastOne.class)
    int count = 30;

    @Option(
        names = "--seed",
        paramLabel = "N",
        description = "Seed of the draw. Default: ${DEFAULT-VALUE}")
    long seed = 1;

    @Option(names = "--largest", description = "The largest stories instead of a random draw.")
    boolean largest;

    @Override
    public Integer call() {
      return evaluating(
          spec.commandLine(),
          List.of(out.resolve("manifest.json")),
          () -> {
            org.newsmerge.eval.StoryDraw.print(
                out, count, seed, largest, spec.commandLine().getOut());
            return 0;
          });
    }
  }

  @Command(
      name = "discrepancies",
      mixinStandardHelpOptions = true,
      description =
          "Precision and recall of discrepancy detection per kind (number, name, negation, "
              + "quote) on a labelled set of variant pairs, and the pairs it gets wrong.")
  static final class DiscrepancyDetection implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        paramLabel = "PAIRS",
        arity = "0..1",
        description = "The labelled pairs (JSON lines). Default: ${DEFAULT-VALUE}")
    Path pairs = Path.of("src/test/resources/eval/discrepancy-pairs.jsonl");

    @Override
    public Integer call() {
      return evaluating(
          spec.commandLine(),
          List.of(pairs),
          () -> {
            org.newsmerge.eval.DiscrepancyEvaluation.print(
                org.newsmerge.eval.DiscrepancyEvaluation.run(pairs), spec.commandLine().getOut());
            return 0;
          });
    }
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description =
          "Builds a synthetic archive for scale runs from real articles: story families printed "
              + "by invented outlets with edits, boilerplate lines, and truth.tsv recording the reuse.")
  static final class Generate implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--from",
        paramLabel = "CORPUS",
        required = true,
        description = "Real articles to start from.")
    Path from;

    @Option(
        names = "--articles",
        paramLabel = "N",
        required = true,
        description = "Articles to write.",
        converter = OptionValues.AtLeastOne.class)
    int articles;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "DIR",
        required = true,
        description = "Output folder.")
    Path output;

    @Option(
        names = "--seed",
        paramLabel = "S",
        description = "Random seed. Default: ${DEFAULT-VALUE}")
    long seed = 1;

    @Override
    public Integer call() {
      // Read whole before anything is written, so that a bad --from leaves no files behind.
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.exists(from)) {
        err.println("newsmerge: " + Rejected.line(from.toString(), "no such file or directory"));
        return 1;
      }
      org.newsmerge.eval.ArchiveGenerator generator;
      try {
        generator = org.newsmerge.eval.ArchiveGenerator.from(from, seed);
      } catch (IllegalArgumentException e) {
        err.println("newsmerge: " + e.getMessage());
        return 1;
      }
      int families = generator.write(articles, output);
      spec.commandLine()
          .getErr()
          .printf(
              java.util.Locale.ROOT,
              "%d articles in %d families written to %s%n",
              articles,
              families,
              output);
      return 0;
    }
  }

  @Command(
      name = "scale",
      mixinStandardHelpOptions = true,
      description =
          "Pair precision and recall of a batch run's stories against a generated archive's truth.tsv.")
  static final class Scale implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "ARCHIVE",
        description = "The generated archive (holds truth.tsv).")
    Path archive;

    @Parameters(
        index = "1",
        paramLabel = "OUTPUT",
        description = "The batch run's output folder (holds manifest.json).")
    Path output;

    @Override
    public Integer call() {
      // Read, not written: a missing file is the run's or the archive's, said as such.
      for (Path needed : List.of(output.resolve("manifest.json"), archive.resolve("truth.tsv"))) {
        if (!Files.isReadable(needed)) {
          spec.commandLine().getErr().println(needed + ": not found or not readable");
          return 1;
        }
      }
      var r = org.newsmerge.eval.ScaleEvaluation.evaluate(archive, output);
      spec.commandLine()
          .getOut()
          .printf(
              java.util.Locale.ROOT,
              "%d articles: %d true pairs, %d predicted, %d correct: precision %.4f, recall %.4f%n",
              r.articles(),
              r.truePairs(),
              r.predictedPairs(),
              r.correctPairs(),
              r.precision(),
              r.recall());
      return 0;
    }
  }

  @Command(
      name = "facts",
      mixinStandardHelpOptions = true,
      description =
          "Precision and recall of facts linked in other words, on sentence pairs of dev stories labelled by reading; --all lists every pair with its cosine and containment.")
  static final class Facts implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        paramLabel = "PAIRS",
        arity = "0..1",
        description = "The labelled pairs (JSON lines). Default: ${DEFAULT-VALUE}")
    Path pairs = Path.of("src/test/resources/eval/fact-pairs.jsonl");

    @Option(
        names = "--stories",
        paramLabel = "FILE",
        description = "The stories' articles by archive path and index. Default: ${DEFAULT-VALUE}")
    Path stories = Path.of("src/test/resources/eval/fact-stories.json");

    @Option(names = "--all", description = "List every pair, not only those judged wrong.")
    boolean all;

    @Override
    public Integer call() {
      return evaluating(
          spec.commandLine(),
          List.of(pairs, stories),
          () -> {
            org.newsmerge.eval.FactEvaluation.print(
                org.newsmerge.eval.FactEvaluation.run(pairs, stories),
                all,
                spec.commandLine().getOut());
            return 0;
          });
    }
  }

  @Command(
      name = "lead",
      mixinStandardHelpOptions = true,
      description =
          "The fact score of each brief's lead on stories whose facts were written down by reading (pyramids), beside three baselines at the same word count, and its redundant pairs.")
  static final class Lead implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        paramLabel = "PYRAMIDS",
        arity = "0..1",
        description = "A folder of pyramids (JSON). Default: ${DEFAULT-VALUE}")
    Path pyramids = Path.of("src/test/resources/eval/pyramids");

    @Option(
        names = "--lead",
        paramLabel = "N",
        description = "Most sentences of the lead. Default: ${DEFAULT-VALUE}",
        converter = OptionValues.AtLeastOne.class)
    int lead = org.newsmerge.render.Presentation.DEFAULT_LEAD;

    @Override
    public Integer call() {
      return evaluating(
          spec.commandLine(),
          List.of(pyramids),
          () -> {
            org.newsmerge.eval.LeadEvaluation.print(
                org.newsmerge.eval.LeadEvaluation.run(pyramids, lead), spec.commandLine().getOut());
            return 0;
          });
    }
  }
}
