package org.newsmerge.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.StringEscapeUtils;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Rejected;
import org.newsmerge.model.Story;

/**
 * The index and the manifest of a batch run. The index is one page listing every story with its
 * title, outlets, article count and dates, linked to its brief, sortable by any column. The
 * manifest accounts for every input: each article once, in a story, alone, or rejected with its
 * reason.
 */
public final class BatchIndex {

  /** Sorts the table by the clicked column; the only script, allowed by its hash. */
  private static final String SORT_SCRIPT =
      "document.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){"
          + "var tb=th.closest('table').tBodies[0],rows=Array.from(tb.rows),num=th.dataset.num==='1',"
          + "asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';rows.sort(function(a,b){"
          + "var x=a.cells[i].dataset.v||a.cells[i].textContent,y=b.cells[i].dataset.v||b.cells[i].textContent;"
          + "var c=num?(parseFloat(x)-parseFloat(y)):x.localeCompare(y);return asc?c:-c;});"
          + "rows.forEach(function(r){tb.appendChild(r);});});});";

  private BatchIndex() {}

  public static void writeHtml(List<Story> stories, Set<BriefFormat> formats, Writer out) {
    List<Story> bySize = new ArrayList<>(stories);
    bySize.sort(
        Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
    StringBuilder titles = new StringBuilder();
    bySize.forEach(s -> titles.append(s.title()).append(' '));
    boolean rtl = Script.rightToLeft(titles);
    String hash =
        Base64.getEncoder()
            .encodeToString(
                Hashing.sha256().hashString(SORT_SCRIPT, StandardCharsets.UTF_8).asBytes());
    String brief = briefFile(formats);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(Script.language(titles))
        .append("\" dir=\"")
        .append(rtl ? "rtl" : "ltr")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-")
        .append(hash)
        .append("'\">\n");
    h.append("<title>Stories</title>\n<style>\n");
    h.append(
        "body{font-family:'Noto Naskh Arabic','Segoe UI',Tahoma,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}\n");
    h.append(
        "table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:start;vertical-align:top}\n");
    h.append(
        "th{cursor:pointer;background:#f4f4f0;user-select:none}th:hover{background:#e8e8e0}a{color:#1c5d99}\n</style>\n</head>\n<body>\n");
    h.append(
        String.format(
            java.util.Locale.ROOT,
            "<h1 dir=\"ltr\">%d stories</h1>\n<p dir=\"ltr\">Click a column to sort.</p>\n",
            stories.size()));
    h.append(
        "<table>\n<thead><tr><th>Title</th><th>Outlets</th><th data-num=\"1\">Articles</th><th>First date</th><th>Last date</th><th>Story</th></tr></thead>\n<tbody>\n");
    for (Story s : bySize) {
      h.append("<tr><td dir=\"auto\"><a href=\"")
          .append(s.id())
          .append('/')
          .append(brief)
          .append("\">");
      h.append(esc(s.title().isBlank() ? "(untitled)" : s.title())).append("</a></td>");
      h.append("<td dir=\"auto\">");
      for (String o : s.outlets()) h.append("<bdi>").append(esc(o)).append("</bdi> ");
      h.append("</td><td data-v=\"")
          .append(s.articles().size())
          .append("\">")
          .append(s.articles().size())
          .append("</td>");
      h.append("<td dir=\"ltr\">")
          .append(esc(s.firstDate()))
          .append("</td><td dir=\"ltr\">")
          .append(esc(s.lastDate()))
          .append("</td>");
      h.append("<td dir=\"ltr\"><code>").append(s.id()).append("</code></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n<script>")
        .append(SORT_SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    try {
      out.write(h.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One entry of the manifest's list of inputs: an article with its story (null when alone), or a
   * rejected input.
   */
  public record Entry(ArticleRef article, String story, Rejected rejected) implements Serializable {

    /** Manifest order: by path, a rejection before the articles of its path, then by index. */
    public static final Comparator<Entry> ORDER =
        Comparator.comparing(Entry::path).thenComparingInt(Entry::index);

    public Entry {
      if ((article == null) == (rejected == null)) {
        throw new IllegalArgumentException("an entry is an article or a rejection");
      }
    }

    public static Entry of(ArticleRef article, String story) {
      return new Entry(article, story, null);
    }

    public static Entry of(Rejected rejected) {
      return new Entry(null, null, rejected);
    }

    public String path() {
      return article != null ? article.path() : rejected.path();
    }

    /** The article's index in its file, or -1 for a rejection. */
    public int index() {
      return article != null ? article.index() : -1;
    }
  }

  /**
   * Writes the manifest: counts, settings, stories (in the order given) and every input, taken from
   * {@code entries} in {@link Entry#ORDER} one at a time, so that an archive's inputs need not be
   * held at once.
   */
  public static void writeManifest(
      List<Story> stories,
      long articles,
      long rejected,
      Set<String> firstCome,
      Iterator<Entry> entries,
      Map<String, String> settings,
      Set<BriefFormat> formats,
      Writer out) {
    long inStories = stories.stream().mapToLong(s -> s.articles().size()).sum();
    Json.document(
        out,
        g -> {
          g.writeObjectFieldStart("counts");
          g.writeNumberField("articles", articles);
          g.writeNumberField("rejected", rejected);
          g.writeNumberField("stories", stories.size());
          g.writeNumberField("inStories", inStories);
          g.writeNumberField("alone", articles - inStories);
          g.writeEndObject();
          g.writeObjectFieldStart("settings");
          for (Map.Entry<String, String> e : settings.entrySet())
            g.writeStringField(e.getKey(), e.getValue());
          g.writeEndObject();
          g.writeArrayFieldStart("stories");
          String brief = briefFile(formats);
          for (Story s : stories) writeStory(s, brief, firstCome.contains(s.id()), g);
          g.writeEndArray();
          g.writeArrayFieldStart("articles");
          while (entries.hasNext()) writeEntry(entries.next(), g);
          g.writeEndArray();
        });
  }

  private static void writeStory(Story s, String brief, boolean firstCome, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    g.writeStringField("brief", s.id() + "/" + brief);
    g.writeArrayFieldStart("articles");
    for (ArticleRef a : s.articles()) g.writeString(a.id());
    g.writeEndArray();
    g.writeArrayFieldStart("outlets");
    for (String o : s.outlets()) g.writeString(o);
    g.writeEndArray();
    g.writeStringField("firstDate", s.firstDate());
    g.writeStringField("lastDate", s.lastDate());
    if (firstCome) g.writeStringField("order", "first-come");
    g.writeEndObject();
  }

  /** One input: an article with its story (null when alone), or a rejection with its reason. */
  private static void writeEntry(Entry e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (e.article() != null) {
      ArticleRef a = e.article();
      g.writeStringField("id", a.id());
      g.writeStringField("path", a.path());
      g.writeNumberField("index", a.index());
      g.writeStringField("source", a.source());
      if (e.story() == null) g.writeNullField("story");
      else g.writeStringField("story", e.story());
      g.writeStringField("status", e.story() == null ? "alone" : "story");
      g.writeNullField("reason");
      if (!a.repairs().isEmpty()) g.writeStringField("warning", a.repairs());
    } else {
      Rejected r = e.rejected();
      g.writeNullField("id");
      g.writeStringField("path", r.path());
      g.writeNullField("index");
      g.writeNullField("source");
      g.writeNullField("story");
      g.writeStringField("status", "rejected");
      g.writeStringField("reason", r.reason());
    }
    g.writeEndObject();
  }

  /** The brief file the index links to: HTML if written, else Markdown, else JSON. */
  static String briefFile(Set<BriefFormat> formats) {
    if (formats.contains(BriefFormat.HTML)) return "brief.html";
    return formats.contains(BriefFormat.MD) ? "brief.md" : "brief.json";
  }

  private static String esc(String s) {
    return StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
  }
}
