package org.newsmerge.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsmerge.batch.Progress;

/** Progress of a batch run as a bar on the terminal's stderr. */
final class ProgressBars implements Progress {
  private ProgressBar bar;

  /** A bar when stderr is a terminal and the user did not ask for quiet; else nothing. */
  static Progress forTerminal(boolean quiet) {
    return quiet || System.console() == null ? Progress.NONE : new ProgressBars();
  }

  @Override
  public synchronized void stage(String name, long total) {
    end();
    bar =
        new ProgressBarBuilder()
            .setTaskName(name)
            .setInitialMax(total > 0 ? total : -1)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(200)
            .build();
  }

  @Override
  public synchronized void step(long n) {
    if (bar != null) bar.stepBy(n);
  }

  @Override
  public synchronized void end() {
    if (bar != null) bar.close();
    bar = null;
  }
}
