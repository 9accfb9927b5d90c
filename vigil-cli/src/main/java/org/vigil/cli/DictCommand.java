package org.vigil.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.DictionaryLint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code vigil dict lint|explain}: checks dictionaries and explains what a phrase hits. */
@Command(name = "dict", mixinStandardHelpOptions = true, description = "Check dictionaries, or explain a phrase.",
    subcommands = {DictCommand.Lint.class, DictCommand.Explain.class})
final class DictCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  @Command(name = "lint", mixinStandardHelpOptions = true,
      description = "Load the dictionaries and report duplicates, overlapping roles, unknown codes and unreachable patterns.")
  static final class Lint implements Callable<Integer> {
    @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Dictionaries d = Wiring.dictionaries(Wiring.settings(spec, dictionaryOptions, null, null, null));
      List<DictionaryLint.Finding> findings = DictionaryLint.check(d, org.vigil.nlp.Lemmas::words);
      findings.forEach(f -> System.out.println(f));
      long errors = findings.stream().filter(DictionaryLint.Finding::error).count();
      System.err.printf("vigil dict lint: %d actors, %d sectors, %d patterns, %d CAMEO codes; %d errors, %d warnings%n",
          d.actors().entries().size(), d.actors().sectors().size(), d.verbs().all().size(), d.cameo().size(),
          errors, findings.size() - errors);
      return errors > 0 ? Main.SOME_REJECTED : Main.OK;
    }
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = {"Show which dictionary entries and verb patterns a phrase hits, and why: each actor entry "
          + "with its file:line and how it matched (exact, case, fuzzy), names that did not match and the rule "
          + "that stopped them, and each verb pattern its words can trigger, with file:line, code and the "
          + "constraints the phrase's words could meet, in the order the coder tries them.",
          "With --parse, the phrase is also analysed by CoreNLP and coded as a sentence: the events, "
              + "the pattern that fired and the actors."})
  static final class Explain implements Callable<Integer> {
    @Parameters(paramLabel = "PHRASE") String phrase;
    @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();
    @picocli.CommandLine.Option(names = "--parse",
        description = "Also analyse the phrase with CoreNLP and code it as a sentence (loads the models).")
    boolean parse;
    @picocli.CommandLine.Option(names = "--all", description = "Also list the patterns the phrase's words cannot meet, with what each lacks.")
    boolean all;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      org.vigil.pipeline.VigilSettings settings = Wiring.settings(spec, dictionaryOptions, null, null, null);
      Dictionaries d = Wiring.dictionaries(settings);
      new org.vigil.pipeline.Explanation(d, all).explain(phrase).forEach(System.out::println);
      if (parse) {
        org.vigil.core.article.Article article = new org.vigil.core.article.Article("explain", java.time.LocalDate.now(
            java.time.ZoneOffset.UTC), "", phrase, "", "");
        List<org.vigil.core.event.CodedEvent> events = Wiring.engine(settings).code(article);
        if (events.isEmpty()) {
          System.out.println("parsed: no event (a pattern needs its constraints on the parse and a source actor)");
        }
        for (org.vigil.core.event.CodedEvent e : events) {
          System.out.printf("parsed: event %s%s %s -> %s by pattern %s%n", e.cameo(), e.negated() ? " (negated)" : "",
              e.source().code() + " '" + e.source().text() + "'",
              e.target() == null ? "no target" : e.target().code() + " '" + e.target().text() + "'",
              e.evidence().pattern());
        }
      }
      return Main.OK;
    }
  }
}
