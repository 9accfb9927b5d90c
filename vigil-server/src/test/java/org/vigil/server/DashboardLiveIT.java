package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigil.monitor.alert.Alert;
import org.vigil.monitor.alert.Alerting;
import org.vigil.server.web.Browser;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;

/**
 * The alerts page is live (issue 14 item 7): an alert raised while it is open, told to the alert
 * stream as the monitoring tells it, appears on the page without a reload, in headless Chromium.
 */
@Tag("browser")
final class DashboardLiveIT {
  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory());
  private final ArticleIndex index = ArticleIndex.inMemory();
  private final ServerMetrics metrics = new ServerMetrics();
  private final IngestLoop intake = new IngestLoop(store, index, metrics, 10, null);
  private final AlertStream stream = new AlertStream();
  private final AlertBook book = new AlertBook(null);
  private VigilServer server;
  private ChromeDriver browser;

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    intake.close();
    index.close();
    store.close();
  }

  @Test
  void anAlertRaisedWhileThePageIsOpenAppearsWithoutAReload() throws Exception {
    browser = Browser.start();
    Monitoring monitoring = new Monitoring(store, code -> Optional.empty(), Monitoring.lazyGazetteer(),
        new WatchBook(null, List.of()), book, new Alerting(Alerting.Rules.defaults(), InstantSource.system()),
        InstantSource.system(), List.of(stream));
    server = VigilServer.start(new ServerConfig("localhost", 0, "", "w", true), new Backend(store, index, intake,
        code -> Optional.empty(), () -> true, () -> null, metrics, monitoring, stream), "test");
    browser.get(server.uri() + "/ui/alerts");
    assertThat(browser.findElement(By.id("no-alerts")).getText()).isEqualTo("No alerts yet.");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60)); // generous: CI shares the machine
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    wait.until(d -> stream.clients() == 1);
    Object marker = ((JavascriptExecutor) browser).executeScript("window.vigilMarker = 42; return window.vigilMarker;");
    assertThat(marker).isEqualTo(42L);

    Alert alert = AlertJson.read(Json.MAPPER.readTree("""
        {"id": "csto.nb-cusum.2021-07-04", "watch_id": "csto", "watch_name": "CSTO", "detector": "nb-cusum",
         "parameters": {}, "first_day": "2021-07-04", "last_day": "2021-07-04", "alarms": 1, "statistic": 5.4,
         "threshold": 5.3, "severity": "low", "status": "new", "raised": "2026-12-06T10:00:00Z",
         "updated": "2026-12-06T10:00:00Z", "window": [], "evidence": []}"""));
    book.putAll(List.of(alert));
    stream.changed(alert, true);
    wait.until(d -> !d.findElements(By.cssSelector("tr[data-alert='csto.nb-cusum.2021-07-04']")).isEmpty());
    // the same page, not a reload: the script's variable is still there
    assertThat(((JavascriptExecutor) browser).executeScript("return window.vigilMarker;")).isEqualTo(42L);
    assertThat(browser.findElements(By.id("no-alerts"))).isEmpty();
    assertThat(Browser.errors(browser)).isEmpty();
  }
}
