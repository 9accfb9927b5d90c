package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.text.Token;

/** Links to other articles left in a page's text are not this article's news. */
final class TeasersTest {

  @Test
  void aLinkLabelAndAColonOpenATeaser() {
    assertThat(Teasers.isTeaser(tokens("READ MORE : Britain has withdrawn its troops"))).isTrue();
    assertThat(Teasers.isTeaser(tokens("Related : Russia shelled Kharkiv on Monday ."))).isTrue();
    assertThat(Teasers.isTeaser(tokens("See also : Kenya closes the Dadaab camp"))).isTrue();
  }

  @Test
  void aSpeakersNameBeforeAColonOrALabelWordElsewhereIsNoTeaser() {
    assertThat(Teasers.isTeaser(tokens("Putin : Russia will help Tajikistan ."))).isFalse();
    assertThat(Teasers.isTeaser(tokens("Russia will read more into the remarks : officials said so ."))).isFalse();
    assertThat(Teasers.isTeaser(tokens("Britain has withdrawn its troops , read more"))).isFalse();
    assertThat(Teasers.isTeaser(tokens("Related"))).isFalse();
  }

  private static List<Token> tokens(String words) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String w : words.split(" ")) {
      out.add(new Token(out.size(), w, w.toLowerCase(), "NN", "O", offset, offset + w.length()));
      offset += w.length() + 1;
    }
    return out;
  }
}
