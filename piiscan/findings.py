"""The values a decision hands on: findings and the evidence behind each (frozen, plain)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """One signal that fired, with its own score."""

    signal: str  # values | column_name | ner | distribution | subject | neighbours | free_text
    detail: str
    score: float

    def to_dict(self) -> dict:
        return {"signal": self.signal, "detail": self.detail, "score": round(self.score, 3)}


@dataclass(frozen=True)
class Finding:
    entity: str
    category: str
    confidence: float
    match_ratio: float
    evidence: tuple[Evidence, ...]
    examples: tuple[str, ...]  # masked
    path: str | None = None  # JSON path inside a text column
    rule: str | None = None

    def to_dict(self) -> dict:
        out = {
            "entity": self.entity,
            "category": self.category,
            "confidence": round(self.confidence, 3),
            "match_ratio": round(self.match_ratio, 3),
            "evidence": [e.to_dict() for e in self.evidence],
            "examples": list(self.examples),
        }
        if self.path is not None:
            out["path"] = self.path
        if self.rule is not None:
            out["rule"] = self.rule
        return out
