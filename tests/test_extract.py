"""The extract stage: every numeral in context becomes a figure with an exact value, the
interval its writing stands for, a unit, a qualifier and a label, or nothing at all.

One table of ``Example`` rows per question (what a figure is; what is not a figure),
each feeding one parametrized test; known gaps are ``xfail(strict=True)`` rows.
"""
from __future__ import annotations

from fractions import Fraction as F
from typing import NamedTuple

import pytest

import numcheck
from numcheck.model import Figure

ANY = object()  # a field the row does not pin down
SAME = object()  # low/high: the value itself (an exact count)


class Example(NamedTuple):
    """``text`` holds exactly one figure, written ``surface``."""

    text: str
    surface: str
    value: F
    low: F | None | object = SAME
    high: F | None | object = SAME
    unit: str | None = None
    qualifier: str | None = None
    label: str | None | object = ANY


def gap(example, reason: str):
    mark = pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)
    return pytest.param(example, marks=mark, id=example.text)


FIGURES = [
    # digits and separators
    Example("97", "97", F(97)),
    Example("A crowd of 1,234,567 people.", "1,234,567", F(1234567), label="people"),
    Example("It drew 1\u2009234 votes.", "1\u2009234", F(1234), label="votes"),
    Example("It drew 1\u202f234\u202f567 votes.", "1\u202f234\u202f567", F(1234567), label="votes"),
    Example("A total of 1,250 cars.", "1,250", F(1250), label="cars"),
    Example("Of those, 1,999 were filled.", "1,999", F(1999), label="filled"),  # separators: not a year
    # decimals: half a unit in the last written place either side
    Example("It weighed 3.25 on the scale.", "3.25", F("3.25"), F("3.245"), F("3.255")),
    Example("He batted .456 that year.", ".456", F("0.456"), F("0.4555"), F("0.4565")),
    Example("Mortality was 31·1% overall.", "31·1%", F("31.1"), F("31.05"), F("31.15"), unit="percent"),
    # percentages
    Example("Turnout was 52.1%.", "52.1%", F("52.1"), F("52.05"), F("52.15"), unit="percent"),
    Example("Turnout was 12 per cent.", "12 per cent", F(12), F("11.5"), F("12.5"), unit="percent"),
    Example("Turnout was 12 percent.", "12 percent", F(12), F("11.5"), F("12.5"), unit="percent"),
    Example("Only 0.17 per cent voted.", "0.17 per cent", F("0.17"), F("0.165"), F("0.175"), unit="percent"),
    Example("Costs rose 4.5 percent.", "4.5 percent", F("4.5"), F("4.45"), F("4.55"), unit="percent"),
    # spelled-out numbers are exact
    Example("We saw fifty-seven geese.", "fifty-seven", F(57), label="geese"),
    Example("She bought a dozen eggs.", "a dozen", F(12), label="eggs"),
    Example("Fourteen geese flew.", "Fourteen", F(14)),
    Example("There were twenty-one geese.", "twenty-one", F(21), label="geese"),
    Example("We saw one hundred and five geese.", "one hundred and five", F(105), label="geese"),
    Example("Seven hundred geese flew.", "Seven hundred", F(700)),
    # scale words: the rounding interval scales too
    Example("The city has 1.2 million people.", "1.2 million", F(1200000), F(1150000), F(1250000)),
    Example("Sales hit 3 million.", "3 million", F(3000000), F(2500000), F(3500000)),
    Example("The deal is worth $3.5bn.", "$3.5bn", F(3500000000), F(3450000000), F(3550000000), unit="USD"),
    Example("It reached 2.3m people.", "2.3m", F(2300000), F(2250000), F(2350000), label="people"),
    Example("It sold 450m tickets.", "450m", F(450_000_000), F(449_500_000), F(450_500_000), label="tickets"),
    Example("He earned $75k a year.", "$75k", F(75000), F(74500), F(75500), unit="USD"),
    # currencies: whole amounts are exact, decimals round
    Example("Tickets cost €40.", "€40", F(40), unit="EUR"),
    Example("Lunch was £12.50.", "£12.50", F("12.50"), F("12.495"), F("12.505"), unit="GBP"),
    Example("The grant was €2.3m.", "€2.3m", F(2300000), F(2250000), F(2350000), unit="EUR"),
    Example("The bill was £1.5bn.", "£1.5bn", F(1500000000), F(1450000000), F(1550000000), unit="GBP"),
    Example("It costs US$5.", "US$5", F(5), unit="USD"),
    Example("The balance was -5 at noon.", "-5", F(-5)),
    # qualifiers: normalised names; the text of the figure excludes the qualifier
    Example("We counted about 100 geese.", "100", F(100), F(90), F(110), qualifier="about", label="geese"),
    Example("We counted approximately 40 geese.", "40", F(40), F(36), F(44), qualifier="about"),
    Example("We counted some 40 geese.", "40", F(40), F(36), F(44), qualifier="about"),
    Example("Prices rose around 3.5%.", "3.5%", F("3.5"), F("3.1"), F("3.9"), unit="percent", qualifier="about"),
    Example("We counted nearly 60 geese.", "60", F(60), F(54), F(60), qualifier="nearly"),
    Example("We counted almost 70 geese.", "70", F(70), F(63), F(70), qualifier="almost"),
    Example("We counted more than 500 geese.", "500", F(500), F(500), None, qualifier="more than"),
    Example("We counted over 500 geese.", "500", F(500), F(500), None, qualifier="more than"),
    Example("We counted at least 3 geese.", "3", F(3), F(3), None, qualifier="at least"),
    Example("We counted no fewer than 40 geese.", "40", F(40), F(40), None, qualifier="at least"),
    Example("We counted up to 40 geese.", "40", F(40), F(0), F(40), qualifier="up to"),
    Example("We counted as many as 40 geese.", "40", F(40), F(0), F(40), qualifier="up to"),
    Example("We counted fewer than 20 geese.", "20", F(20), F(0), F(20), qualifier="fewer than"),
    Example("Inflation was less than 20%.", "20%", F(20), F(0), F("20.5"), unit="percent", qualifier="fewer than"),
    # verbal fractions are loose shares: a percentage widened by twice the tolerance
    Example("Two-thirds of them came.", "Two-thirds", F(200, 3), F(160, 3), F(80), unit="percent", qualifier="about"),
    Example("A fifth of them left.", "A fifth", F(20), F(16), F(24), unit="percent", qualifier="about"),
    Example("One in five left.", "One in five", F(20), F(16), F(24), unit="percent", qualifier="about"),
    Example("Over a third of them left.", "a third", F(100, 3), F(100, 3), None, unit="percent", qualifier="more than"),
    Example("Almost half of them left.", "half", F(50), F(40), F(50), unit="percent", qualifier="almost"),
    # labels: what the figure counts
    Example("Of those, 50 were British.", "50", F(50), label="British"),
    Example("There were 97 special forces from abroad.", "97", F(97), label="special forces"),
    Example("Ticket sales: 412 adults.", "412", F(412), label="adults"),
    Example("The lab held 80 mice in cages.", "80", F(80), label="mice"),
    # ages are years, not counts
    Example("A man aged 45 was hurt.", "45", F(45), unit="year"),
    Example("A 34-year-old was hurt.", "34-year-old", F(34), unit="year"),
    # negatives
    Example("It fell to minus 12 overnight.", "minus 12", F(-12)),
    Example("The low was -5°C.", "-5°C", F(-5), F("-5.5"), F("-4.5"), unit="degree_Celsius"),
    # spelled compounds and idioms
    Example("It drew twenty-five thousand fans.", "twenty-five thousand", F(25000), label="fans"),
    Example("It drew three hundred and forty-two fans.", "three hundred and forty-two", F(342), label="fans"),
    Example("It took a couple of days.", "a couple", F(2)),
    Example("It took half a dozen tries.", "half a dozen", F(6), label="tries"),
    Example("Half a million people came.", "Half a million", F(500000)),
    # million or metre: "m" after a number
    Example("The tower is 2.3m tall.", "2.3m", F("2.3"), F("2.25"), F("2.35"), unit="meter"),
    Example("She won the 100m sprint.", "100m", F(100), F("99.5"), F("100.5"), unit="meter"),
    Example("He cleared 2.35m in the final.", "2.35m", F("2.35"), F("2.345"), F("2.355"), unit="meter"),
    Example("The app has 5m users.", "5m", F(5000000), F(4500000), F(5500000), label="users"),
    Example("The flat is 60 m² in all.", "60 m²", F(60), F("59.5"), F("60.5"), unit="meter ** 2"),
    # shares, points, per mille, basis points
    Example("Support rose 3 points in the latest poll.", "3 points", F(3), F("2.5"), F("3.5"), unit="percentage point"),
    Example("The lead widened by 2.5pp.", "2.5pp", F("2.5"), F("2.45"), F("2.55"), unit="percentage point"),
    Example("The rate is 0.5‰ of sales.", "0.5‰", F("0.5"), F("0.45"), F("0.55"), unit="per mille"),
    Example("The bank cut rates by 25 basis points.", "25 basis points", F(25), F("24.5"), F("25.5"), unit="basis point"),
    Example("Spreads rose 40bp.", "40bp", F(40), F("39.5"), F("40.5"), unit="basis point"),
    # currencies: codes, words and sub-units are their own dimension
    Example("It raised USD 5 million.", "USD 5 million", F(5000000), F(4500000), F(5500000), unit="USD"),
    Example("It raised 3bn EUR.", "3bn EUR", F(3000000000), F(2500000000), F(3500000000), unit="EUR"),
    Example("It cost 40 dollars.", "40 dollars", F(40), unit="USD"),
    Example("A stamp costs 85p.", "85p", F("0.85"), unit="GBP"),
    Example("A stamp costs 85 pence.", "85 pence", F("0.85"), unit="GBP"),
    Example("Gas is 99 cents a gallon.", "99 cents", F("0.99"), unit="USD"),
    Example("The fine was 500 pounds.", "500 pounds", F(500), unit="GBP"),
    Example("He weighed 200 pounds at the time.", "200 pounds", F(200), F("199.5"), F("200.5"), unit="pound"),
    # physical units: pint's names
    Example("The trail is 5 miles long.", "5 miles", F(5), F("4.5"), F("5.5"), unit="mile"),
    Example("The car hit 120 km/h on the road.", "120 km/h", F(120), F("119.5"), F("120.5"), unit="kilometer / hour"),
    Example("It was 86°F in the shade.", "86°F", F(86), F("85.5"), F("86.5"), unit="degree_Fahrenheit"),
    Example("The park covers 12 square miles.", "12 square miles", F(12), F("11.5"), F("12.5"), unit="mile ** 2"),
    Example("The plant makes 1.2 TWh a year.", "1.2 TWh", F("1.2"), F("1.15"), F("1.25"), unit="terawatt_hour"),
    Example("The sample was kept at 4 K overnight.", "4 K", F(4), F("3.5"), F("4.5"), unit="kelvin"),
    Example("The truck carried 12 tonnes of grain.", "12 tonnes", F(12), F("11.5"), F("12.5"), unit="metric_ton"),
    # multipliers
    Example("Sales doubled last year.", "doubled", F(2), unit="times"),
    Example("Costs have halved since then.", "halved", F(1, 2), unit="times"),
    Example("It saw a fourfold rise.", "fourfold", F(4), unit="times"),
    Example("The risk was 1.5-fold higher.", "1.5-fold", F(3, 2), unit="times"),
    Example("They had twice as many seats.", "twice", F(2), unit="times"),
    # digit fractions and ratios
    Example("Some 3/4 of voters agreed.", "3/4", F(75), F(60), F(90), unit="percent", qualifier="about"),
    Example("Only 1 in 1,000 failed.", "1 in 1,000", F(1, 10), F(2, 25), F(3, 25), unit="percent", qualifier="about"),
    Example("Just 4 in 10 agreed.", "4 in 10", F(40), F(32), F(48), unit="percent", qualifier="about"),
    # grouping with spaces
    Example("A crowd of 1 234 567 people.", "1 234 567", F(1234567), label="people"),
    Example("It was worth 10 000 dollars.", "10 000 dollars", F(10_000), unit="USD"),
    Example("It was worth 10\u2009000 dollars.", "10\u2009000 dollars", F(10_000), unit="USD"),
    # mixed numbers, vulgar fractions, "and a half"
    Example("The board is 2 1/2 feet wide.", "2 1/2 feet", F(5, 2), F(2), F(3), unit="foot"),
    Example("The walk is 2½ miles.", "2½ miles", F(5, 2), F(2), F(3), unit="mile"),
    Example("It took two and a half hours.", "two and a half hours", F(5, 2), unit="hour"),  # spelled: exact
    # scientific notation: the interval is half a unit in the mantissa's last place
    Example("The rate was 2.48 × 10⁻⁵ overall.", "2.48 × 10⁻⁵", F("2.48e-5"), F("2.475e-5"), F("2.485e-5")),
    Example("About 3x10^6 cells died.", "3x10^6", F(3 * 10**6), F(2_200_000), F(3_800_000), qualifier="about"),
    # adjectival units, suspended hyphens, negative ranges
    Example("A two-year project ended.", "two-year", F(2), unit="year"),
    Example("An 8- to 16-metre mirror.", "8- to 16-metre", F(12), F(8), F(16), unit="meter", qualifier="range"),
    Example("Lows ranged from -18 °C to -34 °C.", "-18 °C to -34 °C", F(-26), F(-34), F(-18),
            unit="degree_Celsius", qualifier="range"),
    # a "T" after a currency is a trillion; after a number alone, tonnes
    Example("Its GDP is $2.1T now.", "$2.1T", F(21 * 10**11), F(205 * 10**10), F(215 * 10**10), unit="USD"),
    Example("The crane lifts 5t at most.", "5t", F(5), F("4.5"), F("5.5"), unit="metric_ton"),
    Example("The loss was $-99.99 in all.", "$-99.99", F("-99.99"), F("-99.995"), F("-99.985"), unit="USD"),
    Example("A lake of 4 km^3 in all.", "4 km^3", F(4), F("3.5"), F("4.5"), unit="kilometer ** 3"),
    Example("A gap of 16.25 nm in all.", "16.25 nm", F("16.25"), F("16.245"), F("16.255"), unit="nanometer"),
    # known gaps
]


