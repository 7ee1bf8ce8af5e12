package org.newsmerge.batch;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.cluster.ReprintLinker;
import org.newsmerge.cluster.StoryGrouper;
import org.newsmerge.event.EventSettings;
import org.newsmerge.ingest.ReadSettings;
import org.newsmerge.model.Dates;
import org.newsmerge.render.BriefFormat;
import org.newsmerge.render.InterfaceText;
import org.newsmerge.render.Presentation;

/**
 * Settings of a batch run.
 *
 * @param overlaps how sentences are matched (the same as {@code overlaps} and {@code merge})
 * @param groupBy how articles become stories
 * @param window largest time between two linked articles whose dates are known; null for none
 * @param threads worker threads
 * @param maxDf articles a sentence may appear in before it counts as boilerplate
 * @param minShared shared sentences that link two articles
 * @param minSharedFraction share of the shorter article's linkable sentences two linked articles
 *     must share
 * @param minLinkShingles shingles a sentence needs to link articles at all
 * @param formats brief formats to write
 * @param lang interface language of the briefs and the index: {@code auto} (the articles') or one
 *     of {@link InterfaceText#LANGUAGES}
 * @param lead most sentences of each brief's lead (0: none)
 * @param read how inputs are read: size limits, links
 * @param events how reuse families are grouped into events ({@link GroupBy#EVENT})
 * @param families how reuse families are found
 */
