package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.VigilException;

final class WriteTokenTest {
  @Test
  void aTokenIsMadeOnceReadableByItsOwnerOnlyAndReadAgain(@TempDir Path home) throws Exception {
    Path file = home.resolve("sub").resolve(WriteToken.FILE);
    String token = WriteToken.readOrCreate(file);
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(WriteToken.readOrCreate(file)).isEqualTo(token);
    assertThat(WriteToken.readOrCreate(home.resolve("other"))).isNotEqualTo(token);
  }

  @Test
  void anEmptyTokenFileIsRefusedNamingIt(@TempDir Path home) throws Exception {
    Path file = Files.writeString(home.resolve(WriteToken.FILE), " \n");
    assertThatThrownBy(() -> WriteToken.readOrCreate(file)).isInstanceOf(VigilException.class)
        .hasMessage("the write token file " + file + " is empty: delete it to have a new one made");
  }
}
