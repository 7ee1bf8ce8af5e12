package org.newsmerge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.model.Article;

/**
 * The family links judged by reading ({@code src/test/resources/eval/reprint-links*.jsonl}),
 * checked mechanically against the dev corpus: each names two articles of it, every link judged
 * reuse quotes a passage found word for word in both (the first set: in one of them, as edited),
 * and the counts are those the docs give.
 */
class ReprintLinksJudgedTest {

  private static final Path DEV = Path.of("..", "shared", "corpora", "saudinewsnet-dev");
  private static final Set<String> KINDS =
      Set.of("verbatim", "edited", "partial", "formula", "own words");

  private static List<JsonNode> links(String file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line :
        Files.readAllLines(Path.of("src/test/resources/eval", file), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) out.add(json.readTree(line));
    }
    return out;
  }

  @Test
  void everyJudgedLinkNamesTwoDevArticlesAndQuotesWhatTheyShare() throws IOException {
    assumeTrue(Files.isDirectory(DEV), "corpus not present: " + DEV);
    Map<String, Article> byId = new HashMap<>();
    for (Article a : ArticleReader.read(List.of(DEV)).articles()) byId.put(a.id(), a);
    for (String file : List.of("reprint-links.jsonl", "reprint-links-2.jsonl")) {
      List<JsonNode> links = links(file);
      assertThat(links).as(file).hasSize(100);
      int reuse = 0;
      for (JsonNode l : links) {
        String where = file + " link " + l.get("link").asInt();
        Article a = byId.get(l.get("a").asText());
        Article b = byId.get(l.get("b").asText());
        assertThat(a).as(where).isNotNull();
        assertThat(b).as(where).isNotNull();
        assertThat(KINDS).as(where).contains(l.get("kind").asText());
        if (!l.get("reuse").asBoolean()) continue;
        reuse++;
        String shared = squeezed(l.get("shared").asText());
        assertThat(shared.split(" ")).as(where).hasSizeGreaterThanOrEqualTo(5);
        if (file.equals("reprint-links.jsonl")) {
          // The first set quotes one article's wording of what the two share, edits and all.
          assertThat(squeezed(a.text()).contains(shared) || squeezed(b.text()).contains(shared))
              .as(where)
              .isTrue();
        } else {
          assertThat(squeezed(a.text())).as(where).contains(shared);
          assertThat(squeezed(b.text())).as(where).contains(shared);
        }
      }
      assertThat(reuse).as(file).isEqualTo(file.equals("reprint-links.jsonl") ? 91 : 98);
    }
  }

  /** Runs of white space (line breaks, no-break spaces) as one space. */
  private static String squeezed(String s) {
    return s.replaceAll("[\\s\\u00a0\\u200f\\u200e]+", " ").trim();
  }
}
