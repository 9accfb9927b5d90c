package org.vigil.coding.dictionary;

import java.time.LocalDate;
import java.util.List;

/** A named actor of the dictionary: a country, an organisation, a group or a person. */
public sealed interface ActorEntry
    permits ActorEntry.Country, ActorEntry.Organisation, ActorEntry.Group, ActorEntry.Person {

  /** The display name. */
  String name();

  /** A country. */
  record Country(
      String code,
      String name,
      List<String> aliases,
      List<String> adjectives,
      List<String> demonyms,
      List<String> capitals,
      List<String> metonyms,
      String status) implements ActorEntry {
    /**
     * The status of the entries PETRARCH's compound codes make ({@code THE_SHIRE [FRO/BIL/SAM]}):
     * one entry per code, all with the same names; the coder codes each of them (issue 3).
     */
    public static final String COMPOUND_STATUS = "compound";

    public Country {
      aliases = List.copyOf(aliases);
      adjectives = List.copyOf(adjectives);
      demonyms = List.copyOf(demonyms);
      capitals = List.copyOf(capitals);
      metonyms = List.copyOf(metonyms);
    }
  }

  /** A membership of a country in an organisation. */
  record Membership(String country, DateRange range) {}

  /** An international organisation or alliance. */
  record Organisation(
      String code,
      String name,
      List<String> aliases,
      List<String> adjectives,
      String kind,
      String sector,
      List<Membership> members,
      String parent) implements ActorEntry {
    public Organisation {
      aliases = List.copyOf(aliases);
      adjectives = List.copyOf(adjectives);
      members = List.copyOf(members);
    }

    /** Member states on the day, in dictionary order. */
    public List<String> membersOn(LocalDate day) {
      return members.stream().filter(m -> m.range().contains(day)).map(Membership::country).distinct().toList();
    }
  }

  /** A non-state actor: armed group, party, company, media outlet; {@code ignore} ones never code. */
  record Group(
      String code,
      String name,
      List<String> aliases,
      List<String> adjectives,
      List<String> countries,
      String sector,
      DateRange valid,
      boolean ignore) implements ActorEntry {
    public Group {
      aliases = List.copyOf(aliases);
      adjectives = List.copyOf(adjectives);
      countries = List.copyOf(countries);
    }
  }

  /** An office held between two dates. */
  record Role(String code, DateRange range, String title) {}

  /** A person with date-bounded roles. */
  record Person(String name, List<String> aliases, List<Role> roles) implements ActorEntry {
    public Person {
      aliases = List.copyOf(aliases);
      roles = List.copyOf(roles);
    }

    /** The role held on the day, or null. Later-starting roles win where two overlap. */
    public Role roleOn(LocalDate day) {
      Role best = null;
      for (Role r : roles) {
        if (r.range().contains(day)
            && (best == null || (r.range().from() != null
                && (best.range().from() == null || r.range().from().isAfter(best.range().from()))))) {
          best = r;
        }
      }
      return best;
    }
  }
}
