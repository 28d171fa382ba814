"""Reading byline strings: "By Jane Doe, Staff Writer and AFP" -> a list of Byline.

The rules, in the order they run:

1. Markdown links (``[Jane Doe](url)``) are reduced to their text and whitespace is folded.
2. A leading credit prefix is removed: By, From, Written by, Reporting by and the common
   ones of other languages (Von, Par, Por, Di, Door, Av, Af), as whole words only, so that
   "Abby", "Kirby" or "BYRON" stay whole. Prefixes that are also name particles (Di, Von,
   Door, Af, Av, Par, Por) are removed only when what follows is not a one-word surname.
3. E-mail addresses are split off and attached to the contributor they follow.
4. The rest is split at separators: ``,`` ``;`` ``|`` ``/`` ``·`` ``•`` and the words
   and, &, with, und, et, y, e, en, og, och, i, и.
5. Each piece is a name, a role ("Staff Writer", "Photo:"), an organization (a news agency
   or a publication) or a combination ("Photo: Jane Doe", "Jane Doe (Reuters)", "Editing by
   Jane Doe"). A role never becomes a name: it is attached to the contributor it belongs to.
6. "Jane Doe, Reuters" -- an organization after a comma that closes a list of people --
   gives the people that affiliation instead of a separate organization byline; so does
   a several-word agency written after a name without a comma ("DAVID RISING Associated
   Press") and an agency title after names ("AP Diplomatic Writers", to all of them when
   plural).
7. After a name, a sentence-case title ("Cyber correspondent", also without a comma:
   "Tom Phillips Latin America correspondent") and "Special to The Post" are roles; a
   place ("Luke Harding in Kyiv", "Von A und B, Berlin") is dropped; separators inside
   parentheses do not split ("Florence de Changy (Hongkong, correspondance)").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Literal

from newsmodel._gc import gc_paused
from newsmodel.models.byline import Byline
from newsmodel.text.dates import _BUTTON_WORDS as _UI_WORDS
from newsmodel.text.dates import (
    _COUNT_LINE_RE,
    _GLUED_MONTH_RE,
    _MONTHS,
    _WEEKDAYS,
    _strip_accents,
)
from newsmodel.text.places import is_place

__all__ = ["AGENCIES", "is_agency", "parse_byline"]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a vocabulary list."""
    return frozenset(text.split())


# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

#: News agencies, keyed by the lower-cased form; the value is the canonical spelling used
#: only to recognise the agency (the byline keeps the name as written).
AGENCIES: dict[str, str] = {
    name.casefold(): name
    for name in (
        "AFP",
        "AP",
        "Reuters",
        "dpa",
        "TASS",
        "ТАСС",
        "РИА Новости",
        "Интерфакс",
        "Interfax",
        "Xinhua",
        "Bloomberg",
        "rtr",
        "CNW",
        "PRNewswire",
        "Business Wire",
        "GlobeNewswire",
        "Al Jazeera",
        "Al Arabiya",
        "Kazinform",
        "SPA",
        "EFE",
        "ANSA",
        "PA",
        "Kyodo",
        "أ ش أ",  # MENA, the Middle East News Agency
        "共同",  # Kyodo, as Japanese papers credit it ("〔共同〕")
        "共同通信",
        "時事",  # Jiji
        "時事通信",
        "Yonhap",
        "APA",
        "KNA",
        "epd",
        "SDA",
        "SID",
        "AA",
        "UPI",
        "PTI",
        "IANS",
        "ANI",
        "RIA Novosti",
        "RIA",
        "Sputnik",
        "Ukrinform",
        "Belga",
        "ANP",
        "NTB",
        "TT",
        "Ritzau",
        "STT",
        "CTK",
        "ČTK",
        "PAP",
        "MTI",
        "BTA",
        "Tanjug",
        "Hina",
        "Agerpres",
        "ATS",
        "Keystone-SDA",
        "Lusa",
        "Europa Press",
        "CNW",
        "PRNewswire",
        "Business Wire",
        "GlobeNewswire",
        "AAP",
        "CP",
        "Canadian Press",
        "Associated Press",
        "Agence France-Presse",
        "Agence France Presse",
        "Deutsche Presse-Agentur",
        "Press Association",
        "PA Media",
        "Anadolu",
        "Anadolu Ajansı",
        "Anadolu Agency",
        "Jiji",
        "Jiji Press",
        "Kyodo News",
        "Bernama",
        "Antara",
        "Xinhua News Agency",
        "Yonhap News Agency",
        "TASS News Agency",
        "WAFA",
        "MENA",
        "IRNA",
        "KCNA",
        "CNA",
        "ANSAmed",
        "dpa-AFX",
        "AFP Deutschland",
        "APA-OTS",
        "ots",
        "KAP",
        "idea",
        "Reuters Staff",
        "AP Staff",
        "DPA International",
        "Dow Jones",
    )
}

# Agencies that are only agencies when written in capitals ("AP", not "Ap").
_CAPS_ONLY = frozenset(
    {"ap", "pa", "aa", "tt", "cp", "ria", "ani", "atp", "cna", "ots", "idea", "spa"}
)

# The labels of a source line ("Quelle: dpa", "Source – Citizen TV", Persian "منبع:").
_SOURCE_LABELS = (
    r"quelle|source|sources|fuente|fuentes|fonte|źródło|zdroj|kaynak|haber\s+kayna[ğg][ıi]|izvor"
    r"|منبع|المصدر"
)
_PREFIX_ALWAYS = (
    r"written\s+by|reporting\s+by|reported\s+by|posted\s+by|story\s+by|words\s+by|text\s+by|by|from"
    r"|geschrieben\s+von|verfasst\s+von|von|texte?\s+de|un\s+article\s+de|par"
    r"|escrito\s+por|[ée]crit\s+par|r[ée]dig[ée]\s+par"
    r"|(?:story|report|text|words)\s+(?:and|&)\s+(?:photos?|pictures?|images?|video)\s+by"
    r"|γράφει\s+(?:ο|η)|ρεπορτάζ"
    r"|opublikowan[eya]\s+przez|аутор|laporan|informa[çc][õo]es\s+d[oa]|comunicato\s+stampa(?:\s*[–—-])?|information\s+fournie\s+par|(?:dossier\s+|reportage\s+)?r[ée]alis[ée]\s+par|article\s+r[ée]dig[ée]\s+par|original-content\s+von\s*:|elaborad[oa]\s+por|auteur\s*/\s*autrice|auteur\s*·\s*rice"
    r"|por|a\s+cura\s+di|di|door|deur|av|af|от|автор|avec|mit|con|com"
    # The kind of piece before the credit: "Opinion by", "Ein Gastbeitrag von".
    r"|(?:an?\s+|ein(?:e|en)?\s+|une?\s+|una\s+)?(?:opinion|analysis|commentary|comment"
    r"|column|essay|review|perspective|gastbeitrag|gastkommentar|kommentar|meinungsbeitrag|analyse|article"
    r"|leitartikel|kolumne|tribune|tribuna|análisis|commento|analisi)\s+(?:by|von|par|por|di)"
    # "Autor: Jan Kowalski" (as "Автор:"), Greek "Του/Της" (genitive: "by"), and a source
    # line "Quelle: dpa".
    r"|autor|autorka|autoři|auteur|autore|autora|yazar|kirjoittaja|του|της|των|author(?:\s+of\s+the\s+article)?\s*:"
    r"|συντάκτης|συντάκτρια|авторы|автори|authors|autoren|auteurs|autores|autori|autorzy|writer\s*:"
    r"|كتب|بقلم|โดย|ผู้เขียน"  # Arabic "wrote", "by the pen of"; Thai "by", "author"
    # Hungarian "Szerző:"/"Írta:", South Slavic "Piše:"/"Avtor:", Vietnamese "Tác giả:",
    # Indonesian and Malay "Oleh:" (with its colon only: Oleh is also a first name).
    r"|szerző|írta|piše|avtor|tác\s+giả|oleh\s*:"
    # Chinese "author", "reported by", "interviewed and written by", with their colon
    r"|(?:作者|報導|报道|报导|報道|采写|採寫)(?=\s*[:：])|文(?=\s*[:：｜丨])"
    rf"|(?:{_SOURCE_LABELS})\s*(?::|[–—-](?=\s))"
)
# (A comma after a prefix is a line break: "Авторы\nИван Ткачёв" -> "Авторы, Иван Ткачёв".)
# ("文｜周晓雨": a full-width bar after a Chinese label, as a colon.)
_PREFIX_RE = re.compile(rf"^(?:{_PREFIX_ALWAYS})(?=[\s:,：｜丨]|$)[\s:,：｜丨]*", re.IGNORECASE)
# Prefixes that are also particles of surnames ("Di Maio", "Von Trier", "Af Klint").
_PARTICLE_PREFIX = frozenset(
    {"di", "von", "door", "af", "av", "par", "por", "avec", "mit", "con", "com"}
)
# Of those, the ones that open surnames ("Di Maio", "Von Trier", "Af Klint", "Con
# Coughlin"): only after these is a single following word a surname, not a credit. "Par
# Ouest-France", "Por Télam", "Mit dpa" credit the one word.
_SURNAME_PARTICLES = frozenset({"di", "von", "door", "af", "av", "con"})
# "Von unserem Korrespondenten Max Muster": a possessive opens a role, not a name.
_POSSESSIVES = frozenset(
    {
        "unserem",
        "unserer",
        "unseren",
        "unser",
        "our",
        "notre",
        "nos",
        "nuestro",
        "nuestra",
        "nostro",
        "nostra",
        "onze",
        "vår",
        "vores",
        # "own" in "own correspondent" (Hindi, Bengali, Malayalam, Tamil)
        "निज",
        "নিজস্ব",
        "സ്വന്തം",
        "சொந்த",
    }
)
# Everything after a date prefix is a date, not a contributor: "By Jane Doe Updated 3:45 PM".
_DATE_WORDS = (
    "last updated",
    "updated",
    "published",
    "posted",
    "aktualisiert",
    "veröffentlicht",
    "stand",
    "mis à jour",
    "publié",
    "actualizado",
    "publicado",
    "aggiornato",
    "pubblicato",
    "opdateret",
    "oppdatert",
    "uppdaterad",
    "publicerad",
    "publisert",
    "última actualización",
    "actualización",
    "actualizada",
    "atualizada",
    "atualizado",
    "publicada",
    "creada",
    "creado",
    "erschienen",
    "letzte aktualisierung",
    "laatste update",
    "bijgewerkt",
    "gepubliceerd",
    "utworzono",
    "zmodyfikowano",
    "aktualizacja",
)
# The single words of those ("last", "updated", "mis", "à", "jour", ...).
_DATE_WORD_PARTS = _words(" ".join(_DATE_WORDS))
_DATE_TAIL_RE = re.compile(
    r"\s*[|,•·–—-]?\s*\b(?:" + "|".join(w.replace(" ", r"\s+") for w in _DATE_WORDS) + r")\b"
    r"(?!\s*:?\s*by\b).*$",  # ("Published by: X" is a credit)
    re.IGNORECASE | re.DOTALL,
)
# A match of _DATE_TAIL_RE holds the last word of a date word in some letter case.
_DATE_TAIL_CUES = tuple(dict.fromkeys(w.split()[-1] for w in _DATE_WORDS))
# The only letters (checked over all of Unicode) that the case-insensitive patterns of this
# module match although their lower case differs from the pattern's letter: dotted and
# dotless i, long s, old forms of Cyrillic letters.
_CASE_QUIRKS_RE = re.compile(r"[\u0130\u0131\u017f\u1c80-\u1c88]")
_TIME_OR_DATE_RE = re.compile(
    r"\d{1,2}:\d{2}|\b(?:19|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b\d{1,2}h\d{2}"
)
_MATERIAL_RE = re.compile(
    r"^(?:mit\s+)?(?:material|informationen|angaben)\s+(?:von|der|aus)\s+", re.IGNORECASE
)
_POSSESSIVE_ORG_RE = re.compile(r"^(?P<org>[^\s']+)['’]s\s+(?P<name>\S.*)$")
_ROLE_TAIL_RE = re.compile(
    r"\s+(?:in|at|for|from|of|covering|aus|in der|im|bei|für|à|au|en|a|de|da|di|del|для|в)\s+\S.*$",
    re.IGNORECASE,
)

_LINK_RE = re.compile(r"\[([^\[\]]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")
_WS_RE = re.compile(r"\s+")
_EMAIL_RE = re.compile(r"<?\b(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b>?")
_EMAIL_LABEL_RE = re.compile(
    r"\b(?:e-?mail|correo(?:\s+electr[óo]nico)?|courriel|kontakt|contact)\s*:\s*(?=[^\s@]+@)", re.I
)
_URL_RE = re.compile(r"\bhttps?://\S+|\bwww\.\S+")

# Separators between contributors. Single-letter and non-English conjunctions must be
# lower case so that initials ("Jane E Doe", "Juan Y Ortega") are not split.
_CONJ = r"(?:(?i:and|with)|&|\+|und|sowie|mit|et|avec|y|con|e|com|en|met|og|med|och|i|и|ve|és|ja)"
# (A dash separates only with spaces around it: "Jean-Luc" stays whole. The spaces are
# matched once for the dash and the words: trying them for each alternative was slow.)
_SEP_RE = re.compile(
    rf"\s*,\s*{_CONJ}\s+"
    r"|\s*[,;|·•/／、]\s*"
    rf"|\s+(?:[-–—]\s+|{_CONJ}\s+)"
)
_CONJ_WORDS = _words(
    "and with & + und sowie mit et avec y con e com en met og med och i и ve és ja 、"
)
# "박준석 기자 외 1명" ("Park Jun-seok, reporter, and one other"): role words written after
# the name in Korean, Japanese and Chinese bylines, and the "and N others" tail.
_SUFFIX_ROLE_RE = re.compile(
    r"\s+(?P<role>기자|특파원|논설위원|記者|记者|特派員|特派员|编辑|編集委員)$"
)
_OTHERS_TAIL_RE = re.compile(r"\s*(?:외|等|ほか|他)\s*\d*\s*(?:명|人|名)?$")

