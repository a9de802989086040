"""Web UI and JSON API over a read-only Store. Never loads spaCy.

    app = create_app(Store.open("quotes.db", read_only=True))

Needs the `web` extra (FastAPI, uvicorn, Jinja2).
"""

from quotegraph.serve.app import create_app

__all__ = ["create_app"]