class InLocale(NamedTuple):
    """``text`` in ``locale`` holds exactly these figures: (surface, value, unit)."""

    locale: str
    text: str
    figures: tuple[tuple[str, F, str | None], ...]


LOCALE_FIGURES = [
    InLocale("de", "Die Stadt hat 1.234.567 Einwohner.", (("1.234.567", F(1234567), None),)),
    InLocale("de", "Der Umsatz stieg auf 3,5 Mio. Euro.", (("3,5 Mio. Euro", F(3500000), "EUR"),)),
    InLocale("de", "Der Etat beträgt 2,1 Mrd. € und 12,5 %.", (("2,1 Mrd. €", F(2100000000), "EUR"), ("12,5 %", F("12.5"), "percent"))),
    InLocale("de", "Die Schulden: 3 Billionen.", (("3 Billionen", F(3 * 10**12), None),)),
    InLocale("fr", "La ville compte 1 234 567 habitants.", (("1 234 567", F(1234567), None),)),
    InLocale("fr", "Le budget atteint 2 milliards d'euros.", (("2 milliards d'euros", F(2 * 10**9), "EUR"),)),
    InLocale("fr", "Le taux est de 45,3 % et le coût de 3,5 M€.", (("45,3 %", F("45.3"), "percent"), ("3,5 M€", F(3500000), "EUR"))),
    InLocale("es", "El déficit fue de 2.500 millones de euros.", (("2.500 millones de euros", F(2_500_000_000), "EUR"),)),
    InLocale("es", "Costó 1.234,5 € y 3 mil millones.", (("1.234,5 €", F("1234.5"), "EUR"), ("3 mil millones", F(3 * 10**9), None))),
    InLocale("en", "Mortality was 31·1 per cent.", (("31·1 per cent", F("31.1"), "percent"),)),
    # the same text read in English: "," groups and "." is a decimal point
    InLocale("en", "It cost 3,500 and 1.5 units.", (("3,500", F(3500), None), ("1.5", F("1.5"), None))),
    InLocale("de", "It cost 3,500 and 1.5 units.", (("3,500", F("3.5"), None),)),
]


