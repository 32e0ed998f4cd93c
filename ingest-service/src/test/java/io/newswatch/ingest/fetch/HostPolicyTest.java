package io.newswatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostPolicyTest {
  @Test
  void configuredHostsAreTrustedEvenWhenLocal() {
    HostPolicy policy = HostPolicy.of(List.of("http://127.0.0.1:8080/rss"), List.of("10.1.2.3:9000"));
    assertDoesNotThrow(() -> policy.check(URI.create("http://127.0.0.1:8080/article/1")));
    assertDoesNotThrow(() -> policy.check(URI.create("http://10.1.2.3:9000/a")));
    assertEquals(Outcome.OFF_HOST, assertThrows(FetchException.class, () -> policy.check(URI.create("http://127.0.0.1:8081/a"))).outcome());
    assertEquals(Outcome.OFF_HOST, assertThrows(FetchException.class, () -> policy.check(URI.create("http://10.1.2.3/a"))).outcome());
  }

  @Test
  void otherSitesAndCredentialsAreRefused() {
    HostPolicy policy = HostPolicy.of(List.of("https://www.b92.net/info/rss/vesti.xml"), List.of());
    assertDoesNotThrow(() -> policy.check(URI.create("https://www.b92.net/info/vesti/1")));
    assertEquals(Outcome.OFF_HOST, assertThrows(FetchException.class, () -> policy.check(URI.create("https://www.rts.rs/x"))).outcome());
    assertEquals(Outcome.OFF_HOST, assertThrows(FetchException.class, () -> policy.check(URI.create("https://user:pw@www.b92.net/x"))).outcome());
    assertEquals(Outcome.OFF_HOST, assertThrows(FetchException.class, () -> policy.check(URI.create("http://www.b92.net:8080/x"))).outcome());
    assertEquals(Outcome.BAD_URL, assertThrows(FetchException.class, () -> policy.check(URI.create("ftp://www.b92.net/x"))).outcome());
  }

  @Test
  void nonPublicAddressesAreRecognised() throws Exception {
    for (String a : List.of("127.0.0.1", "10.0.0.1", "172.16.4.4", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "::1", "fd00::1", "fe80::1")) {
      assertFalse(HostPolicy.isPublic(InetAddress.getByName(a)), a);
    }
    assertTrue(HostPolicy.isPublic(InetAddress.getByName("93.184.216.34")));
  }
}
