"""Appointment summaries and trends: what the numbers are (drawing them is ui/report)."""