_ROLE_NOUNS = _words(
    """
    writer writers reporter reporters correspondent correspondents editor editors
    columnist columnists photographer photographers contributor contributors staff
    journalist journalists producer producers correspondence analyst analysts critic
    critics author authors anchor host presenter illustrator illustrations illustration
    photo photos photography foto fotos fotografie bild bilder image images video videos
    graphics graphic grafik grafiken text texte infographic infographics design
    cartoonist designer researcher research interview interviews commentator commentators
    redakteur redakteurin redakteure korrespondent korrespondentin
    korrespondenten autor autorin autoren reporterin fotograf fotografin
    volontär volontärin mitarbeiter mitarbeiterin kolumnist kolumnistin chefredakteur
    chefredakteurin ressortleiter ressortleiterin leiter leiterin
    journaliste correspondant correspondante envoyé envoyée rédacteur rédactrice
    chroniqueur chroniqueuse photographe
    corresponsal redactor redactora periodista enviado enviada fotógrafo fotógrafa
    redattore redattrice giornalista inviato inviata corrispondente fotografo
    correspondente repórter jornalista redator redatora editora editoras editores
    verslaggever correspondent redacteur fotograaf
    reporter journalist korrespondent fotograf
    editing edited reporting additional
    penulis wartawan pewarta redaktor redaktorin kommentator kommentatorin skribent
    redaktør redaktör medarbetare journalisten head chief chancellor president minister secretary ambassador governor mayor senator
    professor lecturer economist founder chairman chairwoman chairperson
    kanzler bundeskanzler bundeskanzlerin präsident präsidentin ministerin botschafter
    botschafterin bürgermeister bürgermeisterin professorin
    président présidente ministre ambassadeur ambassadrice maire professeure
    presidente ministro ministra embajador embajadora alcalde alcaldesa profesor profesora
    estagiária estagiário intern trainee praktikant praktikantin becario becaria stagiaire
    संवाददाता प्रतिनिधि ब्यूरो डेस्क সংবাদদাতা প্রতিনিধি প্রতিবেদক ডেস্ক
    ലേഖകൻ ലേഖിക ലേഖകർ நிருபர் செய்தியாளர் نمائندہ مراسل
    fréttamaður blaðamaður fréttaritari redaktorka reportér reportérka zpravodaj zpravodajka
    dziennikarz dziennikarka reporterka toimittaja uutistoimittaja ajakirjanik toimetaja
    žurnālists žurnāliste žurnalistas žurnalistė korespondentas újságíró tudósító novinar
    novinarka jurnalist jurnalistă журналист журналистка корреспондент обозреватель
    журналіст журналістка кореспондентка кореспондент δημοσιογράφος ανταποκριτής muhabir muhabiri jurnalis
    kontributor koresponden colunista columnista редактор редакторка оглядач оглядачка
    журналистка корреспондентка обозревательница korespondent korespondentka publicysta
    publicystka assessor assessora asesor asesora dosen رپورٹر expert consultant
    strategist specialist vorsitzender vorsitzende
    ehrenvorsitzender ehrenvorsitzende geschäftsführer geschäftsführerin teksti kuvitus
    kuvat valokuvat
    """
)
_ROLE_MODIFIERS = _words(
    """
    staff senior junior chief deputy associate assistant contributing special senior
    political foreign economics economic business sports sport science health tech
    technology culture arts entertainment investigative national international local
    metro city news managing executive political legal data visual digital breaking
    european us u.s. white house washington london moscow berlin paris brussels beijing
    bureau desk the of for at in and our freelance guest editorial opinion
    stellvertretender stellvertretende leitender leitende freier freie freelance
    grand envoyé spécial spéciale special principal opinion
    unserem unserer unseren unser our notre nos nuestro nuestra nostro nostra
    journalism initiative democracy multimedia اسٹاف
    """
) | _POSSESSIVES
_ROLE_PREFIX_RE = re.compile(
    r"^(?P<role>(?:photos?|fotos?|photography|fotografie|bilder?|images?|text|texte|video|"
    r"videos?|grafiken?|graphics?|illustrations?|infografik|infographics?|interview|"
    r"recherche|research|produktion|production|mitarbeit|kamera|camera|montage|schnitt|"
    r"editing|edited|redaktion|moderation|tekst|beeld|testo|testi|texto|zdjęcia|"
    r"fotografia|fotografía|fotografias|teksti|kuvat|kuva|penulis|editor|"
    r"текст|фото|видео|графика|иллюстрации|글|사진|취재|편집)(?:\s+(?:and|und|&)\s+[a-zäöü]+)?)\s*:\s*",
    re.IGNORECASE,
)
_ROLE_BY_RE = re.compile(
    r"^(?P<role>(?:additional\s+)?(?:reporting|editing|edited|writing|photos?|photographs|"
    r"pictures|photography|illustrations?|graphics|video|translated|translation|compiled|published|"
    r"interview|fact-checked|research|design|produced|production|propos\s+recueillis|"
    r"texto|textos|reportagem|reportaje|curated)(?:\s+\w+)?)"
    r"\s+(?:by|von|par|por|de)\s*:?\s+",  # "Curated By: Jane Doe"
    re.IGNORECASE,
)
# Separators after which a role, a place or an outlet belongs to the contributor before.
_PLACE_SEPS = frozenset({",", "|", "-", "–", "—", "/"})
_ROLE_SEPS = _PLACE_SEPS | {";", "·", "•"}  # "Marcus Ellery · Senior Writer"
_LINE_BREAK_RE = re.compile(r"[\r\n]+")
# Words that put a place after a name: "Luke Harding in Kyiv", "Max Muster aus Kiew".
_PLACE_WORDS = frozenset({"in", "aus", "à", "em"})
# "Jane Smith | Special to The Post": a freelancer's credit, a role.
_SPECIAL_TO_RE = re.compile(r"^special\s+(?:to|for)\s+\S", re.IGNORECASE)
# Role words written before a name in Chinese bylines: "记者 王晓东".
# "记者 张三", "社会部記者 佐藤 美香", "記者陳宏銘": a role (with its desk) before the name.
_PREFIX_ROLE_CJK_RE = re.compile(
    r"^(?P<role>[^\s\d:：/／]{0,5}?(?:特约记者|记者|記者|特派记者|特派員|编辑|編輯|編集委員|责编|責編|校对|校對"
    r"|撰文|攝影|摄影|採訪|采访|文字|設計|设计|責任編輯|责任编辑|实习生|實習生)"
    # "大阪社会部　鈴木俊輔": a Japanese desk (…部) and a space before the name
    r"|[^\s\d:：/／]{1,6}部(?=\s))[\s:：｜丨]*(?=\S)"
)
# "Tekst: Kari Nordmann Foto: Ola Nordmann": a role with a colon inside a segment starts
# the next credit.
_MID_ROLE_RE = re.compile(
    r"(?<=\w) (?=(?:photos?|fotos?|photography|fotografie|bilder?|images?|text|texte|video|"
    r"tekst|beeld|testo|texto|grafik|graphics?|illustrations?|текст|фото|видео|"
    r"fotografia|fotografía|teksti|kuvat|kuva|rep|red|redaktur|editor|reporter)\s*:)",
    re.IGNORECASE,
)


def _drop_date_tail(text: str) -> str:
    """Remove a date tail ("| Published July 28, 2021") with _DATE_TAIL_RE.

    The pattern is tried only where a date word occurs in some letter case: that check
    costs little, the pattern's search a lot.
    """
    if text.isascii() or _CASE_QUIRKS_RE.search(text) is None:
        lowered = text.lower()
        if not any(cue in lowered for cue in _DATE_TAIL_CUES):
            return text
    return _DATE_TAIL_RE.sub("", text)


def _line_breaks_to_commas(text: str) -> str:
    """Join the lines of ``text`` with ", ", dropping blank ones and the spaces around breaks.

    (Splitting first keeps this linear: a pattern such as ``\\s*[\\r\\n]+\\s*`` searched
    over a long run of spaces retries the run from every position, which is quadratic.)
    """
    if "\n" not in text and "\r" not in text:
        return text
    parts: list[str] = []
    for line in _credit_lines(text):
        if parts and (
            line.casefold() in _CONJ_WORDS  # "By\nA\nand\nB": a conjunction on its own line
            or parts[-1].casefold() in _CONJ_WORDS
            or parts[-1].endswith(_JOINING_ENDS)
        ):
            parts.append(f" {line}")
        else:
            parts.append(f", {line}" if parts else line)
    return "".join(parts)


# A line that ends in one of these goes on in the next line ("Von Anna Berg und\nJonas Kern").
_JOINING_ENDS = tuple(f" {c}" for c in ("and", "und", "y", "et", "e", "en", "og", "och", "&"))
# Labels of the story's topics or section ("Temas: Economía, Turismo"): no credit follows.
_TOPIC_LABELS = _words(
    "topics tags temas tema tópicos tópicos themen thema schlagworte schlagwörter rubrik "
    "thèmes sujets rubrique argomenti categoria categoría categorias categorías categories "
    "category section sección sezione etiquetas"
)


def _credit_lines(text: str) -> list[str]:
    """The lines of a byline element that credit someone, in order.

    A byline element as a scraper takes it holds the page's furniture too. The credits
    come first; a line that gives the date closes them: after it only a labelled credit
    ("Edited By: Sumit Kaushal", "Foto: Rui Mota") or an e-mail address is read. A line
    that repeats one before (the name above its "by" line) and the noise of _noise_line
    are dropped everywhere after the first line.
    """
    kept: list[str] = []
    seen: set[str] = set()
    dated = False
    repeated_last = False  # the line before repeated the last credit's name
    lines = _joined_lines(text)
    for i, line in enumerate(lines[1:4], 1):
        if _BY_LINE_RE.match(line):
            # "Deal Professor\nBy STEVEN DAVIDOFF SOLOMON": a column's or section's name
            # above the "By" line is not a credit (a labelled one before it stays)
            lines = [x for x in lines[:i] if _labelled_credit(x)] + lines[i:]
            break
    for line in lines:
        first = (line.lstrip("-–—•·* ").split(None, 1) or [""])[0].strip(".,:;!()").casefold()
        if kept and first in _STOP_WORDS:
            break  # "Latest", "More from", "Related": other stories follow
        if _LABEL_LINE_RE.match(line) or _LISTEN_LINE_RE.match(line):
            continue  # "Author", "About the Author", "NEWSPAPER SECTION: News", "Listen to ..."
        if kept and (
            line.endswith((":", "："))
            or line.strip(" -–—|·•").casefold() in _LEAD_IN_WORDS
            or line.partition(":")[0].strip().casefold() in _TOPIC_LABELS
        ):
            # "Search for this author in:", "Compartilhe:", "- in" (a section follows):
            # not a credit's label (those were joined to their names), so the credits ended
            break
        if not kept and (first in _UI_WORDS or first in _SECTION_WORDS) and len(line.split()) <= 2:
            continue  # "Bookmark\nShare\nComments\nNews\nBy\nLiam Thackeray": buttons first
        if line.endswith(("/", "|")) and is_place(line.rstrip(" /|")):
            continue  # "Ciudad de México /\nVerónica Escobedo": where the story was filed
        if _date_line(line):
            # "May 13, 2026, 4:05 PM UTC", "13 - مايو - 2026": after the credits the date
            # closes them; before them it is passed over.
            dated = dated or bool(kept)
            continue
        if kept:
            key = _strip_prefix(line).casefold()
            after_repeat, repeated_last = repeated_last, False
            if key in seen:
                # "Ezra Lindqvist\nEzra Lindqvist\nStaff Writer"
                repeated_last = key == _strip_prefix(kept[-1]).casefold()
                continue
            if after_repeat and dated and _is_role(line) and not _is_role(kept[-1]):
                # "Max Garland\n\nPublished June 8, 2027\n\nMax Garland\nReporter": the
                # author box under the date repeats the name with its role
                kept.append(line)
                continue
            if any(c.isdigit() for c in line) and len(_LETTER_RUN_RE.findall(line)) <= 1:
                continue  # "FALTER 47/26", "Nr. 212": an issue number, a count
            if dated and not _labelled_credit(line):
                continue  # "52 Comments", "Republish", "Leave a comment"
            if _noise_line(line, kept):
                email = _EMAIL_RE.search(line)
                if email and (
                    _EMAIL_LABEL_RE.match(line)  # "Email: siobhan.keane@iconicmedia.ie"
                    or any(
                        (name := _strip_prefix(k).rpartition(":")[2].strip()) and name in line
                        for k in kept
                    )
                ):
                    # "... Contact him at ademarban@adn.com.", "Stateline reporter Alex
                    # Brown can be reached at abrown@stateline.org."
                    kept.append(email.group(1))
                continue
        if len(text) > len(line):
            cut = _drop_date_tail(line).strip(" ,;|")
            if cut != line:
                # "New Delhi,UPDATED: May 13, 2026 18:42 IST": a date ends the line, and
                # after the credits it closes them
                dated = dated or bool(kept)
                line = cut
                if not line:
                    continue
        kept.append(line)
        seen.add(_strip_prefix(line).casefold())
    return kept


_BY_WORDS = _words("by von par por oleh door")


def _joined_lines(text: str) -> list[str]:
    """The non-blank lines of a byline element, with a credit's pieces put back together.

    A line ending in a comma goes on in the next ("Rafael Oliveira,\nTatiana Ferraz"); a
    credit's label alone on its line takes the next line as its name ("Written by :\n
    Keerthana Ravichandran", "Edição:\nMarina Dias").
    """
    out: list[str] = []
    glue = ""
    for raw in _LINE_BREAK_RE.split(text):
        line = raw.strip()
        if not line:
            continue
        if glue:
            line = f"{glue}{line}" if glue.endswith("：") else f"{glue} {line}"
            glue = ""
        if line.endswith(",") and len(line) > 1:
            glue = line
            continue
        if line.endswith((":", "：")) and (
            _credit_label(line[:-1]) or _EMAIL_LABEL_RE.match(f"{line} x@y")
        ):
            glue = line  # ("Email:\nsiobhan.keane@iconicmedia.ie": the address follows)
            continue
        if line.casefold() in _BY_WORDS:
            glue = f"{line}:"  # "Oleh\nBanu Astono": "by" alone on its line (Oleh is a name too)
            continue
        if line.endswith((" by", " By", " BY")) and len(line.split()) <= 3 and _credit_label(line):
            glue = line  # "Photos by\nMuhammad Rehan": the role's name on the next line
            continue
        if line in _ROLE_LINE_WORDS:
            glue = f"{line}："  # "文字\n朱世凱", "글:\n이주연": a role alone on its line
            continue
        out.append(line)
    if glue:
        out.append(glue)
    return out


def _credit_label(label: str) -> bool:
    """A label that credits the name after it: "Written by", "Edited by", "Edição", "Fotos"."""
    label = label.strip()
    if not label:
        return False
    m = _PREFIX_RE.match(label)
    if m is not None and m.end() >= len(label):
        return True
    return (
        _ROLE_BY_RE.match(f"{label} X") is not None
        or _ROLE_PREFIX_RE.match(f"{label}: X") is not None
        or label.casefold() in _CREDIT_LABELS
        or _is_role(label)
    )


def _date_line(line: str) -> bool:
    """A line of a byline element that gives a date or time and credits no one.

    A date pattern, and besides the words of dates (months, weekdays, prefixes such as
    "Published" or "Stand", fillers, zones) at most one other word: "Updated 6:12 p.m. CT
    Oct. 15, 2025", "Rabu, 12 Agustus 2026 - 18:42 WIB", but not "Aidan Brennan on 17
    June 2026".
    """
    if not (
        _TIME_OR_DATE_RE.search(line)
        or _CJK_DATE_IN_LINE_RE.search(line)
        or (
            any(c.isdigit() for c in line)
            and any(_month_word(w.strip(".,").casefold()) for w in line.split())
        )
    ):
        return False
    if _labelled_credit(line):
        return False
    others = 0
    for word in _LETTER_RUN_RE.findall(line):
        w = word.casefold()
        if "\u0370" <= w[:1] <= "\u03ff":
            w = _strip_accents(w)  # Greek: the tables hold the words without accents
        if (
            w in _MONTHS
            or w in _WEEKDAYS
            or w in _DATE_LINE_WORDS
            or (word.isupper() and len(word) <= 5)  # a zone: "EDT", "WIB", "IST"
        ):
            continue
        others += 1
        if others > 1:
            return False
    return True


def _month_word(w: str) -> bool:
    """A month's name, folded; a Greek one also with its accents ("Ιουνίου")."""
    return w in _MONTHS or ("\u0370" <= w[:1] <= "\u03ff" and _strip_accents(w) in _MONTHS)


def _labelled_credit(line: str) -> bool:
    """ "Edited By: Sumit Kaushal", "Foto: Rui Mota", "Editor: Irfan Pribadi", an e-mail."""
    if "@" in line or line.startswith("*"):
        return True  # an e-mail address; a footnote on the author ("*Estagiária sob ...")
    if _ROLE_BY_RE.match(line) or _ROLE_PREFIX_RE.match(line):
        return True
    label, colon, _ = line.partition(":")
    return bool(colon) and _labeled_name(line) is not None and (
        _is_role(label) or label.strip().casefold() in _CREDIT_LABELS
    )


def _noise_line(line: str, before: list[str]) -> bool:
    """A line of a byline element that credits no one.

    Scrapers take the page's byline block whole: buttons ("Share", "Teilen", "Suivre ce
    journaliste"), comment counts ("|", "214"), reading times ("4 min. read", "Lesedauer:
    3 Minuten"), a relative day ("Yesterday at 18:12") and the author's bio sentence after
    their name ("Zoya Teirstein is a staff writer at Grist ...").
    """
    letters = [c for c in line if c.isalpha()]
    if (len(letters) <= 1 or (len(letters) <= 3 and set(letters) == {"A"})) and "@" not in line:
        return bool(before)  # punctuation, numbers, a font-size "A" or "AA" after the names
    first = line.split(None, 1)[0].strip(".,:;!()").casefold()
    ui = first in _UI_WORDS or first.split("/")[0] in _UI_WORDS or first in _RELATIVE_DAYS
    if ui and len(line.split()) <= 8:
        return True  # ("(Consulter le profil)" in parentheses too)
    folded = line.casefold()
    if "google news" in folded or "trust project" in folded or line.startswith("©"):
        return True  # "Síguenos en Google News", "Newsweek Is A Trust Project Member"
    if before and _COUNT_LINE_RE.match(line):
        return True  # "7 Comments", "Kommentare: 23"
    if before and len(line.split()) <= 3 and line.split()[-1] in _LEAD_IN_ENDS:
        return True  # "Edizione del" (the date follows on the next line)
    words = line.split()
    if (
        before
        and len(words) >= 5
        and (line.endswith((".", "!", "?")) or len(words) >= 10)
        and sum(w[:1].islower() and w.casefold() not in _NAME_PARTICLES for w in words) >= 3
    ):
        # A sentence: "Posts from this author will be added to your ...". (A role line
        # has no full stop: "Corresponsal en París para la sección de internacional".)
        return True
    if any(c.isdigit() for c in line) and _READING_TIME_PIECE_RE.search(line):
        return True  # (every reading time gives its minutes)
    if line.endswith(" ago") or " ago " in line:
        return True  # "1 hr ago | Views": when the page was read
    if _PRINTED_IN_RE.match(line):
        return True  # "Printed in DAWN, May 14, 2015": the print edition
    if line in _WRITES_WORDS:
        return True  # "Ólafur Björn Sverrisson\nskrifar": "writes" under the name
    m_bio = _IS_ROLE_RE.match(line) if before else None
    return m_bio is not None and any(m_bio.group("name") in b for b in before)


_WRITES_WORDS = frozenset({"skrifar", "skriver", "schreibt", "écrit", "escribe", "scrive", "schrijft", "kirjoittaa"})
_PRINTED_IN_RE = re.compile(
    r"^(?:printed|published|appeared|erschienen|paru|publicado)\s+(?:in|im|dans|en)\s", re.I
)
_IS_ROLE_RE = re.compile(
    r"^(?P<name>.+?)\s+(?:is|ist|est|es|è)\s+(?:an?|the|ein|eine|un|une)\s+(?P<role>.+)$"
)


def _is_role_sentence(text: str) -> re.Match[str] | None:
    """Match _IS_ROLE_RE, tried only when one of its verbs ("is", "ist", "es", "è") occurs."""
    if "is" in text or "es" in text or "è" in text:
        return _IS_ROLE_RE.match(text)
    return None


