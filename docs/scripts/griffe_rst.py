"""A griffe extension: newsmodel's reStructuredText-flavoured docstrings as Markdown.

The docstrings use Sphinx roles (``:class:`~newsmodel.model.Report```),
double-backtick literals, ``::`` literal blocks and doctest lines; the
``newsmodel`` CLI prints some of them as they are.  mkdocstrings renders
Markdown, so this extension rewrites each docstring once the package is
loaded: a role whose target is a documented newsmodel object becomes an
autorefs cross-reference (a link to its entry in the API pages), any other
role a code span; the rest is :func:`newsmodel.render.markdown_from_docstring`.

It also reads Sphinx's ``#:`` comments above a module or class attribute
as that attribute's docstring, as Sphinx does and griffe does not; and it
gives the attrs classes of the model what griffe cannot see in their source:
each field's documentation (its ``metadata["doc"]``) and the keyword
arguments of the ``__init__`` that attrs writes, so that the API pages show
a record's fields and how to build one.
"""

from __future__ import annotations

import enum
import importlib
from typing import Any

import attrs
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
        _attrs_fields(pkg)
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


def _attrs_fields(obj: griffe.Object) -> None:
    """Document the fields and the ``__init__`` of the attrs classes in a module or class."""
    for member in obj.members.values():
        if member.is_alias:
            continue
        if member.is_module:
            _attrs_fields(member)  # type: ignore[arg-type]
        elif isinstance(member, griffe.Class):
            runtime = getattr(importlib.import_module(member.module.path), member.name, None)
            if isinstance(runtime, type) and attrs.has(runtime):
                _document_fields(member, runtime)


def _document_fields(cls: griffe.Class, runtime: type) -> None:
    positional, keyword = (
        griffe.ParameterKind(kind) for kind in ("positional or keyword", "keyword-only")
    )
    parameters = [griffe.Parameter("self", kind=positional)]
    for field in attrs.fields(runtime):
        member = cls.members.get(field.name)
        annotation = member.annotation if isinstance(member, griffe.Attribute) else None
        if isinstance(member, griffe.Attribute):
            member.value = None  # attrs.field(...): the docstring and the signature say it
            doc = field.metadata.get("doc")
            if member.docstring is None and isinstance(doc, str):
                member.docstring = griffe.Docstring(doc, parent=member)
        if field.init:
            parameters.append(
                griffe.Parameter(
                    field.alias or field.name,
                    annotation=annotation,
                    kind=keyword if field.kw_only else positional,
                    default=_default(field.default),
                )
            )
    if "__init__" not in cls.members and "__init__" in vars(runtime):  # written by attrs
        init = griffe.Function(
            "__init__", parameters=griffe.Parameters(*parameters), returns="None"
        )
        cls.set_member("__init__", init)


def _default(default: Any) -> str | None:
    """Return an attrs field's default as code, or ``None`` for a required field."""
    if default is attrs.NOTHING:
        return None
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return f"{default.factory.__name__}()"
    if isinstance(default, enum.Enum):
        return f"{type(default).__name__}.{default.name}"
    return repr(default)


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
    """Whether the API pages show the object: public, as is everything it is in.

    The pages show what a module exports (mkdocstrings' ``filters: public``):
    the names of its ``__all__``, and their public members.
    """
    scope: griffe.Object | None = obj
    while scope is not None:
        if not scope.is_public:
            return False
        scope = scope.parent
    return True
