/**
 * Watches and their series: a {@link org.vigil.monitor.series.Watch} (a country, a dyad, an alliance,
 * a border region, a list of places, each with a {@link org.vigil.monitor.series.Filter}) selects
 * coded events, and {@link org.vigil.monitor.series.SeriesBuilder} counts them by day or week into a
 * {@link org.vigil.monitor.series.WatchSeries}, normalised by the volume of coded articles; its
 * {@link org.vigil.monitor.series.WatchSeries#counts()} is what the detectors read.
 */
package org.vigil.monitor.series;
