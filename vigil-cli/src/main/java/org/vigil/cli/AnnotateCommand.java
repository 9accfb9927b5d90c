package org.vigil.cli;

import org.vigil.pipeline.VigilEngine;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.article.Article;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Annotator;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vigil annotate}: prints the analysis the coder sees, as CoNLL-U with NER and TIMEX in MISC. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Print the analysis the coder sees (by default the selective one; --full-pipeline for all annotators everywhere) as CoNLL-U (enhanced++ dependencies in DEPS; NER= and Timex= in MISC).")
final class AnnotateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", description = "A file, a folder, or - for standard input.")
  String input;

  @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

  @Mixin AnalysisOptions analysisOptions = new AnalysisOptions();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // the analysis the coder sees: by default the selective one (the parse and SUTime only where the
    // triage finds an event candidate); --full-pipeline shows every annotator on every sentence
    VigilEngine engine = Wiring.engine(Wiring.settings(spec, dictionaryOptions, analysisOptions, null, null));
    List<Article> articles = new ArrayList<>();
    int[] rejected = {0};
    Wiring.read(input, articles::add, r -> {
      rejected[0]++;
      System.err.println("vigil: rejected " + r);
    });
    for (Article a : articles) {
      AnnotatedArticle annotated = engine.annotate(a);
      System.out.println("# article_id = " + a.id());
      System.out.println("# date = " + a.date());
      System.out.println("# analysis = " + engine.config().analysis().name().toLowerCase(java.util.Locale.ROOT)
          + " (what the coder sees; sentences without a parse have no dependencies)");
      for (Sentence s : annotated.sentences()) {
        System.out.print(conllu(s));
      }
    }
    return rejected[0] > 0 ? Main.SOME_REJECTED : Main.OK;
  }

  static String conllu(Sentence s) {
    StringBuilder sb = new StringBuilder();
    sb.append("# sent_id = ").append(s.index()).append('\n');
    sb.append("# text = ").append(s.text().replace('\n', ' ')).append('\n');
    for (Token t : s.tokens()) {
      Dependency basic = null;
      List<String> deps = new ArrayList<>();
      for (Dependency d : s.dependencies()) {
        if (d.dependent() == t.index()) {
          deps.add((d.governor() + 1) + ":" + d.relation());
          if (basic == null && !d.relation().endsWith(":xsubj")) {
            basic = d;
          }
        }
      }
      List<String> misc = new ArrayList<>();
      if (!t.ner().equals("O")) {
        misc.add("NER=" + t.ner());
      }
      for (TimeExpression x : s.times()) {
        if (t.index() >= x.tokenBegin() && t.index() < x.tokenEnd()) {
          misc.add("Timex=" + x.type() + ":" + x.value());
        }
      }
      sb.append(t.index() + 1).append('\t').append(t.word()).append('\t').append(t.lemma()).append('\t')
          .append('_').append('\t').append(t.pos()).append('\t').append('_').append('\t')
          .append(basic == null ? "_" : String.valueOf(basic.governor() + 1)).append('\t')
          .append(basic == null ? "_" : basic.relation()).append('\t')
          .append(deps.isEmpty() ? "_" : String.join("|", deps)).append('\t')
          .append(misc.isEmpty() ? "_" : String.join("|", misc)).append('\n');
    }
    sb.append('\n');
    return sb.toString();
  }
}
