#!/usr/bin/env python3
"""Consistency check for the offline sample corpus (seeds/samples).

Run it after editing any page, feed or annotations.yaml:  python3 seeds/samples/check.py
Needs Python 3.9+ and PyYAML. Exits 1 and lists every problem it finds; prints a summary otherwise.

What it checks:
- every feed is well-formed XML; the windows-1251 feed is real windows-1251 bytes;
- every feed item and listing link points to an annotated page, with the same title and time;
- every annotated page exists; title, og:title, published time and JSON-LD agree with the annotation;
- statement texts are exact substrings of one body paragraph (the <p> elements of the article container);
- furniture strings are on the page and not in the body; the byline is not in the body;
- catalogue actors found in the body (by the alias patterns below) are exactly the annotated actors;
- speakers, unknown actors, topics and reprint links are consistent;
- all text is NFC and no real outlet host appears anywhere (URLs use the {{BASE}} token).
"""
import datetime as dt
import email.utils
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

try:
    import yaml
except ImportError:
    sys.exit("check.py needs PyYAML (pip install pyyaml)")

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "{{BASE}}"

# Where each outlet keeps its article paragraphs: (tag, class or id).
CONTAINERS = {
    "tanjug-sr": ("div", "post-content"), "novosti": ("div", "article-body"),
    "rts-cyr": ("div", "storyBody"), "b92-en": ("div", "article-text"), "b92-sr": ("div", "article-text"),
    "tass-ru": ("div", "text-content"), "tass-en": ("div", "text-block"), "ria": ("div", "article__body"),
    "sputnik-sr": ("div", "article__body"), "kosovo-online": ("div", "entry-content"),
}
TOPICS = {"kosovo", "unsc", "res1244", "sanctions-russia", "nato", "eu-accession", "republika-srpska",
          "energy", "ukraine-war", "spc", "elections-protests", "lithium-jadar",
          "belgrade-pristina-dialogue", "kosovo-recognition", "serbia-russia"}
LANGS = {"sr-Latn", "sr-Cyrl", "ru", "en"}
REPRINT_KINDS = {"verbatim", "near", "translation"}

