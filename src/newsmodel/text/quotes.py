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
    multi-paragraph quotes, over as many paragraphs as reopen it) or closes it before
    opening any other; the text then holds a newline at each break and ``start`` and ``end`` lie in different paragraphs. A double
    quote left open with nothing to close it runs to the end of its paragraph; a single
    one is dropped (it is more likely an apostrophe).

Speaker
    Looked for, in this order: right after the quote (``"...," X said``, ``"...," said X``,
    ``„…“, sagte X``, ``„…“, so X``, ``« … », déclare-t-il``); before it in the same
    sentence (``X said: "..."``, ``X said the plan was "hasty"``, ``according to X``,
    ``laut X``, ``selon X``, and a sentence opening with a full name and a comma after
    ``pour``/``para``/``per``: ``Pour Beatriz Guijarro González, …, la situation est
    « intenable »``); and for a whole quote with no attribution of its own, the
    speaker of the quote just before it in the same or the previous paragraph, else the
    person last named in its own paragraph. A quote after a colon with no verb of saying
    goes to the person named nearest before the colon (``Nico Elvedi haderte: „…“``). A
    capitalised word counts as a person's name only with cues, since German capitalises
    every noun: two or more name words not used as a common noun (not after an article or
    a preposition, no noun ending such as ``-ung``/``-schaft``), or one word of such a
    full name; the subject of a verb of saying may also be an organisation. A body named
    with a definite article at the head of its clause (``der Städtetag NRW verweist``,
    ``sagte die Polizei``, ``le Kremlin a reconnu``) is given without the article; after a
    German article only an acronym or a noun with an institution's ending counts, after
    any other article any capitalised word that is not a role. A body is never the
    antecedent of a later pronoun or role. In German verb-second order (``Über seine
    Freilassung sagte er``, ``In einer Stellungnahme schreibt Komba``) the fronted phrase
    is not the subject. A verb after a passive auxiliary (``was declared``) reports no
    speech. A German adjective opening a sentence (``Jeglicher Kontakt``) and a word with
    an elided article (``L'elogio``) are not name words. A
    pronoun (``he``, ``she``, ``er``, ``sie``, ``il``, ``elle``), a role with an article
    (``der Trainer``, ``the expert``) or a bare ``-t-il`` stands for the last person named
    as saying something (or as a sentence's subject) in the text before; it stays null
    when there is none; a role with an article that is no title (``asegura la vecina``)
    stays null unless it resolves to a named person. A speaker with an indefinite article (``sagt ein Militärexperte``,
    ``a voice said``) is someone unnamed: the quote stays null and later unattributed
    quotes do not inherit an earlier speaker across it. An unattributed whole quote goes
    to a person named in its paragraph since the last quote there, else to the speaker of
    the quote before. The speaker is
    given as written, with leading titles and roles dropped: "Russian Defence Minister
    Sergei Shoigu said" gives ``Sergei Shoigu``, "Shoigu said" gives ``Shoigu``; a pronoun
    resolves to the name exactly as it was written where it was last named. Days, months
    and other time words are never speakers (``X said Wednesday``); a name right after the
    verb that goes on with a verb of its own (``said Moscow was ready``) is the subject of
    the reported clause, not the speaker. A role owned by a place or body (``Moscow's
    defense minister said``) and a role with an article (``a averti le président russe``)
    resolve to the one person named with those role words anywhere in the text
    (``Russian Defence Minister Sergei Shoigu``); with no such single person the owned role
    is given as written. Role words are those right before the name, with at most one word
    after the last title word (``la premier italiana Giorgia Meloni``, not ``della premier
    si è detto Matteo Salvini``). A name set off after a role phrase (``a déclaré le porte-parole du
    Kremlin, Dmitri Peskov``) is the speaker, also after an auxiliary (``a affirmé``); before
    the verb, the leftmost name among comma-separated appositions is (``One of the
    protesters, Hayley Walsh, 42, a lecturer from Nottingham, said``). A quote with no
    attribution inherits the speaker before it only in the same paragraph, or within two
    paragraphs when no other person is named before it in its own paragraph.

    The current person. An unattributed quote (full or partial) goes first to a person
    named as a subject in its own paragraph since the last quote there; a full one with
    none goes to the person introduced since the last quote in the paragraph just before
    (``Another villager, Lipolelo Potobere, said ...`` ¶ ``“As we speak, ...”``). A person
    counts as introduced as the subject of a verb of saying, as the subject opening a
    sentence, also after a fronted phrase set off by a comma (``Regarding the tweets,
    Mpofu adopted ...``), or as a full name closing a clause after a copula (``The first
    witness was Hawks head Gopaul Govender, who ...``); a pronoun as the subject of a verb
    of saying (``he said``) carries the person before it forward. In an apposition a
    name after an article inside a role phrase is a genitive, not the subject (``Der
    Schulleiter der Volksschule Tristach, Norbert Salcher, bestätigte``), and with the
    closing comma left out the name before the role is (``Gabi Schwab, Schulleiterin der
    MS Egger-Lienz sagte``); a full stop inside an abbreviation (``U.K.``) does not end
    an apposition, and the quote itself may open it (``"…," Lina Khatib, an expert ...,
    told``). German professions in ``-loge``, ``-mediziner``, ``-ökonom`` are roles, also
    coordinated (``erklärt Endokrinologe und Ernährungsmediziner Andreas Pfeiffer``).

    More rules. A role led by a party's acronym (``der AfD-Chef``, ``so der
    CDU-Spitzenkandidat``) resolves to the one person written with a role of the same
    party (``AfD-Spitzenkandidat Björn Höcke``, ``seinem CDU-Kontrahenten Mario Voigt``);
    such a compound before a name is a role, not a name word. A name after a preposition
    (``zur Seite``) is no titled name. Quotes in a list (``„Dumm“, „peinlich“,
    „lächerlich“, urteilten Medien weltweit``) share the attribution after the last one.
    A full name right before the colon that introduces a quote is its speaker even where
    it is written only after an article (``den Granit Xhaka zusammenfasste: „…“``). Italian
    and Spanish clitics and adverbs between subject and verb are skipped (``Rubio, …, l'ha
    poi definita: «…»``); a noun with an elided article before a name is a role
    (``L’imprenditore George Guido Lombardi``); a capitalised word after a Romance
    preposition that also stands before names (``a Rubio``, ``de Macron``) is not taken
    for a common noun. A subject that names no one, a bare plural (``Local reporters have
    said``) or a description with a relative clause (``the police officer who made the
    arrest said``), leaves the quote unattributed. ``Louise Gittins, Chair of the Local
    Government Association said`` gives the person, not the body. German impersonal ``es
    heißt`` gives the owner of a document named in the sentence (``ein Schreiben der
    Bildungsdirektion, in dem es hieß``), else no one. A quote named as a work after a
    copula (``„…“ ist das erste Kapitel``) or right after a noun for one (``the film "…"``)
    is a title: scare, no speaker.

    Round nine. Names with particles: ``von``, ``van``, ``de``, ``di``, ``da``, ``del``,
    ``Mac`` ... join the words around them, also with an article (``Ursula von der Leyen``,
    ``Pedro De la Fuente``), and a capitalised particle opens a name inside a sentence
    (``dice Von der Leyen``, ``a déclaré Le Pen``) or anywhere for those that are never
    ordinary words (``Van Gaal``); ``von der`` after a name of two words is an affiliation
    (``Anna Berger von der Universität Hamburg``). The verbs of saying are each language's
    common reporting verbs in their tense forms (see ``_REPORTING_VERBS``); a capitalised
    word inside a sentence is never one. After the verb, a role's body and then a full name
    give the name (``le directeur adjoint du Village Augustin Tran Van Chau``), a body
    named by a common noun after a definite article speaks as itself (``rapporte le
    ministère russe de la Défense``), and a role adjective before the title does not hide
    the subject (``der russische Außenminister Sergej Lawrow sieht``). A live blog's entry
    (a paragraph that opens with a time stamp, ``8h41 - …``, or a heading of a blog with
    time stamps) ends the reach of ``he said`` and of unattributed quotes. ``heißt es in
    dem Bericht`` gives the author of the document named just before (``schreibt der NDB
    in seinem Lagebericht``). Someone unnamed who speaks (``erklärte eine Sprecherin``)
    stops an earlier speaker from going on, and a quote beside a quote of someone unnamed
    is not given to a farther one. A name set off after a sentence's opening description
    is its subject (``Der Oberbefehlshaber der Armee, General Walerij Saluschnyj, …``).
    A verb after a conjunction takes the subject of the verb of saying before it (``Lawrow
    sieht … und erklärte Anfang März:``); ``Anfang``, ``Mitte``, ``Ende`` are time words.
    An epithet (a nationality or a public figure's standing: ``el holandés``, ``il
    tecnico``) stands for the person named before, unlike other nouns (``la vecina``).

    Round ten. One test of name evidence, read from the article itself, decides whether a
    capitalised word can be a name word wherever a speaker is taken (:func:`_name_evidence`,
    consulted by :func:`_stop`): a word written capitalised only where a sentence or clause
    begins is an ordinary word (``Minutos antes del encuentro, Albares …``, ``Asimismo,
    indicó``) unless it is also written capitalised inside a sentence, stands before another
    capitalised word, belongs to a name written in full, or is an acronym; this replaced
    the list of sentence adverbs. A quote that ends its sentence takes the speaker named
    after a verb of saying in the next sentence when that one opens with an adverb of
    manner pointing back (``„ist oft Zufall“. So beschreibt es Eren Güvercin``).

    Round twelve, built from the misses of held-out set 8 and kept after an ablation. A
    person before ``von der``/``vom``/``of``/``de``/``di`` and a body is the speaker, the
    body their affiliation (:func:`_affiliated`). A single quoted word after an indefinite
    article or ``als``/``as`` is what someone calls a thing: partial, the caller's
    (:func:`_called`, :func:`_calling_subject`; the verb-second read also follows a phrase
    that ends in another quote). A quote after a noun for a publication, programme or name
    (``des „Stern“``, ``die BBC-Radiosendung „…“``, ``das Wort „…“``) or a title-case quote
    after a colon with no verb of saying is a title: scare, no speaker. ``heißt es
    aus/von + body`` and ``Aus dem X heißt es`` give the body, ``heißt es darin`` the owner
    of the document named before. Single marks around one letter between words are
    elision (``Rock ‘n’ Roll``). Ablation (speaker right, each rule off, the others on;
    round 11: set 8 0.781, set 9 0.745, sets 1-8 0.811): all rules 0.877 / 0.718 / 0.828;
    the round's German-noun rule (a capitalised German word a name only with evidence)
    off: 0.851 / 0.745 / 0.826. That rule alone lost the three quotes set 9 lost
    (``„Korb der Bedauernswerten“`` given to Trump, not Clinton; the party "Religiösen
    Zionismus" lost twice) and one of set 6, so it was removed. With it removed, each other rule off leaves set 9 at 0.745 and lowers sets
    1-8: affiliation 0.823, calling 0.823, titles 0.821, ``heißt es`` 0.821 (set 6 0.748
    -> 0.728 too); elision changes no speaker (set 8 precision 0.991 -> 1.000) and is kept
    as general. None of them gains on set 9: their evidence is set 8, which they were
    built from. Final: set 8 0.851, set 9 0.745, sets 1-8 0.826, 1-9 0.815.

    Round fifteen, from the misses of the DEVELOP half (tuning set and held-out 1, 3, 5,
    7, 9, 11) and kept only where the CHECK half (held-out 2, 4, 6, 8, 10) did not fall.
    A German sentence with a verb in the present subjunctive outside the quotes (``sei``,
    ``habe``, ``könne``) is reported speech: a short quote in it is partial, not scare
    (:func:`_reported_mood`). A body named by a common noun after a definite article at
    the head of its clause, also after ``que``/``dass``/``that`` and a compound tense's
    auxiliary, speaks as itself, given as written without the article (``la présidence
    française avait indiqué``, ``que el Ayuntamiento afirma``, ``das russische
    Außenministerium forderte``; :func:`_body_before`); a role noun (``la fuente``, ``the
    police officer``) is no body. A German reflexive verb right after the quote makes the
    name after it the speaker (``„…“, freut sich Kluckers nach der Zielankunft``). A role
    phrase with an article that names no one in its own sentence resolves to a full name
    in the sentence before (``al que Christian Horner quiso …. "…", abundó el team principal
    de Red Bull``). A quote inside a sentence glossed by a parenthesis right after it
    (``»Sahelallianz« (Alliance des États du Sahel, AES)``) and a quote that is the source
    after ``laut``/``selon``/``according to`` (``Laut „Washington Post“``) are names: scare,
    no speaker. ``selbst``/``himself`` between a subject and its verb is skipped.

    Round seventeen, for languages the rules did not know (held-out set 12 measured before
    and after; DEVELOP and CHECK unchanged). Japanese and Chinese corner brackets 「…」 and
    『…』 pair, each in one direction, and 。！？ end a sentence without a space after them.
    Korean glues its marks to the words around them ("…"고 말했다, 유세"…", '통합'을): a mark
    touching a Hangul syllable on a side that would otherwise forbid it may open or close
    there, closing a quote of its family if one is open. ``»…,« siger hun``: a « after a
    comma and before a space closes an open »…« (else it opens, as in French). Verbs of
    saying and subject pronouns of Danish, Norwegian, Swedish, Icelandic, Finnish, Polish,
    Czech, Slovak, Russian, Ukrainian, Lithuanian, Latvian, Hungarian, Romanian, Turkish and
    Greek (Slavic pasts made from a stem with the endings of gender and number,
    :func:`_past_forms`); an inverted pronoun (``siger hun``, ``сказал он``) stands for
    the last person named; Romanian ``potrivit`` and Hungarian ``X szerint`` give the
    source. Verb-final attribution (:func:`_verb_last`, :func:`_topic_before`): a Turkish
    quote followed by ``dedi``/``diye konuştu`` takes the name set off by a comma before
    it (``Arpaguş, „…“ dedi``); a Korean quote with a quotative ending (고, 며, 라며)
    takes the topic of its sentence, a pronoun (그는) or a surname and role (``이 후보는``)
    resolved to the one full name written with that role (``이재명 … 후보``), else the
    speaker before. Japanese speakers are not found (a name cannot be told from a role or
    an unnamed person without a dictionary).

    Round eighteen, from the misses of the DEVELOP half, each rule measured alone and kept
    only where DEVELOP rose and CHECK did not fall (speaker right, DEVELOP / CHECK, from
    0.846 / 0.817). An opening description with an indefinite article, set off by a
    relative clause, names no one (``Ein älterer Mann, der bisher geschwiegen hat, sagt``):
    0.847 / 0.817. A first name and surname right after an agent's preposition that ends
    its phrase (``Lob gab es auch von Alex Kirsch (…)``, ``gespielt von``, ``by``) is a
    person's, not a common noun (:func:`_agent_name`): 0.850 / 0.817. A parenthesis after
    a subject's name (a party, an age, a work: ``Marta Solberg (SPD) nahm``) is passed over
    when telling whether the name is a subject (:func:`_past_parenthesis`): 0.851 / 0.817.
    The caller of ``als „…“`` may be the name set off after the sentence's opening
    description (``Die Vorsitzende des Gremiums, Sofia Östmark, würdigte … als „hoch
    qualifiziert“``): 0.852 / 0.817.

    Round nineteen, from the misses of the DEVELOP half, each class measured alone and kept
    only where DEVELOP rose and CHECK did not fall (from 0.852 / 0.817). A quote shortly
    after a verb of naming or calling with its own particle between (``sieht das Land als
    „…“``, ``warf Venezuela vor, „…“``, ``sprach von``, ``a qualifié … de « … »``,
    ``calificó de``, ``called it``; :func:`_naming_subject`) is a partial quote of that
    verb's subject, a pronoun resolved as for ``he said``, and not a title even where every
    word is capitalised (``„Spielball Kiews“``); not after a determiner (``im
    „Tagesspiegel“``): 0.855 / 0.819. Two capitals that the article always writes before
    the same capitalised word, no common noun, title or institution, are a first name's
    initials, not an acronym (``JD Vance``; not ``MK Party``, ``DZ Bank``; :func:`_initials`):
    0.859 / 0.819; the stricter form asked for, the surname also written alone as a name,
    changed nothing (the article names Vance once) and was not kept. A whole quote after a
    paragraph whose quote was attributed already carries that speaker on (within two
    paragraphs, above); stopping that carry at a paragraph between that names another
    person gained one DEVELOP quote only through a misread name (``Venezuela`` taken for a
    person), and with headings and interviewer's questions as stops too CHECK fell
    (0.860 / 0.817): dropped.

    Round twenty, from the misses of the DEVELOP half, each change measured alone and kept
    only where DEVELOP rose and CHECK did not fall (from 0.859 / 0.819). A German separable
    particle of a verb of naming closing the clause right after the quote (``warf Macron
    den Staaten mangelnde »Dankbarkeit« vor``, also before ``und``) makes the quote a partial
    one of that verb's subject, read also after a fronted clause (:func:`_naming_after`):
    0.860 / 0.819. Dropped: a quote opening with a small letter right after a noun for a
    work is no title (``die Dokumentation „berührend“ fand``; 0.859 / 0.817, the teaser's
    role is misspelt where its holder is named, ``Bundesdrogenbeauftrage``, so no speaker is
    gained); a sentence opening with a definite role (``El consejero ha lanzado …``) as an
    antecedent for a later ``ha insistido``, resolved to the one person written with that
    role (0.859 / 0.817: the quote after it goes to the person named since the last quote
    first); ``als „…“ bezeichnete`` after the quote changed no DEVELOP speaker (the one case
    has an unnamed description, ``ein verurteilter Verbrecher``, as subject). Nationality and
    title epithets are left as they were: in the DEVELOP misses the article never writes the
    epithet's attribute beside the person's name (``el holandés``, ``el tetracampeón`` for
    Verstappen), so there is nothing in the text to match.

Kind
    ``full`` for a quote that stands as a sentence of its own (it begins a sentence or
    follows a colon); ``partial`` for a fragment inside the reporter's sentence that is
    attributed to someone or sits beside a verb of saying, or a short one in a paragraph
    whose speaker is known; ``scare`` for a short quoted word or term (up to four words)
    with neither, or one whose every word but small ones is capitalised (a name or a
    title, such as „Wahl-Arena“ or "Journal of Clinical and Translational Research", up to
    eight words, but not a German genitive noun phrase such as »Zeichen der Wertschätzung«) unless a verb of saying touches it (``„…“, sagte X``, ``X sagte: „…“``); a
    verb further on in the sentence does not attribute such a title. The search after a
    quote stops at a colon, and an inverted verb that is not in the list counts only when
    the name after it ends the clause (``„…“, schmunzelte Blanik.``).

Everything is precompiled and each paragraph is read a bounded number of times, so the
cost grows linearly with the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsmodel._gc import gc_paused
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
# Japanese and Chinese corner brackets: 「…」, and 『…』 inside them (or for titles).
_CORNER = frozenset("「」")
_WCORNER = frozenset("『』")
_MARKS = _DOUBLE | _SINGLE | _GUILL | _SGUILL | _CORNER | _WCORNER
_MARK_RE = re.compile("[\"'“”„‘’‚«»‹›「」『』]")

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
    "「": frozenset("」"),
    "『": frozenset("』"),
}

_OPEN_BEFORE = frozenset("([{/—–-:;,„‚«»‹›\"'“”‘’¿¡「『（")
_CLOSE_AFTER = frozenset(".,;:!?()[]}/—–-…\"'“”‘’«»‹›*」』。、，！？）")


def _hangul(ch: str) -> bool:
    """A Hangul syllable: Korean glues its quotative endings to the closing mark
    ("…"고 말했다, "…"며, "…"이라며) and may glue the opening one to the word before."""
    return "\uac00" <= ch <= "\ud7a3"


def _family(ch: str) -> frozenset[str]:
    if ch in _DOUBLE:
        return _DOUBLE
    if ch in _SINGLE:
        return _SINGLE
    if ch in _GUILL:
        return _GUILL
    if ch in _CORNER:
        return _CORNER
    if ch in _WCORNER:
        return _WCORNER
    return _SGUILL


def _flanks(text: str, i: int) -> tuple[bool, bool]:
    """Whether the mark at ``text[i]`` may open and may close a quote."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev_space = prev.isspace()
    next_space = nxt.isspace()
    if ch in _CORNER or ch in _WCORNER:
        return ch in "「『", ch in "」』"  # each bracket has one direction
    if ch in _GUILL or ch in _SGUILL:
        # French puts spaces inside; German points the marks inwards (»…«).
        if ch in "«‹":
            if not prev_space and prev not in _OPEN_BEFORE and (next_space or nxt in _CLOSE_AFTER):
                return False, True
            if prev in ",.!?…" and (next_space or i + 1 == len(text)):
                # "»…,« siger hun": after a sentence's punctuation a closer of »…«, unless
                # no such quote is open (then the opener of a French « … »)
                return True, True
            return True, False
        if next_space or nxt in _CLOSE_AFTER or i + 1 == len(text):
            return (prev_space and not next_space), True
        if prev_space or prev in _OPEN_BEFORE or i == 0:
            return True, False
        return True, True
    can_open = not next_space and (prev_space or prev in _OPEN_BEFORE)
    can_close = not prev_space and (next_space or nxt in _CLOSE_AFTER)
    if (_hangul(nxt) and not prev_space) or (_hangul(prev) and not next_space):
        # Korean glues the marks to the words around them ("…"고, 유세"…", '통합'을) and
        # has no apostrophe: a mark glued on both sides closes a quote of its family if
        # one is open, else opens one
        return (can_open or not next_space), (can_close or not prev_space)
    if ch in _SINGLE:
        if prev.isalnum() and nxt.isalnum():
            return False, False  # apostrophe inside a word
        if (prev.isdigit() and nxt in _SINGLE) or (prev in _SINGLE and text[i - 2 : i - 1].isdigit()):
            return False, False  # seconds written with two primes: "3.14‘47‘‘", "1‘06‘‘"
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
                spans.append(_Span(carry.para, carry.off, pi - 1, len(paragraphs[pi - 1]),
                                   carry.ch, False, reopen=carry.reopen))
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
                        if op.ch in _SINGLE and op.para == pi and _elision(text, op.off, i):
                            closed = True  # "Rock ‘n’ Roll", "rock 'n' roll": no quote
                            break
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
                # a quote still open (opened here or carried through this paragraph) goes on
                # into the next paragraph if that one continues it, else ends here
                if pi + 1 < len(paragraphs):
                    carry = bottom
                elif bottom.para < pi or len(text) - bottom.off > 0:
                    spans.append(_Span(bottom.para, bottom.off, pi, len(text), bottom.ch, False,
                                       reopen=bottom.reopen))
    return spans


def _elision(text: str, lo: int, hi: int) -> bool:
    """Whether single marks around ``text[lo:hi]`` are elision apostrophes of a set phrase,
    not a quote: one letter between them, a word on either side ("Rock ‘n’ Roll")."""
    inner = text[lo:hi]
    return len(inner) == 1 and inner.isalpha() and text[:lo - 1].rstrip()[-1:].isalpha() \
        and text[hi + 1 :].lstrip()[:1].isalpha()


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
    ["said", "says", "say", "saying", "noting", "adding", "explaining", "telling", "insisting", "arguing", "warning", "writing", "stressing", "told", "tells", "tell", "added", "adds", "asked", "asks", "explained", "explains", "noted", "notes", "stressed", "stresses", "insisted", "insists", "argued", "argues", "warned", "warns", "wrote", "writes", "stated", "states", "claimed", "claims", "commented", "comments", "continued", "replied", "replies", "responded", "responds", "answered", "admitted", "admits", "conceded", "concedes", "confirmed", "confirms", "shared", "suggested", "suggests", "acknowledged", "declared", "declares", "announced", "announces", "described", "describes", "urged", "urges", "tweeted", "posted", "quipped", "joked", "concluded", "agreed", "agrees", "lamented", "complained", "recalled", "recalls", "remarked", "observed", "emphasized", "emphasised", "emphasizes", "maintained", "reported", "recounted", "recounts", "characterized", "characterised", "called", "calls", "vowed", "pledged", "promised", "insisted", "predicted", "sagte", "sagt", "sagten", "sagen", "erklärte", "erklärt", "erklärten", "betonte", "betont", "meinte", "meint", "ergänzte", "ergänzt", "berichtete", "berichtet", "warnte", "warnt", "kritisierte", "kritisiert", "forderte", "fordert", "schrieb", "schreibt", "erzählte", "erzählt", "bestätigte", "bestätigt", "unterstrich", "unterstreicht", "antwortete", "antwortet", "fragte", "fragt", "kommentierte", "kommentiert", "schimpfte", "schimpft", "protestierte", "protestiert", "urteilte", "urteilt", "urteilten", "kritisierten", "forderten", "warnten",
     "betonten", "schrieben", "meinten", "berichteten", "erklären", "sagten", "notierte", "notiert", "behauptete", "behauptet", "ereiferte", "nannte", "nennt", "bezeichnete", "bezeichnet", "twitterte", "mahnte", "mahnt", "appellierte", "versicherte", "versichert", "beklagte", "beklagt", "begründete", "begründet", "resümierte", "bilanzierte", "spöttelte", "spöttelt", "verwies", "verweist", "räumte", "räumt", "zitierte", "zitiert", "empfahl", "empfiehlt", "wünschte", "wünscht", "bekräftigte", "bekräftigt", "kündigte", "sprach", "spricht", "stellte", "teilte", "teilt", "hieß", "heißt", "lautet", "verkündete", "verkündet", "ließ", "lässt", "führte", "schickte", "warf", "wirft", "déclare", "déclaré", "dit", "affirme", "affirmé", "explique", "expliqué", "souligne", "souligné", "confie", "confié", "juge", "jugé", "estime", "estimé", "argumente", "argumenté", "ajoute", "ajouté", "précise", "précisé", "indique", "indiqué", "raconte", "raconté", "assure", "assuré", "insiste", "insisté", "admet", "admis", "lance", "lancé", "martèle", "martelé", "reconnaît", "reconnu", "prévient", "prévenu", "poursuit", "poursuivi", "répond", "répondu", "regrette", "regretté", "dijo", "dice", "afirmó", "afirma", "declaró", "declara", "explicó", "explica", "aseguró", "asegura", "señaló", "señala", "añadió", "añade", "confesó", "espetó", "zanjó", "rememoró", "ironizó", "deslizó", "abundó", "contestó", "replicó", "indicó", "apuntó", "advirtió", "subrayó", "sostuvo", "insistió", "reconoció", "manifestó", "destacó", "detto", "dichiarato", "spiegato", "spiega", "twittato", "scritto", "racconta", "aggiunto", "afferma", "affermato", "sottolinea", "sottolineato", "definita", "definito", "confermato", "disse", "afirmou", "declarou", "explicou", "zei", "zegt", "sa", "sier", "säger", "sagde", "siger",
     "averti", "avertit", "rapporté", "rapporte", "annoncé", "confirmé", "confirme",
     "rappelé", "rappelle", "dénoncé", "dénonce", "fustigé", "fustige", "conclu", "conclut",
     "réagi", "commenté", "commente", "écrit", "tweeté", "relevé", "relève", "noté", "observé", "observe", "menacé", "promis", "répété", "répète", "plaidé", "plaide",
     "témoigné", "témoigne", "déploré", "déplore", "salué", "résumé", "résume", "détaillé",
     "assuré", "ironisé", "ironise", "tranché", "glissé", "soutenu", "soutient", "interrogé", "demandé", "prévenu",
     "advierte", "recordó", "recuerda", "lamentó", "lamenta", "criticó", "denunció", "denuncia", "anunció", "anuncia", "comentó", "comenta", "escribió",
     "relató", "relata", "agregó", "agrega", "precisó", "detalló", "expresó", "sentenció",
     "concluyó", "confirmó", "insiste", "reconoce", "destaca", "subraya", "sostiene",
     "dice", "commentato", "commenta", "ribadito", "ribadisce", "annunciato",
     "annuncia", "avvertito", "osservato", "precisato", "rimarcato", "ammesso", "ammette",
     "concluso", "replicato", "risposto", "denunciato", "scrive", "sostenuto", "sostiene",
     "rivela", "rivelato", "scriveva", "raccontato", "dichiara", "osserva", "ricorda"]
)
# Reporting verbs ("verbs of saying") of English, German, French, Spanish, Italian, Portuguese
# and Dutch. The lemmas are the common verbs that introduce direct or reported speech in
# each language's grammar of reported speech (say/tell and their near synonyms, verbs of
# adding, answering, asserting, admitting, warning, asking, writing and posting, verbs of
# manner such as "quip" or "spötteln", and verbs of opinion that newspapers use for speech:
# "estime", "sieht", "reflects"); they were compiled for this module, not copied from a
# list. Each language's forms are made by its regular conjugation from the lemma, with
# irregular forms written out: the forms news text uses for attribution (present and past
# third person singular and plural, the participle after an auxiliary, English -ing, the
# Romance imperfect). A lemma's bare form is left out where it is more often a noun
# ("report", "note", "post"); forms that are mostly other words ("es gab", "la denuncia")
# are not made.


def _en_forms(spec: str) -> set[str]:
    """English: ``lemma`` or ``lemma/past[/participle]``; a leading ``*`` adds the bare
    form (a plural subject: "officials warn"), a leading ``-`` leaves out the -s form."""
    out: set[str] = set()
    for entry in spec.split():
        base_too = entry.startswith("*")
        no_s = entry.startswith("-")
        lemma, *irregular = entry.lstrip("*-").split("/")
        if base_too:
            out.add(lemma)
        if not no_s:
            if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
                out.add(lemma + "es")
            elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
                out.add(lemma[:-1] + "ies")
            else:
                out.add(lemma + "s")
        if irregular:
            out.update(irregular)
            past = irregular[0]
        elif lemma.endswith("e"):
            past = lemma + "d"
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            past = lemma[:-1] + "ied"
        else:
            past = lemma + "ed"
        out.add(past)
        if past.endswith("ed") and len(past) > 4 and past[-3] == past[-4] == lemma[-1]:
            out.add(lemma + lemma[-1] + "ing")  # admitted: admitting
        elif lemma.endswith("ie"):
            out.add(lemma[:-2] + "ying")
        elif lemma.endswith("e") and not lemma.endswith("ee"):
            out.add(lemma[:-1] + "ing")
        else:
            out.add(lemma + "ing")
    return out


def _de_forms(spec: str) -> set[str]:
    """German: a weak verb's stem (``sag``: sagt, sagte, sagten, sagen; ``antwort+``: the
    stem takes -e-: antwortet, antwortete), or a strong verb's forms written out after
    ``=`` (``schreiben=schreibt,schrieb,schrieben``)."""
    out: set[str] = set()
    for entry in spec.split():
        if "=" in entry:
            lemma, forms = entry.split("=")
            out.add(lemma)
            out.update(forms.split(","))
            continue
        stem = entry.rstrip("+")
        e = "e" if entry.endswith("+") else ""
        out.update([stem + e + "t", stem + e + "te", stem + e + "ten", stem + "en"])
    return out


def _romance_forms(spec: str, endings: Mapping[str, tuple[str, ...]]) -> set[str]:
    """French, Spanish, Italian, Portuguese: ``stem:class`` with the class's endings added
    (``afirm:ar`` -> afirma, afirmó, afirmaba, ...), a ``-`` class leaving out the present
    (a noun: "la denuncia"), or irregular forms written out after ``=``."""
    out: set[str] = set()
    for entry in spec.split():
        if "=" in entry:
            out.update(entry.split("=")[1].split(","))
            continue
        stem, cls = entry.split(":")
        skip_present = cls.startswith("-")
        for k, ending in enumerate(endings[cls.lstrip("-")]):
            if not (skip_present and k == 0):
                out.add(stem + ending)
    return out


_EN_VERBS = _en_forms(
    "*say/said *tell/told *write/wrote/written *add *explain note *insist *argue *warn stress "
    "*ask state claim comment continue reply respond answer *admit/admitted concede confirm "
    "share *suggest *acknowledge *declare announce describe *urge tweet -post quip/quipped "
    "joke conclude *agree lament *complain *recall remark observe emphasise emphasize "
    "*maintain -report recount characterise characterize -call vow pledge promise *predict "
    "reflect mention *reveal *assert *contend counter retort reiterate caution underline "
    "underscore highlight muse wonder exclaim shout whisper yell murmur sigh boast plead "
    "demand *deny estimate testify specify summarise summarize concur/concurred accuse "
    "*allege criticise criticize praise confide confess elaborate recollect blast "
    "slam/slammed fume scoff snap/snapped interject proclaim *assure advise inform "
    "*recommend *propose remind *speculate opine disclose hint *imply *indicate threaten "
    "swear/swore/sworn reassure posit bemoan decry deplore denounce *condemn applaud "
    "grumble mutter enthuse narrate rebut/rebutted clarify"
)
_DE_VERBS = _de_forms(
    "sag erklär beton mein ergänz bericht+ warn kritisier forder erzähl bestätig antwort+ "
    "frag kommentier schimpf protestier urteil notier behaupt+ bezeichn+ mahn appellier "
    "versicher beklag begründ+ resümier bilanzier spöttel twitter bekräftig verkünd+ "
    "wünsch zitier kündig stell teil führ schick klag lob bemerk bemängel beteuer "
    "entgegn+ erwider folger konter mutmaß prophezei präzisier rechtfertig+ schilder "
    "jubel seufz flüster vermut+ argumentier insistier reagier formulier räum merk äußer "
    "erinner fass plädier signalisier warn postet "
    "schreiben=schreibt,schrieb,schrieben sprechen=spricht,sprach,sprachen "
    "nennen=nennt,nannte,nannten empfehlen=empfiehlt,empfahl verweisen=verweist,verwies "
    "heißen=heißt,hieß lassen=lässt,ließ,ließen werfen=wirft,warf rufen=ruft,rief,riefen "
    "unterstreichen=unterstreicht,unterstrich beschreiben=beschreibt,beschrieb "
    "gestehen=gesteht,gestand heben=hebt,hob weisen=weist,wies schreien=schreit,schrie "
    "sehen=sieht,sah finden=findet,fand betonen=betont,betonte"
)
_FR_ENDINGS = {"er": ("e", "é", "a", "ait", "ent", "aient")}
_FR_VERBS = _romance_forms(
    "déclar:er affirm:er expliqu:er soulign:er confi:er estim:er argument:er ajout:er "
    "précis:er indiqu:er racont:er assur:er insist:er lanc:er regrett:er rapport:er "
    "annonc:-er confirm:er dénonc:er fustig:er comment:er tweet:er not:-er observ:er "
    "menac:er plaid:er témoign:er déplor:er salu:er résum:er détaill:er ironis:er "
    "tranch:er gliss:er demand:-er partag:er exprim:er signal:er mentionn:er avanc:-er "
    "constat:er souhait:er tacl:er rétorqu:er répliqu:er nuanc:er félicit:er alert:er "
    "raill:er confess:er interpell:er accus:-er jug:er "
    "répéter=répète,répété,répéta,répétait rappeler=rappelle,rappelé,rappela,rappelait "
    "marteler=martèle,martelé,martela relever=relève,relevé,releva "
    "inquiéter=inquiète,inquiété dire=dit,disait,disent,disaient "
    "écrire=écrit,écrivait,écrivent reconnaître=reconnaît,reconnu,reconnaissait "
    "admettre=admet,admis,admettait prévenir=prévient,prévenu,prévenait "
    "poursuivre=poursuit,poursuivi,poursuivait répondre=répond,répondu,répondait "
    "conclure=conclut,conclu réagir=réagit,réagi soutenir=soutient,soutenu,soutenait "
    "promettre=promet,promis avertir=avertit,averti convenir=convient,convenu "
    "maintenir=maintient,maintenu décrire=décrit,décrivait interroger=interrogé "
    "réjouir=réjouit,réjoui",
    _FR_ENDINGS,
)
_ES_ENDINGS = {"ar": ("a", "ó", "aba", "aron", "an", "ado"),
               "er": ("e", "ió", "ía", "ieron", "en", "ido"),
               "ir": ("e", "ió", "ía", "ieron", "en", "ido")}
_ES_VERBS = _romance_forms(
    "afirm:ar declar:ar explic:ar asegur:ar señal:ar espet:ar zanj:ar rememor:ar ironiz:ar "
    "desliz:ar abund:ar contest:ar replic:ar indic:ar apunt:ar subray:ar destac:ar "
    "lament:ar critic:ar denunci:ar anunci:ar coment:ar relat:ar agreg:ar precis:ar "
    "detall:ar expres:ar sentenci:ar confirm:ar recalc:ar reafirm:ar reiter:ar opin:ar "
    "valor:ar argument:ar aclar:ar narr:ar alert:-ar resalt:ar pregunt:-ar inform:ar "
    "avis:ar ratific:ar insinu:ar matiz:ar enfatiz:ar reclam:ar añad:ir insist:ir "
    "admit:ir respond:er escrib:ir "
    "confesar=confesó,confiesa manifestar=manifestó,manifiesta recordar=recordó,recuerda "
    "sugerir=sugirió,sugiere advertir=advirtió,advierte,advertía "
    "sostener=sostuvo,sostiene,sostenía reconocer=reconoció,reconoce,reconocía "
    "defender=defendió,defiende,defendía decir=dijo,dice,dijeron,dicen,decía,dicho "
    "concluir=concluyó,concluye contar=contó exponer=expuso,expone pedir=pidió "
    "mantener=mantuvo,mantiene prometer=prometió,promete escribir=escrito",
    _ES_ENDINGS,
)
_IT_ENDINGS = {"are": ("a", "ato", "ò", "ava", "ano", "ata")}
_IT_VERBS = _romance_forms(
    "dichiar:are spieg:are afferm:are sottoline:are raccont:are conferm:-are "
    "comment:are annunci:are osserv:are precis:-are rimarc:are replic:-are denunci:-are "
    "rivel:are ricord:are twitt:are evidenzi:are avvis:are lament:are puntualizz:are "
    "incalz:are sentenzi:are tuon:are attacc:are assicur:are rilev:are annot:are "
    "dire=dice,detto,disse,diceva,dicono aggiungere=aggiunge,aggiunto,aggiunse "
    "ammettere=ammette,ammesso,ammise concludere=conclude,concluso,concluse "
    "rispondere=risponde,risposto,rispose scrivere=scrive,scritto,scrisse,scriveva "
    "sostenere=sostiene,sostenuto,sostenne ribadire=ribadisce,ribadito "
    "definire=definisce,definito,definita avvertire=avverte,avvertito "
    "insistere=insiste,insistito chiarire=chiarisce,chiarito riferire=riferisce,riferito "
    "promettere=promette,promesso garantire=garantisce,garantito esordire=esordisce,esordito",
    _IT_ENDINGS,
)
_PT_ENDINGS = {"ar": ("a", "ou", "ava", "aram", "ado")}
_PT_VERBS = _romance_forms(
    "afirm:ar declar:ar explic:ar acrescent:ar sublinh:ar salient:ar adiant:ar "
    "sustent:ar fris:ar assegur:ar destac:ar lembr:ar alert:-ar contest:ar coment:ar "
    "confirm:ar relat:ar ressalv:ar reforç:ar question:ar avis:ar pergunt:-ar indic:ar "
    "anunci:ar cont:-ar "
    "dizer=disse,diz,dizia,disseram,dito defender=defendeu,defende escrever=escreveu,escreve "
    "responder=respondeu,responde referir=referiu,refere garantir=garantiu,garante "
    "admitir=admitiu,admite advertir=advertiu,adverte concluir=concluiu,conclui "
    "insistir=insistiu,insiste reconhecer=reconheceu,reconhece prometer=prometeu",
    _PT_ENDINGS,
)
_NL_VERBS = frozenset(
    ["zegt", "zei", "zeiden", "zeggen", "gezegd", "vertelt", "vertelde", "verklaart",
     "verklaarde", "schrijft", "schreef", "benadrukt", "benadrukte", "stelt", "stelde", "liet",
     "antwoordt", "antwoordde", "waarschuwt", "waarschuwde", "vraagt", "vroeg", "meldt",
     "meldde", "reageert", "reageerde", "erkent", "erkende", "beweert", "beweerde", "voegt",
     "voegde", "roept", "riep", "vindt", "vond"]
)
# Reporting verbs of more languages, compiled for this module like the lists above from each
# language's grammar of reported speech: the verbs of saying, telling, adding, stressing,
# explaining, answering, asking, writing, admitting and warning that news text uses for
# attribution, in the third person forms it uses (present and past; the past of each gender
# and number where the past agrees with its subject).
def _words(spec: str) -> list[str]:
    """The words of a list written as one string (a language's verb forms)."""
    return spec.split()


_NORDIC_VERBS = frozenset(_words(
    # Danish
    "siger sagde fortæller fortalte forklarer forklarede tilføjer tilføjede understreger "
    "understregede mener mente svarer svarede skriver skrev udtaler udtalte påpeger "
    "påpegede spørger spurgte udbryder udbrød fastslår fastslog vurderer vurderede "
    "konstaterer konstaterede erkender erkendte uddyber uddybede indrømmer indrømmede "
    "advarer advarede beretter berettede fremhæver fremhævede bemærker bemærkede "
    "fortsætter fortsatte oplyser oplyste meddeler meddelte bekræfter bekræftede slutter "
    "sluttede griner grinede smiler smilede sukker sukkede "
    # Norwegian (bokmål)
    "sier forteller forklarte legger understreker understreket svarte uttaler uttalte "
    "påpeker påpekte spør spurte konstaterte innrømmer innrømmet advarte tilføyer tilføyde "
    "fremhever fremhevet utdyper utdypet bekrefter bekreftet opplyser opplyste "
    # Swedish
    "säger sade berättar berättade förklarar förklarade tillägger tillade understryker "
    "underströk menar menade svarar svarade konstaterar påpekar påpekade frågar frågade "
    "betonar betonade uppger uppgav hävdar hävdade medger medgav varnar varnade bekräftar "
    "bekräftade anser ansåg "
    # Icelandic
    "segir sagði sögðu segja segist sagðist kveðst kvaðst kvað bætir bætti útskýrir "
    "útskýrði svarar svaraði spyr spurði skrifar skrifaði lýsir lýsti bendir benti "
    "viðurkennir viðurkenndi telur taldi áréttar áréttaði "
    # Finnish
    "sanoo sanoi sanovat sanoivat kertoo kertoi kertovat kertoivat toteaa totesi lisäsi "
    "korostaa korosti muistuttaa muistutti huomauttaa huomautti painottaa painotti arvioi "
    "arvioivat kommentoi vastasi kirjoittaa kirjoitti selittää selitti myöntää myönsi "
    "vakuuttaa vakuutti varoittaa varoitti kysyy kysyi jatkaa jatkoi tiivistää tiivisti "
    "perustelee perusteli"
))


def _past_forms(spec: str, endings: tuple[str, ...]) -> set[str]:
    """Slavic: a past stem takes the past's endings of gender and number (Polish ``doda``:
    dodał, dodała, dodali, dodały); forms after ``/`` (the present, an irregular past) are
    written out (``doda/dodaje``)."""
    out: set[str] = set()
    for entry in spec.split():
        stem, _, more = entry.partition("/")
        if stem:
            out.update(stem + e for e in endings)
        out.update(w for w in more.split(",") if w)
    return out


_SLAVIC_VERBS = frozenset(
    _past_forms(  # Polish
        "powiedzia mówi/mówi,mówią doda/dodaje stwierdzi/stwierdza podkreśli/podkreśla "
        "zaznaczy/zaznacza oświadczy/oświadcza napisa/pisze pisa przekaza/przekazuje "
        "oceni/ocenia wyjaśni/wyjaśnia tłumaczy/tłumaczy przyzna/przyznaje "
        "zapowiedzia/zapowiada ostrzeg/ostrzega zauważy/zauważa wskaza/wskazuje "
        "argumentowa/argumentuje przekonywa/przekonuje zapewni/zapewnia "
        "odpowiedzia/odpowiada zapyta/pyta relacjonowa/relacjonuje skomentowa/komentuje "
        "komentowa twierdzi/twierdzi uważa/uważa zadeklarowa/deklaruje "
        "poinformowa/informuje poda/podaje przypomnia/przypomina zaapelowa/apeluje "
        "oznajmi ogłosi/ogłasza podsumowa/podsumowuje wspomnia/wspomina "
        "skrytykowa/krytykuje przestrzeg/przestrzega zażartowa",
        ("ł", "ła", "li", "ły"),
    )
    | _past_forms(  # Czech
        "řek/říká uved/uvádí doda/dodává prohlási/prohlašuje sděli/sděluje napsa/píše "
        "vysvětli/vysvětluje upozorni/upozorňuje zdůrazni/zdůrazňuje podotk/podotýká "
        "konstatova/konstatuje potvrdi/potvrzuje odpovědě/odpovídá poznamena/poznamenává "
        "popsa/popisuje doplni/doplňuje tvrdi/tvrdí míni/míní připusti/připouští "
        "hodnoti/hodnotí oznámi/oznamuje varova/varuje říka dodáva citova/cituje "
        "zepta/ptá reagova/reaguje přizna/přiznává ujisti/ujišťuje uzavře/uzavírá",
        ("l", "la", "li", "ly"),
    )
    | _past_forms(  # Slovak
        "poveda/hovorí hovori /uviedol,uviedla,uviedli,uvádza vyhlási/vyhlasuje "
        "napísa vysvetli/vysvetľuje zdôrazni/zdôrazňuje konštatova/konštatuje "
        "skonštatova potvrdi/potvrdzuje odpoveda/odpovedá poznamena/poznamenáva",
        ("l", "la", "li"),
    )
    | _past_forms(  # Russian
        "сказа/говорит,говорят заяви/заявляет отмети/отмечает добави/добавляет "
        "подчеркну/подчеркивает,подчёркивает поясни/поясняет рассказа/рассказывает "
        "сообщи/сообщает написа/пишет ответи/отвечает объясни/объясняет "
        "призна/признает,признаёт замети/замечает уточни/уточняет говори "
        "продолжи/продолжает спроси/спрашивает напомни/напоминает "
        "предупреди/предупреждает констатирова/констатирует завери/заверяет "
        "указа/указывает призва/призывает оцени/оценивает счита/считает "
        "возрази/возражает переда/передает,передаёт",
        ("л", "ла", "ли"),
    )
    | _past_forms(  # Ukrainian
        "сказа/каже,говорить заяви/заявляє зазначи/зазначає дода/додає "
        "наголоси/наголошує поясни/пояснює розпові/розповідає повідоми/повідомляє "
        "написа/пише відпові/відповідає підкресли/підкреслює говори вважа/вважає "
        "запита/питає нагада/нагадує попереди/попереджає запевни/запевняє уточни/уточнює",
        ("в", "ла", "ли"),
    )
)
_BALTIC_VERBS = frozenset(_words(
    # Lithuanian (the past has one form for every person)
    "sakė sako teigė teigia pasakojo pasakoja pridūrė priduria pabrėžė pabrėžia pažymėjo "
    "pažymi paaiškino aiškino aiškina rašė rašo parašė atsakė atsako kalbėjo tvirtino "
    "tvirtina pareiškė pareiškia klausė paklausė klausia tarė patikino perspėjo įspėjo "
    "komentavo akcentavo pastebėjo pastebi nurodė nurodo prisipažino kartojo "
    # Latvian
    "teica saka sacīja stāstīja stāsta norādīja norāda uzsvēra uzsver piebilda piebilst "
    "paskaidroja skaidroja skaidro rakstīja raksta atbildēja atbild apgalvoja apgalvo "
    "paziņoja paziņo atzina atzīst brīdināja brīdina uzskata atzīmēja atzīmē pauda pauž "
    "jautāja jautā secināja secina"
))
_OTHER_VERBS = frozenset(_words(
    # Hungarian (the definite conjugation that takes the quote as object)
    "mondta mondja mondták közölte közli közölték nyilatkozta nyilatkozott nyilatkozták "
    "hangsúlyozta hangsúlyozza írta írja fogalmazott fogalmaz magyarázta hozzátette "
    "kiemelte kijelentette válaszolta felelte kérdezte figyelmeztetett megjegyezte "
    "rámutatott kifejtette állította állítja vélte véli reagált értékelt tájékoztatott "
    "tájékoztatta leszögezte elismerte "
    # Romanian (present; the participle after "a"/"au": "a declarat")
    "spune spus declară declarat afirmă afirmat explică explicat adaugă adăugat precizează "
    "precizat subliniază subliniat transmis transmite scrie scris menționat menționează "
    "arătat arată răspuns răspunde comentat comentează avertizat avertizează susține "
    "susținut consideră considerat întrebat concluzionat recunoscut recunoaște anunțat "
    "anunță insistat insistă mărturisit povestit povestește relatat apreciat apreciază "
    # Turkish (past in -di, present in -iyor)
    "dedi dediler diyor söyledi söylediler söylüyor belirtti belirtiyor açıkladı açıklıyor "
    "kaydetti vurguladı vurguluyor ekledi anlattı anlatıyor bildirdi aktardı konuştu "
    "yanıtladı sordu uyardı hatırlattı savundu değerlendirdi "
    # Greek
    "είπε είπαν λέει λένε δήλωσε δήλωσαν δηλώνει ανέφερε ανέφεραν αναφέρει τόνισε τονίζει "
    "πρόσθεσε προσθέτει σημείωσε σημειώνει εξήγησε εξηγεί υπογράμμισε υπογραμμίζει έγραψε "
    "γράφει απάντησε απαντά υποστήριξε υποστηρίζει ρώτησε επισήμανε επισημαίνει "
    "παραδέχθηκε προειδοποίησε κατέληξε συμπλήρωσε ξεκαθάρισε διαμήνυσε σχολίασε "
    "υπενθύμισε επέμεινε"
))
# Scandinavian: "sa", "sier", "säger", "sagde", "siger" (also in the list above).
_REPORTING_VERBS = frozenset(
    _EN_VERBS | _DE_VERBS | _FR_VERBS | _ES_VERBS | _IT_VERBS | _PT_VERBS | _NL_VERBS
    | _NORDIC_VERBS | _SLAVIC_VERBS | _BALTIC_VERBS | _OTHER_VERBS
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
    "aldus": "aldus",
    "potrivit": "potrivit",
    "szerint": "szerint",
}
# Postpositions of that sense: the source stands before them ("Scholz zufolge", Hungarian
# "Orbán Viktor szerint").
_POSTPOSITIONS = frozenset(["zufolge", "szerint"])
# Opening a sentence with a full name and a comma, these give the view of that person.
_FOR_PREFIX = frozenset(["pour", "para", "per"])
_EN_PRONOUNS = frozenset(["he", "she", "they"])
_PRONOUNS = frozenset(
    ["he", "she", "they", "er", "sie", "il", "elle", "ils", "elles", "lui", "él", "ella", "lei", "egli", "hij", "zij", "han", "hon",
     # the third person subject pronouns of Danish and Norwegian, Icelandic, Finnish, Polish,
     # Czech and Slovak, Russian, Ukrainian, Lithuanian, Latvian, Hungarian, Romanian,
     # Portuguese and Greek (not those that are also common words of other languages:
     # "on", "el", "de", "o")
     "hun", "hann", "hún", "hän", "ona", "oni", "он", "она", "они", "він", "вона", "вони",
     "jis", "ji", "jie", "viņš", "viņa", "viņi", "ő", "ők", "ea", "ele", "ela",
     "αυτός", "αυτή", "αυτοί"]
)
# The singular ones, which may also follow an inverted verb of saying ("siger hun", "сказал он").
_INVERTED_PRONOUNS = frozenset(
    ["er", "sie", "he", "she", "il", "elle", "han", "hun", "hon", "hann", "hún", "hän", "он",
     "она", "він", "вона", "jis", "ji", "viņš", "viņa", "ő", "ea", "ele", "ela", "αυτός", "αυτή"]
)
_CONJ = frozenset(["und", "and", "et", "y", "e", "dann", "then", "puis",
                   # Danish, Norwegian, Icelandic; Swedish; Hungarian; Romanian; Turkish;
                   # Russian; Ukrainian; Lithuanian; Greek
                   "og", "och", "és", "și", "ve", "и", "і", "ir", "και"])
_ARTICLES = frozenset(
    ["the", "a", "an", "this", "that", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "dieser", "diese", "le", "la", "les", "l", "un", "une", "el", "los", "las", "il", "lo", "gli", "i", "una", "uno", "de", "del"]
)
_INDEFINITE = frozenset(
    ["a", "an", "ein", "eine", "einer", "eines", "einem", "einen", "un", "une", "una", "uno",
     "another", "someone", "somebody", "jemand", "quelqu'un", "alguien", "qualcuno"]
)
# Possessive determiners: a capitalised word after one is a common noun ("ihr Leben").
_DETERMINERS = frozenset(
    ["ihr", "sein", "mein", "dein", "unser", "euer", "kein", "keine", "jede", "jeder", "jedes",
     "his", "its", "their", "our", "my", "your", "son", "sa", "ses", "leur", "leurs", "notre",
     "su", "sus", "nuestro", "nuestra", "suo", "sua"]
)
_NOMINATIVE = frozenset(["the", "der", "die", "das", "le", "la", "il", "el", "lo", "l"])
_PREPOSITIONS = frozenset(
    ["In", "On", "At", "For", "With", "From", "By", "To", "Of", "After", "Before", "Im", "Am",
     "Auf", "Für", "Mit", "Nach", "Vor", "Bei", "Von", "Zu", "Vom", "Zum", "Zur", "Beim", "Den", "Dem", "Des", "Einen", "Einem", "Einer", "Eines",
     "Diesen", "Diesem", "Dessen", "Deren", "Jetzt", "Da", "Dort", "Hier", "So", "Wenn",
     "Über", "Unter", "Gegen", "Gegenüber", "Seit", "Durch", "Ohne", "Um", "Aus", "En", "Dans",
     "Pour", "Sur", "Avec", "Con", "Por", "Para", "Nel", "Per", "Dopo",
     # Romance prepositions that open a sentence ("Desde la Plataforma aseguran")
     "Desde", "Hasta", "Tras", "Ante", "Entre", "Sobre", "Bajo", "Durante", "Hacia",
     "Chez", "Contre", "Après", "Avant", "Vers", "Sous", "Malgré", "Parmi", "Dalla", "Dal",
     "Nella", "Sulla", "Tra", "Fra", "Verso", "Contro", "Em", "Com", "Sem"]
)
_LOWER_PREPOSITIONS = frozenset(
    ["in", "im", "am", "an", "auf", "für", "mit", "nach", "vor", "bei", "von", "vom", "zum",
     "zur", "beim", "über", "unter", "gegen", "gegenüber", "seit", "durch", "ohne", "um", "aus",
     "dem", "den", "seine", "seiner", "seinem", "ihre", "ihrer", "ihrem", "unsere", "of", "at",
     "on", "for", "with", "from", "by", "to", "en", "dans", "pour", "sur", "avec", "con", "por",
     "para", "nel", "per", "del", "della", "al", "à", "au", "aux", "zwei", "drei", "vier"]
)
# Determiners and numerals among the words above: a role after them is still a role.
_DECLINED = frozenset(["dem", "den", "seine", "seiner", "seinem", "ihre", "ihrer", "ihrem",
                       "unsere", "zwei", "drei", "vier"])
_PARTICLES = frozenset(
    ["von", "van", "de", "du", "da", "di", "del", "della", "dos", "al", "bin", "ibn", "ben", "ter",
     "ten", "dei", "degli", "mac", "mc"]
)
# Articles that follow a particle inside a name: "von der Leyen", "van den Berg", "de la Fuente".
_PARTICLE_ARTICLES = frozenset(["der", "den", "de", "la", "le", "las", "los", "lo", "l"])
# Particles that may open a name when capitalised ("dice Von der Leyen", "Le Pen", "Di Maio");
# mid-sentence only, since most are also words that open a sentence ("Von Berlin aus", "La
# Commission"), but for those that are never anything else ("Van Gaal", "Mac Lochlainn").
_CAP_PARTICLES = _PARTICLES | frozenset(["le", "la", "el"])
_PARTICLES_ANYWHERE = frozenset(["van", "mac", "mc", "ibn", "bin", "ter", "ten", "della", "degli"])
_NAME_LINKS = _PARTICLES | _PARTICLE_ARTICLES
_TITLE_WORDS = frozenset(
    [# abbreviated and military, police and council ranks ("Cllr Werner", "Comandante
     # Roberti", "L'Appuntato Ricco", "Det Sgt Jones")
     "superintendent", "supt", "garda", "constable", "detective", "landwirt", "landwirtin",
     "cllr", "cr", "det", "sgt", "insp", "const", "lt", "capt", "col", "gen", "maj",
     "cpl", "pvt", "gov", "sen", "rep", "hon", "comandante", "appuntato", "maresciallo",
     "brigadiere", "tenente", "capitano", "colonnello", "commissario", "ispettore",
     "l'appuntato", "l’appuntato", "l'ispettore", "l’ispettore", "l'assessore", "l’assessore",
     "assessore", "consigliere", "onorevole", "prefetto", "questore", "vescovo",
     "mr", "mrs", "ms", "dr", "prof", "sir", "lord", "lady", "dame", "king", "queen", "pope", "president", "prime", "minister", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "director", "leader", "senator", "governor", "mayor", "general", "admiral", "rear", "vice", "colonel", "captain", "coach", "deputy", "former", "ex", "defence", "defense", "foreign", "interior", "finance", "state", "federal", "chairman", "chairwoman", "chair", "ceo", "founder", "professor", "judge", "justice", "commissioner", "ambassador", "sheriff", "officer", "inspector", "sergeant", "manager", "executive", "analyst", "economist", "researcher", "expert", "editor", "correspondent", "reporter", "herr", "frau", "m", "mme", "madame", "monsieur", "señor", "señora", "signor", "signora", "don", "doña", "bundeskanzler", "kanzler", "kanzlerin", "minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "chef", "chefin", "trainer", "trainerin", "bürgermeister", "bürgermeisterin", "staatssekretär", "generalsekretär", "generalsekretärin", "vorsitzende", "vorsitzender", "abgeordnete", "abgeordneter", "arzt", "ärztin", "autor", "autorin", "premier", "ministre", "président", "présidente", "porte-parole", "secrétaire", "directeur", "directrice", "presidente", "ministro", "ministra", "portavoz", "premier",
     # roles of business, politics and the law in the Romance languages and English
     "pdg", "dg", "cfo", "coo", "cto", "patron", "patronne", "responsable", "adjoint",
     "adjointe", "fondateur", "fondatrice", "cofondateur", "dirigeant", "dirigeante", "maire",
     "député", "députée", "sénateur", "sénatrice", "avocat", "avocate", "procureur",
     "procureure", "chercheur", "chercheuse", "économiste", "analyste", "conseiller",
     "conseillère", "délégué", "déléguée", "entraîneur", "sélectionneur", "capitaine",
     "director", "directora", "presidenta", "consejero", "consejera", "alcalde", "alcaldesa",
     "jefe", "jefa", "secretario", "secretaria", "diputado", "diputada", "senador",
     "senadora", "abogado", "abogada", "delegado", "delegada", "vicepresidente",
     "vicepresidenta", "canciller", "concejal", "concejala", "entrenador", "seleccionador",
     "sindaco", "direttore", "direttrice", "amministratore", "segretario", "segretaria",
     "deputato", "deputata", "senatore", "senatrice", "portavoce", "avvocato", "assessore",
     "procuratore", "allenatore", "diretor", "diretora", "porta-voz", "secretário",
     "deputada", "prefeito", "governador", "adviser", "advisor", "lawyer", "attorney",
     "prosecutor", "commander", "councillor", "councilor", "boss", "president-elect"]
)
# Nouns for a body that speaks as one: "rapporte le ministère russe de la Défense", "the
# police said", "según el ayuntamiento".
_INSTITUTIONS = frozenset(
    ["ministère", "ministerio", "ministero", "ministério", "ministry", "gouvernement",
     "gobierno", "governo", "government", "police", "policía", "polizia", "polícia", "armée",
     "ejército", "esercito", "army", "military", "présidence", "presidencia", "presidenza",
     "presidência", "parquet", "fiscalía", "procura", "tribunal", "court", "commission",
     "comisión", "commissione", "ayuntamiento", "mairie", "comune", "préfecture", "agence",
     "agencia", "agenzia", "agency", "département", "department", "autorité", "autoridad",
     "autorità", "authority", "authorities", "autoridades", "autorités", "institut",
     "instituto", "istituto", "institute", "organisation", "organización", "organizzazione",
     "organization", "compagnie", "société", "entreprise", "empresa", "azienda", "company",
     "groupe", "grupo", "gruppo", "banque", "banco", "banca", "bank", "conseil", "consejo",
     "consiglio", "council", "syndicat", "sindicato", "sindacato", "union", "parti", "partido",
     "partito", "party", "fédération", "federación", "federazione", "federation",
     "association", "asociación", "associazione", "associação", "club", "hôpital",
     "hospital", "ospedale", "université", "universidad", "università", "university",
     "ambassade", "embajada", "ambasciata", "embassy", "régime", "régimen", "regime",
     "junta", "ong", "ngo", "fondation", "fundación", "fondazione", "foundation"]
)
# Words that join a body's name to its head noun: "ministère de la Défense", "Ministry of".
_GENITIVES = frozenset(["de", "du", "des", "la", "l", "d", "of", "the", "del", "de", "della",
                        "dello", "dei", "degli", "delle", "di", "do", "da", "dos", "das",
                        "los", "las", "el"])
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
    "ologe", "ologin", "mediziner", "medizinerin", "ökonom", "ökonomin",
)
_STOP_CAPS = frozenset(
    ["À", "Às", "Ao", "Aos", "Où", "Après", "Avec", "Sans", "Selon", "Pendant",
     "The", "A", "An", "In", "On", "At", "For", "And", "But", "Or", "So", "If", "When", "While", "As", "After", "Before", "Since", "Because", "Yet", "Der", "Die", "Das", "Ein", "Eine", "Und", "Aber", "Oder", "Im", "In", "Am", "Auf", "Für", "Mit", "Nach", "Vor", "Bei", "Von", "Zu", "Als", "Wenn", "Dass", "Doch", "Auch", "Nur", "Noch", "Schon", "Dann", "Denn", "Es", "Er", "Sie", "Wir", "Ich", "Man", "Le", "La", "Les", "Un", "Une", "Et", "Mais", "Il", "Elle", "Ils", "El", "Los", "Las", "Y", "Pero", "Lo", "I", "Gli", "Ma", "Non", "Se", "He", "She", "They", "We", "It", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "Mr", "Mrs", "Ms", "Vom", "Zum", "Zur", "Beim", "Den", "Dem", "Des", "Einen", "Einem", "Einer", "Eines",
     "Diesen", "Diesem", "Dessen", "Deren", "Jetzt", "Da", "Dort", "Hier", "So", "Wenn", "Ins", "Aus", "Über", "Unter", "Gegen", "Laut", "Wie", "Was", "Wer", "Warum", "Wo", "Nun", "Jetzt", "Heute", "Gestern", "Seit", "Bis", "Durch", "Ohne", "Um", "Viele", "Alle", "Einige", "Mehr", "Dabei", "Daher", "Deshalb", "Trotzdem", "Zudem", "Außerdem", "Zwar", "Damit", "Sein", "Seine", "Ihr", "Ihre", "Dieser", "Diese", "Dieses", "Jeder", "Jede", "Zwei", "Drei", "Vier", "Fünf", "Regarding", "Many", "Some", "All", "Other", "With", "From", "By", "To", "Of", "Not", "There", "Here", "What", "Who", "How", "Why", "Then", "Now", "Today", "Yesterday", "Con", "Por", "Para", "Nel", "Per", "Des", "Sur", "Dans", "Pour", "Au", "Aux",
     "Desde", "Hasta", "Tras", "Ante", "Entre", "Sobre", "Bajo", "Durante", "Hacia", "Chez",
     "Contre", "Après", "Avant", "Vers", "Sous", "Malgré", "Parmi", "Dalla", "Dal", "Nella",
     "Sulla", "Tra", "Fra", "Verso", "Contro", "Em", "Com", "Sem",
     # Romance quantifiers and demonstratives ("Algunos Estados miembros quieren")
     "Algunos", "Algunas", "Muchos", "Muchas", "Varios", "Varias", "Todos", "Todas", "Otros",
     "Otras", "Cada", "Ningún", "Ninguna", "Este", "Esta", "Estos", "Estas", "Ese", "Esa",
     "Esos", "Esas", "Alcuni", "Alcune", "Molti", "Molte", "Tutti", "Tutte", "Altri", "Ogni",
     "Questo", "Questa", "Questi", "Quel", "Quella", "Certains", "Certaines", "Plusieurs",
     "Tous", "Toutes", "Chaque", "Aucun", "Aucune", "Ce", "Cet", "Cette", "Ces", "Alguns",
     "Algumas", "Muitos", "Muitas", "Outros", "Vários", "Várias", "Cada"]
)

