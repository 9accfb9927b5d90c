package org.vigil.core.coding;

import org.vigil.core.dictionary.CameoCatalog;

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
