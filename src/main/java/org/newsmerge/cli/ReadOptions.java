package org.newsmerge.cli;

import org.newsmerge.ingest.ReadSettings;
import picocli.CommandLine.Option;

/** How inputs are read: the limits that guard against hostile archives, and links in folders. */
public final class ReadOptions {

  @Option(
      names = "--follow-links",
      description =
          "Follow symbolic links met inside input folders (a link named as an input is always"
              + " followed).")
  boolean followLinks;

  @Option(
      names = "--max-archive-bytes",
      paramLabel = "SIZE",
      description =
          "Most bytes read out of one ZIP archive, uncompressed, e.g. 512M or 4G; the entries past it are"
              + " not read and the archive is reported. Default: 1G")
  String maxArchiveBytes;

  @Option(
      names = "--max-archive-entries",
      paramLabel = "N",
      description = "Most entries read out of one ZIP archive. Default: ${DEFAULT-VALUE}",
      converter = OptionValues.AtLeastOne.class)
  int maxArchiveEntries = ReadSettings.DEFAULTS.maxArchiveEntries();

  /** The settings these options give; throws IllegalArgumentException naming a bad value. */
  public ReadSettings settings() {
    long bytes =
        maxArchiveBytes == null
            ? ReadSettings.DEFAULTS.maxArchiveBytes()
            : ReadSettings.parseSize(maxArchiveBytes);
    return ReadSettings.DEFAULTS
        .withArchiveLimits(bytes, maxArchiveEntries)
        .withFollowLinks(followLinks);
  }
}
