"""Time per intake part against the guide (spec §1); the clock is injected, never read here."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PartTime:
    part: str
    guide_minutes: int
    elapsed_minutes: float

    @property
    def over(self) -> bool:
        """Past the guide: the bar turns amber. Nothing is locked."""
        return self.elapsed_minutes > self.guide_minutes


class PartTimer:
    """Accrues minutes to the running part; `clock` returns seconds (e.g. time.monotonic)."""

    def __init__(
        self,
        parts: Iterable[str],
        first: str,
        clock: Callable[[], float] | None = None,
        elapsed: Mapping[str, float] | None = None,
    ) -> None:
        self._clock = clock
        self._minutes: dict[str, float] = dict.fromkeys(parts, 0.0)
        self.restore(elapsed or {})
        self._part = first
        self._since: float | None = clock() if clock else None
        self.paused = False

    def restore(self, elapsed: Mapping[str, object]) -> None:
        for part, minutes in elapsed.items():
            if part in self._minutes and isinstance(minutes, int | float):
                self._minutes[part] = max(0.0, float(minutes))

    def _running(self) -> float:
        if self._clock is None or self._since is None:
            return 0.0
        return max(0.0, self._clock() - self._since) / 60

    def switch(self, part: str) -> None:
        """Book the running time to the part that is left and start timing `part`."""
        self._minutes[self._part] += self._running()
        self._part = part
        if self._since is not None and self._clock is not None:
            self._since = self._clock()

    def pause(self) -> None:
        self._minutes[self._part] += self._running()
        self._since = None
        self.paused = True

    def resume(self) -> None:
        self.paused = False
        self._since = self._clock() if self._clock else None

    def minutes(self, part: str) -> float:
        return self._minutes[part] + (self._running() if part == self._part else 0.0)

    def snapshot(self) -> dict[str, float]:
        return {p: round(self.minutes(p), 2) for p in self._minutes}
