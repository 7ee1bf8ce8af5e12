package org.newsmerge.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.newsmerge.cli.Main;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code index.html} of a batch run as an editor uses it in Chromium: searching titles and outlets,
 * filtering by outlet and date, sorting, going from a story back to the index; its one script runs
 * because the page's policy admits it by hash, and nothing else does, whatever the articles hold.
 *
 * <p>With {@code -Dnewsmerge.indexScreenshot=docs/index.png} it saves the README's screenshot (of
 * the index at {@code -Dnewsmerge.indexPage=...} if given, else of this test's).
 */
class BatchIndexBrowserTest {

  private static final String SCRIPT = "<script>window.__pwned=1</script>";
  private static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";

  @TempDir static Path temp;

  private static Path index;
  private static ChromeDriver browser;

  private static final Random RANDOM = new Random(15);

  private static String sentence() {
    StringBuilder s = new StringBuilder("The");
    for (int i = 0; i < 14; i++) {
      s.append(' ');
      int n = 4 + RANDOM.nextInt(5);
      for (int j = 0; j < n; j++) s.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return s.append('.').toString();
  }

  private static List<String> sentences(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(sentence());
    return out;
  }

  private static void article(
      Path archive, String file, String source, String date, String title, List<String> text)
      throws IOException {
    Path p = archive.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(
        p,
        "---\nsource: "
            + source
            + "\ndate: "
            + date
            + "\ntitle: "
            + title
            + "\n---\n"
            + String.join(" ", text)
            + "\n",
        StandardCharsets.UTF_8);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Three stories: three outlets in January, two outlets later in January, a hostile one. */
  @BeforeAll
  static void batchThreeStories() throws IOException {
    Path archive = temp.resolve("archive");
    List<String> a = sentences(4);
    List<String> b = sentences(3);
    List<String> c = sentences(3);
    article(
        archive,
        "a1.txt",
        "Alpha",
        "2022-01-05",
        "Kazakhstan asks for help",
        concat(a.subList(0, 2), sentences(3)));
    article(
        archive,
        "a2.txt",
        "Beta",
        "2022-01-05",
        "Troops sent to Kazakhstan",
        concat(sentences(1), a));
    article(
        archive,
        "a3.txt",
        "Gamma",
        "2022-01-06",
        "Kazakhstan calm returns",
        concat(a, sentences(1)));
    article(archive, "b1.txt", "Alpha", "2022-01-06", "Oil prices rise", concat(b, sentences(1)));
    article(archive, "b2.txt", "Delta", "2022-01-20", "Oil market report", concat(sentences(2), b));
    article(
        archive, "c1.txt", "Evil " + IMG, "2022-02-01", "Talks " + SCRIPT, concat(c, sentences(1)));
    article(archive, "c2.txt", "Epsilon", "2022-02-02", "Talks " + IMG, concat(sentences(1), c));
    Path out = temp.resolve("stories");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            // By reuse: b1 and b2 print one agency text two weeks apart, a formula to events.
            new String[] {
              "batch", archive.toString(), "-o", out.toString(), "--quiet", "--group-by", "reuse"
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).as("stderr: %s", err).isZero();
    index = out.resolve("index.html");
  }

  @AfterAll
  static void quitTheBrowser() {
    if (browser != null) browser.quit();
  }

  private static ChromeDriver open(Path page) throws IOException {
    if (browser == null) {
      browser = HeadlessChromium.start(1280, 900, Files.createTempDirectory(temp, "profile"));
    }
    browser.get(page.toUri().toString());
    return browser;
  }

  @BeforeEach
  void openTheIndex() throws IOException {
    open(index);
  }

  private static List<String> shownTitles() {
    return browser.findElements(By.cssSelector("#stories tbody tr")).stream()
        .filter(WebElement::isDisplayed)
        .map(r -> r.findElement(By.cssSelector("td > a")).getText())
        .toList();
  }

  private static String shownCount() {
    return browser.findElement(By.id("shown")).getText();
  }

  private static void setValue(String id, String value) {
    browser.executeScript(
        "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
            + " e.dispatchEvent(new Event('input')); e.dispatchEvent(new Event('change'));",
        id,
        value);
  }

  @Test
  void everyStoryIsListedWithItsCount() {
    assertThat(shownTitles()).hasSize(3);
    assertThat(shownCount()).isEqualTo("3");
    assertThat(browser.findElement(By.cssSelector(".count")).getText())
        .startsWith("3 of 3 stories shown");
  }

  @Test
  void theSearchBoxNarrowsByTitleAndByOutlet() {
    browser.findElement(By.id("q")).sendKeys("kazakhstan");
    assertThat(shownTitles()).containsExactly("Troops sent to Kazakhstan");
    assertThat(shownCount()).isEqualTo("1");
    browser.findElement(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys("DELTA");
    assertThat(shownTitles()).containsExactly("Oil prices rise");
    setValue("q", "");
    assertThat(shownTitles()).hasSize(3);
  }

  @Test
  void theOutletFilterKeepsTheStoriesOfThatOutletAndCountsThem() {
    List<String> options =
        browser.findElements(By.cssSelector("#outlet option")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(options).contains("Alpha (2)", "Delta (1)");
    setValue("outlet", "Alpha");
    assertThat(shownTitles())
        .containsExactlyInAnyOrder("Troops sent to Kazakhstan", "Oil prices rise");
    setValue("outlet", "Evil " + IMG);
    assertThat(shownTitles()).containsExactly("Talks " + SCRIPT);
    assertThat(shownCount()).isEqualTo("1");
  }

  @Test
  void theDateFiltersKeepTheStoriesOfTheseDays() {
    setValue("from", "2022-01-10");
    assertThat(shownTitles()).containsExactlyInAnyOrder("Oil prices rise", "Talks " + SCRIPT);
    setValue("to", "2022-01-31");
    assertThat(shownTitles()).containsExactly("Oil prices rise");
    setValue("from", "");
    setValue("to", "2022-01-05");
    assertThat(shownTitles()).containsExactly("Troops sent to Kazakhstan");
  }

  @Test
  void eachStoryShowsTheFirstSentenceOfItsLeadUnderItsTitle() {
    List<String> leads =
        browser.findElements(By.cssSelector("#stories tbody tr td .lead")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(leads).isNotEmpty().allMatch(l -> l.startsWith("The "));
  }

  @Test
  void aColumnSortsBothWaysAndShowsItsArrow() {
    WebElement articles = browser.findElement(By.xpath("//th[button[text()='Articles']]"));
    assertThat(articles.getDomAttribute("aria-sort")).isEqualTo("descending");
    assertThat(shownTitles().get(0)).isEqualTo("Troops sent to Kazakhstan");
    articles.findElement(By.tagName("button")).click();
    assertThat(articles.getDomAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(shownTitles().get(2)).isEqualTo("Troops sent to Kazakhstan");
    String arrow =
        (String)
            browser.executeScript(
                "return getComputedStyle(arguments[0], '::after').content",
                articles.findElement(By.tagName("button")));
    assertThat(arrow).contains("▲");
    WebElement title = browser.findElement(By.xpath("//th[button[text()='Title']]"));
    title.findElement(By.tagName("button")).click();
    assertThat(articles.getDomAttribute("aria-sort")).isEqualTo("none");
    assertThat(shownTitles())
        .containsExactly("Oil prices rise", "Talks " + SCRIPT, "Troops sent to Kazakhstan");
  }

  @Test
  void aStoryIsTitledAfterItsMostCentralArticleInTheIndexAndOnItsPage() {
    // a1 comes first but shares two sentences; a2 and a3 share four and three.
    assertThat(shownTitles()).contains("Troops sent to Kazakhstan");
    browser.findElement(By.linkText("Troops sent to Kazakhstan")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Troops sent to Kazakhstan");
  }

  @Test
  void aStoryPageLinksBackToTheIndex() {
    browser.findElement(By.linkText("Oil prices rise")).click();
    assertThat(browser.getCurrentUrl()).endsWith("/brief.html");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Oil prices rise");
    browser.findElement(By.cssSelector("nav.back a")).click();
    assertThat(browser.getCurrentUrl()).endsWith("/index.html");
    assertThat(shownTitles()).hasSize(3);
  }

  @Test
  void onlyTheAdmittedScriptRunsAndHostileTitlesAndOutletsStayText() throws IOException {
    assertThat(browser.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(browser.findElements(By.tagName("script"))).hasSize(1);
    assertThat(browser.findElements(By.tagName("img"))).isEmpty();
    assertThat(shownTitles()).contains("Talks " + SCRIPT);
    // A script the policy does not name by hash is refused, while the admitted one still runs.
    String page = Files.readString(index, StandardCharsets.UTF_8);
    Path tampered = index.resolveSibling("tampered.html");
    Files.writeString(
        tampered,
        page.replace("</table>", "</table>\n<script>window.__pwned=9</script>"),
        StandardCharsets.UTF_8);
    open(tampered);
    assertThat(browser.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    browser.findElement(By.id("q")).sendKeys("oil");
    assertThat(shownCount()).isEqualTo("1");
  }

  @Test
  void theIndexOfArabicStoriesSpeaksArabic() throws IOException {
    Path out = temp.resolve("stories-ar");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "batch",
              temp.resolve("archive").toString(),
              "-o",
              out.toString(),
              "--quiet",
              "--group-by",
              "reuse",
              "--lang",
              "ar"
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).as("stderr: %s", err).isZero();
    open(out.resolve("index.html"));
    assertThat(browser.executeScript("return document.documentElement.dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("القصص (٣)");
    assertThat(shownCount()).isEqualTo("٣");
    browser.findElement(By.id("q")).sendKeys("oil");
    assertThat(shownCount()).isEqualTo("١");
    browser.findElement(By.linkText("Oil prices rise")).click();
    assertThat(browser.findElement(By.cssSelector("nav.back a")).getText()).isEqualTo("→ كل القصص");
  }

  @Test
  @EnabledIfSystemProperty(named = "newsmerge.indexScreenshot", matches = ".+")
  void screenshotOfTheIndex() throws IOException {
    String given = System.getProperty("newsmerge.indexPage", "");
    open(given.isEmpty() ? index : Path.of(given));
    Path png = Path.of(System.getProperty("newsmerge.indexScreenshot"));
    Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(png)).isBetween(10_000L, 2_000_000L);
  }
}