# Days, months and other time words: never a speaker ("X said Wednesday", "am Montag").
_TIME_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "today", "yesterday", "tomorrow", "tonight",
     "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
     "sonntag", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober",
     "dezember", "heute", "gestern", "morgen", "vormittag", "nachmittag", "abend",
     "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
     "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
     "novembre", "décembre", "aujourd'hui", "hier", "demain",
     "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero",
     "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "setiembre", "octubre", "noviembre", "diciembre", "hoy", "ayer", "mañana",
     "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
     "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
     "dicembre", "oggi", "ieri", "domani",
     "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
     "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
     "dezembro", "ontem", "amanhã", "maandag", "dinsdag", "woensdag", "donderdag",
     "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart", "mei", "juni", "juli",
     "augustus", "oktober", "gisteren", "vandaag",
     # German time phrases before a month: "Anfang März", "Mitte Mai", "Ende Juni"
     "anfang", "mitte", "ende"]
)
_WORD_RE = re.compile(r"[^\W\d_](?:\w|[-'’.](?=\w))*|\d(?:\w|[.,:\-](?=\d))*|\S")
_T_PRONOUN_RE = re.compile(r"-t-(il|elle|ils|elles|on)\b|-(il|elle|ils|elles)\b", re.IGNORECASE)


