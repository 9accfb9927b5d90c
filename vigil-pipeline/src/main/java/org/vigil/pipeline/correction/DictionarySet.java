package org.vigil.pipeline.correction;

import java.util.Objects;
import java.util.function.Supplier;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.pipeline.EngineConfig;
import org.vigil.pipeline.EngineFactory;

/**
 * The dictionaries in force with their files: what corrections are checked against, suggestions
 * derived from and linted in, and phrases explained with. Immutable; its parts are thread-safe.
 */
public record DictionarySet(Dictionaries dictionaries, DictionaryFiles files) {

  public DictionarySet {
    Objects.requireNonNull(dictionaries, "dictionaries");
    Objects.requireNonNull(files, "files");
  }

  /** The dictionaries of {@code config}, loaded on the first call of the supplier and kept. */
  public static Supplier<DictionarySet> lazy(EngineConfig config) {
    return lazy(() -> new DictionarySet(EngineFactory.dictionaries(config), DictionaryFiles.of(config)));
  }

  /** {@code dictionaries} (already loaded, those of {@code config}) with {@code config}'s files, read on the first call. */
  public static Supplier<DictionarySet> lazy(Dictionaries dictionaries, EngineConfig config) {
    return lazy(() -> new DictionarySet(dictionaries, DictionaryFiles.of(config)));
  }

  /** The built-in dictionaries, loaded on the first call of the supplier and kept. */
  public static Supplier<DictionarySet> builtin() {
    return lazy(() -> new DictionarySet(Dictionaries.builtin(), DictionaryFiles.builtin()));
  }

  private static Supplier<DictionarySet> lazy(Supplier<DictionarySet> load) {
    return new Supplier<>() {
      private DictionarySet value;

      @Override
      public synchronized DictionarySet get() {
        if (value == null) {
          value = load.get();
        }
        return value;
      }
    };
  }
}
