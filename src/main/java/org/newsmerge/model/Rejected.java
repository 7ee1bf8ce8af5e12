package org.newsmerge.model;

import java.io.Serializable;
import java.util.Objects;

/** An input that could not be read, with the reason in words an editor understands. */
public record Rejected(String path, String reason) implements Serializable {
  public Rejected {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  /** The one line printed on stderr: {@code <path>: <reason>}. */
  public String message() {
    return path + ": " + reason;
  }
}
