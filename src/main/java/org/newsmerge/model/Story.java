package org.newsmerge.model;

import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A story of a batch run: its id (safe as a file name whatever the inputs are called), its articles
 * in (path, index) order, the families of articles inside it that reuse each other's text, and the
 * matching keys of the sentences its sites repeat as furniture (kept out of its brief).
 */
public record Story(
    String id, List<ArticleRef> articles, List<Family> families, List<String> siteText)
    implements Serializable {

  private static final Comparator<ArticleRef> ORDER =
      Comparator.comparing(ArticleRef::path).thenComparingInt(ArticleRef::index);

  public Story {
    if (!id.matches("[a-z0-9-]+"))
      throw new IllegalArgumentException("unsafe story id (" + id + ")");
    articles = List.copyOf(articles);
    families = List.copyOf(families);
    siteText = List.copyOf(siteText);
  }

  /**
   * A family of a story: articles that reuse each other's text (one article alone is a family of
   * one). Its id is {@code f} and 12 hex digits, as a story's; its articles' ids in story order.
   */
  public record Family(String id, List<String> articles) implements Serializable {
    public Family {
      articles = List.copyOf(articles);
    }
  }

  /**
   * The story of these families, whatever order they and their articles come in: its articles in
   * (path, index) order, its id {@code s} and the first 12 hex digits of the SHA-256 of the sorted
   * article ids joined by commas, so that the same articles make the same story in every run; its
   * families in the order of their first articles; {@code siteText} sorted, each once.
   */
  public static Story of(List<List<ArticleRef>> families, Collection<String> siteText) {
    List<ArticleRef> sorted = new ArrayList<>();
    List<List<ArticleRef>> ordered = new ArrayList<>();
    for (List<ArticleRef> f : families) {
      List<ArticleRef> members = new ArrayList<>(f);
      members.sort(ORDER);
      ordered.add(members);
      sorted.addAll(members);
    }
    sorted.sort(ORDER);
    ordered.sort(Comparator.comparing((List<ArticleRef> f) -> f.get(0), ORDER));
    List<Family> fams = new ArrayList<>();
    for (List<ArticleRef> f : ordered)
      fams.add(new Family("f" + digest(f), f.stream().map(ArticleRef::id).toList()));
    return new Story(
        "s" + digest(sorted), sorted, fams, siteText.stream().distinct().sorted().toList());
  }

  /** 12 hex digits of the SHA-256 of the articles' ids, sorted, joined by commas. */
  private static String digest(List<ArticleRef> members) {
    String joined = String.join(",", members.stream().map(ArticleRef::id).sorted().toList());
    return Hashing.sha256().hashString(joined, StandardCharsets.UTF_8).toString().substring(0, 12);
  }

  /**
   * The first title among its articles, or empty. (A batch run shows the title of the most central
   * article instead, as its brief does: see {@code BatchOutput#writeIndex}.)
   */
  public String title() {
    return articles.stream()
        .map(ArticleRef::title)
        .filter(t -> !t.isBlank())
        .findFirst()
        .orElse("");
  }

  /** Outlet names, each once, sorted. */
  public List<String> outlets() {
    return articles.stream().map(ArticleRef::source).distinct().sorted().toList();
  }

  /**
   * Dates in the order of the times they state (their day, then their second, as {@link Dates}
   * reads them; a date with no readable time last in its day), equal times in text order.
   */
  private static final Comparator<String> CHRONOLOGICAL =
      Comparator.comparingLong(Dates::day)
          .thenComparingLong(Dates::second)
          .thenComparing(Comparator.naturalOrder());

  /**
   * The earliest date its articles give, as given, compared as the time it states; a date that says
   * no day is left out. Empty if none says one.
   */
  public String firstDate() {
    return readDates().min(CHRONOLOGICAL).orElse("");
  }

  /** The latest date, as {@link #firstDate}. */
  public String lastDate() {
    return readDates().max(CHRONOLOGICAL).orElse("");
  }

  private java.util.stream.Stream<String> readDates() {
    return articles.stream().map(ArticleRef::date).filter(d -> Dates.day(d) != Dates.UNKNOWN_DAY);
  }
}
