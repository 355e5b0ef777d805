"""What a finding says: the arithmetic, in the figures' own words."""
from __future__ import annotations

from fractions import Fraction

import sympy
from typing import Callable

from ..fmt import SCALE_WORD, exact, like, places
from ..model import BOUNDS, CONTRADICTION, RESIDUAL, Figure, Relation

Described = tuple[str, Fraction | None, Fraction | None]


def _rounded(figures) -> bool:
    return any(f.low != f.high for f in figures)


def _slack(figures) -> str:
    return ", more than rounding allows" if _rounded(figures) else ""


def _verdict(kind: str, subject: str, worked: str, stated: Figure, figures, aside: str = "") -> str:
    """"130 of 250 is 52.0%, not 48%, ..." or "... is 52.0%, as stated (52%)": a figure worked
    out from the others, against the one the text states."""
    if kind == CONTRADICTION:
        return f"{subject} is {worked}, not {stated.text}{_slack(figures)}{aside}"
    return f"{subject} is {worked}, as stated ({stated.text})"


def _plus(parts, total: Figure | None = None, weights=None) -> str:
    """"14 (US) + 15 (French)", each part times its weight where it is counted more than once."""
    return " + ".join(f"{w} × {_with_name(p, total)}" if w != 1 else _with_name(p, total)
                      for p, w in zip(parts, weights or [1] * len(parts)))


def _with_name(part: Figure, total: Figure | None) -> str:
    """"14 (US)": a part named by what sets it apart from the total, where the text says."""
    if total is None or not part.label:
        return part.text
    label, whole = part.label, (total.label or "")
    if "(" in label:
        return f"{part.text} ({label[label.index('(') + 1 :].rstrip(')')})"
    if whole and (label.lower().startswith(whole.lower()) or whole.lower().startswith(label.lower())):
        return part.text
    return f"{part.text} ({label})"


def _named(total: Figure) -> str:
    return f"{total.text} {total.label}" if total.label else total.text


def _sum(r: Relation, kind: str, _) -> Described:
    (total,), parts = r.role("total"), r.role("part")
    weights = _weights(r, parts)
    got = sum((w * p.value for w, p in zip(weights, parts)), Fraction(0))
    d = max(places(f) for f in r.figures)
    if any(w != 1 for w in weights):  # "3 × three (hat-tricks) + 2 × eight (doubles) + 15 = 40"
        added = f"{_plus(parts, total, weights)} = {like(total, got, d)}"
    elif len(parts) > 1:
        added = f"{_plus(parts, total)} = {_total_of(parts, total, got, d)}"
    else:
        added = _with_name(parts[0], total)
    if kind == CONTRADICTION and r.exhaustive:
        msg = f"{added}, but the total is {total.text} (off by {like(total, abs(total.value - got), d)}{_slack(r.figures)})"
    elif kind == CONTRADICTION:
        msg = f"{added}, more than the total {total.text} (by {like(total, got - total.value, d)}{_slack(r.figures)})"
    elif kind == RESIDUAL:
        msg = f"{added} of {_named(total)}: {like(total, total.value - got, d)} not attributed"
    elif r.exhaustive:
        msg = f"{added}, the total {total.text}"
    else:
        msg = f"{added}, within the total {_named(total)}"
    return msg, total.value, got


def _weights(r: Relation, parts) -> list[Fraction]:
    """How many times the relation counts each part (1, or 3 for a hat-trick of goals)."""
    rhs = r.relation.rhs
    if not isinstance(rhs, sympy.Add):
        return [Fraction(1)] * len(parts)
    out = []
    for p in parts:
        c = rhs.coeff(p.symbol)
        out.append(Fraction(int(c)) if c.is_Integer and c != 0 else Fraction(1))
    return out


def _total_of(parts, like_figure: Figure, got: Fraction, d: int) -> str:
    """The sum of the parts as written, or the span it may take where parts are bounds."""
    if all(p.qualifier not in BOUNDS for p in parts):
        return like(like_figure, got, d)
    lows = [p.low for p in parts]
    highs = [p.high for p in parts]
    if None not in highs:
        return f"{like(like_figure, sum(lows, Fraction(0)), d)} to {like(like_figure, sum(highs, Fraction(0)), d)}"
    return f"{like(like_figure, sum((x for x in lows if x is not None), Fraction(0)), d)} or more"


