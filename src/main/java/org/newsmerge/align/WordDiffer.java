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

  public static List<DiffChunk> diff(String a, String b) {
    List<Token> ta = Tokenizer.tokens(a);
    List<Token> tb = Tokenizer.tokens(b);
    Patch<String> patch = DiffUtils.diff(keys(ta), keys(tb));
    List<DiffChunk> chunks = new ArrayList<>();
    int ia = 0;
    int ib = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int sa = delta.getSource().getPosition();
      int sb = delta.getTarget().getPosition();
      if (sa > ia)
        chunks.add(new DiffChunk(DiffChunk.Op.EQUAL, text(a, ta, ia, sa), text(b, tb, ib, sb)));
      int ea = sa + delta.getSource().size();
      int eb = sb + delta.getTarget().size();
      DiffChunk.Op op =
          switch (delta.getType()) {
            case DELETE -> DiffChunk.Op.DELETE;
            case INSERT -> DiffChunk.Op.INSERT;
            default -> DiffChunk.Op.CHANGE;
          };
      chunks.add(new DiffChunk(op, text(a, ta, sa, ea), text(b, tb, sb, eb)));
      ia = ea;
      ib = eb;
    }
    if (ia < ta.size() || ib < tb.size()) {
      chunks.add(
          new DiffChunk(
              DiffChunk.Op.EQUAL, text(a, ta, ia, ta.size()), text(b, tb, ib, tb.size())));
    }
    return chunks;
  }

  /** Whether a diff has any chunk that is not equal. */
  public static boolean differs(List<DiffChunk> diff) {
    return diff.stream().anyMatch(c -> c.op() != DiffChunk.Op.EQUAL);
  }

  /** Length in words of the longest run of equal words between two token lists. */
  static int longestCommonRun(List<Token> a, List<Token> b) {
    int best = 0;
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = a.get(i - 1).key().equals(b.get(j - 1).key()) ? prev[j - 1] + 1 : 0;
        if (cur[j] > best) best = cur[j];
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return best;
  }

  private static List<String> keys(List<Token> tokens) {
    List<String> keys = new ArrayList<>(tokens.size());
    for (Token t : tokens) keys.add(t.key());
    return keys;
  }

  /** Original text from the start of token {@code from} to the end of token {@code to - 1}. */
  private static String text(String s, List<Token> tokens, int from, int to) {
    if (from >= to) return "";
    return s.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