def _is_cap(tok: str) -> bool:
    return bool(tok) and tok[0].isupper()


# Subordinating conjunctions that open a sentence before a name: "Obwohl Liat und …".
_SUBORDINATORS = frozenset(
    ["Obwohl", "Obgleich", "Obschon", "Weil", "Während", "Nachdem", "Sobald", "Bevor",
     "Falls", "Sofern", "Solange", "Seitdem", "Indem", "Wobei", "Sodass", "Ob", "Although",
     "Though", "Whereas", "Unless", "Once", "Lorsque", "Quand", "Puisque", "Aunque",
     "Cuando", "Porque", "Mientras", "Sebbene", "Benché", "Quando", "Mentre", "Embora",
     "Enquanto", "Hoewel", "Terwijl"]
)
# Possessive determiners that open a sentence before a noun: "Unsere Wächter sagten …".
_POSSESSIVES = frozenset(
    ["Unser", "Unsere", "Unserer", "Unseren", "Unserem", "Mein", "Meine", "Meiner", "Meinen",
     "Meinem", "Dein", "Deine", "Euer", "Eure", "Seinen", "Seiner", "Seinem", "Ihren", "Ihrem",
     "Ihrer", "Notre", "Nos", "Mon", "Mes", "Nuestro", "Nuestra", "Nuestros", "Nuestras",
     "Nostro", "Nostra", "Nostri", "Nosso", "Nossa"]
)


def _stop(tok: str) -> bool:
    """A capitalised word that never starts or extends a name: a listed function word or
    time word, or a word the article itself shows is no name (:func:`_name_evidence`)."""
    return tok in _STOP_CAPS or tok in _SUBORDINATORS or tok in _POSSESSIVES or tok in _PREPOSITIONS or (
        tok.lower() in _TIME_WORDS and tok.lower() not in _NAME_MONTHS) or tok in _NOT_NAMES.get()


# The capitalised words of the article being read that its own text shows are no names
# (set by :func:`extract_quotes_from_paragraphs` for the length of one call).
_NOT_NAMES: ContextVar[frozenset[str]] = ContextVar("_NOT_NAMES", default=frozenset())
# Two capitals that are a first name's initials in this article ("JD Vance"), not an acronym.
_INITIALS: ContextVar[frozenset[str]] = ContextVar("_INITIALS", default=frozenset())


# Months that are also names ("Theresa May", "June Carter"): they may stand in a name of
# two words or more, never alone.
_NAME_MONTHS = frozenset(["may", "june", "april", "august"])


def _affiliation(tok: str) -> bool:
    """A role compound led by a party's or body's acronym: "CDU-Kontrahent", "AfD-Spitzenmann",
    "MDR-Zuschauerin" (not a double name such as "Marie-Agnes" or "Holland-Moritz")."""
    head, sep, tail = tok.partition("-")
    return bool(sep) and sum(c.isupper() for c in head) >= 2 and head.isalpha() \
        and tail[:1].isupper() and tail.isalpha() and any(c.islower() for c in tail)


def _is_title(tok: str) -> bool:
    low = tok.lower().rstrip(".")
    if low in _TITLE_WORDS:
        return True
    last = low.rsplit("-", 1)[-1]
    if last in _TITLE_WORDS:
        return True
    if last != low and last.endswith(_COMPOUND_ROLE_ENDS):
        return True  # a compound of a role is a role: "NBC-Co-Kommentator", "NBA-Champion"
    return any(low.endswith(s) for s in _TITLE_SUFFIXES)


# Endings of agent and rank nouns that make a hyphenated compound a role ("NBC-Co-Kommentator",
# "ZDF-Moderatorin", "NBA-Champion"); a compound's last part only, so that a double name
# ("Gilgeous-Alexander") is never read as one.
_COMPOUND_ROLE_ENDS = ("ator", "atorin", "champion", "championne", "reporter", "reporterin")


@dataclass
class _Tok:
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def _particle_head(toks: list[_Tok], j: int) -> int:
    """The name word after the particle at ``toks[j]`` and an article after it ("von der
    Leyen", "de la Fuente", "Van Gaal"), or -1."""
    if not (0 <= j < len(toks)) or toks[j].text.lower() not in _CAP_PARTICLES:
        return -1
    k = j + 1
    article = False
    if k < len(toks) and toks[k].text in _PARTICLE_ARTICLES and \
            toks[j].text.lower() in _PARTICLES:
        k += 1
        article = True
    if k < len(toks) and _is_cap(toks[k].text) and toks[k].text[0].isalpha() \
            and not _stop(toks[k].text) and toks[k].text.lower() not in _CAP_PARTICLES:
        if article and (toks[k].text.lower().endswith(_NOUN_ENDINGS) or _is_title(toks[k].text)
                        or (k + 1 < len(toks) and _is_cap(toks[k + 1].text))):
            return -1  # an affiliation: "Johanna Baehr von der Universität Hamburg"
        return k
    return -1


def _cap_particle(toks: list[_Tok], j: int) -> int:
    """The name word after a capitalised particle that opens a name at ``toks[j]``
    ("dice Von der Leyen", "selon Le Pen"), or -1: mid-sentence, or a particle that is
    never an ordinary word."""
    t = toks[j].text
    if not _is_cap(t) or t.lower() not in _CAP_PARTICLES:
        return -1
    mid = j > 0 and (toks[j - 1].text[:1].isalpha() or toks[j - 1].text == ",")
    if not mid and t.lower() not in _PARTICLES_ANYWHERE:
        return -1
    return _particle_head(toks, j)


_SUSPENDED_NEXT = frozenset([",", "und", "oder", "bzw", "sowie", "and", "or", "en", "of"])


