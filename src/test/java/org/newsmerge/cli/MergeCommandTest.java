package org.newsmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.text.Normalizer;

class MergeCommandTest {

  /** Set -Dnewsmerge.updateGolden=true to rewrite out/ after reviewing the change. */
  private static final boolean UPDATE = Boolean.getBoolean("newsmerge.updateGolden");

  @Test
  void outHoldsTheCurrentBriefOfTheSeeds(@TempDir Path dir) throws Exception {
    OverlapsCommandTest.Run r = OverlapsCommandTest.run("merge", "seeds", "-o", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains("5 articles")
        .contains("duplicates merged")
        .contains("compression");
    for (String name : new String[] {"brief.md", "brief.html", "brief.json"}) {
      Path golden = Path.of("out", name);
      String fresh = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
      if (UPDATE) Files.writeString(golden, fresh, StandardCharsets.UTF_8);
      assertThat(golden).as("out/%s is stale: run the README's first command", name).exists();
      assertThat(Files.readString(golden, StandardCharsets.UTF_8))
          .as("out/%s is stale: run the README's first command", name)
          .isEqualTo(fresh);
    }
  }

  @Test
  void briefJsonFollowsTheDocumentedSchema(@TempDir Path dir) throws Exception {
    OverlapsCommandTest.run("merge", "seeds", "-o", dir.toString(), "--format", "json");
    assertThat(dir.resolve("brief.md")).doesNotExist();
    JsonNode doc = new ObjectMapper().readTree(dir.resolve("brief.json").toFile());
    for (String field :
        new String[] {"sources", "conflicts", "sentences", "related", "rejected", "stats"})
      assertThat(doc.has(field)).as(field).isTrue();
    JsonNode first = doc.get("sentences").get(0);
    for (String field :
        new String[] {
          "text",
          "source",
          "firstSource",
          "firstDate",
          "sources",
          "spans",
          "variants",
          "discrepancies"
        }) assertThat(first.has(field)).as(field).isTrue();
    assertThat(doc.get("conflicts")).hasSize(1);
    JsonNode psaki = doc.get("conflicts").get(0);
    assertThat(psaki.get("kind").asText()).isEqualTo("quote");
    assertThat(psaki.get("values").get(0).get("text").asText()).isEqualTo("خاطئة");
    assertThat(psaki.get("values").get(1).get("text").asText()).isEqualTo("كاذبة");
    JsonNode sentence = doc.get("sentences").get(psaki.get("sentence").asInt() - 1);
    assertThat(sentence.get("text").asText()).contains("خاطئة");
    assertThat(sentence.get("discrepancies")).hasSize(1);
    for (String field : new String[] {"id", "path", "name", "title", "byline", "url", "date"})
      assertThat(doc.get("sources").get(0).has(field)).as(field).isTrue();
    for (JsonNode s : doc.get("sentences")) {
      for (JsonNode span : s.get("spans")) {
        String path = null;
        for (JsonNode src : doc.get("sources"))
          if (src.get("id").equals(span.get("source"))) path = src.get("path").asText();
        String text = Files.readString(Path.of(path), StandardCharsets.UTF_8);
        String slice = text.substring(span.get("start").asInt(), span.get("end").asInt());
        boolean sameWording = Normalizer.key(slice).equals(Normalizer.key(s.get("text").asText()));
        boolean listedVariant = false;
        for (JsonNode v : s.get("variants")) listedVariant |= v.get("text").asText().equals(slice);
        assertThat(sameWording || listedVariant).as(slice).isTrue();
      }
    }
  }

  @Test
  void theDisagreementsSummaryOpensTheBriefAndLinksToThePsakiSentence(@TempDir Path dir)
      throws Exception {
    OverlapsCommandTest.run("merge", "seeds", "-o", dir.toString());
    String md = Files.readString(dir.resolve("brief.md"), StandardCharsets.UTF_8);
    String html = Files.readString(dir.resolve("brief.html"), StandardCharsets.UTF_8);
    assertThat(md.indexOf("## المصادر تختلف (موضع واحد)"))
        .isPositive()
        .isLessThan(md.indexOf("واشنطن – قبل 30 عاما"));
    assertThat(md).contains("- [الجملة ٣٢](#s32)، اقتباس: «خاطئة» في 000، 004؛ «كاذبة» في 004.");
    assertThat(md).contains("<a id=\"s32\"></a>وقالت السكرتيرة الصحفية");
    assertThat(html.indexOf("class=\"disagreements\""))
        .isPositive()
        .isLessThan(html.indexOf("<main>"));
    assertThat(html).contains("<a href=\"#s32\">الجملة ٣٢</a>، اقتباس:").contains("id=\"s32\"");
  }

  @Test
  void langEnglishWritesTheArabicSeedBriefWithAnEnglishInterface(@TempDir Path dir)
      throws Exception {
    OverlapsCommandTest.run("merge", "seeds", "-o", dir.toString(), "--lang", "en");
    String md = Files.readString(dir.resolve("brief.md"), StandardCharsets.UTF_8);
    String html = Files.readString(dir.resolve("brief.html"), StandardCharsets.UTF_8);
    assertThat(md).startsWith("# ").doesNotContain("<div dir=\"rtl\" lang=\"ar\">\n\n# ");
    assertThat(md).contains("- [Sentence 32](#s32), quote: “خاطئة” in 000, 004; “كاذبة” in 004.");
    // Arabic paragraphs of an English page are blocks of their own, read right to left.
    assertThat(md).contains("<div dir=\"rtl\">\n\nواشنطن – قبل 30 عاما");
    assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">");
    assertThat(html).contains("<a href=\"#s32\">Sentence 32</a>, quote:");
  }

  @Test
  void anUnknownLangIsAUsageErrorNamingIt(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"merge", "seeds", "-o", dir.toString(), "--lang", "fr"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("language (fr) must be auto or one of [en, ar]");
  }

  @Test
  void theBriefIsTheSameWhateverTheOrderOfInputFiles(@TempDir Path dir) throws Exception {
    String[] files;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      files = s.map(Path::toString).sorted().toArray(String[]::new);
    }
    String[] reversed = new String[files.length];
    for (int i = 0; i < files.length; i++) reversed[i] = files[files.length - 1 - i];
    String[] a =
        Stream.concat(Stream.of("merge", "-o", dir.resolve("a").toString()), Stream.of(files))
            .toArray(String[]::new);
    String[] b =
        Stream.concat(Stream.of("merge", "-o", dir.resolve("b").toString()), Stream.of(reversed))
            .toArray(String[]::new);
    OverlapsCommandTest.run(a);
    OverlapsCommandTest.run(b);
    for (String name : new String[] {"brief.md", "brief.html", "brief.json"}) {
      assertThat(Files.readString(dir.resolve("b").resolve(name), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(dir.resolve("a").resolve(name), StandardCharsets.UTF_8));
    }
  }

  @Test
  void badFormatIsAUsageError(@TempDir Path dir) {
    OverlapsCommandTest.Run r =
        OverlapsCommandTest.run("merge", "seeds", "-o", dir.toString(), "--format", "pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("pdf");
  }
}
