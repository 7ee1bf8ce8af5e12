package org.newsmerge.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Matching keys of many sentences in a few large byte arrays, one byte per character for the
 * characters keys are made of (ASCII, and the Arabic letters U+0621..U+064A that remain after
 * normalising), three bytes for any other. Millions of keys cost their characters and twelve bytes
 * of offset each, not a {@code String} object apiece.
 *
 * <p>Appending is not thread-safe; reading after the last append is.
 */
final class KeyStore {
  private static final int CHUNK = 1 << 24;

  /** Longest key kept: a "sentence" longer than this is not one an editor would compare. */
  static final int MAX_KEY = 1 << 20;

  private static final int ARABIC = 0x0620;
  private static final int ESCAPE = 0xff;

  private final List<byte[]> chunks = new ArrayList<>();
  private long[] starts = new long[1024];
  private int[] lengths = new int[1024];
  private int size;
  private long length;

  /** Appends a key of at most {@link #MAX_KEY} characters; returns its index. */
  int add(String key) {
    if (key.length() > MAX_KEY) {
      throw new IllegalArgumentException("key length (" + key.length() + ") must be <= " + MAX_KEY);
    }
    byte[] encoded = encode(key);
    int chunk = (int) (length / CHUNK);
    if (chunk < chunks.size() && length % CHUNK + encoded.length > CHUNK) {
      chunk++; // a key never straddles two chunks
      length = (long) chunk * CHUNK;
    }
    if (chunk == chunks.size()) chunks.add(new byte[CHUNK]);
    System.arraycopy(encoded, 0, chunks.get(chunk), (int) (length % CHUNK), encoded.length);
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      lengths = Arrays.copyOf(lengths, size * 2);
    }
    starts[size] = length;
    lengths[size] = encoded.length;
    length += encoded.length;
    return size++;
  }

  int size() {
    return size;
  }

  String get(int i) {
    long start = starts[i];
    int chunk = (int) (start / CHUNK);
    int from = (int) (start % CHUNK);
    int to = from + lengths[i];
    return decode(chunks.get(chunk), from, to);
  }

  static byte[] encode(String key) {
    byte[] out = new byte[key.length() * 3];
    int w = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x80) {
        out[w++] = (byte) c;
      } else if (c > ARABIC && c <= 0x064A) {
        out[w++] = (byte) (0x80 + c - ARABIC);
      } else {
        out[w++] = (byte) ESCAPE;
        out[w++] = (byte) (c >>> 8);
        out[w++] = (byte) c;
      }
    }
    return Arrays.copyOf(out, w);
  }

  static String decode(byte[] bytes, int from, int to) {
    char[] out = new char[to - from]; // a key never has more chars than bytes
    int n = 0;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) out[n++] = (char) b;
      else if (b != ESCAPE) out[n++] = (char) (ARABIC + b - 0x80);
      else {
        out[n++] = (char) ((bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff));
        i += 2;
      }
    }
    return new String(out, 0, n);
  }
}
