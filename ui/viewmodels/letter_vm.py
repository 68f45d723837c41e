"""Letter preview state: build (audited read), edit, Definitief (frozen versions), output, audit.

The order follows letters §0.1: a concept is edited and checked, then frozen ("Definitief");
only a frozen version goes out (export, print, copy). An edit after Definitief makes the
concept of the next version, which needs a reason before it can be frozen in turn.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pohsd.documents.edits import EditablePart, editable_parts, part_text, with_edits
from pohsd.documents.export import render_text
from pohsd.documents.frozen import FrozenLetter
from pohsd.documents.models import (
    SAMENVATTING,
    STATUSUPDATE,
    TERUGKOPPELING,
    VERWIJSBRIEF,
    LetterModel,
)
from PySide6.QtCore import QObject, Signal

from ui.clipboard import CLEAR_SETTING, DEFAULT_CLEAR_SECONDS, clear_seconds
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace

GP_FEEDBACK, CLIENT_SUMMARY, REFERRAL, STATUS_UPDATE = (
    "gp-feedback", "client-summary", "referral", "status-update",
)  # fmt: skip
LETTER_KINDS = (GP_FEEDBACK, CLIENT_SUMMARY, REFERRAL, STATUS_UPDATE)
#: The dialog kind of each stored document type (pohsd.documents.models).
DIALOG_KIND = {
    TERUGKOPPELING: GP_FEEDBACK, SAMENVATTING: CLIENT_SUMMARY, VERWIJSBRIEF: REFERRAL,
    STATUSUPDATE: STATUS_UPDATE,
}  # fmt: skip
EXPORT_FOLDER_SETTING = "brieven.exportmap"
_CLOUD_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud")


def looks_cloud_synced(folder: str | Path) -> bool:
    """True when `folder` looks like a cloud-sync folder (letters §5.1: warn, do not refuse)."""
    lowered = str(folder).replace("\\", "/").casefold()
    return any(f"/{marker}" in lowered for marker in _CLOUD_MARKERS)


@dataclass(frozen=True)
class LetterRequest:
    """Which letter to build: a kind with the client (and intake) or the referral.

    With `document_id` and `version` it is a frozen version, shown again as it was.
    """

    kind: str
    client_id: str | None = None
    referral_id: str | None = None
    intake_id: str | None = None
    document_id: str | None = None
    version: int | None = None

    @property
    def is_frozen(self) -> bool:
        return self.document_id is not None and self.version is not None

    def build(self, ws: Workspace) -> LetterModel:
        letters = ws.letters
        if self.document_id is not None and self.version is not None:
            return letters.frozen(self.document_id, self.version)
        if self.kind == GP_FEEDBACK and self.client_id:
            return letters.gp_feedback(self.client_id, self.intake_id)
        if self.kind == CLIENT_SUMMARY and self.client_id:
            return letters.client_summary(self.client_id, self.intake_id)
        if self.kind == REFERRAL and self.referral_id:
            return letters.referral_letter(self.referral_id)
        if self.kind == STATUS_UPDATE and self.referral_id:
            return letters.status_update(self.referral_id)
        raise ValueError(self.kind)


@dataclass(frozen=True)
class LetterPrefs:
    export_folder: str = ""
    clear_seconds: int = DEFAULT_CLEAR_SECONDS


def read_letter_prefs(ws: Workspace) -> LetterPrefs:
    return LetterPrefs(
        ws.practice.setting(EXPORT_FOLDER_SETTING, ""),
        clear_seconds(ws.practice.setting(CLEAR_SETTING, str(DEFAULT_CLEAR_SECONDS))),
    )


class LetterViewModel(QObject):
    """One letter in the preview dialog.

    Signals:
        loaded(object): the first LetterModel is ready.
        model_changed(object): the model after an edit (checks ran again).
        failed(object): building failed (e.g. no consent): the exception.
        exported(object): the Path written.
        output_failed(object): export, print or copy audit failed: the exception.
        recorded(str): an output was audited ("print" or "clipboard").
        finalised(object): the FrozenLetter just stored (Definitief).
        finalise_failed(object): Definitief was refused or failed: the exception.
    """

    loaded = Signal(object)
    model_changed = Signal(object)
    failed = Signal(object)
    exported = Signal(object)
    output_failed = Signal(object)
    recorded = Signal(str)
    finalised = Signal(object)
    finalise_failed = Signal(object)

    def __init__(self, runner: TaskRunner, request: LetterRequest, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self.request = request
        self.base: LetterModel | None = None
        self.model: LetterModel | None = None
        self.prefs = LetterPrefs()
        self.edits: dict[str, str] = {}
        self.last_export: Path | None = None
        self.final_version = 0  # the version `base` is, once frozen (0: a concept)
        self.busy = False
        self._closed = False

    # ---- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        request = self.request

        def build(ws: Workspace) -> tuple[LetterModel, LetterPrefs]:
            return request.build(ws), read_letter_prefs(ws)

        self._runner.db(build).success(self._on_built).failure(self._on_failed).run()

    def _on_built(self, result: tuple[LetterModel, LetterPrefs]) -> None:
        if self._closed:
            return
        self.base = self.model = result[0]
        self.prefs = result[1]
        self.final_version = self.base.version if self.request.is_frozen else 0
        self.loaded.emit(self.model)

    def _on_failed(self, exc: BaseException) -> None:
        if not self._closed:
            self.failed.emit(exc)

    # ---- editing ---------------------------------------------------------------------------

    def parts(self) -> tuple[tuple[EditablePart, str], ...]:
        """The editable parts with their current text."""
        if self.model is None:
            return ()
        return tuple((p, part_text(self.model, p)) for p in editable_parts(self.model))

    def text_of(self, key: str) -> str:
        """The text of part `key` as typed, or as the base letter has it."""
        if key in self.edits:
            return self.edits[key]
        if self.base is None:
            return ""
        part = next((p for p in editable_parts(self.base) if p.key == key), None)
        return part_text(self.base, part) if part is not None else ""

    def set_text(self, key: str, text: str) -> None:
        """Apply an edit; typing back the base text undoes it (no needless new version)."""
        if self.base is None:
            return
        self.edits.pop(key, None)
        if text != self.text_of(key):
            self.edits[key] = text
        self.model = with_edits(self.base, self.edits) if self.edits else self.base
        self.model_changed.emit(self.model)

    @property
    def is_final(self) -> bool:
        """The letter on screen is a frozen version: it may go out."""
        return self.model is not None and self.final_version > 0 and not self.edits

    @property
    def is_correction(self) -> bool:
        """Edited after Definitief: freezing it makes the next version, with a reason."""
        return self.final_version > 0 and bool(self.edits)

    @property
    def can_finalise(self) -> bool:
        return (
            self.model is not None and not self.model.blocking and not self.is_final
            and not self.busy
        )  # fmt: skip

    @property
    def can_export(self) -> bool:
        return self.is_final and self.model is not None and not self.model.blocking

    @property
    def has_soep(self) -> bool:
        return self.model is not None and self.model.soep is not None

    def soep_text(self) -> str:
        """The "Kopieer alles" SOEP block (letters §2.1)."""
        return render_text(self.model) if self.model is not None and self.has_soep else ""

    # ---- Definitief -------------------------------------------------------------------------

    def finalise(self, reason: str = "") -> None:
        """Freeze the letter as it is now (the next version when corrected); audited."""
        model = self.model
        if model is None or not self.can_finalise:
            return
        self.busy = True
        self._runner.db(lambda ws: ws.letters.finalise(model, reason)).success(
            self._on_finalised
        ).failure(self._on_finalise_failed).run()

    def _on_finalised(self, frozen: FrozenLetter) -> None:
        self.busy = False
        if self._closed or frozen.model is None:
            return
        self.base = self.model = frozen.model
        self.final_version = frozen.version
        self.edits.clear()
        self.finalised.emit(frozen)

    def _on_finalise_failed(self, exc: BaseException) -> None:
        self.busy = False
        if not self._closed:
            self.finalise_failed.emit(exc)

    # ---- output ----------------------------------------------------------------------------

    def export(self, fmt: str, folder: str) -> None:
        """Write the file into `folder` (named by the core, never overwritten); audited."""
        model = self.model
        if model is None:
            return
        target = Path(folder)
        self._runner.db(lambda ws: ws.letters.export(model, target, fmt)).success(
            self._on_exported
        ).failure(self._on_output_failed).run()

    def _on_exported(self, path: Path) -> None:
        self.last_export = Path(path)
        if not self._closed:
            self.exported.emit(self.last_export)

    def record(self, channel: str, data: bytes | str) -> None:
        """Audit a print or a clipboard copy (ids, kenmerk and hash; never the content)."""
        raw = data.encode("utf-8") if isinstance(data, str) else data
        self.record_hash(channel, hashlib.sha256(raw).hexdigest())

    def record_hash(self, channel: str, digest: str) -> None:
        model = self.model
        if model is None:
            return
        self._runner.db(lambda ws: ws.letters.record_output(model, channel, digest)).success(
            lambda _r: self._on_recorded(channel)
        ).failure(self._on_output_failed).run()

    def _on_recorded(self, channel: str) -> None:
        if not self._closed:
            self.recorded.emit(channel)

    def _on_output_failed(self, exc: BaseException) -> None:
        if not self._closed:
            self.output_failed.emit(exc)

    def close(self) -> None:
        """Drop the letter (lock or dialog closed); late results are ignored."""
        self._closed = True
        self.base = self.model = None
        self.edits.clear()
