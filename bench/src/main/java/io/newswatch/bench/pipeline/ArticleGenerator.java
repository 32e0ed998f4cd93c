package io.newswatch.bench.pipeline;

import io.newswatch.common.model.Language;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic news articles in Serbian (Latin and Cyrillic), Russian and English: a catalogue
 * actor's reported statement and two direct quotes, one on Kosovo and Metohija and one on the UN
 * Security Council, Resolution 1244 or sanctions against Russia, then one or two comments by
 * people outside the catalogue on no watched topic, between background paragraphs, 2 to 5 KB of
 * text in all.
 *
 * <p>The alert service treats a statement as a reprint when its word bigrams overlap an earlier
 * statement of the same speaker by 0.6 or more, and as a translation when it shares enough names
 * and numbers with one in another language. A fixed template with only a serial number changed
 * would therefore be an echo from the second article on. So the quotes are frames whose slots are
 * filled with words drawn at random from a few hundred, which keeps the bigrams of two statements
 * almost disjoint, and each statement carries the article's own number. The capitalised words of
 * a statement are those of its topic (Kosovo and Metohija, the Security Council), too few to link
 * two statements as translations.
 */
final class ArticleGenerator {
  /** The topic of an article's second quote. */
  private enum SecondTopic {
    UNSC,
    RES1244,
    SANCTIONS
  }

  /** A catalogue actor as one edition writes them. */
  record Speaker(String fullName, String surname, boolean female, String role) {}

  /** The first name and title of someone outside the catalogue; the surname is drawn apart. */
  private record Commentator(String firstName, boolean female, String role) {}

  /** A generated article; {@code paragraphs} are its main text, in order. */
  record GeneratedArticle(int serial, Language language, String title, List<String> paragraphs, int statements) {
    String text() {
      return String.join("\n\n", paragraphs);
    }

    int textBytes() {
      return text().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The feed summary: the lead cut to about 200 characters, short enough that ingest fetches the page. */
    String summary() {
      String lead = paragraphs.getFirst();
      if (lead.length() <= 200) {
        return lead;
      }
      int cut = lead.lastIndexOf(' ', 200);
      return lead.substring(0, cut > 0 ? cut : 200) + " …";
    }
  }

  /** The words and phrases of one base language; Serbian Cyrillic is generated in Latin and transliterated. */
  private record Vocabulary(
      List<String> nouns,
      List<String> adjectives,
      List<String> verbs,
      List<String> modals,
      List<String> conjunctions,
      List<String> kosovo,
      String unsc,
      String res1244,
      String sanctions,
      List<String> leadFrames,
      List<String> kosovoFrames,
      List<String> topicFrames,
      List<String> extraFrames,
      List<Commentator> commentators,
      List<String> commentatorSurnames,
      List<String> fillers,
      List<Speaker> speakers) {}

