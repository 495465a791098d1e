from __future__ import annotations

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.evaluate.assignment import assign


def _best_total(weights: list[list[int]]) -> int:
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    best = 0
    slots = list(range(cols)) + [-1] * rows  # -1: row left unmatched
    for perm in set(permutations(slots, rows)):
        best = max(best, sum(max(weights[i][j], 0) for i, j in enumerate(perm) if j >= 0))
    return best


def test_prefers_the_heavier_total_over_a_greedy_first_choice() -> None:
    # Greedy row 0 -> col 0 (5) would leave row 1 with nothing; best is 4 + 4.
    assert assign([[5, 4], [4, 0]]) == [(0, 1), (1, 0)]


def test_zero_weight_pairs_are_never_returned() -> None:
    assert assign([[0, 0], [0, 3]]) == [(1, 1)]
    assert assign([[0]]) == []


def test_empty_and_rectangular_inputs() -> None:
    assert assign([]) == []
    assert assign([[], []]) == []
    assert assign([[1, 2, 3]]) == [(0, 2)]
    assert assign([[1], [2], [3]]) == [(2, 0)]
    assert assign([[1], [0, 2]]) == [(0, 0), (1, 1)]  # ragged rows: missing cells are 0


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda r: st.integers(1, 4).flatmap(
            lambda c: st.lists(
                st.lists(st.integers(0, 9), min_size=c, max_size=c), min_size=r, max_size=r
            )
        )
    )
)
def test_matches_brute_force_optimum(weights: list[list[int]]) -> None:
    pairs = assign(weights)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert all(weights[i][j] > 0 for i, j in pairs)
    assert sum(weights[i][j] for i, j in pairs) == _best_total(weights)
