package org.vigil.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class TmpSutimeWindow {
  @Test
  void compare() throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    TimeAnnotator sutime = new TimeAnnotator("sutime", new Properties());
    Properties lp = new Properties();
    lp.setProperty("sutime.rules", System.getProperty("rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt,edu/stanford/nlp/models/sutime/english.sutime.txt"));
    for (String kv : System.getProperty("extra", "").split(",")) if (kv.contains("=")) lp.setProperty(kv.split("=")[0], kv.split("=")[1]);
    TimeAnnotator light = new TimeAnnotator("sutime", lp);
    ObjectMapper m = new ObjectMapper();
    List<Annotation> docs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("/work/shared/corpus/voa-stories.jsonl"))) {
      JsonNode n = m.readTree(line);
      Annotation d = new Annotation(n.get("text").asText());
      d.set(CoreAnnotations.DocDateAnnotation.class, n.get("published").asText().substring(0, 10));
      nlp.annotate(d);
      docs.add(d);
    }
    int W = Integer.getInteger("w", 6);
    for (int round = 0; round < 3; round++) {
      long full = 0, win = 0; int sents = 0, same = 0, diff = 0, fullCount = 0, winCount = 0;
      for (Annotation d : docs) {
        for (CoreMap s : d.get(CoreAnnotations.SentencesAnnotation.class)) {
          List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
          if (!TimeCues.any(toks)) continue;
          sents++;
          long t0 = System.nanoTime();
          Annotation part = new Annotation(d.get(CoreAnnotations.TextAnnotation.class));
          part.set(CoreAnnotations.DocDateAnnotation.class, d.get(CoreAnnotations.DocDateAnnotation.class));
          part.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
          sutime.annotate(part);
          long t1 = System.nanoTime();
          Set<String> a = describe(s.get(TimeAnnotations.TimexAnnotations.class));
          long t2 = System.nanoTime();
          Set<String> b;
          {
            s.remove(TimeAnnotations.TimexAnnotations.class);
            Annotation wpart = new Annotation(d.get(CoreAnnotations.TextAnnotation.class));
            wpart.set(CoreAnnotations.DocDateAnnotation.class, d.get(CoreAnnotations.DocDateAnnotation.class));
            wpart.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
            light.annotate(wpart);
            b = describe(s.get(TimeAnnotations.TimexAnnotations.class));
          }
          long t3 = System.nanoTime();
          full += t1 - t0; win += t3 - t2;
          fullCount += a.size(); winCount += b.size();
          if (a.equals(b)) same++; else { diff++; if (round == 0) System.out.println("DIFF " + a + " vs " + b + " :: " + s.get(CoreAnnotations.TextAnnotation.class)); }
        }
      }
      System.out.printf("round %d W=%d: %d sentences, full %.2f ms/sentence, windows %.2f ms/sentence; same %d diff %d; timexes %d vs %d%n",
          round, W, sents, full / 1e6 / sents, win / 1e6 / sents, same, diff, fullCount, winCount);
    }
  }

  static Set<String> describe(List<CoreMap> timexes) {
    Set<String> out = new TreeSet<>();
    if (timexes == null) return out;
    for (CoreMap t : timexes) {
      Timex x = t.get(TimeAnnotations.TimexAnnotation.class);
      List<CoreLabel> span = t.get(CoreAnnotations.TokensAnnotation.class);
      if (x == null || span == null || span.isEmpty()) { out.add("EMPTY"); continue; }
      out.add(span.get(0).index() + "-" + span.get(span.size() - 1).index() + ":" + x.timexType() + "=" + x.value());
    }
    return out;
  }
}
