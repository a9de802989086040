"""Errors a user can act on.

    QuotegraphError                 a problem the user can fix; the CLI prints one line, no traceback
    ├── InvalidInput                an input file, line or URL that cannot be read as articles
    ├── PipelineNotInstalled        the spaCy pipeline is missing or lacks a needed component
    ├── InvalidAliasFile            a speaker alias file that does not parse, with its line number
    ├── StoreError                  a database that cannot be opened, migrated or written
    ├── MissingExtra                an optional dependency is not installed; names the extra to install
    └── InvalidQuery                a search filter, date or page that makes no sense

Standard library only.
"""

from __future__ import annotations


class QuotegraphError(Exception):
    """A problem the user can fix; the CLI prints the message without a traceback."""


class InvalidInput(QuotegraphError):
    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class PipelineNotInstalled(QuotegraphError):
    pass


class InvalidAliasFile(QuotegraphError):
    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class StoreError(QuotegraphError):
    pass


class MissingExtra(QuotegraphError):
    """An optional feature whose packages are not installed, e.g. `pip install 'quotegraph[spark]'`."""

    def __init__(self, package: str, extra: str | None = None, needed_for: str | None = None) -> None:
        if extra is None:  # a whole message
            super().__init__(package)
        else:
            super().__init__(f"{needed_for} needs {package}: pip install 'quotegraph[{extra}]'")
        self.package = package
        self.extra = extra


class InvalidQuery(QuotegraphError):
    pass
