package org.newsmerge.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import org.newsmerge.event.EventSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that shape a batch run's stories and briefs, and the report of a run, shared by
 * {@code newsmerge batch} and the Spark job so that the same options give the same output.
 */
public final class BatchOptions {

  @Option(
      names = "--group-by",
      paramLabel = "HOW",
      description =
          "event: one story per event, its families of articles that share passages inside; reuse: one story per such family; folder: one story per folder. Default: ${DEFAULT-VALUE}")
  String groupBy = "event";

  @Option(
      names = "--event-threshold",
      paramLabel = "COS",
      description =
          "Cosine of term vectors two families (and, as they grow, two events) need to be one event. Default: ${DEFAULT-VALUE}")
  double eventThreshold = EventSettings.DEFAULT.threshold();

  @Option(
      names = "--event-window",
      paramLabel = "Nd",
      description =
          "Most days between two dated families of one event, 0d to "
              + OptionValues.MAX_DAYS
              + "d; none for no limit. Default: ${DEFAULT-VALUE}d",
      converter = OptionValues.DaysOrNone.class)
  int eventWindow = EventSettings.DEFAULT.windowDays();

  @Option(
      names = "--max-event",
      paramLabel = "N",
      description = "Most articles an event gathers by its terms. Default: ${DEFAULT-VALUE}",
      converter = OptionValues.AtLeastTwo.class)
  int maxEvent = EventSettings.DEFAULT.maxArticles();

  @Option(
      names = "--site-repeats",
      paramLabel = "N",
      description =
          "A sentence one site repeats in this many of its own articles is its furniture: it stays out of the briefs, and, by sentences, links nothing; by passages, text only that site prints, in this many of its texts on as many days, links nothing. Default: ${DEFAULT-VALUE}",
      converter = OptionValues.AtLeastTwo.class)
  int siteRepeats = EventSettings.DEFAULT.siteMin();

  @Option(
      names = "--window",
      paramLabel = "Nd",
      description =
          "Link only articles at most N days apart (0d to "
              + OptionValues.MAX_DAYS
              + "d), where dates are known.",
      converter = OptionValues.Days.class)
  Integer window;

  @Option(
      names = "--families",
      paramLabel = "HOW",
      description =
          "passages: articles sharing a long passage rare in the archive, up to 31 days apart, two families joined only where most pairs across them are reprints; sentences (the earlier rule): articles sharing sentences that are neither boilerplate, site furniture nor formulas, chained. Default: ${DEFAULT-VALUE}")
  String families = "passages";

  @Option(
      names = "--max-df",
      paramLabel = "N",
      description =
          "A sentence found in more articles than this is boilerplate and links nothing. Default: ${DEFAULT-VALUE}",
      converter = OptionValues.AtLeastTwo.class)
  int maxDf = 30;

  @Option(
      names = "--min-shared",
      paramLabel = "N",
      description = "Shared sentences that link two articles. Default: ${DEFAULT-VALUE}",
      converter = OptionValues.AtLeastOne.class)
  int minShared = 2;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Every rejected input and every warning on a line of its own; without it, each reason"
              + " of rejection shows a few inputs and warnings are counted by kind (the manifest"
              + " lists all).")
  boolean verbose;

  @Mixin MatchOptions match = new MatchOptions();

  @Mixin FormatOptions format = new FormatOptions();

  @Mixin ReadOptions read = new ReadOptions();

  /** The settings these options give; throws IllegalArgumentException naming a bad value. */
  public BatchSettings settings(int threads) {
    BatchSettings d = BatchSettings.defaults(threads);
    return d.withOptions(match.settings(), maxDf, minShared, format.formats())
        .withGroupBy(groupBy(groupBy))
        .withWindow(window == null ? null : Duration.ofDays(window))
        .withLang(format.lang())
        .withLead(format.lead)
        .withFamilies(families(families))
        .withRead(read.settings())
        .withEvents(new EventSettings(eventThreshold, eventWindow, maxEvent, siteRepeats));
  }

  private static BatchSettings.Families families(String how) {
    return switch (how.trim().toLowerCase(Locale.ROOT)) {
      case "sentences" -> BatchSettings.Families.SENTENCES;
      case "passages" -> BatchSettings.Families.PASSAGES;
      default ->
          throw new IllegalArgumentException(
              "families '" + how + "' must be sentences or passages");
    };
  }

  private static final String FIRST_COME_WHY =
      "more than " + org.newsmerge.merge.Brief.FIRST_COME_LIMIT + " sentences each";

  /**
   * Prints what a batch run did: its rejected inputs and warnings (summarised unless {@code
   * --verbose}; see {@link Problems#summarise}), the counts, and the time of each stage. {@code
   * index} is the index written, beside the manifest, or null when nothing was.
   */
  public void report(BatchRun.Summary s, String index, PrintWriter err) {
    String manifest = index == null ? null : sibling(index, "manifest.json");
    if (manifest == null) {
      Problems.printRefs(s.rejectedInputs(), s.repaired(), err);
    } else {
      Problems.summarise(s.rejectedInputs(), s.repaired(), verbose, manifest, err);
    }
    if (index == null) {
      err.println("newsmerge: no article could be read; nothing written");
      err.flush();
      return;
    }
    long total = s.stageMillis().values().stream().mapToLong(Long::longValue).sum();
    err.printf(
        Locale.ROOT,
        "%d articles read (%.2f MB of text), %d rejected%s; %d stories (largest %d articles, %d reuse families), %d articles alone; %d briefs reused; %d boilerplate and %d site sentence groups ignored, %d formula groups left out of events%n",
        s.articles(),
        s.textBytes() / 1e6,
        s.rejected(),
        s.rejected() == 0 ? "" : " (listed in " + manifest + ")",
        s.stories(),
        s.largest(),
        s.families(),
        s.alone(),
        s.reusedBriefs(),
        s.boilerplateGroups(),
        s.siteGroups(),
        s.formulaGroups());
    if (s.reprints() != null) {
      err.printf(
          Locale.ROOT,
          "families by passages: %d reprint links, %d of them between families too unlike as a"
              + " whole to join (average linkage), %d of these in one story%n",
          s.reprints().links(),
          s.reprints().apart(),
          s.reprints().apartInOneStory());
    }
    if (s.firstCome() > 0) {
      err.printf(
          Locale.ROOT, "%d stories ordered first come (%s)%n", s.firstCome(), FIRST_COME_WHY);
    }
    if (s.staleRemoved() > 0) {
      err.printf(
          Locale.ROOT,
          "%d story folders of an earlier run with other inputs or settings removed%n",
          s.staleRemoved());
    }
    StringBuilder stages = new StringBuilder();
    for (Map.Entry<String, Long> e : s.stageMillis().entrySet()) {
      stages.append(String.format(Locale.ROOT, "%s %.1fs, ", e.getKey(), e.getValue() / 1000.0));
    }
    err.printf(
        Locale.ROOT,
        "time: %stotal %.1fs (%.0f articles/s, %.1f MB of text/s); wrote %s%n",
        stages,
        total / 1000.0,
        total == 0 ? 0 : s.articles() / (total / 1000.0),
        total == 0 ? 0 : s.textBytes() / 1e6 / (total / 1000.0),
        index);
    err.flush();
  }

  /** The file {@code name} in the folder of {@code file}, a local path or a URI. */
  private static String sibling(String file, String name) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? name : file.substring(0, slash + 1) + name;
  }

  private static BatchSettings.GroupBy groupBy(String spec) {
    try {
      return BatchSettings.GroupBy.valueOf(spec.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "group by (" + spec + ") must be event, reuse or folder", e);
    }
  }
}
