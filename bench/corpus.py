"""A deterministic corpus of news-like article text full of figures, for benchmarks.

``build(size_bytes)`` returns at least ``size_bytes`` (UTF-8) of articles made from templates, with
the density of figures of real reporting (prose sentences around one or two with figures):
defence budgets, economics, elections, health, with percentages, money in several currencies,
counts, fractions, ranges, hedges, dates, years and the identifiers a news text also holds
("Article 5", "F-35", "COVID-19"). The same size always gives the same text.
"""

from __future__ import annotations

import random

_SUBJECTS = [
    "NATO",
    "the European Union",
    "Germany",
    "Finland",
    "the government",
    "the central bank",
    "the ministry",
    "Poland",
    "the alliance",
    "the commission",
    "the United States",
    "Japan",
]
_NOUNS = [
    "troops",
    "allies",
    "EU member states",
    "soldiers",
    "jobs",
    "households",
    "people",
    "companies",
    "tanks",
    "aircraft",
    "schools",
    "hospitals",
    "refugees",
    "voters",
]
_TEMPLATES = [
    "{subj} agreed to spend {pct} of GDP on defence by {year}, up from {pct2} in {year2}.",
    "{Subj} said {qual} {count} {noun} would be deployed {when}.",
    "The budget rose {pct} to {money}, according to figures published on {date}.",
    "{Subj} has {count} {noun}, {qual} {frac} of them in the east.",
    "Inflation slowed to {pct} in {month} {year2}, compared with {pct2} a year earlier.",
    "Under Article 5, an attack on one of the {count} {noun} is an attack on all.",
    "The order for {small} F-35 jets and {small} A400M transporters is worth {money}.",
    "Unemployment stood at {pct}, or {count} people, the statistics office said on {date}.",
    "{Subj} plans to raise spending to between {pct} and {pct2} of output as early as {year}.",
    "Since {year2}, {qual} {frac} of {noun} have received support worth {money}.",
    "The deal, valued at {money}, was signed in {month} {year} and runs until {year3}.",
    "Shares fell {pct} to {money2} in early trading, wiping {money} off the company's value.",
    "About {small} out of {ten} {noun} backed the plan, while {words} abstained.",
    "Turnout was {pct}, {ppts} higher than at the last election in {year2}.",
    "{Subj} pledged {money} over {small} years, roughly {pct} of its {year} budget.",
    "During the COVID-19 pandemic, {count} {noun} lost work in the first quarter of {year2}.",
    "Officials expect growth of {range} next year, up to {pct} if exports recover.",
    "The G7 and {small} other countries met on {date} for talks lasting {small} hours.",
    "Contact the press office on +44 20 7946 0958 or see www.example.org/report-{year}.",
    "{Words} ministers attended; {qual} {count} protesters gathered outside at 10:30.",
]
_CURRENCIES = [
    "€{n}bn",
    "${n} billion",
    "£{n}m",
    "{n} million euros",
    "USD {n}m",
    "¥{n} trillion",
    "{n} billion Swiss francs",
    "€{n} million",
    "${n}tn",
    "{n}bn kronor",
]
_QUALS = [
    "around",
    "about",
    "more than",
    "nearly",
    "at least",
    "some",
    "up to",
    "over",
    "less than",
    "almost",
    "roughly",
    "close to",
]
_FRACS = [
    "a quarter",
    "half",
    "two-thirds",
    "a third",
    "one in five",
    "three out of four",
    "a fifth",
    "three-quarters",
]
_WORDS = ["twenty-three", "a dozen", "a hundred and five", "seventeen", "forty-two", "nine"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


# Sentences without figures: most of a news article is prose around a few numbers.
_PROSE = [
    "{Subj} has repeatedly called on its partners to share the burden more fairly.",
    "Critics argue that the plan does little to address the underlying causes of the crisis.",
    '"We cannot afford to wait any longer," the minister told reporters after the meeting.',
    "The proposal still needs the approval of parliament, where the coalition holds a majority.",
    "Opposition leaders said the government had failed to explain how it would pay for it.",
    "Analysts said the decision reflected growing concern about security on the eastern flank.",
    "The talks, which took place behind closed doors, were described as constructive.",
    "Diplomats cautioned that an agreement was not yet in sight and that gaps remained.",
    "Speaking in Brussels, the secretary general urged allies to step up their commitments.",
    "The announcement was welcomed by industry groups but drew criticism from trade unions.",
    "Officials declined to comment on the details of the negotiations with their counterparts.",
    "Residents in the region have long complained about the lack of investment in transport.",
    "The central bank is expected to keep interest rates unchanged at its next meeting.",
    "Both sides agreed to continue the discussions in the coming weeks.",
    "The report also warned of rising costs for energy, housing and food across the continent.",
    "Observers noted that the vote had been postponed several times amid political wrangling.",
]


def _fill(rng: random.Random, template: str) -> str:
    subj = rng.choice(_SUBJECTS)
    n = rng.choice([rng.randint(2, 999), round(rng.uniform(1, 99), 1)])
    day = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2015, 2025)}"
    values = {
        "subj": subj,
        "Subj": subj[0].upper() + subj[1:],
        "pct": f"{round(rng.uniform(0.1, 60), rng.choice([0, 1]))}%",
        "pct2": rng.choice(["{}%", "{} per cent", "{} percent"]).format(
            round(rng.uniform(0.1, 9), 1)
        ),
        "ppts": f"{round(rng.uniform(0.1, 9), 1)} percentage points",
        "year": str(rng.randint(2025, 2035)),
        "year2": str(rng.randint(1990, 2024)),
        "year3": str(rng.randint(2030, 2050)),
        "count": f"{rng.randint(2, 9999):,}",
        "small": str(rng.randint(2, 60)),
        "ten": str(rng.randint(61, 100)),
        "noun": rng.choice(_NOUNS),
        "qual": rng.choice(_QUALS),
        "frac": rng.choice(_FRACS),
        "money": rng.choice(_CURRENCIES).format(n=n),
        "money2": f"${round(rng.uniform(1, 500), 2)}",
        "date": day,
        "month": rng.choice(_MONTHS),
        "when": rng.choice(
            ["by 2027", "next year", "in March 2026", "within 30 days", "last month"]
        ),
        "range": rng.choice(["2-3%", "1.5 to 2 per cent", "between 3% and 5%", "€2-3bn"]),
        "words": rng.choice(_WORDS),
        "Words": rng.choice(_WORDS).capitalize(),
    }
    return template.format(**values)


def build(size_bytes: int = 1_048_576, seed: int = 2025) -> str:
    """At least ``size_bytes`` of article text; deterministic for a given size and seed."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < size_bytes:
        when = f"{rng.choice(_MONTHS)} {rng.randint(2020, 2025)}"
        title = f"{rng.choice(_SUBJECTS).title()} report, {when}"
        paragraphs = []
        for _ in range(rng.randint(3, 7)):
            sentences = [_fill(rng, rng.choice(_TEMPLATES)) for _ in range(rng.randint(1, 2))]
            sentences += [_fill(rng, rng.choice(_PROSE)) for _ in range(rng.randint(5, 9))]
            rng.shuffle(sentences)
            paragraphs.append(" ".join(sentences))
        article = title + "\n\n" + "\n\n".join(paragraphs) + "\n\n"
        parts.append(article)
        size += len(article.encode("utf-8"))
    return "".join(parts)


if __name__ == "__main__":
    text = build()
    print(text[:2000])
    print(f"... {len(text.encode('utf-8'))} bytes")
