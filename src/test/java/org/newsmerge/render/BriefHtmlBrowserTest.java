package org.newsmerge.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.cli.Main;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;

/**
 * {@code brief.html} as a reader's browser shows it: the briefs are merged with the command line,
 * then headless Chromium opens them, looks at what is displayed, and clicks.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (see {@code .ci/run}). With
 * {@code -Dnewsmerge.screenshot=docs/brief-seeds.png} it also saves the README's screenshot.
 */
class BriefHtmlBrowserTest {

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 900;

  /** About a phone's width: the detail must still fit. */
  private static final int NARROW = 400;

  /** جين بساكي, the White House press secretary: her sentence is carried by two seed sources. */
  private static final String PSAKI = "بساكي";

  private static final String SCRIPT = "<script>window.__pwned=1;document.title='pwned'</script>";
  private static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
  private static final String SVG = "\"><svg onload=window.__pwned=3>";
  private static final String HOSTILE_TITLE = "Talks resume " + SCRIPT + " in the capital";

  /** Two articles that share their first two sentences, hostile markup in each place it can be. */
  private static final String HOSTILE_A =
      HOSTILE_TITLE
          + "\n\nThe minister said on Sunday that the talks would resume on Monday "
          + SCRIPT
          + " after a week of delays in the capital. Officials then posted "
          + IMG
          + " on the ministry website late in the evening, along with a short statement about the"
          + " agenda. A reader replied "
          + SVG
          + " in the comments below the statement within the hour.\n";

  private static final String HOSTILE_B =
      "The minister said on Sunday that the talks would resume on Tuesday "
          + SCRIPT
          + " after a week of delays in the capital. Officials then posted "
          + IMG
          + " on the ministry website late in the evening, along with a short statement about the"
          + " agenda. The opposition has not said whether it will attend the meeting.\n";

  @TempDir static Path temp;

  private static Path seedBrief;
  private static Path hostileBrief;
  private static ChromeDriver browser;

  @BeforeAll
  static void mergeTheSeedsAndTwoHostileArticles() throws IOException {
    seedBrief = merge(temp.resolve("seeds-brief"), "seeds");
    Path hostile = Files.createDirectories(temp.resolve("hostile"));
    Files.writeString(hostile.resolve("a.txt"), HOSTILE_A, StandardCharsets.UTF_8);
    Files.writeString(hostile.resolve("b.txt"), HOSTILE_B, StandardCharsets.UTF_8);
    hostileBrief = merge(temp.resolve("hostile-brief"), hostile.toString());
  }

  @AfterAll
  static void quitTheBrowser() {
    if (browser != null) browser.quit();
  }

  private static Path merge(Path output, String... inputs) {
    List<String> args = new ArrayList<>(List.of("merge"));
    args.addAll(Arrays.asList(inputs));
    args.addAll(List.of("-o", output.toString()));
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as("exit code of %s; stderr: %s", args, err).isZero();
    return output;
  }

  /** The brief in {@code dir} in the browser, started on first use, with the mouse off the text. */
  private static ChromeDriver open(Path dir) throws IOException {
    if (browser == null) {
      browser = HeadlessChromium.start(WIDTH, HEIGHT, Files.createTempDirectory(temp, "profile"));
    }
    browser.get(dir.resolve("brief.html").toUri().toString());
    restTheMouse();
    return browser;
  }

  /** Moves the mouse to the page's top-left margin, where it hovers over no sentence. */
  private static void restTheMouse() {
    new Actions(browser).moveToLocation(2, 2).perform();
  }

  private static JsonNode json(Path dir) throws IOException {
    return new ObjectMapper().readTree(dir.resolve("brief.json").toFile());
  }

  private static WebElement psakiSentence(ChromeDriver page) {
    List<WebElement> found =
        page.findElements(By.cssSelector(".u[data-sources*=' ']")).stream()
            .filter(u -> u.getDomAttribute("data-sources").split(" ").length == 2)
            .filter(u -> u.findElement(By.cssSelector(".t")).getText().contains(PSAKI))
            .toList();
    assertThat(found).as("two-source sentences naming %s", PSAKI).hasSize(1);
    return found.get(0);
  }

  private static List<String> names(WebElement parent, String selector) {
    return parent.findElements(By.cssSelector(selector)).stream()
        .map(e -> e.getDomProperty("textContent"))
        .toList();
  }

  @Test
  void seedBriefReadsRightToLeft() throws IOException {
    ChromeDriver page = open(seedBrief);
    assertThat(page.executeScript("return document.documentElement.dir")).isEqualTo("rtl");
    assertThat(page.executeScript("return document.documentElement.lang")).isEqualTo("ar");
    assertThat(page.findElement(By.cssSelector(".u > .t")).getCssValue("direction"))
        .isEqualTo("rtl");
    assertThat(psakiSentence(page).findElement(By.cssSelector(".t")).getCssValue("direction"))
        .isEqualTo("rtl");
  }

