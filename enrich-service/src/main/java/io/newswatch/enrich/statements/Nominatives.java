package io.newswatch.enrich.statements;

import io.newswatch.common.model.Actor.Gender;
import io.newswatch.common.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The nominative of a Serbian or Russian personal name met in another case: "По словам
 * Джонатана Рейли", "Prema rečima Milice Petrović", "мы встретили Марину Ткаченко". The speaker
 * outside the catalogue is then known by the form another outlet's "Джонатан Рейли заявил" gives,
 * and the same words by that person get the same statement id in both.
 *
 * <p>The given name decides: its ending, checked against the lexicon's given names, says which
 * nominative it comes from and whether a man's or a woman's declension, and the surname follows
 * that declension. Only in a phrase known to take the genitive (по словам, prema rečima) is a
 * given name the lexicon does not know read as a man's when it ends in -a/-а (Джонатана); and
 * only there is a word that is a nominative itself read as a genitive (Ivana: Ivan's). These are
 * the regular endings of the declensions, not a morphology: an unusual name comes back unchanged
 * rather than wrong.
 */
final class Nominatives {
  private Nominatives() {}

  /** The nominative of {@code name}, a genitive of two or three words, in base language sr or ru. */
  static String ofGenitive(String name, String base, SpeechLexicon lexicon) {
    return nominative(name, base, lexicon, true);
  }

  /** The nominative of {@code name}, of two or three words in a case the text does not say. */
  static String ofAnyCase(String name, String base, SpeechLexicon lexicon) {
    return nominative(name, base, lexicon, false);
  }

  private static String nominative(String name, String base, SpeechLexicon lexicon, boolean genitive) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 3 || !("sr".equals(base) || "ru".equals(base))) {
      return name;
    }
    String last = words[words.length - 1];
    Given given = null;
    if (!genitive && "sr".equals(base) && words.length == 2 && endsWith(words[0], "a", "а") && endsWith(last, "u", "у")
        && last.length() > 3 && !isVowel(last.charAt(last.length() - 2))
        && lexicon.givenNameGender(Texts.matchKey(cut(words[0], 1))) == Gender.MALE) {
      // "осудио је ... Зорана Мрђу": a man's accusative, given name in -a beside a surname in -u,
      // which only a surname in -a takes there (Petrović's would be Petrovića). A woman's name is
      // no nominative with a surname in -u, and her accusative would be Zoranu Mrđu.
      return cut(words[0], 1) + " " + cut(last, 1) + (isCyrillic(last) ? "а" : "a");
    }
    // A Russian surname in -ич does not decline for a woman, so "-ича" shows a man's genitive too
    // ("режиссера Душана Стефановича").
    String mans = !genitive && endsWith(words[0], "a", "а")
        && ("sr".equals(base) && endsWith(last, "ića", "ића") || "ru".equals(base) && endsWith(last, "ича"))
        ? mansGivenNameOfA(words[0], lexicon) : null;
    if (mans == null && !genitive && "sr".equals(base) && endsWith(words[0], "e", "е") && words[0].length() > 3
        && endsWith(last, "ića", "ића")) {
      // "reditelja Nemanje Ristića": a man's name in -a declines as a woman's does (Nemanje, Luke,
      // Nikole), and his surname in -ića shows the case.
      String nominative = cut(words[0], 1) + (isCyrillic(words[0]) ? "а" : "a");
      mans = lexicon.givenNameGender(Texts.matchKey(nominative)) == Gender.MALE ? nominative : null;
    }
    if (mans != null) {
      // "poslanika Predraga Milosavljevića", "Dragana Milutinovića", "reditelja Marka Lazića": a
      // man's surname in -ić declined in -a shows the case (a woman's would not decline), and the
      // given name is his in it too.
      given = new Given(mans, Gender.MALE);
    } else if (!genitive && "sr".equals(base) && words.length == 2 && endsWith(words[0], "ija", "ија")
        && endsWith(last, "a", "а") && !lexicon.givenName(Texts.matchKey(words[0]))
        && lexicon.givenNameGender(Texts.matchKey(cut(words[0], 1))) == Gender.MALE) {
      // "потпредседника руске владе Аркадија Воронина": a man's name in -ij, which no woman's
      // name in -ija is here, declined in -a with his surname.
      given = new Given(cut(words[0], 1), Gender.MALE);
    } else if (!genitive && lexicon.givenName(Texts.matchKey(words[0]))) {
      return name; // a nominative already, or as good as one can tell (Ivana, Aleksandra)
    } else {
      given = givenName(words[0], lexicon, genitive, base);
      if (given == null && !genitive && "ru".equals(base)) {
        given = russianMansGenitive(words[0], lexicon);
      }
      if (given == null && !genitive && "ru".equals(base) && endsWith(last, "а")) {
        given = russianVelarGenitive(words[0], lexicon);
      }
    }
    if (!genitive && "sr".equals(base) && endsWith(words[0], "u", "у") && words[0].length() > 4
        && !isVowel(words[0].charAt(words[0].length() - 2)) && !endsWith(last, "a", "а", "e", "е", "u", "у", "i", "и", "o", "о")) {
      // "saslušao veštakinju Gordanu Pavlović": a Serbian accusative in -u with a surname that does
      // not decline is a woman's, whose name ends in -a; a man's surname would decline with it
      // (Gordanu Pavloviću, Zoranu Miloševiću), so Gordan's dative is not read here.
      return cut(words[0], 1) + (isCyrillic(words[0]) ? "а" : "a") + name.substring(words[0].length());
    }
    boolean womanInE = womansGivenName(cut(words[0], 1) + (isCyrillic(words[0]) ? "а" : "a"), lexicon);
    if (given == null && (genitive || womanInE) && "sr".equals(base) && endsWith(words[0], "e", "е")
        && (words[0].length() > 3 || womanInE) && !endsWith(last, "a", "а", "e", "е", "u", "у", "i", "и", "o", "о")) {
      // "Prema rečima Marijane Petrović": a Serbian genitive in -e with a surname that does not
      // decline is a woman's, whose name ends in -a (a man's Đorđe would be Đorđa Petrovića). A
      // short one only where the lexicon knows her name ("књижевнице Ане Марић").
      return cut(words[0], 1) + (isCyrillic(words[0]) ? "а" : "a") + name.substring(words[0].length());
    }
    if (given == null && !genitive && "sr".equals(base) && endsWith(words[0], "om", "ом") && words[0].length() > 5
        && !isVowel(words[0].charAt(words[0].length() - 3)) && endsWith(last, "em", "ем", "om", "ом")) {
      // "sa pregovaračem Fatmirom Kelmendijem": a given name the lexicon lacks, in -om after a
      // consonant, beside a surname in -em or -om: both a man's instrumental.
      given = new Given(cut(words[0], 2), Gender.MALE);
    }
    if (given == null && !genitive && "sr".equals(base) && endsWith(words[0], "em", "ем", "om", "ом")
        && words[0].length() > 5 && endsWith(last, "ovim", "овим", "evim", "евим", "inim", "иним") && last.length() > 6) {
      // "са руским амбасадором Алексејем Воронцовим": a surname in -ov, -ev or -in takes -im in a
      // man's instrumental, beside his given name in -em or -om, which the lexicon may lack.
      given = new Given(cut(words[0], 2), Gender.MALE);
    }
    if (given == null) {
      if (!genitive || !endsWith(words[0], "a", "а")) {
        return name; // neither a known name nor, where the genitive is certain, a man's
      }
      given = new Given(cut(words[0], 1), Gender.MALE);
    }
    if ("sr".equals(base) && given.gender() == Gender.MALE && !endsWith(last, "a", "а", "u", "у", "om", "ом", "em", "ем",
        "i", "и", "o", "о", "e", "е", "ovim", "овим", "evim", "евим", "inim", "иним")) {
      // A man's surname in a consonant declines (Petrovića): undeclined, it is no man's oblique
      // case, but it may be a woman's ("sa načelnicom Draganom Stevanović": Dragana's).
      String womans = womansGivenNameOfOtherCase(words[0], lexicon);
      return womans == null ? name : womans + name.substring(words[0].length());
    }
    List<String> out = new ArrayList<>();
    out.add(given.nominative());
    for (int i = 1; i < words.length; i++) {
      String surname = "ru".equals(base) ? russianSurname(words[i], given.gender()) : serbianSurname(words[i], given.gender());
      if ("ru".equals(base) && surname.equals(words[i]) && endsWith(surname, "ого", "его", "ому", "ему")) {
        return name; // "Игоря Бережного": Бережной or Бережный, which the ending does not say; left whole
      }
      out.add(surname);
    }
    return String.join(" ", out);
  }

  /**
   * Whether {@code word} is a given name of the lexicon, as it stands or, in Serbian and Russian,
   * in another case (Marka, Ивана, Nikolom).
   */
  static boolean isGivenName(String word, String base, SpeechLexicon lexicon) {
    if (lexicon.givenName(Texts.matchKey(word))) {
      return true;
    }
    return ("sr".equals(base) || "ru".equals(base))
        && (givenName(word, lexicon, true, base) != null || givenName(word, lexicon, false, base) != null);
  }

  /**
   * Whether {@code name} is a woman's given name of the lexicon: "Tamare" is then her genitive
   * ("poslanice Tamare Bogdanović"). Men's names in -e the lexicon lists (Đorđe, Rade) stop before
   * this is asked; others would be read as a woman's.
   */
  private static boolean womansGivenName(String name, SpeechLexicon lexicon) {
    String key = Texts.matchKey(name);
    // Jovana, Aleksandra: a woman's name that is also a man's genitive, which the list gives no
    // gender; its own genitive in -e (Jovane) is hers, since his (Jovana) never ends so.
    Gender gender = lexicon.givenNameGender(key);
    return gender == Gender.FEMALE || gender == null && lexicon.givenName(key);
  }

  /**
   * "губернатора Дмитрия Крылова", "Андрея Воронцова": a Russian man's name in -й or -ь takes -я in
   * the genitive (and the accusative), an ending no nominative of his has. A woman's name in -ия
   * (Мария) is listed as it stands and never gets here. Null for any other word.
   */
  private static Given russianMansGenitive(String word, SpeechLexicon lexicon) {
    if (!word.endsWith("я") || word.length() < 4) {
      return null;
    }
    for (String nominative : new String[] {cut(word, 1) + "й", cut(word, 1) + "ь"}) {
      if (lexicon.givenNameGender(Texts.matchKey(nominative)) == Gender.MALE) {
        return new Given(nominative, Gender.MALE);
      }
    }
    return null;
  }

  /**
   * The man's given name in -а whose genitive a Russian form in -и after г, к, х or a hushing
   * letter is, where Russian spelling writes и for ы (Луки: Лука), when the lexicon lists it as a
   * man's; else null. The caller has seen his surname's genitive in -а (Луки Радоичича).
   */
  private static Given russianVelarGenitive(String word, SpeechLexicon lexicon) {
    if (!word.endsWith("и") || word.length() < 4 || "гкхжшчщ".indexOf(word.charAt(word.length() - 2)) < 0) {
      return null;
    }
    String nominative = cut(word, 1) + "а";
    return lexicon.givenNameGender(Texts.matchKey(nominative)) == Gender.MALE ? new Given(nominative, Gender.MALE) : null;
  }

  /**
   * The woman's given name in -a that a Serbian dative, accusative or instrumental is of (Draganom,
   * Draganu, Dragani: Dragana), when the lexicon lists it as hers or without a gender (Dragana is
   * Dragan's genitive too); null otherwise.
   */
  private static String womansGivenNameOfOtherCase(String word, SpeechLexicon lexicon) {
    for (String ending : new String[] {"om", "ом", "u", "у", "i", "и"}) {
      if (word.endsWith(ending) && word.length() > ending.length() + 2) {
        String nominative = cut(word, ending.length()) + (isCyrillic(word) ? "а" : "a");
        if (womansGivenName(nominative, lexicon)) {
          return nominative;
        }
      }
    }
    return null;
  }

  /** A given name's nominative and the gender its ending shows. */
  private record Given(String nominative, Gender gender) {}

  /**
   * The man's given name a Serbian form in -a is the genitive or accusative of, or null: Predraga
   * is Predrag's, Marka Marko's, Đorđa Đorđe's, as the lexicon lists them.
   */
  private static String mansGivenNameOfA(String word, SpeechLexicon lexicon) {
    String stem = cut(word, 1);
    boolean cyrillic = isCyrillic(word);
    // Marka -> Marko, Đorđa -> Đorđe, and Radeta -> Rade, whose case endings follow a -t-.
    String shorter = endsWith(word, "eta", "ета") ? cut(word, 2) : stem;
    for (String nominative : new String[] {stem, stem + (cyrillic ? "о" : "o"), stem + (cyrillic ? "е" : "e"), shorter}) {
      if (lexicon.givenNameGender(Texts.matchKey(nominative)) == Gender.MALE) {
        return nominative;
      }
    }
    return null;
  }

  /**
   * Endings of given names in the genitive and the nominative endings they come from, with the
   * gender of the declension: Ivana -> Ivan, Petra -> Petar, Marka -> Marko, Đorđa -> Đorđe,
   * Radeta -> Rade, Сергея -> Сергей, Игоря -> Игорь (a man's); Анны -> Анна, Натальи -> Наталья,
   * Milice -> Milica (a woman's).
   */
  private static final String[][] GENITIVE_ENDINGS = {
      {"a", "", "m"}, {"а", "", "m"}, {"ra", "ar", "m"}, {"ра", "ар", "m"}, {"я", "й", "m"}, {"я", "ь", "m"},
      {"a", "o", "m"}, {"а", "о", "m"}, {"a", "e", "m"}, {"а", "е", "m"}, {"eta", "e", "m"}, {"ета", "е", "m"},
      {"ы", "а", "f"}, {"и", "я", "f"}, {"e", "a", "f"}, {"е", "а", "f"}};

  /**
   * The same for the dative, accusative and instrumental: Ivanu, Ivanom, Marku, Markom, Radetu,
   * Ивану, Иваном, Сергею (a man's); Milicu, Milicom, Снежаном, Jeleni, Марину, Мариной, Наталью,
   * Натальей (a woman's); and the Russian woman's genitive in -ы, which no nominative shares
   * (Милены).
   */
  private static final String[][] OTHER_ENDINGS = {
      {"u", "", "m"}, {"у", "", "m"}, {"om", "", "m"}, {"ом", "", "m"}, {"em", "", "m"}, {"ем", "й", "m"},
      {"ю", "й", "m"}, {"ru", "ar", "m"}, {"rom", "ar", "m"},
      {"u", "o", "m"}, {"у", "о", "m"}, {"om", "o", "m"}, {"ом", "о", "m"},
      {"eta", "e", "m"}, {"ета", "е", "m"}, {"etu", "e", "m"}, {"ету", "е", "m"}, {"etom", "e", "m"}, {"етом", "е", "m"},
      {"u", "a", "f"}, {"у", "а", "f"}, {"om", "a", "f"}, {"ом", "а", "f"}, {"ой", "а", "f"}, {"ю", "я", "f"},
      {"ей", "я", "f"},
      {"ы", "а", "f"},
      {"i", "a", "f"}, {"и", "а", "f"}}; // the last two Serbian only: a Russian -и is a genitive

  /** The nominative of a given name in another case that the lexicon lists, or null. */
  private static Given givenName(String word, SpeechLexicon lexicon, boolean genitive, String base) {
    // Outside a genitive phrase only the endings no nominative has: a woman's Dejana must not be
    // read as Dejan's genitive.
    String[][] table = genitive ? GENITIVE_ENDINGS : OTHER_ENDINGS;
    for (int e = 0; e < table.length; e++) {
      String[] ending = table[e];
      if (!genitive && e >= table.length - 2 && !"sr".equals(base)) {
        break;
      }
      if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 1) {
        String stem = cut(word, ending[0].length());
        // Russian spelling writes и for ы after г, к, х and the hushing letters: Ольги is Ольга's,
        // not an Ольгя's.
        String nominative = "я".equals(ending[1]) && "гкхжшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0
            ? "а" : ending[1];
        String candidate = stem + nominative;
        String key = Texts.matchKey(candidate);
        if (!lexicon.givenName(key) && ending[1].isEmpty()) {
          // Павла, Pavla: a man's name that drops its last vowel when declined (Павел, Pavel).
          String fleeting = withFleetingE(candidate);
          if (fleeting != null && lexicon.givenName(Texts.matchKey(fleeting))) {
            candidate = fleeting;
            key = Texts.matchKey(fleeting);
          }
        }
        if (lexicon.givenName(key)) {
          // The declension is not the gender: Nikola, Luka, Никита decline as a woman's name does
          // (Nikole, Никиты) and are men's, whose surnames decline (Nikole Tošića -> Tošić).
          Gender listed = lexicon.givenNameGender(key);
          Gender declension = "m".equals(ending[2]) ? Gender.MALE : Gender.FEMALE;
          return new Given(candidate, listed != null ? listed : declension);
        }
      }
    }
    return null;
  }

  /** "Павл" with the "е" a declension drops back before its last consonant ("Павел"), or null. */
  private static String withFleetingE(String stem) {
    int n = stem.length();
    if (n < 3 || isVowel(stem.charAt(n - 1)) || isVowel(stem.charAt(n - 2))) {
      return null;
    }
    return stem.substring(0, n - 1) + (isCyrillic(stem) ? "е" : "e") + stem.charAt(n - 1);
  }

  private static String russianSurname(String word, Gender gender) {
    if (gender == Gender.FEMALE) {
      // Ветровой, Ветрову -> Ветрова; Сокольской, Сокольскую -> Сокольская; others do not decline.
      if (endsWith(word, "ской", "цкой", "скую", "цкую")) {
        return cut(word, 2) + "ая";
      }
      if (endsWith(word, "ней", "ьей", "лей") && word.length() > 5) {
        // Иваной Црнобрней -> Црнобрня: a surname in -я, a Serbian one in -ња, declines as a noun.
        return cut(word, 2) + "я";
      }
      return endsWith(word, "овой", "евой", "иной", "ёвой", "ову", "еву", "ину") ? cut(word, word.endsWith("ой") ? 2 : 1) + "а" : word;
    }
    // Воронцова, Воронцову, Воронцовым -> Воронцов; Петровича, Петровичем -> Петрович; Сокольского,
    // Сокольским -> Сокольский.
    if (endsWith(word, "ского", "цкого", "скому", "цкому")) {
      return cut(word, 3) + "ий";
    }
    if (endsWith(word, "ским", "цким") && word.length() > 5) {
      return cut(word, 2) + "ий";
    }
    if (endsWith(word, "ым", "ом") && word.length() > 4 && endsWith(cut(word, 2), "ов", "ев", "ин", "ич")) {
      return cut(word, 2);
    }
    if (endsWith(word, "ем") && word.length() > 4 && endsWith(cut(word, 2), "ич")) {
      return cut(word, 2); // the instrumental of a surname in -ич (Радосавлевичем)
    }
    if (endsWith(word, "а", "у") && word.length() > 3 && endsWith(cut(word, 1), "ов", "ев", "ин", "ич", "ян")) {
      return cut(word, 1);
    }
    if (endsWith(word, "ца", "цу") && word.length() > 4 && withFleetingE(cut(word, 1)) != null) {
      return withFleetingE(cut(word, 1)); // Кравца -> Кравец: a surname in -ец drops its е when declined
    }
    if (endsWith(word, "а", "у") && word.length() > 4 && "бвгджзклмнпрстфхцчшщ".indexOf(word.charAt(word.length() - 2)) >= 0) {
      return cut(word, 1); // Ковальчука, Шмидта: any surname in a hard consonant takes -а and -у
    }
    if (endsWith(word, "аря", "арю", "ыря", "ырю") && word.length() > 5) {
      return cut(word, 1) + "ь"; // Кобзаря -> Кобзарь, Пономаря -> Пономарь: a man's surname in -рь
    }
    return word;
  }

  private static String serbianSurname(String word, Gender gender) {
    if (gender == Gender.FEMALE) {
      // A woman's surname in a consonant does not decline (Milice Petrović); one in -a does (Jovanove).
      if (endsWith(word, "e", "е", "u", "у") && word.length() > 3) {
        return cut(word, 1) + (isCyrillic(word) ? "а" : "a");
      }
      return endsWith(word, "om", "ом") && word.length() > 4 ? cut(word, 2) + (isCyrillic(word) ? "а" : "a") : word;
    }
    // Petrovića, Petroviću, Petrovićem -> Petrović; a surname in -i or -o (Kurti, Ćirko) stays.
    // Kurtija, Krasnićiju, Osmanijem -> Kurti, Krasnići, Osmani: a man's surname in -i declines
    // with a j, and none in -ij is Serbian.
    if (endsWith(word, "ija", "ија", "iju", "ију") && word.length() > 5) {
      return cut(word, 2);
    }
    if (endsWith(word, "ijem", "ијем") && word.length() > 6) {
      return cut(word, 3);
    }
    if (endsWith(word, "em", "ем", "om", "ом") && word.length() > 4
        || endsWith(word, "ovim", "овим", "evim", "евим", "inim", "иним") && word.length() > 6) {
      return cut(word, 2); // Voroncovim: a surname in -ov declines as an adjective does
    }
    return endsWith(word, "a", "а", "u", "у") && word.length() > 3 ? cut(word, 1) : word;
  }

  /**
   * The nominative of a body's name whose head noun, at {@code head} among {@code words}, the
   * lexicon lists with {@code nominative} (its dictionary form, in Latin for Serbian): "Fudbalskog
   * saveza Srbije" gives "Fudbalski savez Srbije", "Федеральной таможенной службы" "Федеральная
   * таможенная служба". The adjectives before the head take its gender's nominative; what follows
   * the head is in the genitive or after a preposition whatever the head's case, and stays. An
   * ending these rules do not know leaves the word as the text has it.
   */
  static String ofBody(List<String> words, int head, String nominative, String base) {
    String word = words.get(head);
    String target = isCyrillic(word) && !isCyrillic(nominative) ? serbianCyrillic(nominative) : nominative;
    String lower = word.toLowerCase(Locale.ROOT);
    int prefix = 0;
    while (prefix < lower.length() && prefix < target.length() && lower.charAt(prefix) == target.charAt(prefix)) {
      prefix++;
    }
    if (lower.equals(target) || prefix < 3) {
      return String.join(" ", words); // the nominative already, or a spelling the rule cannot align
    }
    List<String> out = new ArrayList<>(words);
    out.set(head, word.substring(0, prefix) + target.substring(prefix));
    char last = target.charAt(target.length() - 1);
    boolean neuter = "oeое".indexOf(last) >= 0;
    boolean feminine = "aая".indexOf(last) >= 0;
    for (int k = 0; k < head; k++) {
      out.set(k, "ru".equals(base)
          ? russianAdjective(words.get(k), neuter, feminine) : serbianAdjective(words.get(k), neuter, feminine));
    }
    if (!"ru".equals(base) && head + 1 < words.size() && words.get(head + 1).indexOf('-') > 0
        && words.get(head + 1).equals(words.get(head + 1).toLowerCase(Locale.ROOT))) {
      // "Eparhije raško-prizrenske": a compound adjective after the head agrees with it, as
      // one before it does.
      out.set(head + 1, serbianAdjective(words.get(head + 1), neuter, feminine));
    }
    return String.join(" ", out);
  }

  /**
   * Fudbalskog -> Fudbalski, Policijske -> Policijska, Републичког -> Републичко (before a neuter
   * noun); a soft stem's -eg, -em the same way, its neuter in -e (Вишем -> Више, Višeg -> Viši).
   */
  private static String serbianAdjective(String word, boolean neuter, boolean feminine) {
    boolean cyrillic = isCyrillic(word);
    String[] endings = feminine
        ? (cyrillic ? new String[] {"ој", "ом", "у", "е"} : new String[] {"oj", "om", "u", "e"})
        : (cyrillic ? new String[] {"ога", "ому", "ог", "ом", "им", "ега", "ему", "ег", "ем"}
            : new String[] {"oga", "omu", "og", "om", "im", "ega", "emu", "eg", "em"});
    for (String ending : endings) {
      if (word.endsWith(ending) && word.length() > ending.length() + 2) {
        boolean soft = ending.startsWith("e") || ending.startsWith("е");
        String nominative = feminine ? "a" : neuter ? (soft ? "e" : "o") : "i";
        return cut(word, ending.length()) + (cyrillic ? serbianCyrillic(nominative) : nominative);
      }
    }
    return word;
  }

  /** Федеральной -> Федеральная, Центрального -> Центральный, Российского -> Российский. */
  private static String russianAdjective(String word, boolean neuter, boolean feminine) {
    String[] endings = feminine
        ? new String[] {"ой", "ей", "ую", "юю"}
        : new String[] {"ого", "его", "ому", "ему", "ым", "им", "ом", "ем"};
    for (String ending : endings) {
      if (word.endsWith(ending) && word.length() > ending.length() + 2) {
        String stem = cut(word, ending.length());
        boolean soft = ending.startsWith("е") || ending.startsWith("ю");
        char last = Character.toLowerCase(stem.charAt(stem.length() - 1));
        boolean velar = "кгхжшчщ".indexOf(last) >= 0;
        if (feminine) {
          // After ж, ч, ш, щ and ц the genitive's е is spelling, not a soft stem: генерирующей is
          // генерирующая, общей общая.
          return stem + (soft && "жчшщц".indexOf(last) < 0 ? "яя" : "ая");
        }
        if (neuter) {
          return stem + (soft ? "ее" : "ое");
        }
        return stem + (soft || velar || ending.startsWith("и") ? "ий" : "ый");
      }
    }
    return word;
  }

  /**
   * Whether a lower-case word after a club's capitalised first word ends as a genitive of its
   * name may ("Crvene zvezde", "Црвене звезде"): in -e, -a or -og.
   */
  static boolean genitiveNoun(String word) {
    return endsWith(word, "e", "е", "a", "а", "og", "ог") && word.length() > 3;
  }

  /**
   * The nominative of a club's name in the genitive, word by word: Serbian -og to -i (Radničkog,
   * Radnički), a feminine -e to -a (Crvene zvezde, Crvena zvezda; Vojvodine), a masculine -a after
   * a consonant dropped (Partizana, Partizan); Russian -а after a consonant dropped («Спартака»,
   * Спартак). Acronyms and indeclinable names (Динамо) stay.
   */
  static String ofClubName(List<String> words, String base) {
    List<String> out = new ArrayList<>(words.size());
    for (String word : words) {
      out.add(word.length() < 4 || word.equals(word.toUpperCase(Locale.ROOT)) ? word : clubWord(word, base));
    }
    return String.join(" ", out);
  }

  private static String clubWord(String word, String base) {
    boolean cyrillic = isCyrillic(word);
    char before = Character.toLowerCase(word.charAt(word.length() - 2));
    boolean consonant = !isVowel(before) && "ыэюяёьй".indexOf(before) < 0;
    if ("sr".equals(base) && endsWith(word, "og", "ог")) {
      return cut(word, 2) + (cyrillic ? "и" : "i");
    }
    if ("sr".equals(base) && endsWith(word, "e", "е") && consonant) {
      return cut(word, 1) + (cyrillic ? "а" : "a");
    }
    if (endsWith(word, "a", "а") && consonant) {
      return cut(word, 1);
    }
    return word;
  }

  /**
   * The nominative of a body's one-word name after a preposition or a press office ("в «Росатоме»",
   * "пресс-службе Россельхознадзора", "iz „Srbijagasa“"): a consonant stem's case ending in -a, -e
   * or -u dropped, except that a Serbian -e is a feminine genitive and becomes -a ("Iz Evrolige"),
   * and a Serbian -ova or -eva a plural's genitive, which becomes -ovi or -evi ("Iz Puteva Srbije").
   * Names of more words, or of other stems, stay as written.
   */
  static String ofOneWordBody(String name, String base) {
    if (name.indexOf(' ') >= 0 && "sr".equals(base)) {
      return ofSerbianNameInMarks(name);
    }
    if (name.indexOf(' ') >= 0 || name.length() < 5) {
      return name;
    }
    char last = Character.toLowerCase(name.charAt(name.length() - 1));
    char before = Character.toLowerCase(name.charAt(name.length() - 2));
    if ("sr".equals(base) && endsWith(name.toLowerCase(Locale.ROOT), "iji", "ији") && name.length() >= 6) {
      // Its dative and locative: "U Elektrodistribuciji Srbije kažu" -> Elektrodistribucija.
      return name.substring(0, name.length() - 1) + (last == 'i' ? "a" : "а");
    }
    if ("sr".equals(base) && endsWith(name, "ova", "eva", "ова", "ева") && name.length() > 5) {
      // A plural's genitive: "Iz Puteva Srbije saopštili su" -> Putevi.
      return cut(name, 1) + (isCyrillic(name) ? "и" : "i");
    }
    boolean caseEnding = "aeuаеу".indexOf(last) >= 0;
    boolean consonant = Character.isLetter(before) && !isVowel(before) && "ыэюяё".indexOf(before) < 0;
    if ("sr".equals(base) && caseEnding && consonant && (last == 'e' || last == 'е')) {
      // Serbian's feminine genitive: Evrolige, Elektrodistribucije -> Evroliga, Elektrodistribucija
      // (a Russian -е is the locative of a masculine: «Росатоме» -> Росатом).
      return name.substring(0, name.length() - 1) + (last == 'e' ? "a" : "а");
    }
    return caseEnding && consonant ? name.substring(0, name.length() - 1) : name;
  }

  /**
   * A Serbian name of several words in marks after "iz" or "u" ("Iz „Puteva Srbije“", "iz „Naftne
   * industrije Srbije“"): its words up to the next capital in the nominative, each as one word's
   * would be ({@link #ofOneWordBody}), a plural genitive in -ova or -eva as a plural in -ovi or
   * -evi (Puteva, Putevi); the genitive after them stays, as the name has it.
   */
  private static String ofSerbianNameInMarks(String name) {
    String[] words = name.split(" ");
    for (int w = 0; w < words.length; w++) {
      if (w > 0 && Character.isUpperCase(words[w].charAt(0))) {
        break;
      }
      String word = words[w];
      if (endsWith(word, "ova", "eva", "ова", "ева") && word.length() > 5) {
        words[w] = cut(word, 1) + (isCyrillic(word) ? "и" : "i");
      } else if (word.length() >= 5 && !word.equals(word.toUpperCase(Locale.ROOT))) {
        words[w] = ofOneWordBody(word, "sr");
      }
    }
    return String.join(" ", words);
  }

  /** Serbian Latin letters and digraphs in Cyrillic, for a lexicon word set beside Cyrillic text. */
  private static final String[][] LATIN_TO_CYRILLIC = {
      {"lj", "љ"}, {"nj", "њ"}, {"dž", "џ"}, {"a", "а"}, {"b", "б"}, {"c", "ц"}, {"č", "ч"}, {"ć", "ћ"},
      {"d", "д"}, {"đ", "ђ"}, {"e", "е"}, {"f", "ф"}, {"g", "г"}, {"h", "х"}, {"i", "и"}, {"j", "ј"},
      {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"},
      {"š", "ш"}, {"t", "т"}, {"u", "у"}, {"v", "в"}, {"z", "з"}, {"ž", "ж"}};

  /** A lower-case Serbian Latin word in Cyrillic (savez -> савез, udruženje -> удружење). */
  static String serbianCyrillic(String latin) {
    StringBuilder out = new StringBuilder(latin.length());
    int i = 0;
    next:
    while (i < latin.length()) {
      for (String[] pair : LATIN_TO_CYRILLIC) {
        if (latin.startsWith(pair[0], i)) {
          out.append(pair[1]);
          i += pair[0].length();
          continue next;
        }
      }
      out.append(latin.charAt(i++));
    }
    return out.toString();
  }

  private static boolean endsWith(String word, String... endings) {
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static String cut(String word, int letters) {
    return word.substring(0, word.length() - letters);
  }

  static boolean isVowel(char c) {
    return "aeiouаеиоу".indexOf(Character.toLowerCase(c)) >= 0;
  }

  private static boolean isCyrillic(String word) {
    return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }
}
