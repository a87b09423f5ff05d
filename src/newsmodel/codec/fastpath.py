"""The fast path: structure and unstructure functions compiled from the model.

cattrs' generated functions call one Python hook per field and per list item,
and each of newsmodel's hooks is itself a small function (a scalar type's
check, a vocabulary lookup, a range check wrapping the type's hook): about
three microseconds per record, most of it calls.  Here each record and value
class gets one function, written from its attrs fields and their metadata
(the same source the converter, the JSON Schema and the docs read), in which
the checks are inline: each scalar type's :class:`~newsmodel.types.Inline`
code (type identity, a precompiled pattern, a set lookup, a comparison; ids,
dates and language tags, which repeat, are remembered once checked), set or
dict lookups for terms, and comparisons for ranges and list lengths.  An
instance is filled in by plain assignments (see :func:`_builder`), and the
rules of :mod:`newsmodel.rules.values` run only where one of the fields they
read is given (:data:`~newsmodel.rules.values.PARTS`); "a term ``other``
asks for notes", which applies to most classes, is tested inline.

These functions do not explain: on the first thing that is off they raise
:class:`~newsmodel.types.Decline` (or a :class:`~newsmodel.types.Fault`, a
subclass), and the caller reads the data again with the detailed converter
of :mod:`newsmodel.codec.converter`, which collects every problem with its
path.  Callers catch ``Decline`` and nothing wider: any other exception from
generated code is a bug, and surfaces.  The functions must accept exactly
what that converter accepts and build equal objects: a hypothesis property
(``tests/test_codec_fastpath.py``) checks it on valid bundles from
:mod:`newsmodel.strategies` (which set every field) and on the same with one
to three values replaced, removed or repeated, or keys added.  (One
exception, by design: subgroups of subgroups, left to the detailed
converter; see :func:`_structure_source`.)

The unstructure functions give what the converter's ``unstructure`` gives
(fields in declaration order, defaults left out, tuples as lists, terms and
dates as their text), in one function per class.
"""

from __future__ import annotations

import functools
import linecache
import threading
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from newsmodel import model, vocab
from newsmodel._codecache import compiled, package_fingerprint
from newsmodel.model import (
    RECORD_TYPES,
    _items_of,
    _model_types,
    _optional_of,
    _unique_items,
    _unwrapped,
)
from newsmodel.rules.notes import NOTED_FIELDS, OTHER, other_without_notes
from newsmodel.rules.values import PARTS
from newsmodel.types import SCALAR_TYPES, Decline, FrozenDict, ScalarType, scalar_type
from newsmodel.vocab import Term

__all__ = ["STRUCTURE", "TO_JSON", "UNSTRUCTURE", "Decline"]


class _Writer:
    """Writes the source of one module of functions, and the names it uses.

    Each name is bound at the top of the module to an expression over
    :func:`_roots` (the model, its vocabularies, the scalar types' names...),
    so that the module's code, kept from an earlier run, makes its names itself.
    """

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, str] = {}  # name: the expression it is bound to

    def name(self, prefix: str, expression: str) -> str:
        """Bind the value of ``expression`` to a module-level name and return the name."""
        name = f"{prefix}_{len(self.names)}"
        self.names[name] = expression
        return name

    def source(self) -> str:
        """Return the module: its names bound, then its functions."""
        bound = [f"{name} = {expression}" for name, expression in self.names.items()]
        return "\n".join(bound + self.lines) + "\n"

    def emit(self, indent: int, line: str) -> None:
        self.lines.append("    " * indent + line)

    def block(self, indent: int, text: str) -> None:
        """Emit lines of ``text``, keeping their relative indentation."""
        for line in text.splitlines():
            self.emit(indent, line)