  @Test
  void seedBriefDisplaysEverySentenceOfItsJsonInOrder() throws IOException {
    JsonNode sentences = json(seedBrief).get("sentences");
    ChromeDriver page = open(seedBrief);
    openEveryFamily(page);
    List<WebElement> units = page.findElements(By.cssSelector(".u"));
    assertThat(units).hasSize(sentences.size());
    assertThat(units).allMatch(WebElement::isDisplayed, "is displayed");
    List<String> expected = new ArrayList<>();
    sentences.forEach(s -> expected.add(s.get("text").asText()));
    assertThat(
            page.executeScript(
                "return [...document.querySelectorAll('.u > .t')].map(t => t.textContent)"))
        .isEqualTo(expected);
  }

  @Test
  void clickingTheTwoSourcePsakiSentenceShowsItsDetailWithBothSources() throws IOException {
    ChromeDriver page = open(seedBrief);
    WebElement psaki = psakiSentence(page);
    WebElement detail = psaki.findElement(By.cssSelector(".detail"));
    assertThat(detail.isDisplayed()).as("detail before the click").isFalse();

    psaki.findElement(By.cssSelector(".t")).click();
    restTheMouse();

    assertThat(page.switchTo().activeElement()).isEqualTo(psaki);
    assertThat(detail.isDisplayed()).as("detail after the click, mouse elsewhere").isTrue();
    Map<String, String> nameOf = new HashMap<>();
    json(seedBrief)
        .get("sources")
        .forEach(s -> nameOf.put(s.get("id").asText(), s.get("name").asText()));
    List<String> expected =
        Stream.of(psaki.getDomAttribute("data-sources").split(" ")).map(nameOf::get).toList();
    assertThat(expected).hasSize(2).doesNotHaveDuplicates();
    assertThat(names(psaki, ".cites .src")).isEqualTo(expected);
    // One span per carrying sentence: 004 says it twice, in two wordings.
    assertThat(names(detail, ".span .src")).hasSameElementsAs(expected);
    assertThat(detail.findElements(By.cssSelector(".span"))).allMatch(WebElement::isDisplayed);
  }

  @Test
  void everySentenceOpensItsDetailBelowItAndInsideTheWindow() throws IOException {
    String misplaced =
        "const w = document.documentElement.clientWidth;"
            + " return [...document.querySelectorAll('.u')].filter(u => {"
            + "   u.focus();"
            + "   const d = u.querySelector('.detail').getBoundingClientRect();"
            + "   const lines = u.querySelector('.t').getClientRects();"
            + "   return d.left < 0 || d.right > w || d.top < lines[lines.length - 1].bottom - 1;"
            + " }).map(u => u.id);";
    ChromeDriver page = open(seedBrief);
    try {
      for (int width : new int[] {WIDTH, NARROW}) {
        page.manage().window().setSize(new Dimension(width, HEIGHT));
        for (Path brief : List.of(seedBrief, hostileBrief)) {
          open(brief);
          openEveryFamily(page);
          assertThat(page.executeScript(misplaced))
              .as("sentences of %s whose detail is misplaced in a window %d wide", brief, width)
              .asInstanceOf(InstanceOfAssertFactories.LIST)
              .isEmpty();
        }
      }
    } finally {
      page.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }
  }

  @Test
  void hostileArticleTextRunsNoScriptAndShowsAsText() throws IOException {
    ChromeDriver page = open(hostileBrief);
    assertThat(page.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(page.getTitle()).isEqualTo(HOSTILE_TITLE);
    assertThat(page.findElements(By.cssSelector("script, img, svg"))).isEmpty();
    assertThat(page.findElement(By.tagName("main")).getText()).contains(SCRIPT, IMG, SVG);
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE_TITLE);
  }

  @Test
  void hostileArticleTextIsEscapedInTheMarkdownBrief() throws IOException {
    String markdown = Files.readString(hostileBrief.resolve("brief.md"), StandardCharsets.UTF_8);
    assertThat(markdown).doesNotContain("<script", "<img", "<svg");
    assertThat(markdown).contains("&lt;script&gt;", "&lt;img", "&lt;svg");
  }

  /**
   * What is left of the page's visible text once article text is taken out (sentences, variants,
   * values, titles, bylines, metadata lines, source names, ids and file names): the interface.
   */
  private static final String INTERFACE_TEXT =
      "const b = document.body.cloneNode(true);"
          + " b.querySelectorAll('.t, .variant > span[lang], mark, h1, td[dir=auto], bdi, code')"
          + "   .forEach(e => e.remove());"
          + " return b.textContent;";

  @Test
  void theArabicSeedBriefHasNoEnglishInterfaceWords() throws IOException {
    ChromeDriver page = open(seedBrief);
    String ui = (String) page.executeScript(INTERFACE_TEXT);
    assertThat(ui).contains("المصادر تختلف", "صياغة", "تعارض (اقتباس)", "المصادر");
    assertThat(ui.split("[^\\p{IsLatin}]+"))
        .as("Latin words in the interface of the Arabic brief")
        .allMatch(String::isEmpty);
    // The sentence the disagreements summary names shows its number beside it.
    assertThat(page.findElement(By.cssSelector("#s32 .cites .n")).getText()).isEqualTo("٣٢");
  }

