package org.newsmerge.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsmerge.align.WordDiffer;
import org.newsmerge.merge.Unit.Discrepancy;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.text.Figure;
import org.newsmerge.text.FigureReader;
import org.newsmerge.text.Token;
import org.newsmerge.text.Tokenizer;

/**
 * Finds the conflicts between two wordings of one sentence: places where the word diff aligns two
 * things that cannot both be true. What only one wording says is added detail, never a conflict.
 *
 * <ul>
 *   <li><b>number</b>: a figure (numbers read as values by {@link FigureReader}: digits of any
 *       script, decimal marks, multiplier and number words, percent, units, dates of either
 *       calendar) in a changed place of one wording, and a figure of another value in the same
 *       place of the other, not moved to another changed place of it (a figure the other wording
 *       holds only where both wordings agree is aligned with its own there, not moved);
 *   <li><b>negation</b>: a changed place where one wording negates (Arabic لا، لم، لن، ليس and its
 *       forms، غير، عدم، دون، بدون; English not, no, never, n't, without: all one class) and the
 *       other does not; the negation alone added or dropped, or a change of at most three words;
 *   <li><b>quote</b>: words inside quotation marks ({@code "…"}, {@code “…”}, {@code «…»}) in both
 *       wordings that differ beyond spacing and a one-letter prefix;
 *   <li><b>name</b>: a changed capitalised (Latin) word that does not open its sentence, against
 *       other words.
 * </ul>
 *
 * Pure and thread-safe.
 */
public final class Discrepancies {

  /** Negation words, as normalised keys; {@code ما} is left out: it is mostly not one. */
  private static final Set<String> NEGATIONS =
      Set.of(
          "لا", "لم", "لن", "ليس", "ليست", "ليسوا", "ليسا", "ليستا", "لست", "لسنا", "لستم", "غير",
          "عدم", "دون", "بدون", "not", "no", "never", "without", "cannot", "nor");

  private static final Pattern ENGLISH_NT = Pattern.compile("(?i)\\p{L}n['’]t\\b");

  private Discrepancies() {}

  /** The conflicts between {@code shown} and {@code variant}, attributed to {@code source}. */
  public static List<Discrepancy> find(String shown, String variant, String source) {
    return find(shown, variant, WordDiffer.diff(shown, variant), source);
  }

  /**
   * As {@link #find(String, String, String)}, with each sentence's figures read already ({@link
   * FigureReader#figures}): for callers that compare one sentence with many.
   */
  public static List<Discrepancy> find(
      String shown, String variant, List<Figure> fa, List<Figure> fb, String source) {
    return find(shown, variant, WordDiffer.diff(shown, variant), fa, fb, source);
  }

  /**
   * What of a sentence can take part in a conflict besides its figures: quotation marks, a capital
   * Latin letter, a negation word. Read once for a sentence compared with many.
   */
  public record Signs(boolean quote, boolean capital, boolean negation) {
    public static Signs of(String text) {
      return new Signs(hasQuote(text), hasLatinCapital(text), hasNegation(text));
    }
  }

  /**
   * Whether two sentences can conflict at all, cheaply, before their word diff: a number needs a
   * figure on each side, a quote quotation marks on each, a name a capital Latin letter on each,
   * and a negation a negation word on one side. A caller comparing many pairs skips the others.
   */
  public static boolean mayConflict(Signs a, List<Figure> fa, Signs b, List<Figure> fb) {
    return (!fa.isEmpty() && !fb.isEmpty())
        || (a.quote() && b.quote())
        || (a.capital() && b.capital())
        || a.negation()
        || b.negation();
  }

  private static boolean hasQuote(String s) {
    for (int i = 0; i < s.length(); i++) if ("\"“”«»".indexOf(s.charAt(i)) >= 0) return true;
    return false;
  }

