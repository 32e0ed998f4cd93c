package io.newswatch.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Echo;
import java.util.List;

/**
 * The JSON of an alert with the echoes recorded for it so far: the {@link Alert} fields plus
 * {@code echoes} (a list of {@link Echo}) and {@code echoCount}, the number of all its echoes,
 * which is more than the list holds when {@code /alerts} keeps only the first ones. {@code
 * /alerts} serves it and {@code newswatch alerts --json} prints it, so both show the same shape.
 */
public final class AlertJson {
  private AlertJson() {}

  public static ObjectNode withEchoes(Alert alert, List<Echo> echoes, int echoCount) {
    ObjectNode node = Json.mapper().valueToTree(alert);
    ArrayNode list = node.putArray("echoes");
    for (Echo echo : echoes) {
      list.add(Json.mapper().<ObjectNode>valueToTree(echo));
    }
    node.put("echoCount", echoCount);
    return node;
  }

  /** One line of JSON, with every echo. */
  public static String line(Alert alert, List<Echo> echoes) {
    return withEchoes(alert, echoes, echoes.size()).toString();
  }
}
