"""Maximum-weight one-to-one assignment between gold items and predictions.

The scorers give each allowed (gold, prediction) pair a positive integer weight and
pick the pairing with the largest total weight (Kuhn-Munkres with potentials,
O(small^2 * large) for a small x large matrix; gold lists hold a few dozen items).
Weights are tiered (see ``scoring``) so that, e.g., matching one more required gold
event always beats preferring an exact type over an alternative type.
"""

from __future__ import annotations

from collections.abc import Sequence

_INF = 1 << 62


def assign(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """The (row, column) pairs of a maximum-weight matching; weight 0 means "not allowed".

    Rows are gold items, columns predictions; rows may be ragged (missing cells are 0).
    Pairs of weight <= 0 are never returned.
    """
    rows = len(weights)
    cols = max((len(row) for row in weights), default=0)
    if rows == 0 or cols == 0:
        return []
    grid = [[max(row[j], 0) if j < len(row) else 0 for j in range(cols)] for row in weights]
    if rows > cols:
        flipped = [[grid[i][j] for i in range(rows)] for j in range(cols)]
        return sorted((i, j) for j, i in _assign_wide(flipped))
    return sorted(_assign_wide(grid))


def _assign_wide(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Kuhn-Munkres for at most as many rows as columns: O(rows^2 * columns).

    Every row is given a column (a weight-0 one standing for "unmatched"), minimising
    the total negated weight with row and column potentials.
    """
    rows, cols = len(weights), len(weights[0])
    row_pot = [0] * (rows + 1)
    col_pot = [0] * (cols + 1)
    owner = [0] * (cols + 1)  # owner[j]: 1-based row holding column j (0 = free)
    back = [0] * (cols + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        col = 0
        slack = [_INF] * (cols + 1)
        done = [False] * (cols + 1)
        while True:
            done[col] = True
            i0, delta, nxt = owner[col], _INF, 0
            costs = weights[i0 - 1]
            for j in range(1, cols + 1):
                if done[j]:
                    continue
                reduced = -costs[j - 1] - row_pot[i0] - col_pot[j]
                if reduced < slack[j]:
                    slack[j], back[j] = reduced, col
                if slack[j] < delta:
                    delta, nxt = slack[j], j
            for j in range(cols + 1):
                if done[j]:
                    row_pot[owner[j]] += delta
                    col_pot[j] -= delta
                else:
                    slack[j] -= delta
            col = nxt
            if owner[col] == 0:
                break
        while col:
            prev = back[col]
            owner[col] = owner[prev]
            col = prev
    return [
        (owner[j] - 1, j - 1)
        for j in range(1, cols + 1)
        if owner[j] and weights[owner[j] - 1][j - 1] > 0
    ]
