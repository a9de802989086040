"""The pictures: statements over time, who talks about whom, whose voices each outlet carries.

    spec = chart_spec(store, "timeline", StatementFilters(text="troops"), interval="week")
    write_chart(spec, Path("troops.svg"))        # or .png; needs the `plot` extra (vl-convert)

`chart_spec` counts with the store's aggregates and returns a Vega-Lite specification holding
its data; the web app hands the same specification to vega-embed in the page.

    layout.py   node positions for the network (force-directed, deterministic)
    specs.py    the Vega-Lite specifications
    render.py   specification → SVG or PNG, offline, with vl-convert
"""

from __future__ import annotations

from typing import Any

from quotegraph.charts.render import write_chart
from quotegraph.charts.specs import network_spec, timeline_spec, voices_spec
from quotegraph.errors import InvalidQuery
from quotegraph.store import StatementFilters, Store, aggregates

__all__ = ["CHARTS", "chart_data", "chart_spec", "write_chart"]

CHARTS = ("timeline", "network", "voices")


def chart_data(store: Store, name: str, filters: StatementFilters, **options: Any) -> dict[str, Any]:
    """The counts behind chart `name` (see quotegraph.store.aggregates for the options)."""
    if name == "timeline":
        return aggregates.timeline(store.db, filters, **options)
    if name == "network":
        return aggregates.network(store.db, filters, **options)
    if name == "voices":
        return aggregates.voices(store.db, filters, **options)
    raise InvalidQuery(f"unknown chart {name!r}; use one of: {', '.join(CHARTS)}")


def chart_spec(
    store: Store, name: str, filters: StatementFilters, *, width: int | str = 720, **options: Any
) -> dict[str, Any]:
    """The Vega-Lite specification of chart `name` for the statements `filters` match."""
    data = chart_data(store, name, filters, **options)
    title = chart_title(name, filters, options)
    if name == "timeline":
        interval, split = options.get("interval", "month"), options.get("split", "none")
        return timeline_spec(data, interval=interval, split=split, title=title, width=width)
    if name == "network":
        return network_spec(data, title=title, width=width if isinstance(width, int) else 720)
    return voices_spec(data, by=options.get("by", "speaker_gender"), title=title,
                       width=width if isinstance(width, int) else 640)  # fmt: skip


def chart_title(name: str, filters: StatementFilters, options: dict[str, Any]) -> str:
    """A title that says what is counted: "Statements per month · troops · speaker Rutte"."""
    heads = {
        "timeline": f"Statements per {options.get('interval', 'month')}",
        "network": "Who talks about whom",
        "voices": f"Share of statements by {options.get('by', 'speaker_gender').replace('_', ' ')}",
    }
    described = [f"“{filters.text}”"] if filters.text else []
    described += [
        f"{name.replace('_', ' ')} {value}"
        for name, value in ((n, getattr(filters, n)) for n in StatementFilters.names() if n != "text")
        if value
    ]
    return " · ".join([heads[name], *described])[:160]
