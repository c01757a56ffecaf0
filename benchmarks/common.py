"""Shared benchmark plumbing: sample once, run piiscan and plain Presidio on the same samples,
score both with piiscan's evaluator."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from piiscan.api import ScanSettings, detect_sample
from piiscan.catalog import Catalog, ColumnResult, SourceInfo
from piiscan.decide import Evidence, Finding
from piiscan.detect.profile import profile
from piiscan.sources import open_source
from piiscan.sources.base import Sample

#: Presidio entity -> piiscan category. LOCATION is mapped to CITY (Presidio can't tell a
#: city from a country); entities with no personal meaning here (DATE_TIME, URL, NRP of
#: products…) map to nothing except NRP -> OTHER_PII.
PRESIDIO_CATEGORY = {
    "PERSON": "PERSON_NAME", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE",
    "LOCATION": "CITY", "US_SSN": "GOV_ID", "US_ITIN": "GOV_ID", "US_PASSPORT": "GOV_ID",
    "US_DRIVER_LICENSE": "GOV_ID", "UK_NHS": "GOV_ID", "UK_NINO": "GOV_ID", "ES_NIF": "GOV_ID",
    "ES_NIE": "GOV_ID", "IT_FISCAL_CODE": "GOV_ID", "IT_DRIVER_LICENSE": "GOV_ID",
    "IT_PASSPORT": "GOV_ID", "IT_IDENTITY_CARD": "GOV_ID", "MEDICAL_LICENSE": "GOV_ID",
    "IN_AADHAAR": "GOV_ID", "IN_PAN": "GOV_ID", "AU_TFN": "GOV_ID", "SG_NRIC_FIN": "GOV_ID",
    "CREDIT_CARD": "PAYMENT_CARD", "IBAN_CODE": "BANK_ACCOUNT", "US_BANK_NUMBER": "BANK_ACCOUNT",
    "IP_ADDRESS": "IP_ADDRESS", "CRYPTO": "OTHER_PII", "NRP": "OTHER_PII",
}
#: A column is given a Presidio entity when that entity is found in at least this share of
#: the column's sampled values (per-value results voted up to the column).
PRESIDIO_COLUMN_SHARE = 0.3


def take_samples(specs, size: int, seed: int = 0) -> tuple[list[Sample], float]:
    """Sample every table of every source once; returns the samples and the seconds spent."""
    started = time.perf_counter()
    samples = []
    for spec in specs:
        source = open_source(spec)
        try:
            for ref in source.tables():
                samples.append(source.sample(ref, size))
        finally:
            source.close()
    return samples, time.perf_counter() - started


def run_piiscan(samples, settings: ScanSettings) -> tuple[Catalog, float]:
    """piiscan on samples taken beforehand (the ones Presidio reads too): each table decided,
    then the step `piiscan.scan()` takes across its tables (`piiscan.api.across_tables`), so
    that the figures are the product's."""
    from piiscan.api import across_tables

    started = time.perf_counter()
    results = across_tables([detect_sample(sample, settings) for sample in samples], settings)
    tables = tuple(table for table, _ in results)
    columns: list[ColumnResult] = [c for _, cols in results for c in cols]
    return Catalog(tables=tables, columns=tuple(columns)), time.perf_counter() - started

RESULTS = Path(__file__).resolve().parent / "results"


def write_result(name: str, report: dict) -> Path:
    """Write a benchmark's report to benchmarks/results/NAME.json."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(report, indent=2) + "\n")
    return path


def presidio_analyzer(model: str):
    """Plain Presidio as users run it: the default predefined recognizers on the same (offline)
    spaCy model with its whole pipeline (piiscan's own engine loads only the NER components)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from piiscan.detect.ner import engine, offline_tldextract

    engine(model).check()
    offline_tldextract()
    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


@dataclass
class PresidioRun:
    catalog: Catalog
    seconds: float
    values: int


def run_presidio(samples, analyzer, values_per_column: int = 100,
                 column_limit: int | None = None) -> PresidioRun:
    """Presidio per value: every sampled value (up to `values_per_column`) through
    AnalyzerEngine.analyze, results voted up to the column."""
    started = time.perf_counter()
    analysed = 0
    columns: list[ColumnResult] = []
    seen_columns = 0
    for sample in samples:
        ref = sample.table
        for info in sample.columns:
            if info.skip_reason or info.name not in sample.data.column_names:
                continue
            if column_limit is not None and seen_columns >= column_limit:
                break
            seen_columns += 1
            prof = profile(sample.data.column(info.name))
            strings = sample.data.column(info.name).to_pylist()
            values = [str(v).strip()[:1000] for v in strings if v is not None and str(v).strip()]
            values = values[:values_per_column]
            counts: dict[str, int] = {}
            for value in values:
                found = {r.entity_type for r in analyzer.analyze(text=value, language="en")
                         if r.score >= 0.5}
                for entity in found:
                    counts[entity] = counts.get(entity, 0) + 1
            analysed += len(values)
            findings = []
            for entity, n in counts.items():
                category = PRESIDIO_CATEGORY.get(entity)
                if category and values and n / len(values) >= PRESIDIO_COLUMN_SHARE:
                    findings.append(Finding(entity, category, n / len(values), n / len(values),
                                            (Evidence("values", f"presidio {n}/{len(values)}", 1.0),), ()))
            columns.append(ColumnResult(ref.source, ref.schema, ref.name, info.name, info.data_type,
                                        "scanned", None, sample.data.num_rows, prof.non_null,
                                        prof.distinct, None, tuple(findings)))
    return PresidioRun(Catalog(sources=(SourceInfo("presidio", "-"),), columns=tuple(columns)),
                       time.perf_counter() - started, analysed)
