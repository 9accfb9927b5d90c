/**
 * Where events happen: a gazetteer derived from GeoNames ({@link org.vigil.geo.Gazetteer}),
 * place mentions found and resolved in the context of their article
 * ({@link org.vigil.geo.PlaceFinder}), border regions between neighbouring countries, buildings and
 * bodies placed at their seat's town ({@code seats.tsv}: the White House in Washington), and the
 * {@link org.vigil.core.event.Locator} that places coded events
 * ({@link org.vigil.geo.GazetteerLocator}). Start from {@code Gazetteer.load()}.
 */
package org.vigil.geo;
