package org.newsmerge.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.cluster.StoryGrouper;

/** Stories are events with reuse families inside; a site's own repeated text links nothing. */
class EventStoriesTest {

  private static final Path COOKIE_PAGES = Path.of("src/test/resources/events/cookie-banner");
  private static final String BANNER = "We use cookies to give you the best experience";

  @TempDir Path tmp;

  private static BatchRun.Summary run(BatchSettings settings, Path in, Path out) {
    return new BatchRun(settings, Progress.NONE).run(List.of(in), out);
  }

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
  }

  @Test
  void theFiveSeedArticlesAreOneStoryWithTheReprintFamilyInside() throws IOException {
    Path out = tmp.resolve("out");
    BatchRun.Summary s = run(BatchSettings.defaults(2), Path.of("seeds"), out);
    assertThat(s.stories()).isEqualTo(1);
    assertThat(s.families()).isEqualTo(4);
    JsonNode m = manifest(out);
    JsonNode story = m.get("stories").get(0);
    assertThat(story.get("articles")).hasSize(5);
    Map<String, String> fileOf = new HashMap<>();
    for (JsonNode a : m.get("articles")) {
      fileOf.put(a.get("id").asText(), Path.of(a.get("path").asText()).getFileName().toString());
      assertThat(a.get("story").asText()).isEqualTo(story.get("id").asText());
      assertThat(a.get("family").asText()).startsWith("f");
    }
    List<List<String>> families = new ArrayList<>();
    for (JsonNode f : story.get("families")) {
      List<String> files = new ArrayList<>();
      for (JsonNode id : f.get("articles")) files.add(fileOf.get(id.asText()).substring(0, 3));
      families.add(files);
    }
    assertThat(families)
        .containsExactlyInAnyOrder(
            List.of("000", "004"), List.of("001"), List.of("002"), List.of("003"));
    // By reuse alone, as before: the reprint family is the only story.
    BatchRun.Summary reuse =
        run(
            BatchSettings.defaults(2).withGroupBy(BatchSettings.GroupBy.REUSE),
            Path.of("seeds"),
            tmp.resolve("reuse"));
    assertThat(reuse.stories()).isEqualTo(1);
    assertThat(reuse.largest()).isEqualTo(2);
  }

  @Test
  void oneSitesCookieBannerOnThreeUnrelatedPagesLinksNoneOfThem() throws IOException {
    BatchRun.Summary s = run(BatchSettings.defaults(2), COOKIE_PAGES, tmp.resolve("out"));
    assertThat(s.articles()).isEqualTo(3);
    assertThat(s.stories()).isZero();
    assertThat(s.siteGroups()).isPositive();
    // The pages do share the banner: counted as shared text, it makes them one story.
    BatchSettings blind =
        BatchSettings.defaults(2)
            .withEvents(BatchSettings.defaults(2).events().withSiteMin(4))
            .withGroupBy(BatchSettings.GroupBy.REUSE);
    assertThat(run(blind, COOKIE_PAGES, tmp.resolve("blind")).stories()).isEqualTo(1);
  }

  @Test
  void aSitesRepeatedTextStaysOutOfTheBriefAsSiteFurniture() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    for (String page : List.of("weather", "football", "phones"))
      Files.copy(COOKIE_PAGES.resolve(page + ".json"), in.resolve(page + ".json"));
    String flood =
        "Rescue teams reached the stranded school bus near the river crossing on Wednesday after"
            + " the floods in the northern valley cut the main road for a second day. The regional"
            + " weather office warned that more heavy rain would fall on the valley by Friday.";
    String banner = Files.readString(COOKIE_PAGES.resolve("weather.json"), StandardCharsets.UTF_8);
    String bannerText = banner.substring(banner.indexOf(BANNER), banner.indexOf("policy.") + 7);
    writeJson(
        in.resolve("flood-daily.json"),
        "Daily Example",
        "https://www.dailyexample.com/news/flood-2",
        bannerText + "\\n\\n" + flood);
    writeJson(
        in.resolve("flood-other.json"),
        "Valley Post",
        "https://valleypost.example/flood",
        flood + " Schools in three villages stayed closed.");
    Path out = tmp.resolve("out");
    BatchRun.Summary s = run(BatchSettings.defaults(2), in, out);
    assertThat(s.stories()).isEqualTo(1);
    // The follow-ups and the site's first flood report are one event; the other pages are not.
    JsonNode story = manifest(out).get("stories").get(0);
    assertThat(story.get("articles")).hasSize(3);
    assertThat(story.get("families")).hasSize(2); // the two follow-ups share their text
    String md =
        Files.readString(
            out.resolve(story.get("id").asText()).resolve("brief.md"), StandardCharsets.UTF_8);
    String json =
        Files.readString(
            out.resolve(story.get("id").asText()).resolve("brief.json"), StandardCharsets.UTF_8);
    assertThat(md).contains("Rescue teams reached");
    assertThat(json).contains("\"kind\" : \"site\"");
    JsonNode brief = new ObjectMapper().readTree(json);
    for (JsonNode sentence : brief.get("sentences"))
      assertThat(sentence.get("text").asText()).doesNotContain("cookies");
  }

  private static void writeJson(Path file, String source, String url, String content)
      throws IOException {
    Files.writeString(
        file,
        "{\"source\": \""
            + source
            + "\", \"url\": \""
            + url
            + "\", \"date\": \"2024-03-02\", \"content\": \""
            + content
            + "\"}",
        StandardCharsets.UTF_8);
  }

  @Test
  void aGroupIsSiteFurnitureBoilerplateAFormulaOrALink() {
    int[] siteOf = {0, 0, 0, 1, 2};
    long[] days = {10, 10, 11, 10, 30};
    StoryGrouper.Rules rules = new StoryGrouper.Rules(3, 2, 1.0 / 3, 3, 2);
    assertThat(StoryGrouper.judge(new int[] {0, 1, 2}, false, siteOf, days, rules))
        .isEqualTo(StoryGrouper.Kind.SITE);
    assertThat(StoryGrouper.judge(new int[] {0, 1, 3}, false, siteOf, days, rules))
        .isEqualTo(StoryGrouper.Kind.LINK);
    assertThat(StoryGrouper.judge(new int[] {0, 3}, true, siteOf, days, rules))
        .isEqualTo(StoryGrouper.Kind.BOILERPLATE);
    assertThat(StoryGrouper.judge(new int[] {0, 1, 3, 4}, false, siteOf, days, rules))
        .isEqualTo(StoryGrouper.Kind.BOILERPLATE);
    assertThat(StoryGrouper.judge(new int[] {3, 4}, false, siteOf, days, rules))
        .isEqualTo(StoryGrouper.Kind.FORMULA);
    assertThat(StoryGrouper.Kind.FORMULA.links()).isFalse();
    assertThat(StoryGrouper.Kind.LINK.links()).isTrue();
    assertThat(StoryGrouper.Kind.SITE.links()).isFalse();
  }
}
