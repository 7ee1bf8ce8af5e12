package org.newsmerge.internal;

import java.util.function.IntConsumer;

/** A parallel loop over indexes {@code 0..n-1}; each body writes only its own slots. */
@FunctionalInterface
public interface Parallel {
  void forEach(int n, IntConsumer body);

  /** The loop on the calling thread. */
  Parallel SERIAL =
      (n, body) -> {
        for (int i = 0; i < n; i++) body.accept(i);
      };
}
