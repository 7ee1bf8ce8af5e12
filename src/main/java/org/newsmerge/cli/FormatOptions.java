package org.newsmerge.cli;

import java.util.Set;
import org.newsmerge.render.BriefFormat;
import org.newsmerge.render.InterfaceText;
import picocli.CommandLine.Option;

/** The brief formats to write: the one declaration of {@code --format}. */
public final class FormatOptions {

  @Option(
      names = "--format",
      paramLabel = "LIST",
      description = "Comma-separated brief formats among md, html, json. Default: ${DEFAULT-VALUE}")
  String format = "md,html,json";

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Language of the interface text of briefs and index: auto (the articles' main language), en or ar. Default: ${DEFAULT-VALUE}")
  String lang = InterfaceText.AUTO;

  @Option(
      names = "--lead",
      paramLabel = "N",
      description =
          "Most sentences of the lead that opens each brief: the facts most outlets reported, each"
              + " once; the lead ends sooner, with the sentence that brings it to 80 words. 0 for none."
              + " Default: ${DEFAULT-VALUE}",
      converter = OptionValues.AtLeastZero.class)
  int lead = org.newsmerge.render.Presentation.DEFAULT_LEAD;

  /** The interface language asked for; throws IllegalArgumentException naming a bad one. */
  public String lang() {
    return InterfaceText.checkChoice(lang);
  }

  /** The formats asked for; throws IllegalArgumentException naming a bad one. */
  public Set<BriefFormat> formats() {
    return BriefFormat.parse(format);
  }
}
