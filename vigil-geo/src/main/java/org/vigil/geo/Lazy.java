package org.vigil.geo;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed on first use, once, and kept; safe to share between threads. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile T value;

  Lazy(Supplier<T> compute) {
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(compute.get(), "computed value");
          value = v;
        }
      }
    }
    return v;
  }
}