def _truncated(toks: list[_Tok], j: int) -> bool:
    """Whether ``toks[j]`` is the first part of a suspended compound, no name: "Gesundheits-"
    in "Gesundheits-, Sozial- und Integrationsdirektor"."""
    return j + 2 < len(toks) and toks[j + 1].text == "-" and toks[j + 1].start == toks[j].end \
        and toks[j + 2].text.lower() in _SUSPENDED_NEXT


# Two-letter initials of first names ("Ch. Parisas", "Th. Mann"); one capital is an initial too.
_DIGRAPH_INITIALS = frozenset(["Ch", "Th", "Sh", "Zh", "Dž", "Sz", "Cz", "Gy", "Ts"])


def _initial(tok: str) -> bool:
    # (not a title's abbreviation: French "M. Macron" is "Monsieur Macron")
    return ((len(tok) == 1 and tok.isupper()) or tok in _DIGRAPH_INITIALS) and not _is_title(tok)


def _name_run(toks: list[_Tok], i: int, direction: int) -> tuple[int, int] | None:
    """The run of name words that begins (direction 1) or ends (direction -1) at ``toks[i]``.

    Particles join the words around them ("Ursula von der Leyen"); a capitalised particle
    opens a name where :func:`_cap_particle` allows it ("dice Von der Leyen")."""
    if not (0 <= i < len(toks)) or not _is_cap(toks[i].text) or _truncated(toks, i):
        return None
    lo = hi = i
    step = direction
    j = i + step
    if _stop(toks[i].text) or toks[i].text.lower() in _CAP_PARTICLES:
        head = _cap_particle(toks, i) if step > 0 else -1
        if head < 0:
            if _stop(toks[i].text):
                return None
        else:
            hi = head
            j = head + 1
    while 0 <= j < len(toks) and abs(j - i) < 8:
        t = toks[j].text
        if t == "." and 0 < j < len(toks) - 1:
            # a first name's initial and its full stop: "J. Smith", Lithuanian "Ch. Parisas"
            ini, nxt = (hi, j + 1) if step > 0 else (j - 1, lo)
            if (j == hi + 1 if step > 0 else j == lo - 1) and _initial(toks[ini].text) \
                    and toks[ini].end == toks[j].start and _is_cap(toks[nxt].text) \
                    and not _stop(toks[nxt].text):
                if step > 0:
                    hi = j + 1
                else:
                    lo = j - 1
                j += 2 * step
                continue
            break
        if step > 0 and t.lower() in _CAP_PARTICLES and (head := _particle_head(toks, j)) >= 0 \
                and t.lower() in _PARTICLES:
            if head - j == 2 and hi > lo:
                break  # two names before "von der": an affiliation, "Jonas Weber von der Charité"
            hi = j = head  # "Ursula von der Leyen", "Pedro De la Fuente"
            j += 1
            continue
        if step < 0 and t[:1].isalpha() and t.lower() in _NAME_LINKS:
            start = j
            if t in _PARTICLE_ARTICLES and j - 1 >= 0 and toks[j - 1].text.lower() in _PARTICLES:
                start = j - 1
            if toks[start].text.lower() in _CAP_PARTICLES and _particle_head(toks, start) == j + 1:
                if _is_cap(toks[start].text):
                    if _cap_particle(toks, start) < 0:
                        break
                    lo = start  # "… dice Von der Leyen" read back from "Leyen"
                    j = start - 1
                    continue
                if start - 1 >= 0 and _is_cap(toks[start - 1].text) \
                        and not _stop(toks[start - 1].text) and not (
                            start < j and start - 2 >= 0 and _is_cap(toks[start - 2].text)
                            and not _stop(toks[start - 2].text)):
                    # "Ursula von der Leyen" read back (not "Jonas Weber von der Charité")
                    j = start - 1
                    continue
            break
        if _is_cap(t) and not _stop(t) and t[0].isalpha() and not _truncated(toks, j):
            if step > 0:
                hi = j
            else:
                lo = j
            j += step
            continue
        break
    if lo == hi and toks[lo].text.lower() in _TIME_WORDS:
        return None
    return lo, hi



def _name_runs(toks: list[_Tok]) -> Iterator[tuple[int, int]]:
    """Every run of name words in ``toks``, left to right, each after the one before."""
    k = 0
    while k < len(toks):
        run = _name_run(toks, k, 1)
        if run is None:
            k += 1
            continue
        yield run
        k = run[1] + 1


def _clean_name(toks: list[_Tok], lo: int, hi: int, text: str) -> str | None:
    """The name as written, leading titles and roles dropped; None for a role alone."""
    words = toks[lo : hi + 1]
    last_title = -1
    for k, t in enumerate(words):
        if _is_title(t.text) or (k < len(words) - 1 and _affiliation(t.text)):
            last_title = k
    words = words[last_title + 1 :]
    while len(words) > 1 and len(words[0].text) > 2 and words[0].text[1] in "'’" \
            and words[0].text[2:3].islower():
        words = words[1:]  # a noun with an elided article: "L’imprenditore George Lombardi"
    if len(words) >= 3 and words[0].text in _PARTICLES and all(
            _is_cap(w.text) for w in words[1:]):
        words = words[1:]  # a preposition before a full name: "von Boris Nadeschdin"
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
    unnamed: bool = False
    role: str | None = None  # a role phrase as written: "Moscow's defense minister"
    org: bool = False  # a body named with a definite article: "der Städtetag", "le Kremlin"
    hint: str | None = None  # the role words of a stand-in: "the coach", "le président russe"
    document: bool = False  # "heißt es in dem Bericht": the report named just before speaks


def _verb_at(toks: list[_Tok], i: int) -> str | None:
    t = toks[i].text
    low = t.lower()
    if t[:1].isupper() and i > 0 and toks[i - 1].text[:1].isalpha():
        return None  # a capitalised word inside a sentence is a name: "United States Reports"
    if low in _SPEECH_VERBS or low in _REPORTING_VERBS:
        return t
    m = _T_PRONOUN_RE.search(t)
    if m is not None and t[: m.start()].lower() in _SPEECH_VERBS | {"a", "ont", "avait"}:
        return t
    return None


def _role_before(toks: list[_Tok], k: int, lo_bound: int) -> bool:
    """Whether the name starting at ``toks[k]`` follows role words that begin the clause:
    "le président russe Vladimir Poutine", "Tajik foreign minister Sirojiddin Muhriddin"."""
    b = k - 1
    titled = False
    while b >= lo_bound and k - b <= 4 and toks[b].text[:1].isalpha() and \
            toks[b].text.lower() not in _LOWER_PREPOSITIONS:
        if toks[b].text.lower() in _ARTICLES:
            break
        titled = titled or _is_title(toks[b].text)
        b -= 1
    if not titled:
        return False
    if b < lo_bound:
        return True
    t = toks[b].text
    return t in {",", "§", ":", "—", "–"} or t.lower() in _NOMINATIVE


def _titled_run(toks: list[_Tok], lo: int, lo_bound: int) -> bool:
    """Whether a name run opens with a role noun that only adjectives and an article precede:
    "der russische Außenminister Sergej Lawrow", "la nouvelle Première ministre X"."""
    if not _is_title(toks[lo].text):
        return False
    b = lo - 1
    while b >= lo_bound and lo - b <= 3 and toks[b].text[:1].islower() and toks[b].text.isalpha() \
            and toks[b].text.lower() not in _NOMINATIVE | _LOWER_PREPOSITIONS | _CONJ:
        b -= 1
    return b < lo_bound or toks[b].text.lower() in _NOMINATIVE or toks[b].text in _CLAUSE_START


def _subject_before(toks: list[_Tok], v: int, text: str, lo: int = 0) -> _Who | None:
    """The speaker standing before the verb at ``toks[v]`` (``X said``, ``X, 58, told``)."""
    lo_arg = lo
    verb = toks[v].text
    imp = _impersonal(toks, v, text)
    if imp is not None:
        return imp
    j = v - 1
    # skip auxiliaries: "has said", "hat gesagt", "a déclaré", "ha detto"
    while j >= lo and toks[j].text.lower() in {"has", "had", "have", "hat", "a", "ha", "habe",
                                              "hatte", "also", "auch", "later", "then",
                                              # "Rubio ... l'ha poi definita", "ya dijo"
                                              "l'ha", "l’ha", "l'aveva", "l’aveva", "poi",
                                              "già", "anche", "ya", "también", "luego",
                                              # "Trump selbst sagte", "Trump himself said"
                                              "selbst", "himself", "herself",
                                              # "e incluso preguntó", "und sogar sagte"
                                              "incluso", "además", "inclusive", "même",
                                              "persino", "perfino", "sogar", "even"}:
        j -= 1
    if j < lo or toks[j].text == "§":
        return None
    t = toks[j].text
    if t.lower() in _PRONOUNS:
        return _Who(None, verb, stand_in=True)
    if t in {"Das", "Dies", "Dieses", "Es", "So"} and (j == lo or toks[j - 1].text in _CLAUSE_START) \
            and v + 1 < len(toks) and (toks[v + 1].text.lower() in _NOMINATIVE
                                       or _is_cap(toks[v + 1].text)):
        return None  # German verb-second: "Das sieht der Soldat Andrij anders" (read after)
    if t.lower() in _CONJ or (t == "," and verb.lower().endswith("ing") and verb[:1].islower()):
        # "Voigt bedankt sich ... und sagt dann", "Donna dismissed the idea, noting":
        # the sentence's subject
        for k in _subject_slots(toks, j):
            run = _name_run(toks, k, 1)
            if run is not None:
                name = _clean_name(toks, run[0], run[1], text)
                if name:
                    art = toks[run[0] - 1].text if run[0] > 0 else ""
                    org = art.lower() in _NOMINATIVE and _org_word(toks[run[1]].text, art)
                    return _Who(name, verb, org=org)
            if toks[k].text.lower() in _PRONOUNS:
                return _Who(None, verb, stand_in=True)
        for k in range(j - 1, max(lo, j - 25) - 1, -1):
            # "Doch der Außenminister Sergej Lawrow sieht … und erklärte": the subject of the
            # verb of saying before the conjunction
            if _verb_at(toks, k) is not None and toks[k].text.lower() not in _CONJ:
                prev = _subject_before(toks, k, text, lo)
                if prev is None or prev.name is None:
                    prev = _subject_after(toks, k, text)
                if prev is not None and prev.name is not None:
                    prev.verb = verb
                    return prev
                break
        return None
    if t == ")":  # "Heike Hofmann (SPD) sagte"
        j = _open_paren(toks, j) - 1
        if j < 0:
            return None
        t = toks[j].text
    if t == ",":
        # appositions end here ("Hayley Walsh, 42, a lecturer from Nottingham, said"): the
        # subject is the leftmost comma-separated chunk that ends in a name and does not
        # begin with a preposition (not "from Tynemouth, North Tyneside")
        return _apposed_subject(toks, j, text, lo, verb)
    body = _body_before(toks, j, lo, text)
    if body is not None:
        return _Who(body, verb, org=True)  # "la présidence française avait indiqué"
    if _common_subject(toks, j, v, lo):
        return _Who(None, verb, unnamed=True)  # "Local reporters have said"
    if v + 1 < len(toks) and toks[v + 1].text.lower() in _PRONOUNS and toks[v + 1].text[0].islower() \
            and not (toks[v + 1].text in _EN_PRONOUNS and _is_cap(t) and not _stop(t)):
        # "Über seine Freilassung sagte er" (not English "..., Mohamaddin said he had":
        # there the pronoun opens the reported clause and the name is the speaker)
        return _Who(None, verb, stand_in=True)
    if _fronted_phrase(toks, j, lo) and v + 1 < len(toks) and (
            _is_cap(toks[v + 1].text) or toks[v + 1].text.lower() in _NOMINATIVE):
        return None  # "In einer Stellungnahme für die Anhörung schreibt Komba": read after
    if _indefinite_np(toks, j, lo):
        return _Who(None, verb, unnamed=True)  # "Ein anderer Nutzer notierte", "a voice said"
    role = _possessive_role(toks, j, lo, text)
    if role is not None:
        return _Who(None, verb, role=role)  # "Moscow's defense minister said"
    run = _name_run(toks, j, -1)
    if run is not None and (person := _affiliated(toks, run[0], lo_arg, text)) is not None:
        return _Who(person, verb)  # "Carsten Brzeski von der Direktbank ING erklärt"
    if run is not None:
        lo, hi = run
        pt = toks[lo - 1].text if lo > 0 else ""
        owner = _role_owner(toks, lo, lo_arg, text)
        if owner is not None:
            return _Who(owner, verb)  # "Gabi Schwab, Schulleiterin der MS Egger-Lienz sagte"
        if pt.lower() in _NOMINATIVE and _org_word(toks[hi].text, pt) and (
                lo - 1 <= lo_arg or toks[lo - 2].text in _CLAUSE_START
                or toks[lo - 2].text.lower() in _CONJ):
            name = _clean_name(toks, lo, hi, text)
            if name:
                return _Who(name, verb, org=True)  # "der Städtetag NRW verweist", "the Kremlin said"
        if pt.lower() in _NOMINATIVE and hi == lo:
            return _Who(None, verb, stand_in=True, hint=toks[lo].text)  # "the coach said"
        if ((pt[:1].islower() and pt.lower() not in _NOMINATIVE and pt.lower() not in _CONJ)
                or pt in _PREPOSITIONS) and not _role_before(toks, lo, lo_arg) \
                and not _titled_run(toks, lo, lo_arg):
            return None  # an object or a phrase, not the subject: "Gegenüber dem RND sagte X"
        name = _clean_name(toks, lo, hi, text)
        if name:
            return _Who(name, verb)
        return _Who(None, verb, stand_in=True)
    if t.lower() in _ARTICLES or (j > 0 and toks[j - 1].text.lower() in _ARTICLES):
        return _Who(None, verb, stand_in=True, hint=t)
    return None


# More auxiliaries of compound tenses, skipped between a body and its verb ("la présidence
# avait indiqué"); conjunctions that open a clause whose subject may speak ("que el
# Ayuntamiento afirma").
_BODY_AUXILIARIES = frozenset(["avait", "avaient", "ont", "había", "han", "habían", "aveva",
                               "hanno", "avevano", "haben", "hatten", "hätten"])
_THAT = frozenset(["que", "dass", "daß", "that", "che"])
_PLURAL_ARTICLES = frozenset(["les", "los", "las", "i", "gli"])
_ROMANCE_ARTICLES = frozenset(["le", "la", "l", "el", "il", "lo"]) | _PLURAL_ARTICLES


def _body_before(toks: list[_Tok], j: int, lo: int, text: str) -> str | None:
    """A body named by a common noun as the subject ending at ``toks[j]``, right before
    its verb: a definite article, the head noun of an institution (``ministère``,
    ``Ayuntamiento``, German ``Außenministerium``) and its adjectives or genitive,
    opening its clause ("Hier, la présidence française avait indiqué", "dass das russische
    Außenministerium fordert", "que el Ayuntamiento afirma"). Given without the article,
    as written ("présidence française"); a role ("la fuente", "the police officer")
    is no body."""
    last = j
    while j > lo and toks[j].text.lower() in _BODY_AUXILIARIES:
        j -= 1
    for k in range(j, max(lo, j - 6) - 1, -1):
        word = toks[k].text
        art = k - 1
        while art > lo and k - art <= 2 and toks[art].text[:1].islower() \
                and toks[art].text.isalpha() and toks[art].text.lower() not in _ARTICLES:
            art -= 1  # German adjectives before the noun: "das russische Außenministerium"
        if art < lo or toks[art].text.lower() not in _NOMINATIVE | _PLURAL_ARTICLES:
            continue
        roman = toks[art].text.lower() in _ROMANCE_ARTICLES
        if art < k - 1 and roman:
            continue
        if not (word.lower() in _INSTITUTIONS or (_is_cap(word) and not roman and _org_word(
                word, toks[art].text))):
            continue
        before = toks[art - 1].text if art > lo else "§"
        if not (art == lo or before in _CLAUSE_START or before.lower() in _THAT
                or before.lower() in _CONJ):
            return None
        if not (j <= _body_end(toks, k) <= last) if roman else k != j:
            return None
        if any(_is_title(t.text) for t in toks[art + 1 : j + 1]):
            return None
        return text[toks[art + 1].start : toks[j].end]
    return None


_RELATIVES = frozenset(["who", "which", "that", "whose", "der", "die", "das", "qui", "que",
                        "quien", "che", "cui"])


def _common_subject(toks: list[_Tok], j: int, v: int, lo: int) -> bool:
    """Whether the subject ending at ``toks[j]`` before the verb ``toks[v]`` names no one:
    a bare plural ("Local reporters have said") or a description with a relative clause
    ("the police officer who made the arrest said")."""
    t = toks[j].text
    if not t.isalpha() or not t[0].islower() or t.lower() in \
            _LOWER_PREPOSITIONS | _CONJ | _ARTICLES | _PRONOUNS | _DETERMINERS:
        return False
    nxt = toks[v + 1].text if v + 1 < len(toks) else ""
    if _is_cap(nxt) or nxt.lower() in _NOMINATIVE or nxt in {"er", "sie", "il", "elle"}:
        return False  # the subject may follow the verb: "comme l'a dit le ministre"
    k = j
    while k > lo and toks[k - 1].text not in _CLAUSE_START and j - k < 10:
        k -= 1
    if k == lo and k > 0 and toks[k - 1].text not in _CLAUSE_START:
        return False
    words = [x.text for x in toks[k : j + 1]]
    if any(not w[:1].isalpha() or (i and w[0].isupper()) for i, w in enumerate(words)):
        return False  # a name, a number or a mark inside: not a plain description
    head = words[0].lower()
    if head in _PRONOUNS or head in _DETERMINERS or head in _LOWER_PREPOSITIONS:
        return False
    if head in _ARTICLES:
        # "the coach said" is a role to resolve; "the officer who made the arrest" is not
        return any(w.lower() in _RELATIVES for w in words[2:])
    return len(words) >= 2 and words[0][0].isupper() and all(
        w[0].islower() for w in words[1:]) and words[-1].lower().endswith("s")


_DOCUMENTS = frozenset(["schreiben", "bericht", "brief", "mitteilung", "pressemitteilung",
                        "erklärung", "stellungnahme", "papier", "lagebericht", "statement",
                        "beschluss", "antrag", "gutachten", "studie", "urteil",
                        "jahresbericht", "report", "rapport", "informe", "rapporto",
                        "relatório", "communiqué", "comunicado", "comunicato", "study",
                        "étude", "estudio", "studio", "estudo", "verslag"])


def _impersonal(toks: list[_Tok], v: int, text: str) -> _Who | None:
    """German impersonal ``es heißt`` / ``hieß es``: the owner of a document named in the
    sentence ("ein Schreiben der Bildungsdirektion, in dem es hieß") or no one ("Auf alle
    Anfragen heißt es")."""
    if toks[v].text.lower() not in {"heißt", "hieß", "heisst", "hiess"}:
        return None
    if not any(0 <= k < len(toks) and toks[k].text.lower() == "es" for k in (v - 1, v + 1)):
        return None
    for k in range(max(0, v - 20), v):
        if toks[k].text.lower() in _DOCUMENTS and k + 2 < len(toks) \
                and toks[k + 1].text.lower() in {"der", "des"}:
            run = _name_run(toks, k + 2, 1)
            if run is not None:
                name = _clean_name(toks, run[0], run[1], text)
                if name is not None:
                    return _Who(name, toks[v].text, org=True)
    after = v + 2 if v + 1 < len(toks) and toks[v + 1].text.lower() == "es" else v + 1
    source = after if after < len(toks) and toks[after].text.lower() in {"aus", "von", "vom"} \
        else None
    if source is None:  # "Aus dem Schulministerium heißt es" (fronted)
        k = v - 1
        while k > 0 and v - k < 8 and toks[k].text[:1].isalpha() and toks[k].text.lower() \
                not in {"aus", "von", "vom"}:
            k -= 1
        if k >= 0 and toks[k].text.lower() in {"aus", "von", "vom"} and (
                k == 0 or toks[k - 1].text in _CLAUSE_START):
            source = k
    if source is not None and source + 1 < len(toks):
        # "heißt es aus dem Schulministerium", "heißt es von der Polizei": the body speaks
        a = source + 1
        if toks[a].text.lower() in _INDEFINITE:
            return _Who(None, toks[v].text, unnamed=True)  # "von einem Sprecher"
        if toks[a].text.lower() in _ARTICLES:
            a += 1
        run = _name_run(toks, a, 1) if a < len(toks) else None
        if run is not None and (name := _clean_name(toks, run[0], run[1], text)) is not None:
            return _Who(name, toks[v].text, org=True)
    if after < len(toks) and toks[after].text.lower() in {"darin", "dort", "therein"}:
        return _Who(None, toks[v].text, unnamed=True, document=True)  # "heißt es darin"
    for k in range(max(0, v - 4), min(len(toks), v + 6)):
        if toks[k].text.lower() in _DOCUMENTS and k > 0 and toks[k - 1].text.lower() in \
                {"dem", "im", "diesem", "seinem", "ihrem", "jenem"}:
            # "heißt es in dem Bericht": the report whose owner was named before
            return _Who(None, toks[v].text, unnamed=True, document=True)
    return _Who(None, toks[v].text, unnamed=True)


def _subject_slots(toks: list[_Tok], limit: int | None = None) -> list[int]:
    """Where a sentence's subject may begin: its first two words, or the word after a
    fronted phrase set off by a comma ("Regarding the tweets, Mpofu adopted ...")."""
    end = len(toks) if limit is None else min(limit, len(toks))
    slots = list(range(min(2, end)))
    if toks and (_stop(toks[0].text) or toks[0].text.lower() in _LOWER_PREPOSITIONS):
        for c in range(1, min(end, 7)):
            if toks[c].text == ",":
                if c + 1 < end:
                    slots.append(c + 1)
                break
            if not toks[c].text[:1].isalpha():
                break
    return slots


# Words that open a phrase after a role ("la premier nella serata", "lors d'un point").
_PHRASE_STARTS = frozenset(["nella", "nello", "negli", "sulla", "sul", "dalla", "dal", "lors",
                            "during", "durante", "pendant", "während"])
_CLAUSE_START = frozenset(["§", ",", ":", ";", "(", "—", "–"])
_ORG_ARTICLES = frozenset(["the", "le", "la", "l", "el", "il", "lo"])


def _org_word(word: str, article: str) -> bool:
    """Whether a capitalised word after a definite article names a body, not a role: any
    proper noun after a non-German article ("the Kremlin", "la Chine"); after a German one
    an acronym or a noun with the ending of an institution ("der Städtetag", "die Polizei")."""
    if not _is_cap(word) or _is_title(word) or word.lower() in _TIME_WORDS:
        return False
    if article.lower() in _ORG_ARTICLES:
        return True
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return len(word) >= 5 and word.lower().endswith((*_NOUN_ENDINGS, "regierung", "ministerium"))


def _fronted_phrase(toks: list[_Tok], j: int, lo: int) -> bool:
    """Whether the words before a verb, back to the clause start, are one phrase opened by
    a capitalised preposition (German verb-second: "In einer Stellungnahme schreibt X")."""
    k = j
    while k > lo and toks[k - 1].text not in {"§", ":", ",", ";", "(", ")"}:
        k -= 1
    return k < j and toks[k].text in _PREPOSITIONS and (k == lo or toks[k - 1].text in {"§", ":"})


def _possessive_role(toks: list[_Tok], j: int, lo: int, text: str) -> str | None:
    """A role phrase owned by a place or body, ending at ``toks[j]`` with a role word:
    "Moscow's defense minister", "the company's chief executive"."""
    if not _is_title(toks[j].text) or not toks[j].text[:1].islower():
        return None
    k = j - 1
    while k >= lo and j - k <= 4 and toks[k].text[:1].islower() and toks[k].text[0].isalpha():
        k -= 1
    if k < lo or not toks[k].text.endswith(("'s", "’s")):
        return None
    first = k
    if k > lo and toks[k - 1].text.lower() in _ARTICLES:
        first = k - 1
    return text[toks[first].start : toks[j].end]