@pytest.mark.parametrize("example", LOCALE_FIGURES, ids=lambda e: f"{e.locale}: {e.text}")
def test_locale_figures(example: InLocale):
    figures = numcheck.extract(example.text, locale=example.locale)
    assert tuple((f.text, f.value, f.unit) for f in figures) == example.figures


@pytest.mark.parametrize("text, values", [
    ("It sold 450m tickets, short of the 510m it sold in 2019.", [F(450_000_000), F(510_000_000)]),
    ("The mast is 120m tall; the 90m mast beside it is older.", [F(120), F(90)]),
])
def test_an_m_reads_like_the_ones_before_it(text, values):
    """An "m" with no context of its own reads as the passage's earlier "m" did."""
    assert [f.value for f in numcheck.extract(text)] == values


def test_unknown_locale_is_a_usage_error():
    with pytest.raises(numcheck.UsageError, match="known: en, de, fr, es"):
        numcheck.extract("12", locale="xx")


@pytest.mark.parametrize("example", FIGURES, ids=lambda e: getattr(e, "text", None))
def test_figure(example: Example):
    figures = numcheck.extract(example.text)
    assert [f.text for f in figures] == [example.surface]
    (f,) = figures
    assert example.text[f.start : f.end] == f.text
    assert type(f.value) is F and f.value == example.value
    low = example.value if example.low is SAME else example.low
    high = example.value if example.high is SAME else example.high
    assert (f.low, f.high) == (low, high)
    assert (f.unit, f.qualifier) == (example.unit, example.qualifier)
    if example.label is not ANY:
        assert f.label == example.label


