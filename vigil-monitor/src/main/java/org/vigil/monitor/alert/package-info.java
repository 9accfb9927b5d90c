/**
 * Alerts (issue 14, item 5): {@link org.vigil.monitor.alert.Alerting} runs a watch's detectors over
 * its series and turns their alarms into {@link org.vigil.monitor.alert.Alert}s, one per episode,
 * each with the events that made it fire, the series window, the detector and its parameters and a
 * {@link org.vigil.monitor.alert.Severity}. Storing and delivering alerts is the caller's (vigil-server).
 */
package org.vigil.monitor.alert;
