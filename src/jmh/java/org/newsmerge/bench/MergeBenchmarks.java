package org.newsmerge.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsmerge.batch.BatchRun;
import org.newsmerge.batch.BatchSettings;
import org.newsmerge.batch.Progress;
import org.newsmerge.batch.StoryBriefs;
import org.newsmerge.model.Article;
import org.newsmerge.model.Story;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The merge stage of a batch run on one thread, warm: every story of the data (grouped as {@code
 * batch} groups it, default settings) merged and rendered in every brief format, as {@link
 * StoryBriefs#render} does for each story of a run. A batch run's merge stage also pays for the JIT
 * compiling this code, reading the stories back and writing their files; this is the work itself.
 * The score is milliseconds per pass over all the stories, whose number {@link #load} prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MergeBenchmarks {

  private final BatchSettings settings = BatchSettings.defaults(1);
  private final StoryBriefs briefs = new StoryBriefs(settings);
  private final List<List<Article>> stories = new ArrayList<>();
  private final List<Story> planned = new ArrayList<>();

  @Setup(Level.Trial)
  public void load() {
    BenchData d = BenchData.get();
    Map<String, Article> byId = new HashMap<>();
    for (Article a : d.articles) byId.put(a.id(), a);
    for (Story s : new BatchRun(settings, Progress.NONE).plan(List.of(d.source)).stories()) {
      planned.add(s);
      stories.add(s.articles().stream().map(r -> byId.get(r.id())).toList());
    }
    int articles = stories.stream().mapToInt(List::size).sum();
    System.out.printf("%n%s: %d stories of %d articles%n", d.source, stories.size(), articles);
  }

  /** Every story of the data merged and rendered once. */
  @Benchmark
  public long renderStories() {
    long chars = 0;
    for (int i = 0; i < stories.size(); i++) {
      for (String f : briefs.render(stories.get(i), planned.get(i).siteText()).files().values()) {
        chars += f.length();
      }
    }
    return chars;
  }
}
