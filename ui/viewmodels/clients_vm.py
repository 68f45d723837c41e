"""View-models of the Cliënten page: list search, one open record, the create/edit form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pohsd.domain.changes import Changes
from pohsd.domain.client import Client, ClientInput, ClientSummary
from pohsd.domain.errors import ValidationError
from pohsd.domain.practice import AuditEntry
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ui.bridge import ChangeBridge
from ui.models.audit_model import AuditModel
from ui.models.client_list_model import ClientListModel
from ui.models.network_model import HouseholdModel, NetworkModel
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace

SEARCH_DELAY_MS = 150


class ClientListViewModel(QObject):
    """Searches clients 150 ms after the last keystroke; stale results are dropped.

    Every search runs through `ws.clients.search`, which audits it.

    Signals:
        searching(bool): True while a search is under way.
        results_changed(int): the number of clients found by the latest search.
        error(object): the exception of a failed search.
    """

    searching = Signal(bool)
    results_changed = Signal(int)
    error = Signal(object)

    def __init__(
        self, runner: TaskRunner, bridge: ChangeBridge, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.model = ClientListModel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._text = ""
        self._include_archived = False
        self._generation = 0
        self._active = False
        self._shown = True
        self._stale = False
        bridge.changed.connect(self._on_changed)

    @property
    def active(self) -> bool:
        return self._active

    @property
    def include_archived(self) -> bool:
        return self._include_archived

    def set_text(self, text: str) -> None:
        """Remember the search text and (re)start the 150 ms wait."""
        self._text = text
        if self._active:
            self._timer.start()

    def set_include_archived(self, include: bool) -> None:
        self._include_archived = include
        self.search_now()

    def set_shown(self, shown: bool) -> None:
        """While the list is out of sight, changes only mark it stale (no unseen searches)."""
        self._shown = shown
        if shown and self._stale:
            self.search_now()

    def activate(self) -> None:
        """Start working (after unlock) and load the list."""
        self._active = True
        self.search_now()

    @Slot()
    def search_now(self) -> None:
        self._timer.stop()
        if not self._active:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        text, include = self._text, self._include_archived
        self.searching.emit(True)
        self._runner.db(lambda ws: ws.clients.search(text, include_archived=include)).success(
            lambda rows: self._on_results(generation, rows)
        ).failure(lambda exc: self._on_failure(generation, exc)).run()

    def clear(self) -> None:
        """Stop, drop pending results and forget every row and the search text."""
        self._active = False
        self._timer.stop()
        self._generation += 1
        self._text = ""
        self._include_archived = False
        self.model.clear()
        self.searching.emit(False)

    def _on_results(self, generation: int, rows: list[ClientSummary]) -> None:
        if generation != self._generation:
            return  # a newer search (or a lock) overtook this one
        self.model.set_rows(rows)
        self.searching.emit(False)
        self.results_changed.emit(len(rows))

    def _on_failure(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.searching.emit(False)
        self.error.emit(exc)

    @Slot(object, object)
    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.clients and self._active:
            if self._shown:
                self.search_now()
            else:
                self._stale = True


class ClientRecordViewModel(QObject):
    """One open client record, its network, household and access log.

    Signals:
        loaded(Client): the record to show (after opening, editing, archiving).
        bsn_revealed(str): the BSN, after an audited reveal ("" when none is stored).
        log_loaded(int): number of access-log rows now in `audit_model`.
        error(object): the exception of a failed step.
    """

    loaded = Signal(object)
    bsn_revealed = Signal(str)
    log_loaded = Signal(int)
    error = Signal(object)

    def __init__(
        self, runner: TaskRunner, bridge: ChangeBridge, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self.network_model = NetworkModel(self)
        self.household_model = HouseholdModel(self)
        self.audit_model = AuditModel(self)
        self._client: Client | None = None
        self._generation = 0
        bridge.changed.connect(self._on_changed)

    @property
    def client(self) -> Client | None:
        return self._client

    def open(self, client_id: str) -> None:
        """Open a record through `ws.clients.open` (an audited read)."""
        self._generation += 1
        generation = self._generation
        self._runner.db(lambda ws: ws.clients.open(client_id)).success(
            lambda client: self._show(generation, client)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def apply_saved(self, client: Client) -> None:
        """Show the record as the edit dialog saved it (no second read needed)."""
        self._generation += 1
        self._show(self._generation, client)

    def reveal_bsn(self) -> None:
        if self._client is None:
            return
        client_id, generation = self._client.id, self._generation
        self._runner.db(lambda ws: ws.clients.reveal_bsn(client_id)).success(
            lambda bsn: self._on_bsn(generation, bsn)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def set_archived(self, archived: bool) -> None:
        """Archive (never delete) or bring back from the archive."""
        if self._client is None:
            return
        client_id, generation = self._client.id, self._generation

        def change(ws: Workspace) -> tuple[Client, Changes]:
            clients = ws.clients
            return clients.archive(client_id) if archived else clients.unarchive(client_id)

        self._runner.db(change).success(
            lambda result: self._on_mutated(generation, result)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def load_log(self) -> None:
        """Reload the access log ("Wie heeft dit dossier ingezien"); reading it is not audited."""
        if self._client is None:
            return
        client_id, generation = self._client.id, self._generation
        self._runner.db(lambda ws: ws.clients.access_log(client_id)).success(
            lambda rows: self._on_log(generation, rows)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def clear(self) -> None:
        """Forget the record and everything derived from it; drop results still on the way."""
        self._generation += 1
        self._client = None
        self.network_model.clear()
        self.household_model.clear()
        self.audit_model.clear()

    # -- results ----------------------------------------------------------------------------

    def _show(self, generation: int, client: Client) -> None:
        if generation != self._generation:
            return
        self._client = client
        self.network_model.set_rows(client.network)
        self.household_model.set_rows(client.household)
        self.loaded.emit(client)
        self.load_log()

    def _on_mutated(self, generation: int, result: tuple[Client, Changes]) -> None:
        client, changes = result
        self._bridge.publish(changes, self)
        self._show(generation, client)

    def _on_bsn(self, generation: int, bsn: str) -> None:
        if generation != self._generation:
            return
        self.bsn_revealed.emit(bsn)
        self.load_log()

    def _on_log(self, generation: int, rows: list[AuditEntry]) -> None:
        if generation != self._generation:
            return
        self.audit_model.set_rows(rows)
        self.log_loaded.emit(len(rows))

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.error.emit(exc)

    @Slot(object, object)
    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if self._client is None or initiator is self:
            return
        if changes.clients:
            self.open(self._client.id)  # changed elsewhere: show the stored version
        elif changes.audit:
            self.load_log()


class ClientFormViewModel(QObject):
    """Saves a new or edited client; the core validates and names the first bad field.

    Signals:
        saved(Client): stored; the changes have been published.
        invalid(str, str): the field path and the rule it broke; nothing was stored.
        error(object): any other failure.
        busy_changed(bool): True while saving.
        huisartsen_loaded(list): the practice's GPs, for the huisarts choice.
        bsn_revealed(str): the stored BSN after an audited reveal (edit mode).
    """

    saved = Signal(object)
    invalid = Signal(str, str)
    error = Signal(object)
    busy_changed = Signal(bool)
    huisartsen_loaded = Signal(list)
    bsn_revealed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        client_id: str | None = None,
        initiator: object | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self._client_id = client_id
        self._initiator = initiator
        self._busy = False
        self._closed = False

    @property
    def is_new(self) -> bool:
        return self._client_id is None

    @property
    def busy(self) -> bool:
        return self._busy

    def load_huisartsen(self) -> None:
        self._runner.db(lambda ws: list(ws.practice.get().huisartsen)).success(
            self._on_huisartsen
        ).failure(self._on_error).run()

    def reveal_bsn(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        self._runner.db(lambda ws: ws.clients.reveal_bsn(client_id)).success(self._on_bsn).failure(
            self._on_error
        ).run()

    def invalid_input(self, error: ValidationError) -> None:
        """Report a rule the form broke before it reached the core (such as a date format)."""
        self.invalid.emit(error.field, error.rule)

    def save(self, data: ClientInput) -> None:
        """Create or update; nothing is stored unless every field is valid."""
        if self._busy or self._closed:
            return
        self._set_busy(True)
        client_id = self._client_id

        def store(ws: Workspace) -> tuple[Client, Changes]:
            clients = ws.clients
            if client_id is None:
                return clients.create(data)
            return clients.update(client_id, data)

        self._runner.db(store).success(self._on_saved).failure(self._on_failed).run()

    def close(self) -> None:
        """The dialog went away: ignore results still on the way."""
        self._closed = True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    def _on_saved(self, result: tuple[Client, Changes]) -> None:
        client, changes = result
        self._client_id = client.id
        self._bridge.publish(changes, self._initiator or self)
        if self._closed:
            return
        self._set_busy(False)
        self.saved.emit(client)

    def _on_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.invalid.emit(exc.field, exc.rule)
        else:
            self.error.emit(exc)

    def _on_huisartsen(self, names: list[str]) -> None:
        if not self._closed:
            self.huisartsen_loaded.emit(names)

    def _on_bsn(self, bsn: str) -> None:
        if not self._closed:
            self.bsn_revealed.emit(bsn)

    def _on_error(self, exc: BaseException) -> None:
        if not self._closed:
            self.error.emit(exc)