class NotFigure(NamedTuple):
    """Numerals in ``text`` that are not quantities; only ``kept`` are figures."""

    text: str
    kept: tuple[str, ...] = ("45",)


NOT_FIGURES = [
    NotFigure("In 2019, 45 people came."),
    NotFigure("On April 12, 1934, 45 people came."),
    NotFigure("On 25 April 45 people came."),
    NotFigure("At 7:49 a.m. 45 people came."),
    NotFigure("She came 3rd of 45 runners."),
    NotFigure("The 21st race had 45 runners."),
    NotFigure("In the 1990s 45 people came."),
    NotFigure("COVID-19 killed 45 people."),
    NotFigure("The G7 sent 45 people."),
    NotFigure("Table 2 lists 45 people."),
    NotFigure("Figure 3 shows 45 people."),
    NotFigure("District 3 had 45 people."),
    NotFigure("It is common [1, 5, 8] and 45 people agree."),
    NotFigure("This is a problem1 for 45 people."),
    NotFigure("It is rising globally.2, 3 In all, 45 people came."),
    NotFigure("Update to version 3.11.7 for 45 fixes."),
    NotFigure("Call +44 20 7946 0958 for 45 tickets."),
    NotFigure("See https://example.org/a/2024/17 for 45 photos."),
    NotFigure("It filed a 10-K with 45 pages."),
    NotFigure("The risk fell 45% (95% CI 30-60%).", ("45%", "30-60%")),  # ranges stay, but inert
    NotFigure("Support was 45% (p = 0.03).", ("45%",)),
    NotFigure("The 5G network reached 45 towns."),
    NotFigure("From March 24-30, 1999, 45 people came."),
    NotFigure("In the 2012-13 season, 45 people came."),
    NotFigure("Between 2015 and 2020 45 people came."),
    NotFigure("At 2.15pm 45 people came."),
    NotFigure("In their third year, 45 people came."),
    NotFigure("Call 020 7946 0958 for 45 tickets."),
    NotFigure("ISBN 978-0-12-345678-9 has 45 pages."),
    NotFigure("He lived at 10 Downing Street for 45 years.", ("45 years",)),
    NotFigure("It ran 24/7 for 45 days.", ("45 days",)),
    NotFigure("After 9/11, 45 people came."),
    NotFigure("We meet twice a week, 45 people."),
    NotFigure("He scored 45 points in the game."),
    NotFigure("Cluster MACS J1149.5+6663 holds 45 galaxies."),
]


