package org.newsmerge.batch;

/** Where a long run reports how far it is; the command line shows it as a progress bar. */
public interface Progress {
  /** A stage starts with {@code total} steps (0 when unknown). */
  void stage(String name, long total);

  /** {@code n} more steps of the current stage are done. Called from any thread. */
  void step(long n);

  /** The current stage is over. */
  void end();

  /** Reports nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void stage(String name, long total) {}

        @Override
        public void step(long n) {}

        @Override
        public void end() {}
      };
}