  private static boolean hasLatinCapital(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') return true;
    }
    return false;
  }

  private static boolean hasNegation(String s) {
    for (Token t : Tokenizer.tokens(s)) if (isNegation(t.key())) return true;
    return ENGLISH_NT.matcher(s).find();
  }

  static List<Discrepancy> find(String shown, String variant, List<DiffChunk> diff, String source) {
    return find(
        shown, variant, diff, FigureReader.figures(shown), FigureReader.figures(variant), source);
  }

  /** As {@link #find(String, String, String)}, with the diff and the figures already known. */
  static List<Discrepancy> find(
      String shown,
      String variant,
      List<DiffChunk> diff,
      List<Figure> fa,
      List<Figure> fb,
      String source) {
    List<Discrepancy> found = new ArrayList<>();
    List<int[]> regions = new ArrayList<>(); // aStart, aEnd, bStart, bEnd, chunk
    List<int[]> same = new ArrayList<>(); // aStart, bStart, length of the text both share
    int pa = 0;
    int pb = 0;
    for (int i = 0; i < diff.size(); i++) {
      DiffChunk c = diff.get(i);
      if (c.op() != DiffChunk.Op.EQUAL) {
        regions.add(new int[] {pa, pa + c.a().length(), pb, pb + c.b().length(), i});
      } else {
        same.add(new int[] {pa, pb, c.a().length()});
      }
      pa += c.a().length();
      pb += c.b().length();
    }
    numbers(shown, variant, fa, fb, regions, aligned(same, fa, fb), source, found);
    for (int[] r : regions) {
      DiffChunk c = diff.get(r[4]);
      if (negationFlips(c)) {
        if (c.a().isEmpty() || c.b().isEmpty()) {
          // The negation alone added or dropped: shown with the word it negates on both sides.
          String[] around = withNextWord(shown, r[0], r[1], variant, r[2], r[3]);
          found.add(new Discrepancy(Discrepancy.Kind.NEGATION, around[0], around[1], source));
        } else {
          found.add(new Discrepancy(Discrepancy.Kind.NEGATION, c.a(), c.b(), source));
        }
        continue;
      }
      if (c.op() != DiffChunk.Op.CHANGE || onlyFigures(r, fa, fb)) continue;
      if (sameWords(c.a(), c.b())) continue;
      if (capitalised(shown, r[0], r[1]) && capitalised(variant, r[2], r[3])) {
        found.add(new Discrepancy(Discrepancy.Kind.NAME, c.a(), c.b(), source));
      } else if (quoted(shown, r[0])
          && quoted(variant, r[2])
          && !wholeQuote(shown, r[0], r[1])
          && !wholeQuote(variant, r[2], r[3])
          && Rewording.replacesWords(
              outsideFigures(shown, r[0], r[1], fa),
              outsideFigures(variant, r[2], r[3], fb),
              shown,
              variant)) {
        found.add(new Discrepancy(Discrepancy.Kind.QUOTE, c.a(), c.b(), source));
      }
    }
    return found;
  }

  /**
   * Figure conflicts. A figure whose place both wordings share holds, in the other wording, a
   * figure of equal value at the same place: the two are aligned, unchanged, out of every
   * comparison. The changed places are grouped through the other figures they touch (a figure
   * written {@code 1.742 مليون} against {@code 1.742.000} spans the change of one word); in each
   * group, figures of equal value on the two sides cancel, as do figures of equal value the other
   * wording holds elsewhere, not aligned with one of its own (moved, not changed; each explains one
   * move). What is left on both sides conflicts, paired in order.
   */
  private static void numbers(
      String a,
      String b,
      List<Figure> fa,
      List<Figure> fb,
      List<int[]> regions,
      boolean[][] aligned,
      String source,
      List<Discrepancy> found) {
    int n = regions.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    int[] ownerA = new int[fa.size()];
    int[] ownerB = new int[fb.size()];
    java.util.Arrays.fill(ownerA, -1);
    java.util.Arrays.fill(ownerB, -1);
    for (int r = 0; r < n; r++) {
      int[] reg = regions.get(r);
      claim(fa, ownerA, reg[0], reg[1], r, parent);
      claim(fb, ownerB, reg[2], reg[3], r, parent);
    }
    // A figure aligned with its own, or taken to explain a move, explains no other move.
    boolean[] takenA = aligned[0].clone();
    boolean[] takenB = aligned[1].clone();
    for (int r = 0; r < n; r++) {
      if (find(parent, r) != r) continue;
      List<Figure> left = new ArrayList<>();
      List<Figure> right = new ArrayList<>();
      for (int i = 0; i < fa.size(); i++)
        if (ownerA[i] >= 0 && !aligned[0][i] && find(parent, ownerA[i]) == r) left.add(fa.get(i));
      for (int i = 0; i < fb.size(); i++)
        if (ownerB[i] >= 0 && !aligned[1][i] && find(parent, ownerB[i]) == r) right.add(fb.get(i));
      if (left.isEmpty() || right.isEmpty()) continue;
      cancel(left, right);
      final int group = r;
      left.removeIf(f -> movedTo(f, fb, ownerB, takenB, parent, group));
      right.removeIf(f -> movedTo(f, fa, ownerA, takenA, parent, group));
      for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
        if (left.get(i).compare(right.get(i)) != Figure.Comparison.DIFFERENT) continue;
        found.add(
            new Discrepancy(
                Discrepancy.Kind.NUMBER, left.get(i).in(a), right.get(i).in(b), source));
      }
    }
  }

  /**
   * Which figures of each wording are aligned with a figure of equal value in the other: a
   * character of the figure lies in text both wordings share ({@code same}: a start in each and a
   * length), and its place in the other wording lies inside that figure.
   */
  private static boolean[][] aligned(List<int[]> same, List<Figure> fa, List<Figure> fb) {
    boolean[][] aligned = {new boolean[fa.size()], new boolean[fb.size()]};
    for (int i = 0; i < fa.size(); i++) {
      Figure f = fa.get(i);
      int at = -1;
      for (int[] s : same) {
        int from = Math.max(f.start(), s[0]);
        if (from < Math.min(f.end(), s[0] + s[2])) {
          at = s[1] + (from - s[0]);
          break;
        }
      }
      if (at < 0) continue;
      for (int j = 0; j < fb.size(); j++) {
        Figure g = fb.get(j);
        if (!aligned[1][j]
            && g.start() <= at
            && at < g.end()
            && f.compare(g) == Figure.Comparison.EQUAL) {
          aligned[0][i] = true;
          aligned[1][j] = true;
          break;
        }
      }
    }
    return aligned;
  }

  /**
   * Whether {@code f} was moved to another place of the other wording, outside group {@code r}: a
   * figure of equal value there, not taken (aligned with its own, or explaining another move); it
   * is taken.
   */
  private static boolean movedTo(
      Figure f, List<Figure> other, int[] owner, boolean[] taken, int[] parent, int r) {
    for (int j = 0; j < other.size(); j++) {
      if (taken[j] || (owner[j] >= 0 && find(parent, owner[j]) == r)) continue;
      if (f.compare(other.get(j)) == Figure.Comparison.EQUAL) {
        taken[j] = true;
        return true;
      }
    }
    return false;
  }

  /**
   * Figures touching {@code [start, end)} (or the point {@code start} when empty) join region r.
   */
  private static void claim(
      List<Figure> figures, int[] owner, int start, int end, int r, int[] parent) {
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      boolean touches =
          start == end
              ? f.start() <= start && start <= f.end()
              : f.start() < end && f.end() > start;
      if (!touches) continue;
      if (owner[i] < 0) owner[i] = r;
      else union(parent, owner[i], r);
    }
  }

  /** Removes pairs of figures that are not in conflict (equal, or not comparable). */
  private static void cancel(List<Figure> left, List<Figure> right) {
    for (int i = 0; i < left.size(); i++) {
      for (int j = 0; j < right.size(); j++) {
        if (left.get(i).compare(right.get(j)) != Figure.Comparison.DIFFERENT) {
          left.remove(i--);
          right.remove(j);
          break;
        }
      }
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  private static boolean onlyFigures(int[] r, List<Figure> fa, List<Figure> fb) {
    return covered(r[0], r[1], fa) && covered(r[2], r[3], fb);
  }

  private static boolean covered(int start, int end, List<Figure> figures) {
    if (start == end) return true;
    for (Figure f : figures) if (f.start() <= start && end <= f.end()) return true;
    return false;
  }

  /** Both sides of a change extended to the next word (else the previous one) on each side. */
  private static String[] withNextWord(String a, int as, int ae, String b, int bs, int be) {
    Token na = next(a, ae);
    Token nb = next(b, be);
    if (na != null && nb != null) {
      return new String[] {
        a.substring(as == ae ? na.start() : as, na.end()),
        b.substring(bs == be ? nb.start() : bs, nb.end())
      };
    }
    Token pa = previous(a, as);
    Token pb = previous(b, bs);
    if (pa != null && pb != null) {
      return new String[] {
        a.substring(pa.start(), as == ae ? pa.end() : ae),
        b.substring(pb.start(), bs == be ? pb.end() : be)
      };
    }
    return new String[] {a.substring(as, ae), b.substring(bs, be)};
  }

  private static Token next(String s, int from) {
    for (Token t : Tokenizer.tokens(s)) if (t.start() >= from) return t;
    return null;
  }

  private static Token previous(String s, int before) {
    Token last = null;
    for (Token t : Tokenizer.tokens(s)) if (t.end() <= before) last = t;
    return last;
  }

  /** Whether a changed place negates on one side only: see the class comment. */
  static boolean negationFlips(DiffChunk c) {
    int na = negations(c.a());
    int nb = negations(c.b());
    if ((na > 0) == (nb > 0)) return false;
    String negated = na > 0 ? c.a() : c.b();
    String other = na > 0 ? c.b() : c.a();
    int wordsNegated = Tokenizer.tokens(negated).size();
    int wordsOther = Tokenizer.tokens(other).size();
    if (wordsOther == 0) return wordsNegated == Math.max(na, nb);
    return wordsNegated <= 3 && wordsOther <= 3 && sharesAVerb(negated, other);
  }

  /**
   * Whether a word of the negated side, negation and auxiliaries aside, is a form of a word of the
   * other side: {@code لم يعلن}/{@code أعلن}, {@code did not attend}/{@code attended}; {@code ولم
   * يحدد}/{@code وانتقد} says two different things, not one thing and its negation.
   */
  private static boolean sharesAVerb(String negated, String other) {
    for (Token t : Tokenizer.tokens(negated)) {
      if (isNegation(t.key()) || AUXILIARIES.contains(t.key())) continue;
      for (Token o : Tokenizer.tokens(other)) {
        if (stem(t.key()).equals(stem(o.key()))) return true;
        String a = stem(t.key());
        String b = stem(o.key());
        if (a.length() >= 3 && b.length() >= 3 && (a.startsWith(b) || b.startsWith(a))) return true;
      }
    }
    return false;
  }

  private static final Set<String> AUXILIARIES =
      Set.of(
          "did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "will", "be",
          "يكن", "تكن", "يكون", "تكون");

  /** A verb's key without a conjunction and the letter that marks its person and tense. */
  private static String stem(String key) {
    String k = key;
    if (k.length() > 3 && (k.startsWith("و") || k.startsWith("ف"))) k = k.substring(1);
    if (k.length() > 4 && k.charAt(0) == 'س' && "يتنا".indexOf(k.charAt(1)) >= 0)
      k = k.substring(1);
    if (k.length() > 3 && "يتنا".indexOf(k.charAt(0)) >= 0) k = k.substring(1);
    return k;
  }

  /** Negation words in {@code part}; idioms that do not negate ({@code لا سيما}, ...) left out. */
  static int negations(String part) {
    List<Token> words = Tokenizer.tokens(part);
    for (Token t : words) {
      // لا يزال / ما زال mean "still"; the pair is no negation of anything.
      if (t.key().contains("زال")) return 0;
    }
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      String k = words.get(i).key();
      String next = i + 1 < words.size() ? words.get(i + 1).key() : "";
      if (!isNegation(k)) continue;
      if (k.endsWith("لا") && (next.equals("سيما") || next.equals("بد") || next.equals("شك"))) {
        continue;
      }
      if (k.endsWith("غير") && (next.equals("ان") || next.equals("انه"))) continue;
      n++;
    }
    var m = ENGLISH_NT.matcher(part);
    while (m.find()) n++;
    return n;
  }

  private static boolean isNegation(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (NEGATIONS.contains(k)) return true;
    if (k.equals("لاسيما") || k.equals("لابد") || k.equals("لاشك")) return false;
    for (String p : new String[] {"و", "ف", "ب", "ل", "وب", "ول"}) {
      if (k.startsWith(p)
          && k.length() > p.length()
          && NEGATIONS.contains(k.substring(p.length()))) {
        String rest = k.substring(p.length());
        // a preposition takes only the nouns: بعدم, لعدم, بدون; not "بلا" (ب + لا is fine too)
        if ((p.contains("ب") || p.contains("ل"))
            && !(rest.equals("عدم")
                || rest.equals("دون")
                || rest.equals("لا")
                || rest.equals("غير"))) continue;
        return true;
      }
    }
    return false;
  }

  /** Equal but for spacing ({@code عبدالله}/{@code عبد الله}) and one-letter prefixes. */
  static boolean sameWords(String a, String b) {
    List<Token> ta = Tokenizer.tokens(a);
    List<Token> tb = Tokenizer.tokens(b);
    StringBuilder ka = new StringBuilder();
    StringBuilder kb = new StringBuilder();
    for (Token t : ta) ka.append(t.key());
    for (Token t : tb) kb.append(t.key());
    if (ka.toString().equals(kb.toString())) return true;
    if (ta.size() != tb.size()) return false;
    for (int i = 0; i < ta.size(); i++) {
      if (!samePrefixed(ta.get(i).key(), tb.get(i).key())) return false;
    }
    return true;
  }

  private static boolean samePrefixed(String a, String b) {
    if (a.equals(b)) return true;
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.length() == shorter.length() + 1
        && longer.endsWith(shorter)
        && "وفبلك".indexOf(longer.charAt(0)) >= 0;
  }

  /** Whether {@code sentence[start, end)} holds a capitalised word that does not open it. */
  private static boolean capitalised(String sentence, int start, int end) {
    for (Token t : Tokenizer.tokens(sentence.substring(start, end))) {
      int at = start + t.start();
      if (at > 0 && Character.isUpperCase(sentence.charAt(at))) return true;
    }
    return false;
  }

  /** The text of {@code [start, end)} with the figures in it blanked out. */
  private static String outsideFigures(String s, int start, int end, List<Figure> figures) {
    StringBuilder b = new StringBuilder(s.substring(start, end));
    for (Figure f : figures) {
      for (int i = Math.max(start, f.start()); i < Math.min(end, f.end()); i++) {
        b.setCharAt(i - start, ' ');
      }
    }
    return b.toString();
  }

  /**
   * Whether {@code [start, end)} holds all the words between the quotation marks around it: a name
   * or term in quotation marks ({@code «رويترز»}) replaced, not a quote reworded.
   */
  private static boolean wholeQuote(String s, int start, int end) {
    int open = start - 1;
    while (open >= 0 && "\"«“".indexOf(s.charAt(open)) < 0) open--;
    int close = s.length();
    for (int i = start; i < s.length(); i++) {
      if ("\"»”".indexOf(s.charAt(i)) >= 0) {
        close = i;
        break;
      }
    }
    if (open < 0) return false;
    String inside = s.substring(open + 1, close);
    return Tokenizer.tokens(inside).size() <= Tokenizer.tokens(s.substring(start, end)).size();
  }

  /** Whether offset {@code at} of {@code sentence} lies inside quotation marks. */
  static boolean quoted(String sentence, int at) {
    int straight = 0;
    int open = 0;
    int opened = -1;
    for (int i = 0; i < at && i < sentence.length(); i++) {
      char ch = sentence.charAt(i);
      if (ch == '"') {
        straight++;
        if (straight % 2 == 1) opened = i;
      } else if (ch == '«' || ch == '“') {
        if (open++ == 0) opened = i;
      } else if (ch == '»' || ch == '”') {
        open = Math.max(0, open - 1);
      }
    }
    if (straight % 2 == 0 && open == 0) return false;
    // A quote whose closing mark is missing ends where the reporting resumes: «... ، مشدداً على
    // أنه ...». One with no closing mark in the sentence otherwise runs on into the next.
    for (Token t :
        Tokenizer.tokens(sentence.substring(opened + 1, Math.min(at, sentence.length())))) {
      if (REPORTING.contains(t.key())) return false;
    }
    return true;
  }

  /** Participles and verbs that resume reporting after a quote. */
  private static final Set<String> REPORTING =
      Set.of(
          "مشددا", "مؤكدا", "مضيفا", "موضحا", "مشيرا", "لافتا", "مبينا", "منوها", "مقدما", "معربا",
          "متمنيا", "مبديا", "واضاف", "وقال", "واكد", "واوضح", "وتابع", "واشار");
}
