package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.monitor.backtest.Backtest;
import org.vigil.monitor.backtest.BacktestReport;
import org.vigil.monitor.backtest.Simulation;
import org.vigil.monitor.detect.AcledSurge;
import org.vigil.monitor.detect.Detector;
import org.vigil.monitor.detect.NbCusum;
import org.vigil.monitor.detect.NoChange;
import org.vigil.monitor.detect.RecordHigh;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil monitor}: the monitor's tools; {@code vigil monitor backtest} measures the detectors. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
    description = "Keep watch on series of events (docs/MONITOR.md).",
    subcommands = {MonitorCommand.BacktestCommand.class})
final class MonitorCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** {@code vigil monitor backtest}: the detectors on simulated series with injected escalations. */
  @Command(name = "backtest", mixinStandardHelpOptions = true,
      description = "Run the escalation detectors on simulated sparse, overdispersed daily series with injected"
          + " escalations of known size and start; print false alarms per series-month, sensitivity and median"
          + " delay per detector (docs/ACCURACY.md, 'Monitor: detectors and backtest').")
  static final class BacktestCommand implements Callable<Integer> {
    @Option(names = "--series", paramLabel = "N", defaultValue = "1000",
        description = "How many series to simulate (default: ${DEFAULT-VALUE}).")
    int series;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2",
        description = "The seed of the series (default: ${DEFAULT-VALUE}, the held-out seed; 1 is the seed the"
            + " NB-CUSUM was calibrated on).")
    long seed;

    @Option(names = "--target-arl", paramLabel = "DAYS",
        description = "The NB-CUSUM's target in-control average run length, in days (default: the calibrated one,"
            + " docs/MONITOR.md).")
    Double targetArl;

    @Option(names = "--known-arl", paramLabel = "DAYS",
        description = "Also run, as the row nb-cusum-known, the CUSUM that knows each series' true in-control means"
            + " and k, with this target ARL: the bound of any NB-CUSUM that has to estimate its baseline.")
    Double knownArl;

    @Option(names = "--json", description = "Print {\"detectors\": [{\"name\", \"false_alarms_per_series_month\","
        + " \"sensitivity\", \"median_delay_days\", ...}]} instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (series < 1) {
        System.err.println("vigil monitor backtest: --series must be at least 1, was " + series);
        return Main.USAGE;
      }
      NbCusum.Parameters cusum = NbCusum.Parameters.defaults();
      if (targetArl != null) {
        if (!(targetArl >= 2)) {
          System.err.println("vigil monitor backtest: --target-arl must be at least 2 days, was " + targetArl);
          return Main.USAGE;
        }
        cusum = cusum.withThreshold(new NbCusum.Threshold.Arl(targetArl));
      }
      List<Detector> detectors = List.of(new NbCusum(cusum), AcledSurge.withDefaults(), RecordHigh.withDefaults(),
          NoChange.withDefaults());
      java.util.Optional<NbCusum> known = java.util.Optional.empty();
      if (knownArl != null) {
        if (!(knownArl >= 2)) {
          System.err.println("vigil monitor backtest: --known-arl must be at least 2 days, was " + knownArl);
          return Main.USAGE;
        }
        known = java.util.Optional.of(new NbCusum(cusum.withThreshold(new NbCusum.Threshold.Arl(knownArl))));
      }
      BacktestReport report = Backtest.run(Simulation.defaults(series), seed, detectors, known);
      String text = json
          ? new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
              .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) + "\n"
          : report.table();
      System.out.print(text);
      System.out.flush();
      return System.out.checkError() ? Main.FAILURE : Main.OK;
    }
  }
}
