package org.newsmerge.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.newsmerge.text.Normalizer;

/**
 * The terms an article is about, for linking articles of one event: its sentences' matching keys
 * (and its title, weighted {@link #TITLE_WEIGHT} times) run through the analyser of the article's
 * language, each term hashed to an int and counted: for Arabic and Russian, Lucene's (tokens, stop
 * words, light stemming, Arabic normalising); for the Latin-script languages, Lucene's tokens less
 * the language's stop words, each word cut to its first {@link #PREFIX} letters. Numbers and names
 * stay terms; how much they weigh is the corpus's business (rare terms weigh most, {@link
 * EventGrouper}).
 *
 * <p>Keys are folded ({@link Normalizer}): each analyser's stop words are folded the same way, so
 * that {@code على} (a key's {@code علي}) is a stop word still.
 *
 * <p>The language is told from the text: the Arabic or Cyrillic script, else the Latin-script
 * language whose stop words the text uses most; a language with no stop words here (Polish,
 * Finnish) is cut to prefixes too, with no stop words.
 *
 * <p>Why prefixes: cutting words to four or five letters conflates inflections and compounds' heads
 * ({@code Corona-Ausbreitung}, {@code Coronavirus}) about as well as a language's stemmer does for
 * retrieval, in every alphabetic language alike (McNamee, Nicholas and Mayfield, "Addressing
 * morphological variation in alphabetic languages", SIGIR 2009). On the SemEval-2022 training pairs
 * it grouped 0.840 of the same-event pairs at 0.029 of the different ones, against 0.726 and 0.035
 * with Lucene's stemmers for English, German, Spanish, French, Italian, Portuguese, Dutch and
 * Turkish (docs/quality.md, "Stories are events"). Arabic keeps its light stemmer: its prefixes
 * (the article, conjunctions, prepositions) come first, so the first letters are not the stem.
 *
 * <p>Thread-safe (Lucene analysers keep one token stream per thread).
 */
public final class EventTerms {

  /** How many times a title's terms count. */
  public static final float TITLE_WEIGHT = 2f;

  /** The highest count a term of one article has: a byte's worth ({@link TermStore}). */
  public static final int MAX_COUNT = 255;

  /** Most terms one article keeps: its heaviest by count, so memory stays bounded per article. */
  public static final int MAX_TERMS = 160;

  /** Letters a word of a Latin-script language keeps (numbers stay whole). */
  static final int PREFIX = 4;

  /**
   * What a cosine between two families of a prefix language counts for against the event threshold,
   * which was chosen for stemmed Arabic: chosen on the SemEval training pairs, where the prefix
   * languages' same-event and different-event pairs part best at a cosine of 0.23 (0.14 / 0.6).
   */
  static final double PREFIX_SCALE = 0.6;

  /** Words the language of a text is told from. */
  private static final int SAMPLE = 400;

  /**
   * The languages told apart, in the order ties are broken: each with its analyser, what its
   * cosines count for ({@link #cosineScale}) and how many key terms find a family's candidates
   * ({@link #keyTerms}). Both were chosen on data: Arabic's on the SaudiNewsNet dev days and the
   * seeds (with 20 key terms instead of 10, stories there gather events of one kind: a day's
   * audiences of the King, several clubs' transfers); the prefix languages' on the SemEval training
   * pairs (with 10 key terms, 0.69 of the same-event pairs grouped instead of 0.84).
   */
  public enum Language {
    ARABIC(ArabicAnalyzer.getDefaultStopSet(), ArabicAnalyzer::new, 1, 10),
    ENGLISH(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, PrefixAnalyzer::new, PREFIX_SCALE, 20),
    GERMAN(GermanAnalyzer.getDefaultStopSet(), PrefixAnalyzer::new, PREFIX_SCALE, 20),
    SPANISH(SpanishAnalyzer.getDefaultStopSet(), PrefixAnalyzer::new, PREFIX_SCALE, 20),
    FRENCH(FrenchAnalyzer.getDefaultStopSet(), PrefixAnalyzer::new, PREFIX_SCALE, 20),
    ITALIAN(ItalianAnalyzer.getDefaultStopSet(), PrefixAnalyzer::new, PREFIX_SCALE, 20),
    PORTUGUESE(PortugueseAnalyzer.getDefaultStopSet(), PrefixAnalyzer::new, PREFIX_SCALE, 20),
    DUTCH(DutchAnalyzer.getDefaultStopSet(), PrefixAnalyzer::new, PREFIX_SCALE, 20),
    TURKISH(TurkishAnalyzer.getDefaultStopSet(), PrefixAnalyzer::new, PREFIX_SCALE, 20),
    RUSSIAN(RussianAnalyzer.getDefaultStopSet(), RussianAnalyzer::new, 1, 10),
    OTHER(CharArraySet.EMPTY_SET, PrefixAnalyzer::new, PREFIX_SCALE, 20);

    /** The stop words as matching keys spell them (Arabic folded), beside Lucene's own. */
    private final CharArraySet stopWords;

    final Analyzer analyzer;

    private final double cosineScale;

    private final int keyTerms;

    private static final Language[] ALL = values();

    Language(
        CharArraySet lucene,
        java.util.function.Function<CharArraySet, Analyzer> make,
        double cosineScale,
        int keyTerms) {
      this.cosineScale = cosineScale;
      this.keyTerms = keyTerms;
      CharArraySet stops = new CharArraySet(lucene.size() * 2, false);
      for (Object w : lucene) {
        String word = new String((char[]) w);
        stops.add(word);
        stops.add(Normalizer.key(word));
      }
      this.stopWords = CharArraySet.unmodifiableSet(stops);
      this.analyzer = make.apply(stopWords);
    }

