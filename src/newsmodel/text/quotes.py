"""Direct quotations in news text, with their speakers.

``extract_quotes(article)`` finds the quoted stretches of an article's body paragraphs and
``extract_quotes_from_paragraphs(paragraphs)`` does the same on plain strings. Each result
is a :class:`~newsmodel.models.Quote` with the quoted text, the speaker, the verb of
saying, a kind and its position (paragraph index and code-point offsets).

The rules, in the order they apply:

Quote marks
    Straight ``"`` and ``'``, typographic “ ” ‘ ’, low „ ‚, guillemets « » and ‹ ›, in any
    of the usual pairings (English “…”, German „…“ and »…«, French « … », Swiss «…»,
    Swedish ”…”). Whether a mark opens or closes is read from its neighbours, as Markdown
    reads emphasis: a mark between two letters (``don't``, ``Afghanistan's``, ``Kelce‘s``)
    is an apostrophe and neither opens nor closes. Quotes inside quotes are kept in the
    outer quote's text; only the outermost quote is returned.

Across paragraphs
    A quote left open at the end of a paragraph continues into the next one when that
    paragraph opens again with a mark of the same family (the English convention for
    multi-paragraph quotes) or closes it before opening any other; the text then holds a
    newline at the break and ``start`` and ``end`` lie in different paragraphs. A double
    quote left open with nothing to close it runs to the end of its paragraph; a single
    one is dropped (it is more likely an apostrophe).

Speaker
    Looked for, in this order: right after the quote (``"...," X said``, ``"...," said X``,
    ``„…“, sagte X``, ``„…“, so X``, ``« … », déclare-t-il``); before it in the same
    sentence (``X said: "..."``, ``X said the plan was "hasty"``, ``according to X``,
    ``laut X``, ``selon X``); and for a whole quote with no attribution of its own, the
    speaker of the quote just before it in the same or the previous paragraph, else the
    person last named in its own paragraph. A quote after a colon with no verb of saying
    goes to the person named nearest before the colon (``Nico Elvedi haderte: „…“``). A
    capitalised word counts as a person's name only with cues, since German capitalises
    every noun: two or more name words not used as a common noun (not after an article or
    a preposition, no noun ending such as ``-ung``/``-schaft``), or one word of such a
    full name; the subject of a verb of saying may also be an organisation. In German
    verb-second order (``Über seine Freilassung sagte er``) the fronted phrase is not the
    subject. A
    pronoun (``he``, ``she``, ``er``, ``sie``, ``il``, ``elle``), a role with an article
    (``der Trainer``, ``the expert``) or a bare ``-t-il`` stands for the last person named
    as saying something in the text before, else the person the article names most often;
    it stays null when there is none. The speaker is
    given as written, with leading titles and roles dropped: "Russian Defence Minister
    Sergei Shoigu said" gives ``Sergei Shoigu``, "Shoigu said" gives ``Shoigu``; a pronoun
    resolves to the name exactly as it was written where it was last named.

Kind
    ``full`` for a quote that stands as a sentence of its own (it begins a sentence or
    follows a colon); ``partial`` for a fragment inside the reporter's sentence that is
    attributed to someone or sits beside a verb of saying, or a short one in a paragraph
    whose speaker is known; ``scare`` for a short quoted word or term (up to four words)
    with neither, or one whose every word is capitalised (a name or a title, such as
    „Wahl-Arena“) unless a verb of saying attributes it directly.

Everything is precompiled and each paragraph is read a bounded number of times, so the
cost grows linearly with the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsmodel.models.quote import Quote, QuoteKind, TextPosition

if TYPE_CHECKING:
    from newsmodel.models.article import Article

__all__ = ["extract_quotes", "extract_quotes_from_paragraphs"]

# ---------------------------------------------------------------------------------------
# Quote marks

_DOUBLE = frozenset('"“”„')
_SINGLE = frozenset("'‘’‚")
_GUILL = frozenset("«»")
_SGUILL = frozenset("‹›")
_MARKS = _DOUBLE | _SINGLE | _GUILL | _SGUILL
_MARK_RE = re.compile("[\"'“”„‘’‚«»‹›]")

# What may close a quote opened by each mark.
_CLOSERS: dict[str, frozenset[str]] = {
    '"': frozenset('"”“'),
    "“": frozenset('”"“'),
    "„": frozenset('“”"'),
    "”": frozenset('”"'),
    "'": frozenset("'’‘"),
    "‘": frozenset("’'‘"),
    "‚": frozenset("‘’'"),
    "’": frozenset("’'"),
    "«": frozenset("»"),
    "»": frozenset("«»"),
    "‹": frozenset("›"),
    "›": frozenset("‹›"),
}

_OPEN_BEFORE = frozenset("([{/—–-:;,„‚«»‹›\"'“”‘’¿¡")
_CLOSE_AFTER = frozenset(".,;:!?()[]}/—–-…\"'“”‘’«»‹›*")


def _family(ch: str) -> frozenset[str]:
    if ch in _DOUBLE:
        return _DOUBLE
    if ch in _SINGLE:
        return _SINGLE
    if ch in _GUILL:
        return _GUILL
    return _SGUILL


def _flanks(text: str, i: int) -> tuple[bool, bool]:
    """Whether the mark at ``text[i]`` may open and may close a quote."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev_space = prev.isspace()
    next_space = nxt.isspace()
    if ch in _GUILL or ch in _SGUILL:
        # French puts spaces inside; German points the marks inwards (»…«).
        if ch in "«‹":
            if not prev_space and prev not in _OPEN_BEFORE and (next_space or nxt in _CLOSE_AFTER):
                return False, True
            return True, False
        if next_space or nxt in _CLOSE_AFTER or i + 1 == len(text):
            return (prev_space and not next_space), True
        if prev_space or prev in _OPEN_BEFORE or i == 0:
            return True, False
        return True, True
    can_open = not next_space and (prev_space or prev in _OPEN_BEFORE)
    can_close = not prev_space and (next_space or nxt in _CLOSE_AFTER)
    if ch in _SINGLE:
        if prev.isalnum() and nxt.isalnum():
            return False, False  # apostrophe inside a word
        if can_open and (nxt.isdigit() or ch == "’"):
            can_open = False  # '90s, ’Cause
    if ch == "„" or ch == "‚":
        can_close = False
    return can_open, can_close


