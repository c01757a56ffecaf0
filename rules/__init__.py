"""The rule files shipped with piiscan (YAML data; see docs/rules.md)."""
