# Sourced by ./build and ./vigil: sets JAVA_HOME to a JDK >= 21, or exits with a clear message.
# Looks at $JAVA_HOME, then `java` on the PATH, then the JDKs under /usr/lib/jvm and /opt.
vigil_java_major() { # prints the major version of the java at $1/bin/java, or nothing
  [ -x "$1/bin/java" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
vigil_find_jdk() {
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do [ -d "$c" ] && candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    v=$(vigil_java_major "$c")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ -x "$c/bin/javac" -o -x "$c/bin/jlink" ]; then
      JAVA_HOME="$c"; VIGIL_JAVA_MAJOR="$v"; return 0
    fi
  done
  return 1
}
if ! vigil_find_jdk; then
  echo "vigil: no JDK 21 or newer found (looked at JAVA_HOME, java on the PATH, /usr/lib/jvm, /opt)." >&2
  echo "vigil: install one (for example 'apt-get install openjdk-21-jdk') or set JAVA_HOME to it." >&2
  exit 3
fi
