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
from newsmodel.text.quotes import extract_quotes, extract_quotes_from_paragraphs

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
    # regression floor at the level reached so far (0.668 measured); the target is below
    assert figures["speaker_right"] >= 0.64
    assert figures["kind_right"] >= 0.86


@pytest.mark.xfail(strict=True, reason="speaker attribution reaches ~0.67, target 0.85")
def test_labeled_set_speaker_target(figures: dict[str, float]) -> None:
    assert figures["speaker_right"] >= 0.85


# --- the held-out set: labeled before tuning, never tuned on --------------------------


@pytest.fixture(scope="module")
def heldout(figures: dict[str, float]) -> dict[str, float]:
    module = sys.modules["bench_quotes"]
    result: dict[str, float] = module.evaluate(folder=LABELS / "heldout")
    return result


def test_heldout_set_is_there(heldout: dict[str, float]) -> None:
    assert heldout["articles"] >= 4
    assert heldout["labeled"] >= 60


def test_heldout_floors(heldout: dict[str, float]) -> None:
    # measured: precision/recall 0.977, speaker 0.709, kind 0.953; floors set below
    assert heldout["precision"] >= 0.90
    assert heldout["recall"] >= 0.90
    assert heldout["speaker_right"] >= 0.65
    assert heldout["kind_right"] >= 0.90
