/**
 * Escalation detectors over a daily {@link org.vigil.monitor.detect.CountSeries}: each is a
 * {@link org.vigil.monitor.detect.Detector} that turns the series into
 * {@link org.vigil.monitor.detect.Alarm}s, purely and deterministically. Start from
 * {@link org.vigil.monitor.detect.NbCusum}; {@link org.vigil.monitor.detect.AcledSurge},
 * {@link org.vigil.monitor.detect.RecordHigh} and {@link org.vigil.monitor.detect.NoChange} are the
 * rules it is compared with (docs/MONITOR.md lists every parameter).
 */
package org.vigil.monitor.detect;
