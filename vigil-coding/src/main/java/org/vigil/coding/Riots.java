package org.vigil.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Who acts decides between a riot and the use of force (issue 11). Protesters, residents or
 * students who set fire to a police station or storm a building riot (CAMEO 145, PLOVER PROTEST):
 * conflict data record it as a riot, not as their coercion or assault. Police or troops who
 * "storm" a compound use force (190), where "storm" with protesters is a riot. Stateless.
 */
final class Riots {
  /** Civilian sectors: their violence is a riot. */
  static final Set<String> CIVILIANS = Set.of("CVL", "EDU", "LAB", "HLH", "REF", "AGR", "BUS");
  /** Armed sectors: their "riot" is force. */
  private static final Set<String> ARMED = Set.of("MIL", "COP", "SPY", "UAF", "INS", "REB");

  /**
   * Heads of communal groups: settlers, tribes, clans, herders, militias. Conflict monitors file them
   * as identity militias (ACLED: armed groups organised around a community, ethnicity, religion or
   * livelihood, pastoralists the common case), so their violence is an attack or a destruction of
   * property, not a riot, though as the target of violence they stay civilians (issue 11, round 14:
   * "settlers burned the olive groves" is 1712, "settlers attacked a village" 190; round 16: "herders
   * killed twelve villagers", "clan militias clashed").
   */
  private static final Set<String> COMMUNAL = Set.of("settler", "colonist", "tribe", "tribesman", "tribesmen",
      "clan", "clansman", "clansmen", "herder", "herdsman", "herdsmen", "pastoralist", "militia", "militiaman",
      "militiamen");

  private Riots() {}

  /** As {@link #codeFor(String, String)}, for a doer whose phrase has the head lemma {@code head}. */
  static String codeFor(String code, String sector, String head) {
    return head != null && COMMUNAL.contains(head.toLowerCase(Locale.ROOT)) ? code : codeFor(code, sector);
  }

  /**
   * The code of {@code code} done by an actor of {@code sector} (null: as it is). What a crowd
   * does in a riot: unconventional violence (18x), an attack or a storming in general (190),
   * burning and damaging property (171x); firing missiles or artillery (193-196) is no riot
   * whoever does it, nor is an abduction or hostage taking (181): ACLED files it as violence against
   * civilians whoever the doer (round 16: "inmates took guards hostage").
   */
  static String codeFor(String code, String sector) {
    if (sector == null || code.length() < 2) {
      return code;
    }
    if (CIVILIANS.contains(sector) && (code.startsWith("18") && !code.startsWith("181") || code.equals("190")
        || code.startsWith("171"))) {
      return "145";
    }
    if (ARMED.contains(sector) && code.startsWith("145")) {
      return "190";
    }
    return code;
  }
}
