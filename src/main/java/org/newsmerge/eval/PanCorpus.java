package org.newsmerge.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A PAN text-alignment corpus as published: {@code susp/} and {@code src/} texts, and one folder
 * per obfuscation type ({@code 02-no-obfuscation} ...) with a {@code pairs} file and one truth XML
 * per pair whose {@code plagiarism} features give the cases by code point offset.
 */
public final class PanCorpus {

  /** One pair of a type: file names of the suspicious and the source document. */
  public record Pair(String type, String suspicious, String source) {
    public String truthName() {
      return org.newsmerge.render.PanXml.fileName(suspicious, source);
    }
  }

  /** A case or detection as read from XML, in code point offsets. */
  public record Feature(
      String source, int thisOffset, int thisLength, int sourceOffset, int sourceLength) {}

  private final Path root;

  public PanCorpus(Path root) {
    this.root = root;
  }

  public Path suspicious(String name) {
    return root.resolve("susp").resolve(name);
  }

  public Path source(String name) {
    return root.resolve("src").resolve(name);
  }

  /** The obfuscation type folders, in name order. */
  public List<String> types() {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("pairs")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Pair> pairs(String type) {
    List<Pair> out = new ArrayList<>();
    try {
      for (String line :
          Files.readAllLines(root.resolve(type).resolve("pairs"), StandardCharsets.UTF_8)) {
        String[] f = line.trim().split("\\s+");
        if (f.length == 2) out.add(new Pair(type, f[0], f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The cases of a pair (none when it has no truth file). */
  public List<Feature> cases(Pair pair) {
    Path file = root.resolve(pair.type()).resolve(pair.truthName());
    if (!Files.isRegularFile(file)) return List.of();
    return features(file, "plagiarism");
  }

  /** The features called {@code name} of one PAN XML document. */
  public static List<Feature> features(Path file, String name) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<Feature> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT
            && r.getLocalName().equals("feature")
            && name.equals(r.getAttributeValue(null, "name"))) {
          out.add(
              new Feature(
                  r.getAttributeValue(null, "source_reference"),
                  Integer.parseInt(r.getAttributeValue(null, "this_offset")),
                  Integer.parseInt(r.getAttributeValue(null, "this_length")),
                  Integer.parseInt(r.getAttributeValue(null, "source_offset")),
                  Integer.parseInt(r.getAttributeValue(null, "source_length"))));
        }
      }
      r.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException | NumberFormatException e) {
      throw new IllegalArgumentException(file + ": not PAN XML: " + e.getMessage(), e);
    }
    return out;
  }
}
