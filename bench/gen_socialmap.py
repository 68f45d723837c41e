"""Seeded generator of invented NL-profile HSDS 3.0 services as a tabular data package."""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pohsd.paths import resources_dir

DEFAULT_SERVICES = 100_000
DEFAULT_SEED = 20261201
REFERENCE_DAY = date(2026, 12, 1)  # assured dates spread over the 3 years before this day
DEMO = resources_dir() / "socialmap" / "demo"
NAMESPACE = uuid.UUID("6f1d7c52-2b8e-4c1e-9a57-0c0ffee5ca1e")
Row = dict[str, Any]

# ---------------------------------------------------------------- word lists (invented)
# fmt: off

_PLACE_HEAD = ("Linde", "Esch", "Vliet", "Aarle", "Borne", "Dalen", "Helden", "Wester", "Ooster",
               "Beek", "Hoog", "Laag", "Nieuw", "Oud", "Groen", "Klein", "Groot", "Eike", "Berken",
               "Wilgen", "Molen", "Heide", "Zand", "Veen", "Rietel", "Haver", "Koren", "Elzen")
_PLACE_TAIL = ("wijk", "dorp", "horst", "veen", "dam", "hoven", "broek", "zijl", "meer", "woude",
               "lo", "sloot", "hout", "dijk", "rade", "kerk", "schoten", "berg", "vaart", "rode")
_PROVINCES = ("Groningen", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
              "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg")
_WIJKEN = ("Centrum", "De Hoven", "Noorderpark", "Zuiderhaven", "De Akkers", "Molenwijk",
           "Bloemenbuurt", "Vogelwijk", "Schildersbuurt", "Bomenbuurt", "Stationskwartier",
           "Het Veld", "De Weide", "Oude Dorp", "Kerkebuurt", "Havenkwartier")
_STREET_HEAD = ("Linden", "Eiken", "Beuken", "Kastanje", "Molen", "Kerk", "Dorps", "School",
                "Vaart", "Haven", "Markt", "Esdoorn", "Wilgen", "Populieren", "Rozen", "Tulpen",
                "Spoor", "Hof", "Leeuweriken", "Merel", "Zwaluw", "Klaver", "Berken", "Iepen")
_STREET_TAIL = ("straat", "laan", "weg", "plein", "pad", "singel", "kade", "dreef", "hof")
_ORG_NOUN = ("Welzijn", "Buurtwerk", "Thuiszorg", "Opbouw", "Samenspel", "Dichtbij", "Perspectief",
             "Kompas", "De Brug", "Lichtpunt", "Het Anker", "Vitaal", "Meedoen", "Doorzetters",
             "Steunpunt", "Wegwijzer", "Naoberschap", "Buurtkracht", "Thuisbasis", "Samen Sterk")
_ORG_FORM = ("Stichting", "Stichting", "Vereniging", "Coöperatie", "Stichting", "Maatschap")
_LOC_KIND = ("Wijkcentrum", "Buurthuis", "Steunpunt", "Gezondheidscentrum", "Bibliotheek",
             "Dorpshuis", "Servicepunt", "Kantoor")
