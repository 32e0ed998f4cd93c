package io.newswatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Echo;
import io.newswatch.common.model.EchoKind;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.MatchBasis;
import io.newswatch.common.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentAlertsTest {
  private static final Statement STATEMENT = Fixtures.statement(Fixtures.VUCIC, "Kosovo je Srbija.", Language.SR_LATN,
      "tanjug", Fixtures.T0, List.of(Fixtures.KOSOVO), List.of(Fixtures.KOSOVO));

  private static Alert alert(String id, String watch) {
    return new Alert(Alert.CURRENT_VERSION, id, watch, watch, Fixtures.T0, STATEMENT, null, List.of(Fixtures.KOSOVO),
        MatchBasis.STATEMENT, 1_000L, 500L);
  }

  private static Echo echo(String alertId, int n) {
    return new Echo(Echo.CURRENT_VERSION, alertId, "kosovo", "statement-" + n, "outlet-" + n, "outlet-" + n,
        "https://outlet-" + n + ".example/1", Fixtures.T0, Fixtures.T0.plusSeconds(n), EchoKind.VERBATIM, 1.0);
  }

  @Test
  void keepsTheLatestAlertsNewestFirstAndDropsTheOldest() {
    RecentAlerts recent = new RecentAlerts(3);
    for (int i = 1; i <= 5; i++) {
      recent.alert(alert("a" + i, i % 2 == 0 ? "even" : "odd"));
    }
    recent.alert(alert("a4", "even")); // read again after a restart: still one alert, not moved
    assertEquals(List.of("a5", "a4", "a3"), ids(recent.latest(null, 10)));
    assertEquals(List.of("a5", "a4"), ids(recent.latest(null, 2)));
    assertEquals(List.of("a5", "a3"), ids(recent.latest("odd", 10)));
    assertFalse(recent.echo(echo("a1", 1)), "the alert of this echo is no longer held");
  }

  @Test
  void keepsTheFirstEchoesOfAnAlertAndCountsThemAll() {
    RecentAlerts recent = new RecentAlerts(10);
    recent.alert(alert("a1", "kosovo"));
    int echoes = RecentAlerts.ECHOES_KEPT + 250;
    for (int i = 0; i < echoes; i++) {
      assertTrue(recent.echo(echo("a1", i)));
    }
    RecentAlerts.Recent a1 = recent.latest(null, 1).getFirst();
    assertEquals(echoes, a1.echoCount());
    assertEquals(RecentAlerts.ECHOES_KEPT, a1.echoes().size());
    assertEquals("statement-0", a1.echoes().getFirst().statementId(), "the first echoes are the ones kept");
    assertEquals(echoes, AlertJson.withEchoes(a1.alert(), a1.echoes(), a1.echoCount()).get("echoCount").asInt());
  }

  @Test
  void refusesACapacityBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> new RecentAlerts(0));
  }

  private static List<String> ids(List<RecentAlerts.Recent> recent) {
    return recent.stream().map(r -> r.alert().id()).toList();
  }
}