_SPELLING = {"defence": "defense", "offence": "offense", "licence": "license"}


def _role_words(words: Sequence[str]) -> list[str]:
    out = []
    for w in words:
        low = w.lower().rstrip(".")
        out.append(_SPELLING.get(low, low))
    return out


def _titled_names(ctxs: Sequence[_Ctx]) -> list[tuple[frozenset[str], str, tuple[int, int]]]:
    """Every name written after role words ("Russian Defence Minister Sergei Shoigu",
    "le porte-parole du Kremlin, Dmitri Peskov"), with the role words and the (paragraph,
    offset) where it is written, in order."""
    out: list[tuple[frozenset[str], str, tuple[int, int]]] = []
    for para, ctx in enumerate(ctxs):
        toks = ctx.toks
        for lo, hi in _name_runs(toks):
            name = _clean_name(toks, lo, hi, ctx.masked)
            if name is None or (lo > 0 and toks[lo - 1].text.lower() in _LOWER_PREPOSITIONS
                                and toks[lo - 1].text.lower() not in _DECLINED) or (
                    lo > 0 and toks[lo - 1].text in {"de", "del", "di", "della", "of", "du"}):
                # (a body after a genitive is no role-holder: "el jefe de Gobierno polaco")
                continue  # not a noun after a preposition: "dem AfD-Chef zur Seite springt"
            first = next((i for i in range(lo, hi + 1) if toks[i].start >= ctx.masked.find(
                name, toks[lo].start)), lo)
            b = lo - 1
            while b >= 0 and lo - b <= 4 and (
                    _is_title(toks[b].text)
                    or (toks[b].text[:1].islower() and toks[b].text[0].isalpha())):
                b -= 1
            words = [t.text for t in toks[b + 1 : first]]
            tail = 0
            while tail < len(words) and not (_is_title(words[-1 - tail])
                                             or _affiliation(words[-1 - tail])):
                tail += 1
            # one adjective may follow the role ("la premier italiana Giorgia Meloni"), not
            # a clause ("della premier si è detto Matteo Salvini")
            if any(_is_title(w) or _affiliation(w) for w in words) and tail <= 1:
                out.append((frozenset(_role_words(words)), name, (para, toks[lo].start)))
    return out


def _role_index(
    titled: list[tuple[frozenset[str], str, tuple[int, int]]],
) -> dict[str, list[tuple[frozenset[str], str]]]:
    """The titled names indexed by each of their role words, so that resolving a role reads
    only the names that share a word with it."""
    index: dict[str, list[tuple[frozenset[str], str]]] = {}
    for roles, name, _ in titled:
        keys = set(roles)
        keys.update(p for w in roles if (p := _role_prefix(w)) is not None)
        for w in keys:
            index.setdefault(w, []).append((roles, name))
    return index


def _role_prefix(word: str) -> str | None:
    """The owner part of a German compound role, with its hyphen: "afd-" for "AfD-Chef" and
    "AfD-Spitzenkandidat", "cdu-" for "CDU-Kontrahenten"; None for a word without one."""
    head, sep, tail = word.lower().partition("-")
    if not sep or not head.isalpha() or len(head) < 2 or not tail[:1].isalpha():
        return None
    return head + "-"


def _resolve_role(role: str, titled: dict[str, list[tuple[frozenset[str], str]]]) -> str | None:
    """The one person whose written role holds every word of ``role`` (but its owner and
    articles), or None when there is no such person or more than one."""
    words = _role_words([w for w in role.split() if not w.endswith(("'s", "’s"))
                         and w.lower() not in _ARTICLES and w.lower() not in _PARTICLES])
    if not words or not any(_is_title(w) for w in words):
        return None
    rarest = min(words, key=lambda w: len(titled.get(w, ())))
    found = {name for roles, name in titled.get(rarest, ()) if all(w in roles for w in words)}
    people = {n.split()[-1] for n in found}
    if len(people) == 1:
        return max(found, key=len)
    if not found and len(words) == 1 and (prefix := _role_prefix(words[0])) is not None:
        # "der AfD-Chef" for the one person written with a role of the same party or body
        # ("AfD-Spitzenkandidat Björn Höcke"), "der CDU-Spitzenkandidat" ("CDU-Kontrahent
        # Mario Voigt")
        found = {name for _, name in titled.get(prefix, ())}
        if len({n.split()[-1] for n in found}) == 1:
            return max(found, key=len)
    return None


def _role_heads(word: str) -> list[str]:
    """The role nouns a role word ends in: itself, the part after its last hyphen ("us-
    präsident" -> "präsident") and a role noun closing a compound ("chefcoach" -> "coach")."""
    out = [word]
    last = word.rsplit("-", 1)[-1]
    if last != word:
        out.append(last)
    out.extend(t for t in _TITLE_WORDS if len(t) >= 4 and len(last) > len(t) and last.endswith(t))
    return out


def _head_index(
    written: list[tuple[frozenset[str], str, tuple[int, int]]],
) -> dict[str, list[tuple[tuple[int, int], str]]]:
    """Each titled name, in order of writing, under every role noun its role words end in."""
    index: dict[str, list[tuple[tuple[int, int], str]]] = {}
    for roles, name, pos in written:
        for w in {h for r in roles if _is_title(r) for h in _role_heads(r)}:
            index.setdefault(w, []).append((pos, name))
    return index


def _recent_role(role: str, heads: dict[str, list[tuple[tuple[int, int], str]]],
                 at: tuple[int, int]) -> str | None:
    """For a definite role phrase as speaker ("sagte der Präsident", "der Coach der
    Franzosen"), the person most recently written before ``at`` with that role noun or a
    compound ending in it ("US-Präsident Joe Biden", "Chefcoach Gordon Herbert"); None when
    there is none. The role noun is the phrase's first title word (the role phrase comes
    without its article)."""
    words = [w for w in role.split() if w.lower() not in _ARTICLES]
    noun = next((w for w in _role_words(words) if _is_title(w)), None)
    if noun is None:
        return None
    listed = heads.get(noun, [])
    k = bisect.bisect_left(listed, at, key=lambda e: e[0]) - 1
    return listed[k][1] if k >= 0 else None


def _apposed_subject(toks: list[_Tok], j: int, text: str, lo: int, verb: str) -> _Who | None:
    """The subject of a verb preceded by comma-separated appositions ending at ``toks[j]``."""
    chunks: list[tuple[int, int]] = []  # (first, last) token of each chunk, right to left
    end = j - 1
    k = end
    while k >= lo and j - k < 30:
        t = toks[k].text
        if t in {":", ";", "(", ")", "!", "?"} or (t == "." and not _abbrev_dot(toks, k)):
            break
        if t == ",":
            chunks.append((k + 1, end))
            end = k - 1
        k -= 1
    chunks.append((k + 1, end))
    best: str | None = None
    after_prep = unnamed = False
    for first, last in reversed(chunks):  # left to right
        if first > last:
            continue
        head = toks[first].text
        starts_prep = head.lower() in _LOWER_PREPOSITIONS or head in _PREPOSITIONS
        if (first, last) == chunks[-1] and last - first < 4 and _indefinite_np(toks, last, first):
            unnamed = True  # "Ein älterer Mann, der bisher geschwiegen hat, sagt": no one named
            after_prep = False
            continue
        if not starts_prep and not after_prep:
            run = _name_run(toks, last, -1)
            if run is not None and run[0] >= first and (
                    person := _affiliated(toks, run[0], first, text)) is not None:
                best = person  # "Luke Bartholomew vom Vermögensverwalter Aberdeen Investments,"
                break
            if run is not None and run[0] >= first:
                pt = toks[run[0] - 1].text if run[0] > first else ""
                name = _clean_name(toks, run[0], run[1], text)
                if name and (pt in {"", "§"} or pt[:1].islower() or _is_title(pt)) \
                        and pt.lower() not in _LOWER_PREPOSITIONS \
                        and not (pt.lower() in _ARTICLES and run[0] - 1 > first):
                    # not a genitive inside a role: "Der Schulleiter der Volksschule Tristach"

                    best = name
                    break
        after_prep = starts_prep
    if best is None:
        return _Who(None, verb, unnamed=True) if unnamed else None
    return _Who(best, verb)


# Prepositions that tie a person to the body they speak for: "X von der Direktbank ING",
# "X vom Vermögensverwalter Y", "X of the Institute", "X de la Fondation", "X di Banca Y".
_AFFILIATIONS = frozenset(["von", "vom", "of", "de", "di", "du", "del", "della", "des", "from",
                           "at", "bei", "beim"])


def _affiliated(toks: list[_Tok], lo: int, lo_bound: int, text: str) -> str | None:
    """The person named in full before a body that begins at ``toks[lo]`` and is tied to
    them by ``von der``/``vom``/``of``/``de``/``di``: "Carsten Brzeski von der Direktbank
    ING" gives Carsten Brzeski; the body is the affiliation, not the speaker."""
    b = lo - 1
    if b >= lo_bound and toks[b].text.lower() in _ARTICLES and toks[b].text.lower() not in \
            _INDEFINITE:
        b -= 1
    if b - 1 < lo_bound or toks[b].text.lower() not in _AFFILIATIONS or toks[b].text[0].isupper():
        return None
    run = _name_run(toks, b - 1, -1)
    if run is None or run[0] < lo_bound:
        return None
    name = _clean_name(toks, run[0], run[1], text)
    return name if name is not None and _full_name(name) else None


def _role_owner(toks: list[_Tok], lo: int, lo_bound: int, text: str) -> str | None:
    """The name set off before a role whose genitive ends at the verb, when the apposition
    is left unclosed: "Gabi Schwab, Schulleiterin der MS Egger-Lienz sagte"."""
    if lo - 2 < lo_bound or toks[lo - 1].text.lower() not in _ARTICLES:
        return None
    b = lo - 2
    if b - 1 >= lo_bound and toks[b].text.lower() in {"of", "de", "du", "des", "di", "della"}:
        b -= 1  # "Louise Gittins, Chair of the Local Government Association said"
    if not _is_title(toks[b].text):
        return None
    k = b - 1
    while k >= lo_bound and lo - k <= 6 and toks[k].text != ",":
        t = toks[k].text
        if not t[:1].isalpha() or not (t[:1].islower() or _is_title(t)):
            return None
        k -= 1
    if k < lo_bound or toks[k].text != ",":
        return None
    run = _name_run(toks, k - 1, -1)
    if run is None or (run[0] - 1 >= lo_bound and toks[run[0] - 1].text not in _CLAUSE_START):
        return None
    return _clean_name(toks, run[0], run[1], text)


def _abbrev_dot(toks: list[_Tok], k: int) -> bool:
    """Whether the full stop at ``toks[k]`` ends an abbreviation ("U.K. think-tank")."""
    prev = toks[k - 1] if k > 0 else None
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return prev is not None and prev.end == toks[k].start and (
        ("." in prev.text and prev.text[:1].isupper()) or nxt[:1].islower())


def _indefinite_np(toks: list[_Tok], j: int, lo: int) -> bool:
    """Whether the words ending at ``toks[j]`` are a noun phrase with an indefinite article
    at its head and nothing before it but the sentence start or a comma: "ein Militärexperte",
    "a spokesperson", "una vecina"."""
    for k in range(j, max(lo, j - 4) - 1, -1):
        t = toks[k].text
        if t.lower() in _INDEFINITE:
            prev = toks[k - 1].text if k > lo else ","
            return prev in {",", "§", ":", "(", "—", "–"} or (k == lo) or prev.lower() in _CONJ
        if not t[0].isalpha() or t.lower() in _LOWER_PREPOSITIONS or t.lower() in _NOMINATIVE:
            return False
    return False


# Adverbs that follow an inverted subject in German verb-second order and end it.
_CLAUSE_ADVERBS = frozenset(["auch", "noch", "nun", "jetzt", "zudem", "dann", "bereits", "schon",
                             "ebenfalls", "daher", "darauf", "dazu", "weiter", "erneut", "heute",
                             "gestern", "hin", "immer", "nicht", "allerdings", "jedoch", "aber"])

_AUXILIARIES = frozenset(["a", "ont", "avait", "avaient", "has", "had", "have", "hat", "hatte",
                          "ha", "han", "hanno", "aveva", "había", "habían"])


def _role_apposition(toks: list[_Tok], j: int, text: str) -> str | None:
    """A name set off by a comma after a role phrase that starts at ``toks[j]``:
    "le ministre russe de la Défense, Andreï Belooussov", "the director, Jane Doe"."""
    if j >= len(toks) or toks[j].text.lower() not in _ARTICLES:
        return None
    has_role = False
    for k in range(j + 1, min(len(toks), j + 12)):
        t = toks[k].text
        if t == ",":
            if not has_role:
                return None
            run = _name_run(toks, k + 1, 1)
            if run is None:
                return None
            name = _clean_name(toks, run[0], run[1], text)
            return name if name is not None and len(name.split()) >= 2 else None
        if not t[0].isalpha():
            return None
        has_role = has_role or _is_title(t)
    return None


def _subject_after(toks: list[_Tok], v: int, text: str) -> _Who | None:
    """The speaker after an inverted verb (``said X``, ``sagte der Arzt Hilary Jones``)."""
    verb = toks[v].text
    imp = _impersonal(toks, v, text)
    if imp is not None:
        return imp
    if _T_PRONOUN_RE.search(verb):
        return _Who(None, verb, stand_in=True)
    if v + 1 < len(toks) and _cap_particle(toks, v + 1) >= 0:
        run = _name_run(toks, v + 1, 1)  # "a déclaré Le Pen", "ha detto Di Maio"
        if run is not None and (name := _clean_name(toks, run[0], run[1], text)) is not None:
            return _Who(name, verb)
    a = v + 1
    if a < len(toks) and toks[a].text in {"sur", "on", "auf", "en", "in"}:
        a += 1  # "a rapporté sur Facebook le porte-parole du président, Berik Uali"
        while a < len(toks) and a - v <= 4 and _is_cap(toks[a].text):
            a += 1
    named = _role_apposition(toks, a, text)
    if named is not None:
        return _Who(named, verb)
    if v + 3 < len(toks) and _is_title(toks[v + 1].text) and toks[v + 2].text == "." \
            and len(toks[v + 1].text) <= 3:
        # "a souligné M. Peskov", "said Dr. Jones"
        run = _name_run(toks, v + 3, 1)
        if run is not None:
            name = _clean_name(toks, run[0], run[1], text)
            if name is not None:
                return _Who(name, verb)
    j = v + 1
    if j < len(toks) and toks[j].text.lower() in _INDEFINITE and j + 1 < len(toks) \
            and toks[j + 1].text[0].isalpha():
        # "sagt ein Militärexperte", "said a spokesperson" (unless a name follows the role)
        k = j + 1
        while k < len(toks) and k - j < 4 and toks[k].text[0].isalpha():
            run = _name_run(toks, k, 1)
            if run is not None and run[1] > k:
                break  # "a spokesperson, John Smith": the name is read below
            k += 1
        else:
            return _Who(None, verb, unnamed=True)
    # "a-t-il dit": the verb word follows the pronoun form
    if j < len(toks) and toks[j].text.lower() in _INVERTED_PRONOUNS:
        return _Who(None, verb, stand_in=True)
    if j < len(toks) and toks[j].text.lower() in {"sich", "dann", "noch", "zudem", "auch",
                                                  "weiter", "später", "nun", "jetzt", "poi",
                                                  "puis", "luego", "después", "then", "later",
                                                  "also", "ensuite", "ainsi", "anche"}:
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
        if t[0].islower() and t[0].isalpha() and t.lower() not in _PARTICLES \
                and t.lower() not in _LOWER_PREPOSITIONS | _PHRASE_STARTS \
                and not (seen_role and t.lower() in _CLAUSE_ADVERBS):
            # (an adverb after the noun ends the subject: "weist der Städtetag auch darauf hin")
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
    if role and j < len(toks) and toks[j].text in _INSTITUTIONS \
            and toks[j - 1].text.lower() in _NOMINATIVE | {"les", "los", "las", "i", "gli"}:
        e = _body_end(toks, j)  # "rapporte le ministère russe de la Défense"
        return _Who(text[toks[j].start : toks[e].end], verb, org=True)
    if (role or seen_role) and k > j and k < len(toks) and toks[k].text.lower() in _GENITIVES:
        person = _after_genitive(toks, k, text)
        if person is not None:
            return _Who(person, verb)  # "le directeur adjoint du Village Augustin Tran Van Chau"
    if role or seen_role:
        hint = text[toks[j].start : toks[k - 1].end] if k > j else None
        if role and k - 1 >= j and k - j <= 3 and _org_word(toks[k - 1].text, toks[j - 1].text) \
                and not any(_is_title(t.text) for t in toks[j:k]):
            return _Who(text[toks[j].start : toks[k - 1].end], verb, org=True)  # "sagte die Polizei"
        return _Who(None, verb, stand_in=True, hint=hint)
    run = _name_run(toks, j, 1)
    if run is not None:
        name = _clean_name(toks, run[0], run[1], text)
        if name:
            return _Who(name, verb)
    return None


def _body_end(toks: list[_Tok], j: int) -> int:
    """The last word of a body's name whose head noun is ``toks[j]``: its adjectives and a
    genitive with a capitalised name ("ministère russe de la Défense", "Ministry of Health")."""
    e = j
    k = j + 1
    while k < len(toks) and k - j <= 8:
        t = toks[k].text
        if t.lower() in _GENITIVES or t in {"'", "’"}:
            k += 1
            continue
        if _is_cap(t) and t[0].isalpha() and not _stop(t):
            e = k  # "de la Défense"
            k += 1
            continue
        if k == e + 1 and t[:1].islower() and t.isalpha() and t.lower() not in \
                _LOWER_PREPOSITIONS | _CONJ | _ARTICLES and _verb_at(toks, k) is None:
            e = k  # an adjective: "russe", "federal"
            k += 1
            continue
        break
    return e


def _after_genitive(toks: list[_Tok], k: int, text: str) -> str | None:
    """A person's full name after a role's genitive body: in "le directeur adjoint du Village
    Augustin Tran Van Chau" the body is the first capitalised word (with any lowercase
    adjectives after it) and the name is what follows; None when no name of two words or
    more follows."""
    while k < len(toks) and toks[k].text.lower() in _GENITIVES:
        k += 1
    run = _name_run(toks, k, 1)
    if run is None:
        return None
    lo, hi = run
    if hi - lo + 1 >= 3:
        name = _clean_name(toks, lo + 1, hi, text)  # the body's one word, then the name
    else:
        m = hi + 1
        while m < len(toks) and toks[m].text[:1].islower() and toks[m].text.isalpha() \
                and toks[m].text.lower() not in _LOWER_PREPOSITIONS | _CONJ and m - hi <= 2:
            m += 1  # "du Parti socialiste Olivier Faure"
        if m == hi + 1:
            return None
        run = _name_run(toks, m, 1)
        if run is None:
            return None
        name = _clean_name(toks, run[0], run[1], text)
    return name if name is not None and _full_name(name) else None


def _ends_clause(toks: list[_Tok], v: int, name: str) -> bool:
    """Whether the name found after the verb at ``toks[v]`` ends its clause (``said Levitt.``,
    ``sagte Müller, der ...``) rather than starting a reported one (``said Moscow was``)."""
    last = name.split()[-1]
    for k in range(v + 1, min(len(toks), v + 16)):
        if toks[k].text == last:
            nxt = toks[k + 1].text if k + 1 < len(toks) else "."
            return not (nxt[:1].isalpha() and nxt[:1].islower()) or \
                nxt.lower() in _LOWER_PREPOSITIONS or nxt.lower() in _CONJ or \
                nxt.lower() in _ARTICLES or nxt.lower() in _TIME_WORDS or \
                nxt.lower() in {"also", "auch", "zudem", "weiter", "später", "dazu"}
    return True


_SKIP_AFTER = frozenset({",", "—", "–", "-", "(", ")"})


def _list_end(toks: list[_Tok], q: int) -> int:
    """The last quote of a list that begins with the quote at ``toks[q]``: in „Dumm“,
    „peinlich“, „lächerlich“, urteilten Medien the attribution after the last one is
    every one's."""
    k = q
    for _ in range(8):
        i = k + 1
        while i < len(toks) and (toks[i].text == "," or toks[i].text.lower() in _CONJ
                                 or toks[i].text.lower() in {"or", "oder", "ou", "o"}):
            i += 1
        if i == k + 1 or i >= len(toks) or toks[i].text != "§":
            break
        k = i
    return k


def _after_quote(toks: list[_Tok], q: int, text: str,
                 known: frozenset[str] = frozenset()) -> _Who | None:
    """Attribution right after a closing mark: ``," X said``, ``, sagte X``, ``, so X``.

    A lower-case word in the inverted position right after the quote and its comma is read
    as a verb of saying even when no list knows it, when a name follows that ends the
    clause, or a person named in full in the article (``known``) followed by more of the
    clause („…“, stützt Patrick Dury die These von Nora Back), or any name after a German
    reflexive verb („…“, freut sich Kluckers nach der Zielankunft), or a role phrase with an
    article that ends the clause („…“, schmunzelt der neue Landesmeister)."""
    q = _list_end(toks, q)
    i = q + 1
    while i < len(toks) and toks[i].text in _SKIP_AFTER:
        i += 1
    if i >= len(toks) or toks[i].text == "§":
        return None
    if toks[i].text.lower() in _AUXILIARIES and toks[i - 1].text == "," and i + 1 < len(toks) \
            and (_verb_at(toks, i + 1) is not None or toks[i + 1].text[:1].islower()):
        i += 1  # « … », a affirmé X; "…," has said X; “…”, ha resumido Moreno
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
    if first[0].islower() and first[0].isalpha() and i + 1 < len(toks) and (
            toks[i - 1].text == "," or toks[i - 1].text.lower() in _AUXILIARIES) \
            and first.lower() not in _ARTICLES | _DETERMINERS | _LOWER_PREPOSITIONS | _CONJ:
        # an inverted verb not in the list: „…“, schmunzelte Blanik (a name that ends the
        # clause; not „…“, öffentlichen Nahverkehr auf dem Land)
        who = _subject_after(toks, i, text)
        if who is not None and who.name is not None and (
                _name_ends(toks, i, who.name) or toks[i + 1].text == "sich" or (
                    _person_like(who.name, known) and _name_next(toks, i, who.name)[:1].islower())):
            return who
        if who is not None and who.name is None and who.stand_in and who.hint is not None \
                and _hint_ends(toks, i, who.hint):
            return who
    for v in range(i, min(len(toks), i + 30)):
        if toks[v].text in {".", "!", "?", ";", ":", "§"}:
            break
        if toks[v].text == "so" and toks[v - 1].text == "," and v - 1 > i:
            inv = _subject_after(toks, v, text)  # „…“ gehabt, so Yakin
            if inv is not None and inv.name is not None:
                inv.verb = "so"
                return inv
        if _verb_at(toks, v) is not None:
            if toks[v - 1].text == "," and v - 1 > i:
                inv = _subject_after(toks, v, text)  # ..." even within Hamas, said Levitt
                if inv is not None and inv.name is not None and not inv.org \
                        and _ends_clause(toks, v, inv.name):
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


# Words right after a closing mark that tie the quote to a verb of saying after it, in the
# languages that put the verb last (compiled for this module from their grammars of reported
# speech): Turkish "diye" („…“ diye konuştu), "şeklinde" and the object nouns of "ifadesini
# kullandı"; the Korean quotative endings glued to the mark ("…"고 말했다, "…"며, "…"이라며,
# "…"라고 밝혔다, "…"면서).
_QUOTATIVES = frozenset(_words(
    "diye şeklinde ifadesini ifadelerini sözlerini görüşünü 고 라고 이라고 며 라며 이라며 "
    "면서 라면서 이라면서 하며 하고 하면서"
))


