package org.newsmerge.render;

import static java.time.ZoneOffset.UTC;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.StringEscapeUtils;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Dates;
import org.newsmerge.model.Rejected;
import org.newsmerge.model.Story;

/**
 * The index and the manifest of a batch run. The index is one page listing every story with its
 * title, outlets, article count and dates, linked to its brief, sortable by any column. The
 * manifest accounts for every input: each article once, in a story, alone, or rejected with its
 * reason.
 */
public final class BatchIndex {

  /**
   * The index page's only script, admitted by the page's Content-Security-Policy through its hash:
   * sorting by a column (with the arrow of its order), the search box over titles and outlets, the
   * filters by outlet and date, and the count of stories shown. It reads the page's text ({@code
   * textContent}) and the values of {@code data-} attributes the index writes itself, and writes
   * only {@code hidden}, {@code aria-sort} and a number's {@code textContent}: no article text is
   * ever parsed as markup or run.
   */
  static final String SCRIPT =
      """
      (function(){
      var table=document.getElementById('stories'),tb=table.tBodies[0],rows=Array.from(tb.rows);
      var q=document.getElementById('q'),outlet=document.getElementById('outlet');
      var from=document.getElementById('from'),to=document.getElementById('to');
      var shown=document.getElementById('shown'),lang=shown.dataset.locale;
      function text(r){return (r.cells[0].textContent+' '+r.cells[1].textContent).toLocaleLowerCase();}
      function outlets(r){return Array.from(r.cells[1].querySelectorAll('bdi')).map(function(b){return b.textContent;});}
      function filter(){
        var words=q.value.toLocaleLowerCase().split(/\\s+/).filter(Boolean),o=outlet.value,f=from.value,t=to.value,n=0;
        rows.forEach(function(r){
          var first=r.dataset.first,last=r.dataset.last,s=text(r),ok=words.every(function(w){return s.indexOf(w)>=0;});
          if(ok&&o)ok=outlets(r).indexOf(o)>=0;
          if(ok&&(f||t))ok=!!first&&(!f||last>=f)&&(!t||first<=t);
          r.hidden=!ok;if(ok)n++;
        });
        shown.textContent=n.toLocaleString(lang);
      }
      [q,outlet,from,to].forEach(function(e){e.addEventListener('input',filter);e.addEventListener('change',filter);});
      table.querySelectorAll('thead th').forEach(function(th,i){
        th.querySelector('button').addEventListener('click',function(){
          var num=th.dataset.num==='1',asc=th.getAttribute('aria-sort')!=='ascending';
          table.querySelectorAll('thead th').forEach(function(o){o.setAttribute('aria-sort','none');});
          th.setAttribute('aria-sort',asc?'ascending':'descending');
          rows.sort(function(a,b){
            var x=a.cells[i].dataset.v,y=b.cells[i].dataset.v;
            if(x===undefined){x=a.cells[i].textContent;y=b.cells[i].textContent;}
            var c=num?(parseFloat(x)-parseFloat(y)):x.localeCompare(y,lang);
            return asc?c:-c;
          });
          rows.forEach(function(r){tb.appendChild(r);});
        });
      });
      filter();
      })();
      """;

  /** The page's style sheet: the table, its sort arrows, the filters and the families. */
  private static final String STYLE =
      """
      body{font-family:'Noto Naskh Arabic','Segoe UI',Tahoma,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
      table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:start;vertical-align:top}
      td:nth-child(2) .n{color:#555;margin-inline-end:.3rem}td:nth-child(3),td:nth-child(4),td:nth-child(5),td:nth-child(6){white-space:nowrap}th{background:#f4f4f0}th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;color:inherit}
      th[aria-sort=none] button::after{content:' \\2195';color:#aaa}th[aria-sort=ascending] button::after{content:' \\25B2'}th[aria-sort=descending] button::after{content:' \\25BC'}
      .filters{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:end;margin:1rem 0;font-size:.9rem}.filters label{display:flex;flex-direction:column;gap:.2rem}
      .filters input,.filters select{font:inherit;padding:.2rem .4rem}#q{min-width:18rem}.count{color:#555;margin:0}a{color:#1c5d99}
      .lead{font-size:.85rem;color:#333;margin-top:.2rem}
      details.families{font-size:.85rem;color:#444;margin-top:.2rem}details.families ol{margin:.2rem 0;padding-inline-start:1.4rem}
      """;

  private BatchIndex() {}

  /** The index in English, or in the stories' language with {@code lang} {@code auto}. */
  public static void writeHtml(List<Story> stories, Set<BriefFormat> formats, Writer out) {
    writeHtml(stories, Map.of(), Map.of(), formats, InterfaceText.AUTO, out);
  }

