"""Finding the dateline that opens a news story.

A dateline names where (and sometimes when) a story was filed and which agency filed it,
and ends with a dash: "BEIRUT/THE HAGUE, March 7 (Reuters) -", "MOSCOW —", "DUSHANBE,
Tajikistan (AP) —", "WASHINGTON, D.C. -", "Berlin (dpa) -", "(dpa) -", "(ANSA) - ROMA,
28 LUG -". German papers also end it with a full stop: "Frankfurt/Main. Die ...". EFE writes
"Madrid, 5 mar (EFE).- ...", TASS "MOSCOW, March 5. /TASS/. ...".

Most paragraphs have no dateline, so the rules are strict about what counts:

* with an agency in parentheses, the words before it must look like place names;
* without one, the places must be written in capitals ("MOSCOW —"), or be one to four
  capitalised words ("Gundremmingen - Die ...") followed by a spaced dash and a sentence
  that starts with a capital letter -- never a title such as "Mr." and never a kicker
  such as "Update" or "Analyse";
* a full stop ends a dateline only after capitals or a "Place/Place" pair.
"""

from __future__ import annotations

import re

from newsmodel.models.article import Dateline
from newsmodel.text.bylines import _looks_like_organization, is_agency
from newsmodel.text.dates import _MONTHS, _WEEKDAYS
from newsmodel.text.places import is_place