_ACTIVITY = {
    "gezondheid": ("Gezondheidsspreekuur", "Wijkverpleging", "Gezond in de wijk"),
    "geld": ("Geldloket", "Financieel spreekuur", "Hulp bij geldzaken"),
    "wonen": ("Woonloket", "Wooncoach", "Spreekuur wonen"),
    "meedoen": ("Meedoen in de wijk", "Activiteitenpunt", "Buurtactiviteiten"),
}
_TOPIC_ACTIVITY = {
    "lichamelijk": ("Thuisverpleging", "Herstel na ziekte", "Fysiotherapie aan huis"),
    "psychisch": ("Praatgroep stress", "Steun bij somberheid", "Psychologische hulp"),
    "middelen": ("Hulp bij verslaving", "Spreekuur alcohol en drugs", "Gokhulp"),
    "leefstijl": ("Beweegmaatje", "Samen gezond eten", "Stoppen met roken"),
    "zelfzorg": ("Hulp in het huishouden", "Ondersteuning thuis", "Persoonlijke verzorging"),
    "geheugen": ("Alzheimercafé", "Geheugenspreekuur", "Steun bij dementie"),
    "mantelzorg": ("Mantelzorgpunt", "Respijtzorg", "Mantelzorgcafé"),
    "rondkomen": ("Budgetcoaching", "Inkomensspreekuur", "Geldcoach"),
    "schulden": ("Schuldhulpverlening", "Schuldhulpmaatje", "Vroegsignalering schulden"),
    "administratie": ("Thuisadministratie", "Formulierenhulp", "Papierwinkel"),
    "regelingen": ("Toeslagenspreekuur", "Hulp bij regelingen", "Minimaregelingen"),
    "voedsel": ("Voedselbank", "Kledingbank", "Weggeefwinkel"),
    "juridisch": ("Sociaal raadslieden", "Juridisch spreekuur", "Rechtswinkel"),
    "woningzoeken": ("Woningzoekspreekuur", "Hulp bij huisvesting", "Kamerbemiddeling"),
    "huisuitzetting": ("Preventie huisuitzetting", "Huurachterstandenteam", "Woonbegeleiding"),
    "woning": ("Energiecoach", "Klussendienst", "Vochtspreekuur"),
    "aanpassing": ("Woningaanpassing", "Hulpmiddelenloket", "Scootmobielpool"),
    "thuis": ("Opvoedsteunpunt", "Gezinscoach", "Scheidingsspreekuur"),
    "veiligheid": ("Steunpunt huiselijk geweld", "Veilig thuis-spreekuur", "Vrouwenopvang"),
    "buurt": ("Buurtbemiddeling", "Buurtconciërge", "Overlastspreekuur"),
    "ontmoeting": ("Koffieochtend", "Eettafel", "Maatjesproject"),
    "dagbesteding": ("Dagbesteding", "Inloophuis", "Zorgboerderij"),
    "werk": ("Werkcoach", "Leerwerkplek", "Werkcafé"),
    "vrijwilligerswerk": ("Vrijwilligerscentrale", "Vrijwilligerspunt", "Klusjesploeg"),
    "taal": ("Taalcafé", "Taalmaatje", "Leesclub voor beginners"),
    "digitaal": ("Digicafé", "Klik en tik", "DigiD-spreekuur"),
    "sport": ("Buurtsport", "Wandelgroep", "Sportmaatje"),
    "zingeving": ("Levensvragen-spreekuur", "Rouwgroep", "Zingevingscafé"),
}
_OPENERS = ("Heeft u vragen over {p}?", "Loopt u vast met {p}?", "Zoekt u hulp bij {p}?",
            "Maakt u zich zorgen over {p}?", "Wilt u iets doen aan {p}?")
_MIDDLE = ("{o} denkt met u mee en zoekt samen met u naar een oplossing.",
           "Een vaste medewerker helpt u stap voor stap op weg.",
           "Vrijwilligers en beroepskrachten werken hier samen.",
           "We kijken eerst wat u zelf kunt en wie er om u heen staan.",
           "U krijgt een eigen contactpersoon die u blijft volgen.",
           "Samen maken we een plan dat bij u past.")
_EXTRA = ("Ook voor mantelzorgers en naasten.", "Een tolk is mogelijk als dat nodig is.",
          "De koffie staat klaar.", "We komen ook bij u thuis.", "Bereikbaar met de bus.",
          "Er is een rolstoeltoegankelijke ingang.", "U kunt ook bellen of mailen.", "")
