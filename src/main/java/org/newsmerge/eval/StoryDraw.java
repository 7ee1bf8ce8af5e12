package org.newsmerge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stories of a batch run's output, drawn for reading: a number of them at random with a fixed seed,
 * or the largest, each printed with its families and every article's date, outlet and title (from
 * its brief), so that a reader can judge whether it is one event.
 */
public final class StoryDraw {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryDraw() {}

  /** {@code count} stories of the run in {@code out}: drawn with {@code seed}, or the largest. */
  public static void print(Path out, int count, long seed, boolean largest, PrintWriter w) {
    JsonNode manifest = read(out.resolve("manifest.json"));
    List<JsonNode> stories = new ArrayList<>();
    manifest.get("stories").forEach(stories::add);
    if (largest) {
      stories.sort(
          Comparator.comparingInt((JsonNode s) -> -s.get("articles").size())
              .thenComparing(s -> s.get("id").asText()));
    } else {
      Collections.shuffle(stories, new Random(seed));
    }
    int n = 0;
    for (JsonNode s : stories.subList(0, Math.min(count, stories.size()))) {
      // Titles and dates come from the story's brief.json; without it (another --format), ids.
      Path json = out.resolve(s.get("id").asText()).resolve("brief.json");
      Map<String, JsonNode> sources = new HashMap<>();
      if (Files.isReadable(json))
        for (JsonNode src : read(json).get("sources")) sources.put(src.get("id").asText(), src);
      w.printf(
          java.util.Locale.ROOT,
          "%d. %s: %d articles, %d outlets, %d families, %s to %s%n",
          ++n,
          s.get("id").asText(),
          s.get("articles").size(),
          s.get("outlets").size(),
          s.get("families").size(),
          s.get("firstDate").asText(),
          s.get("lastDate").asText());
      int f = 0;
      for (JsonNode family : s.get("families")) {
        f++;
        for (JsonNode id : family.get("articles")) {
          JsonNode src = sources.get(id.asText());
          w.printf(
              java.util.Locale.ROOT,
              "   %d  %-16s %-14s %s%n",
              f,
              src == null ? "" : src.get("date").asText(),
              src == null ? "" : src.get("name").asText(),
              src == null ? id.asText() : src.get("title").asText());
        }
      }
    }
    w.flush();
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
