package org.newsmerge.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.Sentence;

/**
 * Splits the narrative blocks of an article into sentences with offsets into the original text.
 * ICU4J sentence boundaries (they split {@code ؟}, {@code !} and {@code .} correctly in Arabic),
 * block boundaries as hard boundaries, abbreviations such as {@code د.}, {@code Mr.} and {@code
 * U.S.} never end a sentence, and {@code ..} inside a sentence (common in Arabic press style) is
 * not a boundary.
 *
 * <p>Not thread-safe: ICU break iterators keep state. Use one splitter per thread.
 */
public final class SentenceSplitter {

  /** Abbreviations after which a period does not end a sentence. */
  static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Sr.", "Jr.", "Gen.", "Col.", "Lt.", "Capt.",
          "Sgt.", "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "Pres.", "Inc.", "Corp.", "Ltd.", "Co.",
          "No.", "vs.", "etc.", "e.g.", "i.e.", "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "a.m.",
          "p.m.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
          "Nov.", "Dec.", "Mt.", "Ft.", "د.", "م.", "أ.", "أ.د.", "ق.م.", "ص.", "ج.", "ت.", "هـ.");

  /**
   * Latin letters as Arabic spells them in initialisms ({@code سي. إن. إن.}, {@code إف. بي. آي.}),
   * after which a period does not end a sentence.
   */
  static final Set<String> LETTER_NAMES =
      keys(
          "إيه", "ايه", "بي", "سي", "دي", "إي", "اي", "إف", "اف", "جي", "إتش", "اتش", "آي", "جيه",
          "كيه", "كاي", "إل", "ال", "إم", "ام", "إن", "ان", "أو", "او", "كيو", "آر", "ار", "إس",
          "اس", "تي", "يو", "ڤي", "دبليو", "إكس", "اكس", "واي", "زد", "زي");

  private static Set<String> keys(String... words) {
    Set<String> keys = new java.util.HashSet<>();
    for (String w : words) keys.add(Normalizer.key(w));
    return Set.copyOf(keys);
  }

  private final BreakIterator iterator;

  public SentenceSplitter() {
    // Abbreviations are checked here rather than with ICU's FilteredBreakIteratorBuilder: its
    // suppressions match any word ending, so "د." would also keep "فازدياد." from ending.
    this.iterator = BreakIterator.getSentenceInstance(ULocale.ROOT);
  }

  /** The sentences of the article's narrative blocks, in text order, indexed from 0. */
  public List<Sentence> split(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    String text = article.text();
    for (Block block : article.blocks()) {
      if (block.kind() != Block.Kind.NARRATIVE) continue;
      for (int[] span : spans(text, block.start(), block.end())) {
        sentences.add(
            new Sentence(
                article.id(),
                sentences.size(),
                span[0],
                span[1],
                text.substring(span[0], span[1])));
      }
    }
    return sentences;
  }

  /** Sentence spans inside {@code text[from, to)}, trimmed of surrounding whitespace. */
  public List<int[]> spans(String text, int from, int to) {
    // A block is one paragraph: line breaks inside it are wrapping, not boundaries. Replacing
    // them keeps every offset because the replacement has the same length.
    String paragraph = text.substring(from, to).replace('\n', ' ').replace('\r', ' ');
    iterator.setText(paragraph);
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
      if (end < paragraph.length() && continuesAfter(paragraph, end)) continue;
      addTrimmed(spans, paragraph, start, end, from);
      start = end;
    }
    if (start < paragraph.length()) addTrimmed(spans, paragraph, start, paragraph.length(), from);
    return spans;
  }

  /** Whether an ICU boundary at {@code end} is not a sentence end for us. */
  private static boolean continuesAfter(String s, int end) {
    int i = end;
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) i--;
    // "يطلبون مني.. مساعدتهم": two dots mark a pause, not an end (three dots still end).
    if (i >= 2 && s.charAt(i - 1) == '.' && s.charAt(i - 2) == '.') {
      return i < 3 || s.charAt(i - 3) != '.';
    }
    int wordStart = i;
    while (wordStart > 0 && !Character.isWhitespace(s.charAt(wordStart - 1))) wordStart--;
    String word = stripOpening(s.substring(wordStart, i));
    if (ABBREVIATIONS.contains(word)) return true;
    // A lone Arabic letter or a spelled Latin letter before the period is an initial. (A lone
    // Latin capital is left to ICU: "event A. This" ends a sentence.)
    String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    boolean loneArabicLetter =
        bare.codePointCount(0, bare.length()) == 1
            && Character.UnicodeScript.of(bare.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    return loneArabicLetter || LETTER_NAMES.contains(Normalizer.key(bare));
  }

  private static String stripOpening(String word) {
    int k = 0;
    while (k < word.length() && "(\"'«“[".indexOf(word.charAt(k)) >= 0) k++;
    return word.substring(k);
  }

  private static void addTrimmed(List<int[]> spans, String s, int start, int end, int offset) {
    while (start < end && Character.isWhitespace(s.charAt(start))) start++;
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
    if (end <= start) return;
    if (!hasWordCharacter(s, start, end) && !spans.isEmpty()) {
      // A stray closing quote or bracket belongs to the sentence before it.
      spans.get(spans.size() - 1)[1] = end + offset;
      return;
    }
    if (!spans.isEmpty() && isListMarker(s, spans.get(spans.size() - 1), offset)) {
      // "1." before a list item is not a sentence of its own: it opens the next one.
      spans.get(spans.size() - 1)[1] = end + offset;
      return;
    }
    spans.add(new int[] {start + offset, end + offset});
  }

  /** Whether a span is only a list number such as {@code 1.} or {@code (2)}. */
  private static boolean isListMarker(String s, int[] span, int offset) {
    String t = s.substring(span[0] - offset, span[1] - offset).trim();
    return t.length() <= 4 && t.matches("\\(?\\d{1,2}[.)]");
  }

  private static boolean hasWordCharacter(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) return true;
    }
    return false;
  }
}
