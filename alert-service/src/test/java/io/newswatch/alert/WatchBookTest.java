package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.watch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newswatch.common.model.Watch;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WatchBookTest {
  private static List<String> ids(List<Watch> watches) {
    return watches.stream().map(Watch::id).toList();
  }

  @Test
  void aStatementMeetsTheWatchesOfItsTopicsOnlyEachOnceInIdOrder() {
    WatchBook book = new WatchBook();
    book.put(watch("sanctions-any", List.of("sanctions")));
    book.put(watch("unsc-kosovo", List.of("unsc", "kosovo")));
    book.put(watch("kosovo-any", List.of("kosovo")));
    book.put(watch("nato-any", List.of("nato")));

    assertEquals(List.of("kosovo-any", "unsc-kosovo"), ids(book.withAnyOf(List.of("kosovo"))));
    assertEquals(List.of("kosovo-any", "unsc-kosovo"), ids(book.withAnyOf(List.of("kosovo", "unsc"))));
    assertEquals(
        List.of("kosovo-any", "sanctions-any", "unsc-kosovo"), ids(book.withAnyOf(Set.of("sanctions", "unsc", "kosovo"))));
    assertEquals(List.of(), ids(book.withAnyOf(List.of("lithium"))));
    assertEquals(List.of(), ids(book.withAnyOf(List.of())));
  }

  @Test
  void changesApplyToTheNextLookUp() {
    WatchBook book = new WatchBook();
    book.put(watch("kosovo-any", List.of("kosovo")));
    assertEquals(List.of("kosovo-any"), ids(book.withAnyOf(List.of("kosovo"))));

    // A new version of the watch moves it to other topics; a removed one is gone everywhere.
    book.put(watch("kosovo-any", List.of("unsc")));
    book.put(watch("nato-any", List.of("nato")));
    assertEquals(List.of(), ids(book.withAnyOf(List.of("kosovo"))));
    assertEquals(List.of("kosovo-any"), ids(book.withAnyOf(List.of("unsc"))));
    book.remove("kosovo-any");
    assertEquals(List.of(), ids(book.withAnyOf(List.of("unsc"))));
    assertNull(book.get("kosovo-any"));
    assertEquals(List.of("nato"), book.get("nato-any").topics());
    assertEquals(1, book.size());
  }
}
