package org.newsmerge.model;

import java.util.Locale;

/** How two sentences overlap. */
public enum MatchKind {
  /** Near-identical wording: the same sentence, perhaps with spelling or small edits. */
  DUPLICATE,
  /** A long shared fragment, such as a quote, inside otherwise different sentences. */
  PARTIAL;

  /** Lower-case name used in reports and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
