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
 */
public record Presentation(String language, String index) implements java.io.Serializable {

  /** A brief merged alone, in the language of its articles. */
  public static final Presentation DEFAULT = new Presentation(InterfaceText.AUTO, "");

  /** Where a story's brief finds the index of its batch run: one folder up. */
  public static final String BATCH_INDEX = "../index.html";

  public Presentation {
    InterfaceText.checkChoice(language);
    java.util.Objects.requireNonNull(index, "index");
  }

  /** The interface text for {@code brief}, from the language of its sentences. */
  public InterfaceText text(Brief brief) {
    return InterfaceText.choose(language, brief.units().stream().map(Unit::text).toList());
  }

  /** The same presentation, linked back to the index at {@code href}. */
  public Presentation withIndex(String href) {
    return new Presentation(language, href);
  }
}