def _percent_sum(r: Relation, kind: str, _) -> Described:
    parts = r.role("part")
    got = sum((p.value for p in parts), Fraction(0))
    d = max(places(p) for p in parts)
    added = f"{_plus(parts)} = {like(parts[0], got, d)}"
    if kind == CONTRADICTION and r.exhaustive:
        msg = f"{added}, but shares of one whole sum to 100%{_allowed(parts, d)}"
    elif kind == CONTRADICTION:
        msg = f"{added}, but shares of one whole sum to at most 100%{_allowed(parts, d)}"
    elif kind == RESIDUAL:
        msg = f"shares of one whole: {added}; {like(parts[0], 100 - got, d)} not attributed"
    else:
        msg = f"shares of one whole: {added}, " + ("100% within rounding" if r.exhaustive else "at most 100%")
    return msg, got, Fraction(100)


def _allowed(parts, d: int) -> str:
    """" (rounding allows 98.5%-101.5%)": how far rounded shares of a whole may stray from 100%."""
    spread = sum(((p.high - p.low) / 2 for p in parts if p.low is not None and p.high is not None), Fraction(0))
    if not spread:
        return ""
    d = max(d, places_of(spread))
    return f" (rounding allows {like(parts[0], 100 - spread, d)}-{like(parts[0], 100 + spread, d)})"


def places_of(x: Fraction) -> int:
    """The decimal places an exact number needs (at most 4)."""
    for d in range(5):
        if (x * 10**d).denominator == 1:
            return d
    return 4


def _percent_of(r: Relation, kind: str, whole_range) -> Described:
    if r.role("other"):
        return _share_of_sum(r, kind)
    if not r.role("whole"):
        return _shared_whole(r, kind, whole_range)
    (part,), (whole,), (percent,) = r.role("part"), r.role("whole"), r.role("percent")
    if whole.value == 0:
        return f"{part.text} of {whole.text}: a share of nothing, not checked", percent.value, None
    share = 100 * part.value / whole.value
    written = like(percent, share, max(places(percent), 1))
    return _verdict(kind, f"{part.text} of {whole.text}", written, percent, r.figures), percent.value, share


def _share_of_sum(r: Relation, kind: str) -> Described:
    """"419 of 419 + 43 is 90.7": a share of a whole stated as its parts (a diagnostic
    measure: accuracy is (TP + TN) of TP + TN + FP + FN)."""
    parts, others, (percent,) = r.role("part"), r.role("other"), r.role("percent")
    top = sum((p.value for p in parts), Fraction(0))
    whole = top + sum((o.value for o in others), Fraction(0))
    scale = 1 if r.note == "a diagnostic measure" and percent.value <= 1 and percent.unit != "percent" else 100
    share = scale * top / whole if whole else Fraction(0)
    written = like(percent, share, max(places(percent), 1))
    num = " + ".join(p.text for p in parts)
    subject = f"{num if len(parts) == 1 else f'({num})'} of {' + '.join(f.text for f in (*parts, *others))}"
    return _verdict(kind, subject, written, percent, r.figures), percent.value, share


def _shared_whole(r: Relation, kind: str, whole_range) -> Described:
    pairs = list(zip(r.role("part"), r.role("percent")))
    listed = ", ".join(f"{p.text} ({q.text})" for p, q in pairs)
    if kind == CONTRADICTION:
        implied = "; ".join(f"{p.text} at {q.text} means a whole of {_whole(p, q)}" for p, q in pairs)
        return f"{listed} cannot be shares of one whole: {implied}", None, None
    lo, hi = whole_range
    size = f"{exact(lo)} to {exact(hi)}" if hi is not None else f"at least {exact(lo)}"
    return f"{listed} are shares of one whole of {size}", None, None


def _whole(part: Figure, percent: Figure) -> str:
    if percent.high is None or percent.high <= 0 or part.low is None:
        return "any size"
    if percent.low is None or percent.low <= 0 or part.high is None:
        return f"at least {exact(100 * part.low / percent.high)}"
    return f"{exact(100 * part.low / percent.high)} to {exact(100 * part.high / percent.low)}"


def _compare(r: Relation, kind: str, _) -> Described:
    (g,), (l,) = r.role("greater"), r.role("lesser")
    if kind == CONTRADICTION and r.note == "the most of a list":
        msg = f"the text puts {g.text} first, but {l.text} is more"
    elif kind == CONTRADICTION and r.note == "the least of a list":
        msg = f"the text puts {l.text} last, but {g.text} is less"
    elif kind == CONTRADICTION:
        msg = f"the text says {g.text} is more than {l.text}, but it is not"
    else:
        msg = f"{g.text} is more than {l.text}, as the text says"
    return msg, g.value, l.value


def _approx(r: Relation, kind: str, _) -> Described:
    (a,), (e,) = r.role("approx"), r.role("exact")
    if r.note == "mentioned again":
        said = f"the {a.text} {a.label.split()[0]}"
        if kind == CONTRADICTION:
            return f"{said}, named again, do not match the {e.text} stated before", a.value, e.value
        return f"{said}, named again, are the {e.text} stated before", a.value, e.value
    implied = a.qualifier == "about" and not any(ch.isdigit() for ch in a.text)  # "a fifth" is loose anyway
    said = a.text if implied else f"{a.qualifier} {a.text}"
    if kind == CONTRADICTION:
        msg = f"{said} does not fit {e.text} (it allows {_span(a)})"
    else:
        msg = f"{said} agrees with {e.text}"
    return msg, a.value, e.value


