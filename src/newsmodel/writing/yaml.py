"""The canonical YAML of plain data: what :func:`newsmodel.io.dumps` writes.

Block-style YAML, keys in the order given, unicode kept, long and multi-line
text as literal blocks, short lists of words on one line, and strings quoted
wherever a YAML 1.1 or 1.2 reader could take them for something else.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from newsmodel import reading

__all__ = ["yaml_text"]


class _Dumper(yaml.SafeDumper):
    """Block-style YAML with indented lists and literal blocks for long text.

    The pure-Python emitter, not libyaml's: libyaml escapes characters beyond
    the Basic Multilingual Plane (emoji, the Adlam script of Fula) even with
    ``allow_unicode``, and no longer writes such text as a literal block.
    """

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        return super().increase_indent(flow, False)


_LITERAL_OVER = 80


#: Characters a YAML 1.1 reader takes for line breaks: written escaped, in double quotes.
_YAML11_BREAKS = re.compile("[\x85\u2028\u2029]")


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style: str | None = None
    if _YAML11_BREAKS.search(text):
        style = '"'  # in any other style they would read back as line breaks
    elif "\n" in text or len(text) > _LITERAL_OVER:
        style = "|"
    else:
        try:
            if reading.resolve_plain(text) is not text:
                style = "'"
        except OverflowError:
            style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_FLOW_UNDER = 60


def _represent_list(dumper: yaml.SafeDumper, items: list[Any]) -> yaml.SequenceNode:
    """Short lists of plain words on one line (``accused: [mali]``), others as blocks."""
    short = all(isinstance(item, str) and "\n" not in item for item in items) and (
        sum(len(item) + 2 for item in items) < _FLOW_UNDER
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=short or None)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def yaml_text(data: Any) -> str:
    """Return the canonical YAML text of plain data (mappings, lists, strings, numbers)."""
    return str(
        yaml.dump(
            data,
            Dumper=_Dumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=_LITERAL_OVER + 8,
        )
    )
