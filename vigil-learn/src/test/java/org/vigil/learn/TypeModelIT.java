package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real embeddings (all-MiniLM-L6-v2 inside its jar, about a second to load) and the built-in weights. */
final class TypeModelIT {
  /** Made-up sentences, none in the training data, with the type a coder gives their trigger. */
  private static final List<TypeModel.Query> UNSEEN = List.of(
      new TypeModel.Query("Insurgents ambushed an army patrol outside the provincial capital.", "ambushed"),
      new TypeModel.Query("Police detained four activists during a raid on their office.", "detained"),
      new TypeModel.Query("The two presidents held talks in Nairobi on Tuesday.", "held talks"),
      new TypeModel.Query("The opposition leader accused the electoral commission of rigging the count.", "accused"),
      new TypeModel.Query("The ministry urged citizens to leave the border region.", "urged"),
      new TypeModel.Query("Hundreds of nurses marched to the health ministry to demand back pay.", "marched"),
      new TypeModel.Query("The cabinet rejected the union's offer to end the dispute.", "rejected"),
      new TypeModel.Query("The bloc imposed an arms embargo on the junta.", "imposed"),
      new TypeModel.Query("The militia threatened to blow up the dam if attacked.", "threatened"),
      new TypeModel.Query("The donors pledged to send tents and blankets to the displaced families.", "send"));
  private static final List<String> TYPES = List.of("ASSAULT", "COERCE", "CONSULT", "ACCUSE", "REQUEST", "PROTEST",
      "REJECT", "SANCTION", "THREATEN", "AID");

  @Test
  void theBuiltInModelNamesTheTypeOfUnseenMadeUpSentencesFarAboveChance() {
    TypeModel m = TypeModel.builtin();
    List<double[]> scores = m.score(UNSEEN);
    int first = 0;
    int top3 = 0;
    for (int i = 0; i < UNSEEN.size(); i++) {
      List<String> ranked = ranked(m.classes(), scores.get(i));
      first += ranked.get(0).equals(TYPES.get(i)) ? 1 : 0;
      top3 += ranked.subList(0, 3).contains(TYPES.get(i)) ? 1 : 0;
    }
    // chance: 1 in 17 first, 3 in 17 among the top three
    assertThat(first).isGreaterThanOrEqualTo(7);
    assertThat(top3).isGreaterThanOrEqualTo(9);
  }

  @Test
  void aTriggerInANonPoliticalSenseScoresLowForTheTypeItsWordSuggests() {
    TypeModel m = TypeModel.builtin();
    List<double[]> scores = m.score(List.of(
        new TypeModel.Query("The hurricane hit the island's northern coast on Sunday.", "hit"),
        new TypeModel.Query("Artillery hit the town's northern districts on Sunday.", "hit")));
    assertThat(m.probability(scores.get(0), "ASSAULT")).isLessThan(m.probability(scores.get(1), "ASSAULT"));
  }

  @Test
  void trainingOnTheRealEmbeddingsIsReproducible() throws IOException {
    List<TrainingExample> examples = new ArrayList<>();
    for (TypeModel.Query q : UNSEEN) {
      examples.add(new TrainingExample(q.sentence(), q.trigger(), TYPES.get(UNSEEN.indexOf(q))));
    }
    byte[] a = bytes(Trainer.train(examples, MiniLmEncoder.shared(), SoftmaxRegression.Options.defaults(7)));
    byte[] b = bytes(Trainer.train(examples, MiniLmEncoder.shared(), SoftmaxRegression.Options.defaults(7)));
    assertThat(a).isEqualTo(b);
  }

  private static byte[] bytes(SoftmaxRegression m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  private static List<String> ranked(List<String> classes, double[] p) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      idx.add(i);
    }
    idx.sort((x, y) -> Double.compare(p[y], p[x]));
    return idx.stream().map(classes::get).toList();
  }
}
