package org.newsmerge.batch;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsmerge.model.Article;
import org.newsmerge.model.Story;
import org.newsmerge.render.BatchIndex;
import org.newsmerge.render.BriefFormat;

/**
 * Everything a batch run writes, whichever runner runs it: each story's briefs and then its {@link
 * StoryBriefs#MARKER}, the check that lets a rerun keep a story, the removal of what an earlier run
 * left that the new manifest does not list, and the index and manifest, written last. Over an
 * {@link OutputFolder}, so that {@link BatchRun} and the Spark job write the same bytes.
 * Thread-safe and serializable (the Spark job ships it to its tasks).
 */
public final class BatchOutput implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OutputFolder folder;
  private final BatchSettings settings;
  private final StoryBriefs briefs;

  public BatchOutput(OutputFolder folder, BatchSettings settings) {
    this.folder = folder;
    this.settings = settings;
    this.briefs = new StoryBriefs(settings);
  }

  /** Checks before any work that the output can be written. */
  public void check() {
    folder.check();
  }

  /**
   * Whether an earlier run's briefs of {@code story} can be kept (its marker matches and its briefs
   * are intact): empty if not, else whether it was ordered first come. A killed run's temporary
   * files in the story's folder go first.
   */
  public Optional<Boolean> kept(Story story) {
    String id = story.id();
    folder.clean(id);
    return briefs.reusable(
        story, folder.read(id + "/" + StoryBriefs.MARKER), f -> folder.read(id + "/" + f));
  }

  /** Merges a story and writes its briefs, then its marker; returns whether it came first come. */
  public boolean write(Story story, List<Article> articles) {
    String id = story.id();
    folder.prepare(id);
    return briefs.write(story, articles, (name, bytes) -> folder.write(id + "/" + name, bytes));
  }

  /**
   * Removes what the current run's manifest does not list: in each story's folder, briefs of
   * formats not asked for; folders holding a story marker that are not among {@code stories}, with
   * the tool's files in them (a folder that also holds other files keeps them, and stays). Folders
   * without a marker are never touched. Returns the story folders removed.
   */
  public int removeStale(Set<String> stories) {
    int removed = 0;
    for (String dir : folder.folders()) {
      boolean current = stories.contains(dir);
      if (!current && !earlierStory(dir)) continue;
      for (BriefFormat f : BriefFormat.values()) {
        if (!current || !settings.formats().contains(f)) folder.delete(dir + "/" + f.fileName());
      }
      if (current) continue;
      folder.delete(dir + "/" + StoryBriefs.MARKER);
      folder.clean(dir);
      if (folder.deleteIfEmpty(dir)) removed++;
    }
    return removed;
  }

  /**
   * Whether a folder is a story folder an earlier run wrote: a story id for a name ({@code s} and
   * 12 hex digits) and a marker of ours in it. A folder of the user's that happens to hold a file
   * named {@code .done} is left alone.
   */
  private boolean earlierStory(String dir) {
    if (!STORY_ID.matcher(dir).matches()) return false;
    String marker = folder.read(dir + "/" + StoryBriefs.MARKER);
    return marker != null && FINGERPRINT.matcher(marker).lookingAt();
  }

  private static final Pattern STORY_ID = Pattern.compile("s[0-9a-f]{12}");
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}\n");

  /**
   * Writes {@code index.html}, then {@code manifest.json} from {@code entries} (in {@link
   * BatchIndex.Entry#ORDER}, taken one at a time), after removing the root's temporary files.
   */
  public void writeIndex(
      List<Story> stories,
      Set<String> firstCome,
      long articles,
      long rejected,
      Iterator<BatchIndex.Entry> entries) {
    folder.clean("");
    // Titles come from the markers the briefs were written with, so that both runners show the
    // title of each story's most central article, as its brief does, without carrying it along.
    Map<String, String> titles = new HashMap<>();
    Map<String, String> leads = new HashMap<>();
    for (Story s : stories) {
      String marker = folder.read(s.id() + "/" + StoryBriefs.MARKER);
      String title = StoryBriefs.title(marker);
      titles.put(s.id(), title.isEmpty() ? s.title() : title);
      leads.put(s.id(), StoryBriefs.lead(marker));
    }
    folder.write(
        "index.html",
        w -> BatchIndex.writeHtml(stories, titles, leads, settings.formats(), settings.lang(), w));
    folder.write(
        "manifest.json",
        w ->
            BatchIndex.writeManifest(
                stories,
                titles,
                articles,
                rejected,
                firstCome,
                entries,
                settings.describe(),
                settings.formats(),
                w));
  }
}
