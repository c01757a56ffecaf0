"""Held-out evaluation set 4 (issue 11): see README.md. Measure only, never tune."""
