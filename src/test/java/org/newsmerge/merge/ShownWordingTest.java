package org.newsmerge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.pipeline.Pipeline;

/**
 * The wording shown is the one whose values most sources carry, then the earliest published; file
 * names decide nothing a majority or a date can.
 */
class ShownWordingTest {

  private static final String OPENING =
      "A powerful storm swept across the northern coast of the country late on Monday night.";
  private static final String WIRE =
      "The storm killed 42 people and destroyed 300 homes in the coastal towns, officials said.";
  private static final String REPRINT =
      "The storm killed 45 people and destroyed 500 homes in the coastal towns, officials said.";
  private static final String CLOSING =
      "Rescue teams were still searching the flooded villages for survivors on Tuesday morning.";

  private static void article(Path dir, String file, String source, String date, String figures)
      throws IOException {
    String front =
        "---\ntitle: Storm hits the coast\nsource: "
            + source
            + (date.isEmpty() ? "" : "\ndate: " + date)
            + "\n---\n\n";
    Files.writeString(
        dir.resolve(file),
        front + OPENING + "\n\n" + figures + "\n\n" + CLOSING + "\n",
        StandardCharsets.UTF_8);
  }

  private static Brief merge(Path dir) {
    Analysis analysis = Pipeline.analyse(List.of(dir), OverlapSettings.DEFAULT);
    return new Merger(OverlapSettings.DEFAULT).merge(analysis);
  }

  private static Unit figures(Brief brief) {
    return brief.units().stream()
        .filter(u -> u.text().startsWith("The storm killed"))
        .findFirst()
        .orElseThrow();
  }

  private static String sourceName(Brief brief, String id) {
    return brief.source(id).source();
  }

  @Test
  void theEarlierWireIsShownWhateverTheFileNames(@TempDir Path dir) throws IOException {
    for (String[] names : new String[][] {{"a.md", "b.md"}, {"b.md", "a.md"}}) {
      Path d = Files.createDirectories(dir.resolve(names[0]));
      article(d, names[0], "Wire", "2022-01-06T08:00:00Z", WIRE);
      article(d, names[1], "Reprint", "2022-01-06T11:30:00Z", REPRINT);
      Brief brief = merge(d);
      Unit u = figures(brief);
      assertThat(u.text()).as("files %s", List.of(names)).isEqualTo(WIRE);
      assertThat(sourceName(brief, u.firstSource())).isEqualTo("Wire");
      assertThat(u.firstDate()).isEqualTo("2022-01-06T08:00:00Z");
      assertThat(u.conflicts()).hasSize(2);
      assertThat(u.conflicts().get(0).values())
          .extracting(Unit.Value::text)
          .containsExactly("42", "45");
    }
  }

  @Test
  void theWordingMoreSourcesCarryIsShownWhateverTheFileNames(@TempDir Path dir) throws IOException {
    for (String prefix : new String[] {"a", "z"}) {
      Path d = Files.createDirectories(dir.resolve(prefix));
      // The reprint sorts first by file name (or last), and no article has a date.
      article(d, prefix + "-reprint.md", "Reprint", "", REPRINT);
      article(d, "m-wire.md", "Wire", "", WIRE);
      article(
          d, "n-copy.md", "Copy", "", WIRE.replace("officials said", "officials told reporters"));
      Brief brief = merge(d);
      Unit u = figures(brief);
      assertThat(u.text()).as("reprint named %s", prefix).doesNotContain("45").contains("42");
      assertThat(u.firstSource()).isEmpty();
      Unit.Conflict deaths = u.conflicts().get(0);
      assertThat(deaths.values().get(0).text()).isEqualTo("42");
      assertThat(deaths.values().get(0).sources()).hasSize(2);
      assertThat(deaths.values().get(1).text()).isEqualTo("45");
      assertThat(deaths.values().get(1).sources())
          .singleElement()
          .satisfies(id -> assertThat(sourceName(brief, id)).isEqualTo("Reprint"));
    }
  }

  @Test
  void noSourceIsFirstWhenOneOfThemHasNoDate(@TempDir Path dir) throws IOException {
    article(dir, "a.md", "Wire", "2022-01-06T08:00:00Z", WIRE);
    article(dir, "b.md", "Reprint", "", REPRINT);
    Unit u = figures(merge(dir));
    assertThat(u.firstSource()).isEmpty();
    assertThat(u.firstDate()).isEmpty();
  }

  @Test
  void aConflictListsEachValueOnceWithAllItsSources(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 4; i++) article(dir, "wire-" + i + ".md", "Outlet " + i, "", WIRE);
    article(dir, "reprint.md", "Reprint", "", REPRINT);
    Unit u = figures(merge(dir));
    assertThat(u.text()).isEqualTo(WIRE);
    assertThat(u.conflicts()).hasSize(2);
    for (Unit.Conflict c : u.conflicts()) {
      assertThat(c.kind()).isEqualTo(Unit.Discrepancy.Kind.NUMBER);
      assertThat(c.values()).hasSize(2);
      assertThat(c.values().get(0).sources()).hasSize(4);
      assertThat(c.values().get(1).sources()).hasSize(1);
    }
  }

  @Test
  void theMajorityValueIsShownWhenTheMinorityWordingAlsoHoldsIt() throws Exception {
    // Two outlets: "killed 12 ... and 12 injured"; one: "killed 13 ... and 12 injured". The
    // minority's wording holds every word of the majority's and one more figure: that is a
    // conflict, not more content, so the majority's 12 is shown and the 13 flagged.
    Path dir = Path.of(ShownWordingTest.class.getResource("/hostile/changed-figure").toURI());
    Brief brief = merge(dir);
    Unit u = figures(brief);
    assertThat(u.text()).contains("killed 12");
    assertThat(u.conflicts()).singleElement();
    assertThat(u.conflicts().get(0).values())
        .extracting(Unit.Value::text)
        .containsExactly("12", "13");
  }
}
