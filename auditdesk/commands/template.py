"""``auditdesk template``: check, list, import and export checklist templates.

    auditdesk template check FILE...              validate files; every mistake listed
    auditdesk template list [--db PATH]           the templates a new checklist can use
    auditdesk template import --db PATH FILE...   validate and store templates
    auditdesk template export [--db PATH] CODE [--version V] -o OUT.yaml
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from auditdesk.i18n import translate

    parser = sub.add_parser(
        "template", help=translate("CLIHelp", "check, list, import or export checklist templates")
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help=translate("CLIHelp", "validate template files"))
    check.add_argument("files", nargs="+", type=Path)
    listing = actions.add_parser(
        "list", help=translate("CLIHelp", "templates a new checklist can use")
    )
    listing.add_argument("--db", type=Path)
    importing = actions.add_parser(
        "import", help=translate("CLIHelp", "validate template files and store them")
    )
    importing.add_argument("--db", type=Path, required=True)
    importing.add_argument("files", nargs="+", type=Path)
    export = actions.add_parser(
        "export", help=translate("CLIHelp", "write a template as YAML (or .json)")
    )
    export.add_argument("--db", type=Path)
    export.add_argument("code")
    export.add_argument("--version", default="", help=translate("CLIHelp", "default: the newest"))
    export.add_argument("-o", "--output", type=Path, required=True)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from auditdesk.checklist.template import TemplateError
    from auditdesk.store import StoreError

    try:
        return int({"check": _check, "list": _list, "import": _import,
                    "export": _export}[args.action](args))
    except TemplateError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    except (StoreError, OSError, UnicodeDecodeError) as error:
        print(error, file=sys.stderr)
        return 1


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _check(args: argparse.Namespace) -> int:
    from auditdesk.checklist.template import TemplateError, load_builtin_templates
    from auditdesk.i18n import fill, translate
    from auditdesk.store.checklists import prepare_import

    bases = [t for t in load_builtin_templates() if t.kind == "base"]
    failed = 0
    for path in args.files:
        try:
            template = prepare_import(_read(path), path.name, bases)
        except TemplateError as error:
            failed += 1
            for problem in error.problems:
                print(problem, file=sys.stderr)
            continue
        print(fill(translate("CLI", "%1: template “%2” version %3, %4 items: no mistakes."),
                   path.name, template.code, template.version, len(template.items)))
    return 1 if failed else 0


def _library(db: Path | None):  # type: ignore[no-untyped-def]
    from auditdesk.store import open_store

    if db is None:
        return None
    return open_store(db, read_only=True)


def _list(args: argparse.Namespace) -> int:
    from auditdesk.i18n import current_language
    from auditdesk.store.checklists import shipped_entries, template_library

    store = _library(args.db)
    try:
        entries = template_library(store) if store else shipped_entries()
    finally:
        if store:
            store.close()
    for entry in entries:
        where = "builtin" if entry.builtin else "database"
        print(f"{entry.code}\t{entry.version}\t{entry.kind}\t{where}\t"
              f"{entry.name(current_language())}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from auditdesk.i18n import fill, translate
    from auditdesk.store import open_store
    from auditdesk.store.checklists import import_template

    with open_store(args.db) as store:
        for path in args.files:
            row, created = import_template(store, _read(path), path.name)
            message = translate("CLI", "Imported template “%1” version %2.") if created else \
                translate("CLI", "Template “%1” version %2 is already in the database.")
            print(fill(message, row.code, row.version))
    return 0


def _export(args: argparse.Namespace) -> int:
    from auditdesk.checklist.template import export_template_yaml, template_to_json
    from auditdesk.i18n import fill, translate
    from auditdesk.store.checklists import find_entry, load_entry, shipped_templates

    store = _library(args.db)
    try:
        if store is not None:
            entry = find_entry(store, args.code, args.version)
            template = load_entry(store, entry) if entry else None
        else:
            found = [t for t in shipped_templates() if t.code == args.code
                     and (not args.version or t.version == args.version)]
            template = found[0] if found else None
    finally:
        if store is not None:
            store.close()
    if template is None:
        print(fill(translate("CLI", "No template “%1” %2."), args.code, args.version).strip(),
              file=sys.stderr)
        return 1
    text = template_to_json(template) if args.output.suffix.lower() == ".json" else \
        export_template_yaml(template)
    args.output.write_text(text, encoding="utf-8")
    print(args.output)
    return 0
