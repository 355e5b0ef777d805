"""A deterministic, synthetic benchmark document: report-like prose full of figures.

Every sentence comes from a template here, filled from a seeded ``random.Random``, so one
``(size_chars, seed)`` always gives the same text. Roughly one templated claim in five carries a
deliberate arithmetic slip, so a check of the corpus reports contradictions as well as
consistent relations.

>>> build(2_000, seed=1) == build(2_000, seed=1)
True
>>> len(build(5_000)) >= 5_000
True
"""
from __future__ import annotations

import random
from typing import Callable

#: Share of templated claims written with a deliberate error.
ERROR_RATE = 0.2

Sentence = Callable[[random.Random], str]

_PLACES = ["the northern district", "the harbour ward", "the river valley", "the old town",
           "the eastern suburbs", "the hill country", "the coastal strip", "the market quarter"]
_GROUPS = [("applicants", "admitted", "rejected", "withdrew"), ("claims", "approved", "denied", "were pending"),
           ("patients", "recovered", "were readmitted", "were transferred"),
           ("households", "rented", "owned outright", "had a mortgage"),
           ("complaints", "were upheld", "were dismissed", "were withdrawn")]
_THINGS = ["inspections", "visitors", "arrests", "vehicles", "trainees", "volunteers", "permits", "deliveries"]
_MONTHS = ["January", "March", "April", "June", "August", "September", "October", "December"]
_SUBJECTS = ["The committee", "The review panel", "Local officials", "The auditors", "Most residents",
             "The new director", "Critics of the scheme", "The working group", "Field staff"]
_VERBS = ["argued that", "noted that", "warned that", "accepted that", "said privately that", "agreed that"]
_CLAIMS = ["the process had been rushed", "the guidance was unclear", "the old system could not cope",
           "staff needed more training", "the data were incomplete", "the pilot had worked better than expected",
           "the consultation came too late", "demand would keep rising", "the budget was never realistic"]
_TAILS = ["", " in private", " at the time", " during the hearing", " in a written submission"]


def _n(rng: random.Random, lo: int, hi: int) -> str:
    """A count written with or without thousands separators, as reports mix both."""
    value = rng.randint(lo, hi)
    return f"{value:,}" if rng.random() < 0.7 else str(value)


def _fmt(value: int, rng: random.Random) -> str:
    return f"{value:,}" if rng.random() < 0.7 else str(value)


def _slip(rng: random.Random, value: int, most: int = 40) -> int:
    """``value`` unchanged, or (at ERROR_RATE) nudged by 2 to ``most`` so the claim no longer adds up."""
    if rng.random() >= ERROR_RATE:
        return value
    return max(0, value + rng.choice([-1, 1]) * rng.randint(2, most))


def prose(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_CLAIMS)}{rng.choice(_TAILS)}."


