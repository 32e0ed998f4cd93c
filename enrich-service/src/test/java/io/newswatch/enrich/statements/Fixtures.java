package io.newswatch.enrich.statements;

import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Actor.Gender;
import io.newswatch.common.model.Actor.Kind;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.actors.Mention;
import io.newswatch.enrich.actors.MentionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A small hand-built catalogue and a stand-in for the actor matcher (every listed surface form is
 * a mention), so the extractor is tested on its own.
 */
final class Fixtures {
  static final String BOTSAN = "Q4061463";
  static final String ZAKHAROVA = "Q4263283";
  static final String VUCIC = "Q57446";
  static final String STOLTENBERG = "Q57463";
  static final String LAVROV = "Q182570";
  static final String PUTIN = "Q7747";
  static final String MFA = "nw:mid-rf";

  static final ActorCatalogue CATALOGUE =
      ActorCatalogue.of(
          List.of(
              person(BOTSAN, "Alexander Botsan-Kharchenko", Gender.MALE, "RU", "Russian Ambassador to Serbia",
                  Map.of(
                      "en", List.of("Alexander Botsan-Kharchenko"),
                      "sr-Latn", List.of("Aleksandar Bocan-Harčenko"),
                      "sr-Cyrl", List.of("Александар Боцан-Харченко"),
                      "ru", List.of("Александр Боцан-Харченко")),
                  Map.of(
                      "en", List.of("ambassador", "Russian Ambassador", "diplomat", "Russian diplomat"),
                      "sr-Latn", List.of("ambasador", "ruski ambasador", "diplomata"),
                      "sr-Cyrl", List.of("амбасадор", "дипломата"),
                      "ru", List.of("посол", "дипломат"))),
              person(ZAKHAROVA, "Maria Zakharova", Gender.FEMALE, "RU", "Spokeswoman of the Russian MFA",
                  Map.of(
                      "en", List.of("Maria Zakharova"),
                      "sr-Latn", List.of("Marija Zaharova"),
                      "sr-Cyrl", List.of("Марија Захарова"),
                      "ru", List.of("Мария Захарова")),
                  Map.of(
                      "en", List.of("spokeswoman", "diplomat", "Russian diplomat"),
                      "sr-Latn", List.of("portparolka", "diplomata"),
                      "sr-Cyrl", List.of("портпаролка", "дипломата"),
                      "ru", List.of("официальный представитель", "дипломат"))),
              person(VUCIC, "Aleksandar Vučić", Gender.MALE, "RS", "President of Serbia",
                  Map.of(
                      "en", List.of("Aleksandar Vucic", "Aleksandar Vučić"),
                      "sr-Latn", List.of("Aleksandar Vučić"),
                      "sr-Cyrl", List.of("Александар Вучић"),
                      "ru", List.of("Александр Вучич")),
                  Map.of(
                      "en", List.of("president", "Serbian President"),
                      "sr-Latn", List.of("predsednik", "predsednik Srbije"),
                      "sr-Cyrl", List.of("председник"),
                      "ru", List.of("президент", "президент Сербии"))),
              person(STOLTENBERG, "Jens Stoltenberg", Gender.MALE, "NATO", "NATO Secretary General",
                  Map.of("en", List.of("Jens Stoltenberg"), "sr-Latn", List.of("Jens Stoltenberg"),
                      "ru", List.of("Йенс Столтенберг")),
                  Map.of("en", List.of("Secretary General"), "sr-Latn", List.of("generalni sekretar"))),
              person(LAVROV, "Sergey Lavrov", Gender.MALE, "RU", "Foreign Minister of Russia",
                  Map.of("en", List.of("Sergey Lavrov"), "sr-Latn", List.of("Sergej Lavrov"),
                      "sr-Cyrl", List.of("Сергеј Лавров"), "ru", List.of("Сергей Лавров")),
                  Map.of("en", List.of("minister", "Foreign Minister"), "sr-Latn", List.of("ministar"),
                      "ru", List.of("министр", "глава МИД"))),
              person(PUTIN, "Vladimir Putin", Gender.MALE, "RU", "President of Russia",
                  Map.of("en", List.of("Vladimir Putin"), "sr-Latn", List.of("Vladimir Putin"),
                      "sr-Cyrl", List.of("Владимир Путин"), "ru", List.of("Владимир Путин")),
                  Map.of("en", List.of("president", "Russian President"), "ru", List.of("президент"))),
              new Actor(MFA, "Russian Ministry of Foreign Affairs", Kind.ORGANISATION, null, "RU",
                  "Foreign ministry",
                  Map.of("en", List.of("Russian Foreign Ministry"), "ru", List.of("МИД России")),
                  Map.of(), Map.of())));

