"""Vega-Lite specification → SVG or PNG file, offline, with vl-convert (the `plot` extra).

vl-convert carries its own copy of Vega and Vega-Lite and a JavaScript engine, so drawing
needs neither a browser nor the network.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quotegraph.errors import InvalidInput, MissingExtra

__all__ = ["FORMATS", "render_chart", "write_chart"]

FORMATS = ("svg", "png")
VEGA_LITE_VERSION = "6.4"  # the version vl-convert compiles with; the page's vendored copy is 6.4 too


def render_chart(spec: dict[str, Any], output_format: str, *, scale: float = 2.0) -> bytes:
    """The drawing of `spec` as SVG text (UTF-8) or PNG bytes (`scale` × its pixel size)."""
    converter = _vl_convert()
    if output_format == "svg":
        return str(converter.vegalite_to_svg(spec, vl_version=VEGA_LITE_VERSION)).encode("utf-8")
    if output_format == "png":
        return bytes(converter.vegalite_to_png(spec, vl_version=VEGA_LITE_VERSION, scale=scale))
    raise InvalidInput(output_format, f"not a picture format; use one of: {', '.join(FORMATS)}")


def write_chart(spec: dict[str, Any], path: Path) -> int:
    """Draw `spec` into `path`, in the format its suffix names (.svg or .png); returns bytes written."""
    output_format = path.suffix.lower().lstrip(".")
    if output_format not in FORMATS:
        raise InvalidInput(str(path), "the file name must end in .svg or .png")
    drawn = render_chart(spec, output_format)
    path.write_bytes(drawn)
    return len(drawn)


def _vl_convert() -> Any:
    try:
        import vl_convert  # noqa: PLC0415 - optional extra, and slow to import
    except ImportError:
        raise MissingExtra("vl-convert-python", "plot", "drawing pictures") from None
    return vl_convert
