"""A readable rendering of the evaluation report."""
from __future__ import annotations


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def _section(title: str, report: dict) -> list[str]:
    events, entities, documents = report["events"], report["entities"], report["documents"]
    lines = [f"== {title} ({documents['count']} documents)",
             f"events    P {_fmt(events['precision'])}  R {_fmt(events['recall'])}  F1 {_fmt(events['f1'])}"
             f"  (tp {events['tp']} fp {events['fp']} fn {events['fn']})",
             f"          participant Jaccard {_fmt(events['participant_jaccard'])}  direction {_fmt(events['direction_accuracy'])}"
             f"  exact day {_fmt(events['exact_day_date_accuracy'])}  location {_fmt(events['location_accuracy'])}"
             f"  person recall {_fmt(events['person_recall'])}"]
    for kind in ("PERSON", "STATE", "IGO", "overall"):
        if kind in entities:
            e = entities[kind]
            lines.append(f"entities  {kind:<8} P {_fmt(e['precision'])}  R {_fmt(e['recall'])}  F1 {_fmt(e['f1'])}")
    lines.append(f"documents language {_fmt(documents['language_accuracy'])}  published {_fmt(documents['published_accuracy'])}")
    return lines


def render_report(report: dict) -> str:
    lines = [f"documents found: {report['documents_found']} of {report['documents_in_gold']}"]
    lines += _section("all", report)
    for lang, sub in report["by_language"].items():
        lines += _section(lang, sub)
    return "\n".join(lines)