# Catalogue actors and the patterns that find them in sr-Latn, sr-Cyrl, ru and en text, inflected.
ALIASES = {
    "Aleksandar Vučić": [r"Vučić", r"Vucic", r"Вучић", r"Вучич"],
    "Vladimir Putin": [r"Putin", r"Путин"],
    "Maria Zakharova": [r"Zaharov", r"Zakharov", r"Захаров"],
    "Sergey Lavrov": [r"Lavrov", r"Лавров"],
    "Alexander Botsan-Kharchenko": [r"Bocan", r"Botsan", r"Боцан"],
    "Vasily Nebenzya": [r"Nebenzj", r"Nebenzya", r"Небенз"],
    "Dmitry Peskov": [r"Peskov", r"Песков"],
    "Ivica Dačić": [r"Dačić", r"Dacic", r"Дачић", r"Дачич"],
    "Ana Brnabić": [r"Brnabić", r"Brnabic", r"Брнабић", r"Брнабич"],
    "Miloš Vučević": [r"Vučević", r"Vucevic", r"Вучевић", r"Вучевич"],
    "Đuro Macut": [r"Macut", r"Мацут"],
    "Marko Đurić": [r"Đurić", r"Djuric", r"Đuric", r"Ђурић", r"Джурич"],
    "Petar Petković": [r"Petković", r"Petkovic", r"Петковић", r"Петкович"],
    "Albin Kurti": [r"Kurti", r"Курти"],
    "Vjosa Osmani": [r"Osmani", r"Османи"],
    "Mark Rutte": [r"Rutte", r"\bRute", r"\bРуте", r"Рютте"],
    "António Guterres": [r"Guterres", r"Gutereš", r"Гутереш", r"Гутерреш"],
    "Kaja Kallas": [r"Kallas", r"\bKalas", r"\bКалас", r"Каллас"],
    "Ursula von der Leyen": [r"von der Leyen", r"fon der Lajen", r"фон дер Лајен", r"фон дер Ляйен"],
    "Milorad Dodik": [r"Dodik", r"Додик"],
    "Christian Schmidt": [r"Schmidt", r"Šmit", r"Шмит", r"Шмидт"],
    "Patriarch Porfirije": [r"Porfirij", r"Порфириј", r"Порфири"],
    "Dmitry Medvedev": [r"Medvedev", r"Медведев"],
    "Marta Kos": [r"\bKos\b", r"\bКос\b"],
    "Marco Rubio": [r"Rubio", r"Rubij", r"Руби[оја]"],
    "Volodymyr Zelensky": [r"Zelensk", r"Zelenski", r"Зеленск", r"Зеленски"],
    # Russian writes the UN body with a capital Б and Russia's own council with a small one.
    "UN Security Council": [r"Security Council", r"Savet\w* bezbednosti", r"Савет\w* безбедности",
                            r"Совет\w* Безопасности", r"СБ ООН"],
    "NATO": [r"NATO", r"НАТО"],
    "European Union": [r"European Union", r"\bEU\b", r"Evropsk\w+ unij", r"Европск\w+ униј", r"Евросоюз",
                       r"\bЕС\b", r"\bЕУ\b"],
    "Russian Ministry of Foreign Affairs": [r"Foreign Ministry", r"МИД (?:РФ|России)", r"российского МИД",
                                            r"Министарств\w+ спољних послова Русије",
                                            r"Ministarstv\w+ spoljnih poslova Rusije"],
    "Kremlin": [r"Kremlin", r"Kremlj", r"Кремљ", r"Кремл"],
    "KFOR": [r"KFOR", r"КФОР"],
    "UNMIK": [r"UNMIK", r"УНМИК", r"ЮНМИК", r"МООНК"],
    # Further catalogue bodies the sample texts name (seeds/actors.yaml). "UN" inside the name of the
    # Security Council or of UNMIK ("Миссия ООН по делам ...") is that body's name, not the UN's.
    "United Nations": [r"United Nations(?! Security Council)", r"(?<!SB )(?<!bezbednosti )\bO?UN\b(?! Security Council)",
                       r"(?<!СБ )(?<!безбедности )\bУН\b", r"Ujedinjen\w+ nacij", r"Уједињен\w+ нациј",
                       r"(?<!СБ )(?<!Безопасности )(?<!Совбез )(?<!Миссия )(?<!Миссии )(?<!Миссию )\bООН\b",
                       r"Организаци\w+ Объедин[её]нн\w+ Наций"],
    "Security Council of Russia": [r"Совет\w* безопасности (?:РФ|России|Российской)", r"Совбез\w* (?:РФ|России)",
                                   r"Savet\w* bezbednosti (?:Rusije|Ruske)", r"Савет\w* безбедности (?:Русије|Руске)",
                                   r"Security Council of (?:Russia|the Russian)", r"Russian Security Council"],
    "European Commission": [r"European Commission", r"Evropsk\w+ komisij", r"Европск\w+ комисиј",
                            r"Еврокомисси", r"Европейск\w+ комисси"],
    "Government of Serbia": [r"Vlad\w+ Srbije", r"Влад\w+ Србије", r"Government of Serbia", r"Serbian [Gg]overnment",
                             r"[Пп]равительств\w+ Сербии"],
    "Office for Kosovo and Metohija": [r"Kancelarij\w* za (?:KiM|Kosovo)", r"Канцелариј\w* за (?:КиМ|Косово)",
                                       r"Office for (?:KiM|Kosovo)", r"Канцеляри\w+ по Косову"],
    "Serbian Progressive Party": [r"Srpsk\w+ napredn\w+ strank", r"Српск\w+ напредн\w+ странк",
                                  r"Serbian Progressive Party", r"\bSNS\b", r"\bСНС\b", r"Сербск\w+ прогрессивн\w+ парти"],
    "Serbian Orthodox Church": [r"Srpsk\w+ pravoslavn\w+ crkv", r"Српск\w+ православн\w+ цркв",
                                r"Serbian Orthodox Church", r"Сербск\w+ православн\w+ церк", r"\bSPC\b", r"\bСПЦ\b"],
    "NIS": [r"\bNIS\b", r"\bНИС\b", r"Naftn\w+ industrij\w+ Srbije", r"Нафтн\w+ индустриј\w+ Србије",
            r"Нефтян\w+ индустри\w+ Сербии", r"Petroleum Industry of Serbia"],
    "Gazprom": [r"Gazprom(?! Neft)", r"Gasprom(?!njeft)", r"Газпром(?! нефть)", r"Гаспром(?!њефт)"],
    "Rio Tinto": [r"Rio Tint", r"Рио Тинт"],
    "Kosovo Police": [r"[Kk]osovsk\w+ polic", r"[Кк]осовск\w+ полици", r"Kosovo [Pp]olice", r"\bROSU\b", r"\bРОСУ\b"],
    "Kosovo institutions": [r"Vlad\w+ Kosova", r"[Kk]osovsk\w+ vlad", r"[Pp]rivremen\w+ (?:prištinsk\w+ )?institucij",
                            r"prištinsk\w+ institucij", r"vlast\w* u Prištini", r"Влад\w+ Косова", r"[Кк]осовск\w+ влад",
                            r"[Пп]ривремен\w+ (?:приштинск\w+ )?институциј", r"приштинск\w+ институциј",
                            r"власт\w* у Приштини", r"[Пп]равительств\w+ Косово", r"[Вв]ласт\w+ Косово",
                            r"[Кк]осовск\w+ власт", r"[Пп]риштинск\w+ власт", r"власт\w+ в Приштине",
                            r"Government of Kosovo", r"Kosovo [Gg]overnment", r"Kosovo institutions",
                            r"Kosovo authorities", r"Pristina authorities"],
}
REAL_HOSTS = re.compile(r"(tanjug\.rs|b92\.net|rts\.rs|novosti\.rs|tass\.ru|tass\.com|ria\.ru|sputnikportal\.rs"
                        r"|rs\.sputniknews|kosovo-online\.com|kosovoonline\.com)", re.I)