__all__ = ["parse_dateline"]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a vocabulary list."""
    return frozenset(text.split())


# "∙", "•" and "·" end datelines too ("തിരുവനന്തപുരം ∙ ...", "Bonn · Die ...").
_DASHES = "-–—―−∙•·"
# The mark that ends a dateline: a dash (or "--"), spaced or not.
_DASH_RE = re.compile(r"\s*(?:--|[-–—―−∙•·])\s*")
_SPACED_DASH_RE = re.compile(r"\s+(?:--|[-–—―−∙•·])\s+|\s*(?:--|[–—―∙•·])\s*")
_AGENCY_RE = re.compile(r"\(\s*([^()]{1,40}?)\s*\)")
_HEAD_LIMIT = 160
_MAYBE_RE = re.compile(r"[-–—―−‐‑‒()（）:=|∙•·]")
_DASH_CHAR_RE = re.compile(f"[{_DASHES}]")


def _dash_search(head: str, pos: int = 0) -> tuple[int, int] | None:
    """The span of ``_DASH_RE.search(head, pos)``, found faster.

    Hand-written because sre tries the pattern's leading ``\\s*`` at every position of the
    head (most of the cost of reading a paragraph that has no dateline): here one
    character-class search finds the first dash, and the whitespace around it is taken
    with C-speed strips (``str.isspace`` is ``\\s`` of a str pattern). The first dash
    character from ``pos`` on ends the whitespace run the leftmost match starts with.
    """
    m = _DASH_CHAR_RE.search(head, pos)
    if m is None:
        return None
    k = m.start()
    start = pos + len(head[pos:k].rstrip())
    end = k + 2 if head.startswith("--", k) else k + 1
    tail = head[end:]
    return start, end + len(tail) - len(tail.lstrip())


# Rivers and regions that follow a town after a slash or in parentheses: one place.
_PLACE_QUALIFIERS = _words(
    """
    main oder saale ruhr donau isar lahn neckar elbe havel mosel rhein weser inn spree
    lech iller fils rems enz murr kocher jagst tauber salzach wupper sieg fulda werra eder
    dill nahe saar ilm unstrut mulde regen naab vils ems hunte aller leine oker ilmenau
    peene warnow trave alster stör opf ofr mfr ufr obb ndb schwaben westf westfalen
    oldb oldenburg holstein breisgau taunus pfalz harz vogtland erzgebirge allgäu sachsen
    thüringen hessen bayern brandenburg wien tirol oberösterreich niederösterreich
    """
)
# Lower-case words that may stand inside a place name.
# Abbreviations whose full stop ends no dateline ("Minister of Health Dr. Eric Hoskins").
_ABBREVIATION_ENDS = _words("dr mr mrs ms prof gen lt sgt rev hon sen rep gov col capt maj jr sr no nr")
_CONNECTORS = _words(
    """
    am an der im in ob bei de da del do dos das di la le les sur sous en upon on y i of
    the al el et auf zu zum vor von van den op ter
    """
)
# Words that open a paragraph but are not places: titles, pronouns, articles, kickers.
_NOT_PLACES = _words(
    """
    mr mrs ms dr prof sir lady lord herr frau he she it they we i you this that these
    those there here what who when where why how the a an der die das ein eine einer
    er sie es wir ihr man dies diese dieser dieses hier dort so und aber doch oder auch
    nur noch schon jetzt heute gestern morgen dann denn weil wenn als wie wo was wer
    le la les un une il elle ils nous vous ce cette el los las uno una lo
    update updated updates breaking news exclusive analysis opinion comment editorial
    review watch live video photos photo fact check correction note editor editors
    interview feature explainer podcast analyse kommentar meinung hintergrund
    eilmeldung exklusiv fazit achtung wichtig hinweis anzeige werbung liveblog
    transparenzhinweis korrektur kritik glosse reportage porträt portrait essay
    leitartikel gastbeitrag zitat info infos tipp tipps ergebnis ergebnisse fazit
    frage fragen antwort antworten teil folge kapitel chapter part step schritt
    nein ja gut stimmt richtig falsch genau danke bitte endlich immerhin trotzdem
    yes no okay ok well so thanks sure now then still also but and or
    spoiler warning warnung sponsored advertisement ad quelle source
    in at on for from with by to into after before during im um mit bei nach aus für
    über unter gegen seit dans pour avec sans por con para sin per da dal nella
    """
)

# Articles that open place names written in capitals: "THE HAGUE", "LOS ANGELES",
# "LAS VEGAS", "EL PASO", "LA PAZ", "LE HAVRE", "LES SABLES-D'OLONNE", "DEN HAAG".
_PLACE_ARTICLES = _words("the la le les los las el al den")

_BROADCASTERS = frozenset(
    {"CNN", "BBC", "CBS", "NBC", "ABC", "Fox", "CNBC", "ARD", "ZDF", "ORF", "SRF"}
)

_DAY_NUM = r"\d{1,2}(?:st|nd|rd|th|er|\.)?"
# A day, or a day and year joined by a slash ("January 14/2026", as ENA writes it).
_DAY_NUM_OR_DAY_YEAR = rf"{_DAY_NUM}|\d{{1,2}}/(?:19|20)\d\d"
_NUMERIC_DATE_RE = re.compile(r"^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?$")
_SLASHED_MONTH_RE = re.compile(r"^\d{1,2}[/.-]([^\W\d_]{3,})\.?[/.-](?:19|20)?\d\d$")
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
_ABBREV_RE = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z][a-z]{1,4}\.$")
_UPPER_WORD_RE = re.compile(r"^[^\W\d_a-zß]+$")
# A qualifier abbreviated after a German place name: "Frankfurt a.M.", "Freiburg i.Br.".
_PLACE_ABBREV_RE = re.compile(r"^[a-zäöü]{1,2}\.(?:[A-Za-zäöü]{1,3}\.)+$")


# Words a date holds beside its numbers and names: Spanish and Portuguese "de" ("5 de
# marzo"), Lithuanian "d." (diena, day: "birželio 17 d.").
_DATE_FILLERS = frozenset({"de", "del", "d.", "d"})


def _is_month(word: str) -> bool:
    w = word.rstrip(".,").casefold()
    return w in _MONTHS


def _is_date(part: str) -> bool:
    """A dateline date: "March 7", "Jan. 5", "7 March", "28. Juli", "Monday", "27.6.2025"."""
    part = part.strip()
    if _NUMERIC_DATE_RE.match(part):
        return True
    m_slashed = _SLASHED_MONTH_RE.match(part)
    if m_slashed is not None:
        return _is_month(m_slashed.group(1))  # "18/FEB/2026"
    # The words of the part (str.split() splits at the runs of \s+ and drops empty
    # pieces); at most five are needed to tell that there are more than four.
    words = part.split(None, 7)
    # "5 de marzo de 2024": the Spanish and Portuguese "de" do not count.
    if not words or sum(w.casefold() not in _DATE_FILLERS for w in words) > 4:
        return False
    if len(words) == 1:
        return words[0].rstrip(".").casefold() in _WEEKDAYS and len(words[0]) > 3
    has_month = any(_is_month(w) for w in words)
    has_day = any(re.fullmatch(_DAY_NUM_OR_DAY_YEAR, w.rstrip(",")) for w in words)
    rest_ok = all(
        _is_month(w)
        or re.fullmatch(_DAY_NUM_OR_DAY_YEAR, w.rstrip(","))
        or _YEAR_RE.match(w.rstrip(",."))  # "2024." opens a Hungarian date
        or w.rstrip(".,").casefold() in _WEEKDAYS
        or w.casefold() in _DATE_FILLERS
        for w in words
    )
    return has_month and has_day and rest_ok


def _place_words_ok(place: str, *, caps: bool) -> bool:
    # As in _is_date: a place has at most four words, so the split stops after five
    # (a sentence before a dash is the usual text here).
    words = place.split(None, 5)
    if not words or len(words) > 4:
        return False
    first = words[0].strip(".'’").casefold()
    if first in _NOT_PLACES and not (caps and len(words) > 1 and first in _PLACE_ARTICLES):
        return False
    for i, w in enumerate(words):
        core = w.strip("'’")
        if not core or any(c.isdigit() for c in core):
            return False
        if not core[0].isalpha():
            return False
        if core[0].isupper():
            if caps and not _UPPER_WORD_RE.match(
                core.replace(".", "").replace("-", "").replace("'", "").replace("’", "")
            ):
                return False
            continue
        if i > 0 and (core.casefold() in _CONNECTORS or _PLACE_ABBREV_RE.match(core)):
            continue
        return False
    # A word ending in a full stop inside a place must be an abbreviation ("St. Louis").
    for w in words[:-1]:
        if w.endswith(".") and not _ABBREV_RE.match(w) and not w[:-1].isupper():
            return False
    return True


def _split_places(group: str, *, caps: bool) -> list[str] | None:
    """Split "BEIRUT/THE HAGUE" into places; keep "Frankfurt/Main" and "Halle (Saale)"."""
    raw = [p.strip() for p in group.split("/")]
    places: list[str] = []
    for p in raw:
        if not p:
            return None
        if places and p.casefold() in _PLACE_QUALIFIERS:
            places[-1] = f"{places[-1]}/{p}"
            continue
        places.append(p)
    if len(places) == 1 and places[0].endswith((")", "]")):
        m_in = re.fullmatch(
            r"(?P<place>[^()\[\]]+?)\s*[(\[](?P<within>[^()\[\]]+)[)\]]", places[0]
        )
        if (
            m_in is not None
            and m_in.group("within").casefold() not in _PLACE_QUALIFIERS
            and is_place(m_in.group("within"))
        ):
            # "Monterrey (México)": the country or region it lies in, a place of its own.
            places = [m_in.group("place"), m_in.group("within")]
    for p in places:
        # Only a place that ends in ")" can carry a "(Saale)" qualifier (p is stripped,
        # so "$" is its end): skip the regular expression, which tries its leading \s*
        # at every position, for the rest.
        base = re.sub(r"\s*\(([^()]+)\)$", "", p) if p.endswith(")") else p
        base = base.split("/")[0]
        if not _place_words_ok(base, caps=caps) and not is_place(base):
            return None  # ("Dar es Salaam" is a place of the list)
    return places


def _is_caps(text: str) -> bool:
    # Hand-written loop that stops at the first letter that is not upper case (most texts
    # tested are sentences, which fail on their second letter): the same answer as
    # "at least two letters, all upper case" without building the list of letters.
    n = 0
    for c in text:
        if c.isalpha():
            if not c.isupper():
                return False
            n += 1
    return n >= 2


def _parse_header(
    header: str, *, need_caps: bool, agency: bool = False
) -> tuple[list[str], str | None] | None:
    """Read "BEIRUT/THE HAGUE, March 7" into places and date; None if it is not a header.

    With ``agency`` (the header stands before an agency in parentheses) a header may also
    be a date alone ("Oct 9 (Reuters)"), AP's "UNDATED (AP)" (no place), or give the day
    as a bare number ("BARCELONA, 9 (EUROPA PRESS)").
    """
    header = header.strip()
    if not header:
        return [], None
    parts = [p.strip() for p in header.split(",")]
    if len(parts) > 4 or not parts[0]:
        return None
    if agency and len(parts) == 1 and ". " in parts[0]:
        place, _, when = parts[0].partition(". ")
        if _is_caps(place) and _is_date(when):
            # Interfax: "MOSCOW. May 14 (Interfax) -".
            split = _split_places(place, caps=True)
            if split:
                return split, when
    if agency and len(parts) <= 2:
        if parts[0] == "UNDATED" and len(parts) == 1:
            return [], None
        if _is_date(parts[0]) and not _is_date(parts[0].split()[0]):
            if len(parts) == 1:
                return [], parts[0]
            if _YEAR_RE.match(parts[1]):
                return [], f"{parts[0]}, {parts[1]}"
    caps = _is_caps(parts[0])
    if need_caps and not caps:
        return None
    date: str | None = None
    if len(parts) == 1:
        # "Bratislava 5. marca (TASR)": a date after the place without a comma (Slovak,
        # Czech); the last two or three words when they make a date.
        words = parts[0].split()
        for n in (3, 2):
            if len(words) > n and _is_date(" ".join(words[-n:])) and words[-n][:1].isdigit():
                date = " ".join(words[-n:])
                parts = [" ".join(words[:-n])]
                caps = _is_caps(parts[0])
                break
    places = _split_places(parts[0], caps=caps)
    if places is None:
        return None
    for i, part in enumerate(parts[1:], 1):
        if not part:
            return None
        if date is None and (
            _is_date(part) or (agency and i == len(parts) - 1 and _BARE_DAY_RE.match(part))
        ):
            date = part
            continue
        if date is not None and (
            _YEAR_RE.match(part)
            or part.rstrip(".").casefold() in _WEEKDAYS
            # "RAMALLAH, Wednesday, January 14, 2026": the weekday, then the date
            or (date.rstrip(".").casefold() in _WEEKDAYS and _is_date(part))
        ):
            date = f"{date}, {part}"  # "March 7, 2024", "2024. október 9., szerda"
            continue
        if _ABBREV_RE.match(part) or _place_words_ok(part, caps=_is_caps(part)):
            if date is not None:
                return None
            places.append(part)
            continue
        return None
    return places, date


_BARE_DAY_RE = re.compile(r"^(?:[1-9]|[12]\d|3[01])$")


def _starts_sentence(rest: str) -> bool:
    """The text after a dateline starts a sentence: not with a lower-case letter."""
    first = rest[:1]
    return bool(first) and not first.islower() and first not in ",;:.)-–—"


def _word_count(text: str) -> int:
    return len(text.split(None, 6))


def _known_places(header: str) -> bool:
    """Every comma part of a header is a known place ("Monterrey, México")."""
    parts = [p.strip() for p in header.split(",")]
    return len(parts) <= 3 and all(p and is_place(p) for p in parts)


def _uncased(text: str) -> bool:
    """Text in a script without letter case (Arabic, Devanagari, ...): no capitals to test.

    "اسلام آباد (نمائندہ جنگ) وفاقی ...": a known place and a credit in parentheses make
    a dateline there without a dash (the place must be one of the list).
    """
    return any(c.isalpha() for c in text) and not any(c.isupper() or c.islower() for c in text)


def _agency_ok(agency: str) -> bool:
    if not agency or any(c in agency for c in ":;=") or _word_count(agency) > 4:
        return False
    # Not a number or a date; "7News", "9News" (digits glued to a name) are outlets.
    return any(c.isalpha() for c in agency) and (
        not agency[:1].isdigit() or _DIGIT_NAME_RE.match(agency) is not None
    )


# An agency's initials in mixed case: "UzA", "BelTA", "KazTAG".
_MIXED_ACRONYM_RE = re.compile(r"^(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,6}$")
_DIGIT_NAME_RE = re.compile(r"^\d{1,2}\s?[A-Z][A-Za-z]+$")  # "7News", "13 News"


def parse_dateline(s: str) -> Dateline | None:
    """Find the dateline at the start of a paragraph.

    Args:
        s: A paragraph's plain text, such as "BEIRUT/THE HAGUE, March 7 (Reuters) - Syria's
            ...". A dateline alone ("MOSCOW —") works too.

    Returns:
        The Dateline (``text`` as written without the closing dash, ``places`` in order,
        ``date`` as written, ``agency`` from the parentheses, ``rest`` the text after the
        dash) or None when the paragraph does not open with a dateline. A kicker in
        capitals or a photo credit on a line of its own before it ("IL CASO\\nANCONA -
        ...", "Photo by ... /PNG\\nVICTORIA — ...", as scrapers run them in) is passed over.
    """
    text = s.lstrip()
    multiline = "\n" in s[:_HEAD_LIMIT]
    first, _, after = text.partition("\n") if multiline else (text, "", "")
    if multiline and (line := _first_line(first, after.strip())) is not None:
        return line
    if text.startswith("[") and (bracketed := _bracketed_agency(text)) is not None:
        return bracketed
    if ". " in s[:48] and (m := _DOTTED_AGENCY_RE.match(text)) and is_place(m.group("place")):
        # Interfax: "Москва. 1 апреля. INTERFAX.RU - ...": place, day, agency, with full stops
        return Dateline(
            text=m.group(0).rstrip(" -–—"),
            places=[m.group("place")],
            date=m.group("date"),
            agency=m.group("agency"),
            rest=text[m.end() :],
        )
    found = _parse_dateline(s)
    if found is None and multiline and after.strip() and (
        (len(first.split()) <= 5 and _is_caps(first)) or _CREDIT_LINE_RE.match(first) is not None
    ):
        found = _parse_dateline(after)
    return found


# A place and a known agency on a line of their own (see _first_line).
_AGENCY_LINE_RE = re.compile(r"(?P<place>[^\W\d_][^()\n]{0,40}?)\s*\((?P<agency>[^()\n]{2,20})\)")
_DOTTED_AGENCY_RE = re.compile(
    r"(?P<place>[^\W\d_][^.\n]{1,30}?)\.\s+(?P<date>\d{1,2}\s+[^\W\d_]+)\.\s+"
    r"(?P<agency>[A-ZА-Я][A-ZА-Я.\-]{2,20})\s+[-–—]\s+"
)


# "[JURIST] A Chinese court ...", "[Capital FM] Nairobi -- President ...": the outlet in
# square brackets, then perhaps the place and a dash.
_BRACKETED_AGENCY_RE = re.compile(
    r"\[(?P<agency>[^\[\]\n]{2,24})\]\s+(?:(?P<place>[A-Z][\w .'’-]{1,30}?)\s*(?:--|[-–—])\s+)?(?=[A-Z])"
)


# Words in brackets before a lead that label the piece, not its source ("[UPDATE]").
_BRACKET_KICKERS = _words(
    "update updated watch video videos photo photos breaking exclusive live opinion analysis "
    "editorial advertisement sponsored podcast listen audio gallery correction urgent "
    "eilmeldung aktualisiert exklusiv kommentar direct vidéo exclusivo última"
)


def _bracketed_agency(text: str) -> Dateline | None:
    m = _BRACKETED_AGENCY_RE.match(text)
    if m is None:
        return None
    agency, place = m.group("agency").strip(), m.group("place")
    if place is None and is_place(agency) and not is_agency(agency):
        # "[ROMA] Un ventitreenne ...": a place in brackets
        return Dateline(text=m.group(0).rstrip(), places=[agency], rest=text[m.end() :])
    if not (
        is_agency(agency)
        or _looks_like_organization(agency)
        or (agency.isupper() and agency.isalpha() and agency.casefold() not in _BRACKET_KICKERS)
    ):
        return None
    if place is not None and not is_place(place):
        return None
    head = m.group(0).rstrip(" -–—")
    return Dateline(
        text=head,
        places=[place] if place else [],
        agency=agency,
        rest=text[m.end() :],
    )


def _first_line(first: str, rest: str) -> Dateline | None:
    """A dateline on a line of its own before the lead's text ``rest``: a place and a known
    agency ("Hamburg (ots)\n", "Stuttgart- Mitte (ots)\n": German police and company press
    releases through news aktuell); a known place alone ("Hyderabad\n\nAfter ..."), with its
    date ("New Delhi, May 6\nGirls ...") or an outlet after a dash ("مسقط - الشبيبة\n...")."""
    if not rest:
        return None
    m = _AGENCY_LINE_RE.fullmatch(first.strip())
    # (news aktuell writes "ots")
    if m is not None and (is_agency(agency := m.group("agency")) or is_agency(agency.upper())):
        return Dateline(
            text=first.strip(), places=[m.group("place").strip()], agency=agency, rest=rest
        )
    head = first.strip().rstrip(".")
    if not head or len(head) > 60 or not _starts_sentence(rest) or _word_count(rest) < 6:
        return None
    if is_place(head) and (head[:1].isupper() or _uncased(head)):
        return Dateline(text=head, places=[head], rest=rest)
    place, dash, outlet = head.partition(" - ")
    if dash and is_place(place.strip()) and 1 <= len(outlet.split()) <= 3:
        return Dateline(
            text=head, places=[place.strip()], agency=outlet.strip(), rest=rest
        )
    if "," in head and is_place(head.split(",")[0].strip()):
        parsed = _parse_header(head, need_caps=False)
        if parsed is not None and parsed[0] and parsed[1] is not None:
            return Dateline(text=head, places=parsed[0], date=parsed[1], rest=rest)
    return None


# A photo credit or a caption with its credit in parentheses ("... on Tuesday. (Luis Sinco /
# Los Angeles Times)").
_CREDIT_LINE_RE = re.compile(
    r"^(?:(?:photo|foto|image|bild|picture)s?\b.{0,80}|.{0,300}\([^()]{0,60}/[^()]{0,60}\))$",
    re.IGNORECASE,
)


def _parse_dateline(s: str) -> Dateline | None:
    """parse_dateline's rules for a text that opens with the dateline."""
    text = s.lstrip()
    if not text:
        return None
    head = text[:_HEAD_LIMIT]
    if text[0] in "([" or text[0] >= "\u3000":
        found = _cjk(text)
        if found is not None:
            return found

    if head.startswith("("):
        return _agency_first(text)
    if "--(" in head:
        found = _wire(text)
        if found is not None:
            return found
    if "/" in head:
        found = _slashed_agency(text)
        if found is not None:
            return found
    # Fast reject (most paragraphs have no dateline): every form read below needs a dash,
    # parentheses, a colon or a bar in the head, or "Place. " near the start, but a place and
    # a date in capitals.
    if _MAYBE_RE.search(head) is None and ". " not in text[:48]:
        return _bare_date(text)  # only "KATHMANDU, DECEMBER 3 The ..." has no mark at all

    m = _AGENCY_RE.search(head)
    dash = _dash_search(head)
    # "Halle (Saale) (dpa)": a place qualifier in parentheses is not the agency, nor is a
    # country or region ("Monterrey (México), 9 oct (EFE).-").
    while m is not None and (
        m.group(1).casefold() in _PLACE_QUALIFIERS
        or (
            m.group(1)[:1].isupper()
            and not m.group(1).isupper()  # "(BNS)", "(SPA)": agencies, though towns too
            and not is_agency(m.group(1))
            and is_place(m.group(1))
        )
    ):
        m = _AGENCY_RE.search(head, m.end())
    if m is not None and (
        dash is None or m.start() <= dash[0] or _in_header_dash(head, dash[0], m.start())
    ):
        found = _with_agency(text, m)
        if found is not None:
            return found
    return _without_agency(text)


# TASS writes its agency between slashes after a full stop: "MOSCOW, March 5. /TASS/. ...".
# "/TASS/. Text" and "/Agerpres/ - Text" (a dash after the slashes).
_SLASHED_AGENCY_RE = re.compile(
    r"\.?[^\S\n]*/(?P<agency>[^\W\d_][\w-]{1,20})(?P<close>/)\.?(?:[^\S\n]*(?:--|[-–—]))?[^\S\n]+"
)


_OUTLET_SLASH_RE = re.compile(r"(?P<agency>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})/\s+(?=\S)")
_NEWS_WORDS = frozenset({"News", "Agency", "Press", "Wire", "Times", "Post", "Today"})


def _slashed_agency(text: str) -> Dateline | None:
    """The TASS form "MOSCOW, March 5. /TASS/. Text": a known agency between slashes.

    Also an outlet alone before a slash: "Shafaq News/ Iraq's Ministry ...".
    """
    head = text[:_HEAD_LIMIT]
    m_lead = _OUTLET_SLASH_RE.match(head)
    if m_lead is not None and (
        is_agency(m_lead.group("agency")) or m_lead.group("agency").split()[-1] in _NEWS_WORDS
    ):
        rest = text[m_lead.end() :]
        if _starts_sentence(rest) and _word_count(rest) >= 4:
            agency = m_lead.group("agency")
            return Dateline(text=agency, places=[], agency=agency, rest=rest)
    slash = head.find("/")
    # The header before the slashes: the full stop and spaces before the first slash.
    start = len(head[:slash].rstrip().rstrip(".").rstrip())
    m = _SLASHED_AGENCY_RE.match(head, start)
    if m is None:
        return None
    parsed = _parse_header(head[:start], need_caps=False)
    if parsed is None or not parsed[0]:
        return None
    # An agency the lists do not know needs a capitalised name and a date before it
    # ("Bishkek, January 14 /Kabar/.").
    if not is_agency(m.group("agency")) and not (
        parsed[1] is not None and m.group("agency")[:1].isupper()
    ):
        return None
    rest = text[m.end() :]
    if not _starts_sentence(rest):
        return None
    places, date = parsed
    return Dateline(
        text=text[: m.end("close")].strip().rstrip(".").rstrip(),
        places=places,
        date=date,
        agency=m.group("agency"),
        rest=rest,
    )


# Press-release wires: "LONDON--(BUSINESS WIRE)--Wise plc ...".
_WIRE_RE = re.compile(r"(?P<header>[^()\n]{1,80}?)\s*--\((?P<agency>[^()\n]{1,40})\)--\s*")


def _wire(text: str) -> Dateline | None:
    """The wire form "LONDON--(BUSINESS WIRE)--Text": a header in capitals, the wire."""
    m = _WIRE_RE.match(text)
    if m is None or not _agency_ok(m.group("agency")):
        return None
    parsed = _parse_header(m.group("header"), need_caps=True)
    rest = text[m.end() :]
    if parsed is None or not parsed[0] or not _starts_sentence(rest):
        return None
    return Dateline(
        text=text[: m.end("agency") + 1].strip(),
        places=parsed[0],
        date=parsed[1],
        agency=m.group("agency").strip(),
        rest=rest,
    )


def _in_header_dash(head: str, dash_pos: int, paren_pos: int) -> bool:
    """A dash before the parentheses that belongs to a name ("Baden-Baden (dpa)")."""
    if dash_pos >= paren_pos:
        return False
    # Every dash before the parentheses stands between two letters. Hand-written over the
    # dashes only (a character-class search), not a Python loop over every character.
    before = head[:paren_pos]
    for d in _DASH_CHAR_RE.finditer(before):
        i = d.start()
        if not (before[i - 1 : i].isalpha() and before[i + 1 : i + 2].isalpha()):
            return False
    return True


def _with_agency(text: str, m: re.Match[str]) -> Dateline | None:
    agency = m.group(1).strip()
    header = text[: m.start()].strip()
    if (
        _is_date(agency)
        and (_is_caps(header) or _known_places(header))
        and text[m.end() : m.end() + 1] in {":", " ", "."}
    ):
        # "KUALA LUMPUR (May 14): Bursa Malaysia ...", "GUADALAJARA, JALISCO
        # (18/FEB/2026).- El ...": a date in parentheses, no agency.
        parsed_caps = _parse_header(header, need_caps=_is_caps(header))
        after = text[m.end() :]
        if after.startswith("."):
            if after[1:2] not in _DASHES or not after[1:2]:
                return None
            after = after[2:]
        rest = after.lstrip(" :")
        if parsed_caps and parsed_caps[0] and parsed_caps[1] is None and _starts_sentence(rest):
            return Dateline(
                text=text[: m.end()].strip(), places=parsed_caps[0], date=agency, rest=rest
            )
    inner_date: str | None = None
    if " / " in agency:
        # "DAVAO CITY (MindaNews / 17 June) –": the agency and the date in one pair.
        named, _, when = agency.partition(" / ")
        if _is_date(when):
            agency, inner_date = named.strip(), when.strip()
    if not _agency_ok(agency):
        return None
    parsed = _parse_header(header, need_caps=False, agency=True)
    if parsed is None:
        return None
    places, date = parsed
    if inner_date is not None:
        if date is not None:
            return None
        date = inner_date
    after = text[m.end() :]
    # "ISLAMABAD, Mar 5 (APP): Text": a header in capitals with a date makes a dateline
    # with an agency the lists do not know.
    caps_dated = date is not None and _is_caps(header.split(",")[0])
    d = _DASH_RE.match(after)
    if d is not None and d.group(0).strip():
        rest = after[d.end() :]
        if rest and not _starts_sentence(rest):
            return None
    else:
        stripped = after.lstrip()
        # "MONTERREY, N.L. (apro).- El ...": a full stop and a dash close a header in
        # capitals whatever the agency.
        # "Ciudad de México, 15 de julio (SinEmbargo).– La ...": with a known place and a
        # date in any case.
        stop_dash = stripped.startswith((".-", ".—", ".–")) and (
            _is_caps(header.split(",")[0])
            or (date is not None and bool(places) and is_place(places[0]))
        )
        # "Ulaanbaatar, October 15 (MONTSAME). The ...": an agency in capitals after a date.
        acronym_dated = date is not None and agency.isalpha() and (
            agency.isupper() or _MIXED_ACRONYM_RE.match(agency) is not None
        )
        if stripped[:1] in {":", "."} and (
            is_agency(agency)
            or (stripped[:1] == ":" and caps_dated)
            or stop_dash
            or acronym_dated
        ):
            rest = stripped[1:].lstrip()
            # "Madrid, 5 mar (EFE).- El Gobierno ...": a full stop and a dash.
            d_after = _DASH_RE.match(rest)
            if d_after is not None and d_after.group(0).strip():
                rest = rest[d_after.end() :]
        elif not stripped:
            rest = ""
        else:
            rest = stripped
        if d is None or not d.group(0).strip():
            # Without a dash only a known agency or broadcaster makes a dateline:
            # "Washington (CNN)The ..." but not "Angela Merkel (CDU): Der ...".
            if not (
                is_agency(agency)
                or agency in _BROADCASTERS
                or caps_dated
                or stop_dash
                or (acronym_dated and stripped[:1] in {":", "."})
                or (_uncased(header) and _uncased(agency) and len(places) == 1 and date is None)
            ):
                return None
            if rest and not _starts_sentence(rest):
                return None
    return Dateline(
        text=text[: m.end()].strip(),
        places=places,
        date=date,
        agency=agency,
        rest=rest,
    )


def _agency_first(text: str) -> Dateline | None:
    """ "(dpa) - Text" and the ANSA form "(ANSA) - ROMA, 28 LUG - Text"."""
    m = _AGENCY_RE.match(text)
    if m is None:
        return None
    agency = m.group(1).strip()
    after = text[m.end() :]
    d = _DASH_RE.match(after)
    if d is None or not d.group(0).strip():
        rest = after.lstrip()
        if after[:1].isspace() and is_agency(agency) and _starts_sentence(rest):
            # "(Belga) La ministre ...": a known agency alone, no dash
            return Dateline(text=text[: m.end()].strip(), places=[], agency=agency, rest=rest)
        return None
    rest = after[d.end() :]
    if "," in agency:
        # "(Beirut, January 14, 2026) – Lebanese authorities ...": a place and a date in
        # parentheses, as Human Rights Watch opens its releases.
        parsed_inner = _parse_header(agency, need_caps=False)
        if (
            parsed_inner is not None
            and parsed_inner[0]
            and parsed_inner[1] is not None
            and _starts_sentence(rest)
        ):
            return Dateline(
                text=text[: m.end()].strip(),
                places=parsed_inner[0],
                date=parsed_inner[1],
                rest=rest,
            )
    if not _agency_ok(agency) or agency.casefold() in _PLACE_QUALIFIERS:
        return None
    # An ANSA dateline repeats a place and date before a second dash.
    inner = _SPACED_DASH_RE.search(rest[:_HEAD_LIMIT])
    if inner is not None:
        # In capitals ("ROMA, 28 LUG"), or in any case with a date ("Roma, 5 mar.", AGI).
        caps = _is_caps(rest[: inner.start()].split(",")[0])
        parsed = _parse_header(rest[: inner.start()], need_caps=caps)
        if parsed is not None and parsed[0] and (caps or parsed[1] is not None):
            places, date = parsed
            return Dateline(
                text=text[: m.end() + d.end() + inner.start()].strip(),
                places=places,
                date=date,
                agency=agency,
                rest=rest[inner.end() :],
            )
    if not rest or not _starts_sentence(rest):
        return None
    return Dateline(text=text[: m.end()].strip(), places=[], agency=agency, rest=rest)


_DOMAIN_PART_RE = re.compile(
    r"^[^\W\d_][\w-]*\.(?:com|net|org|info|news|[a-z]{2})(?:\.[a-z]{2})?$", re.IGNORECASE
)
_AGENCY_AFTER_RE = re.compile(r"(?P<agency>[^\W\d_][^.\n]{1,29}?)\.\s+(?=\S)")


# Last words of outlets' names ("IDN Times", "Premium Times", "Kathmandu Post").
_OUTLET_ENDS = _words("times news post tv daily online media today herald tribune journal gazette")


def _agency_part(header: str) -> tuple[str | None, str]:
    """The outlet a header names as one of its comma parts, and the header without it.

    An outlet's domain anywhere ("JAKARTA, KOMPAS.com", "TEMPO.CO, Jakarta"), or a known
    agency or broadcaster last ("Riyadh, March 26, 2025, SPA", "Jakarta, CNN Indonesia").
    """
    parts = [p.strip() for p in header.split(",")]
    if len(parts) < 2:
        return None, header
    domains = [p for p in parts if _DOMAIN_PART_RE.match(p)]
    if len(domains) == 1:
        return domains[0], ", ".join(p for p in parts if p != domains[0])
    last = parts[-1]
    if is_agency(last) or (last.split() or [""])[0] in _BROADCASTERS:
        return last, ", ".join(parts[:-1])
    # "Accra, Feb. 18, GNA –": initials after the date are the agency (a place comes
    # before the date, so a village that shares the initials is not meant).
    if (
        len(parts) >= 3
        and 2 <= len(last) <= 6
        and last.isupper()
        and last.isalpha()
        and _is_date(parts[-2])
    ):
        return last, ", ".join(parts[:-1])
    if (
        len(parts) >= 3
        and _is_caps(parts[0])
        and _is_date(parts[-2])
        and last[:1].isupper()
        and 1 <= len(last.split()) <= 3
        and not _is_caps(last)
        and not is_place(last)
    ):
        return last, ", ".join(parts[:-1])  # "DUSHANBE, June 17, Asia-Plus --"
    words = last.split()
    if (
        1 <= len(words) <= 3
        and words[-1].casefold() in _OUTLET_ENDS
        and all(w[:1].isupper() for w in words)
        and is_place(parts[0])
        and not is_place(last)
    ):
        return last, ", ".join(parts[:-1])  # "Jakarta, IDN Times -", "Lagos, Daily Post -"
    return None, header



def _without_agency(text: str) -> Dateline | None:
    head = text[:_HEAD_LIMIT]
    # The dash that ends the header: the first one not inside a word ("Baden-Baden").
    # The matches of _DASH_RE.finditer(head), found with _dash_search (see there).
    pos = 0
    while (d := _dash_search(head, pos)) is not None:
        d_start, d_end = d
        pos = d_end
        token = head[d_start:d_end]
        spaced = token != token.strip() or token.strip() in {"--", "—", "–", "―", "∙", "•", "·"}
        # "Culiacán, Sin.- Un enfrentamiento ...": a full stop and a dash close a header of
        # known places in any case (the Mexican press's ".-").
        stop_dash = (
            not spaced
            and head[:d_start].endswith(".")
            and is_place(head[:d_start].split(",")[0].strip())
        )
        if not spaced and not stop_dash:
            continue
        header = head[:d_start]
        if header.endswith(".") and not token[:1].isspace():
            # "Santiago de Chile, 5 de marzo de 2024.- El ...": a full stop and a dash; but
            # "SALTILLO, COAH.- El ...": the dot of an abbreviated state stays.
            last_word = header[:-1].rsplit(None, 1)[-1] if header[:-1].strip() else ""
            if not (
                "," in header
                and 2 <= len(last_word) <= 5
                and last_word.isalpha()
                and (
                    (last_word.isupper() and not is_place(last_word))
                    # "Culiacán, Sin.-": a state's abbreviation after a known place
                    or (last_word.istitle() and is_place(header.split(",")[0].strip()))
                )
            ):
                header = header[:-1]
        rest = text[d_end:]
        if not header.strip():
            return None
        if not rest.strip():
            # "MOSCOW —" alone: a dateline line of its own, in capitals only.
            parsed_alone = _parse_header(header, need_caps=True)
            if parsed_alone is None or not parsed_alone[0] or d_end < len(text.rstrip()):
                return None
            return Dateline(
                text=header.strip(), places=parsed_alone[0], date=parsed_alone[1], rest=""
            )
        agency, place_header = _agency_part(header)
        if agency is None and _DOMAIN_PART_RE.match(header.strip()) and _starts_sentence(rest):
            # "Suara.com - Presiden ...": the outlet's domain alone
            return Dateline(text=header.strip(), places=[], agency=header.strip(), rest=rest)
        parsed = _parse_header(place_header, need_caps=False)
        if parsed is None or not parsed[0]:
            return None
        places, date = parsed
        caps = _is_caps(place_header.split(",")[0])
        if (
            caps
            and date is None
            and len(places) == 1
            and " " not in places[0]
            and "," not in header
            and not is_place(places[0])
        ):
            # One word in capitals, no date, no region: "MOSCOW —" is a place of the list
            # (every town of 5,000 people or more); a word that is not ("FRISSÍTÉS – ...",
            # "EXKLUSIV —") is a kicker in some language. Mixed case ("Gundremmingen -
            # Die ...") keeps the stricter sentence test below, for small towns.
            return None
        if not caps:
            # "Gundremmingen - Die beiden ...": a spaced dash, a sentence after it.
            if token == token.strip() and token.strip() != "--" and not stop_dash:
                return None
            if (
                date is None
                and agency is None
                and any(" " in p for p in places)
                and not any(is_place(p) for p in places)
            ):
                return None  # "Allerta Meteo – Lo scirocco ...": a kicker of several words
            if not _starts_sentence(rest) or _word_count(rest) < 4:
                return None
        elif _word_count(rest) < 2 or not _starts_sentence(rest.lstrip()):
            return None
        if (
            agency is None
            and caps
            and len(places) == 2
            and not is_place(places[0])
            and is_place(places[1])
            and _is_caps(places[1])  # (not "ST ANN, Jamaica": a parish, then its country)
            and len(places[0]) > 3
        ):
            # "MATA INDONESIA, JAKARTA – ...": the outlet, then the place
            agency, places = places[0], [places[1]]
        if agency is None and len(places) == 1 and ". " in places[0] and caps:
            place, _, named = places[0].partition(". ")
            if is_agency(named):
                places = [place]  # "ASTANA. KAZINFORM – ...": the agency after a full stop
                agency = named
        m_after = _AGENCY_AFTER_RE.match(rest)
        if agency is None and m_after is not None and is_agency(m_after.group("agency")):
            # "МОСКВА, 17 мар — РИА Новости. Президент ...": the agency after the dash.
            agency = m_after.group("agency")
            end = d_end + m_after.end("agency")
            return Dateline(
                text=text[:end].strip(), places=places, date=date, agency=agency,
                rest=rest[m_after.end() :],
            )
        return Dateline(text=header.strip(), places=places, date=date, agency=agency, rest=rest)
    return _colon(text) or _bare_date(text) or _full_stop(text)


# "KATHMANDU, DECEMBER 3 The Cabinet ...": capitals, a date, and the sentence at once (or
# a colon: "KATHMANDU, Aug 6: The government ...").
# The date as month and day or day and month ("ITANAGAR, 19 Aug: ...").
_SHORT_DATE = r"(?:[A-Za-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]+\.?)"
_BARE_DATE_RE = re.compile(rf"^([A-Z][A-Z .'’-]{{1,30}},\s+{_SHORT_DATE}):?\s+(?=[A-Z][a-z])")


# ("Kathmandu, June 13, 2025: ..." with the year too)
_PLACE_DATE_COLON_RE = re.compile(
    rf"^([A-Z][\w .'’-]{{1,30}},\s+{_SHORT_DATE}(?:,?\s+(?:19|20)\d\d)?):\s+(?=[A-Z])"
)


def _bare_date(text: str) -> Dateline | None:
    """A place in capitals and a date with no mark after them; the date must be one.

    In lower and upper case only with a colon and a known place ("Srinagar, Oct 15: The").
    """
    if not text[:1].isupper() or "," not in text[:34]:
        return None  # both forms open with a capital and have their comma early
    m = _BARE_DATE_RE.match(text)
    if m is None:
        m = _PLACE_DATE_COLON_RE.match(text)
        if m is None or not is_place(m.group(1).split(",")[0]):
            return None
        parsed_mixed = _parse_header(m.group(1), need_caps=False)
        rest = text[m.end() :]
        if not parsed_mixed or not parsed_mixed[0] or parsed_mixed[1] is None:
            return None
        return Dateline(text=m.group(1), places=parsed_mixed[0], date=parsed_mixed[1], rest=rest)
    parsed = _parse_header(m.group(1), need_caps=True)
    rest = text[m.end() :]
    if parsed is None or not parsed[0] or parsed[1] is None or _word_count(rest) < 4:
        return None
    return Dateline(text=m.group(1), places=parsed[0], date=parsed[1], rest=rest)


# "MUMBAI: The ...", "NEW DELHI/ISLAMABAD: ...": the South Asian press ends a dateline in
# capitals with a colon.
_COLON_RE = re.compile(
    r"^([^\W\d_][^\W\d_ .'’/-]*(?:[ .'’/-]+[^\W\d_]+){0,3})(?P<sep>\s?:|\s+\|)\s+(?=\S)"
)


_PLACE_REGION_COLON_RE = re.compile(
    r"^(?P<place>[^\W\d_][\w .'’-]{1,30}?)\s*\((?P<region>[^()\d]{2,30})\)\s*:\s+(?=\S)"
)
_UNCASED_COLON_RE = re.compile(r"^([^\s:：,।]{2,30}(?: [^\s:：,।]{2,30}){0,2})\s?[:：।]\s*(?=\S)")


def _colon(text: str) -> Dateline | None:
    """A dateline closed by a colon ("MUMBAI:", "New Delhi:"), only for places of the list."""
    if ":" not in text[:48] and " |" not in text[:48]:
        return None  # the header is four words at most: skip the pattern for most leads
    m_uncased = _UNCASED_COLON_RE.match(text)
    if m_uncased is not None and _uncased(m_uncased.group(1)) and is_place(m_uncased.group(1)):
        # "मुंबई : ...", "சென்னை: ...": a known place in a script without capitals (whose
        # vowel signs are no word characters to the pattern below).
        rest = text[m_uncased.end() :]
        if _word_count(rest) >= 4:
            place = m_uncased.group(1)
            return Dateline(text=place, places=[place], rest=rest)
    m_region = _PLACE_REGION_COLON_RE.match(text)
    if m_region is not None and is_place(m_region.group("place").strip()):
        # "Indore (Madhya Pradesh): An accused ...": the place and its state
        rest = text[m_region.end() :]
        if _starts_sentence(rest) and _word_count(rest) >= 4:
            return Dateline(
                text=m_region.group(0).rstrip(": "),
                places=[m_region.group("place").strip(), m_region.group("region").strip()],
                rest=rest,
            )
    m = _COLON_RE.match(text)
    if m is None or not m.group(1)[:1].isupper():
        return None
    header = m.group(1).strip()
    rest = text[m.end() :]
    caps = _is_caps(header)
    if m.group("sep").strip() != ":" and not caps:
        return None  # "QUÉBEC | Le gouvernement ...": a bar only after capitals
    # In lower and upper case a colon follows other things as well ("Update:", "Smith: I
    # think ..."): a longer sentence after it, and the place must be known.
    if not _starts_sentence(rest) or _word_count(rest) < (4 if caps else 6):
        return None
    places = _split_places(header, caps=caps)
    # "WATCH:", "AP PHOTOS:", "UPDATE:" are kickers: every place must be a known one.
    if not places or not all(is_place(p) for p in places):
        return None
    return Dateline(text=header, places=places, rest=rest)


_FULL_STOP_RE = re.compile(r"^([^\W\d_][^.!?:;()\"“„«]{0,60}?)\.\s+(?=\S)")
_ABBREVIATED_DATE_STOP_RE = re.compile(
    r"^(?P<place>[^\W\d_][^,.\n]{0,40}),\s+(?P<date>[^\W\d_]{3,4}\.\s+\d{1,2})\.\s+(?=\S)"
)
# Words that open a several-word place name ("Bad Homburg. ", "St. Gallen. ").
_PLACE_OPENERS = _words("bad sankt st st. san santa são new los las le la den el al sint")


def _full_stop(text: str) -> Dateline | None:
    """ "KIEW/MOSKAU. Die ...", "Frankfurt/Main. Die ...", "Berlin. Die ..."."""
    m_abbr = _ABBREVIATED_DATE_STOP_RE.match(text)
    if m_abbr is not None:
        # "Lima, feb. 18. El Ministerio ...": a known place, then an abbreviated month's day.
        place, date = m_abbr.group("place"), m_abbr.group("date")
        rest = text[m_abbr.end() :]
        if (
            (is_place(place) or _is_caps(place))
            and _is_date(date)
            and _starts_sentence(rest)
            and _word_count(rest) >= 4
        ):
            return Dateline(text=f"{place}, {date}", places=[place], date=date, rest=rest)
    m = _FULL_STOP_RE.match(text)
    if m is None:
        return None
    header = m.group(1).strip()
    rest = text[m.end() :]
    if not _starts_sentence(rest) or _word_count(rest) < 4:
        return None
    if _is_month(header) or header.casefold() in _WEEKDAYS:  # "Oct. 6, 1923: ..."
        return None
    if "," in header:
        # "Berlin, Brüssel. Die ...": only a list of known places.
        listed = [p.strip() for p in header.split(",")]
        if len(listed) <= 3 and all(p and is_place(p) for p in listed):
            return Dateline(text=header, places=listed, rest=rest)
        return _dated_full_stop(header, rest)
    caps = _is_caps(header)
    words = header.split()
    if words and words[-1].casefold() in _ABBREVIATION_ENDS:
        return None  # "Minister of Health Dr. Eric Hoskins will ...": a title's full stop
    if len(words) == 1 and not caps and "/" not in header and not is_place(header):
        return None  # "Berlin. Die ..." is a place of the list; "Zuletzt. Die ..." is not
    if not caps and "/" not in header and len(words) > 1:
        # Two capitalised words and a full stop are as often a short sentence ("Große
        # Freude.") as a place; take them only with a connector or a place opener.
        lowered = [w.casefold() for w in words]
        if not (
            any(w in _CONNECTORS for w in lowered[1:])
            or lowered[0] in _PLACE_OPENERS
            or is_place(header)  # "Dar es Salaam. The ..."
        ):
            return None
    places = _split_places(header, caps=caps)
    if places is None:
        return None
    return Dateline(text=header, places=places, rest=rest)


def _dated_full_stop(header: str, rest: str) -> Dateline | None:
    """ "BAKU, Azerbaijan, October 15. Text", "YEREVAN, OCTOBER 15, ARMENPRESS. Text"."""
    agency: str | None = None
    head, _, last = header.rpartition(",")
    last = last.strip()
    if head and last.isupper() and last.isalpha() and not is_place(last):
        header, agency = head, last  # the agency in capitals closes the header
    first = header.split(",")[0].strip()
    caps = _is_caps(first)
    if not caps and not is_place(first):
        return None  # (mixed case only for a known place with a date: "Quito, 12 de julio de 2027.")
    parsed = _parse_header(header, need_caps=caps)
    if parsed is None or not parsed[0] or parsed[1] is None:
        return None
    text = f"{header}, {agency}" if agency else header
    return Dateline(text=text, places=parsed[0], date=parsed[1], agency=agency, rest=rest)


# Chinese agency datelines: "新华社北京4月24日电", "中新网上海3月5日电 (记者 张三)".
_CJK_RE = re.compile(
    r"^(?P<agency>新华社|新華社|中新社|中新网|中新網|人民网|央视网|央视新闻|中央社)(?:[／/]\s*)?"
    r"(?P<place>[^\d\s（(，,]{1,12}?)(?P<date>(?:\d{1,2}月)?\d{1,2}日)(?:[^\S\n]*)(?:电|電)"
)
# Korean agency datelines: "(서울=연합뉴스) 홍길동 기자 = ...".
_KO_RE = re.compile(r"^[(\[](?P<place>[^()\[\]=]{1,12})=(?P<agency>[^()\[\]=]{1,20})[)\]]\s*")
# "[함양/진승백기자]": a Korean local paper's place and reporter.
_KO_REPORTER_RE = re.compile(r"^\[(?P<place>[가-힣]{1,8})[/／][가-힣]{2,4}\s?기자\]\s*")
# Japanese agency datelines: "【ワシントン共同】", "【ロンドン時事】".
_JA_RE = re.compile(r"^【(?P<place>[^【】\d\s]{1,12}?)(?P<agency>共同|時事)】\s*")
# "【ワシントン＝坂本一之】": the place and the correspondent's name.
_JA_BYLINE_RE = re.compile(r"^【(?P<place>[^【】＝=\d\s]{1,12})[＝=][^【】]{1,12}】\s*")
# "【釧路】": a Japanese regional paper's place in brackets (a known place only).
_JA_PLACE_RE = re.compile(r"^【(?P<place>[^【】＝=\d\s]{1,8})】\s*")
# "（北京综合讯）", "（新加坡讯）": Lianhe Zaobao's place and "dispatch"; the Malaysian
# Chinese press adds the day: "（吉隆坡14日讯）".
_ZH_DISPATCH_RE = re.compile(
    r"^[（(](?P<place>[^（）()\d\s]{1,8}?)(?P<date>\d{1,2}日)?(?:综合讯|綜合訊|讯|訊)[）)]\s*"
)


# Taiwan's CNA in brackets: "(中央社芝加哥2日綜合外電報導)", "（中央社記者X台北5日電）".
_CNA_RE = re.compile(
    r"^[（(](?P<agency>中央社)(?:記者[^\d（）()]{1,12}?)?(?P<place>[^\d\s（）(),，]{1,12}?)"
    r"(?P<date>\d{1,2}日)[^（）()]{0,8}?(?:電|电|報導|报导)[）)]\s*"
)
# "【文匯網訊】", "【大公報訊】": a paper's own dispatch, the outlet and "news".
# ("【大紀元2023年09月03日訊】" with the day; "〔即時新聞／綜合報導〕": a desk's compiled report)
_ZH_OUTLET_RE = re.compile(
    r"^[【〔](?P<agency>[^【】〔〕\d\s/／]{2,8}?)"
    r"(?:(?P<date>\d{4}年\d{1,2}月\d{1,2}日)?(?:訊|讯)|[/／](?:綜合報導|综合报道|綜合報道))[】〕]\s*"
)
# "【記者林志青/基隆報導】": the reporter and the place of a Taiwanese paper's dispatch.
_ZH_REPORTER_RE = re.compile(
    r"^[【〔]記者[^【】〔〕/／]{1,40}[/／](?P<place>[^【】〔〕\d\s/／]{1,8}?)(?:報導|报导|報道|报道)[】〕]\s*"
)


def _cjk(text: str) -> Dateline | None:
    m = _CNA_RE.match(text)
    if m is not None:
        place = m.group("place")
        # "中央社記者游凱翔台北9日電": the reporter's name runs into the place; the place is
        # the longest known one at the end
        place = next((place[k:] for k in range(len(place)) if is_place(place[k:])), place)
        return Dateline(
            text=m.group(0).strip(),
            places=[place],
            date=m.group("date"),
            agency=m.group("agency"),
            rest=text[m.end() :],
        )
    for pattern in _CJK_PATTERNS:
        m = pattern.match(text)
        if m is None:
            continue
        group = m.groupdict()
        if pattern is _ZH_OUTLET_RE and is_place(group["agency"]):
            continue  # a place before "訊" is no outlet
        if pattern is _JA_PLACE_RE and not is_place(group["place"]):
            continue  # only a known place in brackets
        return Dateline(
            text=m.group(0).strip(),
            places=[group["place"].strip()] if group.get("place") else [],
            date=group.get("date"),
            agency=group["agency"].strip() if group.get("agency") else None,
            rest=text[m.end() :].lstrip(),
        )
    return None


# The bracketed and agency datelines of Chinese, Japanese and Korean papers, in the order
# they are tried (each pattern's named groups give the Dateline's fields).
_CJK_PATTERNS = (
    _ZH_REPORTER_RE,
    _ZH_OUTLET_RE,
    _CJK_RE,
    _JA_RE,
    _KO_REPORTER_RE,
    _KO_RE,
    _ZH_DISPATCH_RE,
    _JA_BYLINE_RE,
    _JA_PLACE_RE,
)
