package org.vigil.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.vigil.core.article.Article;
import org.vigil.core.article.StoryAssignment;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.ingest.story.StoryIndex;

/**
 * The story stage (one partition): drops exact duplicates (a content hash seen before, at any
 * time, as the store's {@code contains} does in batch) and puts every other article in a story with
 * {@link StoryIndex}, the same near-duplicate logic as {@code vigil ingest}. The index lives in
 * memory; the articles it needs (those of the last {@code windowDays}) live in the {@link
 * VigilTopology#WINDOW} store, changelogged by Kafka, so a task that moves or restarts rebuilds
 * the same index in {@link #init}. Not thread-safe: Kafka Streams gives each task its own.
 */
final class StoryStage implements Processor<String, String, String, String> {
  private static final System.Logger LOG = System.getLogger(StoryStage.class.getName());
  private final StoryConfig config;
  private final VigilTopology.Listener listener;
  private StoryIndex index;
  private KeyValueStore<String, String> hashes;
  private KeyValueStore<String, String> window;
  private ProcessorContext<String, String> context;
  private LocalDate newest;

  StoryStage(StoryConfig config, VigilTopology.Listener listener) {
    this.config = config;
    this.listener = listener;
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    this.hashes = context.getStateStore(VigilTopology.HASHES);
    this.window = context.getStateStore(VigilTopology.WINDOW);
    this.index = new StoryIndex(config);
    int n = 0;
    try (KeyValueIterator<String, String> all = window.all()) { // date-prefixed keys: oldest first
      while (all.hasNext()) {
        JsonNode o = StreamSerdes.tree(all.next().value);
        Article a = StreamSerdes.article(o.get("article"));
        index.remember(a, o.get("story_id").asText());
        newest = newest == null || a.date().isAfter(newest) ? a.date() : newest;
        n++;
      }
    }
    if (n > 0) {
      LOG.log(System.Logger.Level.INFO, "story index rebuilt from " + n + " articles of the window");
    }
  }

  @Override
  public void process(Record<String, String> record) {
    Article article = StreamSerdes.article(StreamSerdes.tree(record.value()));
    String hash = article.contentHash();
    String first = hashes.get(hash);
    if (first != null) {
      LOG.log(System.Logger.Level.DEBUG, () -> "article " + article.id() + " is an exact duplicate of " + first);
      listener.duplicate(article.id(), first);
      return;
    }
    StoryAssignment story = index.add(article);
    hashes.put(hash, article.id());
    com.fasterxml.jackson.databind.node.ObjectNode kept = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
        .objectNode();
    kept.set("article", StreamSerdes.article(article));
    kept.put("story_id", story.storyId());
    window.put(article.date() + "|" + hash, kept.toString());
    if (newest == null || article.date().isAfter(newest)) {
      newest = article.date();
      evictBefore(newest.minusDays(config.windowDays()));
    }
    context.forward(record.withKey(hash).withValue(StreamSerdes.storied(article, story)));
  }

  /** Forgets the kept articles published before {@code day}, as the index does. */
  private void evictBefore(LocalDate day) {
    List<String> old = new ArrayList<>();
    try (KeyValueIterator<String, String> it = window.range("0000", day.toString())) {
      while (it.hasNext()) {
        KeyValue<String, String> kv = it.next();
        if (kv.key.compareTo(day.toString()) < 0) {
          old.add(kv.key);
        }
      }
    }
    old.forEach(window::delete);
  }
}