@dataclass
class _Span:
    """A quoted stretch: from after the opening mark to before the closing mark."""

    sp: int
    so: int
    ep: int
    eo: int
    opener: str
    closed: bool
    reopen: tuple[tuple[int, int], ...] = ()


@dataclass
class _Open:
    ch: str
    para: int
    off: int
    reopen: tuple[tuple[int, int], ...] = ()


def _scan(paragraphs: Sequence[str]) -> list[_Span]:
    """Pair the quote marks of all paragraphs; return the outermost quotes in order."""
    spans: list[_Span] = []
    carry: _Open | None = None
    for pi, text in enumerate(paragraphs):
        stack: list[_Open] = []
        skip: int | None = None
        if carry is not None:
            if _continues(text, carry.ch):
                stack.append(carry)
                m = _MARK_RE.search(text)
                if m is not None and text[: m.start()].strip() == "" and _flanks(text, m.start())[0] \
                        and m.group() in _family(carry.ch):
                    skip = m.start()
                    carry.reopen = (*carry.reopen, (pi, skip + 1))
            else:
                spans.append(_Span(carry.para, carry.off, carry.para,
                                   len(paragraphs[carry.para]), carry.ch, False))
            carry = None
        for m in _MARK_RE.finditer(text):
            i = m.start()
            if i == skip:
                continue
            ch = m.group()
            can_open, can_close = _flanks(text, i)
            if not can_open and not can_close:
                continue
            closed = False
            if can_close:
                for k in range(len(stack) - 1, -1, -1):
                    if ch in _CLOSERS[stack[k].ch]:
                        if can_open and k != len(stack) - 1 and ch in _family(stack[-1].ch):
                            break  # rather a nested opener of the inner family
                        op = stack[k]
                        del stack[k:]
                        if k == 0:
                            spans.append(_Span(op.para, op.off, pi, i, op.ch, True,
                                               reopen=op.reopen))
                        closed = True
                        break
            if not closed and can_open:
                stack.append(_Open(ch, pi, i + 1))
        if stack:
            bottom = stack[0]
            if bottom.ch not in _SINGLE:
                if pi + 1 < len(paragraphs) and bottom.para == pi:
                    carry = bottom
                elif bottom.para == pi and len(text) - bottom.off > 0:
                    spans.append(_Span(bottom.para, bottom.off, pi, len(text), bottom.ch, False))
    if carry is not None:
        spans.append(_Span(carry.para, carry.off, carry.para, len(paragraphs[carry.para]),
                           carry.ch, False))
    return spans


def _continues(text: str, opener: str) -> bool:
    """Whether a quote left open by ``opener`` goes on in paragraph ``text``."""
    m = _MARK_RE.search(text)
    while m is not None:
        ch = m.group()
        can_open, can_close = _flanks(text, m.start())
        if can_open or can_close:
            if text[: m.start()].strip() == "" and can_open and ch in _family(opener):
                return True  # the paragraph opens the quote again
            return can_close and not can_open and ch in _CLOSERS[opener]
        m = _MARK_RE.search(text, m.end())
    return False


# ---------------------------------------------------------------------------------------
# Words