public record BatchSettings(
    OverlapSettings overlaps,
    GroupBy groupBy,
    Duration window,
    int threads,
    int maxDf,
    int minShared,
    double minSharedFraction,
    int minLinkShingles,
    Set<BriefFormat> formats,
    String lang,
    int lead,
    ReadSettings read,
    EventSettings events,
    Families families)
    implements java.io.Serializable {

  /** How articles are grouped into stories. */
  public enum GroupBy {
    /** One event per story, its reuse families inside. */
    EVENT,
    /** One reuse family per story. */
    REUSE,
    /** One folder per story. */
    FOLDER
  }

  /** How reuse families are found. */
  public enum Families {
    /**
     * Articles sharing sentence groups that pass the boilerplate, site and formula guards, and the
     * families are their connected components ({@link StoryGrouper}).
     */
    SENTENCES,
    /**
     * Articles sharing a long aligned passage of text rare in the archive, and each family a core
     * with the articles that share such a passage with it ({@link
     * org.newsmerge.cluster.ReprintLinker}).
     */
    PASSAGES
  }

  public BatchSettings {
    if (threads < 1) throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
    if (maxDf < 2) throw new IllegalArgumentException("max df (" + maxDf + ") must be >= 2");
    if (minShared < 1)
      throw new IllegalArgumentException("min shared (" + minShared + ") must be >= 1");
    if (window != null && window.isNegative()) {
      throw new IllegalArgumentException("window (" + window + ") must not be negative");
    }
    formats = Set.copyOf(formats);
    InterfaceText.checkChoice(lang);
    if (lead < 0) throw new IllegalArgumentException("lead (" + lead + ") must be >= 0");
    java.util.Objects.requireNonNull(read, "read");
    java.util.Objects.requireNonNull(events, "events");
    java.util.Objects.requireNonNull(families, "families");
  }

  public BatchSettings withFamilies(Families f) {
    Copy c = new Copy(this);
    c.families = f;
    return c.build();
  }

  public BatchSettings withEvents(EventSettings e) {
    Copy c = new Copy(this);
    c.events = e;
    return c.build();
  }

  public BatchSettings withRead(ReadSettings r) {
    Copy c = new Copy(this);
    c.read = r;
    return c.build();
  }

  public BatchSettings withGroupBy(GroupBy g) {
    Copy c = new Copy(this);
    c.groupBy = g;
    return c.build();
  }

  public BatchSettings withWindow(Duration w) {
    Copy c = new Copy(this);
    c.window = w;
    return c.build();
  }

  public BatchSettings withLang(String l) {
    Copy c = new Copy(this);
    c.lang = l;
    return c.build();
  }

  public BatchSettings withLead(int sentences) {
    Copy c = new Copy(this);
    c.lead = sentences;
    return c.build();
  }

  /** The same settings with the options a user sets on the command line. */
  public BatchSettings withOptions(
      OverlapSettings o, int maxDocumentFrequency, int shared, Set<BriefFormat> briefFormats) {
    Copy c = new Copy(this);
    c.overlaps = o;
    c.maxDf = maxDocumentFrequency;
    c.minShared = shared;
    c.formats = briefFormats;
    return c.build();
  }

  /** A copy of settings to change a few of, for the withers; built through the checks above. */
  private static final class Copy {
    private OverlapSettings overlaps;
    private GroupBy groupBy;
    private Duration window;
    private final int threads;
    private int maxDf;
    private int minShared;
    private final double minSharedFraction;
    private final int minLinkShingles;
    private Set<BriefFormat> formats;
    private String lang;
    private int lead;
    private ReadSettings read;
    private EventSettings events;
    private Families families;

    Copy(BatchSettings s) {
      overlaps = s.overlaps;
      groupBy = s.groupBy;
      window = s.window;
      threads = s.threads;
      maxDf = s.maxDf;
      minShared = s.minShared;
      minSharedFraction = s.minSharedFraction;
      minLinkShingles = s.minLinkShingles;
      formats = s.formats;
      lang = s.lang;
      lead = s.lead;
      read = s.read;
      events = s.events;
      families = s.families;
    }

    BatchSettings build() {
      return new BatchSettings(
          overlaps,
          groupBy,
          window,
          threads,
          maxDf,
          minShared,
          minSharedFraction,
          minLinkShingles,
          formats,
          lang,
          lead,
          read,
          events,
          families);
    }
  }

  /**
   * How sentence groups are judged and articles linked: a formula is a group spread over more days
   * than an event lasts, when stories are events.
   */
  public StoryGrouper.Rules rules() {
    return new StoryGrouper.Rules(
        maxDf,
        minShared,
        minSharedFraction,
        events.siteMin(),
        groupBy == GroupBy.EVENT ? events.windowDays() : -1);
  }

  /**
   * How reprints are judged when families are found by passages ({@link Families#PASSAGES}):
   * anchors rare as sentence groups must be ({@link #maxDf}), a passage of 30% of the shorter
   * article or 40 anchors, reprints up to 31 days apart (or the {@link #window}, when shorter).
   */
  public ReprintLinker.Rules reprintRules() {
    int days = window == null ? REPRINT_DAYS : (int) Math.min(REPRINT_DAYS, window.toDays());
    return new ReprintLinker.Rules(
        maxDf, REPRINT_CONTAINMENT, REPRINT_PASSAGE, days, events.siteMin());
  }

  static final double REPRINT_CONTAINMENT = 0.25;
  static final int REPRINT_PASSAGE = 40;

  /** Most days between two reprints: a bound for scale, well past any event's window. */
  static final int REPRINT_DAYS = 31;

  /** How each story's brief is presented: in {@link #lang}, linked back to the index. */
  public Presentation presentation() {
    return new Presentation(lang, Presentation.BATCH_INDEX, lead);
  }

  /**
   * Whether two articles of these epoch days ({@link Dates#UNKNOWN_DAY} where unknown) may be
   * linked: always without a window or an unknown date.
   */
  public boolean withinWindow(long dayA, long dayB) {
    if (window == null || dayA == Dates.UNKNOWN_DAY || dayB == Dates.UNKNOWN_DAY) return true;
    return Math.abs(dayA - dayB) <= window.toDays();
  }

  /** The settings that shape the output, by name, for the manifest. */
  public java.util.Map<String, String> describe() {
    java.util.Map<String, String> d = new java.util.LinkedHashMap<>();
    d.put("groupBy", groupBy.name().toLowerCase(java.util.Locale.ROOT));
    d.put("window", window == null ? "" : window.toDays() + "d");
    d.put("threshold", String.valueOf(overlaps.threshold()));
    d.put("shingles", overlaps.shingles().toString());
    d.put("maxDf", String.valueOf(maxDf));
    d.put("minShared", String.valueOf(minShared));
    d.put("minSharedFraction", String.format(java.util.Locale.ROOT, "%.3f", minSharedFraction));
    d.put("formats", formats.stream().sorted().map(f -> f.fileName()).toList().toString());
    d.put("lang", lang);
    d.put("lead", String.valueOf(lead));
    if (groupBy == GroupBy.EVENT) {
      d.put("eventThreshold", String.valueOf(events.threshold()));
      d.put("eventWindow", events.windowDays() < 0 ? "" : events.windowDays() + "d");
      d.put("maxEvent", String.valueOf(events.maxArticles()));
    }
    d.put("siteRepeats", String.valueOf(events.siteMin()));
    d.put("families", families.name().toLowerCase(java.util.Locale.ROOT));
    return d;
  }

  public static BatchSettings defaults(int threads) {
    return new BatchSettings(
        OverlapSettings.DEFAULT,
        GroupBy.EVENT,
        null,
        threads,
        30,
        2,
        1.0 / 3,
        30,
        EnumSet.allOf(BriefFormat.class),
        InterfaceText.AUTO,
        Presentation.DEFAULT_LEAD,
        ReadSettings.DEFAULTS,
        EventSettings.DEFAULT,
        Families.PASSAGES);
  }
}
