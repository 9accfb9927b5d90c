package org.vigil.cli;

import org.vigil.core.text.ConlluWriter;

import org.vigil.pipeline.VigilEngine;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.article.Article;
import org.vigil.core.text.AnnotatedArticle;
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
      System.out.print(ConlluWriter.write(annotated.sentences()));
    }
    return rejected[0] > 0 ? Main.SOME_REJECTED : Main.OK;
  }
}
