package org.vigil.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventMention;
import org.vigil.core.event.EventMerger;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;

/**
 * Measures event merging on article gold (issue 13): codes each article, matches its predictions
 * to its gold events by {@link ArticleScorer}'s rule, merges all predictions (each article its own
 * story, under its source name), and scores pairs of matched predictions from different articles
 * with {@link MergePairs} per split (a pair is in a split when both its articles are).
 */
public final class MergeEvaluation {
  private MergeEvaluation() {}

  /**
   * Runs the evaluation.
   *
   * @param gold the gold; its article records with a text are used, the others ignored
   * @param coder codes one article; a failure fails the run
   * @param merger the merger under test
   * @param dayWindow the merger's day window, used by the gold rule too
   * @param examples wrong and missed merges to keep per split, each
   */
  public static MergeReport run(GoldSet gold, Function<Article, List<CodedEvent>> coder, EventMerger merger,
      int dayWindow, int examples) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(coder, "coder");
    Objects.requireNonNull(merger, "merger");
    List<ArticleGold> articles = gold.articles().stream().filter(ArticleGold::hasText).toList();
    List<EventMention> mentions = new ArrayList<>();
    Map<String, Matching> byEventId = new LinkedHashMap<>();
    int predicted = 0;
    int matched = 0;
    for (ArticleGold a : articles) {
      Article article = a.toArticle();
      List<CodedEvent> events = coder.apply(article).stream().filter(e -> !e.negated()).toList();
      predicted += events.size();
      int[] match = ArticleScorer.matchPredictions(a, events);
      IdentityHashMap<CodedEvent, Boolean> seen = new IdentityHashMap<>();
      for (int i = 0; i < events.size(); i++) {
        CodedEvent e = events.get(i);
        if (seen.put(e, Boolean.TRUE) != null || byEventId.containsKey(e.eventId())) {
          continue;
        }
        mentions.add(new EventMention(e, article.source(), article.id()));
        byEventId.put(e.eventId(), new Matching(a.id(), match[i] < 0 ? null : a.events().get(match[i]), e));
        matched += match[i] < 0 ? 0 : 1;
      }
    }
    List<MergedEvent> merged = merger.merge(mentions);
    List<MergePairs.Matched> pairsInput = new ArrayList<>();
    int multi = 0;
    int maxArticles = 0;
    long mentionCount = 0;
    long sources = 0;
    for (MergedEvent m : merged) {
      multi += m.numArticles() > 1 ? 1 : 0;
      maxArticles = Math.max(maxArticles, m.numArticles());
      mentionCount += m.numMentions();
      sources += m.numSources();
      for (MentionRef ref : m.mentions()) {
        Matching x = byEventId.get(ref.eventId());
        if (x != null && x.gold() != null) {
          pairsInput.add(new MergePairs.Matched(x.article(), m.id(), x.gold(), describe(x.event()),
              merger.block(x.event())));
        }
      }
    }
    Map<String, MergeReport.Split> splits = new LinkedHashMap<>();
    for (ArticleSplit s : ArticleSplit.values()) {
      int n = (int) articles.stream().filter(a -> s.includes(a.id())).count();
      splits.put(s.name().toLowerCase(java.util.Locale.ROOT), new MergeReport.Split(n,
          MergePairs.goldPairs(articles, s::includes, dayWindow),
          MergePairs.score(pairsInput, s::includes, dayWindow, examples)));
    }
    return new MergeReport(dayWindow, articles.size(), predicted, matched, merged.size(), multi, maxArticles,
        mentionCount, sources, splits);
  }

  private record Matching(String article, ArticleGold.Event gold, CodedEvent event) {}

  private static String describe(CodedEvent e) {
    return PloverTypes.normalise(e.plover().event()) + " " + e.cameo() + " " + e.source().code() + " -> "
        + (e.target() == null ? "-" : e.target().code()) + " " + e.date().date() + "/" + e.date().granularity().label()
        + (e.location() == null ? "" : " @" + e.location().name() + "/" + e.location().country())
        + " \"" + e.evidence().sentence() + "\"";
  }
}