_SPEECH_VERBS = frozenset(
    ["said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "asked", "asks", "explained", "explains", "noted", "notes", "stressed", "stresses", "insisted", "insists", "argued", "argues", "warned", "warns", "wrote", "writes", "stated", "states", "claimed", "claims", "commented", "comments", "continued", "replied", "replies", "responded", "responds", "answered", "admitted", "admits", "conceded", "concedes", "confirmed", "confirms", "shared", "suggested", "suggests", "acknowledged", "declared", "declares", "announced", "announces", "described", "describes", "urged", "urges", "tweeted", "posted", "quipped", "joked", "concluded", "agreed", "agrees", "lamented", "complained", "recalled", "recalls", "remarked", "observed", "emphasized", "emphasised", "emphasizes", "maintained", "reported", "recounted", "recounts", "characterized", "characterised", "called", "calls", "vowed", "pledged", "promised", "insisted", "predicted", "sagte", "sagt", "sagten", "sagen", "erklärte", "erklärt", "erklärten", "betonte", "betont", "meinte", "meint", "ergänzte", "ergänzt", "berichtete", "berichtet", "warnte", "warnt", "kritisierte", "kritisiert", "forderte", "fordert", "schrieb", "schreibt", "erzählte", "erzählt", "bestätigte", "bestätigt", "unterstrich", "unterstreicht", "antwortete", "antwortet", "fragte", "fragt", "kommentierte", "kommentiert", "schimpfte", "schimpft", "protestierte", "protestiert", "urteilte", "urteilt", "notierte", "notiert", "behauptete", "behauptet", "ereiferte", "nannte", "nennt", "bezeichnete", "bezeichnet", "twitterte", "mahnte", "mahnt", "appellierte", "versicherte", "versichert", "beklagte", "beklagt", "begründete", "begründet", "resümierte", "bilanzierte", "spöttelte", "spöttelt", "verwies", "verweist", "räumte", "räumt", "zitierte", "zitiert", "empfahl", "empfiehlt", "wünschte", "wünscht", "bekräftigte", "bekräftigt", "kündigte", "sprach", "spricht", "stellte", "teilte", "teilt", "hieß", "heißt", "lautet", "verkündete", "verkündet", "ließ", "lässt", "führte", "schickte", "warf", "wirft", "déclare", "déclaré", "dit", "affirme", "affirmé", "explique", "expliqué", "souligne", "souligné", "confie", "confié", "juge", "jugé", "estime", "estimé", "argumente", "argumenté", "ajoute", "ajouté", "précise", "précisé", "indique", "indiqué", "raconte", "raconté", "assure", "assuré", "insiste", "insisté", "admet", "admis", "lance", "lancé", "martèle", "martelé", "reconnaît", "reconnu", "prévient", "prévenu", "poursuit", "poursuivi", "répond", "répondu", "regrette", "regretté", "dijo", "dice", "afirmó", "afirma", "declaró", "declara", "explicó", "explica", "aseguró", "asegura", "señaló", "señala", "añadió", "añade", "confesó", "espetó", "zanjó", "rememoró", "ironizó", "deslizó", "abundó", "contestó", "replicó", "indicó", "apuntó", "advirtió", "subrayó", "sostuvo", "insistió", "reconoció", "manifestó", "destacó", "detto", "dichiarato", "spiegato", "spiega", "twittato", "scritto", "racconta", "aggiunto", "afferma", "affermato", "sottolinea", "sottolineato", "definita", "definito", "confermato", "disse", "afirmou", "declarou", "explicou", "zei", "zegt", "sa", "sier", "säger", "sagde", "siger"]
)
_PREFIX_VERBS = {
    "according to": "according to",
    "laut": "laut",
    "zufolge": "zufolge",
    "selon": "selon",
    "según": "según",
    "secondo": "secondo",
    "segundo": "segundo",
    "volgens": "volgens",
    "ifølge": "ifølge",
    "enligt": "enligt",
}
_PRONOUNS = frozenset(
    ["he", "she", "they", "er", "sie", "il", "elle", "ils", "elles", "lui", "él", "ella", "lei", "egli", "hij", "zij", "han", "hon"]
)
_CONJ = frozenset(["und", "and", "et", "y", "e", "dann", "then", "puis"])
_ARTICLES = frozenset(
    ["the", "a", "an", "this", "that", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "dieser", "diese", "le", "la", "les", "l", "un", "une", "el", "los", "las", "il", "lo", "gli", "i", "una", "uno", "de", "del"]
)
_NOMINATIVE = frozenset(["the", "der", "die", "das", "le", "la", "il", "el", "lo", "l"])
_PREPOSITIONS = frozenset(
    ["In", "On", "At", "For", "With", "From", "By", "To", "Of", "After", "Before", "Im", "Am",
     "Auf", "Für", "Mit", "Nach", "Vor", "Bei", "Von", "Zu", "Vom", "Zum", "Zur", "Beim",
     "Über", "Unter", "Gegen", "Gegenüber", "Seit", "Durch", "Ohne", "Um", "Aus", "En", "Dans",
     "Pour", "Sur", "Avec", "Con", "Por", "Para", "Nel", "Per", "Dopo"]
)
_LOWER_PREPOSITIONS = frozenset(
    ["in", "im", "am", "an", "auf", "für", "mit", "nach", "vor", "bei", "von", "vom", "zum",
     "zur", "beim", "über", "unter", "gegen", "gegenüber", "seit", "durch", "ohne", "um", "aus",
     "dem", "den", "seine", "seiner", "seinem", "ihre", "ihrer", "ihrem", "unsere", "of", "at",
     "on", "for", "with", "from", "by", "to", "en", "dans", "pour", "sur", "avec", "con", "por",
     "para", "nel", "per", "del", "della", "al", "à", "au", "aux", "zwei", "drei", "vier"]
)
_PARTICLES = frozenset(
    ["von", "van", "de", "du", "da", "di", "del", "della", "dos", "al", "bin", "ibn", "ben", "ter"]
)
_TITLE_WORDS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sir", "lord", "lady", "dame", "king", "queen", "pope", "president", "prime", "minister", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "director", "leader", "senator", "governor", "mayor", "general", "admiral", "rear", "vice", "colonel", "captain", "coach", "deputy", "former", "ex", "defence", "defense", "foreign", "interior", "finance", "state", "federal", "chairman", "chairwoman", "chair", "ceo", "founder", "professor", "judge", "justice", "commissioner", "ambassador", "sheriff", "officer", "inspector", "sergeant", "manager", "executive", "analyst", "economist", "researcher", "expert", "editor", "correspondent", "reporter", "herr", "frau", "m", "mme", "madame", "monsieur", "señor", "señora", "signor", "signora", "don", "doña", "bundeskanzler", "kanzler", "kanzlerin", "minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "chef", "chefin", "trainer", "trainerin", "bürgermeister", "bürgermeisterin", "staatssekretär", "generalsekretär", "generalsekretärin", "vorsitzende", "vorsitzender", "abgeordnete", "abgeordneter", "arzt", "ärztin", "autor", "autorin", "premier", "ministre", "président", "présidente", "porte-parole", "secrétaire", "directeur", "directrice", "presidente", "ministro", "ministra", "portavoz", "premier"]
)
_TITLE_SUFFIXES = (
    "minister", "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin",
    "chef", "chefin", "berater", "beraterin", "leiter", "leiterin", "direktor",
    "direktorin", "sekretär", "sekretärin", "kandidat", "kandidatin", "politiker",
    "politikerin", "experte", "expertin", "trainer", "trainerin", "meister", "meisterin",
    "vorsitzende", "vorsitzender", "abgeordnete", "abgeordneter", "beauftragte",
    "beauftragter", "wissenschaftler", "wissenschaftlerin", "forscher", "forscherin",
    "analyst", "analystin", "anwalt", "anwältin", "mitglied", "geschäftsführer",
    "geschäftsführerin", "kollege", "kollegin", "koordinator", "koordinatorin",
    "verwalter", "verwalterin", "schulleiter", "schulleiterin", "minister", "ministers",
)
_STOP_CAPS = frozenset(
    ["The", "A", "An", "In", "On", "At", "For", "And", "But", "Or", "So", "If", "When", "While", "As", "After", "Before", "Since", "Because", "Yet", "Der", "Die", "Das", "Ein", "Eine", "Und", "Aber", "Oder", "Im", "In", "Am", "Auf", "Für", "Mit", "Nach", "Vor", "Bei", "Von", "Zu", "Als", "Wenn", "Dass", "Doch", "Auch", "Nur", "Noch", "Schon", "Dann", "Denn", "Es", "Er", "Sie", "Wir", "Ich", "Man", "Le", "La", "Les", "Un", "Une", "Et", "Mais", "Il", "Elle", "Ils", "El", "Los", "Las", "Y", "Pero", "Lo", "I", "Gli", "Ma", "Non", "Se", "He", "She", "They", "We", "It", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "Mr", "Mrs", "Ms", "Vom", "Zum", "Zur", "Beim", "Ins", "Aus", "Über", "Unter", "Gegen", "Laut", "Wie", "Was", "Wer", "Warum", "Wo", "Nun", "Jetzt", "Heute", "Gestern", "Seit", "Bis", "Durch", "Ohne", "Um", "Viele", "Alle", "Einige", "Mehr", "Dabei", "Daher", "Deshalb", "Trotzdem", "Zudem", "Außerdem", "Zwar", "Damit", "Sein", "Seine", "Ihr", "Ihre", "Dieser", "Diese", "Dieses", "Jeder", "Jede", "Zwei", "Drei", "Vier", "Fünf", "Regarding", "Many", "Some", "All", "Other", "With", "From", "By", "To", "Of", "Not", "There", "Here", "What", "Who", "How", "Why", "Then", "Now", "Today", "Yesterday", "Con", "Por", "Para", "Nel", "Per", "Des", "Sur", "Dans", "Pour", "Au", "Aux"]
)