def _check_scalar(w: _Writer, indent: int, type_: Any, var: str, meta: Mapping[str, Any]) -> str:
    """Emit checks of ``var`` against ``type_``; return the expression of its value."""
    scalar = scalar_type(type_)
    if scalar is not None:
        _bind_scalar_names(w, scalar)
        w.block(indent, scalar.fast.statements.format(v=var))
        _check_range(w, indent, var, meta)
        return scalar.fast.value.format(v=var)
    if isinstance(type_, type) and issubclass(type_, Term):
        table = w.name("_terms", f"_terms(_vocab.{_named(vocab, type_)})")
        # A string, then a lookup: a list or a mapping is unhashable.
        w.emit(indent, f"if {var}.__class__ is not str or {var} not in {table}:")
        w.emit(indent + 1, "raise _Decline")
        return f"{table}[{var}]"
    if attrs.has(type_):
        return f"_s_{type_.__name__}({var})"
    raise TypeError(f"the fast path has no rule for {type_!r}")


def _check_range(w: _Writer, indent: int, var: str, meta: Mapping[str, Any]) -> None:
    if meta.get("minimum") is not None:
        w.emit(indent, f"if {var} < {meta['minimum']!r}:")
        w.emit(indent + 1, "raise _Decline")
    if meta.get("maximum") is not None:
        w.emit(indent, f"if {var} > {meta['maximum']!r}:")
        w.emit(indent + 1, "raise _Decline")


def _check_value(
    w: _Writer,
    indent: int,
    type_: Any,
    var: str,
    meta: Mapping[str, Any],
    *,
    owner: type,
    leaf: bool,
) -> str:
    """Emit checks of a field of ``owner``; return the expression of the structured value.

    A list of ``owner`` itself is read with its leaf variant, or must be empty
    in the leaf variant (``leaf``).
    """
    inner = _optional_of(type_)
    if inner is not None:
        w.emit(indent, f"if {var} is not None:")
        value = _check_scalar(w, indent + 1, inner, var, meta)
        if value != var:
            w.emit(indent + 1, f"{var} = {value}")
        return var
    item = _items_of(type_)
    if item is None:
        return _check_scalar(w, indent, type_, var, meta)
    w.emit(indent, f"if {var}.__class__ is not list:")
    w.emit(indent + 1, "raise _Decline")
    if isinstance(item, type) and issubclass(item, Term):
        table = w.name("_terms", f"_terms(_vocab.{_named(vocab, item)})")
        w.emit(indent, f"for item in {var}:")
        w.emit(indent + 1, f"if item.__class__ is not str or item not in {table}:")
        w.emit(indent + 2, "raise _Decline")
        w.emit(indent, f"{var} = tuple(map({table}.__getitem__, {var}))")
    elif item is owner and leaf:
        w.emit(indent, f"if {var}:")
        w.emit(indent + 1, "raise _Decline")
        w.emit(indent, f"{var} = ()")
    elif attrs.has(item):
        w.emit(indent, f"{var} = tuple(map(_s_{item.__name__}{_LEAF * (item is owner)}, {var}))")
    else:
        w.emit(indent, f"for item in {var}:")
        expression = _check_scalar(w, indent + 1, item, "item", {})
        if expression != "item":
            raise TypeError(f"the fast path has no rule for lists of {item!r}")
        w.emit(indent, f"{var} = tuple({var})")
    if _unique_items(item):
        w.emit(indent, f"if len({var}) > 1 and len(set({var})) != len({var}):")
        w.emit(indent + 1, "raise _Decline")
    if meta.get("min_items") == 1:
        w.emit(indent, f"if not {var}:")
        w.emit(indent + 1, "raise _Decline")
    elif meta.get("min_items"):
        w.emit(indent, f"if len({var}) < {meta['min_items']!r}:")
        w.emit(indent + 1, "raise _Decline")
    return var


_LEAF = "__leaf"


def _recursive(cls: type) -> bool:
    """Whether ``cls`` holds a list of itself (a count's subgroups)."""
    return any(_items_of(field.type) is cls for field in attrs.fields(cls))