  private static final Vocabulary SERBIAN = new Vocabulary(
      List.of("saradnja", "stabilnost", "dogovor", "pregovori", "region", "narod", "granica", "opštine", "odluka",
          "rešenje", "proces", "mir", "poverenje", "pitanje", "zakon", "investicije", "infrastruktura", "škole",
          "bolnice", "manastiri", "imovina", "prava", "sloboda", "budućnost", "istorija", "obaveze", "pritisak",
          "pomoć", "kriza", "napetost", "situacija", "plan", "predlog", "zahtevi", "principi", "suverenitet",
          "teritorija", "porodice", "sela", "putevi", "mostovi", "poslovi", "poljoprivrednici", "penzije",
          "sudovi", "izbori", "dokumenti", "garancije", "kompromis", "dostojanstvo", "nasleđe", "deca",
          "radnici", "budžet", "reforme", "mladi", "povratnici", "zdravstvo", "obrazovanje", "privreda",
          "jedinstvo", "strpljenje", "odgovornost", "vodovod", "struja", "zemljište", "katastar", "pošta",
          "prevoz", "domovi", "crkvište", "groblja", "spomenici", "biblioteke", "fabrike", "njive"),
      List.of("trajni", "pravedni", "ozbiljni", "ključni", "održivi", "jasni", "dugoročni", "zajednički", "novi",
          "mirni", "odgovorni", "realni", "konkretni", "pravni", "ekonomski", "istorijski", "principijelni",
          "teški", "krhki", "odlučni", "pažljivi", "pošteni", "praktični", "hitni", "široki", "skromni",
          "otvoreni", "postojani", "čvrsti", "lokalni", "uzajamni", "privremeni", "svakodnevni", "obnovljeni"),
      List.of("braniti", "čuvati", "graditi", "menjati", "poštovati", "odbaciti", "prihvatiti", "tražiti",
          "obnoviti", "zaustaviti", "jačati", "obezbediti", "sačuvati", "garantovati", "preispitati",
          "unaprediti", "proširiti", "odložiti", "ispitati", "završiti", "finansirati", "pratiti", "rešiti",
          "popraviti", "podržavati", "zaštititi", "urediti", "vratiti", "otvoriti", "zatvoriti"),
      List.of("moramo", "možemo", "nećemo", "ne smemo", "želimo", "hoćemo", "moraju", "mogu"),
      List.of("i", "ali", "jer", "a", "dok", "pa"),
      List.of("na Kosovu i Metohiji", "na Kosovu", "za Kosovo i Metohiju", "o Kosovu"),
      "Savet bezbednosti UN",
      "rezolucija 1244",
      "sankcije protiv Rusije",
      List.of(
          "{A} {N} {K} {M} {V} {A} {N} i {A} {N}, {C} {A} {N} {M} {V} {N} {#}",
          "{N} i {N} {K} {M} {V} {A} {N}, {C} {A} {N} {M} {V} {N} {A} {N} {#}"),
      List.of(
          "{A} {N} i {A} {N} {M} {V} {N} {K}, {C} {A} {N} {M} {V} {A} {N} {N} {#}",
          "{N} {K} {M} {V} {A} {N}, {C} {A} {N} i {N} {M} {V} {A} {N} {A} {N} {#}",
          "{M} {V} {A} {N} {K} bez {A} {N}, {C} {A} {N} {M} {V} {N} {N} {#}"),
      List.of(
          "{T} {M} {V} {A} {N} i {A} {N}, {C} {A} {N} {M} {V} {N} {N} {#}",
          "{A} {N} {M} {V} {T}, {C} {N} i {A} {N} {M} {V} {A} {N} {N} {#}"),
      List.of(
          "{A} {N} i {A} {N} {M} {V} {A} {N}, {C} {N} {M} {V} {A} {N} {#}",
          "{N} {M} {V} {A} {N} bez {A} {N}, {C} {A} {N} {M} {V} {N} {#}"),
      List.of(
          new Commentator("Petar", false, "Politički analitičar"),
          new Commentator("Milan", false, "Politički analitičar"),
          new Commentator("Dragan", false, "Politički analitičar"),
          new Commentator("Nenad", false, "Profesor"),
          new Commentator("Jelena", true, "Politička analitičarka"),
          new Commentator("Marija", true, "Profesorka"),
          new Commentator("Ivana", true, "Politička analitičarka")),
      List.of("Jovanović", "Petrović", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović",
          "Kostić", "Ristić", "Lazić", "Savić", "Tomić", "Simić"),
      List.of(
          "Sastanak je trajao više od dva sata i održan je iza zatvorenih vrata.",
          "Novinarima nije bilo dozvoljeno da prisustvuju razgovorima.",
          "Tema je u poslednjih nekoliko nedelja bila u centru pažnje domaće javnosti.",
          "Prethodni razgovori na ovu temu završeni su bez konkretnog dogovora.",
          "Poseta je bila najavljena još prošlog meseca.",
          "Zvaničan izveštaj sa sastanka biće objavljen u narednim danima.",
          "U gradu su tokom dana bile pojačane mere obezbeđenja.",
          "Ovo je treći susret na visokom nivou od početka godine.",
          "Detalji razgovora za sada nisu poznati javnosti.",
          "Očekuje se da razgovori budu nastavljeni u narednim nedeljama.",
          "Lokalni mediji su tokom vikenda opširno izveštavali o ovoj temi.",
          "Saobraćaj u centru grada bio je otežan zbog mera obezbeđenja.",
          "Delegacije su se potom zadržale na radnom ručku.",
          "Naredni sastanak trebalo bi da bude održan pre kraja godine."),
      List.of(
          new Speaker("Aleksandar Vučić", "Vučić", false, "Predsednik Srbije"),
          new Speaker("Ana Brnabić", "Brnabić", true, "Predsednica Narodne skupštine"),
          new Speaker("Marko Đurić", "Đurić", false, "Ministar spoljnih poslova"),
          new Speaker("Vladimir Putin", "Putin", false, "Ruski predsednik"),
          new Speaker("Marija Zaharova", "Zaharova", true, "Portparolka ruskog ministarstva spoljnih poslova"),
          new Speaker("Sergej Lavrov", "Lavrov", false, "Šef ruske diplomatije"),
          new Speaker("Aleksandar Bocan-Harčenko", "Bocan-Harčenko", false, "Ruski ambasador")));

