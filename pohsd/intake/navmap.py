"""The intake navmap: parts and their views (domain overview + topics), built from the questions."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from pohsd.domain.questionnaire import PartKind, Question, Questionnaire


class ViewKind(StrEnum):
    PART = "part"  # opening, prioriteiten, plan, afsluiting: one view each
    DOMAIN = "domain"  # the domain's open question, the topic list and the domain cijfer
    TOPIC = "topic"  # one nl-leefgebieden topic with its questions, zr and note


@dataclass(frozen=True)
class View:
    id: str  # the part id, domain code or topic code
    part: str
    kind: ViewKind
    label: str
    questions: tuple[Question, ...] = field(repr=False)


@dataclass(frozen=True)
class NavMap:
    """Rail order of the parts and, per part, its views (Electrum wizard navmap style)."""

    questionnaire: Questionnaire = field(repr=False)
    parts: tuple[str, ...]
    views: dict[str, View] = field(repr=False)
    part_views: dict[str, tuple[str, ...]] = field(repr=False)

    @property
    def domain_parts(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.questionnaire.parts if p.kind is PartKind.DOMEIN)

    def view(self, view_id: str) -> View:
        return self.views[view_id]

    def __contains__(self, view_id: object) -> bool:
        return view_id in self.views

    def part_of(self, view_id: str) -> str:
        return self.views[view_id].part

    def first_view(self, part_id: str) -> str:
        return self.part_views[part_id][0]

    def kind_of(self, part_id: str) -> PartKind:
        return self.questionnaire.part(part_id).kind

    def linear(self, domain_order: tuple[str, ...]) -> tuple[str, ...]:
        """Every view in reading order, with the domains in the client's chosen order."""
        head = [p for p in self.parts if p not in self.domain_parts]
        before = [p for p in head if self.kind_of(p) is PartKind.OPENING]
        after = [p for p in head if p not in before]
        order = [*before, *domain_order, *after]
        return tuple(v for part in order for v in self.part_views[part])


def build_navmap(questionnaire: Questionnaire) -> NavMap:
    views: dict[str, View] = {}
    part_views: dict[str, tuple[str, ...]] = {}
    for part in questionnaire.parts:
        if part.domain is None:
            views[part.id] = View(part.id, part.id, ViewKind.PART, part.label, part.questions)
            part_views[part.id] = (part.id,)
            continue
        domain = part.domain
        views[part.id] = View(part.id, part.id, ViewKind.DOMAIN, part.label, domain.questions)
        ids = [part.id]
        for topic in domain.topics:
            views[topic.code] = View(
                topic.code, part.id, ViewKind.TOPIC, topic.label, topic.questions
            )
            ids.append(topic.code)
        part_views[part.id] = tuple(ids)
    parts = tuple(p.id for p in questionnaire.parts)
    return NavMap(questionnaire, parts, views, part_views)
