package org.vigil.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.vigil.core.VigilException;

/**
 * The write token {@code vigil serve} makes when the settings set none ({@code
 * server.write-token}), so that on a fresh clone an analyst can still write (sign in to the
 * dashboard, correct events, edit watches): 32 random bytes, base64url, in {@code HOME/write-token},
 * readable by its owner only where the file system has POSIX permissions, and read again at each
 * start. Stateless.
 */
final class WriteToken {
  static final String FILE = "write-token";

  private WriteToken() {}

  /**
   * The token in {@code file}, made and written first when there is none.
   *
   * @throws VigilException when the file cannot be read or written, or holds no token
   */
  static String readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.isEmpty()) {
          throw new VigilException("the write token file " + file + " is empty: delete it to have a new one made");
        }
        return token;
      }
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Files.createDirectories(file.toAbsolutePath().getParent());
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      }
      Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
      return token;
    } catch (FileAlreadyExistsException e) {
      return readOrCreate(file); // another process made it meanwhile
    } catch (IOException e) {
      throw new VigilException("cannot read or write the write token file " + file + ": " + e.getMessage(), e);
    }
  }
}