@pytest.mark.parametrize("example", NOT_FIGURES, ids=lambda e: getattr(e, "text", None))
def test_not_a_figure(example: NotFigure):
    assert tuple(f.text for f in numcheck.extract(example.text)) == example.kept


@pytest.mark.parametrize("text, surface, low, high, unit", [
    ("Growth of 5-10% is expected.", "5-10%", F(5), F(10), "percent"),
    ("Ages ran from 18 to 24 that year.", "18 to 24", F(18), F(24), None),
    ("Participants were aged 13–46.", "13–46", F(13), F(46), "year"),
    ("Between 40% and 60% of them agreed.", "40% and 60%", F(40), F(60), "percent"),
    ("Between 0.8 and 1.5 million people came.", "0.8 and 1.5 million", F(800_000), F(1_500_000), None),
    ("It cost £1.2bn-£1.5bn.", "£1.2bn-£1.5bn", F(1_200_000_000), F(1_500_000_000), "GBP"),
    ("It cost $10-20 million.", "$10-20 million", F(10_000_000), F(20_000_000), "USD"),
    ("A climb of 20-10 metres.", "20-10 metres", F(10), F(20), "meter"),
    ("The route is 5 to 10 km long.", "5 to 10 km", F(5), F(10), "kilometer"),
])
def test_a_range_is_one_inert_figure(text, surface, low, high, unit):
    """Both ends make one figure: its midpoint, the ends as its interval, never a stated value."""
    (f,) = numcheck.extract(text)
    assert (f.text, f.value, f.low, f.high, f.unit) == (surface, (low + high) / 2, low, high, unit)
    assert f.qualifier == "range" and not f.is_stated


