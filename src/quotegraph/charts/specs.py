"""Vega-Lite specifications for the three pictures, from the store's aggregates.

The same specification is drawn in the web page (vega-embed) and to SVG or PNG offline
(vl-convert): the data travels inside it, so a picture is one self-contained JSON document.
`width` is a number of pixels, or "container" to fill the page's box.
"""

from __future__ import annotations

from typing import Any

from quotegraph.charts.layout import force_layout

__all__ = ["ACT_MIX_COLOURS", "GENDER_COLOURS", "network_spec", "timeline_spec", "voices_spec"]

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"  # a name only: nothing is fetched
GENDER_COLOURS = {"female": "#c2459a", "male": "#2b8ad6", "unknown": "#b8bec9"}
# Edge colour: the share of warm acts (praise, agree) minus hostile ones (accuse, reject, warn).
ACT_MIX_COLOURS = {-1: "#d6453a", 0: "#9aa3b2", 1: "#2f9e44"}
LABELLED = 30  # the network names its largest nodes; the rest show their name on hover
_CONFIG = {
    "font": "DejaVu Sans, Verdana, sans-serif",
    "view": {"stroke": None},
    "axis": {"labelColor": "#1d2330", "titleColor": "#1d2330", "gridColor": "#e6e9ef"},
    "legend": {"labelLimit": 180, "orient": "bottom", "columns": 3},
}


def _base(title: str, width: int | str, height: int) -> dict[str, Any]:
    return {"$schema": SCHEMA, "title": title, "width": width, "height": height, "config": _CONFIG}


_TIME_UNITS = {"day": "utcyearmonthdate", "week": "utcyearweek", "month": "utcyearmonth"}


def timeline_spec(
    data: dict[str, Any], *, interval: str, split: str, title: str, width: int | str = 720
) -> dict[str, Any]:
    """Stacked bars: statements per day, week or month, one colour per speaker or act.

    A week is counted from Monday (the store's periods); Vega-Lite's week unit starts on the
    Sunday before, so a week's bar stands one day early and its tooltip gives the Monday.
    """
    rows = data["rows"]
    legend = {"none": None, "speaker": "speaker", "act": "act"}[split]
    colour: dict[str, Any] = {"field": "label", "type": "nominal", "title": legend, "sort": _by_total(rows)}
    if split == "none":
        colour = {"value": "#2557d6"}
    spec = _base(title, width, 260)
    spec.update(
        data={"values": rows},
        mark={"type": "bar", "tooltip": True},
        encoding={
            "x": {"field": "period", "type": "temporal", "timeUnit": _TIME_UNITS[interval], "title": None,
                  "axis": {"format": "%b %Y" if interval == "month" else "%Y-%m-%d", "labelOverlap": True}},
            "y": {"aggregate": "sum", "field": "count", "type": "quantitative", "stack": "zero",
                  "title": "statements"},
            "color": colour,
            "order": {"field": "label", "sort": "ascending"},
            "tooltip": [
                {"field": "period", "type": "nominal", "title": "from" if interval != "day" else "day"},
                {"field": "label", "title": legend or "statements"},
                {"field": "count", "title": "statements"},
            ],
        },
    )  # fmt: skip
    return spec


