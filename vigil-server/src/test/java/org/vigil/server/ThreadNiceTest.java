package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A thread's nice value (issue 13, round 9): raised on the thread alone, inherited by the threads
 * it starts (the intake's coding threads), never lowered. Linux only (skipped elsewhere).
 */
final class ThreadNiceTest {

  private static <T> T onThread(java.util.concurrent.Callable<T> task) throws Exception {
    CompletableFuture<T> done = new CompletableFuture<>();
    Thread.ofPlatform().daemon().start(() -> {
      try {
        done.complete(task.call());
      } catch (Throwable t) {
        done.completeExceptionally(t);
      }
    });
    return done.get(30, TimeUnit.SECONDS);
  }

  @Test
  void aThreadIsRenicedAloneAndTheThreadsItStartsInheritIt() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "not Linux");
    int before = ThreadNice.current();
    assumeTrue(before < 15, "the test runs at nice " + before + " already");
    int[] seen = onThread(() -> {
      String why = ThreadNice.lower(before + 4);
      int self = ThreadNice.current();
      int child = onThread(ThreadNice::current);
      return new int[] {why == null ? 1 : 0, self, child};
    });
    assertThat(seen).containsExactly(1, before + 4, before + 4);
    // the thread that asked is the only one changed
    assertThat(ThreadNice.current()).isEqualTo(before);
    assertThat(onThread(ThreadNice::current)).isEqualTo(before);
  }

  @Test
  void aValueBelowTheThreadsOwnIsNotAskedForAndOneOutOfRangeIsRefused() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "not Linux");
    String why = onThread(() -> {
      assertThat(ThreadNice.lower(Math.min(19, ThreadNice.current() + 2))).isNull();
      int now = ThreadNice.current();
      String said = ThreadNice.lower(now - 1 < 0 ? 0 : now - 1);
      assertThat(ThreadNice.current()).isEqualTo(now);
      return said;
    });
    assertThat(why).contains("already");
    assertThatThrownBy(() -> ThreadNice.lower(20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThreadNice.lower(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
