package org.vigil.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.VigilSettings;
import org.vigil.testkit.Events;

/**
 * A child process for {@link ServeKillIT}: the running service ({@link Serve}) over a home folder
 * with a coder that needs no CoreNLP, as {@code vigil serve} runs it, until it is killed. The
 * coder takes a few milliseconds an article (so that kills fall while articles are in hand) and
 * gives each article {@link #eventsOf} events, ids derived from the article's. Prints the URL
 * alone on standard output. Arguments: HOME.
 */
public final class ServeKillTarget {
  private ServeKillTarget() {}

  /** The events the coder gives an article: 1 to 3, by its text's length. */
  static int eventsOf(Article a) {
    return 1 + a.text().length() % 3;
  }

  static List<CodedEvent> code(Article a) {
    try {
      Thread.sleep(3);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<CodedEvent> events = new ArrayList<>();
    for (int k = 0; k < eventsOf(a); k++) {
      events.add(Events.event(a, a.id() + "-e" + k).date(a.date()).source("KGZGOV", "KGZ").target("TJKGOV", "TJK")
          .cameo("036", 1, 4).build());
    }
    return events;
  }

  public static void main(String[] args) throws InterruptedException {
    VigilSettings settings = VigilSettings.load(null, Map.of("VIGIL_HOME", args[0], "VIGIL_SERVER_PORT", "0",
        "VIGIL_SERVER_WRITE_TOKEN", ServeKillIT.TOKEN, "VIGIL_THREADS", "2"), Map.of());
    CodingWorkers.ArticleCoder coder = ServeKillTarget::code;
    Serve serve = Serve.start(settings, new Serve.Options(null, coder, Duration.ofMillis(200), 10_000), System.err);
    System.out.println(serve.uri());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
