"""A griffe extension: newsmodel's reStructuredText-flavoured docstrings as Markdown.

The docstrings use Sphinx roles (``:class:`~newsmodel.model.Report```),
double-backtick literals, ``::`` literal blocks and doctest lines; the
``newsmodel`` CLI prints some of them as they are.  mkdocstrings renders
Markdown, so this extension rewrites each docstring once the package is
loaded: a role whose target is a documented newsmodel object becomes an
autorefs cross-reference (a link to its entry in the API pages), any other
role a code span; the rest is :func:`newsmodel.render.markdown_from_docstring`.

It also reads Sphinx's ``#:`` comments above a module or class attribute
as that attribute's docstring, as Sphinx does and griffe does not.
"""

from __future__ import annotations

from typing import Any

import griffe

from newsmodel.render import markdown_from_docstring

#: Attribute values longer than this are not shown in the API pages.
_LONGEST_VALUE = 120


def _documented(obj: griffe.Object | griffe.Alias) -> bool:
    if obj.is_alias or obj.name.startswith("_"):
        return False
    return obj.is_module or bool(obj.docstring)


class RstRoles(griffe.Extension):
    """Rewrite every docstring of the package to Markdown with cross-references."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Index the package's documented objects, then rewrite every docstring."""
        _comment_docstrings(pkg)
        objects: dict[str, griffe.Object] = {}
        by_name: dict[str, list[str]] = {}

        def index(obj: griffe.Object) -> None:
            objects[obj.path] = obj
            by_name.setdefault(obj.name, []).append(obj.path)
            for member in obj.members.values():
                if not member.is_alias and _documented(member):
                    index(member)  # type: ignore[arg-type]

        index(pkg)

        def rewrite(obj: griffe.Object) -> None:
            if obj.docstring is not None:
                obj.docstring.value = markdown_from_docstring(
                    obj.docstring.value, _linker(obj, objects, by_name)
                )
            for member in obj.members.values():
                if not member.is_alias:
                    rewrite(member)  # type: ignore[arg-type]

        rewrite(pkg)


def _comment_docstrings(obj: griffe.Object) -> None:
    """Give attributes without a docstring the ``#:`` comments above them; hide long values."""
    for member in obj.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Attribute) and len(str(member.value)) > _LONGEST_VALUE:
            member.value = None  # a table built in code (RULES): the docstring says what it is
        if member.is_attribute and member.docstring is None and member.lineno and member.filepath:
            lines = member.lines_collection[member.filepath]  # type: ignore[index]
            comment: list[str] = []
            number = member.lineno - 2
            while number >= 0 and lines[number].strip().startswith("#:"):
                comment.insert(0, lines[number].strip()[2:].strip())
                number -= 1
            if comment:
                member.docstring = griffe.Docstring(
                    "\n".join(comment),
                    lineno=number + 2,
                    parent=member,  # type: ignore[arg-type]
                )
        elif member.is_module or member.is_class:
            _comment_docstrings(member)  # type: ignore[arg-type]


def _linker(
    obj: griffe.Object, objects: dict[str, griffe.Object], by_name: dict[str, list[str]]
) -> Any:
    def link(role: str, target: str) -> str | None:
        name = target.rsplit(".", 1)[-1]
        shown = f"`{name}()`" if role in ("func", "meth") else f"`{name}`"
        if role == "mod":
            shown = f"`{target}`"
        candidates = [target]
        scope: griffe.Object | None = obj
        while scope is not None:  # relative to the object, then to each enclosing scope
            candidates.append(f"{scope.path}.{target}")
            scope = scope.parent
        same_name = by_name.get(name, [])
        if "." not in target or len(same_name) == 1:  # a re-export (newsmodel.RULES)
            candidates += same_name
        for candidate in candidates:
            if candidate in objects and candidate != obj.path and _has_page(objects[candidate]):
                return f"[{shown}][{candidate}]"
        return None

    return link


def _has_page(obj: griffe.Object) -> bool:
    """Whether the API pages show the object: the submodules of a package have no page."""
    return not obj.is_module or obj.path.count(".") <= 1