  /** Opens the families a brief folds (all but the first), as a reader's clicks would. */
  private static void openEveryFamily(ChromeDriver page) {
    page.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
  }

  @Test
  void theFirstFamilyIsOpenAndTheOthersFoldedUntilClicked() throws IOException {
    ChromeDriver page = open(seedBrief);
    List<WebElement> families = page.findElements(By.cssSelector("details.family"));
    assertThat(families).hasSizeGreaterThan(1);
    assertThat(families.get(0).getAttribute("open")).isNotNull();
    WebElement second = families.get(1);
    assertThat(second.getAttribute("open")).isNull();
    assertThat(second.findElement(By.cssSelector(".u")).isDisplayed()).isFalse();
    second.findElement(By.cssSelector("summary")).click();
    assertThat(second.findElement(By.cssSelector(".u")).isDisplayed()).isTrue();
    // The lead above the families links each of its sentences to its place.
    List<WebElement> lead = page.findElements(By.cssSelector(".lead li"));
    assertThat(lead).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    for (WebElement li : lead)
      assertThat(li.findElement(By.cssSelector("a")).getAttribute("href")).contains("#s");
  }

  @Test
  void theEnglishInterfaceIsChosenWithLangAndForEnglishArticles() throws IOException {
    Path english = merge(temp.resolve("seeds-en"), "seeds", "--lang", "en");
    ChromeDriver page = open(english);
    assertThat(page.executeScript("return document.documentElement.lang")).isEqualTo("en");
    assertThat((String) page.executeScript(INTERFACE_TEXT))
        .contains("Outlets disagree (1 place)", "Wording of", "Discrepancy (quote)", "Sources");
    assertThat(psakiSentence(page).findElement(By.cssSelector(".t")).getCssValue("direction"))
        .isEqualTo("rtl");
    open(hostileBrief);
    assertThat(page.executeScript("return document.documentElement.lang")).isEqualTo("en");
  }

  /** The brief printed to PDF by Chromium, as a reader's "Print" gives it, and its text. */
  private static PDDocument printed(Path dir) throws IOException {
    ChromeDriver page = open(dir);
    Pdf pdf = page.print(new PrintOptions());
    byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
    return Loader.loadPDF(bytes);
  }

  @Test
  void thePrintedBriefHoldsEveryVariantAndDiscrepancyAsNotes() throws IOException {
    Path english = merge(temp.resolve("seeds-print"), "seeds", "--lang", "en");
    JsonNode sentences = json(english).get("sentences");
    int variants = 0;
    int discrepancies = 0;
    for (JsonNode s : sentences) {
      variants += s.get("variants").size();
      discrepancies += s.get("discrepancies").size();
    }
    assertThat(variants).isPositive();
    assertThat(discrepancies).isPositive();
    try (PDDocument pdf = printed(english)) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text.split("Wording of ", -1)).hasSize(variants + 1);
      assertThat(text.split("Discrepancy \\(quote\\)", -1)).hasSize(discrepancies + 1);
      // The disagreements summary, the sources table and the screen-only hint.
      assertThat(text).contains("Outlets disagree (1 place)", "Sources").doesNotContain("Hover");
    }
    try (PDDocument pdf = printed(hostileBrief)) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Wording of", "Discrepancy (name)", "Tuesday", "Monday");
    }
    // On screen the notes stay hidden until a sentence is hovered or clicked.
    ChromeDriver page = open(english);
    assertThat(page.findElements(By.cssSelector(".variant")))
        .isNotEmpty()
        .noneMatch(WebElement::isDisplayed);
  }

  @Test
  @EnabledIfSystemProperty(named = "newsmerge.printScreenshot", matches = ".+")
  void screenshotOfThePrintedBrief() throws IOException {
    try (PDDocument pdf = printed(seedBrief)) {
      // The page of the Psaki sentence's note: the first page holding a variant.
      PDFTextStripper stripper = new PDFTextStripper();
      int pageIndex = 0;
      for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        if (stripper.getText(pdf).contains("تعارض")) {
          pageIndex = i - 1;
          break;
        }
      }
      BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(pageIndex, 80);
      Path png = Path.of(System.getProperty("newsmerge.printScreenshot"));
      ImageIO.write(image, "png", png.toFile());
      assertThat(Files.size(png)).isBetween(10_000L, 2_000_000L);
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "newsmerge.screenshot", matches = ".+")
  void screenshotShowsThePsakiSentenceWithItsSources() throws IOException {
    ChromeDriver page = open(seedBrief);
    WebElement psaki = psakiSentence(page);
    // A third of the way down, so that the detail opening below the sentence fits in the window.
    page.executeScript(
        "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -arguments[1]);",
        psaki,
        HEIGHT / 3);
    psaki.findElement(By.cssSelector(".t")).click();
    restTheMouse();
    assertThat(psaki.findElement(By.cssSelector(".detail")).isDisplayed()).isTrue();

    Path png = Path.of(System.getProperty("newsmerge.screenshot"));
    if (png.toAbsolutePath().getParent() != null) {
      Files.createDirectories(png.toAbsolutePath().getParent());
    }
    Files.write(png, page.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(png)).isBetween(10_000L, 1_000_000L);
  }
}
