package org.vigil.eval;

/**
 * Rebuilds sentence text from CoNLL-U, for gold records whose {@code text} is blank. Uses the
 * {@code # text =} comment where there is one, else joins the FORM column with single spaces,
 * leaving out the space where MISC has {@code SpaceAfter=No}. Forms are used as written, so a
 * Penn Treebank form such as {@code -LRB-} stays as it is. Stateless.
 */
final class ConlluText {
  private ConlluText() {}

  static String rebuild(String conllu) {
    StringBuilder text = new StringBuilder();
    boolean spaceBefore = false;
    for (String line : conllu.split("\r?\n")) {
      if (line.startsWith("# text =")) {
        return line.substring("# text =".length()).strip();
      }
      String[] columns = line.split("\t", -1);
      // token lines only: skip comments, blank lines, multiword ranges (1-2) and empty nodes (8.1)
      if (line.startsWith("#") || columns.length < 10 || !columns[0].matches("\\d+")) {
        continue;
      }
      if (spaceBefore) {
        text.append(' ');
      }
      text.append(columns[1]);
      spaceBefore = !columns[9].contains("SpaceAfter=No");
    }
    return text.toString().strip();
  }
}
