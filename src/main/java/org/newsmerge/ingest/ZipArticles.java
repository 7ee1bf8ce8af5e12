package org.newsmerge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
      new Entries(zip, path, settings, drafts, rejected).readAll();
    } catch (ZipException e) {
      rejected.accept(new Rejected(path, "not a readable ZIP archive (" + e.getMessage() + ")"));
    } catch (IOException e) {
      rejected.accept(new Rejected(path, InputPlan.describe(e)));
    } catch (IllegalArgumentException e) {
      // ZipFile reports entry names that are not valid in the archive's charset this way.
      rejected.accept(new Rejected(path, "not a readable ZIP archive (" + e.getMessage() + ")"));
    }
  }

  /**
   * The entries of one open archive, read in name order, each refused by its name or its size or
   * read into drafts, until the archive's limits are reached.
   */
  private static final class Entries {
    private final ZipFile zip;
    private final String path;
    private final ReadSettings settings;
    private final Consumer<Draft> drafts;
    private final Consumer<Rejected> rejected;

    /** Uncompressed bytes read from the archive so far. */
    private long total;

    Entries(
        ZipFile zip,
        String path,
        ReadSettings settings,
        Consumer<Draft> drafts,
        Consumer<Rejected> rejected) {
      this.zip = zip;
      this.path = path;
      this.settings = settings;
      this.drafts = drafts;
      this.rejected = rejected;
    }

    void readAll() {
      List<ZipEntry> entries = new ArrayList<>();
      zip.stream().filter(e -> !e.isDirectory()).forEach(entries::add);
      // Stable: entries of one name keep their order in the archive.
      entries.sort(Comparator.comparing(ZipEntry::getName));
      int considered = 0;
      String previous = null;
      for (int i = 0; i < entries.size(); i++) {
        ZipEntry entry = entries.get(i);
        String name = entry.getName();
        boolean duplicate = name.equals(previous);
        previous = name;
        boolean climbs = climbsOut(name);
        if (!climbs && (hidden(name) || Format.of(name).isEmpty())) continue;
        // Every entry that gets a line (read or refused) counts: an archive of a million
        // refused names must not flood stderr and the manifest either.
        if (considered == settings.maxArchiveEntries() || total >= settings.maxArchiveBytes()) {
          rejected.accept(new Rejected(path, limitReached(considered, entries, i)));
          return;
        }
        considered++;
        String entryPath = path + "!/" + name;
        String refusal = refusalBeforeReading(entry, climbs, duplicate);
        if (refusal != null) rejected.accept(new Rejected(entryPath, refusal));
        else read(entry, entryPath);
      }
    }

    /** The archive's rejection once a limit is reached at entry {@code i}: what is left unread. */
    private String limitReached(int considered, List<ZipEntry> entries, int i) {
      String limit =
          considered == settings.maxArchiveEntries()
              ? settings.maxArchiveEntries() + " entries (--max-archive-entries)"
              : ReadSettings.size(settings.maxArchiveBytes())
                  + " uncompressed (--max-archive-bytes)";
      int left = (int) entries.stream().skip(i).filter(e -> readable(e.getName())).count();
      return "archive limit of "
          + limit
          + " reached: "
          + left
          + " entries from "
          + entries.get(i).getName()
          + " on not read";
    }

    /** Why an entry is not read, by its name and the sizes it declares; null when it is read. */
    private String refusalBeforeReading(ZipEntry entry, boolean climbs, boolean duplicate) {
      if (climbs) return "entry name leaves the archive ('..' or '/'), not read";
      if (duplicate) {
        // ZipFile finds entries by name: a second entry of a name cannot be told from the first.
        return "duplicate entry name in the archive: one entry of this name is read, not this one";
      }
      if (Format.of(entry.getName()).get() == Format.ZIP)
        return "archive inside an archive, not read";
      if (entry.getSize() > settings.maxBytes()) return settings.tooLarge(entry.getSize());
      if (bomb(entry.getSize(), entry.getCompressedSize())) {
        return ratio(entry.getSize(), entry.getCompressedSize());
      }
      return null;
    }

    private void read(ZipEntry entry, String entryPath) {
      long room = Math.min(settings.maxBytes(), settings.maxArchiveBytes() - total);
      byte[] bytes;
      try (InputStream in = zip.getInputStream(entry)) {
        // The declared sizes can lie: never read more than the limits allow.
        bytes = in.readNBytes((int) room + 1);
      } catch (IOException e) {
        rejected.accept(new Rejected(entryPath, InputPlan.describe(e)));
        return;
      }
      total += bytes.length;
      String refusal = refusalAfterReading(bytes.length, room, entry.getCompressedSize());
      if (refusal != null) {
        rejected.accept(new Rejected(entryPath, refusal));
        return;
      }
      String name = entry.getName();
      FormatReader.read(entryPath, name, Format.of(name).get(), bytes, drafts, rejected);
    }

    /** Why an entry read is not kept, by the {@code size} it inflated to; null when it is kept. */
    private String refusalAfterReading(int size, long room, long compressed) {
      if (size > settings.maxBytes()) return settings.tooLarge(-1);
      if (size > room) {
        return "archive limit of "
            + ReadSettings.size(settings.maxArchiveBytes())
            + " uncompressed (--max-archive-bytes) reached inside this entry";
      }
      if (bomb(size, compressed)) return ratio(size, compressed);
      return null;
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
