"""The YAML fast reader for valid files: plain data without positions, or ``None``.

:func:`read_yaml_plain` gives the plain data (dicts, lists, scalars) of YAML text
that :func:`~newsmodel.reading.yaml_events.parse_yaml` accepts, or ``None`` for
anything unusual, which the caller then reads again with the event reader for
the problems and their positions.  It tries two readers in turn: the line reader
(:mod:`~newsmodel.reading.yaml_lines`), for text in the layout newsmodel writes,
and libyaml's C composer (:mod:`~newsmodel.reading.yaml_composer`) for the rest.
The line reader needs no PyYAML: a file it reads is checked without importing it.
"""

from __future__ import annotations

from typing import Any

from newsmodel.limits import Limits
from newsmodel.reading.yaml_lines import complete_last_line, read_yaml_lines

__all__ = ["read_yaml_plain"]


def read_yaml_plain(text: str, limits: Limits) -> Any | None:
    """Return the plain data of YAML text :func:`parse_yaml` accepts, or None if unusual.

    The data (dicts, lists, scalars) is what ``parse_yaml(text, limits=limits).plain()``
    gives, with the same types and key order; ``None`` means that something is
    unusual, and the caller then runs :func:`parse_yaml`, which reports the problems.

    Why a second reader: :func:`parse_yaml` reads libyaml's events one by one in
    Python to keep every position and report every problem, which costs more than
    PyYAML's own ``yaml.load``.  A valid file needs neither.  Text in the layout
    :func:`newsmodel.dumps` writes is read by the line reader
    (:mod:`~newsmodel.reading.yaml_lines`), in a third of the composer's time and
    without importing PyYAML; other text by libyaml's C composer
    (:func:`~newsmodel.reading.yaml_composer.compose_plain`), which builds the node
    tree, and one walk turns it into plain data with the same YAML 1.2 core schema.
    Whatever :class:`_YamlBuilder` would flag (a tag, an alias, a merge key, a
    duplicate or non-string key, a number that cannot be kept exactly, a string over
    the limit, nesting beyond ``max_depth``, a YAML 1.1 line break, a lone surrogate,
    no document or several, any YAML error) gives ``None``, never a guess, so a valid
    file is parsed once and anything else is read again with full positions.  Never
    raises; never recurses more than ``max_depth`` levels in Python (libyaml refuses
    more than 1,000 in C); never expands an alias.
    """
    if "\x85" in text or "\u2028" in text or "\u2029" in text:
        return None  # YAML 1.1 line breaks: NM102
    text = complete_last_line(text)
    if len(text) <= limits.max_string_length:  # no string in it can be over the limit
        data = read_yaml_lines(text, limits.max_depth)
        if data is not None:
            return data  # read as the spec says: nothing for may_be_misread to look for
    # Imported here: a file the line reader reads needs no PyYAML.
    from newsmodel.reading.yaml_composer import compose_plain  # noqa: PLC0415

    return compose_plain(text, limits)