def _verb_last(toks: list[_Tok], q: int) -> str | None:
    """The word that attributes the quote at ``toks[q]`` from after it in a verb-final
    language: a quotative (Turkish ``diye``, Korean ``고``), or a verb of saying that ends the
    sentence right after the quote (Turkish „…“ dedi.); None otherwise."""
    i = q + 1
    if i + 1 < len(toks) and toks[i].text == "." and toks[i + 1].text[:1].islower():
        i += 1  # the quote's own full stop: „… takvadır." diye konuştu
    if i >= len(toks):
        return None
    word = toks[i].text
    if word.lower() in _QUOTATIVES:
        return word
    if _verb_at(toks, i) is not None and (i + 1 == len(toks) or toks[i + 1].text in {".", "!", "?"}):
        return word
    return None


# Korean role nouns of news text (compiled for this module): candidate, president, member of
# parliament, party leader, minister, committee chair, mayor, governor, prime minister,
# professor, spokesperson, company chair and president, coach.
_KO_ROLES = frozenset(_words(
    "후보 대통령 의원 대표 장관 위원장 시장 지사 총리 교수 대변인 회장 사장 감독 원내대표 "
    "비서실장 총장 의장 청장 이사장"
))
# A Korean full name (surname and given name, three syllables) with a role noun after it
# within a few words: "이재명 더불어민주당 대선 후보는".
_KO_NAME_RE = re.compile(
    r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3}) (?:\S+ ){0,3}?(" + "|".join(sorted(_KO_ROLES))
    + r")(?:[\uac00-\ud7a3])?(?=[\s,.]|$)"
)
_KO_PRONOUNS = frozenset(["그는", "그녀는", "그가", "그녀가"])
_KO_TOPIC = frozenset("는은")  # the topic particles (이/가 also mark a subordinate clause's subject)


def _korean_names(paras: Sequence[str]) -> dict[tuple[str, str], str]:
    """The Korean full names written with a role, by surname and role, for resolving the
    short form news uses after the first mention ("이 후보" for "이재명 … 후보"); a surname
    and role shared by two people resolve to no one."""
    found: dict[tuple[str, str], set[str]] = {}
    for para in paras:
        for m in _KO_NAME_RE.finditer(para):
            found.setdefault((m.group(1)[0], m.group(2)), set()).add(m.group(1))
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def _topic_before(toks: list[_Tok], q: int, text: str, verb: str,
                  korean: Mapping[tuple[str, str], str] | None = None) -> _Who | None:
    """The subject of a verb-final attribution before the quote at ``toks[q]``: set off by a
    comma right before it (Turkish "…belirten Arpaguş, „…“ dedi"), or a Korean topic in the
    quote's sentence: a pronoun ("그는 "…"고 말했다") or a surname and a role ("이 후보는"),
    resolved to the full name written with that role."""
    for k in range(q - 1, 0, -1):
        word = toks[k].text
        if word in _KO_PRONOUNS:
            return _Who(None, verb, stand_in=True)
        if word[-1:] in _KO_TOPIC and word[:-1] in _KO_ROLES:
            before = toks[k - 1].text
            if len(before) == 3 and all(_hangul(c) for c in before):
                return _Who(before, verb)  # "이재명 후보는"
            if len(before) == 1 and _hangul(before) and korean \
                    and (name := korean.get((before, word[:-1]))) is not None:
                return _Who(name, verb)  # "이 후보는"
    if q < 2 or toks[q - 1].text != ",":
        return None
    run = _name_run(toks, q - 2, -1)
    if run is None:
        return None
    name = _clean_name(toks, run[0], run[1], text)
    return _Who(name, verb) if name else None


def _name_ends(toks: list[_Tok], v: int, name: str) -> bool:
    """Whether the name found after ``toks[v]`` is followed by the end of the clause."""
    last = name.split()[-1]
    for k in range(v + 1, min(len(toks), v + 10)):
        if toks[k].text == last:
            return k + 1 >= len(toks) or toks[k + 1].text in {".", ",", "!", "?", ";", "(", "§"}
    return False


def _name_next(toks: list[_Tok], v: int, name: str) -> str:
    """The word after the name found after ``toks[v]`` ("" at the end)."""
    last = name.split()[-1]
    for k in range(v + 1, min(len(toks), v + 10)):
        if toks[k].text == last:
            return toks[k + 1].text if k + 1 < len(toks) else ""
    return ""


def _hint_ends(toks: list[_Tok], v: int, hint: str) -> bool:
    """Whether the role phrase after ``toks[v]`` (an article, then ``hint``) ends the
    sentence: „…“, schmunzelt der neue Landesmeister."""
    n = len(hint.split())
    k = v + 1
    if k < len(toks) and toks[k].text.lower() in _ARTICLES:
        k += 1
    end = k + n
    return end <= len(toks) and (end == len(toks) or toks[end].text in {".", "!", "?", "§"})


def _before_colon(toks: list[_Tok], q: int, text: str) -> _Who | None:
    """Attribution before a colon that introduces the quote: ``X said:``, ``sagte er:``."""
    j = q - 1
    if j < 0 or toks[j].text != ":":
        return None
    first: _Who | None = None
    for v in range(j - 1, -1, -1):
        if toks[v].text == "§":
            break
        if _verb_at(toks, v) is not None:
            who = _subject_before(toks, v, text)
            if who is None and v > 0:
                who = _subject_after(toks, v, text)
            if who is not None and (who.name is not None or who.hint is None
                                    or any(_is_title(w) for w in who.hint.split())):
                return who
            first = first or who  # "Walton says that this underscores …: “…”": read on
    return first


def _prefixed(toks: list[_Tok], text: str) -> _Who | None:
    """``according to X``, ``laut X``, ``selon X``, ``X zufolge`` anywhere in the sentence."""
    for k, t in enumerate(toks):
        low = t.text.lower()
        if low == "according" and k + 1 < len(toks) and toks[k + 1].text.lower() == "to":
            who = _subject_after(toks, k + 1, text)
            if who is not None:
                who.verb = "according to"
                return who
        elif low in _PREFIX_VERBS and low not in _POSTPOSITIONS:
            who = _subject_after(toks, k, text)
            if who is not None:
                return who
        elif low in _FOR_PREFIX and (k == 0 or toks[k - 1].text == "§") and k + 1 < len(toks) \
                and _is_cap(toks[k + 1].text):
            # "Pour Beatriz Guijarro González, chercheuse ..., la situation est « intenable »"
            run = _name_run(toks, k + 1, 1)
            if run is not None and run[1] > run[0] and run[1] + 1 < len(toks) \
                    and toks[run[1] + 1].text == ",":
                name = _clean_name(toks, run[0], run[1], text)
                if name:
                    return _Who(name, t.text)
        elif low in _POSTPOSITIONS and k > 0:
            run = _name_run(toks, k - 1, -1)
            if run is not None:
                name = _clean_name(toks, run[0], run[1], text)
                if name:
                    return _Who(name, t.text)
    return None


# Auxiliaries of the passive: "was declared an “undesirable” organization" reports no speech.
_PASSIVE = frozenset(["was", "were", "been", "being", "be", "is", "are", "wurde", "wurden",
                      "worden", "été", "fue", "fueron", "sido", "stato", "stata"])


def _adjacent(atoks: list[_Tok], aq: int, btoks: list[_Tok], bq: int) -> bool:
    """Whether a verb of saying (or a colon) touches the quote: ``“…”, said X``, ``„…“, so
    X``, ``X sagte: „…“``."""
    if bq > 0 and btoks[bq - 1].text == ":":
        return True
    if aq >= 0:
        aq = _list_end(atoks, aq)
    i = aq + 1
    while aq >= 0 and i < len(atoks) and atoks[i].text in {",", "—", "–", "-"}:
        i += 1
    if aq < 0 or i >= len(atoks):
        return False
    if atoks[i].text.lower() in _AUXILIARIES and i + 1 < len(atoks):
        i += 1
    low = atoks[i].text.lower()
    return _verb_at(atoks, i) is not None or low == "so" or low in _PREFIX_VERBS or (
        atoks[i].text[:1].islower() and atoks[i].text[0].isalpha() and i > aq + 1
        and low not in _ARTICLES | _DETERMINERS | _LOWER_PREPOSITIONS | _CONJ)


def _in_sentence(toks: list[_Tok], q: int, text: str) -> _Who | None:
    """A speaker named with a verb of saying elsewhere in the quote's sentence."""
    order = sorted(
        (v for v in range(len(toks)) if v != q and _verb_at(toks, v) is not None
         and not (v > 0 and toks[v - 1].text.lower() in _PASSIVE)),  # "was declared"
        key=lambda v: (abs(v - q), v < q),
    )
    for v in order:
        who = _subject_before(toks, v, text)
        if who is None and v > 0 and toks[v - 1].text != "," and (
                toks[v - 1].text != "§" or 0 < v - 1 != q):
            # German verb-second: "Am Montag sagte Streeck, ...", also after a phrase that
            # ends in another quote: "In einem Podcast des „Stern“ nannte sie X eine „…“"
            nxt = toks[v + 1].text if v + 1 < len(toks) else ""
            if nxt.lower() in _PRONOUNS or _is_cap(nxt) or (
                    nxt.lower() in _ARTICLES and toks[v - 1].text != "§"):
                who = _subject_after(toks, v, text)
                if who is not None and who.name is not None and not _ends_clause(toks, v, who.name):
                    who = None  # "said Moscow was ready": the subject of the reported clause
        if who is not None:
            return who
    return _prefixed(toks, text)


# German present subjunctive (Konjunktiv I), the mood of reported speech: third-person
# forms that differ from the indicative ("sei", "habe", "könne"), so that a sentence holding
# one reports what someone said ("Die Jahre seien „intensiv“ gewesen").
_SUBJUNCTIVE = frozenset(
    ["sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge",
     "gebe", "wisse", "gehe", "komme", "stehe", "liege", "bleibe", "brauche", "fehle"])


def _reported_mood(toks: list[_Tok]) -> bool:
    """Whether a sentence is German reported speech: a verb in the present subjunctive
    outside the quotes, not after a first-person pronoun ("ich habe")."""
    return any(t.text in _SUBJUNCTIVE and not (k > 0 and toks[k - 1].text.lower() == "ich")
               for k, t in enumerate(toks))


# Adverbs of manner that open a sentence pointing back at what was just quoted: "So
# beschreibt es X", "Así lo explicó X", "Thus spoke X", "Ainsi l'a expliqué X" (not a
# demonstrative: "Das sieht der Soldat Andrij anders" disagrees).
_ANAPHORS = frozenset(["so", "thus", "así", "ainsi", "così", "assim"])
# Object clitics and auxiliaries between the verb and its inverted subject.
_CLITICS = frozenset(["es", "lo", "la", "le", "l", "l'", "l’", "it", "ha", "hat", "a", "have",
                      "has", "wird", "ont", "han", "hanno", "sagte", "sagt"])


# Demonstratives of a phrase that points back at a quote: "Con esas palabras ha descrito X",
# "Mit diesen Worten reagierte X", "With these words X ...".
_DEMONSTRATIVES = frozenset(["esas", "estas", "esos", "estos", "diesen", "dieser", "these",
                             "those", "ces", "queste", "quelle", "questi", "essas", "estas"])


def _next_sentence(ctx: _Ctx, offset: int) -> _Who | None:
    """A speaker named in the sentence after a quote that ends its own sentence, when that
    sentence points back at the quote: "„ist oft Zufall“. So beschreibt es Eren Güvercin."
    The sentence must open with an anaphoric word (or a preposition and a demonstrative:
    "Con esas palabras ha descrito Moreno …") and name its subject after a verb of
    saying, or a participle after an auxiliary ("Así ha resumido X"), within its first words."""
    after = bisect.bisect_right(ctx.sents, offset, key=lambda b: b[0]) - 1
    if after < 0 or after + 1 >= len(ctx.sents):
        return None
    hi = ctx.sents[after][1]
    if ctx.masked[offset:hi].strip(" .!?…§\n") != "":
        return None  # the quote's sentence goes on after it
    toks, _ = ctx.sentence_of(ctx.sents[after + 1][0])
    if len(toks) < 3:
        return None
    if toks[0].text.lower() not in _ANAPHORS and not (
            toks[1].text.lower() in _DEMONSTRATIVES and toks[0].text[:1].isalpha()
            and toks[0].text.lower() in _LOWER_PREPOSITIONS | {"with", "mit", "con", "avec"}):
        return None  # "Con esas palabras", "Mit diesen Worten" (not "Diesen Preis sieht X")
    for v in range(1, min(len(toks), 6)):
        if _verb_at(toks, v) is None and not (
                toks[v - 1].text.lower() in _AUXILIARIES and toks[v].text[:1].islower()
                and toks[v].text.isalpha() and v + 1 < len(toks)
                and (_is_cap(toks[v + 1].text) or toks[v + 1].text.lower() in _ARTICLES)):
            continue  # a verb of saying, or a participle after an auxiliary: "ha descrito"
        k = v + 1
        while k < len(toks) and k - v <= 2 and toks[k].text.lower() in _CLITICS:
            k += 1
        who = _subject_after(toks, k - 1, ctx.masked)
        if who is not None and who.name is not None:
            return who
        return None
    return None


# Nouns for what someone said, after which a sentence that opens "Mit diesem Zitat" or "With
# these words" is about the quote before it.
_SPEECH_NOUNS = frozenset(["zitat", "satz", "worten", "aussage", "äußerung", "spruch", "quote",
                           "words", "remark", "remarks", "comment", "comments", "palabras",
                           "frase", "propos", "mots", "phrase", "parole", "frase", "woorden"])


_POINTING = _DEMONSTRATIVES | frozenset(["diesem", "dieses", "this", "that", "ce", "cet", "cette",
                                          "este", "esta", "ese", "esa", "questo", "questa",
                                          "deze", "dit"])


def _quote_noun_subject(ctx: _Ctx, offset: int, known: frozenset[str]) -> _Who | None:
    """The person of a sentence about the quote just before, with no verb of saying: "„…“
    Mit diesem Zitat, in Anlehnung an …, sorgte Herbert für …". The sentence must open with a
    preposition, a demonstrative and a noun for an utterance; its speaker is the first
    name in it whose words are all known from a full name in the text."""
    after = bisect.bisect_right(ctx.sents, offset, key=lambda b: b[0]) - 1
    if after < 0 or after + 1 >= len(ctx.sents):
        return None
    if ctx.masked[offset:ctx.sents[after][1]].strip(" .!?…§\n") != "":
        return None  # the quote's sentence goes on after it
    toks, _ = ctx.sentence_of(ctx.sents[after + 1][0])
    if len(toks) < 5 or toks[1].text.lower() not in _POINTING \
            or toks[2].text.lower() not in _SPEECH_NOUNS:
        return None
    for k in range(3, len(toks)):
        if not _is_cap(toks[k].text) or toks[k - 1].text.lower() in _ARTICLES \
                or toks[k - 1].text.lower() in _LOWER_PREPOSITIONS:
            continue
        run = _name_run(toks, k, 1)
        if run is None:
            continue
        name = _clean_name(toks, run[0], run[1], ctx.masked)
        if name is not None and all(w in known for w in name.split()):
            return _Who(name, None)
        return None
    return None


# ---------------------------------------------------------------------------------------
# The pass over a text

_TERMINAL = frozenset(".!?…。！？")
# A sentence ends at a full stop, question or exclamation mark before the next sentence's
# first letter or quote; the CJK full stops (。！？) end one with no space after them.
_SENT_END_RE = re.compile(
    r"[.!?…:](?=\s+[\"“„«»‘‚'(\[§]?[^\W\d_])|[.!?…](?=\s+§)|[。！？](?=.)")


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
            if _is_cap(toks[k].text) and toks[k - 1].text.lower() in \
                    _ARTICLES | _LOWER_PREPOSITIONS | _DETERMINERS \
                    and toks[k - 1].text.lower() not in _NAME_PREPOSITIONS \
                    and not (toks[k - 1].text.lower() in _LOWER_PREPOSITIONS and k + 1 < len(toks)
                             and toks[k + 1].text.lower() in _CONJ | {",", ".", ")"}
                             and k - 2 >= 0 and toks[k - 2].text.lower() not in _ARTICLES) \
                    and not _agent_name(toks, k):
                # (a word after a preposition that ends its phrase may be a name: "ein
                # leichtes Rennen für Kluckers und Co.", "insieme a Rubio")
                nouns.add(toks[k].text)
        for run in _name_runs(toks):
            name = _clean_name(toks, run[0], run[1], ctx.masked)
            if name is not None and _full_name(name):
                first = next(i for i in range(run[0], run[1] + 1)
                             if toks[i].start >= ctx.masked.index(name, toks[run[0]].start))
                before = toks[first - 1].text if first > 0 else ""
                if before.lower() not in _ARTICLES | _LOWER_PREPOSITIONS:
                    known.update(name.split())  # not "im Hotel Lunik", "der Organisation X"
                elif len(words := name.split()) >= 3 and _office_title(toks, first - 1):
                    # "Minister in the Presidency Khumbudzo Ntshavheni", "Secretary of State
                    # Antony Blinken": an office's name, then the holder's full name
                    known.update(words[-2:])
    return frozenset(known), frozenset(nouns)


def _office_title(toks: list[_Tok], k: int) -> bool:
    """Whether the article or preposition at ``toks[k]`` follows a title: "Minister in the",
    "Secretary of"."""
    j = k
    while j >= 0 and k - j < 3 and toks[j].text.lower() in _ARTICLES | _LOWER_PREPOSITIONS:
        j -= 1
    return j >= 0 and j < k and _is_title(toks[j].text)


_INNER_BEFORE = frozenset([",", "(", "/", "&"])

# Prepositions of the agent ("gespielt von", "written by"): a name of two words after one
# that ends its phrase is a person's ("Lob gab es auch von Alex Kirsch (Lidl)").
_AGENTS = frozenset(["von", "by", "par", "por"])


def _agent_name(toks: list[_Tok], k: int) -> bool:
    """Whether ``toks[k]`` opens a first name and surname right after an agent's
    preposition, the two words ending the phrase: "gespielt von Elisabeth Müller."."""
    if toks[k - 1].text not in _AGENTS or k + 2 >= len(toks):
        return False
    a, b, nxt = toks[k].text, toks[k + 1].text, toks[k + 2].text
    return _is_cap(b) and not _stop(a) and not _stop(b) and not _nounish(a) \
        and not _nounish(b) and nxt in {",", ".", "(", ")", ";", "§"} \
        and "-" not in a and a.isalpha() and b.replace("-", "").isalpha()



def _name_evidence(ctxs: Sequence[_Ctx], known: frozenset[str]) -> frozenset[str]:
    """The capitalised words that the article itself shows are no names.

    A word written capitalised only where a sentence (or a clause after a colon, a dash or
    a quote) begins, whether or not it also occurs in lower case, is taken for an ordinary
    word of the language capitalised by position ("Minutos antes del encuentro, Albares
    ...", "Asimismo, indicó"), unless other evidence makes it a name word: it is written
    capitalised inside a sentence somewhere, it is followed by another capitalised word
    ("Sierra Leone"), it is a word of a name written in full in the article, or it is an
    acronym ("AFP"). Quoted text is masked out and gives no evidence.

    Args:
        ctxs: Every paragraph, read.
        known: Words of the names written in full in the article.

    Returns:
        The words to treat as no name in this article.
    """
    starts: set[str] = set()
    inner: set[str] = set()
    for ctx in ctxs:
        toks = ctx.toks
        firsts = {bisect.bisect_left(toks, lo, key=lambda t: t.start) for lo, _ in ctx.sents}
        for k, t in enumerate(toks):
            w = t.text
            if not (w[:1].isalpha() and w[0].isupper()):
                continue
            prev = toks[k - 1].text if k else ""
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            initial = k in firsts or not (prev[:1].isalnum() or prev in _INNER_BEFORE
                                           or prev == ".")  # "M. Peskov" inside a sentence
            if initial and not (nxt[:1].isalpha() and nxt[0].isupper() and not _stop(nxt)):
                starts.add(w)
            else:
                inner.add(w)
    out = set()
    for w in starts - inner:
        letters = [c for c in w if c.isalpha()]
        if w in known or sum(c.isupper() for c in letters) >= 2:
            continue
        out.add(w)
    return frozenset(out)


# Romance prepositions that stand before names as often as before nouns ("insieme a
# Rubio", "le bureau de Macron"): a capitalised word after one may still be a name.
_NAME_PREPOSITIONS = frozenset(["a", "à", "de", "di", "da", "del", "al", "au"])


# Endings of German (and a few other) common nouns that are never a person's name word:
# "Terrororganisation", "Redaktionsnetzwerk", "Landesregierung", "Gesellschaft".
_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "werk", "netz", "haus",
    "amt", "ium", "ment", "wesen", "verband", "partei", "gericht", "polizei", "zeitung",
    "land", "stadt", "staat", "schule", "bund", "büro", "gruppe", "rat", "tag", "ei",
)


_ADJ_ENDINGS = ("licher", "liche", "lichen", "ische", "ischer", "ischen", "ative", "ativen",
                "iver", "ive", "ige", "iger", "igen")


def _nounish(word: str) -> bool:
    """Whether a capitalised word looks like a common noun or an acronym, not a name."""
    low = word.lower()
    if len(word) >= 9 and low.endswith(_NOUN_ENDINGS):
        return True
    if len(word) >= 7 and low.endswith(_ADJ_ENDINGS):
        return True  # a German adjective opening a sentence: "Jeglicher Kontakt", "Mögliche"
    if word in _STOP_CAPS or _is_title(word):
        return True
    if len(word) > 2 and word[1] in "'’" and word[2:3].islower():
        return True  # an elided article before a common noun: "L'elogio", "D'abord"
    if word in _INITIALS.get():
        return False
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _initials(ctxs: Sequence[_Ctx]) -> frozenset[str]:
    """Two capitals read as a first name's initials (``JD Vance``), not an acronym: every
    time the article writes them, the same capitalised word follows, one that is no common
    noun, title or institution (not ``MK Party``, ``DZ Bank``, ``US President``)."""
    after: dict[str, set[str]] = {}
    for ctx in ctxs:
        toks = ctx.toks
        for k, t in enumerate(toks):
            w = t.text
            if len(w) == 2 and w.isalpha() and w.isupper():
                nxt = toks[k + 1].text if k + 1 < len(toks) else ""
                after.setdefault(w, set()).add(
                    nxt if _is_cap(nxt) and not _nounish(nxt)
                    and nxt.lower() not in _INSTITUTIONS else "")
    return frozenset(w for w, nxt in after.items() if len(nxt) == 1 and "" not in nxt)


# Words that make a name a street's, square's or building's ("Solomon Mahlangu Square").
_PLACE_TYPE_WORDS = frozenset(
    ["square", "street", "road", "avenue", "boulevard", "lane", "park", "bridge", "hall",
     "stadium", "arena", "station", "airport", "hospital", "platz", "straße", "strasse",
     "allee", "brücke", "bahnhof", "rua", "avenida", "praça", "plaza", "calle", "piazza",
     "via", "rue", "place", "pont"]
)


def _full_name(name: str) -> bool:
    """A person's name written in full: two or more name words, none a common noun."""
    every = name.split()
    if every and every[-1].lower() in _PLACE_TYPE_WORDS:
        return False  # "Solomon Mahlangu Square", "Travessa Pocedônio" read as a person
    words = [w for w in every if w.lower() not in _NAME_LINKS]
    if len(words) == 1 and len(every) >= 2 and every[0][:1].isupper():
        return not _nounish(words[0])  # a capitalised particle: "Von der Leyen", "Le Pen"
    return len(words) >= 2 and not any(_nounish(w) for w in words)


def _person_like(name: str | None, known: frozenset[str]) -> bool:
    """A full name, or one word of a name written in full elsewhere."""
    if name is None:
        return False
    words = name.split()
    if len(words) == 1:
        return words[0] in known
    return _full_name(name) and all(w in known for w in words if w.lower() not in _NAME_LINKS)