  private static final Vocabulary RUSSIAN = new Vocabulary(
      List.of("сотрудничество", "стабильность", "договоренность", "переговоры", "регион", "народ", "граница",
          "общины", "решение", "процесс", "мир", "доверие", "вопрос", "закон", "инвестиции", "инфраструктура",
          "школы", "больницы", "монастыри", "имущество", "права", "свобода", "будущее", "история",
          "обязательства", "давление", "помощь", "кризис", "напряженность", "ситуация", "план", "предложение",
          "требования", "принципы", "суверенитет", "территория", "семьи", "села", "дороги", "мосты", "фермеры",
          "пенсии", "суды", "выборы", "документы", "гарантии", "компромисс", "достоинство", "наследие", "дети",
          "рабочие", "бюджет", "реформы", "молодежь", "беженцы", "здравоохранение", "образование", "экономика",
          "единство", "терпение", "ответственность", "водопровод", "земля", "кадастр", "почта", "транспорт",
          "дома", "кладбища", "памятники", "библиотеки", "заводы", "поля"),
      List.of("прочный", "справедливый", "серьезный", "ключевой", "устойчивый", "ясный", "долгосрочный", "общий",
          "новый", "мирный", "ответственный", "реальный", "конкретный", "правовой", "экономический",
          "исторический", "принципиальный", "трудный", "хрупкий", "решительный", "осторожный", "честный",
          "практический", "срочный", "широкий", "скромный", "открытый", "твердый", "местный", "взаимный",
          "временный", "повседневный", "обновленный"),
      List.of("защищать", "сохранять", "строить", "менять", "уважать", "отвергать", "принимать", "восстанавливать",
          "останавливать", "укреплять", "обеспечивать", "гарантировать", "пересматривать", "улучшать",
          "расширять", "откладывать", "изучать", "завершать", "финансировать", "контролировать", "решать",
          "обновлять", "ремонтировать", "поддерживать", "охранять", "устраивать", "возвращать", "открывать",
          "закрывать", "беречь"),
      List.of("должны", "будем", "не позволим", "не можем", "готовы", "обязаны", "хотим", "намерены"),
      List.of("и", "но", "а", "потому что", "пока", "поэтому"),
      List.of("в Косове и Метохии", "в Косове", "для Косова и Метохии", "по Косову"),
      "Совет Безопасности ООН",
      "резолюция 1244",
      "антироссийские санкции",
      List.of(
          "{A} {N} {K} {M} {V} {A} {N} и {A} {N}, {C} {A} {N} {M} {V} {N} {#}",
          "{N} и {N} {K} {M} {V} {A} {N}, {C} {A} {N} {M} {V} {N} {A} {N} {#}"),
      List.of(
          "{A} {N} и {A} {N} {M} {V} {N} {K}, {C} {A} {N} {M} {V} {A} {N} {N} {#}",
          "{N} {K} {M} {V} {A} {N}, {C} {A} {N} и {N} {M} {V} {A} {N} {A} {N} {#}",
          "{M} {V} {A} {N} {K} без {A} {N}, {C} {A} {N} {M} {V} {N} {N} {#}"),
      List.of(
          "{T} {M} {V} {A} {N} и {A} {N}, {C} {A} {N} {M} {V} {N} {N} {#}",
          "{A} {N} {M} {V} {T}, {C} {N} и {A} {N} {M} {V} {A} {N} {N} {#}"),
      List.of(
          "{A} {N} и {A} {N} {M} {V} {A} {N}, {C} {N} {M} {V} {A} {N} {#}",
          "{N} {M} {V} {A} {N} без {A} {N}, {C} {A} {N} {M} {V} {N} {#}"),
      List.of(
          new Commentator("Иван", false, "Политолог"),
          new Commentator("Игорь", false, "Политолог"),
          new Commentator("Андрей", false, "Эксперт"),
          new Commentator("Олег", false, "Профессор"),
          new Commentator("Елена", true, "Политолог"),
          new Commentator("Ольга", true, "Эксперт"),
          new Commentator("Татьяна", true, "Профессор")),
      List.of("Смирнов", "Кузнецов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Волков", "Васильев",
          "Зайцев"),
      List.of(
          "Встреча продолжалась более двух часов и прошла за закрытыми дверями.",
          "Журналистов на переговоры не допустили.",
          "Тема в последние недели находится в центре внимания общественности.",
          "Предыдущие переговоры на эту тему завершились без конкретной договоренности.",
          "Визит был запланирован еще в прошлом месяце.",
          "Официальный отчет о встрече будет опубликован в ближайшие дни.",
          "В течение дня в городе были усилены меры безопасности.",
          "Это уже третья встреча на высоком уровне с начала года.",
          "Подробности беседы пока не раскрываются.",
          "Переговоры, по всей видимости, продолжатся в ближайшие недели.",
          "Местные СМИ в выходные подробно освещали эту тему.",
          "Движение в центре города было затруднено из-за мер безопасности.",
          "Затем делегации продолжили общение за рабочим обедом.",
          "Следующая встреча может состояться до конца года."),
      List.of(
          new Speaker("Александр Вучич", "Вучич", false, "Президент Сербии"),
          new Speaker("Владимир Путин", "Путин", false, "Президент России"),
          new Speaker("Мария Захарова", "Захарова", true, "Официальный представитель МИД России"),
          new Speaker("Сергей Лавров", "Лавров", false, "Министр иностранных дел России"),
          new Speaker("Василий Небензя", "Небензя", false, "Постпред России при ООН"),
          new Speaker("Дмитрий Песков", "Песков", false, "Пресс-секретарь президента России"),
          new Speaker("Марко Джурич", "Джурич", false, "Глава МИД Сербии")));

