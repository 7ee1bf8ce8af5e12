package org.newsmerge.batch;

/**
 * The inputs of a batch run changed between its two readings (a file edited, added or removed while
 * it ran): the stories already written stay, and the same command run again finishes the job.
 */
public final class InputsChanged extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;

  InputsChanged(String path) {
    super("changed while the run read it; run the same command again to finish");
    this.path = path;
  }

  /** The input where the change was seen. */
  public String path() {
    return path;
  }
}
