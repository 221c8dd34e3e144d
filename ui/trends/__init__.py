"""The Trends view: chart, calendar heat map, before/after table."""
