package org.vigil.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker for the *IT tests: KRaft, broker and controller in one, started from the
 * Maven jars ({@code kafka_2.13}, on the test classpath) as a SEPARATE process on free loopback
 * ports, its log folder under {@code dir}. The in-process test kit of Kafka 4.4.0 is broken on
 * Central (its test jars are missing), and a separate process is also what a {@code kill -9} and a
 * restart need. Torn down whatever happens ({@link JavaProcess}). Not thread-safe.
 */
final class KafkaBroker implements AutoCloseable {
  private static final Duration READY = Duration.ofSeconds(90);
  private final Path dir;
  private final Path properties;
  private final int port;
  private JavaProcess process;
  private int starts;

  private KafkaBroker(Path dir, Path properties, int port) {
    this.dir = dir;
    this.properties = properties;
    this.port = port;
  }

  /** Formats a log folder under {@code dir} and starts a broker on it; returns once it answers. */
  static KafkaBroker start(Path dir) throws InterruptedException {
    int port = freePort();
    int controller = freePort();
    Path props = dir.resolve("server.properties");
    String config = String.join("\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controller,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + dir.resolve("logs"),
        "num.partitions=1",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=4",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "transaction.state.log.num.partitions=4",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "auto.create.topics.enable=false",
        "");
    try {
      Files.createDirectories(dir);
      Files.writeString(props, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaProcess format = JavaProcess.start("256m", dir.resolve("format.log"), "kafka.tools.StorageTool", "format",
        "-t", Uuid.randomUuid().toString(), "-c", props.toString());
    if (format.awaitExit(Duration.ofSeconds(60)) != 0) {
      throw new AssertionError("formatting the broker's log folder failed:\n" + format.tail());
    }
    KafkaBroker broker = new KafkaBroker(dir, props, port);
    broker.startProcess();
    return broker;
  }

  String bootstrap() {
    return "127.0.0.1:" + port;
  }

  /** Stops the broker (SIGTERM, then SIGKILL after 20 s) and starts it again on the same folder and ports. */
  void restart() throws InterruptedException {
    process.stop(Duration.ofSeconds(20));
    startProcess();
  }

  private void startProcess() throws InterruptedException {
    starts++;
    process = JavaProcess.start("512m", dir.resolve("broker-" + starts + ".log"), "kafka.Kafka", properties.toString());
    Instant deadline = Instant.now().plus(READY);
    while (!answers()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        String tail = process.tail();
        process.close();
        throw new AssertionError("the Kafka broker did not come up within " + READY + "; its log ends:\n" + tail);
      }
      Thread.sleep(250);
    }
  }

  private boolean answers() throws InterruptedException {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    try (Admin admin = Admin.create(p)) {
      return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (process != null) {
      process.close();
    }
  }
}