def _speaker_like(name: str | None, known: frozenset[str], nouns: frozenset[str]) -> bool:
    """Good enough for the subject of a verb of saying: a person, or an organisation."""
    if name is None:
        return False
    words = name.split()
    if not words or len(words) > 5 or (
            words[0] in _STOP_CAPS and not (len(words) > 1 and words[0].lower() in _CAP_PARTICLES)):
        return False
    if _person_like(name, known):
        return True
    if len(words) == 1:  # an organisation's acronym ("AFP"), a name never used as a noun
        letters = [c for c in words[0] if c.isalpha()]
        if len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2:
            return True
        return words[0] not in nouns and not _nounish(words[0])
    return len(words) <= 3 and not all(_nounish(w) for w in words if w[:1].isupper())


def _document_owners(ctx: _Ctx) -> list[tuple[int, str]]:
    """Bodies or people named as the authors of a document: the subject of a verb of saying
    in a sentence that names the document ("schreibt der NDB in seinem Lagebericht"), or its
    genitive ("der Bericht des NDB")."""
    out: list[tuple[int, str]] = []
    starts = [t.start for t in ctx.toks if t.text.lower() in _DOCUMENTS]
    if not starts:
        return out
    for lo, hi in ctx.sents:
        i = bisect.bisect_left(starts, lo)
        if i == len(starts) or starts[i] >= hi:
            continue
        a = bisect.bisect_left(ctx.toks, lo, key=lambda t: t.start)
        b = bisect.bisect_left(ctx.toks, hi, key=lambda t: t.start)
        toks = ctx.toks[a:b]
        docs = [k for k, t in enumerate(toks) if t.text.lower() in _DOCUMENTS]
        if not docs:
            continue
        for v in range(len(toks)):
            if _verb_at(toks, v) is None or toks[v].text.lower() in {"heißt", "hieß"}:
                continue
            who = _subject_before(toks, v, ctx.masked)
            if who is None or who.name is None:
                who = _subject_after(toks, v, ctx.masked)
            if who is not None and who.name is not None:
                out.append((toks[v].start, who.name))
                break
        else:
            for k in docs:
                if k + 2 < len(toks) and toks[k + 1].text.lower() in {"des", "der", "of", "du",
                                                                      "de", "del", "della"}:
                    run = _name_run(toks, k + 2, 1)
                    if run is not None and (name := _clean_name(toks, run[0], run[1],
                                                                ctx.masked)) is not None:
                        out.append((toks[k].start, name))
                        break
    return out


def _stand_ins(ctx: _Ctx, known: frozenset[str]) -> list[tuple[int, str | None]]:
    """Names that may stand behind a later pronoun: subjects of saying, sentence subjects;
    ``None`` for a pronoun or a bare ``-t-il`` as the subject of a verb of saying, which
    carries the person named before it forward (``he said``)."""
    out: list[tuple[int, str | None]] = []
    for lo, hi in ctx.sents:
        toks = [t for t in ctx.toks if lo <= t.start < hi]
        for v in range(len(toks)):
            if _verb_at(toks, v) is None:
                continue
            who = _subject_before(toks, v, ctx.masked)
            if who is None and v > 0:  # not "He said Zuma-Sambudla had ...": that is no subject
                who = _subject_after(toks, v, ctx.masked)
            if who is not None and _person_like(who.name, known) and who.name is not None:
                out.append((toks[v].start, who.name))
            elif who is not None and who.stand_in and who.hint is None:
                out.append((toks[v].start, None))
            elif who is not None and who.unnamed and not who.document:
                out.append((toks[v].start, ""))  # someone unnamed speaks: "erklärte eine Sprecherin"
            elif who is None and toks[v].text[:1].islower() and 0 < v <= 6 \
                    and toks[v - 1].text == "," and not any(_is_cap(t.text) for t in toks[1:v]) \
                    and not any(t.text == "§" for t in toks[:v]):  # (not "“…”, relató")
                # a dropped subject after a fronted phrase: "En respuesta, sentenció que ..."
                out.append((toks[v].start, None))
            elif who is None and v == 0 and _is_cap(toks[0].text) and len(toks) > 1 \
                    and toks[1].text[:1].islower():
                # "Reiteró que ...": the subject dropped (not "Kveðst Eydís hafa ...")
                out.append((toks[v].start, None))
        named = _copula_name(toks, ctx.masked, known)
        if named is not None:
            out.append(named)
        for k in _subject_slots(toks):
            run = _name_run(toks, k, 1)
            if run is not None:
                k2 = _past_parenthesis(toks, run[1] + 1)
                nxt = toks[k2].text if k2 < len(toks) else ""
                if nxt[:1].islower() or nxt == ",":
                    name = _clean_name(toks, run[0], run[1], ctx.masked)
                    if name and _person_like(name, known):
                        out.append((toks[run[0]].start, name))
                break
        inverted = _inverted_subject(toks, ctx.masked, known)
        if inverted is not None and not any(o == inverted[0] for o, _ in out):
            out.append(inverted)
        apposed = _opening_apposition(toks, ctx.masked)
        if apposed is not None and _full_name(apposed[1]):
            out.append(apposed)
    out.sort(key=lambda e: e[0])
    return out


def _inverted_subject(toks: list[_Tok], text: str, known: frozenset[str]) -> tuple[int, str] | None:
    """The subject after the verb of a German or Dutch verb-second sentence that opens with
    an adverb or a demonstrative: "Wel begrijpt Van Hinsberg de afweging", "Das erkannte
    auch Trainer Alonso" (the verb in lower case, perhaps an adverb, then a person named in
    full elsewhere)."""
    if len(toks) < 4 or toks[0].text not in _V2_OPENERS:
        return None
    if not (toks[1].text[:1].islower() and toks[1].text.isalpha()):
        return None
    k = 2
    if toks[k].text.lower() in _V2_ADVERBS:
        k += 1
    run = _name_run(toks, k, 1)
    if run is None:
        return None
    name = _clean_name(toks, run[0], run[1], text)
    if name and _person_like(name, known):
        return toks[run[0]].start, name
    return None


# German and Dutch words that open a verb-second sentence before its verb.
_V2_OPENERS = frozenset(
    ["Das", "Dies", "Dann", "Nun", "Jetzt", "Doch", "Dort", "Hier", "Heute", "Gestern",
     "Später", "Zudem", "Außerdem", "Dabei", "Deshalb", "Darum", "Trotzdem", "Bereits",
     "Schon", "Damals", "Inzwischen", "Mittlerweile", "Danach", "Vorher", "Zuvor", "Auch",
     "Wel", "Toch", "Ook", "Nu", "Daarom", "Daarna", "Eerder", "Dat", "Dit", "Vandaag",
     "Gisteren", "Bovendien", "Intussen", "Ondertussen", "Zo"]
)
_V2_ADVERBS = frozenset(["auch", "ook", "noch", "nog", "selbst", "zelf", "dann", "dan"])


def _open_paren(toks: list[_Tok], k: int) -> int:
    """The index of the "(" that the ")" at ``toks[k]`` closes (-1 when there is none)."""
    while k >= 0 and toks[k].text != "(":
        k -= 1
    return k


def _past_parenthesis(toks: list[_Tok], k: int) -> int:
    """``k``, or past the parenthesis that opens at ``toks[k]`` (a party, an age, a work
    after a name: "Alfredo Bryce Echenique („…“) würdigte", "Heike Hofmann (SPD) sagte")."""
    if k >= len(toks) or toks[k].text != "(":
        return k
    for m in range(k + 1, min(len(toks), k + 12)):
        if toks[m].text == ")":
            return m + 1
        if toks[m].text == "(":
            break
    return k


def _opening_apposition(toks: list[_Tok], text: str) -> tuple[int, str] | None:
    """The name set off by commas after a sentence's opening description, as its subject:
    "Der Oberbefehlshaber der ukrainischen Armee, General Walerij Saluschnyj, skizzierte",
    "The head of the agency, Jane Doe, said"."""
    if not toks or toks[0].text.lower() not in _NOMINATIVE:
        return None
    for c in range(1, min(len(toks), 12)):
        if toks[c].text == ",":
            break
        if not toks[c].text[:1].isalpha():
            return None
    else:
        return None
    k = c + 1
    while k < len(toks) and k - c <= 3 and _is_title(toks[k].text):
        k += 1  # "General", "Dr."
    run = _name_run(toks, k, 1)
    if run is None or run[1] + 2 >= len(toks) or toks[run[1] + 1].text != ",":
        return None
    if not toks[run[1] + 2].text[:1].islower():
        return None
    name = _clean_name(toks, run[0], run[1], text)
    return (toks[run[0]].start, name) if name is not None else None


_COPULAS = frozenset(["was", "is", "war", "ist", "était", "est", "era", "es", "fue", "è"])


def _copula_name(toks: list[_Tok], text: str, known: frozenset[str]) -> tuple[int, str] | None:
    """A person introduced after a copula at the end of a clause: "The first witness at the
    trial was Hawks head Major-Gen Gopaul Govender, who ..."."""
    for c in range(1, len(toks)):
        if toks[c].text.lower() not in _COPULAS or toks[c].text[:1].isupper():
            continue
        k = c + 1
        while k < len(toks) and k - c <= 8 and toks[k].text[:1].isalpha():
            if toks[k].text.lower() in _LOWER_PREPOSITIONS:
                return None  # inside a phrase: "vergleichbar mit dem deutschen Begriff Tag X"
            run = _name_run(toks, k, 1)
            if run is None:
                k += 1
                continue
            nxt = toks[run[1] + 1].text if run[1] + 1 < len(toks) else "."
            if nxt not in {",", ".", ";", "§"} or toks[run[0] - 1].text.lower() in _ARTICLES:
                k = run[1] + 1
                continue
            name = _clean_name(toks, run[0], run[1], text)
            if name is not None and " " in name and _person_like(name, known):
                return toks[run[0]].start, name
            return None
        return None
    return None


PARTIAL_REACH = 2


# A live blog's entry opens with a time stamp: "8h41 - Le Premier ministre ...", "14:32 Uhr:",
# "10.15 –", "9:05 a.m. |"; a paragraph that is only a time stamp opens one too.
_ENTRY_RE = re.compile(
    r"\s*(?:\d{1,2}[:.h]\d{2}|\d{1,2}h)\s*(?:Uhr|h|[ap]\.?m\.?|GMT|UTC|CET|MEZ)?\s*(?:[-–—:|]|$)",
    re.IGNORECASE,
)


def _entry_starts(paras: Sequence[str], entries: Collection[int]) -> list[int]:
    """For each paragraph, the first paragraph of its entry: one opened by a time stamp
    paragraph or listed in ``entries`` (a live blog's headings)."""
    out: list[int] = []
    start = 0
    for p, text in enumerate(paras):
        if p in entries or _ENTRY_RE.match(text):
            start = p
        out.append(start)
    return out