  private static final Vocabulary ENGLISH = new Vocabulary(
      List.of("cooperation", "stability", "agreement", "talks", "region", "people", "borders", "municipalities",
          "decisions", "solution", "process", "peace", "trust", "question", "laws", "investment", "infrastructure",
          "schools", "hospitals", "monasteries", "property", "rights", "freedom", "future", "history",
          "obligations", "pressure", "assistance", "crisis", "tension", "situation", "plans", "proposals",
          "demands", "principles", "sovereignty", "territory", "families", "villages", "roads", "bridges", "jobs",
          "farmers", "pensions", "courts", "elections", "documents", "guarantees", "compromise", "dignity",
          "heritage", "children", "workers", "budget", "reforms", "youth", "returnees", "healthcare", "education",
          "economy", "unity", "patience", "responsibility", "water supply", "land", "registry", "post offices",
          "transport", "homes", "cemeteries", "monuments", "libraries", "factories", "fields"),
      List.of("lasting", "fair", "serious", "key", "sustainable", "clear", "long-term", "common", "new", "peaceful",
          "responsible", "realistic", "concrete", "legal", "economic", "historic", "principled", "difficult",
          "fragile", "decisive", "careful", "honest", "practical", "urgent", "broad", "modest", "open", "steady",
          "firm", "local", "mutual", "temporary", "everyday", "renewed"),
      List.of("defend", "protect", "build", "change", "respect", "reject", "accept", "restore", "stop",
          "strengthen", "ensure", "preserve", "guarantee", "secure", "rebuild", "review", "improve", "expand",
          "delay", "examine", "finish", "fund", "monitor", "settle", "renew", "repair", "uphold", "resolve",
          "reopen", "safeguard"),
      List.of("must", "will", "cannot", "should", "will not", "can", "need to", "intend to"),
      List.of("and", "but", "while", "because", "so"),
      List.of("in Kosovo and Metohija", "in Kosovo", "for Kosovo and Metohija", "on Kosovo"),
      "the UN Security Council",
      "Resolution 1244",
      "sanctions against Russia",
      List.of(
          "{A} {N} {K} {M} {V} {A} {N} and {A} {N}, {C} {A} {N} {M} {V} {N} {#}",
          "{N} and {N} {K} {M} {V} {A} {N}, {C} {A} {N} {M} {V} {N} {A} {N} {#}"),
      List.of(
          "{A} {N} and {A} {N} {M} {V} the {N} {K}, {C} {A} {N} {M} {V} {A} {N} {N} {#}",
          "The {N} {K} {M} {V} {A} {N}, {C} {A} {N} and {N} {M} {V} {A} {N} {A} {N} {#}",
          "We {M} {V} {A} {N} {K} without {A} {N}, {C} {A} {N} {M} {V} {N} {N} {#}"),
      List.of(
          "{T} {M} {V} {A} {N} and {A} {N}, {C} {A} {N} {M} {V} {N} {N} {#}",
          "{A} {N} {M} {V} {T}, {C} {N} and {A} {N} {M} {V} {A} {N} {N} {#}"),
      List.of(
          "{A} {N} and {A} {N} {M} {V} {A} {N}, {C} {N} {M} {V} {A} {N} {#}",
          "{N} {M} {V} {A} {N} without {A} {N}, {C} {A} {N} {M} {V} {N} {#}"),
      List.of(
          new Commentator("John", false, "Political analyst"),
          new Commentator("David", false, "Political analyst"),
          new Commentator("Michael", false, "Professor"),
          new Commentator("James", false, "Professor"),
          new Commentator("Sarah", true, "Political analyst"),
          new Commentator("Emma", true, "Professor"),
          new Commentator("Laura", true, "Political analyst")),
      List.of("Clark", "Turner", "Wood", "Hughes", "Walker", "Baker", "Hall", "Young"),
      List.of(
          "The meeting lasted more than two hours and was held behind closed doors.",
          "Journalists were not allowed to attend the talks.",
          "The subject has been at the centre of public attention in recent weeks.",
          "Previous talks on the subject ended without a concrete agreement.",
          "The visit was planned last month.",
          "An official report on the meeting is expected in the coming days.",
          "Security measures in the city were tightened during the day.",
          "This is the third high-level meeting since the start of the year.",
          "Details of the conversation have not been made public.",
          "The talks are expected to continue in the coming weeks.",
          "Local media covered the subject at length over the weekend.",
          "Traffic in the city centre was disrupted by the security measures.",
          "The delegations then continued their conversation over a working lunch.",
          "The next meeting could take place before the end of the year."),
      List.of(
          new Speaker("Aleksandar Vucic", "Vucic", false, "Serbian President"),
          new Speaker("Vladimir Putin", "Putin", false, "Russian President"),
          new Speaker("Maria Zakharova", "Zakharova", true, "Russian Foreign Ministry Spokeswoman"),
          new Speaker("Sergey Lavrov", "Lavrov", false, "Russian Foreign Minister"),
          new Speaker("Vasily Nebenzya", "Nebenzya", false, "Russia's UN envoy"),
          new Speaker("Ana Brnabic", "Brnabic", true, "Serbian Parliament Speaker"),
          new Speaker("Marko Djuric", "Djuric", false, "Serbian Foreign Minister")));