_SHIFT_WORDS = _words(
    "now earlier later previously jetzt zuvor bisher maintenant avant ahora antes"
)
_PAREN_RE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
_ORG_WORDS = _words(
    """
    redaktion newsroom staff team desk news nachrichten zeitung zeitungen online
    agentur agency press presse media medien verlag times post journal tribune herald
    gazette daily weekly magazine magazin radio tv television fernsehen rundfunk
    ajansı ajansi agencia agenzia agence dienst service services group gruppe
    editorial board wire images pictures redazione redacción redação rédaction redactie
    redaksjonen redaktionen редакция
    agência prensa imprensa stampa notícias noticias notizie nieuws nyheter nyheder
    uutiset wiadomości gazeta gazzetta diario diário giornale quotidiano krant dagblad
    tidning tidende sanomat correio correo corriere kurier courrier rundschau anzeiger
    tagblatt tageblatt agencias agences agenturen agencies digital conteúdo contenidos
    university universität université universidad università universidade universitas institute
    institut instituto istituto college foundation stiftung report equipe équipe equipo
    новости агентство газета радио cadena canal televisión televisão rádio
    haber haberler merkezi servisi sports sportowy przegląd vanguardia
    nachrichtenagentur presseagentur network networks radyo info portal noviny novine
    deník denník dnevnik fm
    gemeinde polizei polizeipräsidium polizeidirektion polizeiinspektion landratsamt
    ministerium ministry ministère ministerio ministero municipality municipalidad
    municipio ayuntamiento mairie gendarmerie carabinieri polizia questura bundesanstalt
    bundesamt landesamt behörde
    """
)
# Nouns that end newspaper names ("Arizona Republic", "Houston Chronicle"): an outlet when
# they close a several-word name (a person is rarely surnamed so; "Sun" and "Star" are
# left out, being names too).
_PAPER_ENDS = _words(
    """
    republic examiner chronicle inquirer observer guardian independent telegraph mirror
    express courier dispatch sentinel register bulletin enquirer monitor globe standard
    gazette tribune herald journal times post today courant review ledger advocate
    democrat statesman citizen beacon leader oklahoman telegram banner pioneer advertiser
    world
    """
)
# Newsroom words inside names in scripts without spaces: newspaper, daily, news agency,
# broadcaster (Japanese, Chinese, Korean, Hindi).
_ORG_MARKERS = (
    "週刊",
    "周刊",
    "新聞",
    "新闻",
    "日報",
    "日报",
    "通信社",
    "新华社",
    "新華社",
    "テレビ",
    "放送",
    "電視",
    "电视",
    "신문",
    "일보",
    "뉴스",
    "방송",
    "통신",
    "दैनिक",
    "समाचार",
    "編集部",
    "编辑部",
    "編輯部",
    "報道部",
    "ออนไลน์",  # Thai "online"
    "न्यूज",  # Hindi and Marathi: news, network, news service
    "नेटवर्क",
    "वृत्तसेवा",
    "ข่าว",  # Thai "news"
    "نيوز",  # Arabic "news" (as a loanword in outlets' names)
    "أونلاين",  # Arabic and Persian "online", Urdu "desk", Gujarati "news"
    "آنلاین",
    "ڈیسک",
    "ન્યૂઝ",
)
_SUBWORD_RE = re.compile(r"[\s.\-_/]+")
# Broadcasters known by their acronym, also when a region follows ("MDR SACHSEN-ANHALT").
_BROADCASTERS = frozenset(
    {
        "ARD",
        "ZDF",
        "MDR",
        "NDR",
        "WDR",
        "SWR",
        "BR",
        "HR",
        "RBB",
        "SR",
        "RB",
        "ORF",
        "SRF",
        "BBC",
        "CNN",
        "CBS",
        "NBC",
        "ABC",
        "RTL",
        "NTV",
        "N-TV",
        "RAI",
        "RTVE",
        "NOS",
        "VRT",
        "RTBF",
        "DR",
        "NRK",
        "SVT",
        "YLE",
        "DW",
        "RFI",
        "ITV",
        "SKY",
        "PBS",
        "TRT",
        "NHK",
        "KBS",
        "CGTN",
        "NPR",
    }
)
_ORG_LEADING_ARTICLE = frozenset(
    # (Portuguese "o"/"a": "O Tempo", "A Tarde")
    {"the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "los", "las", "o", "a"}
)
_DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,3}|info|online|news|media)$", re.I)
_HONORIFIC_RE = re.compile(r"^(?:dr|prof|mr|mrs|ms|mme|m|sr|sra|hr|fr)\.?$", re.I)
_NAME_SUFFIX_RE = re.compile(r"^(?:jr|sr|ii|iii|iv|ph\.?\s?d|m\.?d|esq)\.?$", re.I)
_DATEISH_RE = re.compile(
    r"^(?:updated|published|posted|aktualisiert|veröffentlicht|stand|mis à jour|publié)\b"
    r"|\d{1,4}[:./-]\d{1,2}|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_ABBREV_END_RE = re.compile(r"(?:\b(?:jr|sr|ph\.\s?d|m\.d|esq)|(?:^|[\s.])\w)\.$", re.IGNORECASE)
_TRAILING_PUNCT = " \t.,;:|-–—·•*_\"'“”„«»[]"


# --------------------------------------------------------------------------------------
# Plain names
# --------------------------------------------------------------------------------------
#
# Most credits are plain names ("Birgit Baumann", "AFP", "Dr. Max Kolter", "t-online"),
# and every rule above passes such a name through unchanged: the full pipeline only
# decides whether it names a person or an organization. A plain name is words of letters
# (str.isalpha) joined by single spaces (a dot or a hyphen may join letters inside a word,
# and a word but the last may end with a dot) and none of its words is one that a rule
# reacts to:
#
# - no bracket, parenthesis, colon, comma, "@", digit, quote or other separator character
#   (links, e-mail addresses, dates, "Photo:", "(dpa)", "CNN's" need them);
# - no word that starts a prefix or a role credit, names a date, says "is", joins names,
#   opens a URL or "Material von", and no role noun (roles need one) -- _PLAIN_STOP below;
# - no Korean, Japanese or Chinese role or "and others" ending;
# - none of the few letters that case-insensitive patterns match although their lower
#   case differs (dotted and dotless i, long s, old Cyrillic forms), so that comparing
#   lower-cased words with the vocabulary is what the patterns do.
#
# For such a name parse_byline skips the rules and goes straight to the decision;
# tests/test_bylines.py checks that both ways agree.

# Words the rules match whatever their case (compared lower-cased and case-folded) ...
_RELATIVE_DAYS = _words(
    "today yesterday heute gestern hoy ayer aujourd'hui aujourd’hui hier oggi ieri hoje ontem "
    "vandaag gisteren idag igår tänään eilen dzisiaj wczoraj сегодня вчера há hace"
)
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
# Lines of a byline element that only label what follows or name the section.
_LABEL_LINE_RE = re.compile(
    r"^(?:(?:about\s+the\s+)?authors?|autor(?:in|en)?|auteur|autore|writer|"
    r"(?:newspaper\s+)?section\s*:.*|text\s+size|sección\s*:.*|rubrik\s*:.*)\s*:?$",
    re.IGNORECASE,
)
# Words of date lines besides months and weekdays: the prefixes of _DATE_WORDS, fillers.
_DATE_LINE_WORDS = _DATE_WORD_PARTS | _words(
    "am pm a p m at on um uhr kl klo h de del le la el à às alle ore om o e y and und et "
    "the of update first modified den jour em ultimo agg 年 月 日 時 分 秒 时 년 월 일 시 분 "
    "午前 午後 上午 下午 입력 수정 최종 업데이트 thứ tư hai ba năm sáu bảy chủ nhật "
    "نشر في آخر تحديث توقيت مكة oluşturulma güncellenme tarihi น ม ค มี เม พ มิ ย ก ส ต ธ"
)
_CJK_DATE_IN_LINE_RE = re.compile(r"\d{4}年\d{1,2}月|\d{4}년\s?\d{1,2}월")
# An audio player's button: "Listen to this article", "Escuchar la noticia", "Artikel anhören".
_LISTEN_LINE_RE = re.compile(
    r"^(?:listen|escuchar|escucha|écouter|ecouter|ouvir|ascolta|luister|lyssna|lyt|"
    r"(?:artikel|beitrag)\s+(?:anhören|vorlesen))\b(?:\s+(?:to|la|el|à|a|l'|o|al|the|this|"
    r"esta|este|cette|ce|questo|dit|den|denna)\b)*\s*(?:article|artículo|articolo|artigo|"
    r"artikel|story|nota|noticia|notícia|notizia|l'article|bericht)?\b",
    re.IGNORECASE,
)
# Roles that stand alone on the line above the name in East Asian bylines (Taiwanese
# "文字/攝影/設計/責任編輯", Korean "글/사진").
_EAST_ASIAN_LABELS = _words("文字 攝影 摄影 設計 设计 責任編輯 责任编辑 編輯 编辑 撰文 글 사진")
_ROLE_LINE_WORDS = _EAST_ASIAN_LABELS | _words("圖 图 취재 편집")
# Last words of a label whose value is on the next line: "Edizione del", "Ausgabe vom".
_LEAD_IN_ENDS = _words("del della of de du vom am da do van")
# A line of one of these words after the credits leads into a section or a place: "- in
# \nDatenschutz", "en\nPolítica".
_LEAD_IN_WORDS = _words("in im en em na no dans sur w v u op i")
# First words of a line after which a byline element lists other stories.
_STOP_WORDS = _words("latest related more weitere mehr más disclosure")
# Lower-case words inside names ("Ludwig van Beethoven", "Ana da Silva"): not the
# lower-case words of a sentence.
_NAME_PARTICLES = _words("de da do dos das del della di van von der den ter la le bin al y e")
# Labels before a colon that credit the name after them ("Reporter: Fadhil Rahmawan").
_CREDIT_LABELS = _EAST_ASIAN_LABELS | _words(
    "reporter penulis editor redaktur rep red texto text texte foto photo fotos photos "
    "edição edición edicion edizione "
    "fotografia fotografía bild bilder kamera video grafik illustration"
)
_PLAIN_STOP = _ROLE_NOUNS | _words(
    """
    written reporting reported story words text texte by from geschrieben verfasst von
    كتب بقلم โดย ผู้เขียน συντάκτης συντάκτρια авторы authors autoren auteurs autores autori autorzy écrit ecrit rédigé
    un par escrito por di door deur av af от автор avec mit con com του της των
    and with www material informationen angaben da do dos em oprac bureau büro
    texto textos reportagem reportaje
    기자 특파원 논설위원 記者 记者 特派員 特派员 编辑 編集委員 ni daga
    source quelle fuente fonte elaborado elaborada übermittelt ρεπορτάζ γράφει
    """
) | _UI_WORDS | _RELATIVE_DAYS | _DATE_WORD_PARTS | frozenset(_WEEKDAYS)
# ... and words they match only as written ("Jane E Doe" is one name, "Jane e Doe" two).
_PLAIN_STOP_AS_WRITTEN = frozenset(w for w in _CONJ_WORDS if w.isalpha()) | _words(
    "is ist est es è in aus à to de via"
)
_PLAIN_LAST = frozenset("외等か他명人名")


def _is_plain(text: str) -> bool:
    """Tell whether every rule of parse_byline passes ``text`` through unchanged."""
    if not text[-1:].isalpha() or text[-1] in _PLAIN_LAST:
        return False
    # Words of letters joined by single ".", "-", " " or ". " and nothing else: then no
    # word of ``words`` is empty and only letters are left beside the spaces.
    words = text.replace(". ", " ").replace(".", " ").replace("-", " ")
    tokens = words.split(" ")
    if "" in tokens or not words.replace(" ", "").isalpha():
        return False
    if not _PLAIN_STOP_AS_WRITTEN.isdisjoint(tokens):
        return False
    if _compound_role(tokens[0]):
        return False  # "Korrespondentin", "Landeskorrespondent Sachsen-Anhalt"
    if not words.isascii() and (
        _PREFIX_ROLE_CJK_RE.match(text) or text.endswith(("報導", "报道", "報道"))
    ):
        return False  # "社会部記者 佐藤 美香", "記者陳宏銘": a role glued before the name
    if text.startswith("Oleh ") and _OLEH_CAPS_RE.match(text):
        return False
    if (text.startswith("ni ") and text[3:4].isupper()) or (
        text.startswith("Daga ") and len(tokens) >= 3
    ):
        return False  # Tagalog "ni", Hausa "Daga" before the name: read by _prepare
    if text.startswith("NA ") and _SWAHILI_NA_RE.match(text):
        return False
    if ". " in text and is_place(text.rpartition(". ")[2]):
        return False  # "Europa Press. Pamplona"
    if len(tokens) >= 3 and _LOWER_UPPER_RE.search(text):
        return False  # "Marcos LemaCarlos Rocha" (see _split_glued_names)
    if len(tokens) >= 3:
        spaced = text.split(" ")
        if _agency_tail(spaced) or _outlet_acronym_tail(spaced):
            return False
        if len(spaced) >= 4 and (
            _outlet_tail(spaced)
            or _place_bureau_tail(spaced)
            or is_place(spaced[-1])
            or is_place(" ".join(spaced[-2:]))  # "Press Trust of India New Delhi"
            or (len(spaced) >= 5 and is_place(" ".join(spaced[-3:])))  # "... New York City"
        ):
            return False
    if words.isascii():
        return _PLAIN_STOP.isdisjoint(words.lower().split(" "))
    if _CASE_QUIRKS_RE.search(words) is not None:
        return False
    lowered = words.lower()
    if not _PLAIN_STOP.isdisjoint(lowered.split(" ")):
        return False
    folded = words.casefold()
    return folded == lowered or _PLAIN_STOP.isdisjoint(folded.split(" "))


@dataclass(slots=True)
class _Piece:
    """One contributor being assembled."""

    name: str
    kind: str = "person"
    role: str | None = None
    affiliation: str | None = None
    email: str | None = None
    sep_before: str = ""
    plain: bool = False  # a plain name (see _is_plain), which _clean leaves as it is
    source: bool = False  # credited by a source line ("Izvor: N1"), no one's affiliation


def is_agency(name: str) -> bool:
    """Tell whether a name is a known news agency ("AFP", "dpa", "Reuters", "AP").

    Args:
        name: A contributor name as written.

    Returns:
        True for a known news agency. Short agency names that are also ordinary words or
        initials ("AP", "PA", "TT") count only when written in capitals.
    """
    key = _WS_RE.sub(" ", name.strip()).casefold()
    if key not in AGENCIES:
        return False
    if key in _CAPS_ONLY:
        return name.strip().isupper()
    return True


def _looks_like_organization(name: str) -> bool:
    """Tell a news organization or publication from a person's name.

    Known agencies; web domains ("sportschau.de"); short acronyms ("TPN", "SID");
    names with a newsroom word in any script ("BR24 Redaktion", "FOCUS online",
    "t-online", "朝日新聞デジタル"); a leading article ("Le Monde", "DER SPIEGEL"); a known
    broadcaster acronym first ("MDR SACHSEN-ANHALT").
    """
    words = name.split()
    if not words:
        return False
    folded_name = name.casefold()
    key = " ".join(folded_name.split()) if len(words) > 1 else words[0].casefold()
    if key in AGENCIES and (key not in _CAPS_ONLY or name.strip().isupper()):
        return True  # is_agency(name)
    if not folded_name.isascii() and (
        any(marker in folded_name for marker in _ORG_MARKERS)
        # "聯合報", "人民日报": a Chinese or Japanese paper's name ends in "paper"
        or (len(folded_name) >= 2 and folded_name.endswith(("報", "报")) and " " not in folded_name)
    ):
        return True
    if "." in folded_name or "-" in folded_name or "_" in folded_name or "/" in folded_name:
        parts = _SUBWORD_RE.split(folded_name)
    else:  # the same words, split faster
        parts = folded_name.split()
    if not _ORG_WORDS.isdisjoint(parts):
        return True
    if "." in name and any(_DOMAIN_RE.match(w) for w in words):
        return True
    if len(words) >= 2 and is_agency(words[0]) and is_place(" ".join(words[1:])):
        return True  # "PA Scotland", "AFP Paris": an agency's desk
    if len(words) == 2 and 2 <= len(words[1]) <= 3 and words[1].isupper() and is_agency(words[0]):
        return True  # "AFP FR", "AP EN": an agency's service in a language
    if any(c.isdigit() for c in name) and any(
        any(c.isdigit() for c in w) and (any(c.isalpha() for c in w) or w.isdigit())
        for w in words
    ):
        return True  # "g1", "News24", "FRANCE 24": no person's name has digits
    if (
        len(words) >= 2
        and words[-1].casefold() in {"sun", "star"}
        and is_place(" ".join(words[:-1]))
    ):
        return True  # "Baltimore Sun", "Toronto Star" (not "Li Sun": Li is no place)
    if len(words) == 1 and name[:1].islower() and any(c.isupper() for c in name[1:]):
        return True  # "detikNews", "iNews": a brand written in camel case
    if 2 <= len(words) <= 3 and any(w in _BROADCASTERS for w in words[1:]):
        return True  # "Thai PBS World"
    if len(words) >= 2 and " ".join(words[:2]).casefold() in AGENCIES:
        return True  # "Al Arabiya English": a known outlet's edition
    if name in {"red", "red."}:
        return True  # German "red." (Redaktion): the newsroom
    if len(words) == 2 and words[1] == "Bureau" and words[0].isupper():
        return True  # "ET Bureau", "TOI Bureau": an outlet's bureau
    if "-" in words[0] and words[0].split("-")[0].upper() in _BROADCASTERS:
        return True  # "ARD-Hauptstadtstudio", "ZDF-Korrespondent"
    if len(words) == 1:
        word = words[0]
        # "TPN", "SID", "ORF": a short all-capitals token is an acronym, not a person.
        return (
            word.isupper()
            and 2 <= sum(c.isalpha() for c in word) <= 5
            and all(c.isalnum() or c in "-&" for c in word)
        )
    if not _PAPER_ENDS.isdisjoint(words[-1].casefold().split("-")) and all(
        w[:1].isupper() for w in words
    ):
        return True  # "Arizona Republic", "Houston Chronicle"
    first = words[0].casefold().strip(".,")
    if first in _ORG_LEADING_ARTICLE and words[1][:1].isupper():
        return True
    return words[0].upper() in _BROADCASTERS


# The heads of German, Dutch and Nordic compound job titles ("Auslandredaktor",
# "Wirtschaftskorrespondentin", "Sportverslaggever").
_COMPOUND_ROLE_HEADS = (
    "redakteur", "redakteurin", "redaktor", "redaktorin", "korrespondent", "korrespondentin",
    "reporter", "reporterin", "kommentator", "kommentatorin", "fotograf", "fotografin",
    "journalist", "journalistin", "verslaggever", "redacteur", "medarbetare", "leiter",
    "leiterin",
)


def _compound_role(word: str) -> bool:
    """A single word that is a compound job title ("Auslandredaktor")."""
    w = word.casefold()
    w = w.replace("-", "")  # "Inland-Ressortleiter"
    return len(w) > 10 and w.isalpha() and w.endswith(_COMPOUND_ROLE_HEADS)


def _is_role(text: str) -> bool:
    """Tell a role or title ("Staff Writer", "Korrespondent in Moskau") from a name."""
    text = _ROLE_TAIL_RE.sub("", text)
    words = [w.casefold().strip(".,:()") for w in text.split()]
    words = [w for w in words if w]
    if len(words) == 1 and _compound_role(words[0]):
        return True
    if len(words) >= 2 and _compound_role(words[0]) and is_place(text.split(None, 1)[1]):
        return True  # "Landeskorrespondent Sachsen-Anhalt": a compound title and its region
    if len(words) >= 2 and (words[-1] in _SECTION_WORDS or words[-1].endswith("ressort")):
        words = words[:-1]  # "Leitender Redakteur Politik", "Redakteurin Berlin-Ressort"
    if not words or len(words) > 6:
        return False
    has_noun = any(w in _ROLE_NOUNS for w in words)
    if not has_noun:
        return False
    return all(w in _ROLE_NOUNS or w in _ROLE_MODIFIERS for w in words)


def _split_role_prefix(text: str) -> tuple[str | None, str]:
    """Split "Senior Reporter Jane Doe" into ("Senior Reporter", "Jane Doe").

    A compound ending in a role noun counts as one ("FOCUS-online-Redakteur Ulf Lüdeke").
    """
    words = text.split()
    cut = 0
    for i, w in enumerate(words):
        lw = w.casefold().strip(".,:")
        if lw in _ROLE_NOUNS or ("-" in lw and lw.rsplit("-", 1)[1] in _ROLE_NOUNS):
            cut = i + 1
        elif lw in _ROLE_MODIFIERS and i + 1 < len(words):
            continue
        else:
            break
    if 0 < cut < len(words) and words[cut][:1].isupper():
        if cut == len(words) - 1 and words[cut].casefold() in _ORG_WORDS:
            return None, text  # "Staff Report", "Online Desk": a house credit, not a name
        return " ".join(words[:cut]), " ".join(words[cut:])
    return None, text


def _sentence_case_role(text: str) -> bool:
    """Tell a sentence-case title ("Cyber correspondent", "Russia editor") from a name.

    Used only right after a person's name: a capitalised word and a role noun in lower
    case at the end, which no name has.
    """
    words = _ROLE_TAIL_RE.sub("", text).split()  # "... parlementaire à Ottawa"
    if not 2 <= len(words) <= 5:
        return False
    if not words[0][:1].isupper():
        # German: lower-case adjectives before a capitalised role noun.
        return all(w.islower() for w in words[:-1]) and words[-1].casefold() in _ROLE_NOUNS
    if words[-1].islower() and words[-1].strip(".,:") in _ROLE_NOUNS:
        return True
    if (
        all(w.islower() for w in words[:-1])
        and words[-1][:1].isupper()
        and words[-1].casefold() in _ROLE_NOUNS
    ):
        return True  # German: "diplomatischer Korrespondent", "freie Autorin"
    # The noun first, as French, Spanish and Italian put it: "Correspondante parlementaire".
    return words[0].casefold() in _ROLE_NOUNS and all(w.islower() for w in words[1:])


# The job titles that end a title-case role after a name ("Crime Correspondent").
_TITLE_ENDS = _words("correspondent editor reporter writer columnist")


def _title_case_role(text: str) -> bool:
    """Tell a title-case job title ("Crime Correspondent", "Investigations Editor").

    Used only right after a person's name: two or three capitalised words, the last a job
    title that ends no one's name.
    """
    words = text.split()
    if not (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)):
        return False
    if words[-1].casefold() in _TITLE_ENDS:
        return len(words) <= 3
    # "Austin Bureau Chief", "Brussels Correspondent": a place, then role words.
    lowered = [w.casefold() for w in words]
    for k in (1, 2):
        if (
            k < len(words)
            and is_place(" ".join(words[:k]))
            and lowered[-1] in _ROLE_NOUNS
            and all(w in _ROLE_NOUNS or w in _ROLE_MODIFIERS for w in lowered[k:])
        ):
            return True
    return False


