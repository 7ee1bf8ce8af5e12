package org.newsmerge.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsmerge.align.Analysis;
import org.newsmerge.align.WordDiffer;
import org.newsmerge.align.passage.AlignSettings;
import org.newsmerge.align.passage.TextAligner;
import org.newsmerge.align.passage.TextPassage;
import org.newsmerge.model.Article;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.model.Passage;
import org.newsmerge.model.Sentence;
import org.newsmerge.model.SentenceMatch;

/**
 * The overlap report as one JSON document: {@code sources}, {@code passages} (each with its sides
 * {@code a} and {@code b} as spans in UTF-16 offsets into the article text, and its sentence pairs
 * with word diffs), {@code rejected} inputs, and {@code alignments}: the passages at character
 * precision that the {@link TextAligner} finds between each pair of distinct articles sharing a
 * passage (as {@code overlaps --format pan} reports them), with their spans in the same offsets.
 */
public final class OverlapJson {

  private OverlapJson() {}

  public static void write(Analysis analysis, Writer out) {
    SourceNames names = new SourceNames(analysis.articles());
    Json.document(
        out,
        g -> {
          g.writeArrayFieldStart("sources");
          for (int i = 0; i < analysis.articles().size(); i++) {
            Article a = analysis.articles().get(i);
            Json.startSource(g, a, names.of(a.id()));
            g.writeNumberField("sentences", analysis.sentences().get(i).size());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("passages");
          for (Passage p : analysis.overlaps().passages()) passage(g, analysis, p);
          g.writeEndArray();
          Json.rejected(g, analysis.rejected());
          alignments(g, analysis);
        });
  }

  /**
   * Every pair of distinct articles that shares a passage, in source order, aligned at character
   * precision: {@code a} is the earlier article (the text examined), {@code b} the later (its
   * source). Aligning every pair would grow with the square of the articles (four million pairs for
   * a day of news); the sentence passages name the pairs worth aligning.
   */
  private static void alignments(JsonGenerator g, Analysis analysis) throws IOException {
    List<Article> articles = analysis.articles();
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) order.putIfAbsent(articles.get(i).id(), i);
    Set<Long> pairs = new TreeSet<>();
    for (Passage p : analysis.overlaps().passages()) {
      int i = order.get(p.firstA().articleId());
      int j = order.get(p.firstB().articleId());
      if (i != j) pairs.add(((long) Math.min(i, j) << 32) | Math.max(i, j));
    }
    TextAligner aligner = new TextAligner(AlignSettings.DEFAULT);
    g.writeArrayFieldStart("alignments");
    for (long pair : pairs) {
      Article a = articles.get((int) (pair >>> 32));
      Article b = articles.get((int) pair);
      for (TextPassage p : aligner.align(a.text(), b.text())) {
        g.writeStartObject();
        g.writeStringField("a", a.id());
        g.writeStringField("b", b.id());
        g.writeNumberField("aStart", p.thisStart());
        g.writeNumberField("aEnd", p.thisEnd());
        g.writeNumberField("bStart", p.sourceStart());
        g.writeNumberField("bEnd", p.sourceEnd());
        g.writeNumberField("similarity", Json.round(p.similarity()));
        g.writeBooleanField("summary", p.summary());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  private static void passage(JsonGenerator g, Analysis analysis, Passage p) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", p.kind().label());
    g.writeNumberField("similarity", Json.round(p.similarity()));
    g.writeNumberField("sentences", p.matches().size());
    side(g, "a", analysis.article(p.firstA().articleId()), p.firstA(), p.lastA());
    side(g, "b", analysis.article(p.firstB().articleId()), p.firstB(), p.lastB());
    g.writeArrayFieldStart("pairs");
    for (SentenceMatch m : p.matches()) {
      g.writeStartObject();
      g.writeNumberField("similarity", Json.round(m.similarity()));
      g.writeNumberField("containment", Json.round(m.containment()));
      sentence(g, "a", m.a());
      sentence(g, "b", m.b());
      g.writeArrayFieldStart("diff");
      for (DiffChunk c : WordDiffer.diff(m.a().text(), m.b().text())) {
        if (c.op() == DiffChunk.Op.EQUAL) continue;
        g.writeStartObject();
        g.writeStringField("op", c.op().label());
        g.writeStringField("a", c.a());
        g.writeStringField("b", c.b());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void side(
      JsonGenerator g, String name, Article article, Sentence first, Sentence last)
      throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("source", article.id());
    g.writeNumberField("start", first.start());
    g.writeNumberField("end", last.end());
    g.writeNumberField("firstSentence", first.index() + 1);
    g.writeNumberField("lastSentence", last.index() + 1);
    g.writeStringField("text", article.slice(first.start(), last.end()));
    g.writeEndObject();
  }

  private static void sentence(JsonGenerator g, String name, Sentence s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("source", s.articleId());
    g.writeNumberField("sentence", s.index() + 1);
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeEndObject();
  }
}