  /**
   * Writes {@code index.html}: every story, largest first, with a search box over titles and
   * outlets, filters by outlet and by date, and columns that sort, in the interface language {@code
   * lang} ({@code auto}: that of the titles).
   */
  public static void writeHtml(
      List<Story> stories,
      Map<String, String> titles,
      Map<String, String> leads,
      Set<BriefFormat> formats,
      String lang,
      Writer out) {
    List<Story> bySize = new ArrayList<>(stories);
    bySize.sort(
        Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
    StringBuilder allTitles = new StringBuilder();
    bySize.forEach(s -> allTitles.append(title(s, titles)).append(' '));
    InterfaceText t = InterfaceText.choose(lang, allTitles);
    String brief = briefFile(formats);
    StringBuilder h = new StringBuilder();
    head(h, t);
    h.append("<h1>").append(esc(t.get("index.heading", stories.size()))).append("</h1>\n");
    filters(h, bySize, t);
    count(h, stories.size(), t);
    h.append("<table id=\"stories\">\n<thead><tr>");
    columnHeads(h, t);
    h.append("</tr></thead>\n<tbody>\n");
    for (Story s : bySize) row(h, s, title(s, titles), leads.getOrDefault(s.id(), ""), brief, t);
    h.append("</tbody>\n</table>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    try {
      out.write(h.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** From the doctype to the opening body tag: language, direction, the policy, the style. */
  private static void head(StringBuilder h, InterfaceText t) {
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(t.language())
        .append("\" dir=\"")
        .append(t.dir())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-")
        .append(scriptHash())
        .append("'\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(esc(t.get("index.title"))).append("</title>\n<style>\n");
    h.append(STYLE).append("</style>\n</head>\n<body>\n");
  }

  /** The count of stories shown, which the script updates as filters change, and a hint. */
  private static void count(StringBuilder h, int stories, InterfaceText t) {
    h.append("<p class=\"count\">")
        .append(
            esc(t.get("index.count", "\u0000", stories))
                .replace(
                    "\u0000",
                    "<output id=\"shown\" data-locale=\""
                        + t.localeTag()
                        + "\">"
                        + t.number(stories)
                        + "</output>"))
        .append(" <span class=\"hint\">")
        .append(esc(t.get("index.sortHint")))
        .append("</span></p>\n");
  }

  /** The column heads, each a button that sorts; stories start sorted by articles, descending. */
  private static void columnHeads(StringBuilder h, InterfaceText t) {
    String[] columns = {"title", "outlets", "articles", "families", "first", "last", "story"};
    for (String c : columns) {
      h.append("<th")
          .append(
              c.equals("articles")
                  ? " data-num=\"1\" aria-sort=\"descending\""
                  : c.equals("outlets") || c.equals("families")
                      ? " data-num=\"1\" aria-sort=\"none\""
                      : " aria-sort=\"none\"")
          .append("><button type=\"button\">")
          .append(esc(t.get("index.col." + c)))
          .append("</button></th>");
    }
  }

  /**
   * A story's row: its title linked to its brief, outlets, counts, dates and id; {@code data-}
   * values for the script to sort and filter by.
   */
  private static void row(
      StringBuilder h, Story s, String title, String lead, String brief, InterfaceText t) {
    h.append("<tr data-first=\"")
        .append(esc(isoDay(s.firstDate())))
        .append("\" data-last=\"")
        .append(esc(isoDay(s.lastDate())))
        .append("\"><td dir=\"auto\"><a href=\"")
        .append(s.id())
        .append('/')
        .append(brief)
        .append("\">");
    h.append(esc(title.isBlank() ? t.get("index.untitled") : title)).append("</a>");
    if (!lead.isBlank())
      h.append("<div class=\"lead\" dir=\"auto\">").append(esc(lead)).append("</div>");
    families(h, s, t);
    h.append("</td><td dir=\"auto\" data-v=\"").append(s.outlets().size()).append("\">");
    h.append("<span class=\"n\">").append(t.number(s.outlets().size())).append("</span>");
    for (String o : s.outlets()) h.append("<bdi>").append(esc(o)).append("</bdi> ");
    h.append("</td><td data-v=\"")
        .append(s.articles().size())
        .append("\">")
        .append(t.number(s.articles().size()))
        .append("</td><td data-v=\"")
        .append(s.families().size())
        .append("\">")
        .append(t.number(s.families().size()))
        .append("</td>");
    h.append("<td data-v=\"")
        .append(esc(sortable(s.firstDate())))
        .append("\">")
        .append(esc(t.day(s.firstDate())))
        .append("</td><td data-v=\"")
        .append(esc(sortable(s.lastDate())))
        .append("\">")
        .append(esc(t.day(s.lastDate())))
        .append("</td>");
    h.append("<td dir=\"ltr\"><code>").append(s.id()).append("</code></td></tr>\n");
  }

  /**
   * A story's families of reprints, when it has more than one: each with its number of articles and
   * its outlets, largest first.
   */
  private static void families(StringBuilder h, Story s, InterfaceText t) {
    if (s.families().size() < 2) return;
    Map<String, ArticleRef> byId = new java.util.HashMap<>();
    for (ArticleRef a : s.articles()) byId.put(a.id(), a);
    List<Story.Family> bySize = new ArrayList<>(s.families());
    bySize.sort(Comparator.comparingInt((Story.Family f) -> -f.articles().size()));
    h.append("<details class=\"families\"><summary>")
        .append(esc(t.get("index.families")))
        .append("</summary><ol>");
    for (Story.Family f : bySize) {
      String outlets =
          String.join(
              ", ",
              f.articles().stream().map(id -> byId.get(id).source()).distinct().sorted().toList());
      h.append("<li>").append(esc(t.get("index.family", t.number(f.articles().size()), outlets)));
      h.append("</li>");
    }
    h.append("</ol></details>");
  }

  /** The search box, the outlet filter (each outlet with its count of stories) and the dates. */
  private static void filters(StringBuilder h, List<Story> stories, InterfaceText t) {
    Map<String, Integer> perOutlet = new TreeMap<>();
    for (Story s : stories) for (String o : s.outlets()) perOutlet.merge(o, 1, Integer::sum);
    h.append("<form class=\"filters\" role=\"search\">\n");
    h.append("<label>")
        .append(esc(t.get("index.search")))
        .append(" <input type=\"search\" id=\"q\" autocomplete=\"off\"></label>\n");
    h.append("<label>")
        .append(esc(t.get("index.outlet")))
        .append(" <select id=\"outlet\"><option value=\"\">")
        .append(esc(t.get("index.allOutlets")))
        .append("</option>");
    perOutlet.forEach(
        (o, n) ->
            h.append("<option value=\"")
                .append(esc(o))
                .append("\">")
                .append(esc(o))
                .append(" (")
                .append(t.number(n))
                .append(")</option>"));
    h.append("</select></label>\n");
    h.append("<label>")
        .append(esc(t.get("index.from")))
        .append(" <input type=\"date\" id=\"from\"></label>\n");
    h.append("<label>")
        .append(esc(t.get("index.to")))
        .append(" <input type=\"date\" id=\"to\"></label>\n");
    h.append("</form>\n");
  }

  /** The day a date states as ISO text ({@code 2022-01-05}), or empty: what filters compare. */
  private static String isoDay(String date) {
    long day = Dates.day(date);
    return day == Dates.UNKNOWN_DAY ? "" : LocalDate.ofEpochDay(day).toString();
  }

  /**
   * A date as text that sorts as the time it states: an ISO date as given (it does already), any
   * other form Dates reads rewritten in ISO ({@code 2015-07-23T10:00:00}).
   */
  private static String sortable(String date) {
    if (date.isEmpty() || Character.isDigit(date.charAt(0))) return date;
    long second = Dates.second(date);
    if (second != Dates.UNKNOWN_SECOND)
      return LocalDateTime.ofEpochSecond(second, 0, UTC).toString();
    long day = Dates.day(date);
    return day == Dates.UNKNOWN_DAY ? date : LocalDate.ofEpochDay(day).toString();
  }

  /** A story's title: as {@code titles} names it (its brief's), else its first article's. */
  private static String title(Story s, Map<String, String> titles) {
    String t = titles.get(s.id());
    return t == null ? s.title() : t;
  }

  /** The base64 SHA-256 of {@link #SCRIPT}, as the Content-Security-Policy names it. */
  static String scriptHash() {
    return Base64.getEncoder()
        .encodeToString(Hashing.sha256().hashString(SCRIPT, StandardCharsets.UTF_8).asBytes());
  }

  /**
   * One entry of the manifest's list of inputs: an article with its story (null when alone), or a
   * rejected input.
   */
  public record Entry(ArticleRef article, String story, String family, Rejected rejected)
      implements Serializable {

    /** Manifest order: by path, a rejection before the articles of its path, then by index. */
    public static final Comparator<Entry> ORDER =
        Comparator.comparing(Entry::path).thenComparingInt(Entry::index);

    public Entry {
      if ((article == null) == (rejected == null)) {
        throw new IllegalArgumentException("an entry is an article or a rejection");
      }
    }

    /** An article, with its story and family ids, or nulls when it is alone. */
    public static Entry of(ArticleRef article, String story, String family) {
      return new Entry(article, story, family, null);
    }

    public static Entry of(Rejected rejected) {
      return new Entry(null, null, null, rejected);
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
      Map<String, String> titles,
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
          for (Story s : stories)
            writeStory(s, title(s, titles), brief, firstCome.contains(s.id()), g);
          g.writeEndArray();
          g.writeArrayFieldStart("articles");
          while (entries.hasNext()) writeEntry(entries.next(), g);
          g.writeEndArray();
        });
  }

  private static void writeStory(
      Story s, String title, String brief, boolean firstCome, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", title);
    g.writeStringField("brief", s.id() + "/" + brief);
    g.writeArrayFieldStart("articles");
    for (ArticleRef a : s.articles()) g.writeString(a.id());
    g.writeEndArray();
    g.writeArrayFieldStart("families");
    for (Story.Family f : s.families()) {
      g.writeStartObject();
      g.writeStringField("id", f.id());
      g.writeArrayFieldStart("articles");
      for (String a : f.articles()) g.writeString(a);
      g.writeEndArray();
      g.writeEndObject();
    }
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
      if (e.family() == null) g.writeNullField("family");
      else g.writeStringField("family", e.family());
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
      g.writeNullField("family");
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