_WORD_RE = re.compile(r"[^\W\d_](?:\w|[-'’.](?=\w))*|\d(?:\w|[.,:\-](?=\d))*|\S")
_T_PRONOUN_RE = re.compile(r"-t-(il|elle|ils|elles|on)\b|-(il|elle|ils|elles)\b", re.IGNORECASE)


def _is_cap(tok: str) -> bool:
    return bool(tok) and tok[0].isupper()


def _is_title(tok: str) -> bool:
    low = tok.lower().rstrip(".")
    if low in _TITLE_WORDS:
        return True
    last = low.rsplit("-", 1)[-1]
    if last in _TITLE_WORDS:
        return True
    return any(low.endswith(s) for s in _TITLE_SUFFIXES)


@dataclass
class _Tok:
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def _name_run(toks: list[_Tok], i: int, direction: int) -> tuple[int, int] | None:
    """The run of name words that begins (direction 1) or ends (direction -1) at ``toks[i]``."""
    if not (0 <= i < len(toks)) or not _is_cap(toks[i].text) or toks[i].text in _STOP_CAPS:
        return None
    lo = hi = i
    step = direction
    j = i + step
    while 0 <= j < len(toks) and abs(j - i) < 8:
        t = toks[j].text
        if _is_cap(t) and t not in _STOP_CAPS and t[0].isalpha():
            if step > 0:
                hi = j
            else:
                lo = j
            j += step
            continue
        if t.lower() in _PARTICLES and 0 <= j + step < len(toks) and _is_cap(toks[j + step].text) \
                and t[0].islower():
            j += step
            continue
        break
    return lo, hi


def _clean_name(toks: list[_Tok], lo: int, hi: int, text: str) -> str | None:
    """The name as written, leading titles and roles dropped; None for a role alone."""
    words = toks[lo : hi + 1]
    last_title = -1
    for k, t in enumerate(words):
        if _is_title(t.text):
            last_title = k
    words = words[last_title + 1 :]
    while words and words[-1].text.endswith(("’s", "'s")):
        return None  # a possessive: "Moscow's base"
    if not words:
        return None
    name = text[words[0].start : words[-1].end]
    return name if any(c.isalpha() for c in name) else None


# ---------------------------------------------------------------------------------------
# Attribution


@dataclass
class _Who:
    """A speaker found in text: a name, or a stand-in to resolve (pronoun or role)."""

    name: str | None
    verb: str | None
    stand_in: bool = False


def _verb_at(toks: list[_Tok], i: int) -> str | None:
    t = toks[i].text
    low = t.lower()
    if low in _SPEECH_VERBS:
        return t
    m = _T_PRONOUN_RE.search(t)
    if m is not None and t[: m.start()].lower() in _SPEECH_VERBS | {"a", "ont", "avait"}:
        return t
    return None


def _subject_before(toks: list[_Tok], v: int, text: str, lo: int = 0) -> _Who | None:
    """The speaker standing before the verb at ``toks[v]`` (``X said``, ``X, 58, told``)."""
    verb = toks[v].text
    j = v - 1
    # skip auxiliaries: "has said", "hat gesagt", "a déclaré", "ha detto"
    while j >= lo and toks[j].text.lower() in {"has", "had", "have", "hat", "a", "ha", "habe",
                                              "hatte", "also", "auch", "later", "then"}:
        j -= 1
    if j < lo or toks[j].text == "§":
        return None
    t = toks[j].text
    if t.lower() in _PRONOUNS:
        return _Who(None, verb, stand_in=True)
    if t.lower() in _CONJ:
        # "Voigt bedankt sich ... und sagt dann": the sentence's subject
        for k in range(min(2, j)):
            run = _name_run(toks, k, 1)
            if run is not None:
                name = _clean_name(toks, run[0], run[1], text)
                if name:
                    return _Who(name, verb)
            if toks[k].text.lower() in _PRONOUNS:
                return _Who(None, verb, stand_in=True)
        return None
    if t == ")":  # "Heike Hofmann (SPD) sagte"
        k = j
        while k >= 0 and toks[k].text != "(":
            k -= 1
        j = k - 1
        if j < 0:
            return None
        t = toks[j].text
    if t == ",":
        # an apposition ends here: take its name, or the name before it
        k = j - 1
        while k >= 0 and toks[k].text not in {",", "(", ";", ":"} and j - k < 25:
            k -= 1
        run = _name_run(toks, j - 1, -1)
        if run is not None:
            name = _clean_name(toks, run[0], run[1], text)
            if name:
                return _Who(name, verb)
        if k >= 0 and toks[k].text == ",":
            run = _name_run(toks, k - 1, -1)
            if run is not None:
                name = _clean_name(toks, run[0], run[1], text)
                if name:
                    return _Who(name, verb)
        return None
    if v + 1 < len(toks) and toks[v + 1].text.lower() in _PRONOUNS and toks[v + 1].text[0].islower():
        return _Who(None, verb, stand_in=True)  # "Über seine Freilassung sagte er"
    run = _name_run(toks, j, -1)
    if run is not None:
        lo, hi = run
        pt = toks[lo - 1].text if lo > 0 else ""
        if pt.lower() in _NOMINATIVE and hi == lo:
            return _Who(None, verb, stand_in=True)  # "the coach said", "der Trainer sagte"
        if (pt[:1].islower() and pt.lower() not in _NOMINATIVE and pt.lower() not in _CONJ) or \
                pt in _PREPOSITIONS:
            return None  # an object or a phrase, not the subject: "Gegenüber dem RND sagte X"
        name = _clean_name(toks, lo, hi, text)
        if name:
            return _Who(name, verb)
        return _Who(None, verb, stand_in=True)
    if t.lower() in _ARTICLES or (j > 0 and toks[j - 1].text.lower() in _ARTICLES):
        return _Who(None, verb, stand_in=True)
    return None


