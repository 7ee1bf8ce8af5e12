package org.newsmerge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;
import org.newsmerge.model.Block.Kind;
import org.newsmerge.model.Corpus;

/** The Arabic seed articles in {@code seeds/}, each with the blocks an editor would see. */
class SeedArticlesTest {

  private static final Path SEEDS = Path.of("seeds");

  private static Article seed(String prefix) throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(SEEDS)) {
      file =
          files
              .filter(p -> p.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow();
    }
    Corpus corpus = ArticleReader.read(List.of(file));
    assertThat(corpus.rejected()).isEmpty();
    assertThat(corpus.articles()).hasSize(1);
    return corpus.articles().get(0);
  }

  private static List<Kind> kinds(Article a) {
    return a.blocks().stream().map(Block::kind).toList();
  }

  private static List<String> texts(Article a, Kind kind) {
    return a.blocks().stream()
        .filter(b -> b.kind() == kind)
        .map(b -> a.slice(b.start(), b.end()))
        .toList();
  }

  @Test
  void seed000IsOneNarrativeParagraphSourcedFromItsFileName() throws IOException {
    Article a = seed("000_");
    assertThat(kinds(a)).containsExactly(Kind.NARRATIVE);
    assertThat(a.blocks().get(0).start()).isZero();
    assertThat(a.blocks().get(0).end()).isEqualTo(a.text().length());
    assertThat(a.source()).isEqualTo("000");
    assertThat(a.title()).isEmpty();
  }

  @Test
  void seed001HasTitleCaptionsSubheadsAndAJazeeraCredit() throws IOException {
    Article a = seed("001_");
    assertThat(texts(a, Kind.TITLE))
        .containsExactly("أميركا أول دولة اعترفت باستقلالها.. لماذا تمثل كازاخستان معضلة لواشنطن؟");
    assertThat(a.title()).isEqualTo(texts(a, Kind.TITLE).get(0));
    List<String> captions = texts(a, Kind.CAPTION);
    assertThat(captions).hasSize(6);
    assertThat(captions.get(0)).isEqualTo("Protesters toppled a statue of Nursultan Nazarbayev");
    assertThat(captions.get(1)).endsWith("(مواقع التواصل الاجتماعي)");
    assertThat(captions.get(4))
        .isEqualTo("An armoured personnel carrier is seen near the mayor's office in Almaty");
    assertThat(captions.stream().filter(c -> c.endsWith("(رويترز)"))).hasSize(3);
    assertThat(texts(a, Kind.SUBHEAD))
        .containsExactly(
            "واشنطن وموسكو والمظاهرات",
            "أهمية كازاخستان لواشنطن",
            "علاقات عسكرية وأمنية متطورة",
            "معضلة حقوق الإنسان");
    assertThat(texts(a, Kind.CREDIT)).containsExactly("المصدر : الجزيرة");
    assertThat(a.source()).isEqualTo("الجزيرة");
    assertThat(texts(a, Kind.NARRATIVE)).hasSize(22);
    assertThat(a.blocks()).hasSize(34);
  }

  @Test
  void seed002OpensWithABylineAndHasNoTitle() throws IOException {
    Article a = seed("002_");
    assertThat(texts(a, Kind.BYLINE)).containsExactly("بقلم: إياد مصطفى");
    assertThat(a.byline()).isEqualTo("إياد مصطفى");
    assertThat(a.title()).isEmpty();
    assertThat(kinds(a).subList(1, kinds(a).size())).hasSize(10).containsOnly(Kind.NARRATIVE);
    assertThat(a.source()).isEqualTo("002");
  }

  @Test
  void seed003OpensWithAKickerAboveTheTitle() throws IOException {
    Article a = seed("003_");
    assertThat(texts(a, Kind.KICKER)).containsExactly("خبر");
    assertThat(texts(a, Kind.TITLE)).containsExactly("كازانخستان... تهم روسية بتورّط واشنطن!");
    assertThat(a.title()).isEqualTo("كازانخستان... تهم روسية بتورّط واشنطن!");
    assertThat(kinds(a).subList(2, kinds(a).size())).hasSize(9).containsOnly(Kind.NARRATIVE);
  }

  @Test
  void seed004IsOneNarrativeParagraphSourcedFromItsFileName() throws IOException {
    Article a = seed("004_");
    assertThat(kinds(a)).containsExactly(Kind.NARRATIVE);
    assertThat(a.source()).isEqualTo("004");
  }

  @Test
  void seedIdsArePinnedContentHashes() throws IOException {
    // sha256sum seeds/000_* | cut -c1-10: the file has no BOM, so its bytes are the text.
    assertThat(seed("000_").id()).isEqualTo("0bdbaf14b7");
    assertThat(seed("004_").id()).isEqualTo("bfb21aa38a");
  }
}
