package org.newsmerge.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.render.BriefFormat;

/**
 * A batch run into a folder that was used before, by a run with other settings, by a killed run, or
 * by someone else: the output ends up exactly what the manifest lists, and nothing outside it is
 * touched.
 */
class BatchOutputTest {

  @TempDir Path tmp;
  private Path archive;
  private final Random random = new Random(7);

  private String sentence() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0) s.append(' ');
      for (int c = 4 + random.nextInt(5); c > 0; c--) s.append((char) ('a' + random.nextInt(26)));
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  private List<String> sentences(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(sentence());
    return out;
  }

  private void article(String file, List<String> a, List<String> b) throws IOException {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    Path p = archive.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join(" ", all) + "\n", StandardCharsets.UTF_8);
  }

  @BeforeEach
  void buildArchive() throws IOException {
    archive = tmp.resolve("archive");
    for (int story = 0; story < 4; story++) {
      List<String> shared = sentences(4);
      article("s" + story + "/a.txt", shared, sentences(2));
      article("s" + story + "/b.txt", sentences(1), shared);
    }
  }

  private BatchRun.Summary run(Path out, BatchSettings settings) {
    return new BatchRun(settings, Progress.NONE).run(List.of(archive), out);
  }

  private static BatchSettings defaults() {
    return BatchSettings.defaults(2);
  }

  private static Set<String> manifestStories(Path out) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (JsonNode s :
        new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("stories"))
      ids.add(s.get("id").asText());
    return ids;
  }

  private static Set<String> folders(Path out) throws IOException {
    try (Stream<Path> children = Files.list(out)) {
      Set<String> names = new TreeSet<>();
      children.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString()));
      return names;
    }
  }

  @Test
  void rerunWithOtherSettingsRemovesStaleStoryFolders() throws IOException {
    Path out = tmp.resolve("out");
    BatchSettings d =
        defaults()
            .withGroupBy(BatchSettings.GroupBy.REUSE)
            .withFamilies(BatchSettings.Families.SENTENCES);
    run(out, d);
    Set<String> before = folders(out);
    // Families by sentences, five shared sentences to link: the four stories fall apart.
    BatchRun.Summary s = run(out, d.withOptions(d.overlaps(), d.maxDf(), 5, d.formats()));
    assertThat(before).hasSize(4);
    assertThat(folders(out)).isEqualTo(manifestStories(out)).isEmpty();
    assertThat(s.staleRemoved()).isEqualTo(4);
  }

  @Test
  void rerunWhoseFamiliesDifferRedrawsTheBriefsOfTheSameArticles() throws IOException {
    Path out = tmp.resolve("out");
    BatchSettings byFolder = defaults().withGroupBy(BatchSettings.GroupBy.FOLDER);
    // By sentences, five shared sentences to link: each folder's two articles, two families.
    BatchSettings sentences = byFolder.withFamilies(BatchSettings.Families.SENTENCES);
    BatchRun.Summary first =
        run(
            out,
            sentences.withOptions(byFolder.overlaps(), byFolder.maxDf(), 5, byFolder.formats()));
    assertThat(first.families()).isEqualTo(8);
    // By passages the two print one passage: one family. Same articles, other briefs.
    BatchRun.Summary second = run(out, byFolder);
    assertThat(second.families()).isEqualTo(4);
    assertThat(second.reusedBriefs()).isZero();
    assertThat(run(out, byFolder).reusedBriefs()).isEqualTo(4);
  }

  @Test
  void rerunWithFewerFormatsRemovesTheOtherBriefs() throws IOException {
    Path out = tmp.resolve("out");
    BatchSettings d = defaults();
    run(out, d);
    run(out, d.withOptions(d.overlaps(), d.maxDf(), d.minShared(), EnumSet.of(BriefFormat.MD)));
    for (String id : manifestStories(out)) {
      try (Stream<Path> files = Files.list(out.resolve(id))) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .containsExactlyInAnyOrder("brief.md", StoryBriefs.MARKER);
      }
    }
  }

  @Test
  void damagedBriefIsRewrittenThoughItsMarkerMatches() throws IOException {
    Path out = tmp.resolve("out");
    run(out, defaults());
    var complete = OutputFiles.snapshot(out);
    Path brief = out.resolve(manifestStories(out).iterator().next()).resolve("brief.html");
    Files.writeString(brief, "<p>truncat", StandardCharsets.UTF_8);
    BatchRun.Summary s = run(out, defaults());
    assertThat(s.reusedBriefs()).isEqualTo(s.stories() - 1);
    assertThat(OutputFiles.snapshot(out)).isEqualTo(complete);
  }

  @Test
  void onlyTheToolsOwnTemporaryFilesAreDeleted() throws IOException {
    Path out = tmp.resolve("out");
    run(out, defaults());
    Path story = out.resolve(manifestStories(out).iterator().next());
    Path mine = Files.writeString(story.resolve(".notes.tmp"), "mine", StandardCharsets.UTF_8);
    Path leftover =
        Files.writeString(
            story.resolve(".brief.md.42.newsmerge-tmp"), "half", StandardCharsets.UTF_8);
    Path top = Files.writeString(out.resolve(".draft.tmp"), "mine", StandardCharsets.UTF_8);
    run(out, defaults());
    assertThat(mine).exists();
    assertThat(top).exists();
    assertThat(leftover).doesNotExist();
  }

  @Test
  void storyFolderThatIsALinkIsReplacedNotWrittenThrough() throws IOException {
    Path out = tmp.resolve("out");
    run(out, defaults());
    String id = manifestStories(out).iterator().next();
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path story = out.resolve(id);
    try (Stream<Path> files = Files.list(story)) {
      for (Path f : files.toList()) Files.delete(f);
    }
    Files.delete(story);
    Files.createSymbolicLink(story, elsewhere);
    run(out, defaults());
    assertThat(Files.isSymbolicLink(story)).isFalse();
    assertThat(story.resolve("brief.md")).exists();
    try (Stream<Path> files = Files.list(elsewhere)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFolderOfTheUsersIsNeverRemoved() throws IOException {
    Path out = tmp.resolve("out");
    Path notes = Files.createDirectories(out.resolve("notes"));
    Files.writeString(notes.resolve("todo.txt"), "mine", StandardCharsets.UTF_8);
    run(out, defaults());
    assertThat(notes.resolve("todo.txt")).exists();
  }

  @Test
  void storyTooLargeToOrderByMajorityIsOrderedFirstComeAndSaysSo() throws IOException {
    List<String> shared = sentences(2_600);
    article("big/a.txt", shared, sentences(1_300));
    article("big/b.txt", sentences(1_300), shared);
    Path out = tmp.resolve("out");
    BatchRun.Summary s = run(out, defaults());
    assertThat(s.firstCome()).isEqualTo(1);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    List<String> ordered = new ArrayList<>();
    for (JsonNode story : manifest.get("stories")) {
      if (story.has("order")) ordered.add(story.get("order").asText());
    }
    assertThat(ordered).containsExactly("first-come");
    // A rerun keeps the brief and still says how it was ordered.
    BatchRun.Summary again = run(out, defaults());
    assertThat(again.reusedBriefs()).isEqualTo(again.stories());
    assertThat(again.firstCome()).isEqualTo(1);
  }

  @Test
  void editedMetadataRewritesTheBriefThoughTheTextIsTheSame() throws IOException {
    Path out = tmp.resolve("out");
    run(out, defaults());
    Path file = archive.resolve("s0/a.txt");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, "---\ndate: 2022-01-05\n---\n" + text, StandardCharsets.UTF_8);
    BatchRun.Summary s = run(out, defaults());
    // The front matter is not article text: the id stays, but the brief shows the date now.
    assertThat(s.reusedBriefs()).isEqualTo(s.stories() - 1);
  }

  @Test
  void aFolderOfTheUsersWithAStampFileIsNeverEmptied() throws IOException {
    Path out = tmp.resolve("out");
    Path mine = Files.createDirectories(out.resolve("s0123456789ab"));
    Files.writeString(mine.resolve(".done"), "built", StandardCharsets.UTF_8);
    Files.writeString(mine.resolve("brief.md"), "my notes", StandardCharsets.UTF_8);
    run(out, defaults());
    assertThat(mine.resolve("brief.md")).hasContent("my notes");
    assertThat(mine.resolve(".done")).exists();
  }

  @Test
  void anInputRemovedAfterReadingIsMergedAsItWasRead() throws IOException {
    Path out = tmp.resolve("out");
    Path gone = archive.resolve("s3/b.txt");
    String text = Files.readString(gone);
    Progress deleteBeforeMerging =
        new Progress() {
          @Override
          public void stage(String name, long total) {
            if (name.equals("merge")) {
              try {
                Files.delete(gone);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          }

          @Override
          public void step(long n) {}

          @Override
          public void end() {}
        };
    BatchRun.Summary summary =
        new BatchRun(defaults(), deleteBeforeMerging).run(List.of(archive), out);
    Path again = tmp.resolve("again");
    Files.writeString(gone, text);
    new BatchRun(defaults(), Progress.NONE).run(List.of(archive), again);
    assertThat(summary.rejected()).isZero();
    assertThat(OutputFiles.snapshot(out)).isEqualTo(OutputFiles.snapshot(again));
  }
}