def _split_role_suffix(text: str) -> tuple[str, str | None]:
    """Split "Tom Phillips Latin America correspondent" into the name and the role.

    The name is the first two capitalised words, or more up to the first role word
    ("Leigh Ann Caldwell Senior reporter"); the role ends in a role noun in lower case.
    """
    words = text.split()
    if (
        len(words) in (4, 5)
        and words[-1][:1].isupper()
        and all(w.casefold() in _ROLE_NOUNS | _ROLE_MODIFIERS for w in words[2:-1])
        and words[-1].casefold() in _ROLE_NOUNS
        and all(w[:1].isupper() for w in words)
    ):
        # "Aisha Mahmood Staff Reporter", "Lena Reece Senior Multimedia Journalist"
        return " ".join(words[:2]), " ".join(words[2:])
    if len(words) < 4 or not (words[-1].islower() and words[-1].strip(".,:") in _ROLE_NOUNS):
        return text, None
    cut = 2
    for i in range(2, len(words) - 1):
        if words[i].casefold() in _ROLE_MODIFIERS or words[i].casefold() in _ROLE_NOUNS:
            cut = i
            break
    # The name in capitalised words, the role opening with one ("Deputy political editor")
    # or all in lower case ("Hannah Klose World-Herald staff writer").
    if not all(w[:1].isupper() for w in words[:cut]) or not (
        words[cut][:1].isupper() or all(w.islower() for w in words[cut:])
    ):
        return text, None
    lower_role = all(w.islower() for w in words[cut:])
    if cut > 2 and not lower_role and not all(w[:1].isupper() for w in words[cut:-1]):
        return text, None
    return " ".join(words[:cut]), " ".join(words[cut:])


_REPORTING_FROM_RE = re.compile(
    r"\s+(?:reporting|writing|reports?)\s+(?:from|in)\s+\S.*$|"
    r"\s+(?:berichtet|schreibt)\s+aus\s+\S.*$|"
    r"\s+(?:depuis|desde)\s+\S.*$",
    re.IGNORECASE,
)


def _strip_place_tail(text: str) -> str:
    """Drop the place in "Luke Harding in Kyiv", "Vivian Nereim Reporting from Riyadh"."""
    m = _REPORTING_FROM_RE.search(text)
    if m and len(text[: m.start()].split()) >= 2:
        return text[: m.start()]
    words = text.split()
    for k in range(2, min(len(words) - 1, 6)):
        if words[k] in _PLACE_WORDS:
            place = words[k + 1 :]
            if (
                1 <= len(place) <= 3
                and all(w[:1].isupper() for w in words[:k])
                and all(w[:1].isupper() for w in place)
            ):
                return " ".join(words[:k])
            return text
    return text


# Initials after a name that are titles or suffixes, not an outlet.
_NOT_OUTLET_INITIALS = frozenset({"MP", "MEP", "MSP", "MLA", "MD", "QC", "KC", "OBE", "MBE", "CBE"})


def _outlet_tail(words: list[str]) -> int:
    """Where an outlet named after a two- or three-word name starts ("... Fox News"); 0 if none."""
    for n in (3, 2):
        head, tail = words[:-n], words[-n:]
        if tail[0] == "The" and 2 <= len(head) <= 3 and all(w[:1].isupper() for w in words):
            return len(head)  # "By Marcus Lindqvist The Spokesman-Review"
        if (
            2 <= len(head) <= 3
            and all(w[:1].isupper() for w in words)
            and not (_ORG_WORDS | _PAPER_ENDS).isdisjoint(tail[-1].casefold().split("-"))
            # "Globe Staff", "Prothom Alo English Desk": a department of the outlet, a credit.
            and tail[-1].casefold() not in {"staff", "desk", "team", "newsroom", "redaktion"}
            and _ORG_WORDS.isdisjoint(w.casefold() for w in head)
            and not is_place(" ".join(head))  # "Bay Area News Group" is one outlet
        ):
            return len(head)
    return 0


def _place_bureau(text: str) -> bool:
    """A place's bureau ("Austin Bureau", "Ottawa Bureau"), a role of its own."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and words[-1].casefold() in {"bureau", "büro"}
        and is_place(" ".join(words[:-1]))
    )


def _place_bureau_tail(words: list[str]) -> int:
    """Where "<Place> Bureau" starts after a two- or three-word name; 0 if none."""
    if words[-1].casefold() not in {"bureau", "büro"}:
        return 0
    for n in (1, 2):
        head = words[: -n - 1]
        if 2 <= len(head) <= 3 and is_place(" ".join(words[-n - 1 : -1])):
            return len(head)
    return 0


def _hyphen_paper_tail(words: list[str]) -> bool:
    """The last word is a hyphenated paper's name ("World-Herald", "Post-Gazette")."""
    parts = words[-1].split("-")
    return (
        len(parts) == 2
        and all(part[:1].isupper() for part in parts)
        and parts[1].casefold() in _PAPER_ENDS
        and all(w[:1].isupper() and not w.isupper() for w in words[:-1])
    )


def _outlet_acronym_tail(words: list[str]) -> bool:
    """The last word is an outlet's initials ("HS", "NZZ") after a mixed-case name."""
    last = words[-1]
    return (
        2 <= len(last) <= 4
        and last.isupper()
        and last.isalpha()
        and last not in _NOT_OUTLET_INITIALS
        and _NAME_SUFFIX_RE.match(last) is None
        and all(w[:1].isupper() and not w.isupper() for w in words[:-1])
    )


_TAIL_AGENCIES = frozenset(
    {"Reuters", "AFP", "dpa", "PTI", "IANS", "ANI", "EFE", "ANSA", "Xinhua", "Bernama", "Yonhap"}
)


def _agency_tail(words: list[str]) -> int:
    """How many last words of a name credit an agency ("DAVID RISING Associated Press").

    A several-word agency after at least two words, or an agency written differently from
    a name in capitals before it; 0 when none (a person may be called "Bloomberg").
    """
    for n in (3, 2, 1):
        if len(words) < n + 2:
            continue
        tail, head = " ".join(words[-n:]), " ".join(words[:-n])
        if not is_agency(tail):
            continue
        if n >= 2 or (head.isupper() and not tail.isupper()) or (
            # "Anuron Kumar Mitra Reuters": an agency no one is named after, after a full name
            len(words) >= 3 and tail in _TAIL_AGENCIES
        ):
            if len(words) >= n + 3 and words[-n - 1] in {"The", "THE"}:
                return n + 1  # "Jim Bronskill The Canadian Press"
            return n
    return 0


def _clean(text: str) -> str:
    end = text.rstrip(" ,;:|")
    # (The pattern ends in "\\.$", and "$" also matches before a final line break.)
    keep_dot = (end.endswith((".", ".\n"))) and _ABBREV_END_RE.search(end) is not None
    text = text.strip(_TRAILING_PUNCT).strip()
    if keep_dot:  # "Martin Luther King, Jr.", "Jane Doe, Ph.D."
        text += "."
    # Drop a parenthesis left open or closed by a split ("(dpa" / "dpa)").
    if text.count("(") != text.count(")"):
        text = text.strip("()").strip(_TRAILING_PUNCT).strip()
    elif text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return text


def _strip_prefix(text: str) -> str:
    for _ in range(2):  # "By: By Jane Doe" happens in scraped pages
        m = _PREFIX_RE.match(text)
        if m is None:
            return text
        word = m.group(0).strip(" :").casefold()
        rest = text[m.end() :]
        if not rest.strip(_TRAILING_PUNCT):
            return ""  # a prefix with nobody after it
        if word in _PARTICLE_PREFIX and not text[m.end() - 1 :].startswith(":"):
            first = _SEP_RE.split(rest, maxsplit=1)[0].strip()
            # "Di Maio" is a surname; "Di Mario Rossi" and "Di AFP" are credits.
            if (
                len(first.split()) < 2
                and word in _SURNAME_PARTICLES
                and not _looks_like_organization(first)
                and first.casefold() not in _POSSESSIVES
            ):
                return text
            # A particle prefix needs what follows to start like a name or an agency.
            opener = rest.split(None, 1)[0].casefold()
            if (
                not rest[:1].isupper()
                and not _looks_like_organization(first)
                and opener not in _POSSESSIVES
            ):
                return text
        text = rest
    return text


_ROLE_AT_ORG_RE = re.compile(
    r"^(?P<role>\S+(?:\s+\S+){0,3}?)\s+(?:da|do|de|del|della|of|at|for|bei|von|für|chez)\s+"
    r"(?P<org>\S.*)$"
)


def _make(piece: _Piece) -> Byline | None:
    if piece.role and piece.affiliation is None and " " in piece.role:
        m = _ROLE_AT_ORG_RE.match(piece.role)
        org = m.group("org") if m else ""
        if (
            m
            and _is_role(m.group("role"))
            and _looks_like_organization(org)
            and org.casefold() not in _ORG_WORDS  # "Head of News": a department
        ):
            # "Repórter da Agência Brasil", "Editor of The Times": the outlet is the affiliation.
            piece.role, piece.affiliation = m.group("role"), org
    if piece.plain:
        name = piece.name
    else:
        name = _clean(piece.name)
        if not name or not any(c.isalpha() for c in name):
            return None
    return Byline(
        name=name,
        kind="organization" if piece.kind == "organization" else "person",
        role=piece.role.rstrip(" :") or None if piece.role else None,  # "Reporter:"
        affiliation=piece.affiliation,
        email=piece.email,
    )


def _split(text: str) -> list[tuple[str, str]]:
    """Split at separators, returning (separator, segment) pairs."""
    out: list[tuple[str, str]] = []
    pos = 0
    sep = ""
    # "Florence de Changy (Hongkong, correspondance)": no split inside parentheses. The
    # depth is counted over each stretch once, so the whole count stays linear.
    depth = 0
    counted = 0
    for m in _SEP_RE.finditer(text):
        depth += text.count("(", counted, m.start()) - text.count(")", counted, m.start())
        counted = m.start()
        if depth > 0 and ")" in text[m.end() : m.end() + 80]:
            continue
        out.append((sep, text[pos : m.start()]))
        sep = m.group(0).strip().casefold() or " "
        if sep.startswith(",") and sep[1:].strip():
            sep = sep[1:].strip()
        pos = m.end()
    out.append((sep, text[pos:]))
    return out


