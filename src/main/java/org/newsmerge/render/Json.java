package org.newsmerge.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.newsmerge.model.Article;
import org.newsmerge.model.Rejected;

/** Shared JSON plumbing: a pretty, stable generator and the pieces every document repeats. */
final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** A generator with two-space indentation and {@code \n} line ends on every platform. */
  static JsonGenerator generator(Writer out) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      pp.indentObjectsWith(indenter);
      pp.indentArraysWith(indenter);
      g.setPrettyPrinter(pp);
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What fills a document's top-level object. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** One JSON document: an object that {@code body} fills, then a line end. */
  static void document(Writer out, Body body) {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A similarity rounded to three decimals, so that output bytes do not depend on float noise. */
  static BigDecimal round(double x) {
    return BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_EVEN);
  }

  /** Opens a source object and writes the fields every document gives a source. */
  static void startSource(JsonGenerator g, Article a, String name) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("path", a.path());
    g.writeNumberField("index", a.index());
    g.writeStringField("name", name);
    g.writeStringField("title", a.title());
    g.writeStringField("byline", a.byline());
    g.writeStringField("url", a.url());
    g.writeStringField("date", a.date());
  }

  static void rejected(JsonGenerator g, Iterable<Rejected> rejected) throws IOException {
    g.writeArrayFieldStart("rejected");
    for (Rejected r : rejected) {
      g.writeStartObject();
      g.writeStringField("path", r.path());
      g.writeStringField("reason", r.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
