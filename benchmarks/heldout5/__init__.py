"""Held-out evaluation set 5 (issue 11): see README.md. Measure only, never tune."""
