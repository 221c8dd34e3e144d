"""The appointment summary: dialog, drawing the pages (print, PDF), and fettle report."""
