package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AddressPolicyTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback",
    "10.0.0.1, private", "172.16.5.4, private", "172.31.255.255, private", "192.168.0.10, private",
    "100.64.0.1, private", "198.18.0.1, private", "fd12:3456::1, private", "fc00::1, private",
    "169.254.169.254, link-local", "fe80::1, link-local",
    "0.0.0.0, unspecified", "0.1.2.3, unspecified", "::, unspecified",
    "224.0.0.1, multicast", "ff02::1, multicast", "255.255.255.255, reserved", "240.0.0.1, reserved",
    "::ffff:10.0.0.1, private", "::ffff:127.0.0.1, loopback", "64:ff9b::a00:1, private", "::a00:1, private",
  })
  void namesTheKindOfANonPublicAddress(String address, String kind) throws UnknownHostException {
    assertThat(AddressPolicy.kind(InetAddress.getByName(address))).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "64:ff9b::808:808"})
  void publicAddressesHaveNoKind(String address) throws UnknownHostException {
    assertThat(AddressPolicy.kind(InetAddress.getByName(address))).isNull();
  }

  @ParameterizedTest
  @CsvSource({"127.0.0.1, true, false", "10.0.0.1, false, true", "169.254.1.1, false, true"})
  void theConfigAllowsLoopbackAndPrivateSeparately(String address, boolean loopback, boolean isPrivate)
      throws UnknownHostException {
    InetAddress a = InetAddress.getByName(address);
    assertThat(new AddressPolicy(false, true).refusal(a) == null).isEqualTo(loopback);
    assertThat(new AddressPolicy(true, false).refusal(a) == null).isEqualTo(isPrivate);
    assertThat(new AddressPolicy(false, false).refusal(a)).isNotNull();
  }
}
