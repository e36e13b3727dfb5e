"""Importing a template file into the database and exporting one to a file.

A project office distributes its own templates as YAML (or JSON) files: the
import validates every field (units included) on a worker, lists each mistake
with file, line, item and field, and stores nothing unless the file is right.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from auditdesk.checklist.template import (
    Template,
    TemplateError,
    export_template_yaml,
    template_to_json,
)
from auditdesk.store import Store, StoreError
from auditdesk.store.checklists import install_import, library_bases, prepare_import
from auditdesk.ui import messages
from auditdesk.ui.tasks import Task

FILE_FILTER = "YAML (*.yaml *.yml);;JSON (*.json);;*"
SHOWN_PROBLEMS = 12


def export_template(parent: QWidget, template: Template) -> Path | None:
    """Ask where, and write ``template`` as YAML (or JSON for a ``.json`` name)."""
    from PySide6.QtWidgets import QFileDialog

    suggested = f"{template.code}-{template.version}.yaml"
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("TemplateFiles", "Export the template"), suggested,
        FILE_FILTER)
    if not name:
        return None
    path = Path(name)
    text = template_to_json(template) if path.suffix.lower() == ".json" else \
        export_template_yaml(template)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        messages.warn(parent, QCoreApplication.translate(
            "TemplateFiles", "Cannot write %1: %2").replace("%1", str(path)).replace(
            "%2", error.strerror or str(error)))
        return None
    return path


def import_template(parent: QWidget, store: Store,
                    on_imported: Callable[[], None] | None = None) -> None:
    """Ask for a template file and import it (see ``import_template_path``)."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("TemplateFiles", "Import a checklist template"), "",
        FILE_FILTER)
    if name:
        import_template_path(parent, store, Path(name), on_imported)


def _read_and_check(path: Path, bases: list[Template]) -> Template:
    """Worker: read the file and validate it (raises TemplateError or StoreError)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise StoreError(QCoreApplication.translate(
            "TemplateFiles", "Cannot read %1 as UTF-8 text: %2").replace(
            "%1", path.name).replace("%2", str(error))) from error
    return prepare_import(text, path.name, bases)


def import_template_path(parent: QWidget, store: Store, path: Path,
                         on_imported: Callable[[], None] | None = None) -> Task:
    """Validate ``path`` on a worker, then store it; every outcome gets a message."""
    bases = library_bases(store)

    def stored(template: Template) -> None:
        try:
            _row, created = install_import(store, template)
        except StoreError as error:
            messages.warn(parent, str(error))
            return
        text = QCoreApplication.translate(
            "TemplateFiles", "Imported “%1” version %2 (%3 items). New checklists can use it.") \
            if created else QCoreApplication.translate(
            "TemplateFiles", "“%1” version %2 is already in this database; nothing changed.")
        messages.info(parent, text.replace("%1", template.name(_lang())).replace(
            "%2", template.version).replace("%3", str(len(template.items))))
        if on_imported is not None:
            on_imported()

    def failed(error: BaseException, trace: str) -> None:
        if isinstance(error, TemplateError):
            show_problems(parent, path, error)
        elif isinstance(error, StoreError):
            messages.warn(parent, str(error))
        else:
            from auditdesk.ui import app

            app.report_exception(type(error), error, error.__traceback__, trace)

    return Task(parent, lambda report: _read_and_check(path, bases)).with_progress(
        QCoreApplication.translate("TemplateFiles", "Checking the template…")).on_success(
        stored).on_failure(failed).start()


def show_problems(parent: QWidget, path: Path, error: TemplateError) -> None:
    """One message for a template with mistakes: the first ones listed, all in details."""
    lines = [str(problem) for problem in error.problems]
    head = QCoreApplication.translate(
        "TemplateFiles", "%1 has %2 mistake(s); nothing was imported. Correct them and import "
        "it again:").replace("%1", path.name).replace("%2", str(len(lines)))
    shown = "\n".join(f"• {line}" for line in lines[:SHOWN_PROBLEMS])
    if len(lines) > SHOWN_PROBLEMS:
        shown += "\n" + QCoreApplication.translate("TemplateFiles", "… and %1 more (see the "
                                                   "details).").replace(
            "%1", str(len(lines) - SHOWN_PROBLEMS))
    messages.warn(parent, f"{head}\n\n{shown}",
                  title=QCoreApplication.translate("TemplateFiles", "The template has mistakes"),
                  details="\n".join(lines))


def _lang() -> str:
    from auditdesk.i18n import current_language

    return current_language()
