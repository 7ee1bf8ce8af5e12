package org.newsmerge.model;

import java.io.Serializable;

/**
 * A line or paragraph of an article's text, {@code [start, end)} in UTF-16 offsets, with what it
 * is. Only {@link Kind#NARRATIVE} blocks are split into sentences; the others are metadata.
 */
public record Block(Kind kind, int start, int end) implements Serializable {

  /** What a block of article text is. */
  public enum Kind {
    NARRATIVE,
    TITLE,
    BYLINE,
    CREDIT,
    CAPTION,
    SUBHEAD,
    KICKER,
    FRONT_MATTER,
    /** A wire service's end or continuation marker: {@code // انتهى //}, {@code // يتبع //}. */
    MARKER,
    /** A wire time stamp: {@code 18:08 ت م}. */
    TIMESTAMP,
    /** A wire desk code: {@code فوم-واك/دص}. */
    CODE,
    /** A site's tag line: {@code سمات اعدام العراق داعش نينوى}. */
    TAGS,
    /** A "link to the story" line: {@code رابط الخبر بصحيفة الوئام: ...}. */
    LINK,
    /** Reporting and editing credits: {@code Reporting by ...; Editing by ...}. */
    REPORTING,
    /** A wire dateline: {@code كييف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس}. */
    DATELINE,
    /**
     * A line that only draws, with no word: a Markdown table's delimiter row ({@code |---|:--|}), a
     * thematic break ({@code * * *}).
     */
    RULE,
    /**
     * Style sheet or script text a page left in an article's text, from its first rule or call to
     * the end of the line: {@code #vote_area2 ul { padding: 0; }}, {@code jQuery(document)...}.
     */
    MARKUP,
    /**
     * Text a site repeats across its own articles: its header, cookie banner or newsletter notice
     * (found by a batch run over the site's articles, not by the line's shape).
     */
    SITE
  }

  public Block {
    if (kind == null) throw new IllegalArgumentException("block kind must not be null");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad block span [" + start + ", " + end + ")");
    }
  }
}