    CharArraySet stopWords() {
      return stopWords;
    }

    /**
     * What a cosine between two articles of this language counts for against the event threshold: 1
     * for a stemmed language, {@link #PREFIX_SCALE} for one whose words are cut to a prefix.
     */
    public double cosineScale() {
      return cosineScale;
    }

    /** How many of a family's heaviest terms find the families it is compared with. */
    public int keyTerms() {
      return keyTerms;
    }

    /** The language of an {@link #ordinal}. */
    public static Language of(int ordinal) {
      return ALL[ordinal];
    }
  }

  private EventTerms() {}

  /** The terms of an article of {@code language} from its title and its sentences' keys. */
  public static TermBag of(Language language, String titleKey, List<String> sentenceKeys) {
    Counter counter = new Counter();
    counter.add(language, titleKey, TITLE_WEIGHT);
    // One token stream over all the sentences: a bag of words does not see where they end.
    counter.add(language, String.join("\n", sentenceKeys), 1f);
    return counter.bag().top(MAX_TERMS);
  }

  /**
   * The terms of one sentence key, as {@link #of} counts them in an article of {@code language}.
   */
  public static TermBag ofSentence(Language language, String key) {
    Counter counter = new Counter();
    counter.add(language, key, 1f);
    return counter.bag();
  }

  /**
   * An article's terms less those of some of its sentences (their keys, in text order): what its
   * site's furniture and its formulas said is not what it is about.
   */
  public static TermBag without(TermBag terms, Language language, List<String> keys) {
    TermBag out = terms;
    for (String key : keys) out = out.plus(ofSentence(language, key), -1f);
    return out;
  }

  /** The language of an article, from its title and sentence keys. */
  public static Language language(String titleKey, List<String> sentenceKeys) {
    // The first SAMPLE words (those that start with a letter), found once: their scripts tell most
    // articles, and only the rest need the words themselves cut out for their stop words.
    int[] keyOf = new int[SAMPLE];
    int[] start = new int[SAMPLE];
    int[] end = new int[SAMPLE];
    int words = 0;
    int arabic = 0;
    int cyrillic = 0;
    for (int k = -1; k < sentenceKeys.size() && words < SAMPLE; k++) {
      String key = k < 0 ? titleKey : sentenceKeys.get(k);
      for (int from = 0, to; from < key.length() && words < SAMPLE; from = to + 1) {
        to = key.indexOf(' ', from);
        if (to < 0) to = key.length();
        if (to == from || !Character.isLetter(key.codePointAt(from))) continue;
        Character.UnicodeScript script = Character.UnicodeScript.of(key.codePointAt(from));
        if (script == Character.UnicodeScript.ARABIC) arabic++;
        else if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
        keyOf[words] = k;
        start[words] = from;
        end[words++] = to;
      }
    }
    if (words == 0) return Language.OTHER;
    if (arabic * 2 > words) return Language.ARABIC;
    if (cyrillic * 2 > words) return Language.RUSSIAN;
    String[] sample = new String[words];
    for (int w = 0; w < words; w++) {
      String key = keyOf[w] < 0 ? titleKey : sentenceKeys.get(keyOf[w]);
      sample[w] = key.substring(start[w], end[w]);
    }
    Language best = Language.OTHER;
    int most = Math.max(2, words / 20); // a few stop words are chance; a language uses many
    for (Language l : Language.values()) {
      if (l == Language.ARABIC || l == Language.RUSSIAN || l == Language.OTHER) continue;
      int stops = 0;
      for (String word : sample) if (l.stopWords().contains(word)) stops++;
      if (stops > most) {
        best = l;
        most = stops;
      }
    }
    return best;
  }

  /** Counts hashed terms, weighted, as an analyser gives them. */
  private static final class Counter {
    private int[] terms = new int[256];
    private float[] weights = new float[256];
    private int n;

    void add(Language language, String text, float weight) {
      if (text.isEmpty()) return;
      try (TokenStream ts = language.analyzer.tokenStream("", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (term.length() < 2) continue;
          if (n == terms.length) {
            terms = java.util.Arrays.copyOf(terms, n * 2);
            weights = java.util.Arrays.copyOf(weights, n * 2);
          }
          terms[n] = hash(term.buffer(), term.length());
          weights[n++] = weight;
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not fail
      }
    }

    TermBag bag() {
      TermBag bag = TermBag.of(terms, weights, n);
      float[] w = bag.weights();
      for (int i = 0; i < w.length; i++) w[i] = Math.min(w[i], MAX_COUNT);
      return bag;
    }
  }

  /** A term's hash: its chars, mixed (the murmur3 finaliser) so that close terms spread. */
  static int hash(char[] chars, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) h = 31 * h + chars[i];
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** Cuts a word to its first {@link #PREFIX} characters; numbers stay whole. */
  private static final class PrefixFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    PrefixFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      if (term.length() > PREFIX && Character.isLetter(term.charAt(0))) term.setLength(PREFIX);
      return true;
    }
  }

  /** Words lower-cased, less stop words, and cut to {@link #PREFIX} letters. */
  private static final class PrefixAnalyzer extends Analyzer {
    private final CharArraySet stops;

    PrefixAnalyzer(CharArraySet stops) {
      this.stops = stops;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(
          source, new PrefixFilter(new StopFilter(new LowerCaseFilter(source), stops)));
    }
  }
}