ALLOWED_URL = re.compile(r"https?://(www\.w3\.org|purl\.org|schema\.org)(/|$)")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


# ------------------------------------------------------------------ html
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()


class Tree(HTMLParser):
    def __init__(self, src):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#root", [], None)
        self.feed(src)

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)

    def find(self, tag, cls_or_id):
        for n in self.root.walk():
            if n.tag == tag and (cls_or_id in (n.attrs.get("class") or "").split() or n.attrs.get("id") == cls_or_id):
                return n
        return None

    def meta(self, prop):
        for n in self.root.walk():
            if n.tag == "meta" and (n.attrs.get("property") == prop or n.attrs.get("name") == prop):
                return n.attrs.get("content")
        return None


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def paragraphs(tree, outlet):
    tag, key = CONTAINERS[outlet]
    box = tree.find(tag, key)
    if box is None:
        return None
    return [norm_ws(n.text()) for n in box.walk() if n.tag == "p"]


# ------------------------------------------------------------------ script helpers
_L2C = {"lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "Nj": "Њ", "Dž": "Џ"}
_S2C = dict(zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж"))
_S2C.update({k.upper(): v.upper() for k, v in list(_S2C.items())})
_EXCEPT = {"Tanjug": "Танјуг"}


def lat2cyr(s):
    def word(m):
        w = m.group(0)
        if w in _EXCEPT:
            return _EXCEPT[w]
        out, i = [], 0
        while i < len(w):
            if w[i:i + 2] in _L2C:
                out.append(_L2C[w[i:i + 2]])
                i += 2
            else:
                out.append(_S2C.get(w[i], w[i]))
                i += 1
        return "".join(out)
    return re.sub(r"[A-Za-zČĆĐŠŽčćđšž]+", word, s)


def parse_time(s):
    if isinstance(s, dt.datetime):
        return s
    return dt.datetime.fromisoformat(str(s))


# ------------------------------------------------------------------ feeds
NS = {"rss1": "http://purl.org/rss/1.0/", "atom": "http://www.w3.org/2005/Atom",
      "dc": "http://purl.org/dc/elements/1.1/", "content": "http://purl.org/rss/1.0/modules/content/"}


def link_to_file(link):
    link = (link or "").strip()
    if not link.startswith(BASE + "/"):
        return None
    return link[len(BASE) + 1:].split("?")[0].split("#")[0]


def feed_items(path):
    """(file, title, time, full_text_or_None) for each item of an RSS 2.0, RSS 1.0 or Atom feed."""
    raw = open(path, "rb").read()
    root = ET.fromstring(raw)
    out = []
    if root.tag == "rss":
        for it in root.iter("item"):
            full = it.find("content:encoded", NS)
            t = email.utils.parsedate_to_datetime(it.findtext("pubDate"))
            out.append((link_to_file(it.findtext("link")), it.findtext("title"), t,
                        full.text if full is not None else None))
    elif root.tag.endswith("RDF"):
        for it in root.findall("rss1:item", NS):
            out.append((link_to_file(it.findtext("rss1:link", namespaces=NS)), it.findtext("rss1:title", namespaces=NS),
                        parse_time(it.findtext("dc:date", namespaces=NS)), None))
    elif root.tag == "{%s}feed" % NS["atom"]:
        for en in root.findall("atom:entry", NS):
            ln = en.find("atom:link[@rel='alternate']", NS)
            out.append((link_to_file(ln.get("href")), en.findtext("atom:title", namespaces=NS),
                        parse_time(en.findtext("atom:published", namespaces=NS)), None))
    else:
        raise ValueError("unknown feed root " + root.tag)
    return raw, out


# ------------------------------------------------------------------ main
def main():
    ann = yaml.safe_load(open(os.path.join(HERE, "annotations.yaml"), encoding="utf-8"))["articles"]
    src = yaml.safe_load(open(os.path.join(HERE, "sources.yaml"), encoding="utf-8"))["sources"]
    by_file = {a["file"]: a for a in ann}
    if len(by_file) != len(ann):
        err("annotations.yaml", "duplicate file entries")

    # every file: NFC, no real host, URLs only through {{BASE}}
    for dirpath, _, files in os.walk(HERE):
        for f in files:
            p = os.path.join(dirpath, f)
            rel = os.path.relpath(p, HERE)
            if f == "check.py":
                continue
            raw = open(p, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1251")
            if unicodedata.normalize("NFC", text) != text:
                err(rel, "text is not NFC")
            if REAL_HOSTS.search(text):
                err(rel, "real outlet host: " + REAL_HOSTS.search(text).group(0))
            for m in re.finditer(r"https?://[^\s\"'<>]+", text):
                if not ALLOWED_URL.match(m.group(0)):
                    err(rel, "absolute URL not written with {{BASE}}: " + m.group(0))

    # sources and feeds
    reached = {}
    for s in src:
        if s["language"] not in LANGS:
            err("sources.yaml", f"{s['id']}: bad language {s['language']}")
        for u in s.get("feeds") or []:
            fp = link_to_file(u)
            path = os.path.join(HERE, fp)
            if not os.path.exists(path):
                err("sources.yaml", f"{s['id']}: feed {fp} missing")
                continue
            try:
                raw, items = feed_items(path)
            except Exception as ex:  # noqa: BLE001 - report and go on
                err(fp, f"not a well-formed feed: {ex}")
                continue
            decl = re.match(rb'<\?xml[^>]*encoding="([^"]+)"', raw)
            if decl and decl.group(1).lower() == b"windows-1251":
                try:
                    raw.decode("utf-8")
                    err(fp, "declares windows-1251 but is plain UTF-8")
                except UnicodeDecodeError:
                    raw.decode("cp1251")
            if not items:
                err(fp, "no items")
            for file, title, t, full in items:
                a = by_file.get(file)
                if a is None:
                    err(fp, f"item link {file} has no annotation")
                    continue
                if a["outlet"] != s["id"]:
                    err(fp, f"{file} belongs to another outlet")
                reached[file] = fp
                if title != a["title"]:
                    err(fp, f"{file}: title differs from annotation")
                if t != parse_time(a["published"]):
                    err(fp, f"{file}: time {t} differs from annotation {a['published']}")
                if full is not None:
                    body = [norm_ws(x) for x in re.findall(r"<p>(.*?)</p>", full, re.S)]
                    a["_feedbody"] = body
        for lst in s.get("listings") or []:
            fp = link_to_file(lst["url"])
            path = os.path.join(HERE, fp)
            if not os.path.exists(path):
                err("sources.yaml", f"{s['id']}: listing {fp} missing")
                continue
            tree = Tree(open(path, encoding="utf-8").read())
            links = [n for n in tree.root.walk() if n.tag == "a" and n.parent.tag == "h2"
                     and "title" in (n.parent.attrs.get("class") or "").split()]
            if not links:
                err(fp, "linkSelector h2.title a[href] matches nothing")
            for n in links:
                file = link_to_file(n.attrs.get("href"))
                if file not in by_file:
                    err(fp, f"listing link {file} has no annotation")
                else:
                    reached[file] = fp

    catalogue = set(ALIASES)
    for a in ann:
        f = a["file"]
        path = os.path.join(HERE, f)
        if f not in reached:
            err(f, "not reachable from any feed or listing")
        if not os.path.exists(path):
            err(f, "file missing")
            continue
        if a["language"] not in LANGS:
            err(f, "bad language")
        page = open(path, encoding="utf-8").read()
        tree = Tree(page)
        paras = paragraphs(tree, a["outlet"])
        if not paras:
            err(f, "no body paragraphs in the article container")
            continue
        body = "\n".join(paras)
        if "_feedbody" in a and a["_feedbody"] != paras:
            err(f, "content:encoded in the feed differs from the page body")

        h1 = next((norm_ws(n.text()) for n in tree.root.walk() if n.tag == "h1"), None)
        if h1 != a["title"]:
            err(f, f"h1 {h1!r} differs from title")
        if tree.meta("og:title") != a["title"]:
            err(f, "og:title differs from title")
        pt = tree.meta("article:published_time")
        if pt and parse_time(pt) != parse_time(a["published"]):
            err(f, "article:published_time differs")
        for n in tree.root.walk():
            if n.tag == "script" and n.attrs.get("type") == "application/ld+json":
                ld = json.loads(n.text())
                if ld.get("headline") != a["title"] or parse_time(ld["datePublished"]) != parse_time(a["published"]):
                    err(f, "JSON-LD headline/datePublished differ")
                if ld.get("articleBody") != body:
                    err(f, "JSON-LD articleBody differs from the body paragraphs")
        if a.get("author"):
            if a["author"] not in page:
                err(f, "author not on the page")
            if a["author"] in body:
                err(f, "author name inside the body")

        visible = norm_ws(tree.root.text())
        for s in a.get("furniture") or []:
            if s not in visible:
                err(f, f"furniture {s!r} not on the page")
            if s in body:
                err(f, f"furniture {s!r} is inside the body")

        actors = a.get("actors") or []
        unknown = a.get("unknownActors") or []
        for x in actors:
            if x not in catalogue:
                err(f, f"actor {x!r} is not a catalogue name")
        if len(set(actors)) != len(actors):
            err(f, "duplicate actors")
        found = {name for name, pats in ALIASES.items() if any(re.search(p, body) for p in pats)}
        for x in sorted(found - set(actors)):
            err(f, f"body mentions {x} but actors does not list it")
        for x in sorted(set(actors) - found):
            err(f, f"actors lists {x} but no alias of it is in the body")
        for x in unknown:
            if x in catalogue:
                err(f, f"unknown actor {x} is in the catalogue")
        for t in a.get("topics") or []:
            if t not in TOPICS:
                err(f, f"bad topic {t}")
        speakers = set()
        for st in a.get("statements") or []:
            sp, kind, text = st["speaker"], st["kind"], st["text"]
            speakers.add(sp)
            if kind not in ("direct", "indirect"):
                err(f, f"bad kind {kind}")
            if not any(text in p for p in paras):
                err(f, f"statement not in one body paragraph: {text[:60]!r}")
            if sp != "unknown" and sp not in actors and sp not in unknown:
                err(f, f"speaker {sp} is neither in actors nor in unknownActors")
            if text != text.strip() or text[-1:] in ",.;":
                err(f, f"statement text has trailing punctuation or space: {text[-20:]!r}")
        for x in unknown:
            if x not in speakers:
                err(f, f"unknown actor {x} is never quoted")

        ro, rk = a.get("reprintOf"), a.get("reprintKind")
        if (ro is None) != (rk is None):
            err(f, "reprintOf and reprintKind must be both set or both null")
        if ro:
            o = by_file.get(ro)
            if o is None:
                err(f, f"reprintOf {ro} is not annotated")
            elif rk not in REPRINT_KINDS:
                err(f, f"bad reprintKind {rk}")
            else:
                if parse_time(o["published"]) >= parse_time(a["published"]):
                    err(f, "reprint is not later than the original")
                op = paragraphs(Tree(open(os.path.join(HERE, ro), encoding="utf-8").read()), o["outlet"])
                same_lang = o["language"].split("-")[0] == a["language"].split("-")[0]
                conv = (lambda s: s) if o["language"] == a["language"] else lat2cyr
                if rk == "translation" and same_lang:
                    err(f, "translation in the same language")
                if rk == "verbatim" and [conv(p) for p in op] != paras:
                    err(f, "verbatim reprint differs from the original body")
                if rk == "near":
                    w1, w2 = " ".join(op).split(), body.replace("\n", " ").split()
                    diff = sum(1 for x, y in zip(w1, w2) if x != y) + abs(len(w1) - len(w2))
                    if diff != 1:
                        err(f, f"near reprint differs from the original in {diff} words, expected 1")

    # corpus-wide requirements
    langs = {}
    for a in ann:
        langs[a["language"]] = langs.get(a["language"], 0) + 1
    for lang in LANGS:
        if langs.get(lang, 0) < 8:
            err("corpus", f"only {langs.get(lang, 0)} articles in {lang}")
    if errors:
        print("\n".join(errors))
        print(f"\n{len(errors)} problem(s)")
        sys.exit(1)
    outlets = {}
    for a in ann:
        outlets[a["outlet"]] = outlets.get(a["outlet"], 0) + 1
    print(f"OK: {len(ann)} articles, {sum(len(a['statements']) for a in ann)} statements; "
          f"by language {dict(sorted(langs.items()))}; by outlet {dict(sorted(outlets.items()))}")


if __name__ == "__main__":
    main()