_ACCESS = {
    "vrij": "U kunt zonder afspraak binnenlopen of bellen.",
    "aanmelding": "U, de POH of de huisarts meldt aan; een besluit is niet nodig.",
    "beschikking": "Hiervoor is een beschikking van de gemeente nodig.",
    "verwijzing-zorg": "U heeft een verwijzing van de huisarts nodig.",
}
_TOEGANG_WEIGHTS = (("vrij", 35), ("aanmelding", 30), ("beschikking", 20), ("verwijzing-zorg", 15))
_LANGUAGES = (("en", "Engels"), ("ar", "Arabisch"), ("tr", "Turks"), ("pl", "Pools"),
              ("ti", "Tigrinya"), ("uk", "Oekraïens"), ("de", "Duits"), ("so", "Somalisch"))
_DAYS = ("MO", "TU", "WE", "TH", "FR")
_DAY_NAMES = {"MO": "maandag", "TU": "dinsdag", "WE": "woensdag", "TH": "donderdag",
              "FR": "vrijdag"}
_STOPWORDS = frozenset(("aan", "bij", "het", "met", "voor", "van", "een", "de"))
_AGES = ((0, 17), (12, 23), (18, None), (55, None), (65, None), (4, 12), (16, 27))
# fmt: on


@dataclass
class Package:
    """The generated tables (resource name → rows) and the ids of the services."""

    tables: dict[str, list[Row]] = field(default_factory=dict)

    @property
    def service_ids(self) -> list[str]:
        return [str(row["id"]) for row in self.tables["service"]]


def seeded(seed: int) -> random.Random:
    """A seeded generator: reproducible invented data, never secrets."""
    return random.Random(seed)  # noqa: S311 — deterministic benchmark data on purpose


def vocabulary() -> list[str]:
    """Folded search words the generated names and descriptions contain (for query sets)."""
    text = " ".join([
        *(a for acts in (*_TOPIC_ACTIVITY.values(), *_ACTIVITY.values()) for a in acts),
        *_ORG_NOUN, *_WIJKEN, *_PLACE_HEAD, "hulp", "spreekuur", "schulden", "eenzaam", "geld",
        "wonen", "mantelzorg", "gezin", "opvoeding", "stress", "werk", "taal", "buurt",
    ])  # fmt: skip
    found = {w for w in text.lower().replace("-", " ").split() if len(w) > 2}
    return sorted(found - _STOPWORDS)


def topic_codes() -> list[str]:
    """The nl-leefgebieden codes of the demo map's taxonomy (domains and topics)."""
    return [
        t["code"] for t in _read_demo("taxonomy_terms.csv") if t["taxonomy"] == "nl-leefgebieden"
    ]


