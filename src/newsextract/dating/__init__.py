"""The parts ``newsextract.dates`` reads a date with: the words of dates in every language,
the bounds, the pattern of a date inside a text, time zones, other calendars."""
