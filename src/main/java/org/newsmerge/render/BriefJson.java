package org.newsmerge.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.newsmerge.merge.Brief;
import org.newsmerge.merge.Unit;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.DiffChunk;

/**
 * {@code brief.json}: the sources (with their non-narrative lines), the sentences of the brief in
 * order with the sources and spans of each, the first to publish it, variants with word diffs,
 * conflicts (also gathered in one list at the top), related sentences, rejected inputs and summary
 * figures. The schema is documented in docs/formats.md.
 */
public final class BriefJson {

  private BriefJson() {}

  public static void write(Brief brief, Writer out) {
    write(brief, Presentation.DEFAULT, out);
  }

  /** Writes {@code brief} with the lead {@code presentation} asks for. */
  public static void write(Brief brief, Presentation presentation, Writer out) {
    SourceNames names = new SourceNames(brief.sources());
    Json.document(
        out,
        g -> {
          g.writeArrayFieldStart("sources");
          for (Article a : brief.sources()) source(g, a, names.of(a.id()), brief);
          g.writeEndArray();
          lead(g, brief, BriefText.lead(brief, presentation));
          g.writeArrayFieldStart("conflicts");
          for (int i = 0; i < brief.units().size(); i++) {
            for (Unit.Conflict c : brief.units().get(i).conflicts()) {
              g.writeStartObject();
              g.writeNumberField("sentence", i + 1);
              conflict(g, c);
              g.writeEndObject();
            }
          }
          g.writeEndArray();
          acrossOutlets(g, brief);
          families(g, brief);
          g.writeArrayFieldStart("sentences");
          for (Unit u : brief.units()) unit(g, u);
          g.writeEndArray();
          g.writeArrayFieldStart("facts");
          for (Brief.FactLink f : brief.facts()) {
            g.writeStartObject();
            g.writeNumberField("a", f.a() + 1);
            g.writeNumberField("b", f.b() + 1);
            g.writeNumberField("similarity", Json.round(f.similarity()));
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("related");
          for (Brief.Related r : brief.related()) {
            g.writeStartObject();
            g.writeNumberField("a", r.a() + 1);
            g.writeNumberField("b", r.b() + 1);
            g.writeNumberField("similarity", Json.round(r.similarity()));
            g.writeEndObject();
          }
          g.writeEndArray();
          Json.rejected(g, brief.rejected());
          g.writeObjectFieldStart("stats");
          g.writeNumberField("articles", brief.sources().size());
          g.writeNumberField("sentencesIn", brief.sentencesIn());
          g.writeNumberField("sentencesOut", brief.units().size());
          g.writeNumberField("duplicatesMerged", brief.sentencesIn() - brief.units().size());
          g.writeNumberField("charactersIn", brief.inputCharacters());
          g.writeNumberField("charactersOut", brief.outputCharacters());
          g.writeNumberField("compression", Json.round(brief.compression()));
          g.writeEndObject();
        });
  }

  private static void source(JsonGenerator g, Article a, String name, Brief brief)
      throws IOException {
    Json.startSource(g, a, name);
    g.writeArrayFieldStart("metadata");
    for (Block b : a.blocks()) {
      if (b.kind() == Block.Kind.NARRATIVE || b.kind() == Block.Kind.FRONT_MATTER) continue;
      g.writeStartObject();
      g.writeStringField("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("text", a.slice(b.start(), b.end()));
      g.writeNumberField("start", b.start());
      g.writeNumberField("end", b.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void unit(JsonGenerator g, Unit u) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", u.text());
    g.writeStringField("source", u.representative().source());
    if (u.firstSource().isEmpty()) {
      g.writeNullField("firstSource");
      g.writeNullField("firstDate");
    } else {
      g.writeStringField("firstSource", u.firstSource());
      g.writeStringField("firstDate", u.firstDate());
    }
    g.writeArrayFieldStart("sources");
    for (String id : u.sources()) g.writeString(id);
    g.writeEndArray();
    g.writeArrayFieldStart("spans");
    for (Unit.Member m : u.members()) {
      g.writeStartObject();
      g.writeStringField("source", m.source());
      g.writeNumberField("sentence", m.sentence().index() + 1);
      g.writeNumberField("start", m.sentence().start());
      g.writeNumberField("end", m.sentence().end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("variants");
    for (Unit.Variant v : u.variants()) {
      g.writeStartObject();
      g.writeStringField("source", v.member().source());
      g.writeStringField("text", v.member().sentence().text());
      g.writeArrayFieldStart("diff");
      for (DiffChunk c : v.diff()) {
        if (c.op() == DiffChunk.Op.EQUAL) continue;
        g.writeStartObject();
        g.writeStringField("op", c.op().label());
        g.writeStringField("shown", c.a());
        g.writeStringField("variant", c.b());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("discrepancies");
    for (Unit.Conflict c : u.conflicts()) {
      g.writeStartObject();
      conflict(g, c);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The lead: each sentence shown, in the order shown, by its number, text, sources, and the
   * sources that report it in other words.
   */
  private static void lead(JsonGenerator g, Brief brief, List<Integer> lead) throws IOException {
    g.writeArrayFieldStart("lead");
    for (int i : lead) {
      Unit u = brief.units().get(i);
      g.writeStartObject();
      g.writeNumberField("sentence", i + 1);
      g.writeStringField("text", u.text());
      g.writeArrayFieldStart("sources");
      for (String id : u.sources()) g.writeString(id);
      g.writeEndArray();
      g.writeArrayFieldStart("otherWords");
      for (String id : brief.otherWords(i)) g.writeString(id);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The discrepancies across outlets: two sentences, the kind, each value with its sources. */
  private static void acrossOutlets(JsonGenerator g, Brief brief) throws IOException {
    g.writeArrayFieldStart("conflictsAcrossOutlets");
    for (Brief.CrossConflict c : brief.crossConflicts()) {
      g.writeStartObject();
      g.writeArrayFieldStart("sentences");
      g.writeNumber(c.a() + 1);
      g.writeNumber(c.b() + 1);
      g.writeEndArray();
      conflict(g, new Unit.Conflict(c.kind(), c.values()));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The families, each with its articles and the first and last of the sentences it tells. */
  private static void families(JsonGenerator g, Brief brief) throws IOException {
    g.writeArrayFieldStart("families");
    for (Brief.Family f : brief.families()) {
      g.writeStartObject();
      g.writeArrayFieldStart("articles");
      for (String id : f.articles()) g.writeString(id);
      g.writeEndArray();
      g.writeNumberField("first", f.from() + 1);
      g.writeNumberField("last", f.to());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A conflict's fields: its kind and each value with the sources carrying it. */
  private static void conflict(JsonGenerator g, Unit.Conflict c) throws IOException {
    g.writeStringField("kind", c.kind().label());
    g.writeArrayFieldStart("values");
    for (Unit.Value v : c.values()) {
      g.writeStartObject();
      g.writeStringField("text", v.text());
      g.writeArrayFieldStart("sources");
      for (String id : v.sources()) g.writeString(id);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