def _uid(seed: int, kind: str, n: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{seed}:{kind}:{n}"))


def _read_demo(name: str) -> list[Row]:
    with open(DEMO / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class _Gen:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = seeded(seed)
        self.terms = _read_demo("taxonomy_terms.csv")
        self.by_code = {t["code"]: t for t in self.terms}
        self.topics = [t for t in self.terms if t["taxonomy"] == "nl-leefgebieden"]
        self.subtopics = [t for t in self.topics if "." in t["code"]]
        self.t: dict[str, list[Row]] = {}
        self.counter = 0

    def uid(self, kind: str) -> str:
        self.counter += 1
        return _uid(self.seed, kind, self.counter)

    def add(self, table: str, row: Row) -> Row:
        self.t.setdefault(table, []).append(row)
        return row

    def places(self, count: int) -> list[dict[str, Any]]:
        rng = self.rng
        codes = list(range(1000, 10000))
        rng.shuffle(codes)
        per = max(1, min(12, len(codes) // count))
        seen: set[str] = set()
        out = []
        for n in range(count):
            name = rng.choice(_PLACE_HEAD) + rng.choice(_PLACE_TAIL)
            while name in seen:
                name = (
                    f"{rng.choice(_PLACE_HEAD)}{rng.choice(_PLACE_TAIL)} {rng.choice('ABCDEFGH')}"
                )
                if name in seen:
                    name = f"{name}{n}"
            seen.add(name)
            pc4 = sorted(str(c) for c in codes[(n * per) % 9000 : (n * per) % 9000 + per])
            out.append({
                "name": name, "province": rng.choice(_PROVINCES), "pc4": pc4,
                "lat": rng.uniform(50.80, 53.45), "lon": rng.uniform(3.60, 7.10),
            })  # fmt: skip
        return out

    def organization(self, place: dict[str, Any]) -> tuple[Row, list[Row]]:
        rng = self.rng
        form = rng.choice(_ORG_FORM)
        oid = self.uid("organization")
        if rng.random() < 0.06:
            name = f"Gemeente {place['name']}"
        else:
            name = f"{form} {rng.choice(_ORG_NOUN)} {place['name']}"
        slug = name.lower().replace(" ", "-").replace("ö", "o").replace("â", "a")
        org = self.add("organization", {
            "id": oid, "name": name, "alternate_name": "",
            "description": f"{name} helpt inwoners van {place['name']} en omgeving.",
            "email": f"info@{slug}.example.nl", "website": f"https://{slug}.example.nl/",
            "legal_status": "Overheid" if name.startswith("Gemeente") else form,
        })  # fmt: skip
        org["_slug"] = slug
        self.add("organization_identifier", {
            "id": self.uid("identifier"), "organization_id": oid, "identifier_scheme": "NL-KVK",
            "identifier_type": "KvK-nummer", "identifier": f"{rng.randrange(10**7, 10**8)}",
        })  # fmt: skip
        if rng.random() < 0.15:
            self.add("organization_identifier", {
                "id": self.uid("identifier"), "organization_id": oid,
                "identifier_scheme": "NL-AGB", "identifier_type": "AGB-code",
                "identifier": f"{rng.randrange(10**7, 10**8):08d}",
            })  # fmt: skip
        locations = [self.location(oid, place) for _ in range(1 + (rng.random() < 0.35))]
        return org, locations

    def location(self, oid: str, place: dict[str, Any]) -> Row:
        rng = self.rng
        lid = self.uid("location")
        street = rng.choice(_STREET_HEAD) + rng.choice(_STREET_TAIL)
        wijk = rng.choice(_WIJKEN)
        pc4 = rng.choice(place["pc4"])
        loc = self.add("location", {
            "id": lid, "location_type": "physical", "organization_id": oid,
            "name": f"{rng.choice(_LOC_KIND)} {wijk}", "description": f"In de wijk {wijk}.",
            "transportation": f"Bus {rng.randrange(1, 400)}, halte {street}.",
            "latitude": f"{place['lat'] + rng.uniform(-0.03, 0.03):.5f}",
            "longitude": f"{place['lon'] + rng.uniform(-0.04, 0.04):.5f}",
        })  # fmt: skip
        self.add("address", {
            "id": self.uid("address"), "location_id": lid,
            "address_1": f"{street} {rng.randrange(1, 250)}", "city": place["name"],
            "state_province": place["province"],
            "postal_code": f"{pc4} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            f"{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}",
            "country": "NL", "address_type": "physical",
        })  # fmt: skip
        loc["_pc4"] = pc4
        return loc

    def service(self, org: Row, locations: list[Row], place: dict[str, Any]) -> None:
        rng = self.rng
        sid = self.uid("service")
        topics = rng.sample(self.subtopics, k=rng.choice((1, 1, 2, 2, 3)))
        if rng.random() < 0.1:
            topics[0] = self.by_code[topics[0]["code"].split(".")[0]]
        first = topics[0]["code"]
        tail = first.split(".")[-1]
        activity = rng.choice(_TOPIC_ACTIVITY.get(tail) or _ACTIVITY[first])
        toegang = rng.choices(*zip(*_TOEGANG_WEIGHTS, strict=True))[0]
        if rng.random() < 0.5:
            name = f"{activity} {place['name']}"
        else:
            name = f"{org['name']}: {activity[:1].lower()}{activity[1:]}"
        problem = topics[0]["name"][:1].lower() + topics[0]["name"][1:]
        description = " ".join(
            s for s in (
                rng.choice(_OPENERS).format(p=problem), rng.choice(_MIDDLE).format(o=org["name"]),
                _ACCESS[toegang], rng.choice(_EXTRA),
            ) if s
        )  # fmt: skip
        assured = REFERENCE_DAY - timedelta(days=rng.randrange(0, 3 * 365))
        status = rng.choices(
            ("active", "inactive", "defunct", "temporarily closed"), (96, 1.5, 1, 1.5)
        )[0]
        ages = rng.choice(_AGES) if rng.random() < 0.2 else (None, None)
        free = rng.random() < 0.6
        self.add("service", {
            "id": sid, "organization_id": org["id"], "name": name, "alternate_name": "",
            "description": description, "url": f"https://{org['_slug']}.example.nl/{sid[:8]}",
            "email": f"info@{org['_slug']}.example.nl", "status": status,
            "application_process": _ACCESS[toegang], "fees_description": "Gratis" if free else "",
            "wait_time": "", "eligibility_description": "",
            "minimum_age": "" if ages[0] is None else ages[0],
            "maximum_age": "" if ages[1] is None else ages[1],
            "assured_date": assured.isoformat(), "assurer_email": "redactie@kaart.example.nl",
            "alert": "", "last_modified": f"{assured.isoformat()}T09:00:00Z",
        })  # fmt: skip
        for term in [*topics, self.by_code[toegang]]:
            kind = "toegang" if term["taxonomy"] == "nl-toegang" else "leefgebied"
            self.add("attribute", {
                "id": self.uid("attribute"), "link_id": sid, "taxonomy_term_id": term["id"],
                "link_type": kind, "link_entity": "service", "value": "",
            })  # fmt: skip
        for loc in rng.sample(locations, k=1 if len(locations) == 1 or rng.random() < 0.8 else 2):
            self.add("service_at_location", {
                "id": self.uid("sal"), "service_id": sid, "location_id": loc["id"],
                "description": "",
            })  # fmt: skip
        self.add("phone", {
            "id": self.uid("phone"), "location_id": "", "service_id": sid, "organization_id": "",
            "contact_id": "", "service_at_location_id": "", "extension": "", "type": "voice",
            "number": f"0{rng.randrange(10, 99)} {rng.randrange(100, 999)} "
            f"{rng.randrange(1000, 9999)}",
            "description": "",
        })  # fmt: skip
        days = sorted(rng.sample(_DAYS, k=rng.randrange(1, 6)), key=_DAYS.index)
        opens, closes = rng.choice((("09:00", "12:00"), ("09:00", "17:00"), ("13:00", "16:30"),
                                    ("08:30", "17:00"), ("19:00", "21:00")))  # fmt: skip
        self.add("schedule", {
            "id": self.uid("schedule"), "service_id": sid, "location_id": "",
            "service_at_location_id": "", "wkst": "MO", "freq": "WEEKLY", "interval": 1,
            "byday": ",".join(days), "opens_at": opens, "closes_at": closes,
            "description": f"Op {', '.join(_DAY_NAMES[d] for d in days)} van {opens} tot "
            f"{closes} uur.",
            "attending_type": "Inloop" if toegang == "vrij" else "Op afspraak",
        })  # fmt: skip
        for code, lname in [
            ("nl", "Nederlands"),
            *rng.sample(_LANGUAGES, k=rng.choice((0, 0, 1, 2))),
        ]:
            self.add("language", {
                "id": self.uid("language"), "service_id": sid, "location_id": "",
                "phone_id": "", "name": lname, "code": code, "note": "",
            })  # fmt: skip
        amount = 0 if free else rng.choice((5, 10, 15, 25, 40, 75, 150))
        self.add("cost_option", {
            "id": self.uid("cost"), "service_id": sid, "valid_from": "", "valid_to": "",
            "option": "Iedereen" if free else "Eigen bijdrage", "currency": "EUR",
            "amount": amount, "amount_description": "Gratis" if free else f"€ {amount} per keer",
        })  # fmt: skip
        if rng.random() < 0.5:
            pcs = sorted(rng.sample(place["pc4"], k=rng.randrange(1, len(place["pc4"]) + 1)))
            self.add("service_area", {
                "id": self.uid("area"), "service_id": sid, "name": place["name"],
                "description": f"Voor inwoners met postcode {', '.join(pcs)}.",
                "extent": ",".join(pcs), "extent_type": "postcode4",
            })  # fmt: skip
        if rng.random() < 0.1:
            maximum = rng.randrange(5, 200)
            updated = REFERENCE_DAY - timedelta(days=rng.randrange(0, 120))
            self.add("service_capacity", {
                "id": self.uid("capacity"), "service_id": sid,
                "available": rng.randrange(0, maximum // 4 + 1), "maximum": maximum,
                "description": "Plaatsen voor nieuwe cliënten.",
                "updated": f"{updated.isoformat()}T09:00:00Z",
            })  # fmt: skip


def generate(n: int = DEFAULT_SERVICES, seed: int = DEFAULT_SEED) -> Package:
    """N invented services with organizations, locations and both profile taxonomies."""
    gen = _Gen(seed)
    places = gen.places(max(3, n // 300))
    org_count = max(1, n // 6)
    current: tuple[Row, list[Row], dict[str, Any]] | None = None
    for i in range(n):
        org_index = i * org_count // n
        if current is None or current[0]["_index"] != org_index:
            place = places[org_index % len(places)]
            org, locations = gen.organization(place)
            org["_index"] = org_index
            current = (org, locations, place)
        gen.service(*current)
    gen.t["taxonomy"] = _read_demo("taxonomies.csv")
    gen.t["taxonomy_term"] = gen.terms
    return Package(gen.t)


def descriptor(n: int, seed: int) -> dict[str, Any]:
    """datapackage.json: the demo map's resource schemas, with this package's name and title."""
    demo = json.loads((DEMO / "datapackage.json").read_text(encoding="utf-8"))
    return {
        **demo,
        "name": f"socialmap-bench-{n}-{seed}",
        "title": f"Verzonnen sociale kaart met {n} diensten (benchmark, seed {seed})",
        "description": "Gegenereerd door bench/gen_socialmap.py; alle gegevens zijn verzonnen.",
        "created": f"{REFERENCE_DAY.isoformat()}T00:00:00Z",
    }


def write_package(package: Package, folder: Path, *, n: int, seed: int) -> Path:
    """Write datapackage.json and one CSV per resource into `folder` (created)."""
    folder.mkdir(parents=True, exist_ok=True)
    desc = descriptor(n, seed)
    for resource in desc["resources"]:
        fields = [f["name"] for f in resource["schema"]["fields"]]
        rows = package.tables.get(resource["name"], [])
        with open(folder / resource["path"], "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
    text = json.dumps(desc, ensure_ascii=False, indent=1)
    (folder / "datapackage.json").write_text(text, encoding="utf-8")
    return folder


def build(folder: Path, n: int = DEFAULT_SERVICES, seed: int = DEFAULT_SEED) -> Package:
    """Generate and write in one go; returns the tables (for row counts and ids)."""
    package = generate(n, seed)
    write_package(package, folder, n=n, seed=seed)
    return package


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--services", type=int, default=DEFAULT_SERVICES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    package = build(args.folder, args.services, args.seed)
    counts = {name: len(rows) for name, rows in package.tables.items()}
    print(json.dumps({"rows": sum(counts.values()), **counts}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
