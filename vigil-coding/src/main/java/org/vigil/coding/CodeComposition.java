package org.vigil.coding;

import org.vigil.coding.dictionary.CameoCatalog;

/**
 * PETRARCH2's verb interaction (issue 3): a verb of appeal, intent or demand that governs a verb
 * of cooperation codes the cooperation it asks for, intends or demands ("wants to help" is an
 * intent to give aid, 033; "asking Obama to help" an appeal for aid, 023; "demand to release" a
 * demand for release, 1053). The codes follow CAMEO's own parallel structure of 02, 03 and 10:
 * material cooperation (06) is x1, diplomatic cooperation (05) x2, aid (07) x3, political reform
 * (083) x4, yielding (08) x5. A meeting (04) is coded as such ("prepared to attend" is 042):
 * PETRARCH2 lets a governed consultation stand. Stateless.
 */
final class CodeComposition {
  private CodeComposition() {}

  /**
   * The code of {@code outer} governing {@code inner}, or null when they do not compose: the outer
   * code must be an appeal (02), intent (03) or demand (10), the inner one cooperative (05 to 08).
   */
  static String compose(String outer, String inner, CameoCatalog cameo) {
    if (outer == null || inner == null || outer.length() < 3 || inner.length() < 3) {
      return null;
    }
    String root = outer.substring(0, 2);
    if (!(root.equals("02") || root.equals("03") || root.equals("10"))) {
      return null;
    }
    String suffix = suffix(inner);
    if (suffix == null) {
      return null;
    }
    String prefix = root.equals("10") ? "10" : root;
    String code = prefix + suffix;
    if (cameo.contains(code)) {
      return code;
    }
    String general = prefix + suffix.charAt(0);
    return cameo.contains(general) ? general : null;
  }

  /**
   * The rejection a negated cooperative code stands for, or null: not cooperating materially
   * (06) is rejecting material cooperation (121, 1211 to 1214); not yielding (08) is refusing to
   * yield (124 and its parallels 1241 to 1246). PETRARCH2 reads "would not provide support" so.
   */
  static String negated(String code, CameoCatalog cameo) {
    if (code == null || code.length() < 3) {
      return null;
    }
    String root = code.substring(0, 2);
    char third = code.charAt(2);
    String out = switch (root) {
      case "06" -> third >= '1' && third <= '4' ? "121" + third : "121";
      case "08" -> switch (third) {
        case '1' -> "1241";
        case '2' -> "1242";
        case '4' -> "1243";
        case '5' -> "1244";
        case '6' -> "1245";
        case '7' -> "1246";
        default -> "124";
      };
      default -> null;
    };
    if (out == null) {
      return null;
    }
    return cameo.contains(out) ? out : cameo.contains(out.substring(0, 3)) ? out.substring(0, 3) : null;
  }

  /** The part of an appeal, intent or demand code that names the cooperation, or null. */
  private static String suffix(String inner) {
    String root = inner.substring(0, 2);
    char third = inner.charAt(2);
    String sub = inner.length() > 3 ? inner.substring(3, 4) : "";
    return switch (root) {
      case "05" -> "2";
      case "06" -> third >= '1' && third <= '4' ? "1" + third : "1";
      case "07" -> third >= '1' && third <= '4' ? "3" + third : "3";
      case "08" -> switch (third) {
        case '1' -> "51";
        case '2' -> "52";
        case '3' -> sub.isEmpty() ? "4" : "4" + sub;
        case '4' -> "53";
        case '5' -> "54";
        case '6' -> "55";
        case '7' -> "56";
        default -> "5";
      };
      default -> null;
    };
  }
}