@pytest.mark.parametrize("text", ["The council voted 5 to 4.", "They won 8,745 votes to 7,952.",
                                  "Sales rose from 18 to 24 units.", "It fell 30 to 20."])
def test_tallies_and_changes_are_not_ranges(text):
    assert all(f.qualifier != "range" for f in numcheck.extract(text))


def test_plus_suffix_is_a_lower_bound():
    (f,) = numcheck.extract("We counted 40+ geese.")
    assert (f.value, f.low, f.high) == (F(40), F(40), None)


@pytest.mark.parametrize("text, qualifier", [
    ("The risk fell 45% (95% CI 30-60%).", "range"),
    ("Ages ran from 18 to 24 that year.", "range"),
    ("Support was 48%, plus or minus 3 percentage points.", "margin"),
    ("Support was 48% (+/-3).", "margin"),
])
def test_inert_figures_are_marked(text, qualifier):
    """Range ends and margins are kept as figures but marked so no relation uses them."""
    marked = [f for f in numcheck.extract(text) if f.qualifier == qualifier]
    assert marked and all(not f.is_stated for f in marked)


def test_list_shares_its_label():
    """In "14 and 15 special forces", the last label belongs to every item."""
    figures = numcheck.extract("They sent 14 and 15 special forces respectively.")
    assert [(f.text, f.label) for f in figures] == [("14", "special forces"), ("15", "special forces")]


def test_offsets_follow_text_order():
    text = "Of the 1.2 million voters, about 52.1% (624,000) said yes; £3.5bn was spent."
    figures = numcheck.extract(text)
    assert [f.text for f in figures] == ["1.2 million", "52.1%", "624,000", "£3.5bn"]
    assert [text[f.start : f.end] for f in figures] == [f.text for f in figures]
    assert [f.start for f in figures] == sorted(f.start for f in figures)