def _structure_source(w: _Writer, cls: type, *, leaf: bool = False) -> None:
    """Emit ``_s_<Class>(data)``: the checked instance, or an exception.

    The instance is made as one of :func:`_builder`'s class and becomes one of
    ``cls`` once every field is set, before the checks of :data:`PARTS` run.

    A class that holds a list of itself (a count's subgroups) gets a second
    function, ``_s_<Class>__leaf``, for those items, whose own list of itself
    must be empty: so data the fast path accepts nests to a known depth, and
    only deeper data (subgroups of subgroups) is left to the detailed
    converter and the readers' depth limit.
    """
    fields = attrs.fields(cls)
    for field in fields:
        # The one converter allowed is FrozenDict, which the mapping's check returns.
        if field.validator is not None or field.converter not in (None, FrozenDict):
            raise TypeError(f"{cls.__name__}.{field.name}: the fast path skips __init__")
    if getattr(cls, "__attrs_post_init__", None) is not None:
        raise TypeError(f"{cls.__name__}: the fast path skips __init__")
    names = tuple(field.name for field in fields)
    keys = w.name("_keys", f"frozenset({names!r}).issuperset")
    new = w.name("_new", "object.__new__")
    model_class = f"_model.{_named(model, cls)}"
    w.emit(0, f"def _s_{cls.__name__}{_LEAF * leaf}(data):")
    w.emit(1, f"if data.__class__ is not dict or not {keys}(data):")
    w.emit(2, "raise _Decline")
    building = f"_building_{cls.__name__}"
    if building not in w.names:  # one for a class and its leaf variant
        w.names[building] = f"_builder({model_class})"
    w.emit(1, f"obj = {new}({building})")
    for field in fields:
        var = f"v_{field.name}"
        if field.default is attrs.NOTHING:
            # Missing is None, which no required field accepts.
            w.emit(1, f"{var} = data.get({field.name!r})")
            value = _check_value(w, 1, field.type, var, field.metadata, owner=cls, leaf=leaf)
            w.emit(1, f"obj.{field.name} = {value}")
            continue
        w.emit(1, f"if {field.name!r} in data:")
        w.emit(2, f"{var} = data[{field.name!r}]")
        value = _check_value(w, 2, field.type, var, field.metadata, owner=cls, leaf=leaf)
        w.emit(2, f"obj.{field.name} = {value}")
        w.emit(1, "else:")
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            factory = w.name("_factory", f"_field({model_class}, {field.name!r}).default.factory")
            w.emit(2, f"obj.{field.name} = {factory}()")
        else:
            w.emit(2, f"obj.{field.name} = {_constant(w, field.default, model_class, field.name)}")
    w.emit(1, f"obj.__class__ = _cls_{cls.__name__}")
    for number, (check, read) in enumerate(PARTS.get(cls, ())):
        if check is other_without_notes:
            _other_without_notes(w, cls)
            continue
        given = " or ".join(f"{name!r} in data" for name in read)
        test = w.name("_check", f"_part({model_class}, {number})")
        w.emit(1, f"if {f'({given}) and ' if given else ''}{test}(obj):")
        w.emit(2, "raise _Decline")
    w.emit(1, "return obj")
    w.names[f"_cls_{cls.__name__}"] = model_class


def _builder(cls: type) -> type:
    """Return a subclass of ``cls`` whose instances take their fields as any object does.

    A frozen attrs class refuses ``obj.field = value``, and setting a slot
    through its descriptor (``Class.field.__set__(obj, value)``) is a call,
    about seven times the cost of the assignment.  The subclass adds nothing to
    the layout of ``cls`` (no slots, no ``__dict__``) and sets attributes as
    ``object`` does, so that an instance made as one can be filled in by plain
    assignments and then made an instance of ``cls`` itself (``obj.__class__ =
    cls``), which Python allows between classes of the same layout.
    """
    builder = type(
        f"_Building{cls.__name__}",
        (cls,),
        {
            "__slots__": (),
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,
            "__module__": __name__,
        },
    )
    probe: Any = object.__new__(builder)
    probe.__class__ = cls  # raises TypeError now if the layouts ever differ
    return builder