def _span(f: Figure) -> str:
    """The values a figure allows, in words: "90 to 110", "more than 33.33%", "up to 46"."""
    if f.low is None and f.high is None:
        return "any value"
    if f.high is None:
        return f"{exact(f.low, f.unit)} or more"
    if f.low is None:
        return f"{exact(f.high, f.unit)} or less"
    return f"{exact(f.low, f.unit)} to {exact(f.high, f.unit)}"


def _conversion(r: Relation, kind: str, _) -> Described:
    (a,), (b,) = r.role("from"), r.role("to")
    k, c = _factor(r)
    expected = k * a.value + c
    written = like(b, expected, places(b) + 1)
    subject = f"a difference of {a.text}" if r.note else a.text
    return _verdict(kind, subject, written, b, r.figures), b.value, expected


def _factor(r: Relation) -> tuple[Fraction, Fraction]:
    """(k, c) of ``b = k a + c`` from the relation itself."""
    (a,) = r.role("from")
    rhs = r.relation.rhs
    k = rhs.coeff(a.symbol)
    return Fraction(str(k)), Fraction(str(rhs.subs(a.symbol, 0)))


def _change(r: Relation, kind: str, _) -> Described:
    if not r.role("from"):  # the new amount and the difference: the old amount is their difference
        (new,), (diff,), (size,) = r.role("amount"), r.role("difference"), r.role("percent")
        old = new.value - diff.value
        if old <= 0:
            return f"a change of {diff.text} to {new.text}: not checked", size.value, None
        change = 100 * diff.value / old
        written = like(size, change, max(places(size), 1))
        subject = f"a change of {diff.text} to {new.text} (from {like(new, old, places(new))})"
        return _verdict(kind, subject, written, size, r.figures), size.value, change
    (old,), (new,) = r.role("from"), r.role("to")
    sign = -1 if r.note == "a decrease" else 1
    what = "a fall of" if sign < 0 else "a change of"
    if r.role("difference"):
        (size,) = r.role("difference")
        change = sign * (new.value - old.value)
        written = like(size, change, places(size))
    else:
        (size,) = r.role("percent")
        if old.value == 0:
            return f"a change from {old.text}: not checked", size.value, None
        change = sign * 100 * (new.value - old.value) / old.value
        written = like(size, change, max(places(size), 1))
    msg = _verdict(kind, f"{old.text} to {new.text}", f"{what} {written}", size, r.figures, _scales(old, new))
    return msg, size.value, change


def _scales(old: Figure, new: Figure) -> str:
    """"; the scale words differ (billion, million)": the classic slip, named."""
    a, b = SCALE_WORD.search(old.text), SCALE_WORD.search(new.text)
    if a and b and a.group().lower() != b.group().lower():
        return f"; the scale words differ ({a.group()}, {b.group()})"
    return ""


def _mean(r: Relation, kind: str, _) -> Described:
    (mean,), parts = r.role("mean"), r.role("part")
    if weights := r.role("weight"):  # groups' means weighted by their sizes
        (size,) = r.role("size")
        n = size.value
        got = sum((w.value * p.value for w, p in zip(weights, parts)), Fraction(0)) / n if n else Fraction(0)
        written = like(mean, got, places(mean) + 1)
        of = " and ".join(f"{p.text} (n = {w.text})" for p, w in zip(parts, weights))
        return _verdict(kind, f"the mean of {of}, weighted by size,", written, mean, r.figures), mean.value, got
    got = sum((p.value for p in parts), Fraction(0)) / len(parts)
    written = like(mean, got, places(mean) + 1)
    if len(parts) <= 5:
        of = ", ".join(p.text for p in parts[:-1]) + f" and {parts[-1].text}"
    else:
        of = f"{len(parts)} figures ({parts[0].text} ... {parts[-1].text})"
    return _verdict(kind, f"the mean of {of}", written, mean, r.figures), mean.value, got


MESSAGES: dict[str, Callable[[Relation, str, object], Described]] = {
    "sum": _sum,
    "percent-sum": _percent_sum,
    "percent-of": _percent_of,
    "compare": _compare,
    "approx": _approx,
    "conversion": _conversion,
    "table-total": _sum,
    "change": _change,
    "mean": _mean,
}


def describe(relation: Relation, kind: str, extra=None) -> Described:
    """(message, stated, expected) for a relation checked as ``kind``."""
    return MESSAGES[relation.check](relation, kind, extra)
