"""A helper for the word lists the extractor keeps as data."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a set ("a b  c" -> {"a", "b", "c"})."""
    return frozenset(text.split())


# Units of measurement that "a"/"an" before them counts once ("a gallon of beer", "a kibibyte").
# Only unambiguous ones: not "foot", "yard", "pound", "ton", "degree", "second", "meter".
MEASUREMENT_UNITS = words(
    """
    gallon litre liter millilitre milliliter centilitre pint kilometre kilometer centimetre
    centimeter millimetre millimeter mile tonne barrel hectare acre gram kilogram kilogramme
    milligram byte kilobyte megabyte gigabyte terabyte petabyte kibibyte mebibyte gibibyte
    tebibyte pebibyte kilobit megabit gigabit kilowatt megawatt gigawatt terawatt
    """
)

# Plural nouns a year stands before as their label, not a figure counting them ("the 2026
# estimates", "2030 targets", "2024 elections"): a year-shaped number before one is a year.
YEAR_NOUNS = words(
    """
    estimates figures levels elections targets budgets results accounts forecasts projections
    pledges commitments goals prices data numbers games olympics accords talks negotiations
    summits protests riots floods polls campaigns standards rules regulations guidelines plans
    reforms sanctions deadlines ambitions objectives statistics outturns allocations
    appropriations spending obligations midterms primaries
    """
)
