"""The actor dictionary: every name dyadwatch recognises, with the code it gives.

Built from maintained packages where they hold the facts (pycountry for ISO 3166 names and
codes) and from the project's own data files for the rest (aliases, demonyms, capitals, seats
of power, organisations, office holders, role terms). Users add files of the same names in
their own data folders (``Options.data_dirs``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ..data import data_files, package_file, read_csv
from ..errors import DataError

COUNTRY_KINDS = ("name", "demonym", "capital", "seat", "city", "region")


@dataclass(frozen=True, slots=True)
class Term:
    """One dictionary entry a text span can match."""

    text: str
    kind: str  # country | igo | company | person | agent | place (a name that blocks a shorter match)
    country: str | None  # ISO3 or IGO code
    role: str | None
    entry: str  # stable id of the entry, shown in output (e.g. "country:JPN:demonym")
    name: str | None = None  # canonical name for people and organisations
    start: date | None = None  # validity of a person's office
    end: date | None = None


@dataclass(slots=True)
class ActorDictionary:
    named: list[Term] = field(default_factory=list)  # countries, organisations, people
    agents: list[Term] = field(default_factory=list)  # role terms, matched case-insensitively

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for term in self.named:
            out[term.kind] = out.get(term.kind, 0) + 1
        out["countries"] = len({t.country for t in self.named if t.kind == "country"})
        out["people"] = len({t.name for t in self.named if t.kind == "person"})
        out["agent_terms"] = len(self.agents)
        return out


def load_dictionary(user_dirs: Sequence[str] = ()) -> ActorDictionary:
    adict = ActorDictionary()
    adict.named.extend(_pycountry_terms())
    # shipped files first, then the user's, so that a user's entry overrides a shipped one
    shipped = [*data_files("actors/country_aliases.csv"), *data_files("actors/cities.csv")]
    user = [p for name in ("actors/country_aliases.csv", "actors/cities.csv")
            for p in data_files(name, user_dirs) if p not in shipped]
    for path in [*shipped, *user]:
        for line, row in read_csv(path, ("iso3", "kind", "text")):
            if row["kind"] not in COUNTRY_KINDS:
                raise DataError(str(path), line, f"kind {row['kind']!r} is not one of {COUNTRY_KINDS}")
            adict.named.append(
                Term(
                    row["text"], "country", row["iso3"], "GOV" if row["kind"] == "seat" else None,
                    f"country:{row['iso3']}:{row['kind']}",
                )
            )
    for path in data_files("actors/igos.csv", user_dirs):
        for _, row in read_csv(path, ("code", "name")):
            names = [row["name"], *filter(None, (a.strip() for a in row.get("aliases", "").split(";")))]
            for text in dict.fromkeys(names):
                adict.named.append(
                    Term(text, "igo", row["code"], None, f"igo:{row['code']}", name=row["name"])
                )
    for path in [*data_files("actors/companies.csv", user_dirs), *data_files("actors/groups.csv", user_dirs)]:
        for line, row in read_csv(path, ("name", "country", "role")):
            names = [row["name"], *filter(None, (a.strip() for a in row.get("aliases", "").split(";")))]
            for text in dict.fromkeys(names):
                adict.named.append(
                    Term(text, "company", row["country"], row["role"], f"org:{row['name']}", name=row["name"])
                )
    # office holders: people.csv, then the shipped files by region in actors/people/
    people = data_files("actors/people.csv", user_dirs)
    people[1:1] = sorted(package_file("actors/people").glob("*.csv"))
    for path in people:
        for line, row in read_csv(path, ("name", "country", "role", "start")):
            start = _date(path, line, row["start"])
            end = _date(path, line, row["end"]) if row.get("end") else None
            texts = [row["name"], *filter(None, (a.strip() for a in row.get("aliases", "").split(";")))]
            for text in dict.fromkeys(texts):
                adict.named.append(
                    Term(
                        text, "person", row["country"], row["role"],
                        f"person:{row['name']}:{row.get('office', '')}", name=row["name"],
                        start=start, end=end,
                    )
                )
    for path in data_files("actors/places.csv", user_dirs):
        for _, row in read_csv(path, ("name",)):
            adict.named.append(Term(row["name"], "place", None, None, f"place:{row['name']}"))
    for path in data_files("actors/agents.csv", user_dirs):
        for _, row in read_csv(path, ("term", "role")):
            adict.agents.append(Term(row["term"], "agent", None, row["role"], f"agent:{row['term']}"))
    return adict


def _pycountry_terms() -> list[Term]:
    import pycountry

    terms = []
    for country in pycountry.countries:
        names = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        for name in dict.fromkeys(n for n in names if n and "," not in n):
            terms.append(Term(name, "country", country.alpha_3, None, f"country:{country.alpha_3}:iso"))
    return terms


def _date(path: object, line: int, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataError(str(path), line, f"not an ISO date: {value!r}") from exc
