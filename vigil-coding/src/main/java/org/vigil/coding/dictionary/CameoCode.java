package org.vigil.coding.dictionary;

import java.util.Objects;

/**
 * One CAMEO event code with its Goldstein value and PLOVER mapping.
 *
 * @param code two to four digits, optionally followed by one upper-case letter; CAMEO proper uses
 *     roots 01 to 20, but PETRARCH/TABARI dictionaries also carry codes outside it ({@code 345},
 *     {@code 903}, {@code 174K}: the validation dictionaries' test markers), which Vigil passes
 *     through unchanged (issue 3)
 * @param goldstein Goldstein value, -10..10
 * @param ploverEvent PLOVER event type, or STATEMENT for CAMEO 01
 * @param ploverMode PLOVER mode, or null
 * @param description the code's meaning
 */
public record CameoCode(String code, double goldstein, String ploverEvent, String ploverMode, String description) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    if (!code.matches("\\d{2,4}[A-Z]?")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, was '" + code + "'");
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein value must be in [-10, 10], was " + goldstein);
    }
    Objects.requireNonNull(ploverEvent, "ploverEvent");
  }

  /** The two-digit root code. */
  public String root() {
    return code.substring(0, 2);
  }

  /** True for a code of CAMEO proper: digits only, root 01 to 20. */
  public boolean isCameo() {
    return code.matches("\\d{2,4}") && Integer.parseInt(root()) <= 20;
  }

  /** 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20). */
  public int quadClass() {
    int root = Integer.parseInt(root());
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 13 ? 3 : 4;
  }
}
