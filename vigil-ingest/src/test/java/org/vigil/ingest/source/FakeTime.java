package org.vigil.ingest.source;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A clock that moves only when something sleeps on it; records every sleep. Thread-safe. */
final class FakeTime implements InstantSource, Sleeper {
  private Instant now;
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  FakeTime(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public void sleep(Duration d) {
    sleeps.add(d);
    advance(d);
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  List<Duration> sleeps() {
    synchronized (sleeps) {
      return List.copyOf(sleeps);
    }
  }
}
