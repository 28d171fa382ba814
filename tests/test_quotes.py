"""Tests for newsmodel.text.quotes: marks, speakers, kinds, positions, the labeled set."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.models import Article, Paragraph
from newsmodel.text.quotes import (
    _clean_name,
    _subject_before,
    _tokens,
    extract_quotes,
    extract_quotes_from_paragraphs,
)

LABELS = Path(__file__).parent / "labels" / "quotes"
BENCH = Path(__file__).parent.parent / "benchmarks" / "bench_quotes.py"


def _article(paragraphs: list[str]) -> Article:
    return Article(title="t", body=[Paragraph(text=p) for p in paragraphs])


def _one(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes_from_paragraphs([text])]


# --- the example article ------------------------------------------------------------


@pytest.fixture(scope="module")
def example() -> Article:
    data = json.loads((LABELS / "moscow-times-tajikistan.json").read_text(encoding="utf-8"))
    return _article(data["paragraphs"])


def test_example_shoigu_quote_spans_two_paragraphs(example: Article) -> None:
    quotes = extract_quotes(example)
    q = next(q for q in quotes if q.text.startswith("We continue to train"))
    assert q.text.endswith("201st Russian military base")
    assert "\n" in q.text
    assert q.speaker == "Shoigu"
    assert q.kind == "full"
    assert q.start is not None and q.end is not None
    assert q.start.paragraph + 1 == q.end.paragraph
    paras = example.paragraphs
    assert paras[q.start.paragraph][q.start.offset :].startswith("We continue")
    assert paras[q.end.paragraph][: q.end.offset].endswith("military base")


def test_example_speakers_and_kinds(example: Article) -> None:
    by_text = {q.text: q for q in extract_quotes(example)}
    assert by_text["any necessary help to (our) Tajikistan friends."].speaker == "Shoigu"
    muh = by_text["not yet ready to name the exact number of refugees we can accept"]
    assert muh.speaker == "Muhriddin"
    assert muh.kind == "partial"
    assert by_text["deteriorating"].kind == "partial"
    assert by_text["hasty"].kind == "partial"
    # "Moscow's defense minister said Wednesday": neither the day nor the owner of the
    # role speaks; the role resolves to the one defence minister named in the article
    assert by_text["deteriorating"].speaker == "Sergei Shoigu"
    # "Shoigu, who blamed ... the "hasty" withdrawal ..., said Moscow was ready"
    assert by_text["hasty"].speaker == "Shoigu"
    # apostrophes (Afghanistan's, Tajikistan's) never open a quote
    assert not any("'s" in t[:3] for t in by_text)
    assert len(by_text) == 5


def test_example_quotes_validate_on_article(example: Article) -> None:
    quotes = extract_quotes(example)
    Article.model_validate({**example.model_dump(), "quotes": [q.model_dump() for q in quotes]})


# --- marks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "we will win" today.', "we will win"),
        ("He said “we will win” today.", "we will win"),
        ("Er sagte, „wir werden gewinnen“, heute.", "wir werden gewinnen"),
        ("Er sagte »wir werden gewinnen« heute.", "wir werden gewinnen"),
        ("Il a dit « nous allons gagner » hier.", "nous allons gagner"),
        ("Er sagte «wir werden gewinnen» heute.", "wir werden gewinnen"),
        ("He said ‘we will win’ today.", "we will win"),
        ("Er sagte ‚wir gewinnen‘ heute.", "wir gewinnen"),
        ("Er sagte ›wir gewinnen‹ heute.", "wir gewinnen"),
    ],
)
def test_mark_styles(text: str, quoted: str) -> None:
    assert [q[0] for q in _one(text)] == [quoted]


def test_apostrophes_are_not_quotes() -> None:
    assert _one("Afghanistan's army don't retreat; the fans' view and Kelce‘s mom in the 72.‘ minute.") == []


def test_nested_quote_stays_inside_outer() -> None:
    got = _one("“He wrote ‘we see you’ with a video,” he asked.")
    assert [g[0] for g in got] == ["He wrote ‘we see you’ with a video,"]


def test_nested_german() -> None:
    got = _one("„Ich habe gebetet: ‚Bitte rette mich!‘“, erinnert sich Rom Braslavski.")
    assert got == [("Ich habe gebetet: ‚Bitte rette mich!‘", "Rom Braslavski", "full")]


def test_multi_paragraph_quote_reopened() -> None:
    paras = ['Abby Dunn said: "Check the calendars.', '"Of course, book now!"']
    (q,) = extract_quotes_from_paragraphs(paras)
    assert q.text == "Check the calendars.\nOf course, book now!"
    assert q.speaker == "Abby Dunn"
    assert q.start is not None and q.end is not None
    assert (q.start.paragraph, q.end.paragraph) == (0, 1)


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    (q,) = extract_quotes_from_paragraphs(['She said: "We are ready', "Nothing here."])
    assert q.text == "We are ready"
    assert q.end is not None and q.end.paragraph == 0


# --- speakers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," Jane Doe said.', "Jane Doe"),
        ('"We will win," said Jane Doe, a senator.', "Jane Doe"),
        ('"We will win," Jane Doe, an expert at Chatham House, told the AP.', "Jane Doe"),
        ('Jane Doe said: "We will win."', "Jane Doe"),
        ('Russian Defence Minister Sergei Shoigu said: "We will win."', "Sergei Shoigu"),
        ("„Wir gewinnen“, sagte Verdi-Sprecher Tjark Sauer.", "Tjark Sauer"),
        ("„Wir gewinnen das Spiel“, so Murat Yakin.", "Murat Yakin"),
        ("Heike Hofmann (SPD) sagte: „Wir gewinnen das Spiel.“", "Heike Hofmann"),
        ("« Nous allons gagner », déclare Sophie Binet.", "Sophie Binet"),
        ("«È molto emozionante», ha detto Donald Trump.", "Donald Trump"),
        ('"Es algo maravilloso", espetó Max Verstappen.', "Max Verstappen"),
    ],
)
def test_attribution(text: str, speaker: str) -> None:
    got = _one(text)
    assert len(got) == 1
    assert got[0][1] == speaker


def test_according_to_and_laut() -> None:
    assert _one('According to Jane Doe, the plan was "a hasty retreat from reality".')[0][1] == "Jane Doe"
    assert _one("Laut Jane Doe war der Plan „ein überstürzter Rückzug aus der Realität“.")[0][1] == "Jane Doe"


def test_pronoun_resolves_to_last_named_speaker() -> None:
    paras = [
        'Matthew Levitt said the move was "risky."',
        '"He learned Hebrew and spoke with his jailers," he said.',
        "„Das ist absurd“, sagte er.",
    ]
    quotes = extract_quotes_from_paragraphs(paras)
    assert [q.speaker for q in quotes] == ["Matthew Levitt"] * 3


def test_pronoun_without_antecedent_stays_null() -> None:
    assert _one('"We will win the match," he said.')[0][1] is None


def test_unattributed_quote_continues_previous_speaker() -> None:
    paras = ['"We will win," Jane Doe said.', '"And we will celebrate afterwards."']
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == ["Jane Doe", "Jane Doe"]


def test_colon_introduces_quote_of_the_clause_subject() -> None:
    paras = [
        "Auch Teamkollege Nico Elvedi haderte mit der neuen Regel: „Ich verstehe das nicht.“",
        "Den Frust fasste Granit Xhaka zusammen: „Der Platzverweis hat uns getötet.“",
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == [
        "Nico Elvedi",
        "Granit Xhaka",
    ]


def test_verb_second_pronoun_is_the_subject_not_the_fronted_noun() -> None:
    paras = [
        "Rom Braslavski war zwei Jahre lang Geisel.",
        "Über seine Freilassung sagte er: „Ich bin zurückgekommen.“",
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == ["Rom Braslavski"]


def test_common_noun_is_no_speaker() -> None:
    paras = [
        "Das Papier liegt vor.",
        "„Wir gehen in die Offensive“, heißt es im Papier.",
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == [None]


def test_name_in_quotes_is_scare_even_beside_a_speaker() -> None:
    got = _one("Dietmar Bartsch sagte, er habe die „Wahl-Arena“ nicht gesehen.")
    assert got == [("Wahl-Arena", None, "scare")]


@pytest.mark.parametrize(
    "text",
    [
        'Prices will rise amid a "deteriorating" market, the company said Wednesday.',
        "„Wir gewinnen das Spiel“, sagte am Montag der Vorstand.",
        "« Nous allons gagner », a déclaré mardi le porte-parole.",
        'Prices will rise amid a "deteriorating" market, analysts said Today.',
    ],
)
def test_time_words_are_never_speakers(text: str) -> None:
    (got,) = _one(text)
    assert got[1] not in {"Wednesday", "Montag", "Today", "Mardi"}


def test_possessive_role_is_given_as_written_when_unresolved() -> None:
    got = _one('Prices will rise in a "deteriorating" market, Moscow\'s defense minister said.')
    assert got[0][1] == "Moscow's defense minister"


def test_possessive_role_resolves_to_the_one_person_with_that_role() -> None:
    paras = [
        'Aid will grow amid a "deteriorating" situation, Moscow\'s defense minister said.',
        "Russian Defence Minister Sergei Shoigu met his counterpart.",
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == ["Sergei Shoigu"]


def test_name_after_verb_that_begins_a_reported_clause_is_not_the_speaker() -> None:
    got = _one('Jane Doe, who blamed the "hasty" withdrawal, said Moscow was ready.')
    assert got[0][1] == "Jane Doe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Nous avons fait échouer leur campagne», a affirmé le ministre russe de la Défense, "
         "Andreï Belooussov, selon une vidéo.", "Andreï Belooussov"),
        ("«La Russie a besoin de migrants», a déclaré le porte-parole du Kremlin, Dmitri Peskov.",
         "Dmitri Peskov"),
        ("«Les migrants, c’est un besoin», a souligné M. Peskov.", "Peskov"),
        ("«Il faut agir», a rapporté sur Facebook le porte-parole du président, Berik Uali.",
         "Berik Uali"),
        ('"We will win," has said the director, Jane Doe.', "Jane Doe"),
    ],
)
def test_inverted_compound_verbs_and_role_appositions(text: str, speaker: str) -> None:
    assert _one(text)[0][1] == speaker


def test_role_stand_in_resolves_to_the_one_person_with_that_role() -> None:
    paras = [
        "Jeudi soir, le président russe Vladimir Poutine a parlé à la nation.",
        "Anna Petrova a dit que « rien n’a changé ».",
        "« Le conflit a pris un caractère mondial », a averti le président russe.",
    ]
    speakers = [q.speaker for q in extract_quotes_from_paragraphs(paras)]
    assert speakers == ["Anna Petrova", "Vladimir Poutine"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('One of the protesters, Hayley Walsh, 42, a lecturer from Nottingham, said: "We act."',
         "Hayley Walsh"),
        ("Fellow protester, mechanical engineer Richard Weir, 60, from Tynemouth, North Tyneside, "
         'said: "We act now."', "Richard Weir"),
    ],
)
def test_subject_is_the_leftmost_name_before_appositions(text: str, speaker: str) -> None:
    assert _one(text)[0][1] == speaker


def test_sentence_adverb_is_no_name() -> None:
    paras = [
        "Trainer Uwe Schubert blickt auf das Spiel.",
        "Dennoch betont der Trainer: „Wir wollen so viele Punkte wie möglich holen.“",
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == ["Uwe Schubert"]


def test_participle_of_saying_takes_the_sentence_subject() -> None:
    got = _one('Donna Kelce dismissed the idea, noting, "She does not need my advice."')
    assert got[0][1] == "Donna Kelce"


def test_so_after_a_partial_quote_attributes_it() -> None:
    got = _one("Die Schweiz habe „das Momentum auf unserer Seite“ gehabt, so Murat Yakin.")
    assert got[0][1] == "Murat Yakin"


def test_quote_reopened_in_several_paragraphs_is_one_quote() -> None:
    paras = [
        'Hayley Walsh, a lecturer, said: "Years of writing to MPs have not helped.',
        "“I am scared for my children.",
        "“1.5 degrees is a shipwreck we can’t ignore.",
        "“We need a global treaty.”",
        "The play goes on.",
    ]
    (q,) = extract_quotes_from_paragraphs(paras)
    assert q.text == ("Years of writing to MPs have not helped.\nI am scared for my children."
                      "\n1.5 degrees is a shipwreck we can’t ignore.\nWe need a global treaty.")
    assert q.speaker == "Hayley Walsh"
    assert q.start is not None and q.end is not None
    assert (q.start.paragraph, q.end.paragraph) == (0, 3)


def test_unattributed_quote_after_another_person_is_named_is_not_carried() -> None:
    paras = [
        '"We will win," Jane Doe said.',
        'Meanwhile John Smith, the mayor, watched. "Nobody expected this."',
    ]
    speakers = [q.speaker for q in extract_quotes_from_paragraphs(paras)]
    assert speakers[0] == "Jane Doe"
    assert speakers[1] != "Jane Doe"


# --- kinds --------------------------------------------------------------------------


def test_kinds() -> None:
    got = _one('The party fights the "Wertediktatur" of its rivals.')
    assert got == [("Wertediktatur", None, "scare")]
    got = _one('Levitt said that Sinwar "understands Israelis."')
    assert got[0][2] == "partial"
    got = _one('"We continue to train them," Shoigu said.')
    assert got[0][2] == "full"


# --- robustness ---------------------------------------------------------------------

_QUOTEY = st.text(alphabet=st.sampled_from(list("ab .,:'\"“”„‘’‚«»‹›\nAZ")), max_size=60)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_QUOTEY, st.text(max_size=40)), max_size=6))
def test_any_paragraphs_never_raise_and_positions_validate(paras: list[str]) -> None:
    article = _article(paras)
    quotes = extract_quotes(article)
    Article.model_validate({**article.model_dump(), "quotes": [q.model_dump() for q in quotes]})
    for q in quotes:
        assert q.start is not None and q.end is not None
        if q.start.paragraph == q.end.paragraph:
            assert paras[q.start.paragraph][q.start.offset : q.end.offset] == q.text


# --- the labeled set ----------------------------------------------------------------


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    spec = importlib.util.spec_from_file_location("bench_quotes", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_quotes"] = module
    spec.loader.exec_module(module)
    result: dict[str, float] = module.evaluate()
    return result


def test_labeled_set_is_large_enough(figures: dict[str, float]) -> None:
    assert figures["articles"] >= 20
    assert figures["labeled"] >= 150


def test_labeled_set_precision_and_recall(figures: dict[str, float]) -> None:
    assert figures["precision"] >= 0.90
    assert figures["recall"] >= 0.85


def test_labeled_set_speaker_floor(figures: dict[str, float]) -> None:
    # regression floor (0.827 = 254/307 after the seventh pass, 0.863 = 265/307 after the
    # eighth; kind 0.922 measured)
    assert figures["speaker_right"] >= 0.82
    assert figures["kind_right"] >= 0.90


def test_labeled_set_speaker_target(figures: dict[str, float]) -> None:
    # the target: the speaker right for at least 85% of the quotes found
    assert figures["speaker_right"] >= 0.85


# --- the held-out set: labeled before tuning, never tuned on --------------------------


def _held_out(name: str) -> dict[str, float]:
    """Figures of one held-out folder (the ``figures`` fixture has loaded bench_quotes)."""
    result: dict[str, float] = sys.modules["bench_quotes"].evaluate(folder=LABELS / name)
    return result


@pytest.fixture(scope="module")
def heldout(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout")


def test_heldout_set_is_there(heldout: dict[str, float]) -> None:
    assert heldout["articles"] >= 4
    assert heldout["labeled"] >= 60


def test_heldout_floors(heldout: dict[str, float]) -> None:
    # measured: precision/recall 1.000, speaker 0.875 (0.818 before the fifth pass),
    # kind 0.989; floors set below
    assert heldout["precision"] >= 0.90
    assert heldout["recall"] >= 0.90
    assert heldout["speaker_right"] >= 0.85
    assert heldout["kind_right"] >= 0.95


# --- held-out set 2: labeled before the second round of tuning, never tuned on ---------


@pytest.fixture(scope="module")
def heldout2(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout2")


def test_heldout2_set_is_there(heldout2: dict[str, float]) -> None:
    assert heldout2["articles"] >= 4
    assert heldout2["labeled"] >= 60


def test_heldout2_floors(heldout2: dict[str, float]) -> None:
    # measured on first run after tuning: precision/recall 1.000, speaker 0.544, kind 0.886;
    # now speaker 0.835, kind 0.937
    assert heldout2["precision"] >= 0.90
    assert heldout2["recall"] >= 0.90
    assert heldout2["speaker_right"] >= 0.82
    assert heldout2["kind_right"] >= 0.90


# --- held-out set 3: labeled before the sixth round of tuning, never tuned on ----------


@pytest.fixture(scope="module")
def heldout3(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout3")


def test_heldout3_set_is_there(heldout3: dict[str, float]) -> None:
    assert heldout3["articles"] >= 3
    assert heldout3["labeled"] >= 15


def test_heldout3_floors(heldout3: dict[str, float]) -> None:
    # measured before and after the sixth pass: precision/recall 1.000, speaker 1.000
    # (17/17), kind 1.000; a small set, so the floors leave room for one or two misses
    assert heldout3["precision"] >= 0.90
    assert heldout3["recall"] >= 0.90
    assert heldout3["speaker_right"] >= 0.88
    assert heldout3["kind_right"] >= 0.88


# --- held-out set 4: labeled before the seventh round of tuning, never tuned on ---------


@pytest.fixture(scope="module")
def heldout4(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout4")


def test_heldout4_set_is_there(heldout4: dict[str, float]) -> None:
    assert heldout4["articles"] >= 4
    assert heldout4["labeled"] >= 40


def test_heldout4_floors(heldout4: dict[str, float]) -> None:
    # measured before the seventh pass: precision 0.989, recall 0.978, speaker 0.756
    # (68/90), kind 0.867; and unchanged after it; floors set just below
    assert heldout4["precision"] >= 0.95
    assert heldout4["recall"] >= 0.95
    assert heldout4["speaker_right"] >= 0.74
    assert heldout4["kind_right"] >= 0.85


# --- held-out sets 5 and 6: labeled before the eighth and ninth rounds ------------------


@pytest.fixture(scope="module")
def heldout5(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout5")


@pytest.fixture(scope="module")
def heldout6(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout6")


def test_heldout5_floors(heldout5: dict[str, float]) -> None:
    # labeled before the eighth round (speaker 0.551 before and after it); its misses were
    # looked at in the ninth round, after which: speaker 0.782 (61/78), kind 0.923
    assert heldout5["articles"] >= 5
    assert heldout5["precision"] >= 0.95
    assert heldout5["recall"] >= 0.95
    assert heldout5["speaker_right"] >= 0.76
    assert heldout5["kind_right"] >= 0.90


def test_heldout6_floors(heldout6: dict[str, float]) -> None:
    # labeled before the ninth round, never tuned on: speaker 0.621 (64/103) before it and
    # 0.650 (67/103) after it, kind 0.806 -> 0.864; its misses were looked at in the tenth
    # round, after which: speaker 0.728 (75/103); floors set just below. Far from the
    # 0.85 goal: the rules do not yet generalise to unseen articles.
    assert heldout6["articles"] >= 5
    assert heldout6["labeled"] >= 100
    assert heldout6["precision"] >= 0.95
    assert heldout6["recall"] >= 0.95
    assert heldout6["speaker_right"] >= 0.71
    assert heldout6["kind_right"] >= 0.84


@pytest.fixture(scope="module")
def heldout7(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout7")


def test_heldout7_floors(heldout7: dict[str, float]) -> None:
    # labeled before the tenth round, never tuned on: speaker 0.622 (69/111) before and
    # after it, precision 0.991, recall 0.925, kind 0.901. Its misses were looked at in the
    # eleventh round, after which (bench matching also splitting names on hyphens): speaker
    # 0.773 (92/119), precision 0.992, recall 0.992, kind 0.924; floors set just below.
    assert heldout7["articles"] >= 6
    assert heldout7["labeled"] >= 100
    assert heldout7["precision"] >= 0.95
    assert heldout7["recall"] >= 0.95
    assert heldout7["speaker_right"] >= 0.75
    assert heldout7["kind_right"] >= 0.90


@pytest.fixture(scope="module")
def heldout8(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout8")


def test_heldout8_floors(heldout8: dict[str, float]) -> None:
    # labeled before the eleventh round, never tuned on: speaker 0.778 (84/108) before it
    # and 0.781 (89/114) after it, recall 0.947 -> 1.000 (the nested quotes), precision
    # 0.991, kind 0.889 -> 0.877. Its misses were looked at in the twelfth round; with the
    # rules kept after its ablation: speaker 0.851 (97/114), precision 1.000, kind 0.921;
    # floors set just below. Below the 0.85 goal no longer, but tuned on.
    assert heldout8["articles"] >= 6
    assert heldout8["labeled"] >= 100
    assert heldout8["precision"] >= 0.95
    assert heldout8["recall"] >= 0.95
    assert heldout8["speaker_right"] >= 0.85
    assert heldout8["kind_right"] >= 0.85


@pytest.fixture(scope="module")
def heldout9(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout9")


def test_heldout9_floors(heldout9: dict[str, float]) -> None:
    # labeled before the twelfth round, never tuned on: speaker 0.745 (82/110) before it,
    # 0.718 with all its rules, 0.745 with those kept after the ablation (the German-noun
    # rule, which alone cost the three, removed); precision 1.000, recall 0.982, kind
    # 0.873; floors set just below. Below the 0.85 goal. Its misses were looked at in the
    # thirteenth round, after which: speaker 0.773 (85/110); floor raised just below.
    assert heldout9["articles"] >= 6
    assert heldout9["labeled"] >= 100
    assert heldout9["precision"] >= 0.95
    assert heldout9["recall"] >= 0.95
    assert heldout9["speaker_right"] >= 0.765
    assert heldout9["kind_right"] >= 0.85


# --- rules of the twelfth round ---------------------------------------------------------


def test_person_beats_the_body_they_belong_to() -> None:
    paras = ["Carsten Brzeski von der Direktbank ING erklärt dazu: „Die Zinslandschaft ist "
             "wieder in Bewegung.“"]
    assert _find(paras, "Zinslandschaft")[0] == "Carsten Brzeski"


def test_called_word_is_partial_and_the_callers() -> None:
    paras = ["US-Botschafter Mike Waltz wies die Vorwürfe zurück und verteidigte den Einsatz "
             "als gerechtfertigte „Strafverfolgungsmaßnahme“."]
    assert _find(paras, "Strafverfolgungsmaßnahme") == ("Mike Waltz", "partial")


def test_title_after_a_publication_noun_or_after_a_colon_is_scare() -> None:
    paras = ["Ricarda Lang sprach in einem Podcast des „Stern“ über Klöckner.",
             "Die Playlist ist sehr Rock ‘n’ Roll: \"Behind Blue Eyes\" von The Who."]
    assert _find(paras, "Stern") == (None, "scare")
    assert _find(paras, "Behind Blue Eyes") == (None, "scare")


def test_heisst_es_aus_a_body_gives_the_body() -> None:
    paras = ["Aus dem Schulministerium heißt es, es sei klar, „dass es Fortbildung bedarf“."]
    assert _find(paras, "Fortbildung")[0] == "Schulministerium"


def test_indefinite_role_gives_null() -> None:
    paras = ["Der Ausfall sei „verheerend“, sagt ein Polizeigewerkschafter unserer Redaktion."]
    assert _find(paras, "verheerend")[0] is None


def test_elision_apostrophes_are_no_quote() -> None:
    texts = [q.text for q in extract_quotes_from_paragraphs(["Die Musik ist Rock ‘n’ Roll."])]
    assert texts == []


# --- rules of the sixth pass ------------------------------------------------------------


def test_role_words_stop_at_a_clause() -> None:
    # "della ministra si è detto Carlo Neri": the words between the role and the name are a
    # clause, so "la ministra" is not Carlo Neri's role but Anna Verdi's
    paras = [
        "La ministra toscana Anna Verdi ha visitato il porto di Livorno.",
        "Contento per la visita della ministra si è detto Carlo Neri.",
        "«Un porto che cresce», ha scritto poi la ministra nella serata.",
    ]
    assert _find(paras, "porto che cresce")[0] == "Anna Verdi"


def test_italian_verbs_of_saying_before_a_colon() -> None:
    speaker, kind = _find(
        ["Il Guardian rivela: «Il governo ha firmato l'accordo in segreto»."], "accordo")
    assert speaker == "Guardian"
    assert kind == "full"
    speaker, _ = _find(
        ["Il portavoce Paolo Bianchi scriveva in serata: «Non ci sono novità»."], "novità")
    assert speaker == "Paolo Bianchi"


# --- rules of the fourth pass -----------------------------------------------------------


def _find(paragraphs: list[str], fragment: str) -> tuple[str | None, str]:
    q = next(q for q in extract_quotes_from_paragraphs(paragraphs) if fragment in q.text)
    return q.speaker, q.kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Städtetag NRW befürwortet die Pläne und verweist darauf, dass \"alle bis 67 "
         "arbeiten müssen\".", "Städtetag NRW"),
        ("„Die Lage ist unter Kontrolle“, sagte die Polizei am Abend.", "Polizei"),
        ("En juillet, le Kremlin a reconnu une situation «catastrophique pour la nation».",
         "Kremlin"),
    ],
)
def test_organisation_with_article_is_speaker(text: str, speaker: str) -> None:
    assert _find([text], "")[0] == speaker


def test_fronted_prepositional_phrase_is_not_subject() -> None:
    text = ("In einer Stellungnahme für die Anhörung schreibt Komba: \"Man heilt den "
            "Fachkräftemangel so nicht.\"")
    assert _find([text], "Fachkräftemangel")[0] == "Komba"


def test_organisation_is_no_antecedent_of_a_pronoun() -> None:
    paras = [
        "Maria Schmidt ist Sprecherin der Initiative.",
        "„Wir bleiben dabei“, erklärte die Stadtverwaltung.",
        "„Das reicht uns nicht“, sagte sie.",
    ]
    assert _find(paras, "Wir bleiben")[0] == "Stadtverwaltung"
    assert _find(paras, "reicht uns")[0] == "Maria Schmidt"


def test_role_without_title_stays_unnamed() -> None:
    paras = ["\"Nos sigue pareciendo insuficiente\", afirma David Campo.",
             "\"Les dan igual los vecinos y los feriantes\", asegura la vecina."]
    assert _find(paras, "Les dan igual")[0] is None


def test_passive_verb_reports_no_speech() -> None:
    paras = ["Paul Smith runs the lab.",
             "In 2021 the college was declared an \"undesirable\" organization."]
    assert _find(paras, "undesirable") == (None, "scare")


def test_title_in_quotes_not_attributed_by_a_distant_verb() -> None:
    text = ("Die »Invictus Games« (ein Sportereignis) hätten für Verständnis gesorgt, stellte "
            "der Abgeordnete Florian Hahn fest.")
    assert _find([text], "Invictus") == (None, "scare")


def test_title_in_quotes_attributed_by_a_touching_verb() -> None:
    text = "Was macht die Galerie aus? \"Begeisterung, Kraft, Zugewandtheit\", findet Kerstin Wahala."
    assert _find([text], "Begeisterung")[0] == "Kerstin Wahala"


def test_search_after_quote_stops_at_colon() -> None:
    text = ("Einziger Unterschied zu dem zu Beginn der „Wahl-Arena“ von Voigt erhobenen "
            "Vorwurf: Björn Höcke sagt nicht ausdrücklich „Thüringer Unternehmen“.")
    assert _find([text], "Wahl-Arena") == (None, "scare")


def test_unknown_inverted_verb_needs_a_clause_ending_name() -> None:
    text = ("Den »Staatsbürgern in Uniform«, die ihr Leben für das Land riskierten, gebühre "
            "Respekt.")
    assert _find([text], "Staatsbürgern")[0] is None
    assert _find(["»So geht das nicht!«, schmunzelte Anna Blanik."], "So geht")[0] == "Anna Blanik"


def test_sentence_opening_adjective_is_no_name() -> None:
    paras = ["Jeglicher Kontakt zum Vater brach damals ab.",
             "„Für meinen Sohn war es nicht ungewöhnlich, ohne Vater aufzuwachsen.“"]
    assert _find(paras, "Für meinen Sohn")[0] is None


def test_elided_article_is_no_name_word() -> None:
    paras = ["Donald Trump empfing die Premierministerin.",
             "L'elogio di Trump: «Ha preso d'assalto l'Europa»."]
    assert _find(paras, "Ha preso")[0] == "Trump"


# --- rules of the fifth pass ------------------------------------------------------------


def test_genitive_inside_a_role_apposition_is_not_the_subject() -> None:
    speaker, _ = _find(
        ["Die Leiterin der Musikschule Rosenheim, Anna Berger, erklärte am Abend: „Wir "
         "haben alle Kurse abgesagt.“"],
        "Kurse",
    )
    assert speaker == "Anna Berger"


def test_unclosed_role_apposition_gives_the_name_before_it() -> None:
    speaker, _ = _find(
        ["Karl Huber, Direktor der Musikschule Rosenheim sagte am Abend: „Wir haben alle "
         "Kurse abgesagt.“"],
        "Kurse",
    )
    assert speaker == "Karl Huber"


def test_quote_mark_before_an_apposed_name_with_an_abbreviation() -> None:
    speaker, _ = _find(
        ['"Prices will keep rising," Maria Lopez, an economist at the U.S. bank Citi, told '
         "reporters."],
        "Prices",
    )
    assert speaker == "Maria Lopez"


def test_person_introduced_in_the_paragraph_before_speaks_next() -> None:
    paras = [
        '"We were not warned," said Peter Mokoena, a farmer.',
        "Another farmer, Thandi Dlamini, said the river had dried up in March.",
        "“We now walk two hours to fetch water every day.”",
    ]
    assert _find(paras, "two hours")[0] == "Thandi Dlamini"


def test_he_said_carries_the_person_forward() -> None:
    paras = [
        "Mr Dlamini Mokoena claimed that the lease had expired in August.",
        "It was renewed without any consultation, he said.",
        "“Nobody ever asked us what we thought of it.”",
    ]
    assert _find(paras, "Nobody")[0] == "Dlamini Mokoena"


def test_coordinated_professions_before_the_name() -> None:
    speaker, _ = _find(
        ["„Das Mittel wirkt“, sagt Kardiologe und Sportmediziner Jonas Weber von der Charité."],
        "Mittel",
    )
    assert speaker == "Jonas Weber"


def test_subject_after_a_fronted_phrase_is_the_speaker() -> None:
    paras = [
        '"We found nothing," said prosecutor Ann Botha.',
        "Regarding the emails, Sipho Ndlovu shrugged and said they were merely "
        "\"private opinions\".",
    ]
    assert _find(paras, "private opinions")[0] == "Sipho Ndlovu"


def test_person_introduced_after_a_copula() -> None:
    paras = [
        "The second witness was police captain Lerato Khumalo, who led the inquiry.",
        'She said the suspect had been a "key organiser" for months.',
    ]
    assert _find(paras, "key organiser")[0] == "Lerato Khumalo"


def test_unattributed_partial_quote_goes_to_the_paragraph_subject() -> None:
    paras = [
        '"The deal is done," said Jan Visser.',
        "Emma de Wit was arrested on Monday over a banner that read, loosely translated, "
        "“the fight is not over for any of us”.",
    ]
    assert _find(paras, "fight is not over")[0] == "Emma de Wit"


# --- rules of the seventh pass ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Pour Claire Dubois, économiste à Lyon, la réforme est « mal pensée » et coûteuse.",
         "mal pensée", "Claire Dubois"),
        ("Para Marta Ruiz, portavoz vecinal, el proyecto es “un error histórico”.",
         "error histórico", "Marta Ruiz"),
        ("Per Luca Bianchi, sindaco di Pisa, il piano è «una scommessa».",
         "scommessa", "Luca Bianchi"),
    ],
)
def test_for_a_named_person_opens_a_view(text: str, fragment: str, speaker: str) -> None:
    found, kind = _find([text], fragment)
    assert (found, kind) == (speaker, "partial")


def test_for_with_a_role_or_a_thing_gives_no_speaker() -> None:
    # only a full name followed by a comma counts: "Pour le gouvernement, …" and "Pour
    # Paris, …" (one word) are not attributions
    assert _find(["Pour le gouvernement, la réforme est « nécessaire »."], "nécessaire")[0] is None
    assert _find(["Para Madrid, la cumbre fue “un éxito”."], "un éxito")[0] is None


def test_german_genitive_phrase_is_no_title() -> None:
    # a capitalised German noun phrase with "der"/"des" inside is the object of the verb,
    # not a title: it goes to the subject of "nannte"
    text = ("Gesundheitsministerin Petra Lange (SPD) nannte das Gesetz einen »Meilenstein der "
            "Pflegepolitik« für das ganze Land.")
    assert _find([text], "Meilenstein der") == ("Petra Lange", "partial")


def test_title_with_other_small_words_stays_scare() -> None:
    # "of" is no German genitive article: "Journal of Medicine" keeps the title reading
    text = ("Die im Mai erschienenen »Journal of Medicine«-Daten hätten überrascht, sagte "
            "Florian Hahn.")
    assert _find([text], "Journal of Medicine") == (None, "scare")


# --- the eighth pass: rules added with heldout5 labeled first -------------------------


def _speakers(paragraphs: list[str]) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in extract_quotes_from_paragraphs(paragraphs)]


def test_party_role_resolves_to_the_person_with_that_party() -> None:
    paras = ["Im Duell stand AfD-Spitzenkandidat Björn Höcke seinem CDU-Kontrahenten Mario "
             "Voigt gegenüber.",
             "„Das ist doch absurd“, schimpft der AfD-Chef.",
             "Er lasse sich das „nicht unterstellen“, so der CDU-Spitzenkandidat."]
    assert _speakers(paras) == [("Das ist doch absurd", "Björn Höcke", "full"),
                                ("nicht unterstellen", "Mario Voigt", "partial")]


def test_name_after_a_preposition_is_no_titled_person() -> None:
    # "dem AfD-Chef zur Seite": "Seite" is no person called AfD-Chef
    paras = ["Ein Zuschauer springt dem AfD-Chef zur Seite.",
             "„Das ist falsch“, schimpft der AfD-Chef."]
    assert _speakers(paras) == [("Das ist falsch", None, "full")]


def test_quotes_in_a_list_share_the_attribution_after_the_last() -> None:
    text = ("Doch alle fragten sich, warum er fiel. „Dumm“, „peinlich“, „lächerlich“, "
            "urteilten Medien weltweit.")
    assert _speakers([text]) == [("Dumm", "Medien", "partial"), ("peinlich", "Medien", "partial"),
                                 ("lächerlich", "Medien", "partial")]


def test_full_name_before_the_colon_after_an_article() -> None:
    text = ("Nico Elvedi haderte mit der Regel. Das schmälerte den Frust nicht, den Granit "
            "Xhaka zusammenfasste: „Der Platzverweis hat uns getötet.“")
    assert _speakers([text]) == [("Der Platzverweis hat uns getötet.", "Granit Xhaka", "full")]


def test_italian_clitic_and_adverb_before_the_verb() -> None:
    text = ("Alla cena c'era anche Marco Rubio. "
            "«È molto emozionante», ha detto Trump agli ospiti. Rubio, dando il benvenuto alla "
            "premier, l'ha poi definita: «Un'ottima alleata, un leader forte».")
    assert [s for _, s, _ in _speakers([text])] == ["Trump", "Rubio"]


def test_elided_article_noun_is_a_role_before_the_name() -> None:
    text = ("L’imprenditore George Guido Lombardi, che conosce Trump, racconta al Corriere di "
            "aver atteso Meloni. «È arrivata puntualissima, alle 19:29 era già all’entrata».")
    assert _speakers([text])[0][1] == "George Guido Lombardi"


def test_subject_naming_no_one_leaves_the_quote_unattributed() -> None:
    bare = ["Keir Starmer said the riots must stop.",
            'Local reporters have said a "loud bang" was heard.']
    assert _speakers(bare) == [("loud bang", None, "partial")]
    relative = ('Gareth Rigby, 43, admitted a charge. The police officer who made the arrest '
                'said he was "sick and tired of people who think it is my job".')
    assert _speakers([relative])[0][1] is None


def test_person_before_a_role_of_a_body() -> None:
    text = ("Cllr Louise Gittins, Chair of the Local Government Association said: “The unrest "
            "has been deplorable.”")
    # ("Cllr" is a title, dropped like "Mr" or "Dr")
    assert _speakers([text]) == [("The unrest has been deplorable.", "Louise Gittins", "full")]


def test_impersonal_es_heisst() -> None:
    owner = ("Zuvor erreichte die Bürgermeister ein Schreiben der Bildungsdirektion, in dem es "
             "hieß: „Die Eltern sollen selbst entscheiden.“")
    assert _speakers([owner]) == [("Die Eltern sollen selbst entscheiden.", "Bildungsdirektion",
                                   "full")]
    nobody = ["„Wir greifen bald an“, sagt Maxym.",
              "Die Armee schweigt. Auf alle Anfragen heißt es: „Abwarten.“"]
    assert _speakers(nobody)[1] == ("Abwarten.", None, "full")


def test_quote_named_as_a_work_is_a_title() -> None:
    chapter = ("Lybke erzählt gern. „Sprechen Sie nie mit Unbekannten“ ist das erste Kapitel in "
               "seinem Lieblingsbuch.")
    assert _speakers([chapter]) == [("Sprechen Sie nie mit Unbekannten", None, "scare")]
    film = ("Der Tonfall erinnerte Anna Weber an den Film „Der lange Abschied vom Sommer“, "
            "sagte sie.")
    assert _speakers([film]) == [("Der lange Abschied vom Sommer", None, "scare")]


# --- round 9: rules drawn from held-out set 5 -------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We should explore return hubs,” says Von der Leyen in the letter.", "Von der Leyen"),
        ("«Il faut agir», a déclaré Le Pen devant la presse.", "Le Pen"),
        ("«Serve un cambio», ha detto Di Battista ai giornalisti.", "Di Battista"),
        ("“Deberíamos actuar”, dijo Pedro De la Fuente.", "Pedro De la Fuente"),
        ("„Wir sind bereit“, sagte Ursula von der Leyen.", "Ursula von der Leyen"),
        ("“We won,” said Van Gaal.", "Van Gaal"),
    ],
)
def test_names_with_particles(text: str, speaker: str) -> None:
    assert _speakers([text])[0][1] == speaker


def test_particle_article_after_a_full_name_is_an_affiliation() -> None:
    text = "„Das ist neu“, sagte Anna Berger von der Universität Hamburg."
    assert _speakers([text])[0][1] == "Anna Berger"
    # "Von der" opens no name here; since the twelfth round "von + body heißt es" gives
    # the body itself
    opener = "Von der Regierung hieß es nur: „Kein Kommentar.“"
    assert _speakers([opener])[0][1] == "Regierung"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria Lopez shares: “We opened the shop in 1990.”", "Maria Lopez"),
        ("“It was a hard year,” reflects Tom Baker.", "Tom Baker"),
        ("“We will rebuild,” declares Anna Kowalski.", "Anna Kowalski"),
        ("„Das ist falsch“, entgegnete Jonas Weber.", "Jonas Weber"),
        ("« Rien n'est joué », nuance Claire Dubois.", "Claire Dubois"),
        ("“No lo aceptaremos”, recalcó Marta Ruiz.", "Marta Ruiz"),
        ("«Non è finita», puntualizza Marco Rossi.", "Marco Rossi"),
        ("“Não vamos desistir”, salientou João Silva.", "João Silva"),
        ("„Het is klaar”, verklaarde Jan de Vries.", "Jan de Vries"),
    ],
)
def test_reporting_verbs_of_each_language(text: str, speaker: str) -> None:
    assert _speakers([text])[0][1] == speaker


def test_a_capitalised_word_inside_a_sentence_is_no_verb() -> None:
    text = "The United States Reports office was closed, and “no comment” was all we heard."
    assert _speakers([text])[0][1] is None


def test_french_role_apposition_after_the_verb() -> None:
    text = ("« Bien que la dynamique s'améliore, le redressement tarde », prévient le PDG, "
            "Pekka Lundmark.")
    assert _speakers([text])[0][1] == "Pekka Lundmark"


def test_name_after_the_body_of_a_role() -> None:
    text = ("Le Village a ouvert ses portes. « On est prêt », a assuré le directeur adjoint du "
            "Village Augustin Tran Van Chau sur franceinfo.")
    assert _speakers([text])[0][1] == "Augustin Tran Van Chau"


def test_a_body_named_by_a_common_noun() -> None:
    text = ("« Nos défenses ont abattu 33 drones », rapporte le ministère russe de la Défense "
            "dans un communiqué.")
    assert _speakers([text])[0][1] == "ministère russe de la Défense"
    indefinite = "“It was an error,” said a ministry official."
    assert _speakers([indefinite])[0][1] is None


def test_live_blog_entry_resets_he_said() -> None:
    paras = ["9h05 - Samsung buys a start-up",
             "Jan Kowalski, the head of Samsung, said the deal was done.",
             "8h41 - Vance praises his grandmother",
             "“She was as tough as stone,” he said."]
    assert _speakers(paras)[0][1] is None
    same_entry = [*paras[:2], "“She was as tough as stone,” he said."]
    assert _speakers(same_entry)[0][1] == "Jan Kowalski"


def test_live_blog_headings_open_entries() -> None:
    from newsmodel.models import Heading

    body = [Heading(text="14:32 Uhr: Streik bei der Bahn"),
            Paragraph(text="Gewerkschaftschef Claus Weselsky sagte am Morgen, man streike."),
            Heading(text="14:05 Uhr: Neue Zahlen"),
            Paragraph(text="„Die Lage ist ernst“, sagte er.")]
    article = Article(title="t", body=body)
    assert extract_quotes(article)[0].speaker is None
    plain = Article(title="t", body=[Heading(text="Streik"), *body[1:2], Heading(text="Zahlen"),
                                     *body[3:]])
    assert extract_quotes(plain)[0].speaker == "Claus Weselsky"


def test_german_verb_second_with_sieht_and_a_later_pronoun() -> None:
    text = ("Einen Zusammenhang sieht Marc Olefs, Leiter der Abteilung Klimaforschung: „Wenn die "
            "Ozeane überhitzt sind, führt das zu Extremen“, sagte er.")
    assert _speakers([text])[0][1] == "Marc Olefs"


def test_subject_before_a_conjunction_and_a_time_phrase() -> None:
    text = ("Doch der russische Außenminister Sergej Lawrow sieht das Land als Spielball und "
            "erklärte Anfang März: „Wir zählen nicht auf die Schweiz.“")
    assert _speakers([text])[0][1] == "Sergej Lawrow"


def test_report_quoted_as_source_goes_to_its_owner() -> None:
    paras = ["Davon sei ein Drittel tätig, schreibt der NDB in seinem Lagebericht.",
             "„Europaweit gehört die Schweiz zu den Staaten mit den meisten Spionen“, heißt es "
             "in dem Bericht."]
    assert _speakers(paras)[0][1] == "NDB"


def test_unnamed_speaker_stops_an_earlier_speaker_going_on() -> None:
    paras = ["„Wir ermitteln“, sagte Hans Brandt.",
             "Die Gefahr sei groß, erklärte eine Sprecherin des Amtes. „Die Botschaften werden "
             "genutzt.“"]
    assert _speakers(paras)[1][1] is None
    text = ('"Diese Offensive kann nicht scheitern", sagt ein Militärexperte. "Die Frage ist '
            'nur, zu welchem Preis". Das sieht der Soldat Andrij anders: "Viele sind gefallen."')
    assert [s for _, s, _ in _speakers([text])] == [None, None, "Andrij"]


def test_opening_apposition_is_the_antecedent_of_a_pronoun() -> None:
    paras = ["Der Oberbefehlshaber der Armee, General Walerij Saluschnyj, skizzierte den Plan. "
             'Er sprach von "einigen gleichzeitigen Gegenschlägen".']
    assert _speakers(paras)[0][1] == "Walerij Saluschnyj"


def test_spanish_epithet_stands_for_the_person_named_before() -> None:
    paras = ["Max Verstappen ganó en Qatar.",
             "“He estado muchas veces ante los comisarios”, confesó el holandés."]
    assert _speakers(paras)[0][1] == "Max Verstappen"
    neighbour = ["Max Verstappen ganó en Qatar.", "“Fue un ruido enorme”, asegura la vecina."]
    assert _speakers(neighbour)[0][1] is None


def test_role_word_resolves_past_a_quantifier_subject() -> None:
    paras = ["“Deberíamos explorar centros de retorno”, dice Von der Leyen en la misiva.",
             "Algunos Estados miembros quieren que se presione a los Balcanes.",
             "El acuerdo con Turquía “sigue siendo clave”, dice la jefa del Ejecutivo."]
    assert _speakers(paras)[1][1] == "Von der Leyen"


def test_word_capitalised_only_at_sentence_starts_is_no_name() -> None:
    # "Asimismo" is written capitalised only where a sentence begins: an ordinary word
    paras = ["El portavoz Yahya Sarea habló el lunes.",
             "Asimismo, indicó que siguen con “la prohibición del tráfico aéreo” en Tel Aviv."]
    assert [s for _, s, _ in _speakers(paras)] != ["Asimismo"]
    assert _name_evidence_of(paras) >= {"Asimismo"}


def test_word_capitalised_inside_a_sentence_stays_a_name() -> None:
    # "Greenpeace" opens a sentence but is also written capitalised inside one: a name
    paras = ["Oil firms have sued Greenpeace twice.",
             "Greenpeace said the ruling was “a victory for free speech”."]
    assert _speakers(paras) == [("a victory for free speech", "Greenpeace", "partial")]
    assert "Greenpeace" not in _name_evidence_of(paras)


def test_word_before_another_capitalised_word_may_be_a_name() -> None:
    # only at a sentence start, but followed by another name word: "Sierra Leone"
    assert "Sierra" not in _name_evidence_of(["Sierra Leone said it was “deeply concerned”."])


def test_attribution_in_the_following_sentence() -> None:
    text = "Ob jemand dazugehört, „ist oft Zufall“. So beschreibt es Eren Güvercin."
    assert _speakers([text]) == [("ist oft Zufall", "Eren Güvercin", "partial")]


def test_following_sentence_without_anaphor_names_no_speaker() -> None:
    text = "Ob jemand dazugehört, „ist oft Zufall“. Später sagte Eren Güvercin etwas anderes."
    assert _speakers([text])[0][1] is None
    text = "Es „ist oft Zufall“, und das bleibt so. So beschreibt es Eren Güvercin."
    assert _speakers([text])[0][1] is None  # the quote's sentence goes on after it


def _name_evidence_of(paras: list[str]) -> frozenset[str]:
    from newsmodel.text.quotes import (
        _Ctx,
        _known_names,
        _mask,
        _name_evidence,
        _sentences,
        _tokens,
    )

    ctxs = []
    for p in paras:
        masked = _mask(p, [])
        ctxs.append(_Ctx(masked, _tokens(masked), _sentences(masked)))
    known, _ = _known_names(ctxs)
    return _name_evidence(ctxs, known)


# --- rules of the eleventh round ---------------------------------------------------------


def test_unknown_inverted_verb_before_a_known_person() -> None:
    # a lower-case word right after the quote and its comma, then a person named in full in
    # the article, is a verb of saying even though no list knows "stützt"
    paras = ["Nora Back und Patrick Dury sprachen vor der Menge.",
             "„Der heutige Tag ist ein Warnschuss“, stützt Patrick Dury die These von Nora Back."]
    assert _find(paras, "Warnschuss") == ("Patrick Dury", "full")


def test_unknown_inverted_verb_before_a_role_phrase() -> None:
    # „…“, schmunzelt der neue Landesmeister: the role phrase ends the sentence and stands for
    # the person named before
    paras = ["Arthur Kluckers gewann das Rennen.",
             "„Das ist einfach etwas ganz Tolles“, schmunzelt der neue Landesmeister."]
    assert _find(paras, "ganz Tolles")[0] == "Arthur Kluckers"
    # no role phrase, no name: still no speaker
    assert _find(["„Das ist etwas Tolles“, schmunzelt man."], "Tolles")[0] is None


def test_person_introduced_since_the_last_quote_beats_the_carried_speaker() -> None:
    paras = [
        "“Es una tragedia”, ha dicho Juanma Moreno.",
        "Visiblemente emocionado, el alcalde de Bédar, Ángel Collados, apenas encontraba "
        "palabras. “Actuamos desde el primer momento”, relató.",
    ]
    assert _find(paras, "Actuamos")[0] == "Ángel Collados"
    # a name in the previous quote's own attribution is no newcomer
    paras = ["\"Nos sigue pareciendo insuficiente\", afirma David Campo.",
             "\"Les dan igual los vecinos\", asegura la vecina."]
    assert _find(paras, "Les dan igual")[0] is None


def test_subject_of_the_sentence_owns_its_partial_quote() -> None:
    paras = ["„Er wird uns fehlen“, schrieb Frank-Walter Steinmeier. Der spanische "
             "Ministerpräsident Pedro Sánchez würdigte Vargas Llosa als „universellen Meister "
             "des Wortes“. „Ich danke ihm als Leser“, sagte er."]
    assert _find(paras, "universellen Meister") == ("Pedro Sánchez", "partial")
    assert _find(paras, "danke ihm")[0] == "Pedro Sánchez"


def test_inner_quotes_come_out_as_quotes_of_their_own() -> None:
    paras = ["„Usyk gewinnt ein Boxing-Match, Fury gewinnt einen „dreckigen Straßenkampf“.“, "
             "sagte Bernd Bönte.",
             "June 20, 1990: “Nelson Mandela appeared in the Coliseum. June 20, 1990, Nelson "
             "Mandela spoke here. ‘We understand it still that there is no easy road to "
             "freedom.’ Inaugural speech, May, 1994.” Plaque displayed 2014."]
    found = extract_quotes_from_paragraphs(paras)
    texts = [q.text for q in found]
    assert "dreckigen Straßenkampf" in texts
    inner = found[texts.index("dreckigen Straßenkampf")]
    assert (inner.speaker, inner.kind) == (None, "scare")
    assert inner.start is not None
    assert paras[0][inner.start.offset :].startswith("dreckigen")
    mandela = found[texts.index("We understand it still that there is no easy road to freedom.")]
    assert mandela.speaker == "Nelson Mandela"


def test_inner_quotes_reported_by_the_speaker_stay_inside() -> None:
    # speech the speaker reports (after a colon, "that", a verb of saying) is part of theirs
    paras = ["„Ich habe zu Gott gebetet: ‚Bitte rette mich!‘ Und dann kam Hilfe“, sagte Rom "
             "Braslavski.",
             "“She was like: ‘This isn’t right.’ And she was right,” said Roma Jayne."]
    texts = [q.text for q in extract_quotes_from_paragraphs(paras)]
    assert len(texts) == 2
    assert not any(t.startswith(("Bitte", "This isn")) for t in texts)


def test_next_sentence_with_a_participle_or_a_demonstrative_names_the_speaker() -> None:
    paras = ["“Es una tragedia mayúscula”. Con esas palabras ha descrito Moreno un incendio "
             "que sigue activo.",
             "“Estamos ante una situación de tragedia”. Así ha resumido el consejero, Antonio "
             "Sanz, la magnitud del incendio."]
    assert _find(paras, "tragedia mayúscula")[0] == "Moreno"
    assert _find(paras, "situación de tragedia")[0] == "Antonio Sanz"
    # a demonstrative without a preposition is no pointer back: "Diesen Preis sieht X"
    paras = ["Die Stimmung ist gut. „Die Frage ist nur, um welchen Preis“. Diesen Preis "
             "sieht der Soldat Andrij jeden Tag."]
    assert _find(paras, "welchen Preis")[0] is None


def test_unknown_participle_after_an_auxiliary() -> None:
    assert _find(["“Es un incendio complejo”, ha resumido Moreno."], "incendio")[0] == "Moreno"


def test_titles_after_their_author_are_scare_quotes() -> None:
    paras = ["Der Autor von „Die Stadt und die Hunde“, „Tante Julia und der Kunstschreiber“ "
             "und „Das Fest des Ziegenbocks“ wurde 2010 ausgezeichnet, sagte Mario Vargas Llosa."]
    for title in ("Die Stadt", "Tante Julia", "Das Fest des Ziegenbocks"):
        assert _find(paras, title) == (None, "scare")


def test_seconds_written_with_primes_are_no_quote_marks() -> None:
    paras = ["Lob gab es auch von Alex Kirsch (Lidl/1‘06‘‘). „Es war ein sehr schweres "
             "Rennen“, so Kirsch."]
    texts = [q.text for q in extract_quotes_from_paragraphs(paras)]
    assert texts == ["Es war ein sehr schweres Rennen"]


def test_a_name_after_a_preposition_may_still_be_a_name() -> None:
    # "für Kluckers und Co." is no evidence that "Kluckers" is a common noun
    paras = ["Es war kein leichtes Rennen für Kluckers und Co. gewesen.",
             "„Wir konnten die Lücken schnell zufahren“, sagt Kluckers."]
    assert _find(paras, "Lücken")[0] == "Kluckers"


def test_bench_splits_name_words_on_hyphens() -> None:
    module = sys.modules.get("bench_quotes")
    if module is None:
        pytest.skip("bench module not loaded")
    assert module.speaker_right("Marlaska", "Fernando Grande-Marlaska")
    assert not module.speaker_right("Grande", "Fernando Grande-Marlaska", strict=True)


# --- round 13: rules from held-out 9's misses --------------------------------------------


def test_definite_role_resolves_to_latest_person_with_that_role_noun() -> None:
    paras = ["Präsident Emmanuel Macron reiste ab. Danach sprach US-Präsident Joe Biden.",
             "„Das war ein großer Tag für uns alle“, sagte der Präsident."]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == ["Joe Biden"]


def test_sentence_about_the_quote_names_its_speaker() -> None:
    paras = ["„Wir sind gut vorbereitet“, sagte Anna Schmidt.",
             "„Wir haben gewonnen.“ Mit diesem Zitat sorgte Gordon Herbert für Jubel."]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == [
        "Anna Schmidt", "Gordon Herbert"]


def test_hyphenated_role_compound_is_no_name() -> None:
    found = _one("„Das Spiel war stark“, sagte NBC-Co-Kommentator und NBA-Champion "
                 "Dwyane Wade am Samstag.")
    assert found == [("Das Spiel war stark", "Dwyane Wade", "full")]


def test_quoted_name_after_a_definite_determiner_is_scare() -> None:
    found = _one("Parallel zum »Africa Forward Summit« riefen Aktivisten zum Gegengipfel.")
    assert found == [("Africa Forward Summit", None, "scare")]


@pytest.fixture(scope="module")
def heldout10(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout10")


def test_heldout10_floors(heldout10: dict[str, float]) -> None:
    # labeled before the thirteenth round, never tuned on (6 articles, 153 quotes, 104 of
    # them in one interview with many nested quotes): speaker 0.727 (93/128) before and
    # after it, precision 0.992, recall 0.837, kind 0.930; floors set just below. Below
    # the 0.85 goal. Its misses were looked at in the fourteenth round, after which:
    # speaker 0.789 (101/128); floor raised just below.
    assert heldout10["articles"] >= 6
    assert heldout10["labeled"] >= 100
    assert heldout10["precision"] >= 0.95
    assert heldout10["recall"] >= 0.82
    assert heldout10["speaker_right"] >= 0.78
    assert heldout10["kind_right"] >= 0.90


@pytest.fixture(scope="module")
def heldout11(figures: dict[str, float]) -> dict[str, float]:
    return _held_out("heldout11")


def test_heldout11_floors(heldout11: dict[str, float]) -> None:
    # labeled before the fourteenth round, never tuned on (10 articles, 87 quotes, at most
    # 11 from one article): speaker 0.724 (63/87) before and after it, precision 1.000,
    # recall 1.000, kind 0.931; floors set just below. Below the 0.85 goal.
    assert heldout11["articles"] >= 6
    assert heldout11["labeled"] >= 80
    assert heldout11["precision"] >= 0.95
    assert heldout11["recall"] >= 0.95
    assert heldout11["speaker_right"] >= 0.715
    assert heldout11["kind_right"] >= 0.90


# --- rules of the fourteenth round --------------------------------------------------------


def test_subordinating_conjunction_opens_no_name() -> None:
    paras = ["Obwohl Mara Lenz krank war, kam sie zur Sitzung. „Ich wollte dabei sein“, "
             "sagte sie."]
    assert _find(paras, "dabei sein")[0] == "Mara Lenz"


def test_possessive_determiner_opens_no_name() -> None:
    paras = ["Unsere Nachbarn kamen am Abend vorbei. „Das Wasser steigt weiter“, sagten sie."]
    assert _find(paras, "Wasser steigt")[0] is None


def test_first_part_of_a_suspended_compound_is_no_name() -> None:
    paras = ["„Wir prüfen das“, sagte Bau-, Verkehrs- und Energiedirektor Karl Moser."]
    speaker = _find(paras, "prüfen")[0]
    assert speaker is None or "Moser" in speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("von Boris Nadeschdin", "Boris Nadeschdin"),  # a preposition before a full name
        ("von Weizsäcker", "von Weizsäcker"),  # a particle before a surname stays
        ("Ursula von der Leyen", "Ursula von der Leyen"),
    ],
)
def test_preposition_before_a_full_name_is_dropped(text: str, name: str) -> None:
    toks = _tokens(text)
    assert _clean_name(toks, 0, len(toks) - 1, text) == name


def test_interview_answers_belong_to_the_interviewee() -> None:
    paras = ["Die Pilotin Jana Roth flog zwanzig Jahre für die Luftrettung.",
             "Wie haben Sie angefangen?",
             "„Mit einem Segelflugschein, als ich sechzehn war“, sagt Roth.",
             "Der Hubschrauber von Max Keller stand damals im Hangar nebenan.",
             "Was war Ihr schwierigster Einsatz?",
             "„Ein Winterabend im Gebirge, bei Sturm und Nebel.“"]
    assert _find(paras, "Winterabend")[0] == "Roth"


def test_german_subjunctive_marks_reported_speech() -> None:
    # Konjunktiv I ("seien") reports what the person just named said: partial, not scare
    paras = ["Die Bürgermeisterin Petra Vogt schrieb am Montag an den Gemeinderat. "
             "Die letzten Wochen seien „anstrengend“ gewesen."]
    assert _find(paras, "anstrengend") == ("Petra Vogt", "partial")


@pytest.mark.parametrize(
    ("paras", "fragment", "speaker"),
    [
        (["Am Abend, la préfecture avait indiqué que la route resterait « fermée jusqu'à "
          "nouvel ordre »."], "fermée", "préfecture"),
        (["Sin embargo, el vecino asegura que el Ayuntamiento afirma que \"no habrá cortes "
          "de agua este verano\"."], "cortes", "Ayuntamiento"),
        (["Das bayerische Innenministerium erklärte: „Die Lage ist unter Kontrolle.“"],
         "Kontrolle", "bayerische Innenministerium"),
    ],
)
def test_body_named_by_a_common_noun_is_the_speaker(
        paras: list[str], fragment: str, speaker: str) -> None:
    assert _find(paras, fragment)[0] == speaker


def test_role_noun_is_no_body() -> None:
    paras = ["The police officer said the driver was \"clearly confused\"."]
    assert _find(paras, "confused")[0] is None


def test_name_after_an_inverted_reflexive_verb_is_the_speaker() -> None:
    # an inverted verb no list knows, made a verb by "sich", with more of the clause after
    paras = ["„Das war unser bester Lauf in diesem Jahr“, freut sich Brandt nach dem "
             "Zieleinlauf."]
    assert _find(paras, "bester Lauf")[0] == "Brandt"


def test_role_phrase_resolves_to_the_name_in_the_sentence_before() -> None:
    paras = ["Al debate, al que Marta Ibáñez quiso aportar su propia versión, se sumaron "
             "otros. \"Fue una carrera muy dura para todo el equipo\", abundó el team "
             "principal de Ferrari."]
    assert _find(paras, "carrera muy dura")[0] == "Marta Ibáñez"


def test_quote_glossed_by_a_parenthesis_is_a_name() -> None:
    paras = ["„Wir bleiben dran“, sagte Ulla Berg. Sie sprach mit Mitgliedern des "
             "»Bündnisses für saubere Flüsse« (BSF) in der Stadt."]
    assert _find(paras, "Flüsse") == (None, "scare")


def test_source_named_in_quotes_is_no_speech() -> None:
    paras = ["Jonas Falk gewann die Wahl knapp. Laut „Nordkurier“ hatte er fünf Stimmen "
             "Vorsprung."]
    assert _find(paras, "Nordkurier") == (None, "scare")


def test_intensifier_after_the_subject_is_skipped() -> None:
    text = "Marta Vogel selbst sagte das auch."
    toks = _tokens(text)
    who = _subject_before(toks, 3, text)
    assert who is not None and who.name == "Marta Vogel"


# Round seventeen: more scripts and languages (sentences written for these tests).


def test_corner_brackets_pair_and_nest() -> None:
    paras = ["市長は記者に「予算は『来年度』に回す。心配はない」と述べた。"]
    quotes = extract_quotes_from_paragraphs(paras)
    assert quotes[0].text == "予算は『来年度』に回す。心配はない"
    assert paras[0][quotes[0].start.offset : quotes[0].end.offset] == quotes[0].text


def test_korean_marks_glued_to_quotative_endings_pair() -> None:
    paras = ["그는 \"오늘은 쉬겠다\"고 말했다. 이어 \"내일 다시 오겠다\"며 웃었다. "
             "행사 이름은 '봄맞이'였다."]
    texts = [q.text for q in extract_quotes_from_paragraphs(paras)]
    assert texts == ["오늘은 쉬겠다", "내일 다시 오겠다", "봄맞이"]


def test_korean_surname_and_role_resolve_to_the_full_name() -> None:
    paras = ["박지훈 서울시 시장은 11일 회견을 열었다.",
             "박 시장은 \"예산을 늘리겠다\"고 말했다.",
             "그는 \"시민의 뜻을 따르겠다\"고 덧붙였다."]
    assert _find(paras, "예산을")[0] == "박지훈"
    assert _find(paras, "시민의 뜻")[0] == "박지훈"


def test_danish_closing_guillemet_after_a_comma_and_pronoun() -> None:
    paras = ["Mette Hansen åbnede butikken i 2019.",
             "»Det var en drøm, vi havde længe,« siger hun og smiler."]
    quotes = extract_quotes_from_paragraphs(paras)
    assert [q.text for q in quotes] == ["Det var en drøm, vi havde længe,"]
    assert quotes[0].speaker == "Mette Hansen"


def test_french_guillemet_after_a_comma_still_opens() -> None:
    paras = ["Il a répondu,« nous verrons bien demain » et il est parti."]
    assert [q.text for q in extract_quotes_from_paragraphs(paras)] == ["nous verrons bien demain"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Nie zgadzam się z tym” – powiedziała Anna Nowak.", "Anna Nowak"),
        ("„Nic jsme o tom nevěděli,“ uvedl Petr Dvořák.", "Petr Dvořák"),
        ("„Sme pripravení,“ povedala Jana Kováčová.", "Jana Kováčová"),
        ("”Vi är redo för nästa steg”, säger Lena Berg.", "Lena Berg"),
        ("»Vi er klar til næste skridt,« fortæller Søren Holm.", "Søren Holm"),
        ("„Við erum tilbúin í næsta skref,“ segir Anna Sigurðardóttir.",
         "Anna Sigurðardóttir"),
        ("”Olemme valmiita seuraavaan vaiheeseen”, sanoo Matti Virtanen.", "Matti Virtanen"),
        ("«Мы готовы к следующему шагу», — сказала Ольга Смирнова.", "Ольга Смирнова"),
        ("«Ми готові до наступного кроку», — заявив Андрій Коваленко.", "Андрій Коваленко"),
        ("„Esame pasiruošę kitam žingsniui“, – sakė Jonas Petraitis.", "Jonas Petraitis"),
        ("„Esam gatavi nākamajam solim,” norādīja Pēteris Ozols.", "Pēteris Ozols"),
        ("„Készen állunk a következő lépésre” – mondta Kovács Péter.", "Kovács Péter"),
        ("„Suntem pregătiți pentru pasul următor”, a declarat Ion Popescu.", "Ion Popescu"),
        ("«Είμαστε έτοιμοι για το επόμενο βήμα», δήλωσε ο Γιώργος Παπαδόπουλος.",
         "Γιώργος Παπαδόπουλος"),
    ],
)
def test_verbs_of_saying_of_more_languages(text: str, speaker: str) -> None:
    assert extract_quotes_from_paragraphs([text])[0].speaker == speaker


def test_pronoun_after_the_verb_resolves_to_the_last_named_person() -> None:
    paras = ["Иван Петров выступил на форуме в Казани.",
             "«Мы готовы к переговорам», — сказал он."]
    assert _find(paras, "переговорам")[0] == "Иван Петров"


def test_turkish_subject_before_the_quote_and_verb_after_it() -> None:
    paras = ["Toplantıda konuşan Ayşe Demir, \"Bu yıl hedefimize ulaştık.\" dedi.",
             "\"Gelecek yıl daha fazlasını yapacağız.\" diye konuştu."]
    assert _find(paras, "hedefimize")[0] == "Ayşe Demir"
    assert _find(paras, "Gelecek yıl")[0] == "Ayşe Demir"


def test_hungarian_postposition_names_the_source() -> None:
    paras = ["Kovács Péter szerint a döntés „túlságosan elhamarkodott” volt."]
    assert _find(paras, "elhamarkodott")[0] == "Kovács Péter"


# Round eighteen: one test per rule kept.


def test_indefinite_subject_with_a_relative_clause_is_unnamed() -> None:
    paras = ["Bürgermeisterin Petra Lindner eröffnete den Abend im Gemeindesaal.",
             "Ein älterer Mann, der lange geschwiegen hat, sagt leise: "
             "„Wir warten seit Jahren auf eine Antwort.“"]
    assert _find(paras, "seit Jahren")[0] is None


def test_name_after_an_agent_preposition_is_a_person() -> None:
    paras = ["Das Rennen gewann Tom Ostrowski vor seinem Teamkollegen.",
             "Lob für den Sieger gab es auch von Jonas Reimer (3:12 zurück). „Es war ein "
             "hartes Rennen. Er hat verdient gewonnen“, so der Neuntplatzierte."]
    assert _find(paras, "hartes Rennen")[0] == "Jonas Reimer"


def test_parenthesis_after_a_subject_does_not_hide_it() -> None:
    paras = ["Paul Brenner eröffnete die Lesung am Abend.",
             "Marta Solberg (SPD) nahm danach das Mikrofon in die Hand. Ihr Freund war im Mai "
             "gestorben. „Niemand hat so gut erzählt wie er“, sagte sie."]
    assert _find(paras, "so gut erzählt")[0] == "Marta Solberg"


def test_calling_subject_set_off_after_a_description() -> None:
    paras = ["Das Institut hat einen neuen Direktor.",
             "Die amtierende Vorsitzende des Aufsichtsgremiums der Stiftung, Clara Bendt, "
             "würdigte den neuen Direktor in einer Aussendung als „sehr erfahren“."]
    assert _find(paras, "sehr erfahren") == ("Clara Bendt", "partial")


# Round nineteen: one test per rule kept.


def test_naming_verb_gives_a_partial_quote_of_its_subject() -> None:
    paras = ["Die Sitzung des Ausschusses dauerte bis in den Abend.",
             "Doch die Abgeordnete Lena Hofstätter sieht den Entwurf als „Kniefall Brüssels“ "
             "und verließ den Saal.",
             "Le député Marc Aubertin a qualifié la réforme de « naufrage annoncé »."]
    assert _find(paras, "Kniefall") == ("Lena Hofstätter", "partial")
    assert _find(paras, "naufrage") == ("Marc Aubertin", "partial")


def test_two_capitals_before_the_same_surname_are_initials() -> None:
    paras = ["Der Kandidat der Partei, TJ Morrow, sprach am Abend vor Anhängern. „Wir "
             "werden diese Wahl gewinnen“, sagte er.",
             "Die MK Partei und die DZ Bank äußerten sich nicht."]
    assert _find(paras, "diese Wahl")[0] == "TJ Morrow"


# Round twenty: one test per rule kept.


def test_separable_particle_after_the_quote_gives_the_naming_subject() -> None:
    paras = ["Der Gipfel in Lissabon endete am Freitag.",
             "Nachdem die Gespräche gescheitert waren, warf Helga Sternfeld den Nachbarstaaten "
             "fehlende »Verlässlichkeit« vor und reiste ab."]
    assert _find(paras, "Verlässlichkeit") == ("Helga Sternfeld", "partial")


def test_a_first_names_initial_stays_with_the_name() -> None:
    # "said J. Smith" gave the speaker "J" (the full stop ended the name); a Lithuanian
    # two-letter initial too ("Ch. Parisas"). A French "M." is "Monsieur", not an initial.
    paras = [
        '"We are ready," said J. Smith, the coach.',
        "„Galiu patvirtinti, kad šaulys negyvas“, – pridūrė Ch. Parisas, teigdamas.",
        '"We are ready," said Xu. Wang left.',
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == [
        "J. Smith",
        "Ch. Parisas",
        "Xu",
    ]


def test_antecedents_from_reported_speech() -> None:
    # "X said he had ...": the pronoun opens the reported clause; X is the speaker, and
    # "he said" later goes back to X.
    paras = [
        "Post-Cabinet meetings are held when needed, said Tourism, Arts and Culture Minister "
        "Mohamaddin Ketapi.",
        "On the claim that he had not chaired a meeting, Mohamaddin said he had always done so.",
        "“If they are confidential matters only the secretary-general is told,” he said.",
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == ["Mohamaddin"]
    # An office's name, then the holder: the holder's name counts as written in full.
    paras = [
        "Minister in the Presidency Khumbudzo Ntshavheni spoke on Thursday.",
        "On Thursday, Ntshavheni said the fire was a tragedy.",
        "But the minister denied it, asserting: “The majority are not here legally.”",
        "“The government cannot provide housing.”",
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == ["Ntshavheni"] * 2
    # A dropped subject ("Reiteró que ...") carries the person named before.
    paras = [
        "El alcalde Eduardo Rivera Pérez advirtió que no caerá en provocaciones.",
        "Reiteró que se utilizará la fuerza pública.",
        "En entrevista, informó que un grupo de informales realizó provocaciones.",
        '"No vamos a cambiar la política de mantener el centro histórico ordenado."',
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == ["Eduardo Rivera Pérez"]


def test_ranks_and_council_titles_are_not_part_of_the_name() -> None:
    paras = [
        "Cllr Simon Werner criticised the budget.",
        "“This is a dismal failure,” said Cllr Werner.",
        "«Servono più corsi», ha detto il comandante. «Ne parleremo», ha aggiunto Comandante Roberti.",
    ]
    speakers = [q.speaker for q in extract_quotes_from_paragraphs(paras)]
    assert speakers[0] == "Werner"
    assert speakers[-1] == "Roberti"


def test_places_and_prepositions_are_not_speakers() -> None:
    paras = [
        "Supporters gathered at Solomon Mahlangu Square on Friday.",
        "“We saw what you did,” they chanted.",
        "“We have a lot of demand,” said Superintendent Thomas Myers.",
    ]
    speakers = [q.speaker for q in extract_quotes_from_paragraphs(paras)]
    assert speakers[0] != "Solomon Mahlangu Square"
    assert speakers[1] == "Thomas Myers"


def test_name_before_a_bracket_and_a_colon() -> None:
    paras = ['Julian Nagelsmann (Trainer Bayern München): "Wir haben die eine oder andere Chance '
             'liegen lassen."']
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == ["Julian Nagelsmann"]


def test_adverb_between_conjunction_and_verb_of_saying() -> None:
    paras = [
        "El presidente Andrés Manuel López Obrador expresó que los ciudadanos decidieron, e "
        "incluso preguntó a quién le conviene descalificar a los gobernadores.",
        "“Lo que yo opino es que deben tomar en cuenta al pueblo”, afirmó.",
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == [
        "Andrés Manuel López Obrador"
    ]


def test_subject_after_the_verb_in_german_and_dutch() -> None:
    paras = [
        "Annemarie van Hinsberg is programmaleider bij Movisie.",
        "Wel begrijpt Van Hinsberg de afweging van de gemeente.",
        "“Het is aan de ene kant de angst dat je gedoe organiseert”, legt ze uit.",
    ]
    assert [q.speaker for q in extract_quotes_from_paragraphs(paras)] == ["Van Hinsberg"]
    # English "He said X had ...": X is no inverted subject.
    paras = [
        "Police spokesman Ana Lima spoke on Friday.",
        "He said Zuma Sambudla had left the country.",
        "“We are looking for her,” he said.",
    ]
    assert extract_quotes_from_paragraphs(paras)[0].speaker != "Zuma Sambudla"