def _other_without_notes(w: _Writer, cls: type) -> None:
    """Emit the rule of :func:`~newsmodel.rules.notes.other_without_notes`, inline.

    The fields of :data:`~newsmodel.rules.notes.NOTED_FIELDS` hold members of
    their vocabulary (or ``None``, or tuples of members), so ``other`` is the
    vocabulary's member of that name, found by identity.
    """
    tests = []
    for field in attrs.fields(cls):
        if field.name not in NOTED_FIELDS[cls]:
            continue
        item = _unwrapped(field.type)
        vocabulary = _items_of(item) or item
        other = w.name("_other", f"_vocab.{_named(vocab, vocabulary)}({OTHER!r})")
        listed = _items_of(item) is not None
        tests.append(f"{other} in obj.{field.name}" if listed else f"obj.{field.name} is {other}")
    w.emit(1, f"if obj.notes is None and ({' or '.join(tests)}):")
    w.emit(2, "raise _Decline")


def _unstructure_source(w: _Writer, cls: type, prefix: str) -> None:
    """Emit ``_u_<Class>(obj)``: plain data as ``converter.unstructure`` gives it.

    With the prefix ``_j``, ``_j_<Class>(obj)`` leaves tuples and vocabulary
    terms as they are, for JSON encoders, which write them as lists and strings.
    """
    w.emit(0, f"def {prefix}_{cls.__name__}(obj):")
    w.emit(1, "data = {}")
    model_class = f"_model.{_named(model, cls)}"
    for field in attrs.fields(cls):
        w.emit(1, f"v = obj.{field.name}")
        value = _plain(w, field.type, prefix)
        if field.default is attrs.NOTHING:
            w.emit(1, f"data[{field.name!r}] = {value}")
            continue
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            made = f"_field({model_class}, {field.name!r}).default.factory()"
            default = w.name("_default", made)
            w.emit(1, f"if v != {default}:")
        elif field.default is None or isinstance(field.default, Term):
            w.emit(1, f"if v is not {_constant(w, field.default, model_class, field.name)}:")
        elif field.default == ():
            w.emit(1, "if v:")
        else:
            default = w.name("_default", f"_field({model_class}, {field.name!r}).default")
            w.emit(1, f"if v != {default}:")
        w.emit(2, f"data[{field.name!r}] = {value}")
    w.emit(1, "return data")


def _constant(w: _Writer, value: Any, model_class: str, field: str) -> str:
    """Return a field's default: ``None`` and ``()`` as literals (quicker), others by name."""
    if value is None or value == ():
        return repr(value)
    return w.name("_default", f"_field({model_class}, {field!r}).default")


def _plain(w: _Writer, type_: Any, prefix: str) -> str:
    """Return the expression of the plain data for ``v`` of ``type_``."""
    inner = _optional_of(type_)
    if inner is not None:
        return f"(None if v is None else {_plain(w, inner, prefix)})"
    item = _items_of(type_)
    if item is not None:
        if attrs.has(item):
            return f"list(map({prefix}_{item.__name__}, v))"
        if prefix == "_j":
            return "v"
        if isinstance(item, type) and issubclass(item, Term):
            return "[x._value_ for x in v]"
        return "list(v)"
    if isinstance(type_, type) and issubclass(type_, Term):
        return "v" if prefix == "_j" else "v._value_"
    scalar = scalar_type(type_)
    if scalar is not None:
        _bind_scalar_names(w, scalar)
        return scalar.fast.plain.format(v="v")
    if attrs.has(type_):
        return f"{prefix}_{type_.__name__}(v)"
    return "v"


_Functions = dict[type, Callable[[Any], Any]]

#: The prefix of the functions of each mapping below.
_PREFIXES = {"STRUCTURE": "_s", "UNSTRUCTURE": "_u", "TO_JSON": "_j"}


def _source(mapping: str) -> str:
    """Write the module of the functions of one mapping below (``"STRUCTURE"``...)."""
    w = _Writer()
    prefix = _PREFIXES[mapping]
    for cls in _model_types():
        if prefix != "_s":
            _unstructure_source(w, cls, prefix)
            continue
        _structure_source(w, cls)
        if _recursive(cls):
            _structure_source(w, cls, leaf=True)
    return w.source()


