package org.newsmerge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsmerge.model.Block;
import org.newsmerge.model.Rejected;

/**
 * Reads the bytes of one file (or archive entry) of a known format into drafts. Decoding comes
 * first for every format, so invalid UTF-8 or binary data is reported the same way everywhere.
 * Thread-safe.
 */
final class FormatReader {

  private FormatReader() {}

  /**
   * @param path the path articles and rejections are reported under
   * @param fileName the file or entry name, which gives the fallback source
   */
  static void read(
      String path,
      String fileName,
      Format format,
      byte[] bytes,
      Consumer<Draft> drafts,
      Consumer<Rejected> rejected) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded instanceof TextDecoder.NotText notText) {
      rejected.accept(new Rejected(path, notText.reason()));
      return;
    }
    String text = ((TextDecoder.Text) decoded).text();
    String fileSource = ArticleAssembler.sourceFromFileName(fileName);
    switch (format) {
      case TEXT -> drafts.accept(plainText(path, text, fileSource));
      case JSON -> JsonArticles.readJson(path, text, fileSource, drafts, rejected);
      case JSONL -> JsonArticles.readJsonLines(path, text, fileSource, drafts, rejected);
      case HTML -> drafts.accept(HtmlArticles.read(path, text, fileSource));
      case ZIP -> rejected.accept(new Rejected(path, "archive inside an archive, not read"));
    }
  }

  /** A text or Markdown file: optional front matter, then lines. */
  static Draft plainText(String path, String text, String fileSource) {
    Optional<FrontMatter> frontMatter = FrontMatter.parse(text);
    List<Segment> segments = new ArrayList<>();
    int bodyStart = 0;
    if (frontMatter.isPresent()) {
      bodyStart = frontMatter.get().end();
      segments.add(new Segment(0, bodyStart, Block.Kind.FRONT_MATTER));
    }
    segments.addAll(Paragraphs.split(text, bodyStart));
    FrontMatter fm = frontMatter.orElse(new FrontMatter(0, Map.of()));
    String author = fm.field("author");
    return new Draft(
        path,
        0,
        path,
        text,
        segments,
        fm.field("title"),
        fm.field("source"),
        fm.field("url"),
        fm.field("date"),
        author.isBlank() ? fm.field("byline") : author,
        fileSource);
  }
}
