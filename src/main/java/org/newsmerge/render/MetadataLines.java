package org.newsmerge.render;

import org.newsmerge.model.Block;

/**
 * Which non-narrative lines the Markdown and HTML briefs list under each source: captions, credits,
 * subheads and wire or site furniture (titles and bylines have their own columns).
 */
final class MetadataLines {
  private MetadataLines() {}

  static boolean shown(Block.Kind kind) {
    return switch (kind) {
      case CAPTION,
              CREDIT,
              SUBHEAD,
              MARKER,
              TIMESTAMP,
              CODE,
              TAGS,
              LINK,
              REPORTING,
              DATELINE,
              RULE,
              MARKUP,
              SITE ->
          true;
      case NARRATIVE, TITLE, BYLINE, KICKER, FRONT_MATTER -> false;
    };
  }
}
