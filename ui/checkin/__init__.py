"""The daily check-in window and the flow that loads and saves it."""
