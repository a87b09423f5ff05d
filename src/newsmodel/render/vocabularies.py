"""The vocabularies page: every term with its description, its party and its external codes."""

from __future__ import annotations

from collections import defaultdict

from newsmodel.render import markdown as md
from newsmodel.render import words
from newsmodel.render.docstrings import markdown_from_docstring
from newsmodel.render.type_names import field_types, leaf_types, model_types
from newsmodel.vocab import SCHEMES, VOCABULARIES, Stance, Term

__all__ = ["vocabulary_reference"]


def _vocabulary_users() -> dict[type[Term], list[str]]:
    users: dict[type[Term], list[str]] = defaultdict(list)
    for cls in model_types():
        for name, field_type in field_types(cls).items():
            for leaf in leaf_types(field_type):
                if isinstance(leaf, type) and issubclass(leaf, Term):
                    users[leaf].append(f"{cls.__name__}.{name}")
    return users


def vocabulary_reference(*, schema_page: str = "schema.md") -> str:
    """Render every vocabulary and every term, with its description and external codes.

    ``schema_page`` is the relative link to the page of
    :func:`schema_reference`, where the "used by" fields link to.
    """
    users = _vocabulary_users()
    out = [
        "# Vocabularies",
        "",
        "Every coded field takes one of the terms below. The term (left column) is what a "
        "file holds; the description is what it means. Where an external standard has a "
        "term that means the same, its code is given; no code means *no equivalent*, never "
        "*unknown*. Values are stable: a published term is never renamed or reused.",
        "",
        "External standards:",
        "",
    ]
    out += [
        f"- **{words.SCHEME_NAMES.get(key, key)}**: {md.escape(text)}"
        for key, text in SCHEMES.items()
    ]
    out.append("")
    out += [
        "*This page is generated from `newsmodel.vocab`; "
        "`newsmodel vocab NAME` prints the same on the command line.*",
        "",
    ]
    for name, vocabulary in VOCABULARIES.items():
        out += [f"## {name}", "", markdown_from_docstring(vocabulary.__doc__), ""]
        fields = users.get(vocabulary, [])
        if fields:
            used = ", ".join(
                f"[{md.code(field)}]({schema_page}#{field.split('.')[0].lower()})"
                for field in fields
            )
            out += [f"Used by {used}.", ""]
        has_party = vocabulary is Stance
        header = ["Term", "Description", *(["Taken by"] if has_party else []), "Codes"]
        rows = []
        for term in vocabulary:
            row = [md.code(term.term), md.escape(term.description)]
            if has_party:
                row.append(words.human(term.party))  # type: ignore[attr-defined]
            row.append(words.codes(term, "<br>"))
            rows.append(row)
        out += [md.table(header, rows), ""]
    return "\n".join(out).rstrip() + "\n"
