package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsmerge.align.OverlapSettings;
import org.newsmerge.merge.Merger;
import org.newsmerge.model.Article;
import org.newsmerge.model.Corpus;
import org.newsmerge.model.Rejected;
import org.newsmerge.pipeline.Pipeline;
import org.newsmerge.render.BriefFormat;

/**
 * Random bytes, random JSON and random ZIP structures, with fixed seeds: reading never throws, each
 * input is read or rejected with a reason, and what is read goes through the whole merge and every
 * output format without an exception.
 */
class ReaderFuzzTest {

  private static final String[] EXTENSIONS = {".txt", ".md", ".json", ".jsonl", ".html", ".zip"};

  /** Pieces real and broken inputs are made of: markup, JSON syntax, scripts, controls, halves. */
  private static final String[] PIECES = {
    "The minister said. ",
    "قال الوزير إن المحادثات ستستأنف. ",
    "\n",
    "\n\n",
    "\r\n",
    "---\n",
    "title: x\n",
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "\"content\":",
    "\"body\": ",
    "null",
    "1e999",
    "<p>",
    "</p>",
    "<script>",
    "<!--",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "\\u0000",
    "\\ud800",
    "\\",
    "\u0000",
    "\uD800",
    "\uDFFF",
    "\u202E",
    "\uFEFF",
    "# ",
    "- ",
    "1. ",
    "..",
    "د. ",
    "U.S. ",
    "https://x.y/z ",
    "\t",
    "   ",
    "٣٤٥",
    "ـــ",
    "\u0007",
    "😀"
  };

  @TempDir Path dir;

  private static String text(Random random, int pieces) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pieces; i++) s.append(PIECES[random.nextInt(PIECES.length)]);
    return s.toString();
  }

  private static byte[] bytes(Random random) {
    switch (random.nextInt(4)) {
      case 0 -> {
        byte[] b = new byte[random.nextInt(400)];
        random.nextBytes(b);
        return b;
      }
      case 1 -> {
        byte[] b = text(random, 40).getBytes(StandardCharsets.UTF_8);
        if (b.length > 0) b[random.nextInt(b.length)] = (byte) random.nextInt(256); // one bad byte
        return b;
      }
      default -> {
        return text(random, 1 + random.nextInt(80)).getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  /** A JSON document of random shape: objects, arrays, text fields of random content. */
  private static String json(Random random, int depth) {
    return switch (depth > 3 ? random.nextInt(3) : random.nextInt(6)) {
      case 0 -> "\"" + text(random, 10).replace("\"", "\\\"") + "\"";
      case 1 -> String.valueOf(random.nextInt());
      case 2 -> random.nextBoolean() ? "null" : "true";
      case 3 -> {
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) items.add(json(random, depth + 1));
        yield "[" + String.join(",", items) + "]";
      }
      default -> {
        List<String> fields = new ArrayList<>();
        String[] names = {"content", "body", "text", "title", "source", "date", "url", "x"};
        for (int i = random.nextInt(5); i > 0; i--) {
          fields.add("\"" + names[random.nextInt(names.length)] + "\":" + json(random, depth + 1));
        }
        yield "{" + String.join(",", fields) + "}";
      }
    };
  }

  private static byte[] zip(Random random, int depth) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      String[] names = {"a.txt", "a.txt", "../up.md", "/abs.json", ".hidden.txt", "d/", "x.zip"};
      for (int i = random.nextInt(5); i > 0; i--) {
        String name =
            random.nextInt(3) == 0
                ? names[random.nextInt(names.length)]
                : "e" + i + EXTENSIONS[random.nextInt(EXTENSIONS.length)];
        try {
          zip.putNextEntry(new ZipEntry(name));
        } catch (java.util.zip.ZipException duplicate) {
          continue; // the JDK refuses to write two entries of one name; other tests hold such zips
        }
        byte[] content =
            name.endsWith(".zip") && depth < 1
                ? zip(random, depth + 1)
                : name.endsWith(".json")
                    ? json(random, 0).getBytes(StandardCharsets.UTF_8)
                    : bytes(random);
        if (!name.endsWith("/")) zip.write(content);
        zip.closeEntry();
      }
    }
    byte[] b = bytes.toByteArray();
    if (random.nextInt(4) == 0 && b.length > 4) {
      b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255)); // corrupt one byte
    }
    if (random.nextInt(6) == 0) b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
    return b;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomInputsAreReadOrRejectedAndMergeWithoutAnException(long seed) throws IOException {
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String ext = EXTENSIONS[random.nextInt(EXTENSIONS.length)];
      byte[] content =
          switch (ext) {
            case ".zip" -> zip(random, 0);
            case ".json", ".jsonl" ->
                (random.nextBoolean()
                        ? json(random, 0)
                        : new String(bytes(random), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            default -> bytes(random);
          };
      Path f = dir.resolve("seed" + seed + "-" + i + ext);
      try (OutputStream out = Files.newOutputStream(f)) {
        out.write(content);
      }
      files.add(f);
    }
    Corpus corpus = ArticleReader.read(List.of(dir));
    for (Path f : files) {
      String path = f.toString();
      boolean read = corpus.articles().stream().anyMatch(a -> a.path().startsWith(path));
      boolean rejected = corpus.rejected().stream().anyMatch(r -> r.path().startsWith(path));
      assertThat(read || rejected).as("%s is neither read nor rejected", path).isTrue();
    }
    for (Rejected r : corpus.rejected()) assertThat(r.reason()).isNotBlank();
    for (Article a : corpus.articles()) {
      assertThat(a.text().codePoints()).noneMatch(c -> c == 0 || (c >= 0xD800 && c <= 0xDFFF));
    }
    var brief =
        new Merger(OverlapSettings.DEFAULT)
            .merge(Pipeline.analyse(corpus, OverlapSettings.DEFAULT));
    for (BriefFormat f : BriefFormat.values()) {
      java.io.StringWriter out = new java.io.StringWriter();
      f.write(brief, out);
      String written = out.toString();
      for (int i = 0; i < written.length(); i++) {
        char c = written.charAt(i);
        boolean pair =
            Character.isHighSurrogate(c)
                    && i + 1 < written.length()
                    && Character.isLowSurrogate(written.charAt(i + 1))
                || Character.isLowSurrogate(c)
                    && i > 0
                    && Character.isHighSurrogate(written.charAt(i - 1));
        assertThat(c == 0 || Character.isSurrogate(c) && !pair)
            .as(
                "%s writes U+%04X near: %s",
                f,
                (int) c,
                written.substring(Math.max(0, i - 60), Math.min(written.length(), i + 20)))
            .isFalse();
      }
    }
  }
}
