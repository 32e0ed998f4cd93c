package io.newswatch.enrich.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Language;
import io.newswatch.enrich.statements.StatementExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorMatcherTest {
  static final String VUCIC = "Q55223";
  static final String ANDREJ = "Q1562937";
  static final String ZAKHAROVA = "Q4525817";
  static final String BOTSAN = "Q4098573";
  static final String PUTIN = "Q7747";
  static final String NATO = "Q7184";

  static ActorCatalogue catalogue;
  static ActorMatcher matcher;

  @BeforeAll
  static void load() throws Exception {
    catalogue = ActorCatalogue.load(Path.of(ActorMatcherTest.class.getResource("/actors-test.yaml").toURI()));
    matcher = new ActorMatcher(catalogue);
  }

  private static List<String> ids(String text, Language language) {
    return matcher.find(text, language).stream().map(Mention::actorId).toList();
  }

  @Test
  void badCatalogueEntryIsReportedWithItsIdAndSkipped() {
    assertTrue(catalogue.byId("nw:broken").isEmpty());
    assertEquals(1, catalogue.problems().size());
    assertTrue(catalogue.problems().get(0).startsWith("nw:broken"), catalogue.problems().toString());
    assertTrue(catalogue.byId(VUCIC).isPresent());
    assertEquals(7, catalogue.all().size());
  }

  @Test
  void aBodyLinkIsReadAndOneToNoOrganisationIsReported(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.yaml"), """
        actors:
          - {id: nw:ministry, name: Ministry, kind: organisation, country: RS, role: a ministry, names: {en: [The Ministry]}}
          - {id: nw:minister, name: Ana Minister, kind: person, gender: female, country: RS, role: minister,
             names: {en: [Ana Minister]}, body: nw:ministry}
          - {id: nw:typo, name: Ivo Typo, kind: person, gender: male, country: RS, role: minister,
             names: {en: [Ivo Typo]}, body: nw:ministy}
        """);
    ActorCatalogue loaded = ActorCatalogue.load(file);
    assertEquals("nw:ministry", loaded.byId("nw:minister").orElseThrow().body());
    assertEquals(List.of("nw:typo: body 'nw:ministy' is not an organisation of the catalogue"), loaded.problems());
    assertTrue(loaded.byId("nw:typo").isPresent(), "the actor is kept; only its link goes nowhere");
  }

  @Test
  void fileWithoutAListIsAClearError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.yaml"), "actors: 3\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorCatalogue.load(file));
    assertTrue(e.getMessage().contains("no list of actors"), e.getMessage());
  }

  @Test
  void serbianInflectedFormsInBothScriptsAndWithoutDiacritics() {
    String latin = "Predsednik Aleksandar Vučić sastao se sa Putinom. Vučiću je rečeno da Vucica podržavaju, a Vučićem su zadovoljni.";
    List<Mention> mentions = matcher.find(latin, Language.SR_LATN);
    assertEquals(List.of(VUCIC, PUTIN, VUCIC, VUCIC, VUCIC), mentions.stream().map(Mention::actorId).toList());
    assertEquals("Aleksandar Vučić", mentions.get(0).surface());
    assertEquals(MentionType.FULL_NAME, mentions.get(0).type());
    assertEquals("Putinom", mentions.get(1).surface());
    assertEquals(MentionType.SURNAME, mentions.get(1).type());
    for (Mention m : mentions) {
      assertEquals(m.surface(), latin.substring(m.start(), m.end()));
    }
    assertEquals(List.of(VUCIC, ZAKHAROVA, VUCIC), ids("Председник Александар Вучић. Захаровој је одговорио Вучић.", Language.SR_CYRL));
  }

  @Test
  void hyphenatedSurnameInflectedAndAcrossScripts() {
    List<Mention> mentions =
        matcher.find("Ambasador Aleksandar Bocan-Harčenko je rekao... Prema rečima Bocan-Harčenka, Rusija pomaže.", Language.SR_LATN);
    assertEquals(List.of(BOTSAN, BOTSAN), mentions.stream().map(Mention::actorId).toList());
    assertEquals("Bocan-Harčenka", mentions.get(1).surface());
    assertEquals(List.of(BOTSAN), ids("По речима Боцан-Харченка, Русија помаже.", Language.SR_CYRL));
    assertEquals(List.of(BOTSAN), ids("Russian Ambassador Alexander Botsan-Kharchenko said", Language.EN));
  }

  @Test
  void russianInflections() {
    List<Mention> mentions = matcher.find("Мария Захарова заявила... Захаровой ответил Путину Вучич.", Language.RU);
    assertEquals(List.of(ZAKHAROVA, ZAKHAROVA, PUTIN, VUCIC), mentions.stream().map(Mention::actorId).toList());
    assertEquals("Захаровой", mentions.get(1).surface());
    assertEquals(List.of(ZAKHAROVA), ids("Мария Владимировна Захарова заявила", Language.RU));
  }

  @Test
  void englishWithAndWithoutDiacriticsAndPossessive() {
    List<Mention> mentions = matcher.find("Aleksandar Vučić met Zakharova. Vucic's call to NATO was noted.", Language.EN);
    assertEquals(List.of(VUCIC, ZAKHAROVA, VUCIC, NATO), mentions.stream().map(Mention::actorId).toList());
    assertEquals("Aleksandar Vučić", mentions.get(0).surface());
    assertEquals("Vucic", mentions.get(2).surface());
  }

  @Test
  void surnameResolvesToTheActorNamedInFullEarlier() {
    // Vučić alone is ambiguous in this catalogue (Aleksandar and Andrej): it follows the full name.
    assertEquals(List.of(ANDREJ, ANDREJ), ids("Andrej Vučić je biznismen. Vučić je to porekao.", Language.SR_LATN));
    assertEquals(List.of(VUCIC, VUCIC), ids("Aleksandar Vučić je predsednik. Vučić je to porekao.", Language.SR_LATN));
    // Named in full only later: still resolved, as the only carrier the text names.
    assertEquals(List.of(ANDREJ, ANDREJ), ids("Vučić je to porekao, rekao je Andrej Vučić.", Language.SR_LATN));
    // Never named in full and ambiguous: left out rather than guessed.
    assertEquals(List.of(), ids("Vučić je to porekao.", Language.SR_LATN));
    // Unambiguous surname never seen in full.
    assertEquals(List.of(ZAKHAROVA), ids("Zaharova je to rekla.", Language.SR_LATN));
  }

  @Test
  void noMatchInsideOtherWordsOrOnCommonWords() {
    assertEquals(List.of(), ids("Putinizam i praputinski pogledi.", Language.SR_LATN));
    assertFalse(ids("To je mali korak.", Language.SR_LATN).contains("Q1338000"));
    assertEquals(List.of(), ids("Vučić. Aleksandar je otišao.", Language.SR_LATN).stream().filter(id -> !id.equals(VUCIC)).toList());
    assertEquals(List.of(), ids("Zakharovaville is a town.", Language.EN));
  }

  @Test
  void organisationAliasesAndInflection() {
    List<Mention> mentions = matcher.find("Srbija nije članica NATO-a niti Severnoatlantskog saveza.", Language.SR_LATN);
    assertEquals(List.of(NATO, NATO), mentions.stream().map(Mention::actorId).toList());
    assertEquals(MentionType.ALIAS, mentions.get(1).type());
    assertEquals(List.of(NATO), ids("Расширение НАТО", Language.RU));
    assertEquals(List.of(NATO), ids("Nato allies met.", Language.EN));
    // An acronym must be written as one: "Natom" is not NATO even though it stems alike.
    assertEquals(List.of(), ids("Natom i Nata.", Language.SR_LATN));
  }

  @Test
  void aShortAcronymOnlyInCapitalsSoTheCityWithoutItsDiacriticIsNoCompany() {
    // Before: "Nis" (Niš written without its diacritic) was a mention of the oil company NIS.
    ActorMatcher seeded = new ActorMatcher(ActorCatalogue.load(Path.of("..", "seeds", "actors.yaml")));
    List<String> city = seeded.find("Traffic is heavy near Nis, the police said.", Language.EN).stream().map(Mention::actorId).toList();
    assertFalse(city.contains("nw:nis"), city.toString());
    List<String> company = seeded.find("NIS raised fuel prices, and NIS's rivals followed.", Language.EN).stream()
        .map(Mention::actorId).toList();
    assertEquals(List.of("nw:nis", "nw:nis"), company);
  }

  @Test
  void theProjectActorCatalogueLoadsAndFindsTheOfficialsOfTheSampleStories() {
    Path seeds = Path.of("..", "seeds", "actors.yaml");
    if (!Files.exists(seeds)) {
      return;
    }
    ActorCatalogue seeded = ActorCatalogue.load(seeds);
    assertEquals(List.of(), seeded.problems());
    ActorMatcher all = new ActorMatcher(seeded);
    List<String> en =
        all.find(
                "Russian Ambassador to Serbia Alexander Botsan-Kharchenko said Serbia can rely on Russia. "
                    + "Maria Zakharova backed President Vučić. Zakharova added that Vucic was right.",
                Language.EN)
            .stream()
            .map(Mention::actorId)
            .toList();
    assertEquals(
        List.of("nw:alexander-botsan-kharchenko", "nw:maria-zakharova", "nw:aleksandar-vucic", "nw:maria-zakharova", "nw:aleksandar-vucic"),
        en);
    List<String> sr =
        all.find("Амбасадор Боцан-Харченко рекао је да Вучићу Русија помаже, а Захарова то потврдила.", Language.SR_CYRL)
            .stream()
            .map(Mention::actorId)
            .toList();
    assertEquals(List.of("nw:alexander-botsan-kharchenko", "nw:aleksandar-vucic", "nw:maria-zakharova"), sr);
  }

  private static ActorMatcher seeded;

  /** The matcher over the project's own catalogue, or null when the seeds are not at hand. */
  private static List<String> seededIds(String text, Language language) {
    if (seeded == null) {
      seeded = new ActorMatcher(ActorCatalogue.load(Path.of("..", "seeds", "actors.yaml")));
    }
    return seeded.find(text, language).stream().map(Mention::actorId).toList();
  }

  @Test
  void aSurnameAfterAGivenNameTheActorDoesNotGoByIsSomeoneElse() {
    ActorCatalogue seededCatalogue = ActorCatalogue.load(Path.of("..", "seeds", "actors.yaml"));
    ActorMatcher withNames = new ActorMatcher(seededCatalogue, new StatementExtractor(seededCatalogue)::givenName);
    ActorMatcher without = new ActorMatcher(seededCatalogue);
    String en = "John Rubio, a farmer near Loznica, said the wells were poisoned. Rubio asked for tests.";
    // Without given names the surname still resolves to the catalogue's only Rubio: the case fixed.
    assertEquals(List.of("Q324546", "Q324546"), ids(without, en, Language.EN));
    assertEquals(List.of(), ids(withNames, en, Language.EN));
    assertEquals(List.of(), ids(withNames, "Marko Lavrov je rekao da su bunari zatrovani.", Language.SR_LATN));
    assertEquals(List.of(), ids(withNames, "Autor: Ana Nikolić", Language.SR_LATN));
    // In another case (Marka, Ивана) the given name still tells.
    assertEquals(List.of(), ids(withNames, "Pitali smo Marka Lavrova šta misli.", Language.SR_LATN));
    assertEquals(List.of(), ids(withNames, "Мы спросили Ивана Захарова.", Language.RU));
    // The actor's own given name in a spelling the catalogue lacks, a title, a sentence's first
    // word: the surname is the actor's.
    assertEquals(List.of("nw:aleksandar-vucic"), ids(withNames, "Alexandar Vucic spoke first.", Language.EN));
    assertEquals(List.of("nw:sergey-lavrov"), ids(withNames, "Minister Lavrov spoke first.", Language.EN));
    assertEquals(List.of("nw:sergey-lavrov"), ids(withNames, "Lavrov spoke first.", Language.EN));
    // A given name before a surname is no catalogue surname its stem meets (Boris, Borel).
    assertEquals(List.of("nw:josep-borrell"), ids(without, "ministar Boris Bratina", Language.SR_LATN));
    assertEquals(List.of(), ids(withNames, "ministar Boris Bratina", Language.SR_LATN));
  }

  private static List<String> ids(ActorMatcher matcher, String text, Language language) {
    return matcher.find(text, language).stream().map(Mention::actorId).toList();
  }

  @Test
  void aSurnameThatIsAlsoAPlaceWordMeansItsCarrierOnlyAfterTheFullName() {
    // Before: "Mali" of Mali Iđoš, and the country Mali, were Siniša Mali wherever the text had no
    // other Mali.
    assertEquals(List.of(), seededIds("Farmers from Bačka Topola and Mali Iđoš said the harvest is lost.", Language.EN));
    assertEquals(List.of(), seededIds("French troops left Mali last year.", Language.EN));
    assertEquals(List.of("nw:sinisa-mali", "nw:sinisa-mali"),
        seededIds("Siniša Mali je predstavio budžet. Mali je rekao da deficit pada.", Language.SR_LATN));
    // A surname without the flag still means its only carrier before any full name.
    assertEquals(List.of("nw:aleksandar-vucic"), seededIds("Vučić je rekao da deficit pada.", Language.SR_LATN));
  }

  @Test
  void aCommonSurnameMeansItsCatalogueCarrierOnlyAfterTheFullName() {
    // Before: the playwright Jovan Sterija Popović, in the genitive, was the minister Nenad
    // Popović, and the firm Miller Tabak was Gazprom's Alexey Miller.
    assertEquals(List.of(), seededIds("Редитељка поставља „Покондирену тикву“ Јована Стерије Поповића.", Language.SR_CYRL));
    assertEquals(List.of(), seededIds("Matt Maley, equity strategist at Miller Tabak, says the stock is risky.", Language.EN));
    assertEquals(List.of(), seededIds("Dragan Nikolić, a farmer from Šabac, said the harvest is lost.", Language.EN));
    assertEquals(List.of("nw:nenad-popovic", "nw:nenad-popovic"),
        seededIds("Ministar Nenad Popović otputovao je u Moskvu. Popović je rekao da je sastanak važan.", Language.SR_LATN));
  }

  @Test
  void theFlagForASurnameAfterTheFullNameIsReadFromTheCatalogue(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.yaml"), """
        actors:
          - {id: nw:small, name: Ivo Mali, kind: person, gender: male, country: RS, role: minister,
             names: {en: [Ivo Mali]}, surnames: {en: [Mali]}, surnameAfterName: true}
          - {id: nw:plain, name: Ana Kos, kind: person, gender: female, country: RS, role: minister,
             names: {en: [Ana Kos]}, surnames: {en: [Kos]}}
        """);
    ActorCatalogue loaded = ActorCatalogue.load(file);
    assertTrue(loaded.byId("nw:small").orElseThrow().surnameAfterName());
    assertFalse(loaded.byId("nw:plain").orElseThrow().surnameAfterName());
    assertEquals(List.of("nw:plain"), ids(new ActorMatcher(loaded), "Mali and Kos spoke.", Language.EN));
  }

  @Test
  void nominativeWithAStemOfItsOwnStillMeetsTheOtherCases() {
    // Kurti stems to kurt, Kurtija and Kurtiju to kurtij: the catalogue's nominative must meet both.
    assertEquals(List.of("nw:albin-kurti"), seededIds("Ako vi ne zaustavite Kurtija, niko neće.", Language.SR_LATN));
    assertEquals(List.of("nw:albin-kurti"), seededIds("Влада Аљбина Куртија није коментарисала посету.", Language.SR_CYRL));
    // Лавров stems to лавр, Лаврову to лавров.
    assertEquals(List.of("nw:sergey-lavrov"), seededIds("Он передал Лаврову приглашение.", Language.RU));
  }

  @Test
  void aGivenNameWhoseAFallsAwayInTheOtherCasesStillMakesTheFullName() {
    // Petar stems to petar, Petra and Petrom to petr. Read as someone else's given name, the
    // oblique forms used to leave the surname after them nobody's.
    ActorCatalogue seededCatalogue = ActorCatalogue.load(Path.of("..", "seeds", "actors.yaml"));
    ActorMatcher withNames = new ActorMatcher(seededCatalogue, new StatementExtractor(seededCatalogue)::givenName);
    for (String[] text : new String[][] {
        {"sr-Latn", "Sastao se sa Petrom Petkovićem u Prištini.", "Petrom Petkovićem"},
        {"sr-Latn", "Pitali smo Petra Petkovića šta misli.", "Petra Petkovića"},
        {"sr-Cyrl", "Питали смо Петра Петковића шта мисли.", "Петра Петковића"},
        {"ru", "Он встретился с Петром Петковичем.", "Петром Петковичем"}}) {
      List<Mention> found = withNames.find(text[1], Language.fromTag(text[0]));
      assertEquals(List.of("nw:petar-petkovic " + text[2] + " FULL_NAME"),
          found.stream().map(m -> m.actorId() + " " + m.surface() + " " + m.type()).toList(), text[1]);
    }
  }

  @Test
  void serbianPossessiveOfASurnameNamesThePerson() {
    assertEquals(List.of("nw:albin-kurti"), seededIds("Misija je gledala kako Kurtijeva policija ulazi na sever.", Language.SR_LATN));
    assertEquals(List.of("nw:albin-kurti"), seededIds("Брисел толерише Куртијеве једностране потезе.", Language.SR_CYRL));
    // No possessive where it would meet a place name: Kos (Marta Kos) would give Kosov-, as in Kosovo.
    assertEquals(List.of(), seededIds("Na Kosovu i u Kosovskoj Mitrovici je mirno.", Language.SR_LATN).stream()
        .filter(id -> id.equals("nw:marta-kos")).toList());
  }

  @Test
  void surnameWithALowerCaseParticleIsCheckedOnItsCapitalisedWord() {
    assertEquals(List.of("Q60772", "Q60772"),
        seededIds("Ursula von der Leyen said so. Later von der Leyen told a press conference.", Language.EN));
    assertEquals(List.of("Q60772"), seededIds("Von der Leyen told a press conference.", Language.EN));
  }

  @Test
  void theUnInsideTheSecurityCouncilsNameIsNotASeparateMention() {
    assertEquals(List.of("Q37470"), seededIds("He spoke at a UN Security Council meeting.", Language.EN));
    assertEquals(List.of("Q37470"), seededIds("Москва будет добиваться в СБ ООН соблюдения резолюции.", Language.RU));
    assertEquals(List.of("Q37470"), seededIds("Sednica Saveta bezbednosti UN o Kosovu.", Language.SR_LATN));
    assertEquals(List.of("Q1065", "Q311440"), seededIds("Generalni sekretar UN Antonio Gutereš.", Language.SR_LATN));
  }

  @Test
  void aBareSecurityCouncilIsTheUnsWhenTheTextSaysSo() {
    // The text names the UN (and its Secretary-General): the bare council is the UN Security Council.
    List<String> un = seededIds(
        "Generalni sekretar UN Antonio Gutereš ocenio je u izveštaju Savetu bezbednosti da je stanje krhko.", Language.SR_LATN);
    assertTrue(un.contains("Q37470"), un.toString());
    List<String> ru = seededIds("Постоянный представитель РФ при ООН заявил на заседании Совета Безопасности, что...", Language.RU);
    assertTrue(ru.contains("Q37470"), ru.toString());
    // Russia's own Security Council named: a bare council is not taken for the UN's.
    List<String> russia = seededIds(
        "Заместитель председателя Совета безопасности РФ Дмитрий Медведев заявил, что ООН бессильна. Совет Безопасности соберется.",
        Language.RU);
    assertFalse(russia.contains("Q37470"), russia.toString());
    assertTrue(russia.contains("nw:security-council-of-russia"), russia.toString());
    // Nothing says whose: left out.
    assertEquals(List.of(), seededIds("Savet bezbednosti se sastao u petak.", Language.SR_LATN));
  }

  @Test
  void provisionalInstitutionsInPristinaAreTheKosovoInstitutions() {
    assertTrue(seededIds("Predsednica privremenih institucija u Prištini Vjosa Osmani izjavila je...", Language.SR_LATN)
        .contains("nw:kosovo-institutions"));
  }
}
