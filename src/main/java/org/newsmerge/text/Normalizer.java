package org.newsmerge.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns text into a matching key: Unicode NFKC; Arabic harakat, Quranic marks and tatweel removed;
 * alef forms, alef maksura, teh marbuta and hamza seats folded; Arabic-Indic digits folded to
 * ASCII; case folded with {@link Locale#ROOT}; punctuation and symbols dropped; runs of spaces
 * collapsed to one. Keys are for matching only and never displayed.
 *
 * <p>Pure and thread-safe. {@code key(key(s)).equals(key(s))} for every {@code s}.
 */
public final class Normalizer {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /**
   * BMP units that NFKC leaves as they are wherever they stand: quick check YES and combining class
   * 0 (surrogates excluded, since a pair may stand for a letter NFKC changes).
   */
  private static final boolean[] NFKC_STABLE = new boolean[0x10000];

  static {
    for (int c = 0; c < NFKC_STABLE.length; c++) {
      NFKC_STABLE[c] =
          !Character.isSurrogate((char) c)
              && UCharacter.getIntPropertyValue(c, UProperty.NFKC_QUICK_CHECK) == 1
              && UCharacter.getCombiningClass(c) == 0;
    }
  }

  private Normalizer() {}

  /**
   * Whether NFKC leaves {@code text} as it is: at once when every unit is stable alone (most news
   * text), else by ICU's quick check of the whole.
   */
  static boolean nfkcAsIs(CharSequence text) {
    for (int i = 0; i < text.length(); i++)
      if (!NFKC_STABLE[text.charAt(i)]) return NFKC.spanQuickCheckYes(text) == text.length();
    return true;
  }

  /** The matching key of {@code text}: words separated by single spaces, no leading or trailing. */
  public static String key(CharSequence text) {
    // Most text is already in NFKC: a quick scan says so and saves the copy.
    String nfkc = nfkcAsIs(text) ? text.toString() : NFKC.normalize(text);
    // Written into a char array: a key is never longer than its text (folding maps a code point to
    // at most one, and a run of spaces to one), and keys are taken of every word of a merge.
    char[] out = new char[nfkc.length()];
    int n = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < nfkc.length(); ) {
      char ch = nfkc.charAt(i);
      int folded;
      if (!Character.isSurrogate(ch)) {
        folded = BMP[ch];
        i++;
      } else {
        int cp = nfkc.codePointAt(i);
        i += Character.charCount(cp);
        folded = fold(cp);
      }
      if (folded == DROP) continue;
      if (folded == SPACE) {
        pendingSpace = n > 0;
        continue;
      }
      if (pendingSpace) {
        out[n++] = ' ';
        pendingSpace = false;
      }
      // Lower-casing one code point follows Locale.ROOT rules: no Turkish dotless i.
      int cp = folded < 0x10000 ? folded : Character.toLowerCase(folded);
      if (cp < 0x10000) {
        out[n++] = (char) cp;
      } else {
        if (n + 2 > out.length) out = Arrays.copyOf(out, out.length + 2);
        n += Character.toChars(cp, out, n);
      }
    }
    return new String(out, 0, n);
  }

  /** {@link #key} with the spaces removed: what character shingles are taken from. */
  public static String compactKey(CharSequence text) {
    String key = key(text);
    return key.indexOf(' ') < 0 ? key : key.replace(" ", "");
  }

  static final int DROP = -1;
  static final int SPACE = -2;

  /**
   * {@link #fold} of every code point of the Basic Multilingual Plane, lower-cased: the hot path.
   */
  private static final int[] BMP = new int[0x10000];

  static {
    for (int c = 0; c < BMP.length; c++) {
      int f = Character.isSurrogate((char) c) ? SPACE : fold(c);
      BMP[c] = f < 0 ? f : Character.toLowerCase(f);
    }
  }

  /** Whether code point {@code cp} separates words: {@link #fold} makes it {@link #SPACE}. */
  static boolean separates(int cp) {
    // A code point of the BMP (a lone surrogate too, folded to SPACE) is looked up.
    return (cp < 0x10000 ? BMP[cp] : fold(cp)) == SPACE;
  }

  /** Folds one code point of NFKC text: a code point, {@link #DROP} or {@link #SPACE}. */
  static int fold(int cp) {
    switch (cp) {
      case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
        return 'ا';
      case 'ى', 'ی':
        return 'ي';
      case 'ة':
        return 'ه';
      case 'ؤ':
        return 'و';
      case 'ئ':
        return 'ي';
      case 'ء':
        return DROP;
      case 'ک':
        return 'ك';
      case 'ـ':
        return DROP;
      default:
        break;
    }
    if (cp >= 0x064B && cp <= 0x065F || cp == 0x0670 || cp >= 0x06D6 && cp <= 0x06ED) {
      return DROP; // harakat, superscript alef, Quranic annotation marks
    }
    if (cp >= 0x0660 && cp <= 0x0669) return '0' + (cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9) return '0' + (cp - 0x06F0);
    int type = Character.getType(cp);
    switch (type) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER:
        return cp;
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
        return DROP; // combining marks would otherwise split words
      case Character.FORMAT:
        return DROP; // ZWNJ, bidi controls
      default:
        return SPACE; // punctuation, symbols, spaces, controls all separate words
    }
  }
}