  /** Numbers in the text start here, so every one has the two digits the translation check counts. */
  private static final int NUMBER_BASE = 10_000;

  private final long seed;

  ArticleGenerator(long seed) {
    this.seed = seed;
  }

  /** The article of this serial in this language, the same for the same seed every time. */
  GeneratedArticle generate(int serial, Language language, Instant published) {
    Random random = new Random(seed * 1_000_003L + serial);
    Vocabulary v = switch (language) {
      case SR_LATN, SR_CYRL -> SERBIAN;
      case RU -> RUSSIAN;
      case EN -> ENGLISH;
    };
    Speaker speaker = pick(v.speakers(), random);
    SecondTopic second = SecondTopic.values()[random.nextInt(SecondTopic.values().length)];
    String topicPhrase = switch (second) {
      case UNSC -> v.unsc();
      case RES1244 -> v.res1244();
      case SANCTIONS -> v.sanctions();
    };
    String number = Integer.toString(NUMBER_BASE + serial);
    String leadClause = fill(pick(v.leadFrames(), random), v, random, number, topicPhrase);
    String kosovoQuote = capitalise(fill(pick(v.kosovoFrames(), random), v, random, number, topicPhrase));
    String topicQuote = capitalise(fill(pick(v.topicFrames(), random), v, random, number, topicPhrase));

    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(lead(language, speaker, leadClause, published));
    paragraphs.add(quote(language, speaker, kosovoQuote, false));
    paragraphs.add(background(v, random));
    paragraphs.add(quote(language, speaker, topicQuote, true));
    // One or two comments by people outside the catalogue (an analyst, a professor), on no watched
    // topic, as most of what an article quotes is.
    int extra = 1 + random.nextInt(2);
    for (int i = 0; i < extra; i++) {
      paragraphs.add(background(v, random));
      String clause = fill(pick(v.extraFrames(), random), v, random, number, topicPhrase);
      paragraphs.add(comment(language, commentator(language, v, random), clause));
    }
    int targetBytes = 2_000 + random.nextInt(3_000);
    while (utf8Length(paragraphs, language) < targetBytes) {
      paragraphs.add(background(v, random));
    }
    String title = speaker.surname() + ": " + capitalise(pick(v.adjectives(), random) + " " + pick(v.nouns(), random))
        + " " + pick(v.kosovo(), random) + " (" + number + ")";
    if (language == Language.SR_CYRL) {
      paragraphs.replaceAll(SerbianCyrillic::of);
      title = SerbianCyrillic.of(title);
    }
    // The lead, the two quotes and the comments.
    return new GeneratedArticle(serial, language, title, List.copyOf(paragraphs), 3 + extra);
  }

