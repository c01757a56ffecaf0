"""Detection: evidence for each sampled column (values, column name, NER, shape).

Modules: names (column-name tokens), validators (checksums), screen (RE2 on Arrow),
ner (spaCy through Presidio), mask (masked examples), evidence (ties them together).
"""
