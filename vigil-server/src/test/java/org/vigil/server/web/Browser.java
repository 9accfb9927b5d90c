package org.vigil.server.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by its chromedriver, for the browser tests: found on the
 * PATH's usual places ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}), never
 * downloaded. Where they are missing the tests skip, saying so, unless {@code
 * VIGIL_BROWSER_REQUIRED} is set ({@code .ci/run} sets it), when they fail.
 */
public final class Browser {
  private Browser() {}

  static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
  static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  public static ChromeDriver start() {
    Path chromium = find(CHROMIUM);
    Path driver = find(DRIVER);
    if (chromium == null || driver == null) {
      String why = "no " + (chromium == null ? "chromium (" + CHROMIUM + ")" : "chromedriver (" + DRIVER + ")")
          + ": apt-get install -y chromium chromium-driver";
      if (System.getenv("VIGIL_BROWSER_REQUIRED") != null) {
        throw new IllegalStateException("VIGIL_BROWSER_REQUIRED is set but there is " + why);
      }
      Assumptions.abort("browser tests skipped: " + why);
    }
    ChromeOptions o = new ChromeOptions();
    o.setBinary(chromium.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1300,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
        .usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(service, o);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return d;
  }

  /** The console's errors since the last call (read once: the driver forgets what it gave). */
  public static List<String> errors(ChromeDriver d) {
    return d.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  private static Path find(List<String> paths) {
    for (String p : paths) {
      if (Files.isExecutable(Path.of(p))) {
        return Path.of(p);
      }
    }
    return null;
  }
}