def network_spec(data: dict[str, Any], *, title: str, width: int = 720) -> dict[str, Any]:
    """Speakers and what they talk about: node size = statements, edge width = statements,
    edge colour = the acts' mix, positions from a force-directed layout."""
    ids = [node["id"] for node in data["nodes"]]
    at = force_layout(ids, [(e["source"], e["target"], float(e["count"])) for e in data["edges"]])
    nodes = [
        {
            **node,
            "x": at[node["id"]][0],
            "y": at[node["id"]][1],
            "role": "speaker" if node["speaks"] else "talked about",
        }
        for node in data["nodes"]
    ]
    edges = [
        {**edge, "x": at[edge["source"]][0], "y": at[edge["source"]][1], "x2": at[edge["target"]][0],
         "y2": at[edge["target"]][1], "mix": act_mix(edge)}
        for edge in data["edges"]
    ]  # fmt: skip
    unit = {"type": "linear", "domain": [-0.08, 1.08], "nice": False}
    position = {"axis": None, "scale": unit}
    spec = _base(title, width, width)
    spec["layer"] = [
        {
            "data": {"values": edges},
            "mark": {"type": "rule", "opacity": 0.75},
            "encoding": {
                "x": {"field": "x", "type": "quantitative", **position},
                "y": {"field": "y", "type": "quantitative", **position},
                "x2": {"field": "x2"},
                "y2": {"field": "y2"},
                "strokeWidth": {"field": "count", "type": "quantitative", "title": "statements",
                                "scale": {"range": [1, 9]}},
                "color": {"field": "mix", "type": "quantitative", "title": "hostile ↔ warm",
                          "scale": {"domain": [-1, 0, 1], "range": list(ACT_MIX_COLOURS.values())}},
            },
        },
        {
            "data": {"values": nodes},
            "mark": {"type": "circle", "opacity": 0.9, "stroke": "#ffffff", "strokeWidth": 1},
            "encoding": {
                "x": {"field": "x", "type": "quantitative", **position},
                "y": {"field": "y", "type": "quantitative", **position},
                "size": {"field": "statements", "type": "quantitative", "scale": {"range": [30, 500]},
                         "legend": None},
                "fill": {"field": "role", "type": "nominal", "title": None,
                         "scale": {"domain": ["speaker", "talked about"], "range": ["#2557d6", "#e08a1e"]}},
                "tooltip": [{"field": "label"}, {"field": "kind"}, {"field": "statements"}],
            },
        },
        {
            "data": {"values": sorted(nodes, key=lambda n: -n["statements"])[:LABELLED]},
            "mark": {"type": "text", "dy": -12, "fontSize": 11, "color": "#1d2330"},
            "encoding": {
                "x": {"field": "x", "type": "quantitative", **position},
                "y": {"field": "y", "type": "quantitative", **position},
                "text": {"field": "label"},
            },
        },
    ]  # fmt: skip
    return spec


def voices_spec(data: dict[str, Any], *, by: str, title: str, width: int = 640) -> dict[str, Any]:
    """Per outlet (one row each), per month: the share of statements by speaker gender or kind."""
    colour: dict[str, Any] = {"field": "value", "type": "nominal", "title": by.replace("_", " ")}
    if by == "speaker_gender":
        colour["scale"] = {"domain": list(GENDER_COLOURS), "range": list(GENDER_COLOURS.values())}
    return {
        "$schema": SCHEMA,
        "title": title,
        "config": _CONFIG,
        "data": {"values": data["rows"]},
        "facet": {"row": {"field": "outlet", "type": "nominal", "title": None,
                          "header": {"labelAngle": 0, "labelAlign": "left", "labelLimit": 140}}},
        "spec": {
            "width": width,
            "height": 60,
            "mark": {"type": "bar", "tooltip": True},
            "encoding": {
                "x": {"field": "month", "type": "ordinal", "title": None, "timeUnit": "utcyearmonth",
                      "axis": {"format": "%b %Y", "labelOverlap": True}},
                "y": {"field": "count", "type": "quantitative", "stack": "normalize", "title": "share",
                      "axis": {"format": "%", "tickCount": 2}},
                "color": colour,
                "tooltip": [
                    {"field": "month", "timeUnit": "utcyearmonth", "title": "month"},
                    {"field": "value", "title": by.replace("_", " ")},
                    {"field": "count", "title": "statements"},
                ],
            },
        },
        "resolve": {"scale": {"x": "shared"}},
    }  # fmt: skip


def act_mix(edge: dict[str, Any]) -> float:
    """(warm − hostile) / all statements of the edge: −1 all hostile, +1 all warm, 0 neither or even."""
    return round((edge["positive"] - edge["negative"]) / edge["count"], 3) if edge["count"] else 0.0


def _by_total(rows: list[dict[str, Any]]) -> list[str]:
    """Legend order: most statements first, "other" last."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["label"]] = totals.get(row["label"], 0) + row["count"]
    return sorted(totals, key=lambda label: (label == "other", -totals[label], label))
