package org.newsmerge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.batch.LocalFolder;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.ingest.ReadSettings;
import org.newsmerge.merge.Brief;
import org.newsmerge.model.Corpus;
import org.newsmerge.pipeline.Pipeline;
import org.newsmerge.render.BriefFormat;
import org.newsmerge.render.Presentation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsmerge merge}: one attributed brief from the articles of one story. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description =
        "Merges the articles of one story into one brief: every sentence is a real source "
            + "sentence, said once, in the order the sources agree on, followed by all the sources "
            + "that carried it; other wordings and discrepancies are shown.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK,
      ExitCodes.REJECTED,
      ExitCodes.USAGE,
      ExitCodes.OUTPUT,
      ExitCodes.INTERNAL
    })
final class MergeCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin OverlapOptions options = new OverlapOptions();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Folder for brief.md, brief.html and brief.json. Default: ${DEFAULT-VALUE}")
  Path output = Path.of("out");

  @Mixin FormatOptions format = new FormatOptions();

  @Override
  public Integer call() {
    OverlapSettings settings;
    ReadSettings read;
    Set<BriefFormat> formats;
    Presentation presentation;
    try {
      settings = options.match.settings();
      read = options.read.settings();
      formats = format.formats();
      presentation = new Presentation(format.lang(), "", format.lead);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    // Before any work: a run that cannot write its output should say so at once.
    LocalFolder.check(output);
    // The output is never read back, even where it lies inside an input folder.
    Corpus corpus = ArticleReader.read(options.inputs, read.withSkipped(output));
    PrintWriter err = spec.commandLine().getErr();
    Problems.print(corpus.rejected(), corpus.articles(), err);
    if (corpus.articles().isEmpty()) {
      err.println("newsmerge: no article could be read; nothing written");
      err.flush();
      return 1;
    }
    Brief brief = Pipeline.brief(corpus, settings);
    BriefFormat.writeAll(brief, output, formats, presentation);
    err.println(brief.summary() + " Wrote " + output + ".");
    err.flush();
    return corpus.rejected().isEmpty() ? 0 : 1;
  }
}
