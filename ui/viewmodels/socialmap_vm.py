"""Sociale kaart view-model: debounced search with stale results dropped, filters, status."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui.i18n import arg
from ui.models.service_model import ResultRow, dutch_date, parse_day
from ui.tasks import TaskRunner
from ui.viewmodels.socialmap_sync_vm import NETWORK, MapPrefs, failure_counts, is_old, read_prefs

DEBOUNCE_MS = 150


def _search(ws: Any, text: str, filters: dict[str, Any]) -> list[ResultRow]:
    """On the DB thread: the hits plus each service's assured date."""
    hits = ws.socialmap.search(text, **filters)
    assured = ws.socialmap.assured_dates([mh.hit.service_id for mh in hits])
    return [
        ResultRow(
            mh.hit.service_id,
            mh.hit.name,
            mh.hit.organization_name or "",
            mh.hit.topics,
            mh.hit.toegang,
            mh.reasons,
            parse_day(assured.get(mh.hit.service_id)),
            mh.distance_km,
            mh.own,
        )
        for mh in hits
    ]


class SocialMapViewModel(QObject):
    """Holds query + filters; emits results of the newest search only."""

    results_changed = Signal(list)
    status_changed = Signal(object)  # MapStatus or None
    prefs_changed = Signal(object)  # MapPrefs
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.text = ""
        self.filters: dict[str, Any] = {}
        self.has_map = False
        self.prefs = MapPrefs()
        self._generation = 0  # bumped per search: older results are dropped
        self._epoch = 0  # bumped per clear: nothing from before a lock comes back
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)

    def set_text(self, text: str) -> None:
        self.text = text
        self._timer.start()

    def set_filter(self, key: str, value: Any) -> None:
        if value in (None, "", False):
            self.filters.pop(key, None)
        else:
            self.filters[key] = value
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        gen = self._generation
        if not self.has_map:
            self.results_changed.emit([])
            return
        text, filters = self.text, dict(self.filters)
        self.runner.db(lambda ws: _search(ws, text, filters)).success(
            lambda rows: self._deliver(gen, rows)
        ).failure(lambda exc: self._fail(gen, exc)).run()

    def _deliver(self, gen: int, rows: list[ResultRow]) -> None:
        if gen == self._generation:  # a newer search is on its way: drop this one
            self.results_changed.emit(rows)

    def _fail(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self.failed.emit(exc)

    def load_status(self) -> None:
        """The map status and the settings, then a search."""
        epoch = self._epoch
        self.runner.db(lambda ws: (ws.socialmap.status(), read_prefs(ws))).success(
            lambda both: self._status(epoch, *both)
        ).failure(lambda exc: self._status_failed(epoch, exc)).run()

    def load_prefs(self) -> None:
        """Only the settings (they may have changed in Instellingen)."""
        epoch = self._epoch
        self.runner.db(read_prefs).success(lambda prefs: self._prefs(epoch, prefs)).failure(
            lambda exc: self._status_failed(epoch, exc)
        ).run()

    def reload(self, shown: Any) -> None:
        """The settings again; the status and a new search too when the map changed.

        `shown` is the status on screen; the map changes elsewhere with a rollback in
        Instellingen or a sync at start.
        """
        epoch = self._epoch

        def loaded(both: tuple[Any, MapPrefs]) -> None:
            status, prefs = both
            same = shown is not None and _map_key(status) == _map_key(shown)
            if same:
                self._prefs(epoch, prefs)
            else:
                self._status(epoch, status, prefs)

        self.runner.db(lambda ws: (ws.socialmap.status(), read_prefs(ws))).success(loaded).failure(
            lambda exc: self._status_failed(epoch, exc)
        ).run()

    def _prefs(self, epoch: int, prefs: MapPrefs) -> None:
        if epoch == self._epoch:
            self.prefs = prefs
            self.prefs_changed.emit(prefs)

    def _status_failed(self, epoch: int, exc: BaseException) -> None:
        if epoch == self._epoch:
            self.failed.emit(exc)

    def _status(self, epoch: int, status: Any, prefs: MapPrefs) -> None:
        if epoch != self._epoch:
            return  # cleared (locked) meanwhile
        self.has_map = status.generation_id is not None
        self.prefs = prefs
        self.status_changed.emit(status)
        self.prefs_changed.emit(prefs)
        self.search_now()

    def clear(self) -> None:
        self._timer.stop()
        self._generation += 1
        self._epoch += 1
        self.text = ""
        self.filters = {}
        self.has_map = False
        self.prefs = MapPrefs()


def _map_key(status: Any) -> tuple[Any, ...]:
    """What tells one state of the map from another (a sync keeps the generation id)."""
    return (status.generation_id, status.built_at, status.count)


def status_text(status: Any, prefs: MapPrefs | None = None) -> str:
    built: datetime | None = status.built_at
    when = dutch_date(built.astimezone().date()) if built else "–"
    text = QCoreApplication.translate("SocialMap", "Bron: %1 · kaart van %2 · %3 voorzieningen")
    line = arg(text, status.source or "–", when, status.count)
    if prefs is not None and prefs.failed_kind == NETWORK and failure_counts(prefs, built):
        line += " · " + QCoreApplication.translate("SocialMap", "offline")
    return line


def banner_text(
    status: Any, prefs: MapPrefs, held: tuple[int, int] | None = None, today: date | None = None
) -> str:
    """The calm banner above the map, or "" when all is well."""
    translate = QCoreApplication.translate
    built: datetime | None = status.built_at if status is not None else None
    has_map = status is not None and status.generation_id is not None
    if held is not None:
        text = translate(
            "SocialMap",
            "De nieuwe kaart haalt %1 van de %2 voorzieningen weg en is daarom niet ingelezen. "
            "Kijk het na met Nu bijwerken.",
        )
        return arg(text, *held)
    if failure_counts(prefs, built) and prefs.failed_at is not None:
        when = dutch_date(prefs.failed_at.astimezone().date())
        if not has_map:
            text = translate("SocialMap", "De sociale kaart kon op %1 niet worden opgehaald.")
        elif prefs.failed_kind == NETWORK:
            text = translate(
                "SocialMap",
                "Bijwerken lukte op %1 niet: geen verbinding met de bron. De vorige kaart "
                "blijft in gebruik.",
            )
        else:
            text = translate(
                "SocialMap",
                "Bijwerken lukte op %1 niet: de bron gaf geen bruikbare kaart. De vorige kaart "
                "blijft in gebruik.",
            )
        return arg(text, when)
    if not has_map:
        return translate("SocialMap", "Er is nog geen sociale kaart.")
    if is_old(built, prefs.warn_months, today) and built is not None:
        if prefs.warn_months == 1:
            text = translate("SocialMap", "De sociale kaart is van %1, ouder dan een maand.")
        else:
            text = translate("SocialMap", "De sociale kaart is van %1, ouder dan %2 maanden.")
        return arg(text, dutch_date(built.astimezone().date()), prefs.warn_months)
    return ""
