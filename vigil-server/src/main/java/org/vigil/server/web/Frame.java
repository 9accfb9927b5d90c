package org.vigil.server.web;

import java.util.Objects;

/**
 * What every page's frame shows: its title, the navigation entry it belongs to, and the analyst's
 * session (signed in, allowed to write, the CSRF token its forms carry). Immutable.
 *
 * @param nav the navigation entry: {@code alerts}, {@code watches}, {@code events}, {@code stories},
 *     {@code dictionary} or {@code sign-in}
 * @param csrf the session's CSRF token, "" when signed out
 */
record Frame(String title, String nav, boolean signedIn, boolean writes, String csrf) {
  Frame {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(nav, "nav");
    Objects.requireNonNull(csrf, "csrf");
  }
}
