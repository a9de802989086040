"""Node positions for the network picture: a force-directed layout (Fruchterman & Reingold 1991).

Deterministic (nodes start on a circle in id order), so the same store draws the same picture.
Plain Python: the graph is cut to its top edges before it is drawn, so it has at most a few
hundred nodes. The web page lays out its own copy in the browser (cytoscape.js).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["force_layout"]

GRAVITY = 2.0


def force_layout(
    nodes: Sequence[str], edges: Sequence[tuple[str, str, float]], *, iterations: int = 120
) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1] × [0, 1] for `nodes`, pulled together along weighted `edges`."""
    count = len(nodes)
    if count == 0:
        return {}
    if count == 1:
        return {nodes[0]: (0.5, 0.5)}
    at = {
        n: [math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count)] for i, n in enumerate(nodes)
    }
    ideal = math.sqrt(4.0 / count)  # area 2 × 2
    heaviest = max((w for _, _, w in edges), default=1.0) or 1.0
    temperature = 0.2
    for _ in range(iterations):
        moves = {n: [0.0, 0.0] for n in nodes}
        _repel(nodes, at, moves, ideal)
        for a, b, weight in edges:
            dx, dy = at[a][0] - at[b][0], at[a][1] - at[b][1]
            distance = math.hypot(dx, dy) or 1e-9
            pull = distance * distance / ideal * (0.5 + weight / heaviest)
            moves[a][0] -= dx / distance * pull
            moves[a][1] -= dy / distance * pull
            moves[b][0] += dx / distance * pull
            moves[b][1] += dy / distance * pull
        for n in nodes:  # gravity keeps unconnected parts near the middle instead of on a ring
            moves[n][0] -= at[n][0] * GRAVITY * ideal
            moves[n][1] -= at[n][1] * GRAVITY * ideal
            length = math.hypot(*moves[n]) or 1e-9
            step = min(length, temperature)
            at[n][0] += moves[n][0] / length * step
            at[n][1] += moves[n][1] / length * step
        temperature *= 0.97
    return _fit(at)


def _repel(
    nodes: Sequence[str], at: dict[str, list[float]], moves: dict[str, list[float]], ideal: float
) -> None:
    for i, a in enumerate(nodes):
        ax, ay = at[a]
        for b in nodes[i + 1 :]:
            dx, dy = ax - at[b][0], ay - at[b][1]
            squared = dx * dx + dy * dy or 1e-9
            push = ideal * ideal / squared
            moves[a][0] += dx * push
            moves[a][1] += dy * push
            moves[b][0] -= dx * push
            moves[b][1] -= dy * push


def _fit(at: dict[str, list[float]]) -> dict[str, tuple[float, float]]:
    """Scale the positions into the unit square, keeping the aspect."""
    xs, ys = [p[0] for p in at.values()], [p[1] for p in at.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {n: ((p[0] - min(xs)) / span, (p[1] - min(ys)) / span) for n, p in at.items()}