def _subject_after(toks: list[_Tok], v: int, text: str) -> _Who | None:
    """The speaker after an inverted verb (``said X``, ``sagte der Arzt Hilary Jones``)."""
    verb = toks[v].text
    if _T_PRONOUN_RE.search(verb):
        return _Who(None, verb, stand_in=True)
    j = v + 1
    # "a-t-il dit": the verb word follows the pronoun form
    if j < len(toks) and toks[j].text.lower() in {"er", "sie", "he", "she", "il", "elle"}:
        return _Who(None, verb, stand_in=True)
    if j < len(toks) and toks[j].text.lower() in {"sich", "dann", "noch", "zudem", "auch",
                                                  "weiter", "später", "nun", "jetzt"}:
        j += 1
    role = False
    if j < len(toks) and toks[j].text.lower() in _ARTICLES:
        j += 1
        role = True
    # skip role words (lowercase adjectives and one capitalised role noun)
    k = j
    seen_role = False
    while k < len(toks) and k - j < 5:
        t = toks[k].text
        if t[0].islower() and t[0].isalpha() and t.lower() not in _PARTICLES:
            k += 1
            continue
        if _is_cap(t) and (_is_title(t) or (role and not seen_role)):
            run = _name_run(toks, k, 1)
            if run is not None and run[1] > k and not (role and not seen_role and not _is_title(t)):
                break
            seen_role = True
            k += 1
            continue
        break
    run = _name_run(toks, k, 1) if k < len(toks) else None
    if run is not None and (k == j or seen_role or k - j <= 2):
        name = _clean_name(toks, run[0], run[1], text)
        if name:
            return _Who(name, verb)
    if role or seen_role:
        return _Who(None, verb, stand_in=True)
    run = _name_run(toks, j, 1)
    if run is not None:
        name = _clean_name(toks, run[0], run[1], text)
        if name:
            return _Who(name, verb)
    return None


_SKIP_AFTER = frozenset({",", "—", "–", "-", "(", ")"})


def _after_quote(toks: list[_Tok], q: int, text: str) -> _Who | None:
    """Attribution right after a closing mark: ``," X said``, ``, sagte X``, ``, so X``."""
    i = q + 1
    while i < len(toks) and toks[i].text in _SKIP_AFTER:
        i += 1
    if i >= len(toks) or toks[i].text == "§":
        return None
    first = toks[i].text
    if first.lower() == "so" or first.lower() in _PREFIX_VERBS:  # „…“, so Streeck
        who = _subject_after(toks, i, text)
        if who is not None:
            who.verb = first
            return who
    if _verb_at(toks, i) is not None or (
        first[0].islower() and i + 1 < len(toks) and toks[i + 1].text.lower() in _PRONOUNS
    ):
        who = _subject_after(toks, i, text)  # said X, sagte X, déclare-t-il, says he
        if who is None and _verb_at(toks, i) is not None and (
            i + 1 >= len(toks) or toks[i + 1].text in {".", "!", "?", ";"}
        ):
            return _Who(None, first, stand_in=True)  # „…“, zanjó.
        return who
    if first[0].islower() and first[0].isalpha() and toks[i - 1].text == "," and i + 1 < len(toks):
        # an inverted verb not in the list: „…“, schmunzelte Blanik
        who = _subject_after(toks, i, text)
        if who is not None and who.name is not None:
            return who
    for v in range(i, min(len(toks), i + 30)):
        if toks[v].text in {".", "!", "?", ";", "§"}:
            break
        if _verb_at(toks, v) is not None:
            if toks[v - 1].text == "," and v - 1 > i:
                inv = _subject_after(toks, v, text)  # ..." even within Hamas, said Levitt
                if inv is not None and inv.name is not None:
                    return inv
            if toks[i].text.lower() in _PRONOUNS:
                return _Who(None, toks[v].text, stand_in=True)
            run = _name_run(toks, i, 1)
            if run is not None and run[1] < v:
                name = _clean_name(toks, run[0], run[1], text)
                if name:
                    return _Who(name, toks[v].text)  # ," Lina Khatib, an expert ..., told
            return _subject_before(toks, v, text, lo=i)
    return None


def _before_colon(toks: list[_Tok], q: int, text: str) -> _Who | None:
    """Attribution before a colon that introduces the quote: ``X said:``, ``sagte er:``."""
    j = q - 1
    if j < 0 or toks[j].text != ":":
        return None
    for v in range(j - 1, -1, -1):
        if toks[v].text == "§":
            break
        if _verb_at(toks, v) is not None:
            who = _subject_before(toks, v, text)
            if who is None and v > 0:
                who = _subject_after(toks, v, text)
            return who
    return None