def _merge_suffixes(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Re-attach "Jr." and similar name suffixes split off at a comma."""
    merged: list[tuple[str, str]] = []
    for sep, seg in parts:
        if merged and sep == "," and _NAME_SUFFIX_RE.match(seg.strip()):
            psep, pseg = merged[-1]
            merged[-1] = (psep, f"{pseg}, {seg.strip()}")
        else:
            merged.append((sep, seg))
    return merged


def parse_byline(s: str) -> list[Byline]:
    """Read a byline string into the contributors it credits.

    Args:
        s: The byline as written, such as "By Jane Doe, Staff Writer", "Von Max Muster
            und Erika Mustermann (dpa)" or "By AFP".

    Returns:
        The contributors in order. Persons have ``kind="person"``; news agencies and
        publications have ``kind="organization"``. Roles and titles are kept in ``role``,
        e-mail addresses in ``email``, and an organization that follows a single list of
        people after a comma ("Jane Doe, Reuters") in ``affiliation``. An empty or
        unreadable string gives an empty list.
    """
    if _is_plain(s) and len(_undoubled(s)) == len(s):  # ("AAP AAP": taken twice, read once)
        return _plain_byline(s)
    with gc_paused(len(s)):  # linear time on huge input (see newsmodel._gc)
        return _read(s)


def _read(s: str, *, shortcuts: bool = True) -> list[Byline]:
    """parse_byline's rules, in three stages (see the module docstring).

    _prepare cleans the line and sets e-mail addresses aside, _collect reads its pieces one
    by one into contributors, and _settle decides what the pieces make together.

    Args:
        s: The byline as written.
        shortcuts: Take plain names between separators straight to the decision (see
            _is_plain). False runs every rule on them: the tests compare both ways.
    """
    prepared = _prepare(s)
    if isinstance(prepared, list):
        return prepared
    credits = _collect(prepared, shortcuts=shortcuts)
    return _settle(credits, prepared.part_credit)


@dataclass(slots=True)
class _Prepared:
    """A byline line cleaned for splitting, with what was set aside from it."""

    text: str
    emails: list[str]  # addresses replaced by "\x00<index>\x00" in text
    opening_role: str | None  # a role that opens the line before any name ("oprac.")
    part_credit: str | None  # "story" of "Story by A; photos by B"


@dataclass(slots=True)
class _Credits:
    """What _collect read: the pieces, and the roles not (yet) given to anyone."""

    pieces: list[_Piece]
    pending_role: str | None
    orphan_role: str | None  # a role credited to nobody ("By Our Foreign Staff")


def _prepare(s: str) -> _Prepared | list[Byline]:
    """Clean a byline line for splitting; a biography line is read whole (the list)."""
    text = _LINK_RE.sub(r"\1", s) if "[" in s else s
    text = _undoubled(text.strip())
    if text.startswith(("vor ", "Vor ")):
        text = _LEADING_VOR_RE.sub("", text)  # "vor 3 Stunden Kevin Rodgers": when it was read
    if "،" in text:
        text = text.replace("،", ", ")  # the Arabic comma: "ڈھاکا،کرک اگین رپورٹ"
    if "protected]" in text:
        text = _CF_EMAIL_RE.sub(" ", text)  # Cloudflare's stand-in for a hidden e-mail address
    if "ঃ" in text:
        text = _VISARGA_COLON_RE.sub("", text)  # "উজ্জ্বল দত্ত, কলকাতাঃ": the sign as a colon
    m_inputs = _AGENCY_INPUTS_RE.match(text) if "nput" in text else None
    if m_inputs is not None and _looks_like_organization(m_inputs.group(1)):
        return [Byline(name=m_inputs.group(1), kind="organization")]  # "(With PTI inputs)"
    if " via " in text:
        text = _VIA_RE.sub(", ", text)  # "Sam Farmer via latimes.com": the outlet it came from
    if " para " in text:
        text = _PARA_OUTLET_RE.sub(", ", text)  # "Por Roque Pérez para Noticias La Insuperable"
    if len(text) <= 24 and text.casefold() in _HOUSE_REPORTS:
        return [Byline(name=text, kind="organization")]  # "STAFF REPORTS", "Wire Services"
    if text.endswith(_CLOSE_ENDS) and (last := text.rsplit(None, 1))[1].casefold() in _CLOSE_WORDS:
        text = last[0]  # "von Katarina Amtmann schließen": a close button
    # A line break separates contributors or a name from its role ("Jane Doe\nStaff Writer").
    text = _line_breaks_to_commas(text.strip())
    text = " ".join(text.split()).strip("*_").strip()  # split() takes what \s takes
    if not text:
        return []
    if text.startswith("Oleh ") and _OLEH_CAPS_RE.match(text):
        text = text[5:]  # "Oleh NURUL HUDA HUSAIN": Malay "by" (Oleh is also a first name)
    if "@" in text and _CAPS_GLUED_EMAIL_RE.search(text):
        # "By Nyasha KunyiswaSENIOR STAFF WRITERkunyiswan@dailynews.co.zw"
        text = _CAPS_GLUED_EMAIL_RE.sub(" ", text)
        text = _GLUED_CAPS_ROLE_RE.sub(", ", text)
    if _LOWER_UPPER_RE.search(text):
        text = _GLUED_MONTH_RE.sub(" ", text)  # "By Randall MellApril 11, 2009, 4:00 pm"
        text = _split_glued_names(text)
    if "@" in text:
        text = _GLUED_HANDLE_RE.sub("", text)  # "Laura Keane@LAURA_KEANE_WRITES"
        text = _SPACED_HANDLE_RE.sub("", text)  # "Ahiza Garcia @ahiza_garcia"
    if " edited by " in text:
        text = text.replace(" edited by ", "; edited by ")  # "X edited by Y": two credits
    if (", a" in text or ", the" in text) and len(text) < 600:  # (bounded: a lazy search)
        # "Alex Heath, a deputy editor and author of the Command Line newsletter. He's ...":
        # an appositive sentence about the author, not a role or another credit
        text = _APPOSITIVE_BIO_RE.sub("", text)
    if "기자" in text or "특파원" in text:
        text = _KO_GLUED_ROLE_RE.sub(r"\1 \2", text)  # "임일영기자": the name, then "reporter"
    if "=" in text[:12] and _KO_PLACE_RE.match(text):
        text = _KO_PLACE_RE.sub("", text)  # "워싱턴=신진우 특파원": the place, then the reporter
    if "\u0600" <= text[:1] <= "\u06ff":  # (Arabic script; Latin "Rep: X" is a role label)
        m_place = _PLACE_BEFORE_NAME_RE.match(text)
        if m_place and is_place(m_place.group(1)):
            text = text[m_place.end() :]  # "دبي: محمد إبراهيم", "الرياض - فهد الثنيان"
    if "(" in text:
        if not text.isascii():
            text = _HANGUL_HANDLE_RE.sub("", text)  # "이주연(mouse)": the reporter's handle
        # "Martin Untersinger (avec Damien Leloup et Morgane Tual)": co-authors in brackets
        text = _WITH_BRACKET_RE.sub(r", \1", text)
    # "de Victor Cozmei": Romanian (and Portuguese, Spanish) "by" in lower case before a name.
    if text.startswith("de ") and _LOWER_DE_RE.match(text):
        text = text[3:]
    if text.startswith(("dal ", "dalla ", "Dal ", "Dalla ")):
        # "dal nostro inviato Luca Ferrandi": "from our envoy", the role as the possessive
        text = text.split(" ", 1)[1]
    if text.startswith("ni ") and text[3:4].isupper():
        text = text[3:]  # "ni Josefina Bautista": Tagalog "by" (lower case only: "Ni" is a surname)
    if text.startswith("Daga ") and len(text.split()) >= 3:
        text = text[5:]  # "Daga Abubakar Muhammad Usman": Hausa "from", "by"
    if text.startswith("NA ") and _SWAHILI_NA_RE.match(text):
        text = text[3:]  # "NA FAITH NYAMAI": Swahili "by" before a name in capitals
    m_lead_date = _LEAD_DATE_RE.match(text)
    if m_lead_date:
        text = text[m_lead_date.end() :]  # "Published on February 18, 2026 By Ifeanyi ..."
    # "Story by A; photos by B": a credit word that names a part of the piece.
    m_part = _PART_CREDIT_RE.match(text)
    opening_role: str | None = None
    if text.startswith("oprac. ") and len(text.split()) >= 3:
        # Polish "oprac." (prepared by) before the names: their role, like "Photo:".
        opening_role, text = "oprac.", text[7:]
    if text.startswith("By") and (
        text[2:3].isupper() or (text[2:3].islower() and "." in text and " " not in text)
    ):
        text = f"By {text[2:]}"  # "ByHT Correspondent", "Byhindustantimes.com": glued to "By"
    if text.startswith("(") and text.endswith(")") and (
        text[1:8].strip().casefold().startswith(_SOURCE_STARTS)
        or text[1:].casefold().startswith(("reporting by", "writing by", "editing by", "additional reporting"))
    ):
        text = text[1:-1].strip().rstrip(" .")  # "( Source : Deccan Chronicle. )"
    m_source = (
        _SOURCE_PREFIX_RE.match(text) or _BARE_SOURCE_RE.match(text)
        if text[:7].casefold().startswith(_SOURCE_STARTS)
        else None
    )
    if m_source is not None and (
        m_source.re is _SOURCE_PREFIX_RE or is_agency(text[m_source.end() :].strip())
    ):
        named = text[m_source.end() :].strip(" .")
        words = named.split()
        # "منبع: ایسنا", "Quelle: Tagesschau": one word after a source label names the
        # outlet the story came from; several words when they read as one ("Quelle: PD
        # Chemnitz")
        if (len(words) == 1 and "\x00" not in named and "@" not in named) or (
            2 <= len(words) <= 4
            and not any(c in named for c in ",;/|&@\x00")
            and (_looks_like_organization(named) or any(w.isupper() for w in words))
        ):
            return [Byline(name=named, kind="organization")]
    text = _strip_prefix(text)
    text = _drop_date_tail(text)
    if text.endswith(("报道", "報導", "報道")) and text[-3:-2] in {" ", "\u3000"}:
        text = text[:-3]  # "林慧敏 报道": the name, then "reports"
    if not text.isascii() and _CJK_INNER_ROLE_RE.search(text):
        text = _CJK_INNER_ROLE_RE.sub("; ", text)  # "编辑 刘畅 校对 赵琳": two credits
    if (text.startswith("【") and text.endswith("】")) or (
        text.startswith(("（", "〔")) and text.endswith(("）", "〕"))
    ) or (
        text.startswith("(") and text.endswith(")") and "\u4e00" <= text[1:2] <= "\u9fff"
    ):
        text = text[1:-1]  # "【编辑:张尧】", "（责编：王晓、李明）": a credit in brackets
    if text[-1:] == "." or text[-1:].isupper():
        text = _STAMP_END_RE.sub("", text)  # "... on 06 December 2023 .", "... 01:07 UTC"
    if text[-1:].isdigit() or (text[-1:].isalpha() and ":" in text[-12:]):
        # Searched over the last characters only: a stamp is short, and a search over the
        # whole of a long run of numbers would retry the run from every position.
        m_stamp = _NUMERIC_STAMP_TAIL_RE.search(text, max(0, len(text) - 40))
        if m_stamp is not None:
            text = text[: m_stamp.start()].rstrip(" ,;")  # ("Mell April 11, 2009, 4:00 pm")
    # (Both searches only where they can match: a year last, the word "supervision".)
    m_date = _BARE_DATE_TAIL_RE.search(text) if text[-1:].isdigit() else None
    if m_date and (m_date.group("month") or m_date.group("month2")).rstrip(".").casefold() in _MONTHS:
        text = text[: m_date.start()]  # "Graham Holt February 18, 2026": a date after the name
    if "upervis" in text:
        text = _SUPERVISION_RE.sub("", text)
    if text[-1:] in "sw" and any(c.isdigit() for c in text):
        text = _COUNT_TAIL_RE.sub("", text)  # "by Jhon Lennon 35 views"
    if " ago" in text:
        text = _AGO_TAIL_RE.sub("", text)  # "By Ben Ahenda 21 hrs ago", "... 3 minutes ago Tue 23rd"
    elif text.endswith(" আগে"):
        text = _BN_AGO_TAIL_RE.sub("", text)  # Bengali "ডেস্ক রিপোর্ট ২ মাস আগে" (2 months ago)
    if text.endswith(("की रिपोर्ट", "का रिपोर्ट")):
        text = text[: -len("की रिपोर्ट")].rstrip()  # Hindi "सतीश शर्मा की रिपोर्ट" (X's report)
    if text[-1:].isdigit() and (m_count := _BARE_COUNT_TAIL_RE.search(text)) is not None:
        text = text[: m_count.start()]  # "Editor: Widodo Bogiarto 8600": a view count
    if "(" in text:
        # "Sylwia Chmielarz, (kg)": an editor's initials in brackets (not an agency: "(dpa)")
        text = _INITIALS_PAREN_RE.sub(lambda m: m.group(0) if is_agency(m.group(1)) else "", text)
    m_is = _is_role_sentence(text)
    if m_is and text[:1].isupper() and len(m_is.group("name").split()) <= 5:
        # A biography line: "Jane Doe is a reporter at The Times."
        name = _clean(m_is.group("name"))
        if name:
            kind = "organization" if _looks_like_organization(name) else "person"
            return [Byline(name=name, kind=kind, role=_clean(m_is.group("role")))]

    emails: list[str] = []

    def _take_email(m: re.Match[str]) -> str:
        emails.append(m.group(1))
        return f" \x00{len(emails) - 1}\x00 "

    if "@" in text:
        text = _EMAIL_LABEL_RE.sub("", text)  # "Email: siobhan.keane@...": the address only
        text = _EMAIL_RE.sub(_take_email, text)
    if "://" in text or "www." in text:
        text = _URL_RE.sub(" ", text)
    if ":" in text:
        text = _MID_ROLE_RE.sub("; ", text)
    return _Prepared(
        text=" ".join(text.split()),
        emails=emails,
        opening_role=opening_role,
        part_credit=m_part.group("part") if m_part else None,
    )


# "Source AFP": a source label without its colon, before a known agency.
_SOURCE_STARTS = (
    "quelle", "source", "fuente", "fonte", "źródło", "zdroj", "kaynak", "haber", "izvor", "منبع",
    "المصدر",
)
_BARE_SOURCE_RE = re.compile(r"^(?:source|quelle|fuente|fonte)\s+(?=\S+$)", re.I)
_COUNT_TAIL_RE = re.compile(
    r"\s+\d[\d,.]*\s+(?:views|comments|shares|reads|visualizações|vistas|visite|aufrufe)$", re.I
)
_CAPS_GLUED_EMAIL_RE = re.compile(r"(?<=[A-Z]{3})(?=[a-z][\w.+-]*@)")
_GLUED_CAPS_ROLE_RE = re.compile(r"(?<=[a-z])(?=[A-Z]{3,}(?:\s+[A-Z]{3,})*\s)")
# The full stop or zone that ends a date tail: "06 December 2023 .", "01:07 UTC".
_STAMP_END_RE = re.compile(r"(?<=\d)\s+\.$|(?<=\d:\d\d)\s+[A-Z]{2,4}$")
_LEADING_VOR_RE = re.compile(r"^vor\s+\d+\s+(?:Stunden?|Minuten?|Tagen?|Sekunden?)\s+", re.I)
_BN_AGO_TAIL_RE = re.compile(r"\s+[\d০-৯]+\s+\S+\s+আগে$")
# A bare count of three digits or more after a name (not a year, not a time).
_BARE_COUNT_TAIL_RE = re.compile(r"(?<=[^\W\d_])\s+(?!(?:19|20)\d\d$)\d{3,7}$")
_AGO_TAIL_RE = re.compile(
    r"\s+\d+\s*(?:hrs?|hours?|mins?|minutes?|days?|secs?|seconds?|weeks?)\s+ago\b.*$", re.I
)
_INITIALS_PAREN_RE = re.compile(r",?\s*\(([a-z]{1,4})\)(?=\s*(?:[|,;]|$))")


_AGENCY_INPUTS_RE = re.compile(r"^\(?\s*with\s+(\S+(?:\s\S+)?)\s+inputs?\s*\)?$", re.I)
_PARA_OUTLET_RE = re.compile(r"(?<=[^\W\d_])\s+para\s+(?=[A-ZÁÉÍÓÚÑ][\w.-]*\s+[A-ZÁÉÍÓÚÑ])")
_VIA_RE = re.compile(r"\s+via\s+(?=[\w-]+\.[a-z]{2,}$|[A-Z])")
_CF_EMAIL_RE = re.compile(r"\[email(?:&#160;|\s)protected\]")
_VISARGA_COLON_RE = re.compile(r"(?<=[\u0980-\u09ff])ঃ(?=\s*(?:,|$))")
_HOUSE_REPORTS = frozenset(
    {"staff reports", "staff report", "wire reports", "wire services", "news services",
     "staff and wire reports", "from staff reports", "staff and wire services"}
)
# A close button's word after the names (not English "Close", a surname).
_CLOSE_WORDS = frozenset({"schließen", "schliessen", "fermer", "cerrar", "chiudi", "fechar", "sluiten"})
_CLOSE_ENDS = tuple(_CLOSE_WORDS)


def _undoubled(text: str) -> str:
    """A byline a scraper took twice, glued: "সারাদিন ডেস্কসারাদিন ডেস্ক", "Ana LimaAna Lima"."""
    n = len(text)
    if n >= 6:
        half = n // 2
        if n % 2 == 0 and text[:half] == text[half:]:
            return text[:half]  # (glued only: "Ali Ali" is a name)
    return text


def _split_glued_names(text: str) -> str:
    """Separate two full names whose author links ran together: "Marcos LemaCarlos Rocha".

    Only a word glued of two capitalised words with a capitalised word before and after
    it, the first part four letters or more ("DeSantis", "McDonald", "MacArthur",
    "LeBron" have a short first part; "Saskatoon StarPhoenix" has no word after it).
    """
    words = text.split(" ")
    if len(words) < 3:
        return text
    changed = False
    for i in range(1, len(words) - 1):
        m = _GLUED_WORD_RE.match(words[i])
        if m and words[i - 1][:1].isupper() and words[i + 1][:1].isupper():
            words[i] = f"{m.group(1)}, {m.group(2)}"
            changed = True
    return " ".join(words) if changed else text


_NO_CREDIT_WORDS = _words("symbol symbolbild symbolfoto archiv archivbild archivfoto")
_LABEL_NUMBER_RE = re.compile(r"^[^\W\d_]+\s*:\s*\d+$")


def _is_noise(seg: str) -> bool:
    """Whether a piece of a byline line credits no one (a date, a place, a handle)."""
    if seg.casefold() in _UI_WORDS:
        return True  # a "Follow" button
    if seg.casefold() in _NO_CREDIT_WORDS:
        return True  # "Foto: Symbol": a stock or archive picture credits no one
    if seg.split(None, 1)[0].casefold() in _RELATIVE_DAYS:
        return True  # "Today at 21:30": when, not who
    if seg.endswith(("報導", "报道", "報道")):
        return True  # "台北即時報導": where and how the story was filed
    if _TIME_OR_DATE_RE.search(seg) or _DATEISH_RE.match(seg):
        return True  # a date or time left in the byline line
    if _REPORTING_FROM_RE.match(" " + seg):
        return True  # "Reporting from Washington" on a line of its own: a place
    if _READING_TIME_PIECE_RE.search(seg):
        return True  # "Temps de lecture : 2 min": how long the article takes to read
    # A social media handle, or a date cut off at a dash ("Oct 9").
    if _LABEL_NUMBER_RE.match(seg):
        return True  # "Story: 561204": the page's number for the story
    return seg.startswith(("@", "#")) or (
        any(c.isdigit() for c in seg)
        and any(w.rstrip(".,").casefold() in _MONTHS for w in seg.split())
    )


def _collect(prepared: _Prepared, *, shortcuts: bool) -> _Credits:
    """Read the pieces between separators into contributors, roles and affiliations."""
    emails = prepared.emails
    credits = _Credits(pieces=[], pending_role=prepared.opening_role, orphan_role=None)
    pieces = credits.pieces
    for sep, raw in _merge_suffixes(_split(prepared.text)):
        seg = raw.strip()
        if (
            pieces
            and pieces[-1].kind == "person"
            and sep in _PLACE_SEPS
            and seg.casefold() in _SECTION_WORDS
        ):
            if pieces[-1].role is not None and sep in {"-", "–", "—"}:
                # "Carmen Ruiz Ortega\nEditora - Tecnología": the desk of the role.
                pieces[-1].role = f"{pieces[-1].role} {sep} {seg}"
            continue  # "By Natasha Bulowski | News | ...": a section label
        if seg.casefold() in _WEEKDAYS:
            continue  # "Giles Bruce - Wednesday, October 15th, 2025": the date's weekday
        if pieces and _noise_line(seg, []):
            continue  # "Jane Doe | Share", "Ann Lee · 4 min read": the page's labels
        if shortcuts and _is_plain(seg):
            # Every rule below passes a plain name through unchanged (see _is_plain).
            if sep not in _CONJ_WORDS and pieces:
                credits.pending_role = None  # a role before "A and B" goes to both only
            pieces.append(
                _Piece(
                    name=seg,
                    kind="organization" if _looks_like_organization(seg) else "person",
                    role=credits.pending_role,
                    sep_before=sep,
                    plain=True,
                )
            )
            continue
        # An e-mail placeholder attaches to the contributor it follows.
        email_ref = re.search(r"\x00(\d+)\x00", seg)
        email = None
        if email_ref:
            email = emails[int(email_ref.group(1))]
            seg = _clean(seg.replace(email_ref.group(0), " "))
        seg = _clean(seg)
        if not seg:
            if email and pieces and pieces[-1].email is None:
                pieces[-1].email = email
            continue
        if _is_noise(seg):
            continue
        source = _SOURCE_PREFIX_RE.match(seg) is not None
        m_inputs = _INPUTS_RE.match(seg)
        if m_inputs and _looks_like_organization(seg[m_inputs.end() :]):
            seg = seg[m_inputs.end() :]  # "with inputs from AFP": the agency, a credit of its own
            source = True
        if ". " in seg:
            org, _, place = seg.rpartition(". ")
            if is_place(place) and _looks_like_organization(org):
                seg = org  # "Europa Press. Pamplona": the agency and where it filed from
        seg = _MATERIAL_RE.sub("", _strip_prefix(seg))
        m_lead = _ORG_LEAD_RE.match(seg)
        if m_lead and _looks_like_organization(seg[m_lead.end() :]):
            # "Marie Dupont et l'AFP", "Mariana Schreiber - Da BBC News Brasil": an elided
            # article or "from" before an outlet is not part of its name.
            seg = seg[m_lead.end() :]
        if not seg:
            continue
        if (
            pieces
            and sep in _ROLE_SEPS
            and pieces[-1].kind == "person"
            and pieces[-1].role is None
            and pieces[-1].affiliation is None
            and not pieces[-1].source
            and (tail := _person_tail(seg)) is not None
        ):
            if tail[0] == "role":
                pieces[-1].role = seg
            else:
                pieces[-1].affiliation = tail[1]
            if email and pieces[-1].email is None:
                pieces[-1].email = email
            continue

        role: str | None = None
        m = _ROLE_PREFIX_RE.match(seg) or _ROLE_BY_RE.match(seg)
        if m:
            role = m.group("role")
            seg = _clean(seg[m.end() :])
            credits.pending_role = role
        elif ":" in seg and (labeled := _labeled_name(seg)) is not None:
            role, seg = labeled  # "Sujet radio: Didier Kottelat", "Opracowanie: Ewa Nowak"
        if not seg:
            continue

        m_is = _is_role_sentence(seg)
        if m_is and seg[:1].isupper():
            seg, role = m_is.group("name"), _clean(m_is.group("role"))

        affiliation: str | None = None
        with_org: str | None = None
        m_par = _PAREN_RE.match(seg)
        if m_par:
            inner = _clean(m_par.group("inner"))
            seg = _clean(m_par.group("name"))
            m_with = _WITH_RE.match(inner)
            if len(inner) == 2 and inner.isupper() and is_place(seg):
                role = _STATE_MARK  # "Porto Alegre (RS)": dropped with the place
            elif m_with and _looks_like_organization(inner[m_with.end() :]):
                with_org = inner[m_with.end() :]  # "Thomas Lemoine (avec AFP)": a co-credit
            elif not inner or inner.casefold() in _SHIFT_WORDS:
                pass  # "Maya Yang (now) and Tom Ambrose (earlier)": a live blog's shifts
            elif _looks_like_organization(inner):
                affiliation = inner
            elif is_place(inner):
                pass  # "خالد الجارالله (جدة)": where the writer is
            elif _is_role(inner):
                role = inner
            elif (
                " " not in inner
                and inner[:1].isupper()
                and inner.casefold() not in _ROLE_MODIFIERS
                and not _compound_role(inner)
            ):
                affiliation = inner  # "Hortense Chauvin (Reporterre)": one word, an outlet
            elif "@" not in inner:
                role = role or inner

        if _role_piece(seg, sep, email, credits):
            continue

        seg, role, affiliation, lead_role = _name_and_tail(
            seg, role, affiliation, first=not pieces
        )
        if role is None and credits.pending_role is not None and (
            sep in _CONJ_WORDS or not pieces
        ):
            # "A and B" after a role share it; a role that opens the byline ("Par notre
            # correspondant à Bruxelles, Jean-Jacques Mevel") is the first name's.
            role = credits.pending_role
        elif role is None:
            credits.pending_role = None
        if role is not None and lead_role is None:
            credits.pending_role = role

        kind = "organization" if _looks_like_organization(seg) else "person"
        pieces.append(
            _Piece(
                name=seg,
                kind=kind,
                role=role,
                affiliation=affiliation,
                email=email,
                sep_before=sep,
                source=source,
            )
        )
        if with_org is not None:
            # a co-credit ("(avec Belga)"), no one's affiliation
            pieces.append(_Piece(name=with_org, kind="organization", sep_before="with", source=True))
    return credits


_OF_OUTLET_WORDS = _words("do da dos das")
_GENITIVE_WORDS = _OF_OUTLET_WORDS | _words("des der")
_DESK_ENDS = _words("bureau desk")


def _person_tail(seg: str) -> tuple[Literal["role", "affiliation"], str] | None:
    """What a piece after a person's name says of them, when it is not a name.

    "Colunista do UOL", "Dziennikarka Onetu" (a role and its outlet: the role, whole);
    "Legislature Bureau" (a desk: the role); "da Folha de Pernambuco" (Portuguese "of
    the": the outlet, an affiliation). None for anything else.
    """
    words = seg.split()
    if len(words) < 2:
        return None
    first = words[0].casefold()
    if first in _OF_OUTLET_WORDS and words[1][:1].isupper():
        return "affiliation", seg.split(None, 1)[1]
    if words[0][:1].isupper() and first in _ROLE_NOUNS and first not in _ROLE_MODIFIERS:
        if words[1].casefold() in _GENITIVE_WORDS and len(words) >= 3:
            # ("Ehrenvorsitzender des Fahrgastverbands Pro Bahn")
            return "role", seg
        if len(words) == 2 and words[1][:1].isupper() and not is_place(words[1]):
            return "role", seg
        if len(words) >= 3 and _looks_like_organization(" ".join(words[1:])):
            return "role", seg  # "Dosen FISIP Universitas Nusa Cendana": a post at a body
    if (
        2 <= len(words) <= 3
        and words[-1].casefold() in _DESK_ENDS
        and all(w[:1].isupper() for w in words)
        and not _looks_like_organization(" ".join(words[:-1]))
    ):
        return "role", seg
    return None


def _labeled_name(seg: str) -> tuple[str, str] | None:
    """Split "Sujet radio: Didier Kottelat" into a label (the role) and a name; None if not.

    A capitalised label of one to three words, then a name of two to four capitalised words.
    """
    label, _, name = seg.partition(":")
    label, name = label.strip(), name.strip()
    label_words, name_words = label.split(), name.split()
    if (
        1 <= len(label_words) <= 3
        and label[:1].isupper()
        and not any(c.isdigit() for c in label)
        and 2 <= len(name_words) <= 4
        and all(w[:1].isupper() for w in name_words)
        and not _looks_like_organization(name)
    ):
        return label, name
    return None


def _role_piece(seg: str, sep: str, email: str | None, credits: _Credits) -> bool:
    """Take a piece that is an organization's role or a role alone; False if it is neither.

    A role after a name belongs to that name; before a name, to the next one (it becomes the
    pending role).
    """
    pieces = credits.pieces
    after_person = (
        bool(pieces)
        and sep in _ROLE_SEPS
        and pieces[-1].kind == "person"
        and pieces[-1].role is None
    )
    org_role = _org_led_role(seg) if after_person else None
    if org_role is not None:
        # "MATTHEW LEE AND ELLEN KNICKMEYER, AP Diplomatic Writers": the agency and
        # the role of the people before, all of them when the role is plural.
        org, role_text = org_role
        for p in _people_before(pieces, plural=role_text.casefold().endswith("s")):
            p.role = p.role or role_text
            p.affiliation = p.affiliation or org
        return True
    if not (
        (_is_role(seg) and not is_agency(seg))
        or (after_person and _place_bureau(seg))
        # "redaktor domácí politiky", "fréttamaður": a role in lower case after the name
        or (after_person and seg[:1].islower() and seg.split()[0].casefold() in _ROLE_NOUNS)
        or (
            after_person
            and (_sentence_case_role(seg) or _title_case_role(seg) or _SPECIAL_TO_RE.match(seg))
        )
    ):
        return False
    if (
        len(pieces) >= 2
        and sep in _PLACE_SEPS
        and pieces[-1].kind == "organization"
        and not pieces[-1].source
        and pieces[-2].kind == "person"
        and pieces[-2].role is None
        and pieces[-2].affiliation is None
    ):
        # "Sean Scanlan, Taiwan News, Staff Writer": the outlet between name and role.
        outlet_piece = pieces.pop()
        pieces[-1].role = seg
        pieces[-1].affiliation = outlet_piece.name
    elif pieces and sep in _ROLE_SEPS and pieces[-1].role is None and not pieces[-1].source:
        pieces[-1].role = seg
        if email and pieces[-1].email is None:
            pieces[-1].email = email
    elif (
        len(pieces) >= 2
        and sep in _ROLE_SEPS
        and pieces[-1].source
        and pieces[-2].kind == "person"
        and pieces[-2].role is None
    ):
        pieces[-2].role = seg  # "Par A (avec Belga)\nJournaliste ...": the role is A's
    elif (
        sep in _CONJ_WORDS
        and len(pieces) >= 2
        and " " not in pieces[-1].name
        and pieces[-1].sep_before in _PLACE_SEPS
        and pieces[-2].kind == "person"
        and pieces[-2].role is None
    ):
        # "TOM REID, HEALTH AND SCIENCE EDITOR": one role with "and" inside.
        conj = sep.upper() if seg.isupper() else sep
        pieces[-2].role = f"{pieces[-1].name} {conj} {seg}"
        pieces.pop()
    else:
        credits.pending_role = seg
        credits.orphan_role = credits.orphan_role or seg
    return True


_FOR_THE_TAIL_RE = re.compile(r"\s+(?:for|of|para|pour|für)(?:\s+(?:the|la|le|l'|die|der))?$", re.I)


def _name_and_tail(
    seg: str, role: str | None, affiliation: str | None, *, first: bool
) -> tuple[str, str | None, str | None, str | None]:
    """Split a contributor's piece into the name and the role, outlet or place around it.

    Args:
        seg: The piece, cleaned.
        role: The role found so far (a prefix, parentheses).
        affiliation: The outlet found so far.
        first: Whether this is the line's first contributor.

    Returns:
        The name, its role, its affiliation, and the role written before the name (which
        is not handed on to the next contributor).
    """
    seg = _OTHERS_TAIL_RE.sub("", seg) or seg
    m_suffix = _SUFFIX_ROLE_RE.search(seg)
    if m_suffix:
        role = role or m_suffix.group("role")
        seg = seg[: m_suffix.start()]
    m_cjk = _PREFIX_ROLE_CJK_RE.match(seg)
    if m_cjk:
        cjk_role = m_cjk.group("role")
        seg = seg[m_cjk.end() :]
        for base in ("记者", "記者"):
            outlet = cjk_role[: -len(base)]
            if cjk_role.endswith(base) and outlet and _looks_like_organization(outlet):
                # "澎湃新闻记者 王心怡": the outlet's reporter
                cjk_role, affiliation = base, affiliation or outlet
        role = role or cjk_role

    m_org = _POSSESSIVE_ORG_RE.match(seg)
    if m_org and _looks_like_organization(m_org.group("org")):
        affiliation = affiliation or m_org.group("org")  # "CNN's Jane Doe"
        seg = m_org.group("name")

    lead_role, seg = _split_role_prefix(seg)
    if lead_role:
        role = role or lead_role
    seg, tail_role = _split_role_suffix(seg)
    role = role or tail_role
    seg = _strip_place_tail(seg)
    words = seg.split()
    for n in (3, 2):
        if (
            len(words) >= n + 2
            and all(w[:1].isupper() for w in words[-n:])
            and not words[-n - 1].islower()  # "José Luis de la Vega": a surname with particles
            and is_place(" ".join(words[-n:]))
            and not is_agency(words[0])
        ):
            # "Nitin Kumar New Delhi", "Tessa Morales New York City": a place of two or
            # three words after the name (one word could be a surname: "John Paul Jackson").
            words = words[:-n]
            seg = " ".join(words)
            break
    n_agency = _agency_tail(words)
    if n_agency and not affiliation:
        seg, affiliation = " ".join(words[:-n_agency]), " ".join(words[-n_agency:])
        # "ED WHITE for the Associated Press": the words that tie the name to the agency
        seg = _FOR_THE_TAIL_RE.sub("", seg) or seg
    elif first and not affiliation and len(words) >= 4 and (split := _outlet_tail(words)):
        # "By Brooke Singman Fox News": a name, then an outlet, with no separator.
        seg, affiliation = " ".join(words[:split]), " ".join(words[split:])
    elif role is None and len(words) >= 4 and (split := _place_bureau_tail(words)):
        # "By Alex Ballingall Ottawa Bureau": a name, then the bureau they write for.
        seg, role = " ".join(words[:split]), " ".join(words[split:])
    elif not affiliation and 3 <= len(words) <= 4 and _hyphen_paper_tail(words):
        # "Hannah Klose World-Herald": a paper's hyphenated name after the name.
        seg, affiliation = " ".join(words[:-1]), words[-1]
    elif not affiliation and len(words) >= 3 and _outlet_acronym_tail(words):
        # "Teemu Luukka HS": an outlet's initials after a name written in mixed case.
        seg, affiliation = " ".join(words[:-1]), words[-1]
    elif (
        not affiliation
        and role is None
        and len(words) in (4, 5, 6)
        and "Staff" in words[3:]
        and all(w.casefold() in _ROLE_NOUNS for w in words[words.index("Staff", 3) :])
        and all(w[:1].isupper() for w in words)
    ):
        # "Emma Platoff Globe Staff", "Alex Miller Chronicle Staff Writer": a name, the
        # outlet, and its staff credit.
        at = words.index("Staff", 3)
        seg, affiliation, role = " ".join(words[:2]), " ".join(words[2:at]), " ".join(words[at:])
    return seg, role, affiliation, lead_role


def _settle(credits: _Credits, part_credit: str | None) -> list[Byline]:
    """Decide what the collected pieces make together, and build the Bylines."""
    pieces = credits.pieces
    orphan_role = credits.orphan_role
    house = orphan_role is not None and orphan_role.split(None, 1)[0].casefold() in _POSSESSIVES
    if (
        orphan_role is not None
        and pieces
        and all(p.role == orphan_role and is_place(p.name) for p in pieces)
    ):
        # "Our Correspondent, London": the house credit and its place; "Staff Reporter\nDoha":
        # a bare role and a place credit nobody.
        pieces.clear()
    if not pieces and orphan_role is not None and house:
        # A house credit with no name ("By Our Foreign Staff", "Von unserem
        # Korrespondenten"): the credit is the name. A bare role ("Staff Writer") credits
        # nobody and gives nothing, as the Markdown reader's role test relies on.
        pieces.append(_Piece(name=_clean(orphan_role), kind="organization"))
    if (
        part_credit is not None
        and len(pieces) > 1
        and pieces[0].role is None
        and any(p.role is not None for p in pieces[1:])
    ):
        pieces[0].role = part_credit  # "Story by A; photos by B"
    _place_before_outlet(pieces)
    _outlet_before_reporter(pieces)
    if any(p.name == "dpa" for p in pieces):
        _join_agency_service(pieces)
    for p in pieces:
        if p.kind == "person" and p.name.startswith("ici ") and p.name[4:5].isupper():
            p.kind = "organization"  # "ici Isère": a local station of Radio France
    _drop_places(pieces)
    pieces[:] = [p for p in pieces if p.name.casefold() not in _NO_CREDIT_WORDS]  # "Foto: Symbol"
    if any(not p.name.isascii() for p in pieces):
        _split_han_names(pieces)
    _join_role_with_and(pieces)
    _join_two_part_names(pieces)
    _outlets_among_people(pieces)
    _city_paper_after_dot(pieces)
    _role_of_a_unit(pieces)
    _outlet_after_role(pieces)
    _each_with_outlet(pieces)
    _apply_affiliation(pieces)
    _merge_repeated(pieces)
    _drop_trailing_place(pieces)
    if len(pieces) == 1:
        _house_credit(pieces[0])
    out: list[Byline] = []
    for p in pieces:
        if p.kind == "organization" and p.role is not None and p.role == credits.pending_role:
            p.role = None  # "Senior Correspondent, bdnews24.com": an outlet has no role
        b = _make(p)
        if b is not None:
            out.append(b)
    return out


_HAN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _split_han_names(pieces: list[_Piece]) -> None:
    """Chinese names set apart by spaces are several people: "劉秀瓊 李廷勇 李垣誼" (three or more
    names of two to four characters, or two of three; the role and outlet go to each)."""
    i = 0
    while i < len(pieces):
        p = pieces[i]
        names = p.name.split()
        if (
            p.kind == "person"
            and len(names) >= 2
            and all(_HAN_NAME_RE.fullmatch(n) for n in names)
            # (not a Japanese name written family name, space, given name: "田中 太郎")
            and (len(names) >= 3 or all(len(n) == 3 for n in names))
        ):
            pieces[i : i + 1] = [dataclasses.replace(p, name=n) for n in names]
            i += len(names)
            continue
        i += 1


def _each_with_outlet(pieces: list[_Piece]) -> None:
    """ "by Hannah Ostrow, ProPublica, and Dev Raman, The Arizona Republic": each writer with
    the outlet named after them (people and outlets alternate, outlets after a comma)."""
    if len(pieces) < 4 or len(pieces) % 2:
        return
    for i in range(0, len(pieces), 2):
        person, outlet = pieces[i], pieces[i + 1]
        if not (
            person.kind == "person"
            and person.affiliation is None
            and outlet.kind == "organization"
            and outlet.sep_before == ","
            and outlet.role is None
        ):
            return
    for i in range(0, len(pieces), 2):
        pieces[i].affiliation = pieces[i + 1].name
    del pieces[1::2]


def _merge_repeated(pieces: list[_Piece]) -> None:
    """One contributor named twice ("By Renata Solís ... Renata Solís: rsolis@kff.org"):
    the first keeps what the second adds."""
    if len(pieces) < 2 or len({p.name for p in pieces}) == len(pieces):
        return
    kept: list[_Piece] = []
    first: dict[tuple[str, str], _Piece] = {}
    for p in pieces:
        same = first.get((p.name, p.kind))
        if same is None:
            first[(p.name, p.kind)] = p
            kept.append(p)
            continue
        same.role = same.role or p.role
        same.affiliation = same.affiliation or p.affiliation
        same.email = same.email or p.email
    pieces[:] = kept


def _place_before_outlet(pieces: list[_Piece]) -> None:
    """ "Kayseri - İHA", "دبي - البيان": where the agency or paper filed from, then its name.

    Also one word after a place: people are credited with full names. Not an agency's
    initials that a village shares ("BSS, Dhaka").
    """
    if (
        len(pieces) >= 2
        and pieces[0].role is None
        and pieces[1].sep_before in _PLACE_SEPS
        and not pieces[0].name.isupper()
        and is_place(pieces[0].name)
        and not is_place(pieces[1].name)
    ):
        if pieces[1].kind == "organization" or (len(pieces) == 2 and " " not in pieces[1].name):
            del pieces[0]
            pieces[0].kind = "organization"
        elif pieces[1].kind == "person" and len(pieces[1].name.split()) >= 2 and not any(
            c.isupper() or c.islower() for c in pieces[0].name
        ):
            del pieces[0]  # "بيروت - سوسن مهنّا": the place, then the writer


def _outlet_before_reporter(pieces: list[_Piece]) -> None:
    """ "聯合報／記者陳宏銘": a Chinese or Japanese paper, then its reporter."""
    if (
        len(pieces) == 2
        and pieces[0].kind == "organization"
        and pieces[1].kind == "person"
        and pieces[1].role is not None
        and pieces[1].affiliation is None
        and pieces[1].role.endswith(("记者", "記者", "编辑", "編輯", "特派員", "編集委員"))
    ):
        pieces[1].affiliation = pieces[0].name
        del pieces[0]


def _city_paper_after_dot(pieces: list[_Piece]) -> None:
    """ "Owen Larocque  •  Saskatoon StarPhoenix": a city's paper after a dot or bar.

    The paper's word in camel case ("StarPhoenix"), not a surname ("Sana Jamal").
    """
    if (
        len(pieces) == 2
        and pieces[1].sep_before in {"•", "·", "|"}
        and pieces[1].kind == "person"
        and pieces[1].role is None
        and pieces[0].kind == "person"
        and pieces[0].affiliation is None
        and len(pieces[1].name.split()) >= 2
        and is_place(pieces[1].name.split()[0])
        and not is_place(pieces[1].name)
        and any(c.isupper() for c in pieces[1].name.split()[-1][1:])
    ):
        pieces[0].affiliation = pieces.pop().name


def _join_agency_service(pieces: list[_Piece]) -> None:
    """ "dpa/lno": dpa and the code of its regional service, one credit."""
    kept: list[_Piece] = []
    for p in pieces:
        if (
            kept
            and p.sep_before == "/"
            and kept[-1].name == "dpa"
            and len(p.name) == 3
            and p.name.startswith("l")
            and p.name.isalpha()
            and p.name.islower()
        ):
            kept[-1].name = f"dpa/{p.name}"
            continue
        kept.append(p)
    pieces[:] = kept


def _join_role_with_and(pieces: list[_Piece]) -> None:
    """One role with "and" inside: "REBECCA CAMBER, CRIME AND SECURITY EDITOR"."""
    if (
        len(pieces) >= 3
        and pieces[-1].sep_before in _CONJ_WORDS
        and pieces[-2].sep_before in _PLACE_SEPS
        and " " not in pieces[-2].name
        and pieces[-1].name.split()[-1].casefold() in _ROLE_NOUNS
        and pieces[-3].kind == "person"
        and pieces[-3].role is None
    ):
        conj = pieces[-1].sep_before
        if pieces[-1].name.isupper():
            conj = conj.upper()
        pieces[-3].role = f"{pieces[-2].name} {conj} {pieces[-1].name}"
        del pieces[-2:]


def _join_two_part_names(pieces: list[_Piece]) -> None:
    """An outlet in capitals after a name, and a Spanish surname joined by "y"."""
    if (
        len(pieces) >= 2
        and pieces[-1].kind == "person"
        and pieces[-1].sep_before in _PLACE_SEPS
        and pieces[-1].role is None
        and pieces[-1].name.isupper()
        and pieces[-2].kind == "person"
        and not pieces[-2].name.isupper()
    ):
        pieces[-1].kind = "organization"  # "Joey Garrison\nUSA TODAY": an outlet in capitals
    if (
        len(pieces) == 2
        and pieces[1].sep_before == "&"
        and all(" " not in p.name and p.role is None and p.name[:1].isupper() for p in pieces)
    ):
        # "Mail & Guardian": two single words joined by "&" name a firm, not two people
        pieces[0].name, pieces[0].kind = f"{pieces[0].name} & {pieces[1].name}", "organization"
        del pieces[1]
    if (
        len(pieces) == 2
        and pieces[1].sep_before in {"y", "i"}
        and all(p.kind == "person" and p.role is None for p in pieces)
        and len(pieces[0].name.split()) >= 2
        and " " not in pieces[1].name
        and pieces[1].name[:1].isupper()
    ):
        # "Pedro Villa y Caña", Catalan "Marta Vidal i Ferrer": a double surname joined by
        # "y" or "i", not two people.
        pieces[0].name = f"{pieces[0].name} {pieces[1].sep_before} {pieces[1].name}"
        del pieces[1]


_UNIT_WORDS = _words("division department program programme unit desk team section")


def _role_of_a_unit(pieces: list[_Piece]) -> None:
    """Join the unit a role belongs to back into it.

    "Sofia Mendel\\nSenior Researcher, Europe and Central Asia Division": the pieces after
    the role, up to one that ends in "Division", "Department", "Program" ..., are its words.
    """
    if len(pieces) < 2:
        return
    unit = pieces[-1].name.split()[-1].casefold() in _UNIT_WORDS
    # "Reporter, Housing and Homelessness": single words after the role, joined by "and",
    # name its beat.
    beat = pieces[-1].sep_before in _CONJ_WORDS and all(
        " " not in p.name and p.kind == "person" and not p.name.isupper()
        for p in pieces[-2:]
    )
    # "Senior Reporter, Transportation": one word after the role and a comma.
    single = (
        len(pieces) >= 2
        and pieces[-1].sep_before == ","
        and " " not in pieces[-1].name
        and pieces[-1].kind == "person"
        and pieces[-2].kind == "person"
        and pieces[-2].role is not None
        and pieces[-2].affiliation is None
        and pieces[-1].name.casefold() in _BEAT_WORDS
    )
    if not unit and not beat and not single:
        return
    for i in range(len(pieces) - 2, -1, -1):
        p = pieces[i]
        if p.role is not None:
            if p.kind != "person" or i == len(pieces) - 1:
                return
            tail = pieces[i + 1 :]
            if any(t.role or t.affiliation or t.email for t in tail):
                return
            if not unit and any(" " in t.name or t.kind != "person" for t in tail):
                return
            text = p.role
            for t in tail:
                text += f"{t.sep_before} {t.name}" if t.sep_before == "," else f" {t.sep_before} {t.name}"
            p.role = text
            del pieces[i + 1 :]
            return


def _outlet_after_role(pieces: list[_Piece]) -> None:
    """A last name after a person's role and a dot or bar is the outlet they write for.

    "By Ella Pattison\\nPolitical Reporter·Newstalk ZB": people are listed with commas or
    "and", not after a role behind a middle dot, bar or dash.
    """
    if (
        len(pieces) >= 2
        and pieces[-1].sep_before in {"·", "•", "|", "-", "–", "—"}
        and pieces[-1].role is None
        and pieces[-1].affiliation is None
        and pieces[-1].email is None
        and pieces[-2].kind == "person"
        and pieces[-2].role is not None
        and pieces[-2].affiliation is None
    ):
        outlet = pieces.pop()
        if outlet.name.casefold() in _SECTION_WORDS:
            # "Editora - Tecnología": the desk the role belongs to.
            pieces[-1].role = f"{pieces[-1].role} {outlet.sep_before} {outlet.name}"
        else:
            pieces[-1].affiliation = outlet.name


def _outlets_among_people(pieces: list[_Piece]) -> None:
    """Among outlets, one longer word credited as a person is an outlet too.

    "franceinfo avec AFP", "Euronews with AP": beside outlets, people are credited with
    full names or initials ("jk", "mau"). (Among people alone it may be a one-name author:
    "A, B and Sweidah".)
    """
    if not any(p.kind == "organization" for p in pieces):
        return
    for p in pieces:
        if (
            p.kind == "person"
            and p.role is None
            and p.affiliation is None
            and " " not in p.name.strip()
            and sum(c.isalpha() for c in p.name) >= 5
            and any(c.isupper() != c.islower() for c in p.name)
            and "." not in p.name
        ):
            p.kind = "organization"


def _house_credit(only: _Piece) -> None:
    """A byline's only credit that names a publication rather than a person."""
    only_words = only.name.split()
    if (
        only.kind == "person"
        and only.role is None
        and 2 <= len(only_words) <= 3
        and only_words[-1].casefold() in _ROLE_NOUNS
        and not any(w.casefold() in _ROLE_NOUNS | _ROLE_MODIFIERS for w in only_words[:-1])
    ):
        only.kind = "organization"  # "IOL Reporter", "By Standard Reporter": a house credit
    if (
        only.kind == "person"
        and only.role is None
        and len(only_words) == 2
        and only_words[0].casefold() in _ROLE_NOUNS
        and not any(c.isupper() or c.islower() for c in only.name)
    ):
        only.kind = "organization"  # Urdu "نمائندہ جنگ": the paper's correspondent
    # A byline that credits one single word in a cased script ("kicker", "Habertürk",
    # "Landesspiegel") credits a publication: people are credited with full names.
    if (
        only.kind == "person"
        and only.role is None
        and only.affiliation is None
        and only.email is None
        and " " not in only.name.strip()
        and any(c.isupper() != c.islower() for c in only.name)
        and not _INITIAL_NAME_RE.match(only.name)
    ):
        only.kind = "organization"


def _plain_byline(name: str) -> list[Byline]:
    """What parse_byline gives a plain name (see _is_plain): one person or organization."""
    if _looks_like_organization(name) or (
        # A single word in a cased script credits a publication (see parse_byline), but
        # an initial glued to a name is a person ("B.Khuder").
        " " not in name
        and any(c.isupper() != c.islower() for c in name)
        and not _INITIAL_NAME_RE.match(name)
    ):
        kind: Literal["person", "organization"] = "organization"
    else:
        kind = "person"
    return [Byline(name=name, kind=kind, role=None, affiliation=None, email=None)]


def _org_led_role(seg: str) -> tuple[str, str] | None:
    """Split "AP Diplomatic Writers" into the agency and the role; None for other text.

    Also an outlet written before a role after a name ("RTÉ Political Correspondent",
    "Nikkei staff writer", "Seattle Times staff reporter"): capitalised words that are no
    role words and no place ("Austin Bureau Chief" is a role of its own).
    """
    words = seg.split()
    k = 0
    while k < len(words) - 1 and (words[k][:1].isupper() or words[k][:1].isdigit()):
        w = words[k].casefold().strip(".,")
        if (
            k >= 1
            and w in _ORG_WORDS
            and w != "staff"
            and k + 1 < len(words)
            and words[k + 1].casefold() in _ROLE_NOUNS
            and _looks_like_organization(" ".join(words[:k]))
        ):
            k += 1  # "KOMO News Reporter": the newsroom word belongs to the outlet
            break
        if (
            k >= 1
            and w in _ORG_WORDS
            and k + 1 < len(words)
            and words[k + 1][:1].isupper()
            and words[k + 1].casefold() not in _ROLE_NOUNS | _ROLE_MODIFIERS
        ):
            k += 1  # "ITV News Tyne Tees Reporter": the outlet's name goes on
            continue
        if w in _ROLE_MODIFIERS or w in _ROLE_NOUNS:
            break
        k += 1
    newsroom_inside = any(w.casefold() in _ORG_WORDS for w in words[1:k])
    if 0 < k <= (4 if newsroom_inside else 3) and k < len(words):
        outlet, role = " ".join(words[:k]), " ".join(words[k:])
        role_words = [w.casefold().strip(".,") for w in words[k:]]
        lower_role = all(w.islower() for w in words[k:])  # "WRAL state government reporter"
        if (
            (
                len(role_words) >= 2
                or role_words == ["staff"]
                or words[k - 1].casefold() in _ORG_WORDS  # "KOMO News Reporter"
                # "7News Reporter" (not "F1 Reporter": digits with a word, not a code)
                or (any(c.isdigit() for c in outlet) and sum(c.isalpha() for c in outlet) >= 3)
                # "ITV News Tyne Tees Reporter": a newsroom word inside the outlet's name
                or (newsroom_inside and "staff" not in (w.casefold() for w in words[1:k]))
            )
            and role_words[-1] in _ROLE_NOUNS
            and (role_words[0] in _ROLE_NOUNS or role_words[0] in _ROLE_MODIFIERS or lower_role)
            and (role_words[0] == "staff" or _looks_like_organization(outlet))
            and (role_words[0] == "staff" or not is_place(outlet))
            and not is_agency(words[0])
        ):
            return outlet, role
    first, _, rest = seg.partition(" ")
    if not rest or not (is_agency(first) or first in _BROADCASTERS):
        return None
    words = rest.split()
    # "AP Business Writer", "AP White House Correspondent": a title in capitals.
    title = len(words) <= 4 and all(w[:1].isupper() for w in words)
    if (
        _is_role(rest)
        or (title and words[-1].casefold() in _ROLE_NOUNS)
        or _sentence_case_role(rest)  # "BBC South America correspondent"
    ):
        return first, rest
    return None


def _people_before(pieces: list[_Piece], *, plural: bool) -> list[_Piece]:
    """The last person, or with ``plural`` the people joined to it by "and"."""
    out = [pieces[-1]]
    if plural:
        i = len(pieces) - 1
        while i > 0 and pieces[i].sep_before in _CONJ_WORDS | {","}:
            i -= 1
            if pieces[i].kind != "person" or pieces[i].role is not None:
                break
            out.append(pieces[i])
    return out


# A social handle glued to the name before it (not an e-mail address: no dot follows).
_GLUED_HANDLE_RE = re.compile(r"(?<=[^\W\d_])@[A-Za-z0-9_]{2,30}\b(?![.@\w-])")
# A Chinese role word after a name on the same line, opening the next credit.
_CJK_INNER_ROLE_RE = re.compile(
    r"(?<=\S)\s+(?=(?:编辑|編輯|校对|校對|责编|責編|责任编辑|責任編輯|记者|記者|撰文|攝影|摄影|採訪|采访"
    r"|实习生|實習生)[\s:：])"
)
_LOWER_UPPER_RE = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
# Two capitalised words glued together ("LemaCarlos"); see _split_glued_names.
_GLUED_WORD_RE = re.compile(
    # (either part may be hyphenated: "Björklund-ReyesThomas", "DelmotteAnne-Sophie")
    r"^((?:[A-ZÀ-Þ][a-zß-ÿ]+-)+[A-ZÀ-Þ][a-zß-ÿ]{2,}|[A-ZÀ-Þ][a-zß-ÿ]{3,})"
    r"([A-ZÀ-Þ][a-zß-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zß-ÿ]+)*)$"
)
# "Oleh NURUL HUDA", "Oleh Nurul Huda Jamaluddin" (three names or more: the Ukrainian first
# name Oleh comes with one surname).
_OLEH_CAPS_RE = re.compile(r"^Oleh (?:[A-Z]{2,}(?:\s|$)|[A-Z]\w+ [A-Z]\w+ [A-Z]\w+)")
# Swahili "NA" (by) before a name of at least two words, all in capitals ("NA FAITH NYAMAI";
# a Korean surname Na comes with one given name: "NA KYUNG-WON").
_SWAHILI_NA_RE = re.compile(r"^NA [A-Z]{2,} [A-Z]{2,}(?: [A-Z]{2,})*$")
# A date stamp before the credit: "Published on February 18, 2026 By Ifeanyi Nwachukwu".
# (Or a numeric stamp: "2/26/2015 7:11 AM PST BY TMZ STAFF".)
_LEAD_DATE_RE = re.compile(
    r"^(?:(?:published|posted|updated|last\s+updated)\b[^|\n]{0,60}?\s(?=by\s)"
    r"|(?:publié|publicado|publicada|veröffentlicht|mis\s+à\s+jour)\b[^|\n]{0,60}?\s(?=(?:par|por|von)\s)"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[^|\n]{0,30}?\s(?=(?-i:By|BY)\s)"
    # "September 10, 2012 By Mwangi", "28 de abril de 2021 Por: Agencia AFP": a written date
    r"|(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+\.?\s+"
    r"(?:de\s+)?(?:19|20)\d\d)\s+(?=(?-i:By|BY|by|Por|POR|Par|PAR|Von|VON)[\s:]))",
    re.IGNORECASE,
)
# A date after the name with no separator: "Graham Holt February 18, 2026", "... 18 Feb 2026".
_BARE_DATE_TAIL_RE = re.compile(
    r"\s+(?:(?:on|am|le|el|il|den|op|em)\s+)?(?:(?P<month>[^\W\d_]{3,}\.?)\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}\.?\s+(?P<month2>[^\W\d_]{3,}\.?))\s+(?:19|20)\d\d$"
)
# "Shalev Bar-Tal 18:42, 17.06.26": a time and a numeric date after the name.
# A word before it goes too: "posted by Stadler at 12:53", "Jo Park at 5:12 PM".
_NUMERIC_STAMP_TAIL_RE = re.compile(
    r"(?:\s+(?:at|on|um|am|le|el|à|às|alle|om|kl\.?|klo))?"
    r"(?:\s+(?:\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h)(?!\w))?|\d{1,2}[./]\d{1,2}[./]\d{2,4}),?)+$",
    re.IGNORECASE,
)
# A source line ("Izvor: N1", "Quelle: dpa") credits its own piece, not an affiliation.
_SOURCE_PREFIX_RE = re.compile(rf"^(?:{_SOURCE_LABELS})\s*(?::|[–—-]\s)", re.I)
# Marks a place written with its state's code, "Porto Alegre (RS)", for _drop_places.
_STATE_MARK = "\x00state"
_INPUTS_RE = re.compile(
    r"^(?:(?:with\s+)?(?:inputs?|additional\s+reporting)\s+from|la\s+información\s+es\s+de"
    r"|übermittelt\s+durch)\s+",
    re.I,
)
# A description after the name that runs on into a sentence: ", a deputy editor and
# author of ... newsletter. He has ..." (six words or more and a full stop).
_APPOSITIVE_BIO_RE = re.compile(r",\s+(?:a|an|the)\s+[a-z](?=(?:\S+\s+){5})[^|]*?\.(?:\s.*)?$")
# A line that opens with "By" (as written: "By", "BY"), or its German, French, Spanish form.
_BY_LINE_RE = re.compile(r"^(?:By|BY|Von|VON|Par|PAR|Por|POR)\s+\S")
# Korean datelines in bylines: "워싱턴=신진우 특파원", "세종= 박경담 기자".
# (Japanese papers write it so too: "ワシントン=飛田臨太郎".)
_KO_GLUED_ROLE_RE = re.compile(r"(?<![가-힣])([가-힣]{2,4})(기자|특파원)(?![가-힣])")
_KO_PLACE_RE = re.compile(
    r"^[가-힣\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{1,10}\s?=\s?(?=[가-힣\u3040-\u30ff\u4e00-\u9fff])"
)
# A place before the name with a colon or a tatweel dash: "دبي: محمد إبراهيم".
# (" - " is left to the outlet rules: "دبي - البيان" names the paper.)
_PLACE_BEFORE_NAME_RE = re.compile(r"^([^\W\d_]+(?: [^\W\d_]+)?)\s*(?:[:：,]|\sـ)\s+(?=\S)")
# A reporter's handle in brackets after a Hangul name: "이주연(mouse)".
_HANGUL_HANDLE_RE = re.compile(r"(?<=[가-힣])\([a-z0-9_.]{2,30}\)")
# A social handle after a name, with a space: "Ahiza Garcia @ahiza_garcia" (an e-mail
# address has no space before its "@").
_SPACED_HANDLE_RE = re.compile(r"(?<=[^\W\d_])\s+@\w{2,30}(?=$|[\s,;|])")
# Co-authors in brackets after a name: "(avec X et Y)", "(with X)", "(mit X und Y)".
# (Names of two words or more: "(avec AFP)", "(mit dpa)" credit the agency as before.)
_WITH_BRACKET_RE = re.compile(
    r"\s*\((?:with|avec|mit|con|com|met|med)\s+([^()\s]+\s[^()]{1,80})\)", re.IGNORECASE
)
_WITH_RE = re.compile(r"^(?:avec|with|mit|con|com|met|med)\s+", re.IGNORECASE)
# "*Estagiária sob supervisão de Paulo Nogueira": whom an intern works under is no credit.
_SUPERVISION_RE = re.compile(
    r"\s+(?:sob\s+(?:a\s+)?supervis[ãa]o|under\s+the\s+supervision|bajo\s+la\s+supervisi[óo]n"
    r"|sous\s+la\s+supervision)\s+(?:de|do|da|of|del|de\s+la)\s+[^,;|]+",
    re.IGNORECASE,
)
_LOWER_DE_RE = re.compile(r"^de [^\W\d_][\w'’-]*\s+[^\W\d_]", re.UNICODE)
_INITIAL_NAME_RE = re.compile(r"^[^\W\d_]\.[^\W\d_]{2,}$")
# Sections a page names beside the byline ("By Jane Doe | News | ...").
_SECTION_WORDS = _words(
    "news nachrichten sport sports politics politik business wirtschaft opinion world local "
    "national culture kultur technology tecnología tecnologia technologie tech science "
    "ciencia ciência economía economia économie deportes esportes internacional security "
    "politique política politica seguridad sociedad cultura mundo nacional regional "
    "justicia salud educación deportes güncel gündem ekonomi spor dünya"
)
# The beats a role is written with ("Senior Reporter, Transportation").
_BEAT_WORDS = _SECTION_WORDS | _words(
    "transportation transport courts crime housing energy immigration markets media defense "
    "defence health climate environment education entertainment lifestyle travel"
)
_READING_TIME_PIECE_RE = re.compile(
    r"\b(?:temps\s+de\s+lecture|lesezeit|lesedauer|leestijd|lukuaika|tiempo\s+de\s+lectura"
    r"|tempo\s+de\s+leitura|reading\s+time|lecture\s*:?\s*\d"
    r"|\d+\s*min(?:ute|uti|utos)?s?\.?\s+(?:read|to\s+read|de\s+lecture|lesen|lettura|lectura"
    r"|de\s+lectura|di\s+lettura|de\s+leitura)\b"
    r"|\d+\s*[Mm]in\.?\s*$|\d+\s*menit\s+baca)",  # "3 min" (not "20 Minutes", a paper)
    re.IGNORECASE,
)
_ORG_LEAD_RE = re.compile(r"^(?:l['’]|da\s+|do\s+|dos\s+)", re.IGNORECASE)
_PART_CREDIT_RE = re.compile(r"^(?P<part>story|words|text|texte)\s+(?:by|von|par)\s", re.I)
_COUNTRY_ACRONYMS = frozenset({"UK", "U.K.", "US", "U.S.", "USA", "UAE", "NZ", "RD"})
_IN_PLACE_RE = re.compile(r"^(?:in|em|en|à|a|aus|from|desde|depuis)\s+(?=[^\W\d_])")
# Separator words that also mean "in" ("en" is Dutch "and" and Spanish/French "in").
_IN_WORDS = frozenset({"en", "i"})


_ORG_IN_PLACE_RE = re.compile(r"^(\S.*?)\s+(?:in|en|em|à|aus)\s+(\S.*)$")


def _drop_places(pieces: list[_Piece]) -> None:
    """Drop the places in "Von A, Berlin, und B, München", "EFE | Bogotá", "BSS, Dhaka".

    A known place (newsmodel.text.places) after a contributor and a separator says where
    they write from; it is not one more contributor. After a role joined by a word that
    is also "in" ("corresponsal en París"), the place completes the role.
    """
    for p in pieces:
        if (
            p.kind == "organization"
            and " " in p.name
            and (m_in := _ORG_IN_PLACE_RE.match(p.name)) is not None
            and is_place(m_in.group(2))
        ):
            p.name = m_in.group(1)  # "Agencies in Manila": where the desk is
        words = p.name.split()
        if p.kind != "organization" or len(words) < 4:
            continue
        for n in (2, 1):
            head = words[:-n]
            if (
                len(head) >= 2
                and not head[-1].islower()
                and head[-1].casefold() not in {"of", "de", "del", "di", "du", "für"}
                and is_place(" ".join(words[-n:]))
                and _looks_like_organization(" ".join(head))
            ):
                p.name = " ".join(head)  # "Press Trust of India New Delhi": the desk's city
                break
    i = 1
    dropped_at = -1  # the index the last dropped place had
    while i < len(pieces):
        p, before = pieces[i], pieces[i - 1]
        if p.name in _COUNTRY_ACRONYMS and p.sep_before in _PLACE_SEPS and p.role is None:
            del pieces[i]  # "By Caroline Donnelly, Senior Editor, UK"
            continue
        if (
            dropped_at == i
            and p.sep_before == ","
            and len(p.name) == 2
            and p.name.isupper()
            and p.role is None
        ):
            del pieces[i]  # "Elizabeth Hagedorn, Washington, DC": the place's state
            continue
        m_in = _IN_PLACE_RE.match(p.name)
        if m_in and is_place(p.name[m_in.end() :]):
            p.name = p.name[m_in.end() :]  # "Do UOL, em São Paulo"
        if p.role == _STATE_MARK and is_place(p.name):
            p.role = None  # "Porto Alegre (RS)": a place and its state's code
        if (
            p.role is None
            and p.email is None
            and p.affiliation is None
            # "NAN", "PAP", "NAMPA": an acronym, though towns have the name; a place the
            # organization test took ("Las Palmas de Gran Canaria") is still a place.
            and (
                p.kind == "person"
                or (not p.name.isupper() and not is_agency(p.name))
                # "Ayşe Kaya Demir / İZMİR": the Turkish papers' city in capitals, last
                or (
                    p.sep_before == "/"
                    and i == len(pieces) - 1
                    and len(p.name) >= 4  # ("TNN", "SPB": an outlet's, an editor's letters)
                    and not is_agency(p.name)
                )
            )
            # "mau/dpa": an editor's initials; "पुणे": a script without capitals
            and (p.name[:1].isupper() or not p.name[:1].islower())
            and len(p.name.split()) <= 5
            and is_place(p.name)
        ):
            if p.sep_before in _PLACE_SEPS or (p.sep_before in _CONJ_WORDS and dropped_at == i):
                # "— Rio de Janeiro e São Paulo": a place joined to a dropped one goes too.
                del pieces[i]
                dropped_at = i
                continue
            if p.sep_before in _IN_WORDS and before.role is not None:
                before.role = f"{before.role} {p.sep_before} {p.name}"
                del pieces[i]
                continue
        i += 1


def _drop_trailing_place(pieces: list[_Piece]) -> None:
    """Settle one capitalised word after full names: "Von Max Muster, Kleinstadt".

    After one full name, or after a list of full names closed by "und"/"and" ("Von
    Benedikt Peters und Ronen Steinke, Berlin"): a one-word name after such a list is not
    one more contributor. Known places are gone already (_drop_places); another word
    written like a name, not all capitals, is the outlet they write for ("Jairo Bolledo,
    Rappler"), and a one-word place too small for the list is taken for one.
    """
    if len(pieces) < 2:
        return
    last, before = pieces[-1], pieces[-2]
    people = pieces[:-1]
    closed_list = (
        len(people) >= 2
        and people[-1].sep_before in _CONJ_WORDS
        and all(p.kind == "person" and len(p.name.split()) >= 2 for p in people)
    )
    if (
        # "Por Jesús Peña | Vanguardia", "Por Itzel Morales Ríos/SinEmbargo"
        last.sep_before in {",", "|", "·", "•", "-", "–", "—", "/"}
        and last.kind == "person"
        and last.role is None
        and last.email is None
        and " " not in last.name
        and "-" not in last.name
        and last.name[:1].isupper()
        and not last.name.isupper()
        and before.kind == "person"
        and len(before.name.split()) >= 2
        and (len(pieces) == 2 or closed_list)
    ):
        pieces.pop()
        for p in people:
            p.affiliation = last.name


def _apply_affiliation(pieces: list[_Piece]) -> None:
    """Turn a closing ", Reuters" after a list of people into their affiliation."""
    if len(pieces) < 2:
        return
    last = pieces[-1]
    if (
        last.kind == "person"
        and last.affiliation is not None
        and all(
            p.kind == "person" and p.affiliation is None and p.sep_before in _CONJ_WORDS | {","}
            for p in pieces[1:-1]
        )
        and pieces[-1].sep_before in _CONJ_WORDS
        and pieces[0].kind == "person"
        and pieces[0].affiliation is None
    ):
        # "By JOSH BOAK and FATIMA HUSSEIN Associated Press": the agency written after
        # the last name credits everyone of the list.
        for p in pieces[:-1]:
            p.affiliation = last.affiliation
        return
    if (
        last.kind != "organization"
        or last.source
        or last.sep_before not in _PLACE_SEPS | {"·", "•"}
    ):
        return
    people = pieces[:-1]
    if not all(p.kind == "person" and p.affiliation is None for p in people):
        return
    # "Felix Schröder, Jörg Soldwisch and dpa" credits dpa; "A, B, dpa" with no "and" is
    # a list of three as well unless there is a single person before the comma.
    conj = {p.sep_before for p in people[1:]}
    if len(people) > 1 and not (conj & _CONJ_WORDS):
        return
    for p in people:
        p.affiliation = last.name
    pieces.pop()