def part_whole(rng: random.Random) -> str:
    total = rng.randint(200, 9000)
    a = rng.randint(total // 5, total // 2)
    b = rng.randint(total // 10, total - a - 1)
    noun, x, y, z = rng.choice(_GROUPS)
    if rng.random() < 0.5:
        return f"Of the {_fmt(total, rng)} {noun}, {_fmt(a, rng)} {x}, {_fmt(b, rng)} {y} and the rest {z}."
    c = _slip(rng, total - a - b)
    return f"Of the {_fmt(total, rng)} {noun}, {_fmt(a, rng)} {x}, {_fmt(b, rng)} {y} and {_fmt(c, rng)} {z}."


def of_whom(rng: random.Random) -> str:
    total = rng.randint(40, 3000)
    men = rng.randint(total // 4, 3 * total // 4)
    women = _slip(rng, total - men)
    where = rng.choice(_PLACES)
    return (f"The clinic in {where} treated {_fmt(total, rng)} people, "
            f"of whom {_fmt(men, rng)} were men and {_fmt(women, rng)} were women.")


def answers(rng: random.Random) -> str:
    yes = rng.randint(20, 60)
    no = rng.randint(10, 90 - yes)
    unsure = _slip(rng, 100 - yes - no, 6)
    topic = rng.choice(["the new bus lanes", "a later closing time", "the merger", "a four-day week"])
    return f"Asked about {topic}, {yes}% said yes, {no}% said no and {unsure}% were undecided."


def n_percent(rng: random.Random) -> str:
    whole = rng.randint(80, 2500)
    part = rng.randint(whole // 10, 9 * whole // 10)
    pct = _slip(rng, round(100 * part / whole), 6)
    noun, trait = rng.choice([("patients", "were women"), ("pupils", "passed"), ("firms", "made a loss"),
                              ("respondents", "owned a car")])
    return f"Of {_fmt(whole, rng)} {noun}, {_fmt(part, rng)} ({pct}%) {trait}."


def about(rng: random.Random) -> str:
    exact = rng.randint(300, 5000)
    near = round(exact, -2) if rng.random() >= ERROR_RATE else round(exact * rng.choice([0.6, 1.5]), -2)
    thing = rng.choice(_THINGS)
    return (f"Records show {_fmt(exact, rng)} {thing} in {rng.choice(_MONTHS)}. "
            f"A later summary spoke of about {_fmt(near, rng)} {thing}.")


def comparative(rng: random.Random) -> str:
    old = rng.randint(50, 900)
    new = old + rng.randint(20, 400)
    if rng.random() < ERROR_RATE:
        old, new = new, old
    thing = rng.choice(_THINGS)
    return (f"This year {_fmt(new, rng)} {thing} were logged, "
            f"far higher than the {_fmt(old, rng)} recorded in {rng.randint(2001, 2019)}.")


def respectively(rng: random.Random) -> str:
    a, b = rng.randint(10, 400), rng.randint(10, 400)
    first, second = rng.sample(_PLACES, 2)
    return f"{first.capitalize()} and {second} reported {a} and {b} new cases respectively."


def dates_and_times(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.choice(_MONTHS), rng.randint(1995, 2024)
    hour, minute = rng.randint(7, 18), rng.choice(["00", "15", "30", "45"])
    return rng.choice([
        f"The board met on {day} {month} {year} at {hour}:{minute} and again in {rng.choice(_MONTHS)} {year + 1}.",
        f"Since {year}, the scheme has been reviewed every spring; "
        f"the last review closed on {month} {day}, {year + 2}.",
        f"Doors opened at {rng.randint(6, 11)} a.m. on {year}-0{rng.randint(1, 9)}-{day:02d}.",
    ])


def citation(rng: random.Random) -> str:
    a = rng.randint(1, 40)
    refs = rng.choice([f"[{a}]", f"[{a}, {a + 1}]", f"[{a}–{a + 3}]"])
    return f"Earlier studies reported a similar pattern {refs}, though with smaller samples."


def margin(rng: random.Random) -> str:
    n, moe = rng.randint(600, 3000), rng.choice(["2.5", "3.1", "3.5", "4"])
    return f"The poll of {_fmt(n, rng)} adults has a margin of error of plus or minus {moe} percentage points."


def money(rng: random.Random) -> str:
    before = rng.randint(15, 60) / 10
    after = round(before + rng.randint(1, 15) / 10, 1)
    return rng.choice([
        f"Revenue reached ${after}bn, up from ${before}bn a year earlier.",
        f"Operating costs came to € {_n(rng, 1200, 9800)} million, "
        f"against a budget of € {_n(rng, 1200, 9800)} million.",
        f"The council set aside £{rng.randint(2, 90)}m for repairs "
        f"and another £{rng.randint(1, 9)}.{rng.randint(1, 9)}m for parks.",
    ])


def spelled(rng: random.Random) -> str:
    words = ["twelve", "twenty", "forty-two", "three hundred", "two thousand five hundred", "sixty-five"]
    return (f"{rng.choice(['Some', 'Roughly', 'Exactly'])} {rng.choice(words)} staff moved to the new site "
            f"within {rng.choice(['two', 'three', 'six'])} weeks.")


SENTENCES: list[tuple[Sentence, int]] = [
    (prose, 30), (part_whole, 6), (of_whom, 6), (answers, 6), (n_percent, 6), (about, 4),
    (comparative, 5), (respectively, 3), (dates_and_times, 5), (citation, 4), (margin, 3),
    (money, 5), (spelled, 3),
]


def bullet_list(rng: random.Random) -> str:
    """A lead-in sentence and Markdown-ish list lines that break its total down."""
    places = rng.sample(_PLACES, rng.randint(2, 4))
    counts = [rng.randint(20, 600) for _ in places]
    total = _slip(rng, sum(counts))
    lines = [f"- {p.capitalize()}: {_fmt(c, rng)} households" for p, c in zip(places, counts)]
    return f"The {_fmt(total, rng)} households surveyed were spread as follows:\n" + "\n".join(lines)


def table(rng: random.Random) -> str:
    """A small pipe table of counts and shares."""
    rows = [(p.capitalize(), rng.randint(50, 900)) for p in rng.sample(_PLACES, 3)]
    total = sum(c for _, c in rows)
    body = [f"| {p} | {c} | {_slip(rng, round(100 * c / total), 6)}% |" for p, c in rows]
    return "\n".join(["| Area | Cases | Share |", "|---|---|---|", *body, f"| Total | {total} | 100% |"])


def paragraph(rng: random.Random) -> str:
    """A paragraph of three to seven sentences, or now and then a list or a table."""
    roll = rng.random()
    if roll < 0.05:
        return bullet_list(rng)
    if roll < 0.08:
        return table(rng)
    makers, weights = zip(*SENTENCES)
    return " ".join(m(rng) for m in rng.choices(makers, weights, k=rng.randint(3, 7)))


def build(size_chars: int = 1_000_000, seed: int = 0) -> str:
    """Paragraphs separated by blank lines, just over ``size_chars`` characters in all."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size_chars:
        parts.append(paragraph(rng))
        length += len(parts[-1]) + 2
    return "\n\n".join(parts) + "\n"