def _prefixed(toks: list[_Tok], text: str) -> _Who | None:
    """``according to X``, ``laut X``, ``selon X``, ``X zufolge`` anywhere in the sentence."""
    for k, t in enumerate(toks):
        low = t.text.lower()
        if low == "according" and k + 1 < len(toks) and toks[k + 1].text.lower() == "to":
            who = _subject_after(toks, k + 1, text)
            if who is not None:
                who.verb = "according to"
                return who
        elif low in _PREFIX_VERBS and low != "zufolge":
            who = _subject_after(toks, k, text)
            if who is not None:
                return who
        elif low == "zufolge" and k > 0:
            run = _name_run(toks, k - 1, -1)
            if run is not None:
                name = _clean_name(toks, run[0], run[1], text)
                if name:
                    return _Who(name, t.text)
    return None


def _in_sentence(toks: list[_Tok], q: int, text: str) -> _Who | None:
    """A speaker named with a verb of saying elsewhere in the quote's sentence."""
    order = sorted(
        (v for v in range(len(toks)) if v != q and _verb_at(toks, v) is not None),
        key=lambda v: (abs(v - q), v < q),
    )
    for v in order:
        who = _subject_before(toks, v, text)
        if who is None and v > 0 and toks[v - 1].text not in {",", "§"}:
            # German verb-second: "Am Montag sagte Streeck, ..."
            nxt = toks[v + 1].text if v + 1 < len(toks) else ""
            if nxt.lower() in _PRONOUNS or nxt.lower() in _ARTICLES or _is_cap(nxt):
                who = _subject_after(toks, v, text)
        if who is not None:
            return who
    return _prefixed(toks, text)


# ---------------------------------------------------------------------------------------
# The pass over a text

_TERMINAL = frozenset(".!?…")
_SENT_END_RE = re.compile(r"[.!?…:](?=\s+[\"“„«»‘‚'(\[§]?[^\W\d_])|[.!?…](?=\s+§)")


def _mask(text: str, parts: list[tuple[int, int, bool]]) -> str:
    """The paragraph with every quote (marks included) blanked to ``§`` and spaces."""
    chars = list(text)
    for lo, hi, terminal in parts:
        if hi <= lo:
            continue
        chars[lo:hi] = [" "] * (hi - lo)
        chars[lo] = "§"
        if terminal and hi - lo >= 3 and (hi == len(text) or text[hi].isspace()):
            chars[hi - 1] = "."
    return "".join(chars)


_ABBREV = frozenset(["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Nr", "Dr."])


def _sentences(masked: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    lo = 0
    for m in _SENT_END_RE.finditer(masked):
        if m.group() == ":":
            continue
        if m.group() == ".":
            rest = masked[m.end() :].lstrip()
            nxt = next((c for c in rest[:3] if c.isalpha() or c == "§"), "")
            word = masked[max(0, m.start() - 4) : m.start()].split()
            if not (nxt == "§" or nxt.isupper()):
                continue
            if word and ((len(word[-1].strip(".")) <= 2 and word[-1][:1].isupper())
                         or word[-1] in _ABBREV or "." in word[-1].strip(".")):
                continue  # U.K. think-tank, Dr. Jones
        bounds.append((lo, m.end()))
        lo = m.end()
    bounds.append((lo, len(masked)))
    return bounds


def _classify(qtext: str, before: list[_Tok], has_attr: bool, speechy: bool) -> QuoteKind:
    words = qtext.split()
    starts = not before or before[-1].text in {":", "—", "–", "-"}
    if starts and (len(words) >= 3 or qtext.rstrip()[-1:] in _TERMINAL):
        return "full"
    if has_attr or speechy:
        return "partial"
    if len(words) <= 4:
        return "scare"
    return "partial"


@dataclass
class _Ctx:
    """One paragraph read once: masked text, tokens and sentence spans."""

    masked: str
    toks: list[_Tok]
    sents: list[tuple[int, int]]

    def sentence_of(self, offset: int) -> tuple[list[_Tok], int]:
        """The tokens of the sentence holding ``offset`` and the index of the mask there."""
        for lo, hi in self.sents:
            if lo <= offset < hi:
                toks = [t for t in self.toks if lo <= t.start < hi]
                q = next((k for k, t in enumerate(toks) if t.start == offset), -1)
                return toks, q
        return [], -1


def _known_names(ctxs: Sequence[_Ctx]) -> tuple[frozenset[str], frozenset[str]]:
    """Words of the names written in full (two words or more) anywhere in the text, and
    the capitalised words seen after an article or a preposition (common nouns)."""
    known: set[str] = set()
    nouns: set[str] = set()
    for ctx in ctxs:
        toks = ctx.toks
        for k in range(1, len(toks)):
            if _is_cap(toks[k].text) and toks[k - 1].text.lower() in _ARTICLES | _LOWER_PREPOSITIONS:
                nouns.add(toks[k].text)
        k = 0
        while k < len(toks):
            run = _name_run(toks, k, 1)
            if run is None:
                k += 1
                continue
            name = _clean_name(toks, run[0], run[1], ctx.masked)
            if name is not None and _full_name(name):
                first = next(i for i in range(run[0], run[1] + 1)
                             if toks[i].start >= ctx.masked.index(name, toks[run[0]].start))
                before = toks[first - 1].text if first > 0 else ""
                if before.lower() not in _ARTICLES | _LOWER_PREPOSITIONS:
                    known.update(name.split())  # not "im Hotel Lunik", "der Organisation X"
            k = run[1] + 1
    return frozenset(known), frozenset(nouns)


# Endings of German (and a few other) common nouns that are never a person's name word:
# "Terrororganisation", "Redaktionsnetzwerk", "Landesregierung", "Gesellschaft".
_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "werk", "netz", "haus",
    "amt", "ium", "ment", "wesen", "verband", "partei", "gericht", "polizei", "zeitung",
    "land", "stadt", "staat", "schule", "bund", "büro", "gruppe", "rat", "tag", "ei",
)


