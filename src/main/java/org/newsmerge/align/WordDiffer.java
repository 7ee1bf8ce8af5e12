package org.newsmerge.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.text.Token;
import org.newsmerge.text.Tokenizer;

/**
 * Word diff of two wordings: computed on normalised word keys (so {@code الى}/{@code إلى} and
 * punctuation are not differences) and reported with the original words of each side. An equal
 * chunk shows side {@code b}'s original text.
 */
public final class WordDiffer {

  private WordDiffer() {}

  /**
   * The chunks of the diff. Changed chunks hold exactly the differing words; equal chunks hold
   * everything else, punctuation and spaces included, so that the {@code a} sides of all chunks
   * concatenate to {@code a} and the {@code b} sides to {@code b}.
   */
  public static List<DiffChunk> diff(String a, String b) {
    return diff(a, Tokenizer.tokens(a), b, Tokenizer.tokens(b));
  }

  /** {@link #diff(String, String)} of two texts already tokenised: {@code ta} of {@code a}. */
  public static List<DiffChunk> diff(String a, List<Token> ta, String b, List<Token> tb) {
    Patch<String> patch = DiffUtils.diff(keys(ta), keys(tb));
    List<DiffChunk> chunks = new ArrayList<>();
    Cursor ca = new Cursor(a, ta);
    Cursor cb = new Cursor(b, tb);
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int sa = delta.getSource().getPosition();
      int sb = delta.getTarget().getPosition();
      int ea = sa + delta.getSource().size();
      int eb = sb + delta.getTarget().size();
      equal(chunks, ca.upTo(sa, ea > sa), cb.upTo(sb, eb > sb));
      DiffChunk.Op op =
          switch (delta.getType()) {
            case DELETE -> DiffChunk.Op.DELETE;
            case INSERT -> DiffChunk.Op.INSERT;
            default -> DiffChunk.Op.CHANGE;
          };
      chunks.add(new DiffChunk(op, ca.words(sa, ea), cb.words(sb, eb)));
    }
    equal(chunks, ca.rest(), cb.rest());
    return chunks;
  }

  private static void equal(List<DiffChunk> chunks, String a, String b) {
    if (!a.isEmpty() || !b.isEmpty()) chunks.add(new DiffChunk(DiffChunk.Op.EQUAL, a, b));
  }

  /** Walks one side of a diff, handing out each character of the text exactly once. */
  private static final class Cursor {
    private final String text;
    private final List<Token> tokens;
    private int at;

    Cursor(String text, List<Token> tokens) {
      this.text = text;
      this.tokens = tokens;
    }

    /**
     * Text up to the changed words that start at token {@code from}; when the change has no words
     * on this side, up to the end of the last equal word, leaving the space after it to the next
     * equal chunk.
     */
    String upTo(int from, boolean changeHasWords) {
      int end =
          changeHasWords ? tokens.get(from).start() : from > 0 ? tokens.get(from - 1).end() : 0;
      end = Math.max(end, at);
      String out = text.substring(at, end);
      at = end;
      return out;
    }

    /** The words {@code [from, to)}, from the first's start to the last's end. */
    String words(int from, int to) {
      if (from >= to) return "";
      String out = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
      at = tokens.get(to - 1).end();
      return out;
    }

    String rest() {
      String out = text.substring(at);
      at = text.length();
      return out;
    }
  }

  /** Whether a diff has any chunk that is not equal. */
  public static boolean differs(List<DiffChunk> diff) {
    return diff.stream().anyMatch(c -> c.op() != DiffChunk.Op.EQUAL);
  }

  /**
   * Whether two sentences, as word numbers (equal words, equal numbers), share a run of at least
   * {@code words} equal words in a row.
   */
  static boolean sharesRun(int[] a, int[] b, int words) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      int x = a[i - 1];
      for (int j = 1; j <= b.length; j++) {
        cur[j] = x == b[j - 1] ? prev[j - 1] + 1 : 0;
        if (cur[j] >= words) return true;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return false;
  }

  private static List<String> keys(List<Token> tokens) {
    List<String> keys = new ArrayList<>(tokens.size());
    for (Token t : tokens) keys.add(t.key());
    return keys;
  }
}
