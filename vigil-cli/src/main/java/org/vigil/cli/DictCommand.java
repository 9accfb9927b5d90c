package org.vigil.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.dictionary.ActorDictionary;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.dictionary.DictionaryLint;
import org.vigil.core.dictionary.VerbPattern;
import org.vigil.core.text.Token;
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

    @Override
    public Integer call() {
      Dictionaries d = Wiring.dictionaries(dictionaryOptions);
      List<DictionaryLint.Finding> findings = DictionaryLint.check(d);
      findings.forEach(f -> System.out.println(f));
      long errors = findings.stream().filter(DictionaryLint.Finding::error).count();
      System.err.printf("vigil dict lint: %d actors, %d sectors, %d patterns, %d CAMEO codes; %d errors, %d warnings%n",
          d.actors().entries().size(), d.actors().sectors().size(), d.verbs().all().size(), d.cameo().size(),
          errors, findings.size() - errors);
      return errors > 0 ? Main.SOME_REJECTED : Main.OK;
    }
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Show which dictionary entries and verb patterns a phrase hits, and why.")
  static final class Explain implements Callable<Integer> {
    @Parameters(paramLabel = "PHRASE") String phrase;
    @Mixin DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Override
    public Integer call() {
      Dictionaries d = Wiring.dictionaries(dictionaryOptions);
      String[] words = phrase.trim().split("\\s+");
      List<Token> tokens = new java.util.ArrayList<>();
      int offset = 0;
      for (int i = 0; i < words.length; i++) {
        tokens.add(new Token(i, words[i], words[i].toLowerCase(java.util.Locale.ROOT),
            Character.isUpperCase(words[i].charAt(0)) ? "NNP" : "", "O", offset, offset + words[i].length()));
        offset += words[i].length() + 1;
      }
      boolean any = false;
      for (ActorDictionary.Match m : d.actors().match(tokens)) {
        any = true;
        String text = String.join(" ", java.util.Arrays.copyOfRange(words, m.begin(), m.end()));
        for (ActorDictionary.Hit h : m.hits()) {
          System.out.printf("actor   '%s' -> %s as %s%s%n", text, h.label(), h.kind().name().toLowerCase(java.util.Locale.ROOT),
              m.fuzzy() ? " (matched with a typing error)" : "");
        }
      }
      for (String w : words) {
        for (VerbPattern p : d.verbs().forLemma(w.toLowerCase(java.util.Locale.ROOT))) {
          any = true;
          String desc = d.cameo().find(p.code()).map(c -> c.description() + ", PLOVER " + c.ploverEvent()).orElse("?");
          System.out.printf("pattern '%s' -> %s %s [%s] at %s%n", p.text(), p.code(), desc,
              p.constraints().isEmpty() ? "no constraints" : p.constraints().size() + " constraints", p.origin());
        }
      }
      if (!any) {
        System.out.println("no dictionary entry or verb pattern matches '" + phrase + "'"
            + " (patterns are looked up by lemma: try the base form of a verb)");
      }
      return Main.OK;
    }
  }
}
