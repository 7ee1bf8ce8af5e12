package org.newsmerge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.newsmerge.model.Rejected;

/**
 * The entries of a ZIP archive, read as if they were files, in entry name order. An article's path
 * is {@code archive.zip!/entry.json}. Directories, hidden entries and entries of unknown type are
 * skipped, like the files of a folder. Thread-safe.
 *
 * <p>What an archive cannot do: hold more than {@link ReadSettings#maxArchiveBytes} uncompressed or
 * {@link ReadSettings#maxArchiveEntries} entries that are read (the rest are not read, and one
 * rejection of the archive says how many); inflate one entry more than {@link
 * ReadSettings#MAX_COMPRESSION_RATIO} times (a zip bomb); hide an entry behind another of the same
 * name, climb out with {@code ..} or hold an archive: each of those entries is rejected by name.
 */
final class ZipArticles {

  private static final long MB = 1024L * 1024L;

  private ZipArticles() {}

  static void read(
      Path archive,
      String path,
      ReadSettings settings,
      Consumer<Draft> drafts,
      Consumer<Rejected> rejected) {
    // An archive that gives nothing at all is worth a word: it may be the wrong file.
    AtomicBoolean gave = new AtomicBoolean();
    Consumer<Draft> seenDrafts =
        d -> {
          gave.set(true);
          drafts.accept(d);
        };
    Consumer<Rejected> seenRejected =
        r -> {
          gave.set(true);
          rejected.accept(r);
        };
    readEntries(archive, path, settings, seenDrafts, seenRejected);
    if (!gave.get()) rejected.accept(new Rejected(path, "archive holds no article files"));
  }

  private static void readEntries(
      Path archive,
      String path,
      ReadSettings settings,
      Consumer<Draft> drafts,
      Consumer<Rejected> rejected) {
    try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
      List<ZipEntry> entries = new ArrayList<>();
      zip.stream().filter(e -> !e.isDirectory()).forEach(entries::add);
      // Stable: entries of one name keep their order in the archive.
      entries.sort(Comparator.comparing(ZipEntry::getName));
      long total = 0;
      int considered = 0;
      String previous = null;
      for (int i = 0; i < entries.size(); i++) {
        ZipEntry entry = entries.get(i);
        String name = entry.getName();
        String entryPath = path + "!/" + name;
        boolean duplicate = name.equals(previous);
        previous = name;
        boolean climbs = climbsOut(name);
        if (!climbs && (hidden(name) || Format.of(name).isEmpty())) continue;
        // Every entry that gets a line (read or refused) counts: an archive of a million
        // refused names must not flood stderr and the manifest either.
        if (considered == settings.maxArchiveEntries() || total >= settings.maxArchiveBytes()) {
          String limit =
              considered == settings.maxArchiveEntries()
                  ? settings.maxArchiveEntries() + " entries (--max-archive-entries)"
                  : ReadSettings.size(settings.maxArchiveBytes())
                      + " uncompressed (--max-archive-bytes)";
          int left = (int) entries.stream().skip(i).filter(e -> readable(e.getName())).count();
          rejected.accept(
              new Rejected(
                  path,
                  "archive limit of "
                      + limit
                      + " reached: "
                      + left
                      + " entries from "
                      + name
                      + " on not read"));
          return;
        }
        considered++;
        if (climbs) {
          rejected.accept(
              new Rejected(entryPath, "entry name leaves the archive ('..' or '/'), not read"));
          continue;
        }
        Optional<Format> format = Format.of(name);
        if (duplicate) {
          // ZipFile finds entries by name: a second entry of a name cannot be told from the first.
          rejected.accept(
              new Rejected(
                  entryPath,
                  "duplicate entry name in the archive: one entry of this name is read, not this one"));
          continue;
        }
        if (format.get() == Format.ZIP) {
          rejected.accept(new Rejected(entryPath, "archive inside an archive, not read"));
          continue;
        }
        if (entry.getSize() > settings.maxBytes()) {
          rejected.accept(new Rejected(entryPath, settings.tooLarge(entry.getSize())));
          continue;
        }
        if (bomb(entry.getSize(), entry.getCompressedSize())) {
          rejected.accept(
              new Rejected(entryPath, ratio(entry.getSize(), entry.getCompressedSize())));
          continue;
        }
        long room = Math.min(settings.maxBytes(), settings.maxArchiveBytes() - total);
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          // The declared sizes can lie: never read more than the limits allow.
          bytes = in.readNBytes((int) room + 1);
        } catch (IOException e) {
          rejected.accept(new Rejected(entryPath, InputPlan.describe(e)));
          continue;
        }
        total += bytes.length;
        if (bytes.length > settings.maxBytes()) {
          rejected.accept(new Rejected(entryPath, settings.tooLarge(-1)));
          continue;
        }
        if (bytes.length > room) {
          rejected.accept(
              new Rejected(
                  entryPath,
                  "archive limit of "
                      + ReadSettings.size(settings.maxArchiveBytes())
                      + " uncompressed (--max-archive-bytes) reached inside this entry"));
          continue;
        }
        if (bomb(bytes.length, entry.getCompressedSize())) {
          rejected.accept(new Rejected(entryPath, ratio(bytes.length, entry.getCompressedSize())));
          continue;
        }
        FormatReader.read(entryPath, name, format.get(), bytes, drafts, rejected);
      }
    } catch (ZipException e) {
      rejected.accept(new Rejected(path, "not a readable ZIP archive (" + e.getMessage() + ")"));
    } catch (IOException e) {
      rejected.accept(new Rejected(path, InputPlan.describe(e)));
    } catch (IllegalArgumentException e) {
      // ZipFile reports entry names that are not valid in the archive's charset this way.
      rejected.accept(new Rejected(path, "not a readable ZIP archive (" + e.getMessage() + ")"));
    }
  }

  /** Whether an entry gets a line of its own: read, or refused by name. */
  private static boolean readable(String name) {
    return climbsOut(name) || !hidden(name) && Format.of(name).isPresent();
  }

  private static boolean bomb(long size, long compressed) {
    return size > MB && compressed >= 0 && size > compressed * ReadSettings.MAX_COMPRESSION_RATIO;
  }

  private static String ratio(long size, long compressed) {
    return "entry inflates "
        + size / Math.max(1, compressed)
        + " times its compressed size (more than "
        + ReadSettings.MAX_COMPRESSION_RATIO
        + "), taken for a zip bomb, not read";
  }

  /** A name that would leave a folder it were extracted into. */
  private static boolean climbsOut(String entryName) {
    if (entryName.startsWith("/") || entryName.startsWith("\\")) return true;
    for (String part : entryName.split("[/\\\\]")) {
      if (part.equals("..")) return true;
    }
    return false;
  }

  private static boolean hidden(String entryName) {
    for (String part : entryName.split("/")) {
      if (part.startsWith(".") || part.equals("__MACOSX")) return true;
    }
    return false;
  }
}
