"""Uitkomsten timeline: one point per conversation, gaps stay gaps, change against the intake."""

from datetime import UTC, date, datetime

from pohsd.domain.intake import Contact, IntakeRecord, IntakeSummary
from pohsd.intake.outcomes import conversation_sheet, outcome_timeline
from pohsd.intake.scoring import DJG6_ITEMS, MHI5_ITEMS

DJG_6 = dict(zip(DJG6_ITEMS, ["ja", "nee", "nee", "ja", "nee", "ja"], strict=True))  # 6
DJG_3 = dict(zip(DJG6_ITEMS, ["ja", "ja", "nee", "nee", "min of meer", "nee"], strict=True))
DJG_1 = dict(zip(DJG6_ITEMS, ["ja", "ja", "ja", "nee", "ja", "nee"], strict=True))  # 1
MHI_44 = dict(zip(MHI5_ITEMS, ["soms", "vaak", "soms", "vaak", "soms"], strict=True))


def record(rid, kind, created, answers, contacts=(), states=None, drafts=None):
    moment = datetime(*created, 9, 0, tzinfo=UTC)
    summary = IntakeSummary(rid, "c1", kind, "afgerond", "1", moment, moment)
    return IntakeRecord(
        summary,
        answers=answers,
        answer_states=states or {},
        drafts=drafts or {},
        contacts=tuple(Contact(d, m) for d, m in contacts),
    )


def test_three_conversations_with_gaps_and_change(q):
    intake = record(
        "a", "intake", (2026, 9, 1),
        {"meting.rapportcijfer": 4, "gezondheid.cijfer": 5, "geld.cijfer": 3,
         "meedoen.cijfer": 2, "geld.schulden.zr": 2, "geld.rondkomen.zr": 4,
         "meedoen.ontmoeting.zr": 3, **DJG_6, **MHI_44},
        contacts=[(date(2026, 9, 3), 45), (date(2026, 9, 1), 60)],
        states={"wonen.cijfer": "weet niet"},
    )  # fmt: skip
    first = record(
        "b", "vervolg", (2026, 10, 13),
        {"meting.rapportcijfer": 5, "geld.cijfer": 5, **DJG_3},
        contacts=[(date(2026, 10, 13), 30)],
    )  # fmt: skip
    latest = record(
        "c", "vervolg", (2026, 11, 24),
        {"meting.rapportcijfer": 7, "geld.cijfer": 6, "wonen.cijfer": 6, "geld.schulden.zr": 3,
         **DJG_1},
        contacts=[(date(2026, 11, 24), 40)],
        drafts={"meedoen.cijfer": (5, "beantwoord")},
    )  # fmt: skip
    timeline = outcome_timeline(q, [intake, first, latest], plan_topics=["geld.schulden"])
    assert timeline.domains == ("gezondheid", "geld", "wonen", "meedoen")
    a, b, c = timeline.points
    assert [p.day for p in timeline.points] == [date(2026, 9, 1), date(2026, 10, 13),
                                                 date(2026, 11, 24)]  # fmt: skip
    assert (a.rapportcijfer, a.cijfers) == (4, (5, 3, None, 2))  # weet niet is a gap
    assert a.zr == (None, 2, None, 3)  # the lowest of geld (2 and 4), never an average
    assert (a.djg_total, a.djg_band, a.mhi5) == (6, "sterk eenzaam", 44)
    assert (a.minutes, [x.day for x in a.contacts]) == (105, [date(2026, 9, 1), date(2026, 9, 3)])
    assert (b.rapportcijfer, b.cijfers, b.zr) == (5, (None, 5, None, None), (None,) * 4)
    assert (b.djg_total, b.djg_band, b.mhi5) == (3, "enigszins eenzaam", None)
    assert (c.cijfers, c.zr) == ((None, 6, 6, 5), (None, 3, None, None))  # draft counts
    assert (c.djg_total, c.djg_band) == (1, "niet eenzaam")
    assert (timeline.baseline, timeline.latest, timeline.has_change) == (0, 2, True)
    rapport = timeline.change("meting.rapportcijfer")
    assert (rapport.baseline, rapport.previous, rapport.current, rapport.difference) == (4, 5, 7, 3)
    assert timeline.change("wonen.cijfer").difference is None  # a gap has no difference
    assert timeline.change("geld.schulden.zr").difference == 1
    djg = timeline.change("djg6")
    assert (djg.baseline, djg.previous, djg.current, djg.band_current) == (6, 3, 1, "niet eenzaam")
    mhi = timeline.change("mhi5")
    assert (mhi.baseline, mhi.current, mhi.band_baseline) == (44, None, "< 60")
    assert timeline.has_mhi5
    assert timeline.has_djg


def test_incomplete_instrument_is_no_score(q):
    partial = dict(list(DJG_6.items())[:5])
    only = record("a", "intake", (2026, 9, 1), partial)
    timeline = outcome_timeline(q, [only])
    (point,) = timeline.points
    assert (point.djg_total, point.djg_band, point.rapportcijfer) == (None, None, None)
    assert point.cijfers == (None,) * 4
    assert point.day == date(2026, 9, 1)  # no contacts: the creation day
    assert not timeline.has_change
    assert timeline.changes == ()
    assert not timeline.has_djg


def test_no_intake_or_no_vervolg_has_no_change(q):
    assert not outcome_timeline(q, []).has_change
    vervolg = record("b", "vervolg", (2026, 10, 1), {"meting.rapportcijfer": 6})
    timeline = outcome_timeline(q, [vervolg])
    assert (timeline.baseline, timeline.latest, len(timeline.points)) == (None, None, 1)
    early = record("v", "vervolg", (2026, 8, 1), {})
    intake = record("a", "intake", (2026, 9, 1), {"meting.rapportcijfer": 3})
    timeline = outcome_timeline(q, [early, intake])
    assert (timeline.baseline, timeline.latest) == (1, None)  # a vervolg before it does not count


def test_sheet_skips_unreadable_entries(q):
    rec = record("a", "intake", (2026, 9, 1), {"meting.rapportcijfer": 99, "geld.cijfer": 4,
                                              "verdwenen.vraag": 1})  # fmt: skip
    sheet = conversation_sheet(q, rec)
    assert sheet.value("meting.rapportcijfer") is None
    assert sheet.value("geld.cijfer") == 4
