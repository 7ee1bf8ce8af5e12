package org.newsmerge.render;

import java.util.List;
import org.newsmerge.align.passage.TextPassage;

/**
 * Detections in PAN's text-alignment format: one XML document per pair of texts, named {@code
 * <suspicious>-<source>.xml} after the two file names without extension, holding one {@code
 * detected-plagiarism} feature per passage. Offsets and lengths count Unicode code points, as PAN's
 * tools do; the texts are needed to convert from UTF-16 offsets.
 */
public final class PanXml {

  private PanXml() {}

  /** The file name PAN expects for the detections of a pair. */
  public static String fileName(String suspiciousName, String sourceName) {
    return base(suspiciousName) + "-" + base(sourceName) + ".xml";
  }

  /** The XML document of one pair's detections. */
  public static String document(
      String suspiciousName,
      String suspicious,
      String sourceName,
      String source,
      List<TextPassage> passages) {
    StringBuilder x = new StringBuilder();
    x.append("<document reference=\"").append(escape(suspiciousName)).append("\">\n");
    for (TextPassage p : passages) {
      int thisOffset = suspicious.codePointCount(0, p.thisStart());
      int sourceOffset = source.codePointCount(0, p.sourceStart());
      x.append("<feature name=\"detected-plagiarism\"")
          .append(" this_offset=\"")
          .append(thisOffset)
          .append("\" this_length=\"")
          .append(suspicious.codePointCount(p.thisStart(), p.thisEnd()))
          .append("\" source_reference=\"")
          .append(escape(sourceName))
          .append("\" source_offset=\"")
          .append(sourceOffset)
          .append("\" source_length=\"")
          .append(source.codePointCount(p.sourceStart(), p.sourceEnd()))
          .append("\" />\n");
    }
    x.append("</document>\n");
    return x.toString();
  }

  private static String base(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String n = name.substring(slash + 1);
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
