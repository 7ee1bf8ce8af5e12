package org.newsmerge.cli;

import java.util.Set;
import org.newsmerge.render.BriefFormat;
import picocli.CommandLine.Option;

/** The brief formats to write: the one declaration of {@code --format}. */
public final class FormatOptions {

  @Option(
      names = "--format",
      paramLabel = "LIST",
      description = "Comma-separated brief formats among md, html, json. Default: ${DEFAULT-VALUE}")
  String format = "md,html,json";

  /** The formats asked for; throws IllegalArgumentException naming a bad one. */
  public Set<BriefFormat> formats() {
    return BriefFormat.parse(format);
  }
}
