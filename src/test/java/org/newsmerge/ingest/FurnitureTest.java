package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.Corpus;

/** Wire and site furniture is metadata of its own kind, never narrative. */
class FurnitureTest {

  private static final String ARABIC_NARRATIVE =
      "وقال المتحدث باسم الحكومة إن الأوضاع في العاصمة مستقرة بعد أيام من الاحتجاجات.";

  private static List<String> classify(String text) {
    LineClassifier.Result result = LineClassifier.classify(text, Paragraphs.split(text, 0), "");
    return result.blocks().stream()
        .map(b -> b.kind() + ": " + text.substring(b.start(), b.end()))
        .toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MARKER | // انتهى //",
        "MARKER | // يتبع //",
        "TIMESTAMP | 18:08 ت م",
        "TIMESTAMP | 05:12 تغ",
        "CODE | فوم-واك/دص",
        "TAGS | سمات اعدام العراق داعش نينوى",
        "LINK | رابط الخبر بصحيفة الوئام: البحرين تستدعي سفيرها في ايران للتشاور",
        "REPORTING | Reporting by Tom Miles; Editing by Janet Lawrence",
        "REPORTING | Additional reporting by Ali Abdelaty in Cairo",
        "DATELINE | كييف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس",
        "DATELINE | واشنطن 15 شوال 1436 هـ الموافق 31 يوليو 2015 م واس",
        "DATELINE | الرياض - واس",
        "DATELINE | Next Previous عين اليوم – واس",
      })
  void aFurnitureLineIsMetadataOfItsKind(String kind, String line) {
    assertThat(classify(ARABIC_NARRATIVE + "\n\n" + line + "\n\n" + ARABIC_NARRATIVE))
        .containsExactly(
            "NARRATIVE: " + ARABIC_NARRATIVE, kind + ": " + line, "NARRATIVE: " + ARABIC_NARRATIVE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعيدت العلاقات الدبلوماسية بين البلدين في تمام الساعة 00:01 تغ ليل الاحد.",
        "سمات القائد الناجح كثيرة، أولها الصبر.",
        "رابط الخبر الذي نشرته الصحيفة أمس أثار جدلا واسعا بين القراء في المنطقة كلها.",
        "واس- باريس: نجحت الشرطة الفرنسية، اليوم الاثنين، في اقتحام مركز تجاري.",
        "وقال الرئيس إن المباحثات انتهت، وإن الوفد يتبع خطة واضحة للسلام في المنطقة.",
      })
  void aSentenceThatMentionsFurnitureWordsStaysNarrative(String line) {
    assertThat(classify(ARABIC_NARRATIVE + "\n\n" + line))
        .containsExactly("NARRATIVE: " + ARABIC_NARRATIVE, "NARRATIVE: " + line);
  }

  @Test
  void anEnglishSentenceAboutReportingStaysNarrative() {
    String english = "The protests spread to every major city on Wednesday, officials said.";
    String line = "Reporting by local media had stopped by Tuesday, residents said.";
    assertThat(classify(english + "\n\n" + line + "\n\n" + english))
        .containsExactly("NARRATIVE: " + english, "NARRATIVE: " + line, "NARRATIVE: " + english);
  }

  @Test
  void aMarkerGluedToAParagraphIsCutOffWithWhatFollowsIt() {
    String p = "وصلت أول طائرة إلى مطار عدن الدولي. // يتبع // سمات إيران المملكة وزير الخارجية";
    assertThat(classify(ARABIC_NARRATIVE + "\n\n" + p))
        .containsExactly(
            "NARRATIVE: " + ARABIC_NARRATIVE,
            "NARRATIVE: وصلت أول طائرة إلى مطار عدن الدولي.",
            "MARKER: // يتبع //",
            "TAGS: سمات إيران المملكة وزير الخارجية");
  }

  @Test
  void aLinkLineGluedToTheEndOfAParagraphIsCutOff() {
    String p =
        "وعاد بالطائرة للحصول على العلاج. رابط الخبر بصحيفة الوئام: طيران ناس تكرم طاقم طائرة";
    assertThat(classify(ARABIC_NARRATIVE + "\n\n" + p))
        .containsExactly(
            "NARRATIVE: " + ARABIC_NARRATIVE,
            "NARRATIVE: وعاد بالطائرة للحصول على العلاج.",
            "LINK: رابط الخبر بصحيفة الوئام: طيران ناس تكرم طاقم طائرة");
  }

  @Test
  void aTagLineGluedToTheEndOfTheLastParagraphIsCutOff() {
    String p = "وأكد المسؤول أن التنظيم يسعى إلى السيطرة على النفوذ. سمات اعدام العراق داعش نينوى";
    assertThat(classify(ARABIC_NARRATIVE + "\n\n" + p))
        .containsExactly(
            "NARRATIVE: " + ARABIC_NARRATIVE,
            "NARRATIVE: وأكد المسؤول أن التنظيم يسعى إلى السيطرة على النفوذ.",
            "TAGS: سمات اعدام العراق داعش نينوى");
  }

  @Test
  void styleSheetAndScriptTextLeftInAParagraphIsCutOffToTheEndOfItsLine() {
    String asked = "وهل ما تفضله عادة يكون هو ما يعمل به في المنزل؟ أم هناك اعتراض على ما تفضله؟.";
    String css =
        "#vote_area2 ul { padding: 0; margin: 0; } .box_vote h4 { font:bold 12px Tahoma; }"
            + " jQuery.noConflict(); jQuery(document).ready(function(){ site = 1; });";
    assertThat(classify(ARABIC_NARRATIVE + "\n\n" + asked + " " + css))
        .containsExactly("NARRATIVE: " + ARABIC_NARRATIVE, "NARRATIVE: " + asked, "MARKUP: " + css);
    assertThat(classify(ARABIC_NARRATIVE + "\n\nfunction vote(id) { send(id); }"))
        .containsExactly(
            "NARRATIVE: " + ARABIC_NARRATIVE, "MARKUP: function vote(id) { send(id); }");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The function of the committee (set up in 2014) is to review budgets.",
        "He wrote {in brackets} that the plan: was late.",
        "قال الوزير إن الدالة function تستخدم في البرمجة.",
      })
  void proseAboutFunctionsOrWithBracesStaysNarrative(String line) {
    assertThat(classify(line)).allMatch(l -> l.startsWith("NARRATIVE"));
  }

  @Test
  void aSentenceThatGoesOnAfterTheWordTraitsStaysNarrative() {
    String p = "وأكد المسؤول ذلك. سمات المرحلة المقبلة تتطلب العمل، كما قال الوزير.";
    assertThat(classify(ARABIC_NARRATIVE + "\n\n" + p)).noneMatch(l -> l.startsWith("TAGS"));
  }

  @Test
  void aDatelineOpeningAParagraphIsCutOff() {
    String p =
        "كييف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس أعلنت الحكومة الأوكرانية اليوم خطة جديدة.";
    assertThat(classify(ARABIC_NARRATIVE + "\n\n" + p))
        .containsExactly(
            "NARRATIVE: " + ARABIC_NARRATIVE,
            "DATELINE: كييف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس",
            "NARRATIVE: أعلنت الحكومة الأوكرانية اليوم خطة جديدة.");
  }

  private static final List<Pattern> FURNITURE =
      List.of(
          Pattern.compile("//\\s*(انتهى|يتبع)\\s*//"),
          Pattern.compile("^[0-9]{1,2}:[0-9]{2}\\s*ت\\s*[مغ]$"),
          Pattern.compile("^سمات\\s+[^.،]*$"),
          Pattern.compile("رابط الخبر بصحيفة"),
          Pattern.compile("(?i)(reporting|editing) by"),
          Pattern.compile("هـ الموافق .* م واس$"),
          Pattern.compile("^(Next Previous )?\\S+( \\S+)? [-–] واس$"),
          Pattern.compile("\\{\\s*(padding|margin|background|font|width|border)[a-z-]*\\s*:"),
          Pattern.compile("jQuery\\s*[.(]"));

  @Test
  void noNarrativeOfTheDevCorpusIsFurniture() {
    Path dev = Path.of("..", "shared", "corpora", "saudinewsnet-dev");
    assumeTrue(Files.isDirectory(dev), "shared corpus not present: " + dev);
    Corpus corpus = ArticleReader.read(List.of(dev));
    assertThat(corpus.articles()).hasSizeGreaterThan(10_000);
    int furniture = 0;
    for (Article a : corpus.articles()) {
      for (Block b : a.blocks()) {
        String text = a.slice(b.start(), b.end());
        if (b.kind() == Block.Kind.NARRATIVE) {
          for (Pattern p : FURNITURE) {
            assertThat(p.matcher(text).find()).as("%s: %s", a.path(), text).isFalse();
          }
        } else if (LineClassifier.isFurniture(b.kind())) {
          furniture++;
        }
      }
    }
    assertThat(furniture).isGreaterThan(1000);
  }
}
