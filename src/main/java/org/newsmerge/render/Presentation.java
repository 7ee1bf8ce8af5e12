package org.newsmerge.render;

import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;

/**
 * How a brief is presented, apart from what it says: the interface language ({@link
 * InterfaceText#AUTO} for the articles' own) and the link back to the index of the batch run it is
 * part of (empty for a brief merged alone).
 *
 * @param language {@code auto}, {@code en} or {@code ar}
 * @param index relative URL of the batch index from the brief, or empty
 * @param lead most sentences of the lead that opens the brief (0: none)
 */
public record Presentation(String language, String index, int lead)
    implements java.io.Serializable {

  /**
   * Sentences of a lead by default: five of a story's most reported facts, about 150 words, read in
   * well under a minute before the families' narratives.
   */
  public static final int DEFAULT_LEAD = 6;

  /** A brief merged alone, in the language of its articles. */
  public static final Presentation DEFAULT = new Presentation(InterfaceText.AUTO, "", DEFAULT_LEAD);

  /** Where a story's brief finds the index of its batch run: one folder up. */
  public static final String BATCH_INDEX = "../index.html";

  public Presentation {
    InterfaceText.checkChoice(language);
    java.util.Objects.requireNonNull(index, "index");
    if (lead < 0) throw new IllegalArgumentException("lead (" + lead + ") must be >= 0");
  }

  /** In {@code language}, linked back to {@code index}, with the default lead. */
  public Presentation(String language, String index) {
    this(language, index, DEFAULT_LEAD);
  }

  /** The interface text for {@code brief}, from the language of its sentences. */
  public InterfaceText text(Brief brief) {
    return InterfaceText.choose(language, brief.units().stream().map(Unit::text).toList());
  }

  /** The same presentation, linked back to the index at {@code href}. */
  public Presentation withIndex(String href) {
    return new Presentation(language, href, lead);
  }
}