def extract_quotes_from_paragraphs(
    paragraphs: Sequence[str], *, entries: Collection[int] = (), _depth: int = 0
) -> list[Quote]:
    """Find the direct quotes in a list of paragraphs, with speakers and positions.

    Args:
        paragraphs: Plain text of the body paragraphs, in order.
        entries: Indexes of paragraphs that open a new entry of a live blog (the first
            paragraph after each entry's heading). A paragraph that opens with a time
            stamp opens one by itself. "He said" and unattributed quotes are never
            resolved across an entry's start.

    Returns:
        The quotes in order of appearance, each quote nested inside another right after
        it (unless the outer speaker reports it as speech: "er sagte: ‚…‘"); ``start``/``end``
        index into ``paragraphs`` and give code-point offsets inside and excluding the marks.
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

    entry_of = _entry_starts(paras, entries)
    reset_initials = _INITIALS.set(_initials([ctx(p) for p in range(len(paras))]))
    try:
        known, nouns = _known_names([ctx(p) for p in range(len(paras))])
        reset = _NOT_NAMES.set(_name_evidence([ctx(p) for p in range(len(paras))], known))
        try:
            quotes = _attribute_all(spans, texts, ctx, entry_of, known, nouns, len(paras), paras)
        finally:
            _NOT_NAMES.reset(reset)
    finally:
        _INITIALS.reset(reset_initials)
    return _with_inner(quotes, _depth)


# Words right before an inner quote that make it speech reported by the outer speaker, part
# of what they say rather than a quote of its own: "ich habe gebetet: ‚…‘", "he jokes that
# ‘…’", "a tweet that says ‘we see you’", "I was like: '…'".
_REPORTING = frozenset(["that", "dass", "daß", "que", "che", "like", "wie", "comme", "como"])
_MAX_DEPTH = 3


def _with_inner(quotes: list[Quote], depth: int) -> list[Quote]:
    """The quotes with the quotes nested inside each one inserted after it, found and
    attributed by the same rules read on the outer quote's text alone (a plaque's text
    quoting its subject, a scare quote inside a quote). An inner quote that the outer
    speaker reports as speech (after a colon, a verb of saying or "that") is left inside."""
    if depth >= _MAX_DEPTH:
        return quotes
    out: list[Quote] = []
    for q in quotes:
        out.append(q)
        if q.start is None or q.end is None or q.start.paragraph != q.end.paragraph \
                or _MARK_RE.search(q.text) is None:
            continue
        base = q.start.offset
        for inner in extract_quotes_from_paragraphs([q.text], _depth=depth + 1):
            if inner.start is None or inner.end is None or inner.end.offset >= len(q.text) \
                    or q.text[inner.start.offset - 1 : inner.start.offset] == "”":
                continue  # a stray mark: left open to the end, or a closing mark that opens
            head = q.text[: inner.start.offset - 1].rstrip()
            tail = q.text[inner.end.offset + 1 :]
            words = head.split()
            last = words[-1].lower() if words else ""
            toks = _tokens(head)
            if not head and len(tail.strip(" .,;:!?…\"'“”„‘’‚«»‹›「」『』")) <= 2:
                continue  # doubled marks around one quote: "„…“"
            if head.endswith(":") or last in _REPORTING or (
                    toks and _verb_at(toks, len(toks) - 1) is not None) or tail[:1] in {"-", "‐"}:
                continue  # reported speech, or part of a compound: „›Blut und Ehre‹-Mentalität“
            out.append(inner.model_copy(update={
                "start": TextPosition(paragraph=q.start.paragraph,
                                      offset=base + inner.start.offset),
                "end": TextPosition(paragraph=q.start.paragraph, offset=base + inner.end.offset),
            }))
    return out


_LABEL_RE = re.compile(r"[^\W\d_][\w.’'-]*(?: [^\W\d_][\w.’'-]*){0,3}:\s*$")


def _answers_question(paras: Sequence[str], s: _Span) -> bool:
    """Whether the quote opens an answer of an interview: its paragraph begins with it (or
    with the interviewee's name and a colon, "Liat: „…“") right after a paragraph that asks
    a question and quotes nothing ("Haben sie dir Angst gemacht?")."""
    if s.sp == 0 or s.so > 80 or not paras[s.sp - 1].rstrip().endswith("?"):
        return False  # (a label of up to four words is short: no long prefix is read)
    lead = paras[s.sp][: max(0, s.so - 1)].strip()
    if lead and _LABEL_RE.fullmatch(lead + " ") is None:
        return False
    return _MARK_RE.search(paras[s.sp - 1]) is None


def _attribute_all(spans: list[_Span], texts: list[str], ctx: Callable[[int], _Ctx],
                   entry_of: list[int], known: frozenset[str], nouns: frozenset[str],
                   n_paras: int, paras_of: Sequence[str] = ()) -> list[Quote]:
    """Speaker, verb and kind of every quote, in order (the pass of
    :func:`extract_quotes_from_paragraphs` once the article is read)."""
    written = _titled_names([ctx(p) for p in range(n_paras)])
    titled = _role_index(written)
    heads = _head_index(written)
    korean = _korean_names(paras_of)
    stand_ins: list[tuple[int, int, str]] = []
    doc_owners: list[tuple[int, int, str]] = []
    seen_paras = -1
    quotes: list[Quote] = []
    direct: list[bool] = []
    unnamed: list[bool] = []
    prev_speaker: str | None = None
    interviewee: str | None = None
    prev_end = -10
    last_end = (-1, 0)
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
            for off, n in _stand_ins(ctx(seen_paras), known):
                if n is None:  # "he said": the person named before goes on, in its entry
                    n = stand_ins[-1][2] if stand_ins and \
                        stand_ins[-1][0] >= entry_of[seen_paras] else None
                if n is not None:
                    bisect.insort(stand_ins, (seen_paras, off, n))
            doc_owners.extend((seen_paras, off, n) for off, n in _document_owners(ctx(seen_paras)))
        first = ctx(s.sp)
        last = ctx(s.ep)
        btoks, bq = first.sentence_of(s.so - 1)
        if s.sp == s.ep:
            atoks, aq = btoks, bq
        else:
            atoks, aq = last.sentence_of(0)
        who: _Who | None = None
        if s.closed and aq >= 0:
            who = _after_quote(atoks, aq, last.masked, known)
            if (who is None or (who.stand_in and who.name is None and who.hint is None)) \
                    and (tail_verb := _verb_last(atoks, aq)) is not None:
                # a verb-final language: „…“ dedi, "…"고 말했다; the subject stands before
                who = (_topic_before(btoks, bq, first.masked, tail_verb, korean)
                       if bq >= 0 else None) \
                    or who or _Who(None, tail_verb, stand_in=True)
        if who is None and bq >= 0:
            who = _before_colon(btoks, bq, first.masked)
        if who is None and bq > 0 and btoks[bq - 1].text == ":":
            name = _colon_subject(btoks, bq, first.masked, known)
            if name is not None:
                who = _Who(name, None)  # "Auch Teamkollege Nico Elvedi haderte: „…“"
        naming = False
        if who is None and bq > 0 and s.sp == s.ep:
            who = _naming_subject(btoks, bq, first.masked)  # "Lawrow sieht … als „…“"
            naming = who is not None
        if who is None and aq >= 0 and s.sp == s.ep and s.closed:
            who = _naming_after(atoks, aq, last.masked)  # "warf X mangelnde »…« vor"
            naming = who is not None
        if who is not None and not naming and s.sp == s.ep and _title_like(qtext) and (
                who.verb is None or (not _adjacent(atoks, aq, btoks, bq) and (
                    " " in qtext.strip() or not _called(btoks, bq)))):
            # a title in quotes, a verb further on: »Invictus Games« (…) hätten; or after a
            # colon with no verb of saying: „Die Playlist ist …: "Behind Blue Eyes" von …"
            who = None
        direct_attr = who is not None
        answer = _answers_question(paras_of, s)
        if who is None and bq >= 0:
            who = _in_sentence(btoks, bq, first.masked)
        if who is None and s.sp != s.ep and aq >= 0:
            who = _in_sentence(atoks, aq, last.masked)
        if who is None and bq > 0:
            who = _calling_subject(btoks, bq, first.masked, known)
        if who is None and s.closed:
            who = _next_sentence(last, s.eo)
        if who is None and s.closed and not (bq > 0 and btoks[:bq]):
            who = _quote_noun_subject(last, s.eo, known)
        if who is not None and who.name is not None and not who.org \
                and not _speaker_like(who.name, known, nouns):
            who = None
        before = btoks[:bq] if bq >= 0 else []
        speechy = any(_verb_at(btoks, v) is not None and not (
            v > 0 and btoks[v - 1].text.lower() in _PASSIVE) for v in range(len(btoks))) \
            or _reported_mood(btoks)
        kind = _classify(qtext, before, who is not None, speechy)
        if _names_work(atoks, aq, btoks, bq) or _named_thing(qtext, btoks, bq) or (
                kind != "full" and _glossed(paras_of, s)) or _named_source(btoks, bq):
            kind, who = "scare", None  # „…“ ist das erste Kapitel; the film “…”
        elif not direct_attr and not naming and _title_like(qtext) and (
                " " in qtext.strip() or (kind != "full" and who is None)
                or (who is not None and not _called(btoks, bq))):
            kind = "scare"  # a name or a title in quotes: „Wahl-Arena“, "U.S. News"
        elif kind == "scare" and (who is not None or (
                prev_speaker is not None and prev_end >= s.sp - PARTIAL_REACH)):
            kind = "partial"  # a word of someone quoted just before: „am Boden zerstört“
        speaker: str | None = None
        verb: str | None = None
        unnamed_since = False
        if who is not None:
            verb = who.verb
            if who.role is not None:
                speaker = _recent_role(who.role, heads, (s.sp, s.so)) or _resolve_role(
                    who.role, titled) or who.role
            elif who.document:
                speaker = _last_before(doc_owners, s.sp, s.so, floor=max(entry_of[s.sp], s.sp - 2))
            elif who.unnamed:
                speaker = None
            elif who.name is None and who.hint is not None and \
                    (resolved := _recent_role(who.hint, heads, (s.sp, s.so))
                     or _resolve_role(who.hint, titled)) is not None:
                speaker = resolved  # "le président russe" -> Vladimir Poutine
            elif who.name is not None:
                speaker = who.name
            elif who.hint is not None and not any(_is_title(w) for w in who.hint.split()) \
                    and not _epithet(who.hint):
                # "asegura la vecina": someone not named, unless the sentence names a person:
                # "Así ha resumido el consejero, Antonio Sanz, un “fuego de cuneta”"
                speaker = _introduced_name(first, None, s.sp, s.so - 1, last_end, known, nouns,
                                           anywhere=True, own=True) or _introduced_name(
                    first, None, s.sp, s.so - 1, last_end, known, nouns, anywhere=True)
            else:
                intro = None
                if who.hint is None and not before:  # "…, relató": who was named just before
                    intro = _introduced_name(
                        first, ctx(s.sp - 1) if s.sp > entry_of[s.sp] else None, s.sp, s.so - 1, last_end,
                        known, nouns)
                speaker = intro or _last_before(stand_ins, s.sp, s.so, floor=entry_of[s.sp],
                                                named=who.hint is not None) or None

        elif kind == "full" and not before and (intro := _introduced_name(
                first, ctx(s.sp - 1) if s.sp > entry_of[s.sp] else None, s.sp, s.so - 1, last_end,
                known, nouns)) is not None:
            speaker = intro  # a person named since the last quote beats the one carried
        elif kind == "partial" and before and (intro := _introduced_name(
                first, None, s.sp, s.so - 1, last_end, known, nouns, own=True)) is not None:
            speaker = intro  # the subject of the quote's own sentence
        elif kind != "scare":
            # "Regisseur Jens Erwin Siemssen hat ... geführt. „…“": a person named since the
            # last quote of the paragraph comes before the speaker of that quote
            speaker = _last_before(stand_ins, s.sp, s.so, para_only=s.sp)
            if speaker is None:
                # the person introduced since the last quote, just before this paragraph:
                # "Another villager, Lipolelo Potobere, said ...¶ “As we speak, ...”"
                speaker = _introduced(stand_ins, s.sp, s.so, max(last_end, (entry_of[s.sp], 0)))
            unnamed_since = speaker == ""  # someone unnamed spoke since the last quote
            speaker = speaker or None
        if speaker is None and who is None and kind != "scare" and prev_speaker is not None \
                and prev_end >= entry_of[s.sp] and not unnamed_since and _continuation(s, prev_end, first, prev_speaker, known):
            speaker = prev_speaker  # an unattributed quote goes on from the one before
        if kind != "scare" and answer:
            if who is None and interviewee is not None:
                speaker = interviewee  # an answer in an interview: the interviewee's
            interviewee = speaker or interviewee
        if kind == "scare":
            speaker = verb = None
        else:
            prev_speaker, prev_end = speaker, s.ep
            last_end = (s.ep, s.eo)
        if speaker is not None and not (who is not None and who.org):
            bisect.insort(stand_ins, (s.ep, s.eo, speaker))  # a body is no antecedent
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
        unnamed.append(who is not None and who.unnamed)
    _same_paragraph(quotes, direct, unnamed)
    return quotes


# Prepositions before a place or a body rather than a person ("in Hong Kong", "de San Isidro").
_PLACE_PREPOSITIONS = frozenset(["in", "im", "en", "of", "de", "di", "du", "des", "del", "della",
                                 "a", "à", "at", "au", "aus", "nach", "zu", "zur", "zum", "para",
                                 "per", "pour", "for", "to"])


def _introduced_name(ctx: _Ctx, prev: _Ctx | None, para: int, off: int, since: tuple[int, int],
                     known: frozenset[str], nouns: frozenset[str], *,
                     anywhere: bool = False, own: bool = False) -> str | None:
    """A person introduced by full name in the sentence of a quote (before it) or the sentence
    before, after the last quote: "Patrick Dury
    wird später noch deutlicher. „…“", "el alcalde, Ángel Collados, apenas encontraba palabras.
    “…”, relató". Such a name beats the speaker carried from an earlier quote. ``prev`` is the
    paragraph before, read when the quote opens its paragraph's first sentence; ``since``
    is (paragraph, offset) of the end of the last quote. A name whose
    first word is seen after an article (``nouns``: "la Guardia Civil") is no person's. With
    ``anywhere`` (for a role phrase standing in for the speaker: "ha resumido el consejero")
    the name may stand anywhere in those sentences; with
    ``own`` only the quote's own sentence is read ("Pedro Sánchez würdigte Vargas Llosa als
    „universellen Meister des Wortes“")."""
    si = bisect.bisect_right(ctx.sents, off, key=lambda b: b[0]) - 1
    if si < 0 or off >= ctx.sents[si][1]:
        return None
    def after_last(c: _Ctx) -> int:
        # past the sentence of the last quote, which holds its own attribution
        k = bisect.bisect_right(c.sents, since[1], key=lambda b: b[0]) - 1
        return c.sents[k][1] if k >= 0 and since[1] < c.sents[k][1] else since[1]

    windows: list[tuple[_Ctx, int, int]] = []
    lo = ctx.sents[si if own else max(0, si - 1)][0]
    if since[0] == para:
        lo = max(lo, since[1] if own else after_last(ctx))
    windows.append((ctx, lo, off))
    if si == 0 and prev is not None and prev.sents and since[0] < para and not own:
        start = prev.sents[-1][0]
        if since[0] == para - 1:
            start = max(start, after_last(prev))
        windows.insert(0, (prev, start, len(prev.masked)))
    found: str | None = None
    for c, a, b in windows:
        i = bisect.bisect_left(c.toks, a, key=lambda t: t.start)
        j = bisect.bisect_left(c.toks, b, key=lambda t: t.start)
        toks = c.toks[i:j]
        for run in _name_runs(toks):
            name = _clean_name(toks, run[0], run[1], c.masked)
            lo = run[0]
            while name is not None and not _full_name(name) and lo + 2 <= run[1]:
                lo += 1  # a role noun before the name: "Ministerpräsident Pedro Sánchez"
                name = _clean_name(toks, lo, run[1], c.masked)
            if name is not None:  # where the name begins once titles are dropped
                lo = next((m for m in range(lo, run[1] + 1)
                           if c.masked.startswith(name, toks[m].start)), lo)
            before = toks[lo - 1].text if lo > 0 else ","
            nxt = _past_parenthesis(toks, run[1] + 1)
            after = toks[nxt].text if nxt < len(toks) else "§"
            # a subject: opening its clause or set off by commas, a verb or a comma after it
            # (not "die These von Nora Back", not "Travis Kelce‘s mom")
            lead = toks[run[0] - 1].text.lower() if run[0] > 0 else ""
            subject = (before in {"§", ":", "—", "–", ","} or lo == 0 or _is_cap(before)) \
                and after[:1].islower() and lead not in _LOWER_PREPOSITIONS \
                and after.lower() not in _CONJ
            apposed = before == "," and after == "," and any(
                t.text.lower() in _ARTICLES for t in toks[max(0, run[0] - 6) : run[0] - 1])
            anywhere_ok = anywhere and after not in {"'", "’", "‘", "´"} \
                and before.lower() not in _PLACE_PREPOSITIONS | _CONJ
            if name is not None and (subject or apposed or anywhere_ok) and _full_name(name) \
                    and (_person_like(name, known) or anywhere_ok) and not _stop(toks[lo].text) \
                    and name.split()[0] not in nouns:
                found = name
    return found


# Nouns for a work or its parts: a quote named as one is a title, not speech.
_WORK_NOUNS = frozenset(
    ["kapitel", "titel", "film", "buch", "roman", "song", "lied", "album", "motto", "slogan",
     "serie", "chapter", "title", "book", "novel", "movie", "series", "chapitre", "titre",
     "livre", "roman", "capítulo", "título", "libro", "película", "canción", "capitolo",
     "titolo", "romanzo", "canzone",
     # publications, programmes and names: the magazine “…”, des „Stern“, die Sendung „…“
     "magazine", "newspaper", "journal", "paper", "tabloid", "podcast", "show", "programme",
     "program", "documentary", "episode", "column", "blog", "magazin", "zeitung",
     "zeitschrift", "blatt", "sendung", "programm", "dokumentation", "doku", "kolumne",
     "folge", "revue", "journal", "émission", "quotidien", "hebdomadaire", "revista",
     "periódico", "diario", "programa", "rivista", "giornale", "quotidiano", "trasmissione",
     "jornal", "name", "namen", "bezeichnung", "begriff", "stichwort", "schlagwort",
     "spitzname", "nickname", "label", "brand", "marke", "wort", "word", "term", "ausdruck",
     "mot", "palabra", "parola", "palavra"]
)
# German compounds ending in one of these are the same: "BBC-Radiosendung", "Tageszeitung".
_WORK_SUFFIXES = tuple(w for w in _WORK_NOUNS if len(w) >= 4 and w.isalpha())
# Words between such a noun and the quote: "ein Podcast des „Stern“", "the host of the “…”".
_WORK_LINKS = frozenset(["des", "der", "von", "vom", "of", "the", "du", "de", "del", "della",
                         "dello", "di", "la", "le", "el", "il"])


def _names_work(atoks: list[_Tok], aq: int, btoks: list[_Tok], bq: int) -> bool:
    """Whether a quote is the title of a work: named as one after a copula („…“ ist das erste
    Kapitel, "…" is the title of), right after such a noun (the film "…", im Roman „…“) or
    after its maker (der Autor von „…“), also as the later items of a list of titles."""
    if aq >= 0 and aq + 1 < len(atoks) and atoks[aq + 1].text.lower() in _COPULAS:
        for k in range(aq + 2, min(len(atoks), aq + 6)):
            if atoks[k].text.lower() in _WORK_NOUNS:
                return True
            if not atoks[k].text[:1].isalpha():
                break
    k = bq
    while k >= 2 and btoks[k - 2].text == "§" and btoks[k - 1].text.lower() in _CONJ | {","}:
        k -= 2  # a list of titles: „Die Stadt und die Hunde“, „…“ und „Das Fest des Ziegenbocks“
    b = k - 1
    while b > 0 and k - b <= 2 and btoks[b].text.lower() in _WORK_LINKS:
        b -= 1  # "ein Podcast des „Stern“"
    if b >= 0 and (btoks[b].text.lower() in _WORK_NOUNS or (
            _is_cap(btoks[b].text) and len(btoks[b].text) > 6
            and btoks[b].text.lower().endswith(_WORK_SUFFIXES))):
        return True
    # the author of a work: "Der Autor von „…“", "the author of “…”", "l'auteur de « … »"
    return k > 1 and btoks[k - 1].text.lower() in _OF and btoks[k - 2].text.lower() in _AUTHORS


# Nouns for the maker of a work, and the prepositions that link them to it.
_AUTHORS = frozenset(["autor", "autorin", "author", "auteur", "autrice", "autora", "autore",
                      "regisseur", "regisseurin", "director", "réalisateur", "komponist",
                      "composer", "schöpfer", "creator", "erfinder"])
_OF = frozenset(["von", "of", "de", "du", "des", "di", "del", "della", "des"])


def _continuation(s: _Span, prev_end: int, ctx: _Ctx, prev: str, known: frozenset[str]) -> bool:
    """Whether a quote clearly goes on from the quote before, that ended in paragraph
    ``prev_end``: in the same paragraph, or at the start of the next paragraph when that
    paragraph names no person."""
    if s.sp == prev_end:
        return True
    if s.sp > prev_end + PARTIAL_REACH:
        return False
    k = 0
    toks = ctx.toks
    while k < len(toks) and toks[k].start < s.so:
        run = _name_run(toks, k, 1)
        if run is None:
            k += 1
            continue
        name = _clean_name(toks, run[0], run[1], ctx.masked)
        if name is not None and _person_like(name, known) and name not in prev:
            return False
        k = run[1] + 1
    return True


def _same_paragraph(quotes: list[Quote], direct: list[bool], unnamed: list[bool]) -> None:
    """Give an unattributed quote the speaker of the nearest attributed one in its paragraph
    (not a quote that is attributed to someone left unnamed)."""
    attributed: dict[int, list[int]] = {}  # paragraph -> indexes of attributed quotes, in order
    for j, other in enumerate(quotes):
        if (unnamed[j] or (direct[j] and other.speaker is not None)) and other.start is not None:
            attributed.setdefault(other.start.paragraph, []).append(j)
    for i, q in enumerate(quotes):
        if q.speaker is not None or q.kind == "scare" or q.start is None or unnamed[i]:
            continue
        near = attributed.get(q.start.paragraph)
        if not near:
            continue
        k = bisect.bisect_left(near, i)
        options = [j for j in (near[k - 1] if k > 0 else None, near[k] if k < len(near) else None)
                   if j is not None]
        best = min(options, key=lambda j: (abs(j - i), j))
        if not unnamed[best]:  # next to a quote of someone unnamed: not a farther one's
            q.speaker = quotes[best].speaker


# Epithets that news text uses for a person named before: nationalities ("el holandés",
# "il francese", "la alemana") and the nouns of a public figure's standing ("el mandatario",
# "il tecnico", "le champion"). Unlike "la vecina", they stand for the last person named.
_EPITHETS = frozenset(
    ["holandés", "holandesa", "neerlandés", "británico", "británica", "francés", "francesa",
     "alemán", "alemana", "italiano", "italiana", "español", "española", "portugués",
     "portuguesa", "estadounidense", "mexicano", "mexicana", "argentino", "argentina",
     "brasileño", "brasileña", "ruso", "rusa", "ucraniano", "ucraniana", "chino", "china",
     "belga", "suizo", "suiza", "austriaco", "austriaca", "polaco", "polaca", "griego",
     "griega", "turco", "turca", "israelí", "palestino", "canadiense", "australiano",
     "australiana", "japonés", "japonesa", "finlandés", "finlandesa", "danés", "danesa",
     "sueco", "sueca", "noruego", "noruega", "monegasco", "madrileño", "catalán", "catalana",
     "olandese", "britannico", "britannica", "francese", "tedesco", "tedesca", "spagnolo",
     "spagnola", "americano", "americana", "russo", "russa", "ucraino", "ucraina", "cinese",
     "svizzero", "svizzera", "polacco", "polacca", "greco", "greca", "portoghese",
     "néerlandais", "néerlandaise", "britannique", "allemand", "allemande", "italien",
     "italienne", "espagnol", "espagnole", "américain", "américaine", "russe", "ukrainien",
     "ukrainienne", "chinois", "chinoise", "belge", "suisse", "polonais", "polonaise",
     "mandatario", "mandataria", "dirigente", "líder", "tecnico", "técnico", "leader",
     "tetracampeón", "tricampeón", "campeón", "campeona", "campione", "champion",
     "championne", "piloto", "pilota", "pilote", "tenista", "delantero", "atacante",
     "portero", "attaccante", "veterano", "veterana", "magnate", "tycoon", "republicano",
     "republicana", "demócrata", "socialista", "conservador", "conservadora",
     "conservatrice", "populista", "ultraderechista", "político", "politico",
     "exministro", "exministra", "expresidente", "expresidenta", "exjugador", "ingeniero"]
)


def _epithet(hint: str) -> bool:
    """Whether a role phrase is an epithet for someone named before (see ``_EPITHETS``)."""
    words = [w.lower() for w in hint.split()]
    return bool(words) and any(w in _EPITHETS for w in words[:3])


def _last_before(
    stand_ins: list[tuple[int, int, str]], para: int, off: int, *, para_only: int | None = None,
    floor: int = 0, named: bool = False,
) -> str | None:
    """The last name given before (para, off); with ``para_only``, only in that paragraph;
    none before paragraph ``floor`` (the start of a live blog's entry). An empty name marks
    someone unnamed; with ``named`` (a title to resolve, "el portavoz") the few markers just
    before are passed over."""
    k = bisect.bisect_left(stand_ins, (para, off, ""))
    while named and k > 0 and stand_ins[k - 1][2] == "" and k > len(stand_ins) - 50:
        k -= 1
    if k == 0:
        return None
    p, _, name = stand_ins[k - 1]
    if (para_only is not None and p != para_only) or p < floor:
        return None
    return name


def _introduced(
    stand_ins: list[tuple[int, int, str]], para: int, off: int, since: tuple[int, int]
) -> str | None:
    """The last name given before (para, off) when it lies in the paragraph just before
    ``para`` and after the end of the last quote, ``since``: the current interviewee."""
    k = bisect.bisect_left(stand_ins, (para, off, ""))
    if k == 0:
        return None
    p, o, name = stand_ins[k - 1]
    if p < para - 1 or (p, o) < since:
        return None
    return name


def _colon_subject(toks: list[_Tok], q: int, text: str, known: frozenset[str]) -> str | None:
    """The person named nearest before the colon that introduces a quote."""
    k = q - 2
    if k > 0 and toks[k].text == ")":
        # "Julian Nagelsmann (Trainer Bayern München): „…“": the name before the bracket
        k = _open_paren(toks, k) - 1
    while k >= 0 and toks[k].text != "§":
        run = _name_run(toks, k, -1)
        if run is not None and (person := _affiliated(toks, run[0], 0, text)) is not None:
            return person  # "Luke Bartholomew vom Vermögensverwalter Aberdeen Investments"
        if run is not None:
            for lo in range(run[0], run[1] + 1):  # "L'elogio di Trump:" -> Trump
                name = _clean_name(toks, lo, run[1], text)
                if name is not None and (_person_like(name, known) or (
                        q - 2 - run[1] <= 1 and _full_name(name))):
                    # a full name next to the colon, also one written only after an
                    # article: "den Granit Xhaka zusammenfasste: „…“"
                    return name
            k = run[0] - 1
            continue
        k -= 1
    return None


# Words before a word that something is called: "nannte sie X eine „…“", "als „…“", "called
# it a '…'", "qualifié de « … »".
_CALLED = frozenset(["als", "as", "comme", "como", "come", "de", "a", "an", "ein", "eine",
                     "einen", "einem", "einer", "un", "une", "una", "uno"])


def _called(toks: list[_Tok], q: int) -> bool:
    """Whether the quote at ``toks[q]`` is what someone calls a thing (the predicate of a
    verb of calling: an indefinite article or ``als``/``as`` just before, an adjective
    between): "nannte sie Klöckner eine „Polarisierungsunternehmerin“", "verteidigte den
    Einsatz als gerechtfertigte „Strafverfolgungsmaßnahme“"."""
    for k in range(q - 1, max(-1, q - 3), -1):
        t = toks[k].text
        if t.lower() in _CALLED:
            return True
        if not (t.isalpha() and t[0].islower()):
            return False
    return False


_AS = frozenset(["als", "as", "comme", "como", "come"])
# Words before "als"/"as" that make the phrase a name the thing goes by, not what the
# subject calls it: "bekannt als „…“", "known as", "gilt als".
_KNOWN_AS = frozenset(["bekannt", "known", "gilt", "galt", "gelten", "galten", "such",
                       "connu", "connue", "conocido", "conocida", "noto", "nota", "so"])


def _calling_subject(toks: list[_Tok], q: int, text: str, known: frozenset[str]) -> _Who | None:
    """The person who calls something by the quoted word: the subject of the sentence when
    the quote follows ``als``/``as`` (an adjective between): "US-Botschafter Mike Waltz …
    verteidigte den Einsatz als gerechtfertigte „Strafverfolgungsmaßnahme“"."""
    k = q - 1
    while k > 0 and q - k < 3 and toks[k].text.isalpha() and toks[k].text[0].islower() \
            and toks[k].text.lower() not in _AS:
        k -= 1
    if k <= 0 or toks[k].text.lower() not in _AS or toks[k - 1].text.lower() in _KNOWN_AS \
            or not toks[k - 1].text[:1].isalpha():
        return None
    for s in _subject_slots(toks, k):
        if toks[s].text.lower() in _PRONOUNS:
            return _Who(None, None, stand_in=True)
        run = _name_run(toks, s, 1)
        if run is not None:
            name = _clean_name(toks, run[0], run[1], text)
            if name is not None and _person_like(name, known):
                return _Who(name, None)
            return None
    apposed = _opening_apposition(toks[:k], text)  # "Die Vorsitzende …, Sofia Östmark, würdigte"
    if apposed is not None and _full_name(apposed[1]) and _person_like(apposed[1], known):
        return _Who(apposed[1], None)
    return None


# Verbs of naming and calling (round nineteen): the quote after one is what its subject calls
# a thing, a partial quote of that subject. Each maps to the particle that must stand between
# the verb and the quote ("" for none): "sprach von „…“", "warf … vor, „…“", "sieht … als".
_NAMING: dict[str, str] = {
    **dict.fromkeys(_words("bezeichnet bezeichnete bezeichneten nannte nannten nennt nennen "
                           "called calls dubbed branded labelled labeled termed"), ""),
    **dict.fromkeys(_words("sprach sprachen spricht sprechen"), "von"),
    **dict.fromkeys(_words("warf warfen wirft werfen"), "vor"),
    **dict.fromkeys(_words("sieht sah sehen sahen described describes beschrieb beschreibt"),
                    "als as"),
    **dict.fromkeys(_words("qualifié qualifiée qualifie qualifient qualifiait traité traitée "
                           "calificó califica calificaba calificado tildó tilda tildado "
                           "definió define definido"), "de d como"),
    **dict.fromkeys(_words("definito definita definì definisce bollato bollata bollò"), ""),
}


def _naming_subject(toks: list[_Tok], q: int, text: str) -> _Who | None:
    """The subject of a verb of naming or calling shortly before the quote at ``toks[q]``,
    its own particle between (``Lawrow sieht das Land als „…“``, ``Er warf Venezuela vor,
    „…“``, ``a qualifié la réforme de « … »``): the quote is what that subject calls a thing."""
    for v in range(q - 1, max(-1, q - 9), -1):
        t = toks[v].text
        if t in {"§", ":", ";", ".", "!", "?"}:
            return None
        particles = _NAMING.get(t.lower())
        if particles is None or not t[:1].islower():
            continue
        if toks[q - 1].text.lower() in _DEFINITE:
            return None  # a name after a determiner: "nannte sie im „Tagesspiegel“ …"
        between = {toks[k].text.lower() for k in range(v + 1, q)}
        if particles and not between & set(particles.split()) and \
                not any(b.startswith(("d'", "d’")) for b in between):
            return None
        who = _subject_before(toks, v, text)
        if who is None and v > 0 and toks[v - 1].text != "," and v + 1 < len(toks) and (
                toks[v + 1].text.lower() in _PRONOUNS or _is_cap(toks[v + 1].text)):
            who = _subject_after(toks, v, text)  # "Dabei nannte Merz die Lage „…“"
        if who is not None and (who.name is not None or who.stand_in):
            return who
        return None
    return None


def _naming_after(toks: list[_Tok], q: int, text: str) -> _Who | None:
    """The subject of a verb of naming whose separable particle closes the clause right
    after the quote at ``toks[q]`` (``warf Macron den Staaten mangelnde »Dankbarkeit« vor``):
    the quote is what that subject blames someone for, a partial quote of the subject."""
    if q + 1 >= len(toks):
        return None
    nxt = toks[q + 1].text
    if nxt.lower() == "vor" and (q + 2 == len(toks) or not toks[q + 2].text[:1].isalpha()
                                 or toks[q + 2].text.lower() in _CONJ):
        for v in range(q - 1, max(-1, q - 14), -1):
            t = toks[v].text
            if t in {"§", ":", ";", ".", "!", "?"}:
                return None
            if _NAMING.get(t.lower()) == "vor" and t[:1].islower():
                who = _subject_before(toks, v, text)
                if who is None and v > 0:  # verb-second, also after a fronted clause
                    who = _subject_after(toks, v, text)
                return who if who is not None and (who.name is not None or who.stand_in) \
                    else None
    return None


# Definite determiners and contracted prepositions that make what follows a noun phrase: a
# quoted name after one is named, not said ("zum »Africa Forward Summit«", "their “Best of
# the Bench.”").
_DEFINITE = frozenset([
    "der", "die", "das", "dem", "den", "des", "zum", "zur", "vom", "beim", "im", "am", "ins",
    "the", "their", "its", "his", "her", "our", "this", "le", "la", "les", "du", "au", "aux",
    "el", "los", "las", "del", "al", "il", "lo", "gli", "della", "dello", "degli", "delle",
    "het"])


def _named_thing(qtext: str, btoks: list[_Tok], bq: int) -> bool:
    """A quoted proper name of two or more words standing as a noun after a definite
    determiner or a possessive: an event, a title or a product, not anyone's words."""
    if bq <= 0 or "\n" in qtext:
        return False
    prev = btoks[bq - 1].text
    if prev.lower() not in _DEFINITE and not prev.endswith(("’s", "'s")):
        return False
    core = qtext.strip().rstrip(".,")
    return len(core.split()) >= 2 and _title_like(core)


def _named_source(toks: list[_Tok], q: int) -> bool:
    """Whether the quote is the source after ``laut``/``selon``/``according to``: a
    publication's name in quotes (Laut „Washington Post“), not anyone's words."""
    if q <= 0:
        return False
    prev = toks[q - 1].text.lower()
    return (prev in _PREFIX_VERBS and prev not in _POSTPOSITIONS) or (
        prev == "to" and q > 1 and toks[q - 2].text.lower() == "according")


def _glossed(paras: Sequence[str], s: _Span) -> bool:
    """Whether a quote inside a sentence is glossed by a parenthesis right after it, as a
    name is with its acronym or translation: »Sahelallianz« (Alliance des États du Sahel),
    »Africa Forward Summit« (AFS), “The Comeback” (USC vs. Notre Dame)."""
    return s.ep < len(paras) and paras[s.ep][s.eo + 1 : s.eo + 4].lstrip()[:1] == "("


def _title_like(qtext: str) -> bool:
    """A short quote whose every word is capitalised: a name, a title, a coinage."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", qtext)]
    n = len(qtext.split())
    if not words or n > 8 or qtext.rstrip()[-1:] in _TERMINAL or (n > 4 and "," in qtext):
        return False
    small = {"of", "the", "and", "in", "on", "for", "a", "und", "der", "die", "das", "von", "de",
             "to", "at", "by", "la", "le", "les", "des", "du", "el", "del", "di", "e", "y", "et"}
    if any(w in {"der", "des"} and words[k - 1][0].isupper() and words[k + 1][0].isupper()
           for k, w in enumerate(words[1:-1], 1)):
        return False  # a German genitive noun phrase: »Zeichen der Wertschätzung«
    return all(w[0].isupper() or w.lower() in small for w in words) and words[0][0].isupper()


def extract_quotes(article: Article) -> list[Quote]:
    """Find the direct quotes in an article's body paragraphs.

    Args:
        article: The article; its ``paragraphs`` are read.

    Returns:
        The quotes, positioned against ``article.paragraphs`` so that
        ``article.model_copy(update={"quotes": ...})`` validates.
    """
    paragraphs = article.paragraphs
    # A live blog (two or more time-stamped headings or paragraphs): each heading opens an entry.
    from newsmodel.models.article import Heading, Paragraph  # the models import this module

    heads: list[int] = []
    stamped = count = 0
    for block in article.body:
        if isinstance(block, Heading):
            heads.append(count)
            stamped += bool(_ENTRY_RE.match(block.text))
        elif isinstance(block, Paragraph):
            stamped += bool(_ENTRY_RE.match(block.text))
            count += 1
    entries = heads if stamped >= 2 else ()
    with gc_paused(sum(map(len, paragraphs))):  # linear time on huge input (newsmodel._gc)
        return extract_quotes_from_paragraphs(paragraphs, entries=frozenset(entries))
