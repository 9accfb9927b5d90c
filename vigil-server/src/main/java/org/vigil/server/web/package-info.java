/**
 * The dashboard of {@code vigil serve} (issue 14): server-rendered pages (jte templates in
 * {@code src/main/jte}, compiled at build time) over the JSON API, with htmx for partial updates
 * and live alerts, uPlot, Leaflet and Cytoscape.js from WebJars. Start from {@link
 * org.vigil.server.web.Dashboard}; the pages read and write through {@code ApiClient}, so they
 * show what the API answers and obey its access rules.
 */
package org.vigil.server.web;
