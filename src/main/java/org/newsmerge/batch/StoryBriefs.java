package org.newsmerge.batch;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.newsmerge.ingest.SiteFurniture;
import org.newsmerge.lead.Condenser;
import org.newsmerge.merge.Brief;
import org.newsmerge.model.Article;
import org.newsmerge.model.ArticleRef;
import org.newsmerge.model.Story;
import org.newsmerge.pipeline.Pipeline;
import org.newsmerge.render.BriefFormat;
import org.newsmerge.text.SentenceSplitter;

/**
 * The brief of one story of a batch run, and the {@link #MARKER} file written once its briefs are,
 * which tells a later run that they are up to date. The marker holds a fingerprint of the story's
 * articles and the settings, then the SHA-256 of each brief file's bytes, so that a damaged or
 * edited brief is written again; and {@code order first-come} when the story was too large to order
 * by majority. Every way of running a batch (one machine or Spark) merges, renders and marks
 * through this class. Thread-safe.
 */
public final class StoryBriefs implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** The file, beside a story's briefs, that holds its fingerprint; written after the briefs. */
  public static final String MARKER = ".done";

  private static final String VERSION = "newsmerge-batch-5";

  private static final String FIRST_COME = "order first-come";

  /** The marker line that names the story's title (its brief's, as the index shows it). */
  private static final String TITLE = "title ";

  /** The marker line that holds the first sentence of the story's lead, for the index. */
  private static final String LEAD = "lead ";

  private final BatchSettings settings;

  public StoryBriefs(BatchSettings settings) {
    this.settings = settings;
  }

  /** The brief of a story's articles, given in any order. */
  public Brief merge(List<Article> articles) {
    return merge(articles, List.of());
  }

  /**
   * The brief of a story's articles, given in any order, with the text its sites repeat ({@code
   * siteText}, matching keys) kept out of the narrative ({@link SiteFurniture}).
   */
  public Brief merge(List<Article> articles, Collection<String> siteText) {
    return merge(articles, siteText, null);
  }

  /**
   * As {@link #merge(List, Collection)}, with the story's families (lists of article ids; null to
   * find them in the brief).
   */
  public Brief merge(
      List<Article> articles, Collection<String> siteText, List<List<String>> families) {
    List<SiteFurniture.Marked> ordered = new ArrayList<>(articles.size());
    Set<String> keys = Set.copyOf(siteText);
    SentenceSplitter splitter = new SentenceSplitter();
    // Each article split once, for its site furniture and its brief alike.
    for (Article a : articles) ordered.add(SiteFurniture.mark(a, splitter.split(a), keys));
    ordered.sort(
        Comparator.comparing((SiteFurniture.Marked m) -> m.article().path())
            .thenComparingInt(m -> m.article().index()));
    return Pipeline.brief(
        ordered.stream().map(SiteFurniture.Marked::article).toList(),
        ordered.stream().map(SiteFurniture.Marked::sentences).toList(),
        settings.overlaps(),
        families);
  }

  /**
   * A story's brief files by name, in name order, whether it was ordered first come, and its title
   * (that of its most central article, empty if none).
   */
  public record Rendered(
      SortedMap<String, String> files, boolean firstCome, String title, String lead) {}

  /** Merges a story's articles and renders the brief in each format asked for. */
  public Rendered render(List<Article> articles) {
    return render(articles, List.of());
  }

  /** Merges a story's articles, its sites' repeated text kept out, and renders each format. */
  public Rendered render(List<Article> articles, Collection<String> siteText) {
    return render(articles, siteText, null);
  }

  /** As {@link #render(List, Collection)}, with the story's families (null: found in the brief). */
  public Rendered render(
      List<Article> articles, Collection<String> siteText, List<List<String>> families) {
    Brief brief = merge(articles, siteText, families);
    SortedMap<String, String> files = new TreeMap<>();
    for (BriefFormat f : settings.formats()) {
      files.put(f.fileName(), f.text(brief, settings.presentation()));
    }
    List<Integer> lead = Condenser.shown(brief, settings.presentation().lead());
    String first = lead.isEmpty() ? "" : brief.units().get(lead.get(0)).text();
    return new Rendered(files, brief.firstCome(), BriefFormat.title(brief), first);
  }

  /**
   * Writes a story's briefs, then its marker, through {@code write} (a file name inside the story's
   * folder and its content in UTF-8); returns whether the story was ordered first come.
   */
  public boolean write(Story story, List<Article> articles, BiConsumer<String, byte[]> write) {
    Rendered rendered =
        render(
            articles,
            story.siteText(),
            story.families().stream().map(Story.Family::articles).toList());
    StringBuilder marker = new StringBuilder(fingerprint(story)).append('\n');
    rendered
        .files()
        .forEach(
            (name, text) -> {
              // Encoded once, for the file and its digest alike.
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              write.accept(name, bytes);
              marker
                  .append(name)
                  .append(' ')
                  .append(Hashing.sha256().hashBytes(bytes))
                  .append('\n');
            });
    if (rendered.firstCome()) marker.append(FIRST_COME).append('\n');
    if (!rendered.title().isBlank()) {
      marker.append(TITLE).append(rendered.title().replaceAll("[\\r\\n]+", " ")).append('\n');
    }
    if (!rendered.lead().isBlank()) {
      marker.append(LEAD).append(rendered.lead().replaceAll("[\\r\\n]+", " ")).append('\n');
    }
    write.accept(MARKER, marker.toString().getBytes(StandardCharsets.UTF_8));
    return rendered.firstCome();
  }

  /**
   * Whether a story's briefs can be kept as an earlier run wrote them: its marker ({@code marker},
   * null if none) names this fingerprint, and every brief file it lists ({@code read} gives a
   * file's text, null if none) still has the bytes it had. Empty if not; else whether it was
   * ordered first come.
   */
  public Optional<Boolean> reusable(Story story, String marker, Function<String, String> read) {
    if (marker == null) return Optional.empty();
    List<String> lines = List.of(marker.split("\n"));
    if (lines.isEmpty() || !lines.get(0).equals(fingerprint(story))) return Optional.empty();
    boolean firstCome = false;
    int files = 0;
    for (String line : lines.subList(1, lines.size())) {
      if (line.equals(FIRST_COME)) {
        firstCome = true;
        continue;
      }
      if (line.startsWith(TITLE) || line.startsWith(LEAD)) continue;
      int space = line.indexOf(' ');
      if (space < 0) return Optional.empty();
      String text = read.apply(line.substring(0, space));
      if (text == null || !sha256(text).equals(line.substring(space + 1))) return Optional.empty();
      files++;
    }
    return files == settings.formats().size() ? Optional.of(firstCome) : Optional.empty();
  }

  /**
   * The title a story's marker names (its most central article's, as its brief shows it), or empty
   * when there is no marker or it names none.
   */
  public static String title(String marker) {
    return line(marker, TITLE);
  }

  /** The first sentence of the lead a story's marker names, or empty. */
  public static String lead(String marker) {
    return line(marker, LEAD);
  }

  private static String line(String marker, String prefix) {
    if (marker == null) return "";
    for (String line : marker.split("\n")) {
      if (line.startsWith(prefix)) return line.substring(prefix.length());
    }
    return "";
  }

  private static String sha256(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
  }

  /**
   * What a story's briefs depend on: its articles (text and metadata), where they lie, its families
   * (the lead and the narrative go family by family) and the settings.
   */
  public String fingerprint(Story story) {
    StringBuilder s =
        new StringBuilder(VERSION).append('\n').append(settings.overlaps()).append('\n');
    s.append(settings.formats().stream().sorted().toList()).append('\n');
    s.append(settings.presentation()).append('\n');
    for (ArticleRef a : story.articles())
      s.append(a.id())
          .append(' ')
          .append(a.path())
          .append('#')
          .append(a.index())
          .append(' ')
          .append(a.metadata())
          .append('\n');
    for (String key : story.siteText()) s.append("site ").append(key).append('\n');
    for (Story.Family f : story.families()) s.append("family ").append(f.articles()).append('\n');
    return Hashing.sha256().hashString(s, StandardCharsets.UTF_8).toString();
  }
}
