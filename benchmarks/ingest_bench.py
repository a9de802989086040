"""Ingestion speed: articles/s for HTML files and a WARC, and where the time goes.

Generates synthetic news pages (three page layouts, boilerplate, quotes) so it needs no
corpus and no network, writes them as .html files and as one .warc.gz, then times:

1. text extraction: read_articles over the HTML files, and over the WARC (trafilatura);
2. statement extraction: process_articles over the same articles (spaCy parse + rules).

Run:  PYTHONPATH=src python benchmarks/ingest_bench.py --pages 200
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotegraph.ingest import read_articles
from quotegraph.nlp import DEFAULT_PIPELINE, load_pipeline
from quotegraph.process import process_articles
from quotegraph.records import Article, Failure

NAMES = ["Maria Okafor", "Tom Reyes", "Laura Benn", "Dan Whitfield", "Aiko Tanaka", "Pieter de Vries"]
ROLES = ["the finance chair", "a union spokesman", "the harbour master", "the mayor", "a senior official"]
CLAIMS = [
    "the budget would be balanced within two years",
    "the strike would go ahead unless the rotas were withdrawn",
    "the bridge would reopen before the summer",
    "talks had broken down for the third time",
    "the council had ignored the warnings of its own auditors",
]
FILLER = [
    "The vote followed a debate that lasted almost six hours in a crowded chamber.",
    "Shipping lines warned that a stoppage would divert freight to rival ports along the coast.",
    "Opposition members said the plan relied on optimistic forecasts for parking revenue.",
    "The authority said it regretted the decision and would keep the terminals open.",
    "Figures published on Monday showed spending had risen by three per cent.",
]
LAYOUTS = [
    "<article><h1>{title}</h1>{body}</article><section class='comments'><p>Reader: nonsense.</p></section>",
    "<div class='post'><h2 class='post-title'>{title}</h2><div class='post-content'>{body}</div></div>",
    "<main><div id='story'><h1>{title}</h1><div class='text'>{body}</div></div></main>",
]


def paragraph(rng: random.Random) -> str:
    name, role, claim = rng.choice(NAMES), rng.choice(ROLES), rng.choice(CLAIMS)
    forms = [
        f"“We said {claim}, and we meant it,” {name} said on Tuesday.",
        f"{name}, {role}, said {claim}.",
        f"According to {role}, {claim}.",
        f"“This is not over,” said {name}. “{claim.capitalize()}.”",
    ]
    return " ".join([rng.choice(forms), *rng.sample(FILLER, 2)])


def page(number: int, rng: random.Random) -> str:
    title = f"Story {number}: {rng.choice(CLAIMS).capitalize()}"
    body = "".join(f"<p>{paragraph(rng)}</p>" for _ in range(rng.randint(5, 10)))
    layout = LAYOUTS[number % len(LAYOUTS)]
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | Bench Gazette</title><meta name='author' content='{rng.choice(NAMES)}'>"
        f"<meta name='date' content='2024-03-{number % 28 + 1:02d}'></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a> | Subscribe</nav>"
        f"{layout.format(title=title, body=body)}"
        "<footer>© Bench Gazette · Privacy · Cookies</footer></body></html>"
    )


def write_inputs(folder: Path, pages: int, seed: int) -> tuple[Path, Path]:
    rng = random.Random(seed)
    html_dir = folder / "html"
    html_dir.mkdir()
    warc = folder / "pages.warc.gz"
    with warc.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number in range(pages):
            html = page(number, rng).encode("utf-8")
            (html_dir / f"story-{number:05d}.html").write_bytes(html)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            uri = f"https://bench.example/story/{number}"
            record = writer.create_warc_record(uri, "response", payload=BytesIO(html), http_headers=headers)
            writer.write_record(record)
    return html_dir, warc


def timed_read(source: Path) -> tuple[list[Article], int, float]:
    started = time.perf_counter()
    items = list(read_articles([source]))
    seconds = time.perf_counter() - started
    articles = [item for item in items if isinstance(item, Article)]
    return articles, len(items) - len(articles), seconds


def timed_extraction(articles: list[Article], pipeline: str) -> tuple[int, float]:
    nlp = load_pipeline(pipeline)
    list(process_articles(articles[:1], nlp))  # warm-up, as for reading
    started = time.perf_counter()
    results = [r for r in process_articles(articles, nlp) if not isinstance(r, Failure)]
    seconds = time.perf_counter() - started
    return sum(len(r.statements) for r in results), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE)
    parser.add_argument("--json", action="store_true", help="Print the figures as one JSON object.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        html_dir, warc = write_inputs(Path(tmp), args.pages, args.seed)
        list(read_articles([next(html_dir.iterdir())]))  # imports and first-call set-up are not timed
        page_bytes = sum(path.stat().st_size for path in html_dir.iterdir()) / args.pages
        html_articles, html_failed, html_s = timed_read(html_dir)
        warc_articles, warc_failed, warc_s = timed_read(warc)
    statements, extract_s = timed_extraction(html_articles, args.pipeline)

    figures = {
        "pages": args.pages,
        "mean_page_bytes": round(page_bytes),
        "html_articles": len(html_articles),
        "html_failed": html_failed,
        "html_seconds": round(html_s, 2),
        "html_articles_per_s": round(len(html_articles) / html_s, 1),
        "warc_articles": len(warc_articles),
        "warc_failed": warc_failed,
        "warc_seconds": round(warc_s, 2),
        "warc_articles_per_s": round(len(warc_articles) / warc_s, 1),
        "statements": statements,
        "statement_extraction_seconds": round(extract_s, 2),
        "statement_extraction_articles_per_s": round(len(html_articles) / extract_s, 1),
        "text_extraction_share": round(html_s / (html_s + extract_s), 3),
    }
    if args.json:
        json.dump(figures, sys.stdout)
        print()
        return
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
