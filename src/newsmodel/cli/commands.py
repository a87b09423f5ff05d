"""The subcommands: ``validate``, ``rules``, ``vocab``, ``schema``, ``convert`` and ``upgrade``.

Each takes the parsed arguments and returns the exit status; :data:`COMMANDS`
maps the names to them.  Each imports the modules it needs when it runs:
``rules`` and ``vocab`` need neither the readers nor the checks.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from newsmodel.cli.output import (
    Progress,
    plain_text,
    print_github,
    print_json,
    print_text,
    printable,
    safe,
    shown,
)
from newsmodel.cli.parser import limits_of
from newsmodel.problems import RULES, Problem, Rule, Severity, ValidationError

if TYPE_CHECKING:
    from newsmodel.export import Exported
    from newsmodel.export.loading import Loaded, RefusedError

__all__ = ["COMMANDS", "EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE"]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _validate(args: argparse.Namespace) -> int:
    if args.explain:
        return _explain(args.explain)
    codes = [*args.select, *args.ignore]
    unknown = [code for code in codes if not any(rule.startswith(code) for rule in RULES)]
    if unknown:
        print(
            f"newsmodel validate: unknown code {unknown[0]!r}; see 'newsmodel rules'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from newsmodel.dataset import Validator, filter_problems  # noqa: PLC0415

    found = _data_files("validate", args.paths)
    if found is None:
        return EXIT_USAGE
    files, problems = found
    from newsmodel import distributed  # noqa: PLC0415 (multiprocessing, for validate only)

    try:
        client = distributed.connect(args.scheduler) if args.scheduler else None
    except distributed.ClusterError as error:
        print(f"newsmodel validate: {error}", file=sys.stderr)
        return EXIT_USAGE
    validator = Validator(limits=limits_of(args))
    progress = Progress(len(files))
    workers = args.workers or distributed.default_workers(files)
    try:
        added = distributed.add_files(validator, files, workers=workers, client=client)
        for number, file in enumerate(added, start=1):
            progress.show(number, file)
    finally:
        if client is not None:
            client.close()
    progress.clear()
    problems = [
        printable(problem)
        for problem in filter_problems(
            [*problems, *validator.finish()], select=args.select, ignore=args.ignore
        )
    ]
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    summary = {
        "files": len(files),
        "records": validator.records,
        "errors": sum(p.severity is Severity.ERROR for p in problems),
        "warnings": sum(p.severity is Severity.WARNING for p in problems),
        "info": sum(p.severity is Severity.INFO for p in problems),
    }
    failing = summary["errors"] + (summary["warnings"] if args.strict else 0)
    if fmt == "text":
        shown = problems if args.info else [p for p in problems if p.severity is not Severity.INFO]
        print_text(shown, summary, sys.stdout, failing=bool(failing))
    elif fmt == "json":
        print_json(problems, summary, sys.stdout)
    else:
        print_github(problems, summary, sys.stdout, strict=args.strict)
    if any(p.code == "NM100" for p in problems):
        return EXIT_USAGE
    return EXIT_PROBLEMS if failing else EXIT_OK


def _data_files(command: str, paths: list[str]) -> tuple[list[str], list[Problem]] | None:
    """Return the data files in ``paths`` and the problems finding them; ``None`` (said) if none."""
    from newsmodel.dataset import discover  # noqa: PLC0415

    files, problems = discover(paths)
    if not files and not problems:
        _no_files(command, paths)
        return None
    return files, problems


def _no_files(command: str, paths: list[str]) -> None:
    print(
        f"newsmodel {command}: no .yaml, .yml, .json or .jsonl files found in "
        + ", ".join(map(shown, paths)),
        file=sys.stderr,
    )


def _explain(code: str) -> int:
    """Explain one rule in full; list the rules of a prefix (``NM4``), as ``--ignore`` takes."""
    wanted = code.strip().upper()
    rule = RULES.get(wanted)
    if rule is None:
        matching = [rule for rule in RULES.values() if rule.code.startswith(wanted)]
        if not wanted or not matching:
            print(f"newsmodel: unknown code {safe(code)!r}; see 'newsmodel rules'", file=sys.stderr)
            return EXIT_USAGE
        _list_rules(matching)
        return EXIT_OK
    example = "\n".join("    " + line for line in rule.example.splitlines())
    print(
        f"{rule.code} {rule.name} ({rule.severity.value})\n\n{plain_text(rule.summary)}\n\n"
        f"Example of bad input:\n\n{example}\n\nFix: {plain_text(rule.fix)}"
    )
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    if args.code:
        return _explain(args.code)
    _list_rules(RULES.values())
    return EXIT_OK


def _list_rules(rules: Iterable[Rule]) -> None:
    for rule in rules:
        print(f"{rule.code}  {rule.severity.value:<7}  {rule.name:<28}  {plain_text(rule.summary)}")


def _vocab(args: argparse.Namespace) -> int:
    from newsmodel.vocab import VOCABULARIES  # noqa: PLC0415

    if not args.name:
        for name, vocabulary in VOCABULARIES.items():
            summary = plain_text((vocabulary.__doc__ or "").strip().splitlines()[0])
            print(f"{name:<20} {len(vocabulary):>3} terms  {summary}")
        return EXIT_OK
    matches = [v for n, v in VOCABULARIES.items() if n.lower() == args.name.lower()]
    if not matches:
        print(
            f"newsmodel vocab: no vocabulary {args.name!r}; one of: " + ", ".join(VOCABULARIES),
            file=sys.stderr,
        )
        return EXIT_USAGE
    vocabulary = matches[0]
    # What a vocabulary adds to each term (a stance's party): a column each.
    extra = list(vars(vocabulary).get("__annotations__", {}))
    width = {name: max(len(_term_value(term, name)) for term in vocabulary) for name in extra}
    for term in vocabulary:
        codes = ", ".join(f"{scheme.upper()} {code}" for scheme, code in term.codes.items())
        columns = "".join(f"{name}: {_term_value(term, name):<{width[name]}}  " for name in extra)
        print(
            f"{term.term:<34} {columns}{plain_text(term.description)}"
            + (f"  [{codes}]" if codes else "")
        )
    return EXIT_OK


def _term_value(term: object, name: str) -> str:
    value = getattr(term, name)
    return str(getattr(value, "term", value))


def _schema(args: argparse.Namespace) -> int:
    from newsmodel.schema import schema_text  # noqa: PLC0415
    from newsmodel.writing.files import write_text_atomic  # noqa: PLC0415

    text = schema_text()
    if args.output:
        try:
            write_text_atomic(args.output, text)
        except OSError as error:
            print(
                f"newsmodel schema: cannot write {shown(args.output)}: {error.strerror}",
                file=sys.stderr,
            )
            return EXIT_USAGE
    else:
        sys.stdout.write(text)
    return EXIT_OK


#: The TARGET of ``convert`` that names standard output.
STDOUT = "-"


def _convert(args: argparse.Namespace) -> int:
    from newsmodel import io  # noqa: PLC0415

    to_stdout = args.target == STDOUT
    try:
        source_format = io.format_of(args.source)
        target_format = args.to or (source_format if to_stdout else io.format_of(args.target))
    except ValueError as error:
        print(f"newsmodel convert: {safe(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    if not args.drop_comments and _loses_comments(args, source_format, target_format, to_stdout):
        return EXIT_USAGE
    if not to_stdout and not args.force and _replaces_another_file(args.source, args.target):
        print(
            f"newsmodel convert: {shown(args.target)} exists; pass --force to replace it",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        bundle = io.load(args.source, format=source_format, limits=limits_of(args))
    except ValidationError as error:
        print_text(
            [printable(problem) for problem in error.problems],
            {"files": 1, "records": 0, "errors": len(error.problems), "warnings": 0},
            sys.stderr,
        )
        return EXIT_USAGE if any(p.code == "NM100" for p in error.problems) else EXIT_PROBLEMS
    if to_stdout:
        _write_stdout(io.dumps(bundle, format=target_format))
        return EXIT_OK
    try:
        io.dump(bundle, args.target, format=target_format)
    except OSError as error:
        print(
            f"newsmodel convert: cannot write {shown(args.target)}: {error.strerror}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return EXIT_OK


def _loses_comments(
    args: argparse.Namespace, source_format: str, target_format: str, to_stdout: bool
) -> bool:
    """Tell (and say) whether ``convert`` would lose SOURCE's comments.

    YAML comments are lost when the file is rewritten in place (the YAML
    writer writes canonical YAML, without comments) or written as JSON or
    JSON Lines, which have none.  A SOURCE that cannot be read is left for
    loading to report.
    """
    if source_format != "yaml":
        return False
    in_place = not to_stdout and _same_file(args.source, args.target)
    if target_format == "yaml" and not in_place:
        return False
    from newsmodel import io  # noqa: PLC0415
    from newsmodel.writing.roundtrip import comments_of  # noqa: PLC0415

    try:
        text = io.read_text(args.source, limits=limits_of(args))
        found = comments_of(text) if "#" in text else []
    except (ValidationError, ValueError):  # unreadable, or not YAML: loading says why
        return False
    if not found:
        return False
    where = "rewritten in place" if in_place else f"written as {target_format.upper()}"
    print(
        f"newsmodel convert: {shown(args.source)} has {len(found)} comment(s), which would be "
        f"lost {where} (the first: {safe(found[0])!r}); pass --drop-comments to convert "
        "anyway, or 'newsmodel upgrade' to bring a version-1 file to version 2 keeping them",
        file=sys.stderr,
    )
    return True


def _same_file(source: str, target: str) -> bool:
    try:
        return os.path.samefile(source, target)
    except OSError:
        return False


def _upgrade(args: argparse.Namespace) -> int:
    from newsmodel import io  # noqa: PLC0415
    from newsmodel.upgrade import V1, UpgradeError, rewrite  # noqa: PLC0415
    from newsmodel.writing.files import write_text_atomic  # noqa: PLC0415

    found = _data_files("upgrade", args.paths)
    if found is None:
        return EXIT_USAGE
    files, problems = found
    limits = limits_of(args)
    failed = needed = 0
    for file in files:
        try:
            text = io.read_text(file, limits=limits)
            result = rewrite(
                text,
                format=io.format_of(file),
                file=file,
                limits=limits,
                drop_comments=args.drop_comments,
                check=args.check,
            )
        except ValidationError as error:
            problems.extend(error.problems)
            continue
        except UpgradeError as error:
            print(f"newsmodel upgrade: {shown(file)}: {error}", file=sys.stderr)
            failed += 1
            continue
        problems.extend(result.problems)
        if result.version != V1 or result.problems:
            continue
        needed += 1
        if args.check or result.text is None:
            print(f"{shown(file)}: schema version 1; run 'newsmodel upgrade {shown(file)}'")
            continue
        try:
            write_text_atomic(file, result.text)
        except OSError as error:
            print(
                f"newsmodel upgrade: cannot write {shown(file)}: {error.strerror}", file=sys.stderr
            )
            failed += 1
            continue
        print(f"upgraded {shown(file)} to schema version 2")
    if problems:
        errors = sum(p.severity is Severity.ERROR for p in problems)
        print_text(
            [printable(problem) for problem in problems],
            {"files": len(files), "records": 0, "errors": errors, "warnings": 0},
            sys.stderr,
        )
    if any(p.code == "NM100" for p in problems):
        return EXIT_USAGE
    return EXIT_PROBLEMS if failed or problems or (args.check and needed) else EXIT_OK


def _replaces_another_file(source: str, target: str) -> bool:
    """Tell whether writing ``target`` would replace a file other than ``source``.

    Rewriting SOURCE in place (the same file, by whatever name) is not replacing
    another file.
    """
    if not os.path.lexists(target):
        return False
    try:
        return not os.path.samefile(source, target)
    except OSError:  # the source cannot be read: loading it reports that
        return True


def _write_stdout(text: str) -> None:
    """Write data to standard output as UTF-8 whatever the console's encoding."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (a test's)
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def _export(args: argparse.Namespace) -> int:
    from newsmodel.export import FORMATS, MissingExtraError, export  # noqa: PLC0415
    from newsmodel.export.loading import RefusedError, load_for_export  # noqa: PLC0415

    if (args.workers or args.scheduler) and not args.shards:
        print(
            "newsmodel export: --workers and --scheduler write the parts of --shards; "
            "pass --shards too",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.shards and args.format != "tables":
        print(
            f"newsmodel export: --shards writes tables only; {args.format} looks records up "
            "across files, so it is written from the whole dataset",
            file=sys.stderr,
        )
        return EXIT_USAGE
    extra = FORMATS[args.format].extra
    if extra is not None:  # say a missing extra before reading anything
        from newsmodel.export import require  # noqa: PLC0415

        try:
            for package in FORMATS[args.format].packages:
                require(package, extra)
        except MissingExtraError as error:
            print(f"newsmodel export: {error}", file=sys.stderr)
            return EXIT_USAGE
    if args.shards:
        return _export_shards(args)
    try:
        loaded = load_for_export(args.paths, only_valid=args.only_valid, limits=limits_of(args))
    except RefusedError as error:
        return _refused(error)
    if not loaded.files and not loaded.problems:
        _no_files("export", args.paths)
        return EXIT_USAGE
    _say_left_out(loaded)
    try:
        result = export(loaded.dataset, args.format, args.output)
    except (MissingExtraError, OSError) as error:
        return _not_written(args, error)
    return _exported(args, len(loaded.dataset), result)


def _export_shards(args: argparse.Namespace) -> int:
    """``export tables --shards``: checked by the index, then written a part per file."""
    from newsmodel import distributed  # noqa: PLC0415 (multiprocessing, for shards only)
    from newsmodel.export import MissingExtraError  # noqa: PLC0415
    from newsmodel.export.loading import RefusedError, load_for_export  # noqa: PLC0415
    from newsmodel.export.sharded import check, write_files, write_records  # noqa: PLC0415

    try:
        client = distributed.connect(args.scheduler) if args.scheduler else None
    except distributed.ClusterError as error:
        print(f"newsmodel export: {error}", file=sys.stderr)
        return EXIT_USAGE
    limits = limits_of(args)
    try:
        checked = check(args.paths, limits=limits, workers=args.workers, client=client)
        if not checked.files and not checked.problems:
            _no_files("export", args.paths)
            return EXIT_USAGE
        errors = [p for p in checked.problems if p.severity is Severity.ERROR]
        if errors and (not args.only_valid or any(p.code == "NM100" for p in errors)):
            files, records = len(checked.files), checked.records
            return _refused(RefusedError(checked.problems, files=files, records=records))
        if errors:  # what is left of a dataset with errors is found in memory, as without shards
            loaded = load_for_export(args.paths, only_valid=True, limits=limits)
            _say_left_out(loaded)
            result = write_records(loaded.dataset, checked.files, args.output)
            return _exported(args, len(loaded.dataset), result)
        result = write_files(
            checked.files, args.output, limits=limits, workers=args.workers, client=client
        )
        return _exported(args, checked.records, result)
    except RefusedError as error:  # pragma: no cover - the index found no such error
        return _refused(error)
    except (MissingExtraError, OSError) as error:
        return _not_written(args, error)
    finally:
        if client is not None:
            client.close()


def _refused(error: RefusedError) -> int:
    """Say that a dataset with errors is not exported, and why; return the exit status."""
    problems = [printable(p) for p in error.problems if p.severity is not Severity.INFO]
    summary = _summary(problems, files=error.files, records=error.records)
    print_text(problems, summary, sys.stdout, failing=True)
    print(
        "newsmodel export: not exported, as the dataset has errors; fix them, or pass "
        "--only-valid to leave out the records that have them",
        file=sys.stderr,
    )
    return EXIT_USAGE if any(p.code == "NM100" for p in problems) else EXIT_PROBLEMS


def _say_left_out(loaded: Loaded) -> None:
    """Say which records ``--only-valid`` left out, and the errors that made it."""
    if not loaded.left_out and not loaded.unreadable:
        return
    errors = [printable(p) for p in loaded.problems if p.severity is Severity.ERROR]
    summary = _summary(errors, files=loaded.files, records=len(loaded.dataset))
    print_text(errors, summary, sys.stderr, failing=False)
    for line in loaded.left_out:
        print(f"left out {safe(line)}", file=sys.stderr)
    if loaded.unreadable:
        print(
            f"left out {loaded.unreadable} record(s) that could not be read (see above)",
            file=sys.stderr,
        )


def _not_written(args: argparse.Namespace, error: Exception) -> int:
    """Say why an export could not be written (a missing extra, a folder not writable)."""
    if isinstance(error, OSError):
        print(
            f"newsmodel export: cannot write {shown(args.output)}: {error.strerror}",
            file=sys.stderr,
        )
    else:
        print(f"newsmodel export: {error}", file=sys.stderr)
    return EXIT_USAGE


def _exported(args: argparse.Namespace, records: int, result: Exported) -> int:
    """Say what an export wrote, and what the format could not hold."""
    if args.losses:
        for line in result.losses:
            print(f"not exported: {safe(line)}", file=sys.stderr)
    print(
        f"exported {records} records as {args.format} to {shown(args.output)} "
        f"({len(result.files)} files)"
    )
    if result.losses and not args.losses:
        print(
            f"{len(result.losses)} values or records that {args.format} cannot hold were "
            "left out (--losses lists them)"
        )
    return EXIT_OK


def _summary(problems: list[Problem], *, files: int, records: int) -> dict[str, int]:
    return {
        "files": files,
        "records": records,
        "errors": sum(p.severity is Severity.ERROR for p in problems),
        "warnings": sum(p.severity is Severity.WARNING for p in problems),
    }


def _import(args: argparse.Namespace) -> int:
    from newsmodel import io  # noqa: PLC0415
    from newsmodel.export.tables_import import (  # noqa: PLC0415
        TablesError,
        read_tables,
        target_names,
    )

    if not os.path.isdir(args.path):
        print(f"newsmodel import: {shown(args.path)} is not a folder of tables", file=sys.stderr)
        return EXIT_USAGE
    try:
        bundles = read_tables(args.path)
    except TablesError as error:
        problems = [printable(p) for p in error.problems]
        summary = _summary(problems, files=error.files, records=error.records)
        print_text(problems, summary, sys.stdout, failing=True)
        return EXIT_PROBLEMS
    names = target_names([file for file, _ in bundles])
    targets = [os.path.join(args.output, name) for name in names]
    existing = [target for target in targets if os.path.lexists(target)]
    if existing and not args.force:
        print(
            f"newsmodel import: {shown(existing[0])} exists; pass --force to replace it",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        for target, (_, bundle) in zip(targets, bundles, strict=True):
            os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
            io.dump(bundle, target, format="yaml")
    except OSError as error:
        print(f"newsmodel import: cannot write: {error}", file=sys.stderr)
        return EXIT_USAGE
    records = sum(len(bundle.records()) for _, bundle in bundles)
    print(f"imported {records} records into {len(targets)} file(s) in {shown(args.output)}")
    return EXIT_OK


#: The subcommands by name.
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "validate": _validate,
    "rules": _rules,
    "vocab": _vocab,
    "schema": _schema,
    "convert": _convert,
    "upgrade": _upgrade,
    "export": _export,
    "import": _import,
}
