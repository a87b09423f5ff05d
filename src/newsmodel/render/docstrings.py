"""newsmodel's reStructuredText-flavoured docstrings as Markdown.

The docstrings and field documentation use Sphinx roles, double-backtick
literals, ``::`` literal blocks and doctest lines; the command line prints
some of them as they are.  :func:`markdown_from_docstring` turns them into
Markdown for the reference pages and for the API pages (through the griffe
extension of the docs build).
"""

from __future__ import annotations

import ast
import inspect
import itertools
import re
import types
from collections.abc import Callable

from newsmodel.render import markdown as md

__all__ = ["after_first_paragraph", "markdown_from_docstring", "module_attribute_docs"]


_ROLE = re.compile(r":(?:py:)?(?P<role>[a-z]+):`(?P<tilde>~?)(?P<target>[^`<>]+?)`")
_RST_LINK = re.compile(r"`(?P<text>[^`<>]+?)\s*<(?P<url>[^`<>]+)>`__?")
_LITERAL_BLOCK = re.compile(r"::\n\n((?:(?: {4}|\t).*\n|\s*\n)+)")
_DOCTEST = re.compile(r"^>>> .*\n(?:(?:>>>|\.\.\.| *[^\s>]).*\n)*?(?=\s*\n|\Z)", re.MULTILINE)


def _strip_doctest_flags(text: str) -> str:
    return re.sub(r"\s*# doctest:.*$", "", text.rstrip(), flags=re.MULTILINE)


def markdown_from_docstring(
    text: str | None, link: Callable[[str, str], str | None] | None = None
) -> str:
    """Turn a docstring in newsmodel's reStructuredText-flavoured style into Markdown.

    Roles such as ``:class:`~newsmodel.model.Report``` become code spans
    (or whatever ``link(role, target)`` returns for them, when it returns a
    string), double-backtick literals stay code spans, ```text <url>`_``
    links become Markdown links, and a paragraph ending in ``::`` introduces
    a fenced code block.  The text is dedented first.
    """
    if not text:
        return ""
    text = inspect.cleandoc(text) + "\n"

    def block(match: re.Match[str]) -> str:
        body = inspect.cleandoc(match.group(1))
        return ":\n\n" + md.fence(body, "text") + "\n\n"

    text = _LITERAL_BLOCK.sub(block, text)
    text = _DOCTEST.sub(lambda m: md.fence(_strip_doctest_flags(m.group(0)), "pycon") + "\n", text)

    def role(match: re.Match[str]) -> str:
        target = match.group("target").strip()
        shown = target.rsplit(".", 1)[-1] if match.group("tilde") else target
        if link is not None:
            linked = link(match.group("role"), target)
            if linked is not None:
                return linked
        return md.code(shown + ("()" if match.group("role") in ("func", "meth") else ""))

    text = _ROLE.sub(role, text)
    text = _RST_LINK.sub(lambda m: f"[{m.group('text')}]({m.group('url')})", text)
    return text.strip()


def module_attribute_docs(module: types.ModuleType) -> dict[str, str]:
    """Return the docstrings written under module-level assignments (``X = ...``, a string)."""
    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError):  # pragma: no cover - no source (frozen, zipped)
        return {}
    docs: dict[str, str] = {}
    body = tree.body
    for statement, following in itertools.pairwise(body):
        if (
            isinstance(statement, (ast.Assign, ast.AnnAssign))
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    docs[target.id] = following.value.value
    return docs


def after_first_paragraph(text: str | None) -> str:
    """Return a docstring less its first paragraph (its summary), dedented."""
    parts = inspect.cleandoc(text or "").split("\n\n", 1)
    return parts[1] if len(parts) > 1 else ""
