"""A small corpus written for these tests (free to reuse): five articles and three bad lines."""

from __future__ import annotations

import json

GOOD = [
    {
        "id": "harbour-1",
        "published": "2024-03-01",
        "url": "https://example.org/harbour-1",
        "outlet": "Harbour Times",
        "text": "Dock workers walked out on Friday.\n\n“We will not go back until the port pays us fairly,” "
        "said Anna Kovacs, who leads the union. The port authority said it regretted the strike.",
    },
    {
        "id": "harbour-2",
        "published": "2024-03-02T08:30:00Z",
        "outlet": "Coast Daily",
        "text": "The strike entered its second day. \"We will not go back until the port pays us fairly,\" "
        "Anna Kovacs said outside the gates.\n\nShipping firms warned that cargo was piling up.",
    },
    {
        "id": "budget",
        "published": "2023-11-20",
        "text": "Mayor Lena Ortiz defended the city budget on Monday. “Every euro is accounted for,” "
        "Ortiz said. Critics said the plan cut too deeply into libraries.",
    },
    {
        "id": "weather",
        "text": "Rain is expected across the region this weekend. Temperatures will stay mild.",
    },
    {
        "id": "summit",
        "published": "not a date",
        "text": "Leaders met in Oslo. “This is a turning point,” the prime minister told reporters, "
        "according to officials. Oil prices rose, analysts said.",
    },
]

BAD_LINES = [
    "this line is not JSON",
    json.dumps({"id": "no-text", "title": "An article without text"}),
    json.dumps({"id": "text-is-a-number", "text": 42}),
]


def jsonl_text() -> str:
    """The corpus as JSONL: good articles with the bad lines and a blank line mixed in."""
    lines = [json.dumps(GOOD[0]), BAD_LINES[0], json.dumps(GOOD[1]), "", json.dumps(GOOD[2]),
             BAD_LINES[1], json.dumps(GOOD[3]), BAD_LINES[2], json.dumps(GOOD[4])]
    return "\n".join(lines) + "\n"