@pytest.mark.parametrize("tolerance, low, high", [(F(1, 5), F(80), F(120)), (F(0), F(100), F(100))])
def test_tolerance_widens_about(tolerance, low, high):
    (f,) = numcheck.extract("about 100 geese", tolerance=tolerance)
    assert (f.value, f.low, f.high) == (F(100), low, high)


def test_extract_refuses_non_text():
    with pytest.raises(numcheck.UsageError):
        numcheck.extract(b"12 geese")  # type: ignore[arg-type]
    assert issubclass(numcheck.UsageError, (ValueError, numcheck.NumcheckError))


@pytest.mark.parametrize("kwargs, error", [
    (dict(text="1", start=0, end=1, value=1.0, low=None, high=None), TypeError),
    (dict(text="1", start=0, end=1, value=F(1), low=F(2), high=F(1)), ValueError),
    (dict(text="1", start=3, end=1, value=F(1), low=None, high=None), ValueError),
])
def test_figure_validates_itself(kwargs, error):
    with pytest.raises(error):
        Figure(**kwargs)


@pytest.mark.parametrize("text", ["The effect was 12 (95% CI 8 to 16).", "Ages ranged widely (range 3 to 19)."])
def test_interval_ends_are_ranges_not_counts(text):
    figures = numcheck.extract(text)
    assert figures[-1].qualifier == "range" and figures[-1].low < figures[-1].high


def test_unit_table_names_are_pints_own():
    """Every unit the tables give is the name pint prints for it, so a later stage can build
    the quantity exactly; a typo or a name pint does not know fails here."""
    import pint

    from numcheck.extract.units import NAMES, quantity

    ureg = pint.UnitRegistry()
    assert {name for name in NAMES if str(ureg.Unit(name)) != name} == set()
    assert quantity(F(30), "degree_Celsius").to("degree_Fahrenheit").magnitude == 86  # offsets, exactly


class Read(NamedTuple):
    """``text`` (in ``locale``) yields exactly these figures: (surface, value, unit, qualifier)."""

    text: str
    figures: tuple[tuple[str, F, str | None, str | None], ...]
    locale: str = "en"


# Cases a red team found: each is a rule, not a sentence (ages in commas, names with numbers,
# money in millions without its sign, points of an index, tallies over games, ordinals).
READS = [
    Read("Smith, 34, and Jones, 28, were charged.", (("34", F(34), "year", None), ("28", F(28), "year", None))),
    Read("Her son, 12, was hurt.", (("12", F(12), "year", None),)),
    Read("The FTSE 100 index fell 2%.", (("2%", F(2), "percent", None),)),
    Read("A statement from No. 10 followed.", ()),
    Read("The House voted 222 to 213.", (("222", F(222), None, None), ("213", F(213), None, None))),
    Read("He faces a 5m fine.", (("5m", F(5_000_000), None, None),)),
    Read("Up to 2m of snow fell.", (("2m", F(2), "meter", "up to"),)),
    Read("Between 3m and 4m people watched.", (("3m and 4m", F(3_500_000), None, "range"),)),
    Read("The Dow fell 400 points, or 1.2%.", (("400", F(400), None, None), ("1.2%", F("1.2"), "percent", None))),
    Read("He scored 2 in 5 minutes.", (("2", F(2), None, None), ("5 minutes", F(5), "minute", None))),
    Read("It fell for a third month.", ()),
    Read("Sales rose in the first half of the year.", ()),
    Read("That was a quarter of a century ago.", ()),
    Read("She scored twice.", ()),
    Read("Prices rose over five years.", (("five years", F(5), "year", None),)),
    Read("A stamp costs 12.5p.", (("12.5p", F("0.125"), "GBP", None),)),
    Read("The plan costs Rs 500 crore.", (("Rs 500 crore", F(5_000_000_000), "INR", None),)),
    Read("It cost 40 yuan.", (("40 yuan", F(40), "CNY", None),)),
    Read("Inflation hit 5pc.", (("5pc", F(5), "percent", None),)),
    Read("A couple of hundred came.", (("A couple of hundred", F(200), None, None),)),
    Read("Rund 1.200 Besucher kamen.", (("1.200", F(1200), None, "about"),), "de"),
    Read("Es kostet CHF 1'200.", (("CHF 1'200", F(1200), "CHF", None),), "de"),
    Read("Zwischen 10 und 20 Prozent.", (("10 und 20 Prozent", F(15), "percent", "range"),), "de"),
    Read("Am 3. Oktober kamen 45 Gäste.", (("45", F(45), None, None),), "de"),
    Read("Plus de 300 personnes, le 14 juillet.", (("300", F(300), None, "more than"),), "fr"),
    Read("Casi 50 personas, el 12 de octubre.", (("50", F(50), None, "almost"),), "es"),
    Read("Of the 1 500 respondents, 800 were women.", (("1 500", F(1500), None, None), ("800", F(800), None, None))),
    Read("The 3 100m finalists ran.", (("3", F(3), None, None), ("100m", F(100), "meter", None))),
    Read("Of the 60 workers, 35 were men, Station 19 said.", (("60", F(60), None, None), ("35", F(35), None, None))),
]


