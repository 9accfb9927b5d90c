package org.vigil.cli;

import org.vigil.core.coding.Locator;
import org.vigil.geo.GazetteerLocator;
import org.vigil.geo.GeoConfig;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.PlaceFinder;

/**
 * Builds the gazetteer and what uses it, once per process (the gazetteer takes about a second to
 * load). Thread-safe.
 */
final class GeoWiring {
  private static volatile PlaceFinder finder;

  private GeoWiring() {}

  static PlaceFinder finder() {
    PlaceFinder f = finder;
    if (f == null) {
      synchronized (GeoWiring.class) {
        f = finder;
        if (f == null) {
          f = new PlaceFinder(Gazetteer.load(), GeoConfig.defaults());
          finder = f;
        }
      }
    }
    return f;
  }

  static Locator locator() {
    return new GazetteerLocator(finder());
  }
}
