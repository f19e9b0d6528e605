"""`accords eval`: score the published warehouse against gold label files."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from extractors.errors import AccordsError
from extractors.snapshot_transport import normalize_url
from flows.derive import mention_from_row
from transforms.instrument_registry import build_registry
from transforms.scoring import score_sentences
from transforms.scoring_body import BODY_SCORES, score_body
from transforms.scoring_instruments import score_instruments
from warehouse.read import connect_readonly

SENTENCE_SCORES = ("precision", "recall", "actor_accuracy", *BODY_SCORES)
INSTRUMENT_SCORES = ("instrument_precision", "instrument_recall")


@dataclass
class EvalReport:
    results: list[tuple[str, str, dict]] = field(default_factory=list)  # (gold file, doc_id, scores)

    def min_score(self) -> float:
        values = []
        for gold, _, scores in self.results:
            keys = INSTRUMENT_SCORES if gold.endswith(".instruments.json") else SENTENCE_SCORES
            values += [scores[k] for k in keys if scores.get(k) is not None]
        return min(values) if values else 0.0

    def text(self) -> str:
        out = []
        for gold, doc_id, s in self.results:
            out.append(f"{Path(gold).name} vs {doc_id}")
            for key, value in s.items():
                if isinstance(value, float):
                    out.append(f"  {key:<28} {value:.3f}")
                elif isinstance(value, int):
                    out.append(f"  {key:<28} {value}")
            for miss in s.get("misses", s.get("diff", []))[:50]:
                out.append(f"  - {miss}")
            for line in s.get("chrome_lines", [])[:20]:
                out.append(f"  - chrome line in the body: {line}")
            for text in s.get("missing_from_body", [])[:20]:
                out.append(f"  - not in the body: {text[:120]}")
        return "\n".join(out)


def _doc_for(con, gold_path: Path, gold: dict, doc_id: str | None) -> str:
    if doc_id:
        return doc_id
    url = None
    doc = gold.get("document")
    if isinstance(doc, dict):
        url = doc.get("url")
    if url is None:  # an instruments file: take the url from its sentences sibling
        sibling = gold_path.with_name(gold_path.name.replace(".instruments.json", ".sentences.json"))
        if sibling.exists():
            url = json.loads(sibling.read_text(encoding="utf-8"))["document"].get("url")
    if url is None:
        raise AccordsError(str(gold_path), "eval", "gold file names no url; pass --doc-id")
    want = normalize_url(url)
    for did, durl in con.execute("select doc_id, url from core.documents").fetchall():
        if normalize_url(durl) == want:
            return did
    raise AccordsError(str(gold_path), "eval", f"no published document with url {url}")


def _rows(con, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def evaluate(db_path: Path, gold_files: list[Path], doc_id: str | None = None) -> EvalReport:
    if not Path(db_path).exists():
        raise AccordsError(str(db_path), "eval", "no warehouse; run `accords run` first")
    report = EvalReport()
    with connect_readonly(db_path) as con:
        for path in gold_files:
            try:
                gold = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise AccordsError(str(path), "eval", f"unreadable gold file: {exc}") from None
            did = _doc_for(con, path, gold, doc_id)
            if "instruments" in gold:
                # the gold labels one document: score the instruments its own published mentions
                # make (grouped within it), not the family-wide registry rows, whose display name
                # may come from another document ("Canada–South Korea Youth Mobility Arrangement")
                mentions = _rows(con, """select * from core.instrument_mentions where doc_id = ?
                                         order by paragraph_no, sentence_no, char_start""", [did])
                instruments, rows = build_registry({did: [mention_from_row(r) for r in mentions]})
                scores = score_instruments(instruments, rows, gold)
            else:
                predicted = _rows(con, """
                    select s.text, s.kind, coalesce(c.actors, s.actors) as actors, c.strength
                    from core.sentences s
                    left join core.commitments c using (doc_id, paragraph_no, sentence_no)
                    where s.doc_id = ? order by s.paragraph_no, s.sentence_no""", [did])
                scores = score_sentences(predicted, gold)
                document = _rows(con, "select title, published_on, location, language from core.documents "
                                      "where doc_id = ?", [did])[0]
                paragraphs = [r["text"] for r in _rows(con, "select text from core.paragraphs where doc_id = ? "
                                                            "order by paragraph_no", [did])]
                headings = [r["heading"] for r in _rows(con, "select heading from core.sections where doc_id = ? "
                                                          "order by section_no", [did])]
                scores.update(score_body(document, paragraphs, headings, gold))
            report.results.append((str(path), did, scores))
    return report