  /** Surface forms the stand-in matcher knows, as a real matcher would find them (inflected too). */
  static final Map<String, String> SURFACES =
      Map.ofEntries(
          Map.entry("Alexander Botsan-Kharchenko", BOTSAN),
          Map.entry("Botsan-Kharchenko", BOTSAN),
          Map.entry("Aleksandar Bocan-Harčenko", BOTSAN),
          Map.entry("Bocan-Harčenko", BOTSAN),
          Map.entry("Bocan-Harčenka", BOTSAN),
          Map.entry("Боцан-Харченко", BOTSAN),
          Map.entry("Александр Боцан-Харченко", BOTSAN),
          Map.entry("Maria Zakharova", ZAKHAROVA),
          Map.entry("Zakharova", ZAKHAROVA),
          Map.entry("Marija Zaharova", ZAKHAROVA),
          Map.entry("Zaharova", ZAKHAROVA),
          Map.entry("Zaharove", ZAKHAROVA),
          Map.entry("Захарова", ZAKHAROVA),
          Map.entry("Марија Захарова", ZAKHAROVA),
          Map.entry("Мария Захарова", ZAKHAROVA),
          Map.entry("Захаровой", ZAKHAROVA),
          Map.entry("Aleksandar Vucic", VUCIC),
          Map.entry("Aleksandar Vučić", VUCIC),
          Map.entry("Vučić", VUCIC),
          Map.entry("Vucic", VUCIC),
          Map.entry("Vučića", VUCIC),
          Map.entry("Vučićem", VUCIC),
          Map.entry("Вучић", VUCIC),
          Map.entry("Вучића", VUCIC),
          Map.entry("Вучич", VUCIC),
          Map.entry("Вучичем", VUCIC),
          Map.entry("Jens Stoltenberg", STOLTENBERG),
          Map.entry("Stoltenberg", STOLTENBERG),
          Map.entry("Stoltenbergom", STOLTENBERG),
          Map.entry("Столтенбергом", STOLTENBERG),
          Map.entry("Sergey Lavrov", LAVROV),
          Map.entry("Lavrov", LAVROV),
          Map.entry("Сергей Лавров", LAVROV),
          Map.entry("Лавров", LAVROV),
          Map.entry("Лаврова", LAVROV),
          Map.entry("Vladimir Putin", PUTIN),
          Map.entry("Putin", PUTIN),
          Map.entry("Путин", PUTIN),
          Map.entry("Путиным", PUTIN),
          Map.entry("Russian Foreign Ministry", MFA),
          Map.entry("МИД России", MFA));

  private Fixtures() {}

  static Actor person(String id, String name, Gender gender, String country, String role,
      Map<String, List<String>> names, Map<String, List<String>> roleTerms) {
    return new Actor(id, name, Kind.PERSON, gender, country, role, names, Map.of(), roleTerms);
  }

  /** Every occurrence of a known surface form as a whole word, longest match first. */
  static List<Mention> mentions(String text) {
    List<Mention> found = new ArrayList<>();
    List<String> surfaces = new ArrayList<>(SURFACES.keySet());
    surfaces.sort(Comparator.comparingInt(String::length).reversed());
    boolean[] taken = new boolean[text.length()];
    for (String surface : surfaces) {
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        int end = at + surface.length();
        boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
        boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
        if (!wordStart || !wordEnd || taken[at] || taken[end - 1]) {
          continue;
        }
        for (int i = at; i < end; i++) {
          taken[i] = true;
        }
        MentionType type = surface.contains(" ") ? MentionType.FULL_NAME : MentionType.SURNAME;
        found.add(new Mention(SURFACES.get(surface), at, end, surface, type));
      }
    }
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }
}
