package org.newsmerge.ingest;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.Dates;
import org.newsmerge.model.Rejected;

/**
 * Makes an {@link Article} of a {@link Draft}: classifies its lines, settles the metadata and gives
 * it its base id. Metadata from the format wins over what the lines say, which wins over the file
 * name. Pure and thread-safe.
 */
public final class ArticleAssembler {

  /** The content hash many crawlers append to file names: {@code 004_5a42c12e227cab77}. */
  private static final Pattern HASH_SUFFIX = Pattern.compile("_[0-9a-fA-F]{8,}$");

  /** Characters of an unread date a warning quotes. */
  private static final int SHOWN_DATE = 40;

  private ArticleAssembler() {}

  static void assemble(Draft draft, Consumer<Article> articles, Consumer<Rejected> rejected) {
    // Repairs keep every offset, so the segments found on the text as read stay valid.
    TextRepair.Count repairs = new TextRepair.Count();
    String text = TextRepair.repair(draft.text(), repairs);
    String title = TextRepair.repair(draft.title(), repairs);
    LineClassifier.Result lines = LineClassifier.classify(text, draft.segments(), title);
    boolean narrative = lines.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.NARRATIVE);
    if (!narrative) {
      rejected.accept(new Rejected(draft.label(), "no article text"));
      return;
    }
    String date = TextRepair.repair(draft.date(), repairs);
    articles.accept(
        new Article(
            IdAssigner.baseId(text),
            draft.path(),
            draft.index(),
            firstNonBlank(
                TextRepair.repair(draft.source(), repairs),
                lines.credit(),
                TextRepair.repair(draft.fileSource(), new TextRepair.Count())),
            firstNonBlank(title, lines.title()),
            firstNonBlank(TextRepair.repair(draft.author(), repairs), lines.byline()),
            TextRepair.repair(draft.url(), repairs),
            date,
            text,
            lines.blocks(),
            warning(repairs, date)));
  }

  /**
   * What reading had to repair, and a date it could not read: such an article counts as undated (no
   * event window holds it, and it is not known to have been first), which its reader should know.
   */
  private static String warning(TextRepair.Count repairs, String date) {
    String repaired = repairs.any() ? repairs.describe() : "";
    String shown =
        date.codePointCount(0, date.length()) <= SHOWN_DATE
            ? date
            : date.substring(0, date.offsetByCodePoints(0, SHOWN_DATE)) + "…";
    String unread = Dates.problem(date, shown);
    if (unread == null) return repaired;
    return repaired.isEmpty() ? unread : repaired + "; " + unread;
  }

  /** The source a file name gives: its stem without a trailing {@code _<hex hash>}. */
  public static String sourceFromFileName(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    String name = fileName.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String bare = HASH_SUFFIX.matcher(stem).replaceFirst("");
    return bare.isEmpty() ? stem : bare;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (!v.isBlank()) return v;
    }
    return "";
  }
}