def _compile(mapping: str) -> _Functions:
    """Compile the functions of one mapping below, or read their code kept from an earlier run.

    The source is written only when the package's files have changed since the
    code was kept (:func:`~newsmodel._codecache.package_fingerprint`): it is
    made from the model, the vocabularies, the scalar types and the rules alone.
    """
    filename = f"<newsmodel fast path: {mapping}>"
    code, source = compiled(
        package_fingerprint(), lambda: _source(mapping), filename, f"fastpath-{mapping}"
    )
    # Kept in linecache so that tracebacks and profilers show the generated lines.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = _roots()
    exec(code, namespace)
    prefix = _PREFIXES[mapping]
    return {cls: namespace[f"{prefix}_{cls.__name__}"] for cls in _model_types()}


def _roots() -> dict[str, Any]:
    """Return what the generated module's names are bound from (see :class:`_Writer`)."""
    return {
        "_Decline": Decline,
        "_model": model,
        "_vocab": vocab,
        "_scalars": _scalar_names(),
        "_builder": _builder,
        "_terms": _terms,
        "_field": _field,
        "_part": _part,
    }


def _scalar_names() -> dict[str, Any]:
    """Return the names every scalar type's inline code uses, which share one namespace."""
    names: dict[str, Any] = {}
    for scalar in SCALAR_TYPES.values():
        for name, value in scalar.fast.names.items():
            if names.setdefault(name, value) is not value:
                raise TypeError(f"two scalar types bind the fast-path name {name!r}")
    return names


def _bind_scalar_names(w: _Writer, scalar: ScalarType) -> None:
    for name in scalar.fast.names:
        w.names.setdefault(name, f"_scalars[{name!r}]")


def _named(module: ModuleType, value: Any) -> str:
    """Return the name ``value`` has in ``module``, by which the generated module finds it."""
    name: str = value.__name__
    if getattr(module, name, None) is not value:
        raise TypeError(f"{value!r} is not {module.__name__}.{name}")
    return name


@functools.cache
def _terms(vocabulary: type[Term]) -> dict[str, Term]:
    """Return a vocabulary's members by the term written in files (one table per vocabulary)."""
    return {member.term: member for member in vocabulary}


def _field(cls: type, name: str) -> Any:
    """Return the attrs field ``name`` of ``cls``."""
    return attrs.fields_dict(cls)[name]


def _part(cls: type, number: int) -> Callable[[Any], Any]:
    """Return the check of :data:`~newsmodel.rules.values.PARTS` number ``number`` of ``cls``."""
    return PARTS[cls][number][0]


#: One function per class (records, values, :class:`~newsmodel.Bundle`) that
#: structures plain data, raising on anything the detailed converter would not
#: accept as it is.
STRUCTURE: Mapping[type, Callable[[Any], Any]]
#: One function per class that returns the plain data ``converter.unstructure`` returns.
UNSTRUCTURE: Mapping[type, Callable[[Any], Any]]
#: The same, except that tuples and vocabulary terms are left as they are: JSON
#: encoders write them as lists and strings.
TO_JSON: Mapping[type, Callable[[Any], Any]]

# Each is compiled when it is first read (``fastpath.STRUCTURE``), not when the module is
# imported: compiling takes longer than starting the command, and reading a file needs
# only STRUCTURE.  Once compiled it is a plain module global, so reading it costs no call.
_COMPILING = threading.Lock()

if not TYPE_CHECKING:  # hidden from type checkers, which would take any name for a global

    def __getattr__(name: str) -> Any:
        """Compile the functions of a mapping when it is first read."""
        if name not in _PREFIXES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        with _COMPILING:  # one thread compiles; the others wait and find the global
            if name not in globals():
                functions = _compile(name)
                assert set(RECORD_TYPES.values()) <= set(functions)
                globals()[name] = functions
        return globals()[name]
