package org.vigil.coding.dictionary;

import org.vigil.core.VigilException;

/** A dictionary line that cannot be read: names the file, the line and the reason. */
public final class DictionaryFormatException extends VigilException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;

  public DictionaryFormatException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
  }

  /** The file (or resource) name. */
  public String file() {
    return file;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }
}
