"""newsmodel._gc: the collector is paused only for large inputs, and always restored."""

from __future__ import annotations

import gc

import pytest

from newsmodel._gc import THRESHOLD, gc_paused


def test_small_input_leaves_the_collector_alone() -> None:
    assert gc.isenabled()
    with gc_paused(THRESHOLD):
        assert gc.isenabled()


def test_large_input_pauses_and_restores() -> None:
    with gc_paused(THRESHOLD + 1):
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_error() -> None:
    with pytest.raises(ValueError), gc_paused(THRESHOLD + 1):
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_caller_who_disabled_it_keeps_it_disabled() -> None:
    gc.disable()
    try:
        with gc_paused(THRESHOLD + 1):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
