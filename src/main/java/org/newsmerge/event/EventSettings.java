package org.newsmerge.event;

import java.io.Serializable;

/**
 * How reuse families are grouped into events.
 *
 * @param threshold cosine two families' term vectors must reach to be one event (and, as events
 *     grow, the mean cosine over the pairs of their families)
 * @param windowDays largest number of days between two dated families of one event; -1 for none
 * @param maxArticles most articles one event may gather by term links (a size guard against
 *     chaining; a reuse family larger than this stays whole, alone)
 * @param siteMin articles of one site that repeat a sentence for it to be that site's furniture
 */
public record EventSettings(double threshold, int windowDays, int maxArticles, int siteMin)
    implements Serializable {

  /**
   * The defaults, chosen on the SemEval-2022 training pairs, the seeds and the SaudiNewsNet dev
   * days (docs/quality.md, "Stories are events").
   */
  public static final EventSettings DEFAULT = new EventSettings(0.14, 2, 300, 3);

  public EventSettings {
    if (!(threshold > 0 && threshold <= 1))
      throw new IllegalArgumentException("event threshold (" + threshold + ") must be in (0, 1]");
    if (windowDays < -1)
      throw new IllegalArgumentException("event window (" + windowDays + ") must be >= 0");
    if (maxArticles < 2)
      throw new IllegalArgumentException("max event size (" + maxArticles + ") must be >= 2");
    if (siteMin < 2)
      throw new IllegalArgumentException("site repeats (" + siteMin + ") must be >= 2");
  }

  public EventSettings withThreshold(double t) {
    return new EventSettings(t, windowDays, maxArticles, siteMin);
  }

  public EventSettings withWindowDays(int days) {
    return new EventSettings(threshold, days, maxArticles, siteMin);
  }

  public EventSettings withMaxArticles(int max) {
    return new EventSettings(threshold, windowDays, max, siteMin);
  }

  public EventSettings withSiteMin(int min) {
    return new EventSettings(threshold, windowDays, maxArticles, min);
  }
}