@pytest.mark.parametrize("example", READS, ids=lambda e: e.text)
def test_reads(example: Read):
    figures = numcheck.extract(example.text, locale=example.locale)
    assert tuple((f.text, f.value, f.unit, f.qualifier) for f in figures) == example.figures
    assert all(f.low is None or f.high is None or f.high - f.low < 1 for f in figures if f.unit == "GBP")


@pytest.mark.parametrize("text, locale", [
    ("Of the three men arrested, Smith, 34, and Jones, 28, were charged.", "en"),
    ("Five people, including Sarah Jones, 41, and her son, 12, were injured.", "en"),
    ("Of the 1,000 employees, 600 were men and 400 women, the FTSE 100 group said.", "en"),
    ("Of the 12 drivers, 7 were British and 5 French, the Formula 1 team said.", "en"),
    ("Of the 30 advisers, 18 are men and 12 women, No. 10 said.", "en"),
    ("A couple of hundred protesters gathered: 120 students and 80 workers.", "en"),
    ("Rund 1.200 Befragte: 560 (45 %) sagten Ja.", "de"),
    ("Mehr als 2.400 Besucher (1.300 Frauen, 1.150 Männer) kamen zum Fest.", "de"),
    ("Environ 1 200 participants : 560 (45 %) étaient des femmes.", "fr"),
    ("Unos 1.200 participantes: 560 (45 %) eran mujeres.", "es"),
])
def test_correct_copy_stays_quiet(text, locale):
    """Correct sentences whose figures were once misread into a false contradiction."""
    assert numcheck.check(text, locale=locale).contradictions == ()


@pytest.mark.parametrize("text, surfaces, ranges", [
    # a dash spaced on one side only is a minus sign, not a range
    ("White 14,609,365 -3,092,187 -17.5%", ["14,609,365", "-3,092,187", "-17.5%"], []),
    # where the line groups thousands with commas, plain spaces separate numbers
    ("Asian 1,582 731 85.9% Pacific Islander 218 123 129.5%", ["1,582", "731", "85.9%", "218", "123", "129.5%"], []),
    # "15 years and over" is a label: 870 is not "over 870"
    ("Males 15 years and over 870 +/-298", ["15 years", "870", "298"], []),
    # no share is written "127 100%"
    ("+/-127 100% (X)", ["127", "100%"], []),
    # SI-style grouping stays where nothing says otherwise
    ("The 1 500 respondents", ["1 500"], []),
    # ranges spaced on both sides or neither are still ranges
    ("It costs 10 - 20 dollars, or 30-40 euros.", ["10 - 20 dollars", "30-40 euros"], ["10 - 20 dollars", "30-40 euros"]),
])
def test_numbers_in_a_row(text, surfaces, ranges):
    figures = numcheck.extract(text)
    assert [f.text for f in figures] == surfaces
    assert [f.text for f in figures if f.qualifier == "range"] == ranges
