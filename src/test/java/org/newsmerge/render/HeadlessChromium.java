package org.newsmerge.render;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: the browser a reader of {@code
 * brief.html} would use, for tests that look at what the page shows. Both come from {@code
 * /usr/bin}, where {@code .ci/run} installs them. Naming the driver in the service is what keeps
 * Selenium Manager from running, so nothing is ever downloaded.
 *
 * <p>A missing browser fails the test with what to do; only {@code -Dnewsmerge.skipBrowser=true}
 * skips it, so a machine without a browser cannot pass these tests by saying nothing.
 */
final class HeadlessChromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String SKIP_PROPERTY = "newsmerge.skipBrowser";

  /** Selenium finds no CDP bindings for Debian's Chromium and warns on every start: not needed. */
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  private HeadlessChromium() {}

  /**
   * A new browser whose window is {@code width} by {@code height} pixels and whose profile lives in
   * {@code profile} (an empty folder); the caller quits it.
   */
  static ChromeDriver start(int width, int height, Path profile) {
    assumeFalse(
        Boolean.getBoolean(SKIP_PROPERTY), "browser tests skipped by -D" + SKIP_PROPERTY + "=true");
    for (Path p : List.of(BROWSER, DRIVER)) {
      if (!Files.isExecutable(p)) {
        fail(
            p
                + ": not installed; run .ci/run to install chromium and chromium-driver"
                + " (or pass -D"
                + SKIP_PROPERTY
                + "=true to skip the browser tests)");
      }
    }
    SELENIUM.setLevel(Level.SEVERE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // The flags above still leave Chromium looking up its update, account and search hosts at
        // start; resolving no name at all keeps the browser off the network (pages are files).
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile.toAbsolutePath());
    return new ChromeDriver(service, options);
  }
}
