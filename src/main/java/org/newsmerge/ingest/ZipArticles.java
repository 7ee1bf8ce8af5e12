package org.newsmerge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.newsmerge.model.Rejected;

/**
 * The entries of a ZIP archive, read as if they were files, in entry name order. An article's path
 * is {@code archive.zip!/entry.json}. Directories, hidden entries and entries of unknown type are
 * skipped, like the files of a folder. Thread-safe.
 */
final class ZipArticles {

  private ZipArticles() {}

  static void read(
      Path archive,
      String path,
      ReadSettings settings,
      Consumer<Draft> drafts,
      Consumer<Rejected> rejected) {
    try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
      List<ZipEntry> entries = new ArrayList<>();
      zip.stream().filter(e -> !e.isDirectory() && !hidden(e.getName())).forEach(entries::add);
      entries.sort(Comparator.comparing(ZipEntry::getName));
      for (ZipEntry entry : entries) {
        Optional<Format> format = Format.of(entry.getName());
        if (format.isEmpty()) continue;
        String entryPath = path + "!/" + entry.getName();
        if (entry.getSize() > settings.maxBytes()) {
          rejected.accept(new Rejected(entryPath, settings.tooLarge(entry.getSize())));
          continue;
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          // The declared size can lie: never read more than the limit allows.
          bytes = in.readNBytes((int) settings.maxBytes() + 1);
        } catch (IOException e) {
          rejected.accept(new Rejected(entryPath, InputPlan.describe(e)));
          continue;
        }
        if (bytes.length > settings.maxBytes()) {
          rejected.accept(new Rejected(entryPath, settings.tooLarge(-1)));
          continue;
        }
        FormatReader.read(entryPath, entry.getName(), format.get(), bytes, drafts, rejected);
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

  private static boolean hidden(String entryName) {
    for (String part : entryName.split("/")) {
      if (part.startsWith(".") || part.equals("__MACOSX")) return true;
    }
    return false;
  }
}
