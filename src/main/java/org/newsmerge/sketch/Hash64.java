package org.newsmerge.sketch;

/**
 * The 64-bit mixing used for every stored hash: the murmur3 finaliser over an FNV-1a accumulation.
 * Fixed, documented constants so that values are the same on every machine and in every run (unlike
 * {@code String.hashCode} or Guava's {@code goodFastHash}).
 */
final class Hash64 {
  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  static final long FNV_PRIME = 0x100000001b3L;

  private Hash64() {}

  /** murmur3's fmix64: a bijection that spreads every input bit over the output. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Hash of {@code s[from, to)}, char by char. */
  /** {@link #chars(CharSequence, int, int)} of chars in an array. */
  static long chars(char[] s, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h = (h ^ s[i]) * FNV_PRIME;
    }
    return mix(h);
  }

  static long chars(CharSequence s, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }
}