def _nounish(word: str) -> bool:
    """Whether a capitalised word looks like a common noun or an acronym, not a name."""
    low = word.lower()
    if len(word) >= 9 and low.endswith(_NOUN_ENDINGS):
        return True
    if word in _STOP_CAPS or _is_title(word):
        return True
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _full_name(name: str) -> bool:
    """A person's name written in full: two or more name words, none a common noun."""
    words = [w for w in name.split() if w.lower() not in _PARTICLES]
    return len(words) >= 2 and not any(_nounish(w) for w in words)


def _person_like(name: str | None, known: frozenset[str]) -> bool:
    """A full name, or one word of a name written in full elsewhere."""
    if name is None:
        return False
    words = name.split()
    if len(words) == 1:
        return words[0] in known
    return _full_name(name) and all(w in known for w in words if w.lower() not in _PARTICLES)


def _speaker_like(name: str | None, known: frozenset[str], nouns: frozenset[str]) -> bool:
    """Good enough for the subject of a verb of saying: a person, or an organisation."""
    if name is None:
        return False
    words = name.split()
    if not words or words[0] in _STOP_CAPS or len(words) > 5:
        return False
    if _person_like(name, known):
        return True
    if len(words) == 1:  # an organisation's acronym ("AFP"), a name never used as a noun
        letters = [c for c in words[0] if c.isalpha()]
        if len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2:
            return True
        return words[0] not in nouns and not _nounish(words[0])
    return len(words) <= 3 and not all(_nounish(w) for w in words if w[:1].isupper())


def _stand_ins(ctx: _Ctx, known: frozenset[str]) -> list[tuple[int, str]]:
    """Names that may stand behind a later pronoun: subjects of saying, sentence subjects."""
    out: list[tuple[int, str]] = []
    for lo, hi in ctx.sents:
        toks = [t for t in ctx.toks if lo <= t.start < hi]
        for v in range(len(toks)):
            if _verb_at(toks, v) is None:
                continue
            who = _subject_before(toks, v, ctx.masked)
            if (who is None or who.name is None) and v > 0:
                who = _subject_after(toks, v, ctx.masked)
            if who is not None and _person_like(who.name, known) and who.name is not None:
                out.append((toks[v].start, who.name))
        for k in range(min(2, len(toks))):
            run = _name_run(toks, k, 1)
            if run is not None:
                nxt = toks[run[1] + 1].text if run[1] + 1 < len(toks) else ""
                if nxt[:1].islower() or nxt == ",":
                    name = _clean_name(toks, run[0], run[1], ctx.masked)
                    if name and _person_like(name, known):
                        out.append((toks[run[0]].start, name))
                break
    out.sort()
    return out


PARTIAL_REACH = 2


def extract_quotes_from_paragraphs(paragraphs: Sequence[str]) -> list[Quote]:
    """Find the direct quotes in a list of paragraphs, with speakers and positions.

    Args:
        paragraphs: Plain text of the body paragraphs, in order.

    Returns:
        The outermost quotes in order of appearance; ``start``/``end`` index into
        ``paragraphs`` and give code-point offsets inside and excluding the marks.
    """
    paras = [p if isinstance(p, str) else str(p) for p in paragraphs]
    spans = _scan(paras)
    # blank every quote out of its paragraphs so that sentences and words are read outside
    parts: dict[int, list[tuple[int, int, bool]]] = {}
    texts: list[str] = []
    for s in spans:
        if s.sp == s.ep:
            qtext = paras[s.sp][s.so : s.eo]
        else:
            cut = dict(s.reopen)
            middle = [paras[p][cut.get(p, 0) :] for p in range(s.sp + 1, s.ep)]
            qtext = "\n".join(
                [paras[s.sp][s.so :], *middle, paras[s.ep][cut.get(s.ep, 0) : s.eo]]
            )
        texts.append(qtext)
        terminal = qtext.rstrip()[-1:] in _TERMINAL
        if s.sp == s.ep:
            parts.setdefault(s.sp, []).append((s.so - 1, min(len(paras[s.sp]), s.eo + 1), terminal))
        else:
            parts.setdefault(s.sp, []).append((s.so - 1, len(paras[s.sp]), False))
            for p in range(s.sp + 1, s.ep):
                parts.setdefault(p, []).append((0, len(paras[p]), False))
            parts.setdefault(s.ep, []).append((0, min(len(paras[s.ep]), s.eo + 1), terminal))
    ctxs: dict[int, _Ctx] = {}

    def ctx(p: int) -> _Ctx:
        if p not in ctxs:
            masked = _mask(paras[p], parts.get(p, []))
            ctxs[p] = _Ctx(masked, _tokens(masked), _sentences(masked))
        return ctxs[p]

    known, nouns = _known_names([ctx(p) for p in range(len(paras))])
    salient = _salient([ctx(p) for p in range(len(paras))], known)
    stand_ins: list[tuple[int, int, str]] = []
    seen_paras = -1
    quotes: list[Quote] = []
    direct: list[bool] = []
    prev_speaker: str | None = None
    prev_end = -10
    for s, raw in zip(spans, texts, strict=True):
        # trim blanks inside the marks (French « … »)
        head, _, _ = raw.partition("\n")
        tail = raw.rpartition("\n")[2]
        lead = len(head) - len(head.lstrip()) if head.strip() else 0
        trail = len(tail) - len(tail.rstrip()) if tail.strip() else 0
        qtext = raw[lead : len(raw) - trail]
        if not qtext.strip():
            continue
        while seen_paras < s.ep:
            seen_paras += 1
            stand_ins.extend((seen_paras, off, n) for off, n in _stand_ins(ctx(seen_paras), known))
        first = ctx(s.sp)
        last = ctx(s.ep)
        btoks, bq = first.sentence_of(s.so - 1)
        if s.sp == s.ep:
            atoks, aq = btoks, bq
        else:
            atoks, aq = last.sentence_of(0)
        who: _Who | None = None
        if s.closed and aq >= 0:
            who = _after_quote(atoks, aq, last.masked)
        if who is None and bq >= 0:
            who = _before_colon(btoks, bq, first.masked)
        if who is None and bq > 0 and btoks[bq - 1].text == ":":
            name = _colon_subject(btoks, bq, first.masked, known)
            if name is not None:
                who = _Who(name, None)  # "Auch Teamkollege Nico Elvedi haderte: „…“"
        direct_attr = who is not None
        if who is None and bq >= 0:
            who = _in_sentence(btoks, bq, first.masked)
        if who is None and s.sp != s.ep and aq >= 0:
            who = _in_sentence(atoks, aq, last.masked)
        if who is not None and who.name is not None and not _speaker_like(who.name, known, nouns):
            who = None
        before = btoks[:bq] if bq >= 0 else []
        speechy = any(_verb_at(btoks, v) is not None for v in range(len(btoks)))
        kind = _classify(qtext, before, who is not None, speechy)
        if kind != "full" and not direct_attr and _title_like(qtext):
            kind = "scare"  # a name or a title in quotes: „Wahl-Arena“, "U.S. News"
        elif kind == "scare" and (who is not None or (
                prev_speaker is not None and prev_end >= s.sp - PARTIAL_REACH)):
            kind = "partial"  # a word of someone quoted just before: „am Boden zerstört“
        speaker: str | None = None
        verb: str | None = None
        if who is not None:
            verb = who.verb
            speaker = who.name if who.name is not None else _last_before(stand_ins, s.sp, s.so)
            if speaker is None and who.name is None:
                speaker = salient
        elif kind != "scare" and prev_speaker is not None and prev_end >= s.sp - PARTIAL_REACH:
            speaker = prev_speaker  # an unattributed quote goes on from the one before
        if speaker is None and kind == "full" and who is None:
            near = _last_before(stand_ins, s.sp, s.so, para_only=s.sp)
            speaker = near  # "Regisseur Jens Erwin Siemssen hat ... geführt. „…“"
        if kind == "scare":
            speaker = verb = None
        else:
            prev_speaker, prev_end = speaker, s.ep
        if speaker is not None:
            bisect.insort(stand_ins, (s.ep, s.eo, speaker))
        quotes.append(
            Quote(
                text=qtext,
                speaker=speaker,
                verb=verb,
                kind=kind,
                start=TextPosition(paragraph=s.sp, offset=s.so + lead),
                end=TextPosition(paragraph=s.ep, offset=s.eo - trail),
            )
        )
        direct.append(who is not None and speaker is not None)
    _same_paragraph(quotes, direct)
    return quotes


