package org.newsmerge.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.newsmerge.ingest.ArticleReader;
import org.newsmerge.model.Article;
import org.newsmerge.model.Sentence;
import org.newsmerge.text.SentenceSplitter;

/**
 * Builds a large synthetic archive from real articles, with the reuse it inserts recorded as ground
 * truth.
 *
 * <p>Each story family starts from a real article whose letters are re-mapped by a permutation of
 * the Arabic alphabet drawn for that family: the text keeps its real sentence and word lengths but
 * shares no wording with other families, so the only reuse in the archive is the reuse inserted
 * here. A family is printed by one to eight invented outlets; every reprint after the first drops,
 * edits, adds and reorders a few sentences, spells alef, yaa and teh marbuta differently, and may
 * stop early. A third of all articles end with one of a few boilerplate lines that every outlet
 * uses. Output: JSONL files of 1,000 articles each and {@code truth.tsv} (file, index, family).
 * Deterministic for a given seed.
 */
public final class ArchiveGenerator {

  private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  private static final List<String> BOILERPLATE =
      List.of(
          "تابعونا على تويتر وفيسبوك للاطلاع على آخر الأخبار والتحديثات أولا بأول.",
          "جميع الحقوق محفوظة للناشر ولا يجوز النقل أو الاقتباس دون إذن مكتوب.",
          "للاشتراك في النشرة الإخبارية اليومية أرسل كلمة أخبار إلى الرقم المخصص.");
  private static final int PER_FILE = 1000;

  private final List<List<String>> bases;
  private final long seed;

  private ArchiveGenerator(List<List<String>> bases, long seed) {
    this.bases = bases;
    this.seed = seed;
  }

  /** Reads the base articles (their narrative sentences) from {@code corpus}. */
  public static ArchiveGenerator from(Path corpus, long seed) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<List<String>> bases = new ArrayList<>();
    for (Article a : ArticleReader.read(List.of(corpus)).articles()) {
      List<String> sentences = splitter.split(a).stream().map(Sentence::text).toList();
      if (sentences.size() >= 3) bases.add(sentences);
    }
    if (bases.isEmpty()) {
      throw new IllegalArgumentException(
          corpus + ": no article of three sentences or more to build from");
    }
    return new ArchiveGenerator(bases, seed);
  }

  /** Writes {@code articles} articles into {@code out}; returns the number of families. */
  public int write(int articles, Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int files = (articles + PER_FILE - 1) / PER_FILE;
    long[] families = new long[files];
    IntStream.range(0, files)
        .parallel()
        .forEach(f -> families[f] = writeFile(f, Math.min(PER_FILE, articles - f * PER_FILE), out));
    try (Writer truth = writer(out.resolve("truth.tsv"))) {
      truth.write("file\tindex\tfamily\n");
      for (int f = 0; f < files; f++) {
        truth.write(Files.readString(out.resolve(truthName(f)), StandardCharsets.UTF_8));
        Files.delete(out.resolve(truthName(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (int) java.util.Arrays.stream(families).sum();
  }

  private static String fileName(int f) {
    return String.format(Locale.ROOT, "part-%05d.jsonl", f);
  }

  private static String truthName(int f) {
    return String.format(Locale.ROOT, ".truth-%05d.tsv", f);
  }

  /** Writes one file of {@code n} articles: families never span files. */
  private long writeFile(int f, int n, Path out) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + f);
    long familyCount = 0;
    JsonFactory json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (Writer w = writer(out.resolve(fileName(f)));
        Writer truth = writer(out.resolve(truthName(f)))) {
      int index = 0;
      while (index < n) {
        long family = (long) f * PER_FILE + index;
        familyCount++;
        List<String> base = bases.get(random.nextInt(bases.size()));
        char[] cipher = cipher(random);
        List<String> original = base.stream().map(s -> encipher(s, cipher)).toList();
        int size = Math.min(n - index, familySize(random));
        LocalDate day = LocalDate.of(2015, 7, 1).plusDays(random.nextInt(60));
        for (int m = 0; m < size; m++) {
          List<String> text = m == 0 ? original : reprint(original, cipher, random);
          List<String> body = new ArrayList<>(text);
          if (random.nextInt(3) == 0) body.add(BOILERPLATE.get(random.nextInt(BOILERPLATE.size())));
          try (JsonGenerator g = json.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField(
                "source", String.format(Locale.ROOT, "outlet-%03d", random.nextInt(200)));
            g.writeStringField("url", "https://generated.example/f" + family + "/" + m);
            g.writeStringField(
                "date_extracted", day.plusDays(m == 0 ? 0 : random.nextInt(3)) + " 08:00:00");
            g.writeStringField(
                "title", text.get(0).length() > 80 ? text.get(0).substring(0, 80) : text.get(0));
            g.writeStringField("content", String.join(" ", body));
            g.writeEndObject();
          }
          w.write('\n');
          truth.write(fileName(f) + "\t" + index + "\t" + family + "\n");
          index++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return familyCount;
  }

  /** Half the families are printed once; the others by two to eight outlets. */
  private static int familySize(SplittableRandom random) {
    return random.nextBoolean() ? 1 : 2 + random.nextInt(7);
  }

  private static char[] cipher(SplittableRandom random) {
    char[] letters = LETTERS.toCharArray();
    for (int i = letters.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      char t = letters[i];
      letters[i] = letters[j];
      letters[j] = t;
    }
    return letters;
  }

  private static String encipher(String s, char[] cipher) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int at = LETTERS.indexOf(ch);
      out.append(at >= 0 ? cipher[at] : ch);
    }
    return out.toString();
  }

  /** A reprint: a few sentences dropped, edited, added or swapped; spelling varied; maybe cut. */
  private List<String> reprint(List<String> original, char[] cipher, SplittableRandom random) {
    List<String> out = new ArrayList<>();
    for (String s : original) {
      int roll = random.nextInt(100);
      if (roll < 8 && out.size() > 0) continue; // dropped
      if (roll < 20) s = editWords(s, random);
      if (roll >= 90) s = spellDifferently(s);
      out.add(s);
      if (random.nextInt(100) < 4) {
        List<String> other = bases.get(random.nextInt(bases.size()));
        out.add(
            encipher(other.get(random.nextInt(other.size())), cipher(random))); // the outlet's own
      }
    }
    if (out.size() > 3 && random.nextInt(100) < 10) {
      int i = 1 + random.nextInt(out.size() - 2);
      String t = out.get(i);
      out.set(i, out.get(i + 1));
      out.set(i + 1, t);
    }
    if (out.size() > 4 && random.nextInt(100) < 20) {
      return new ArrayList<>(out.subList(0, out.size() - out.size() / 3)); // stopped early
    }
    return out;
  }

  private static String editWords(String s, SplittableRandom random) {
    String[] words = s.split(" ");
    if (words.length < 4) return s;
    int i = random.nextInt(words.length);
    words[i] = random.nextBoolean() ? "" : words[random.nextInt(words.length)];
    return String.join(" ", words).replace("  ", " ");
  }

  private static String spellDifferently(String s) {
    return s.replace('ي', 'ى').replace('ه', 'ة').replace('ا', 'أ');
  }

  private static Writer writer(Path file) throws IOException {
    return new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
  }
}
