package org.newsmerge.align.passage;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of one text with their spans and term ids in a vocabulary shared with the other text of
 * the pair, grouped into sentences. A sentence ends at {@code .}, {@code !} or {@code ?}, at a
 * blank line, or at a line break after a short line (a heading, a name in a list); a single line
 * break inside a long line of running text is a soft wrap, whatever the script. Sentences with
 * fewer than {@link #MIN_SENTENCE_WORDS} content words are joined to the next.
 */
final class WordText {

  static final int MIN_SENTENCE_WORDS = 3;

  /** Lines shorter than this end their sentence at the line break. */
  static final int SHORT_LINE = 50;

  final String text;
  final int[] start;
  final int[] end;
  final int[] term;
  final boolean[] content;

  /** First word of each sentence, with the word count as a last entry. */
  final int[] sentences;

  private WordText(String text, int[] start, int[] end, int[] term, boolean[] content, int[] s) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.term = term;
    this.content = content;
    this.sentences = s;
  }

  static WordText of(String text, Map<String, Integer> vocabulary) {
    IntList starts = new IntList();
    IntList ends = new IntList();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int s = i;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        boolean inner =
            (c == '\'' || c == '\u2019')
                && i + 1 < text.length()
                && Character.isLetter(text.codePointAt(i + 1))
                && i > s;
        if (!Character.isLetterOrDigit(c) && !inner) break;
        i += Character.charCount(c);
      }
      starts.add(s);
      ends.add(i);
    }
    int n = starts.size;
    int[] term = new int[n];
    boolean[] content = new boolean[n];
    for (int k = 0; k < n; k++) {
      String w =
          text.substring(starts.at(k), ends.at(k)).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      content[k] = !STOP.contains(w);
      term[k] = vocabulary.computeIfAbsent(Stemmer.stem(w), x -> vocabulary.size());
    }
    return new WordText(
        text,
        starts.toArray(),
        ends.toArray(),
        term,
        content,
        sentences(text, starts, ends, content));
  }

  int words() {
    return start.length;
  }

  int sentenceCount() {
    return sentences.length - 1;
  }

  /** Character span start of sentence {@code s}. */
  int sentenceStart(int s) {
    return start[sentences[s]];
  }

  int sentenceEnd(int s) {
    return end[sentences[s + 1] - 1];
  }

  private static int[] sentences(String text, IntList starts, IntList ends, boolean[] content) {
    IntList out = new IntList();
    int n = starts.size;
    int words = 0;
    int first = 0;
    for (int k = 0; k < n; k++) {
      if (content[k]) words++;
      boolean last = k == n - 1;
      if (last || (boundary(text, ends.at(k), starts.at(k + 1)) && words >= MIN_SENTENCE_WORDS)) {
        out.add(first);
        first = k + 1;
        words = 0;
      }
    }
    if (n > 0 && out.size == 0) out.add(0);
    out.add(n);
    return out.toArray();
  }

  /** Whether the text between two words, {@code [from, to)}, ends a sentence. */
  static boolean boundary(String text, int from, int to) {
    int breaks = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u3002') return true;
      if (c == '\n') {
        breaks++;
        if (breaks > 1 || from - lineStart(text, from) < SHORT_LINE) return true;
      }
    }
    return false;
  }

  private static int lineStart(String text, int at) {
    int i = at;
    while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') i--;
    return i;
  }

  private static final Set<String> STOP =
      Set.of(
          "a",
          "about",
          "above",
          "after",
          "again",
          "against",
          "all",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "few",
          "for",
          "from",
          "further",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "herself",
          "him",
          "himself",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "me",
          "more",
          "most",
          "my",
          "myself",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "on",
          "once",
          "only",
          "or",
          "other",
          "our",
          "ours",
          "ourselves",
          "out",
          "over",
          "own",
          "same",
          "she",
          "should",
          "so",
          "some",
          "such",
          "than",
          "that",
          "the",
          "their",
          "theirs",
          "them",
          "themselves",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "to",
          "too",
          "under",
          "until",
          "up",
          "very",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "whom",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your",
          "yours",
          "yourself",
          "also",
          "may",
          "one",
          "s",
          "t");

  /** A growable int array. */
  static final class IntList {
    int[] a = new int[16];
    int size;

    void add(int v) {
      if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
      a[size++] = v;
    }

    int at(int i) {
      return a[i];
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, size);
    }
  }
}