def _same_paragraph(quotes: list[Quote], direct: list[bool]) -> None:
    """Give an unattributed quote the speaker of the nearest attributed one in its paragraph."""
    attributed: dict[int, list[int]] = {}  # paragraph -> indexes of attributed quotes, in order
    for j, other in enumerate(quotes):
        if direct[j] and other.speaker is not None and other.start is not None:
            attributed.setdefault(other.start.paragraph, []).append(j)
    for i, q in enumerate(quotes):
        if q.speaker is not None or q.kind == "scare" or q.start is None:
            continue
        near = attributed.get(q.start.paragraph)
        if not near:
            continue
        k = bisect.bisect_left(near, i)
        options = [j for j in (near[k - 1] if k > 0 else None, near[k] if k < len(near) else None)
                   if j is not None]
        best = min(options, key=lambda j: (abs(j - i), j))
        q.speaker = quotes[best].speaker


def _last_before(
    stand_ins: list[tuple[int, int, str]], para: int, off: int, *, para_only: int | None = None
) -> str | None:
    """The last name given before (para, off); with ``para_only``, only in that paragraph."""
    k = bisect.bisect_left(stand_ins, (para, off, ""))
    if k == 0:
        return None
    p, _, name = stand_ins[k - 1]
    if para_only is not None and p != para_only:
        return None
    return name


def _salient(ctxs: Sequence[_Ctx], known: frozenset[str]) -> str | None:
    """The word of a full name mentioned most often: who the article is about."""
    counts: dict[str, int] = {}
    for ctx in ctxs:
        for t in ctx.toks:
            if t.text in known:
                counts[t.text] = counts.get(t.text, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    # the last word of a name (the surname) wins a tie over a given name
    tops = [w for w, n in counts.items() if n == best]
    return tops[-1] if best >= 2 else None


def _colon_subject(toks: list[_Tok], q: int, text: str, known: frozenset[str]) -> str | None:
    """The person named nearest before the colon that introduces a quote."""
    k = q - 2
    while k >= 0 and toks[k].text != "§":
        run = _name_run(toks, k, -1)
        if run is not None:
            name = _clean_name(toks, run[0], run[1], text)
            if name is not None and _person_like(name, known):
                return name
            k = run[0] - 1
            continue
        k -= 1
    return None


def _title_like(qtext: str) -> bool:
    """A short quote whose every word is capitalised: a name, a title, a coinage."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", qtext)]
    if not words or len(qtext.split()) > 4 or qtext.rstrip()[-1:] in _TERMINAL:
        return False
    small = {"of", "the", "and", "in", "on", "for", "a", "und", "der", "die", "das", "von", "de"}
    return all(w[0].isupper() or w.lower() in small for w in words) and words[0][0].isupper()


def extract_quotes(article: Article) -> list[Quote]:
    """Find the direct quotes in an article's body paragraphs.

    Args:
        article: The article; its ``paragraphs`` are read.

    Returns:
        The quotes, positioned against ``article.paragraphs`` so that
        ``article.model_copy(update={"quotes": ...})`` validates.
    """
    return extract_quotes_from_paragraphs(article.paragraphs)
