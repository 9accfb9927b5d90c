/**
 * The detectors' backtest: {@link org.vigil.monitor.backtest.Backtest} simulates sparse,
 * overdispersed daily series ({@link org.vigil.monitor.backtest.Simulation}), injects escalations of
 * known size, start and length into a share of them, runs every detector on the same series and
 * reports false alarms per series-month, sensitivity and median delay
 * ({@link org.vigil.monitor.backtest.BacktestReport}).
 */
package org.vigil.monitor.backtest;