  private static String lead(Language language, Speaker s, String clause, Instant published) {
    return switch (language) {
      case SR_LATN, SR_CYRL -> s.role() + " " + s.fullName() + (s.female() ? " izjavila" : " izjavio")
          + " je danas da " + clause + ".";
      case RU -> s.role() + " " + s.fullName() + (s.female() ? " заявила" : " заявил") + " сегодня, что " + clause
          + ".";
      case EN -> s.role() + " " + s.fullName() + " said on "
          + published.atZone(ZoneOffset.UTC).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          + " that " + clause + ".";
    };
  }

  private static String quote(Language language, Speaker s, String words, boolean added) {
    return switch (language) {
      case SR_LATN -> "»" + words + "«, " + serbianVerb(s, added) + " je " + s.surname() + ".";
      case SR_CYRL -> "„" + words + "”, " + serbianVerb(s, added) + " je " + s.surname() + ".";
      case RU -> "«" + words + "», — " + (added ? "добавил" : "сказал") + (s.female() ? "а " : " ") + s.surname() + ".";
      case EN -> "“" + words + ",” " + s.surname() + (added ? " added." : " said.");
    };
  }

  /** Someone not in the actor catalogue, with a name from the language's common ones. */
  private static Speaker commentator(Language language, Vocabulary v, Random random) {
    Commentator who = pick(v.commentators(), random);
    String surname = pick(v.commentatorSurnames(), random);
    if (language == Language.RU && who.female()) {
      surname = surname + "а";
    }
    return new Speaker(who.firstName() + " " + surname, surname, who.female(), who.role());
  }

  /** "Politički analitičar Petar Ilić ocenio je da ...", "Политолог Иван Козлов отметил, что ...". */
  private static String comment(Language language, Speaker s, String clause) {
    return switch (language) {
      case SR_LATN, SR_CYRL -> s.role() + " " + s.fullName() + (s.female() ? " ocenila" : " ocenio") + " je da "
          + clause + ".";
      case RU -> s.role() + " " + s.fullName() + (s.female() ? " отметила" : " отметил") + ", что " + clause + ".";
      case EN -> s.role() + " " + s.fullName() + " noted that " + clause + ".";
    };
  }

  private static String serbianVerb(Speaker s, boolean added) {
    if (added) {
      return s.female() ? "dodala" : "dodao";
    }
    return s.female() ? "rekla" : "rekao";
  }

  private static String background(Vocabulary v, Random random) {
    int sentences = 2 + random.nextInt(2);
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < sentences) {
      String sentence = pick(v.fillers(), random);
      if (!chosen.contains(sentence)) {
        chosen.add(sentence);
      }
    }
    return String.join(" ", chosen);
  }

  private static String fill(String frame, Vocabulary v, Random random, String number, String topicPhrase) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < frame.length()) {
      int open = frame.indexOf('{', i);
      if (open < 0) {
        out.append(frame, i, frame.length());
        break;
      }
      out.append(frame, i, open);
      char slot = frame.charAt(open + 1);
      out.append(switch (slot) {
        case 'A' -> pick(v.adjectives(), random);
        case 'N' -> pick(v.nouns(), random);
        case 'V' -> pick(v.verbs(), random);
        case 'M' -> pick(v.modals(), random);
        case 'C' -> pick(v.conjunctions(), random);
        case 'K' -> pick(v.kosovo(), random);
        case 'T' -> topicPhrase;
        case '#' -> number;
        default -> throw new IllegalArgumentException("unknown slot {" + slot + "} in " + frame);
      });
      i = frame.indexOf('}', open) + 1;
    }
    return out.toString();
  }

  private static int utf8Length(List<String> paragraphs, Language language) {
    int bytes = 0;
    for (String p : paragraphs) {
      // Cyrillic letters take two bytes where the Latin text they will become takes one or two.
      String text = language == Language.SR_CYRL ? SerbianCyrillic.of(p) : p;
      bytes += text.getBytes(StandardCharsets.UTF_8).length + 2;
    }
    return bytes;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static <T> T pick(List<T> items, Random random) {
    return items.get(random.nextInt(items.size()));
  }
}
