package org.vigil.learn;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions), the model inside the langchain4j jar, run through
 * ONNX Runtime in process: nothing is downloaded. Texts are deduplicated and sent in batches sorted
 * by length (less padding); the last few thousand vectors are kept, since trigger words repeat.
 * Loaded once per JVM. Thread-safe.
 */
public final class MiniLmEncoder implements SentenceEncoder {
  private static final int BATCH = 32;
  private static final int CACHE = 4096;
  private static volatile MiniLmEncoder shared;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHE;
    }
  };

  private MiniLmEncoder() {}

  /** The encoder of this JVM, loaded on first use (about a second). */
  public static MiniLmEncoder shared() {
    MiniLmEncoder e = shared;
    if (e == null) {
      synchronized (MiniLmEncoder.class) {
        e = shared;
        if (e == null) {
          e = new MiniLmEncoder();
          shared = e;
        }
      }
    }
    return e;
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public List<float[]> encode(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    Map<String, float[]> found = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    synchronized (cache) {
      for (String t : texts) {
        Objects.requireNonNull(t, "text");
        float[] v = cache.get(t);
        if (v != null) {
          found.put(t, v);
        } else if (!found.containsKey(t)) {
          found.put(t, null);
          missing.add(t);
        }
      }
    }
    missing.sort(Comparator.comparingInt(String::length));
    for (int from = 0; from < missing.size(); from += BATCH) {
      List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
      List<TextSegment> segments = batch.stream().map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList();
      List<Embedding> out = model.embedAll(segments).content();
      synchronized (cache) {
        for (int i = 0; i < batch.size(); i++) {
          float[] v = out.get(i).vector();
          found.put(batch.get(i), v);
          cache.put(batch.get(i), v);
        }
      }
    }
    List<float[]> result = new ArrayList<>(texts.size());
    for (String t : texts) {
      result.add(found.get(t));
    }
    return result;
  }
}
