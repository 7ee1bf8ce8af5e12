package org.newsmerge.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.newsmerge.eval.ArchiveGenerator;

/**
 * The archive the Spark tests run both runners on: the seeds, generated reprints of them in JSON
 * lines (stories of two to eight outlets, boilerplate lines in a third of them), and a ZIP holding
 * copies of two seeds (repeated texts). Each test adds its own bad files.
 */
final class FixtureArchive {

  private FixtureArchive() {}

  static Path write(Path archive, int reprints, long seed) throws IOException {
    Path seeds = Path.of("seeds");
    List<Path> seedFiles;
    try (Stream<Path> files = Files.list(seeds)) {
      seedFiles = files.filter(Files::isRegularFile).sorted().toList();
    }
    Files.createDirectories(archive.resolve("seeds"));
    for (Path f : seedFiles) Files.copy(f, archive.resolve("seeds").resolve(f.getFileName()));
    ArchiveGenerator.from(seeds, seed).write(reprints, archive.resolve("generated"));
    try (OutputStream file = Files.newOutputStream(archive.resolve("copies.zip"));
        ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
      for (Path f : seedFiles.subList(0, 2)) {
        zip.putNextEntry(new ZipEntry("copy/" + f.getFileName()));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return archive;
  }
}
