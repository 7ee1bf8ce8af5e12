package org.newsmerge.sketch;

/**
 * How text is cut into shingles: character {@code size}-grams of the normalised text with spaces
 * removed (the default, {@code CHAR 5}: it survives spelling variants and glued words), or word
 * {@code size}-grams of the normalised words.
 */
public record ShingleSettings(Unit unit, int size) implements java.io.Serializable {

  /** What a shingle is made of. */
  public enum Unit {
    CHAR,
    WORD
  }

  public static final ShingleSettings DEFAULT = new ShingleSettings(Unit.CHAR, 5);

  public ShingleSettings {
    if (unit == null) throw new IllegalArgumentException("shingle unit must not be null");
    if (size < 1 || size > 32) {
      throw new IllegalArgumentException("shingle size (" + size + ") must be in 1..32");
    }
  }

  /** Parses {@code char5}, {@code word3} and the like. */
  public static ShingleSettings parse(String spec) {
    String s = spec.trim().toLowerCase(java.util.Locale.ROOT);
    Unit unit;
    String digits;
    if (s.startsWith("char")) {
      unit = Unit.CHAR;
      digits = s.substring(4);
    } else if (s.startsWith("word")) {
      unit = Unit.WORD;
      digits = s.substring(4);
    } else {
      throw new IllegalArgumentException(
          "shingles (" + spec + ") must be charN or wordN, e.g. char5 or word3");
    }
    try {
      return new ShingleSettings(unit, Integer.parseInt(digits));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "shingles (" + spec + ") must be charN or wordN, e.g. char5 or word3", e);
    }
  }

  @Override
  public String toString() {
    return unit.name().toLowerCase(java.util.Locale.ROOT) + size;
  }
}
