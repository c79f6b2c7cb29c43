"""Every input kind, and every kind of bad input, in one mixed batch."""
import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from entente.errors import InputError
from entente.ingest.readers import iter_inputs
from entente.ingest.records import RawRecord

ARTICLE = ("Il ministro della Difesa ha incontrato il suo omologo a Parigi. "
           "I due hanno discusso della cooperazione industriale e delle esercitazioni comuni.")
HTML = f"<html><head><title>Titolo</title></head><body><article><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"


def write_warc(path, pages, truncate=False):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    data = buffer.getvalue()
    path.write_bytes(data[: int(len(data) * 0.75)] if truncate else data)


@pytest.fixture
def mixed_dir(tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    (good / "plain.txt").write_text(ARTICLE, encoding="utf-8")
    (good / "page.html").write_text(HTML, encoding="utf-8")
    (good / "arabic_legacy.txt").write_bytes("قال وزير الدفاع إن التعاون العسكري بين البلدين يتطور".encode("cp1256"))
    (good / "russian_legacy.txt").write_bytes("Министр обороны провёл переговоры с коллегой".encode("cp1251"))
    (good / "batch.jsonl").write_text("\n".join([
        json.dumps({"id": "j1", "text": ARTICLE, "published": "2024-05-01", "lang": "it"}),
        "{not json",
        json.dumps({"id": "j2"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "html": HTML, "url": "https://example.org/a"}),
    ]), encoding="utf-8")
    write_warc(good / "crawl.warc", [("https://example.org/1", HTML), ("https://example.org/2", HTML.replace("Parigi", "Lione"))])
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "nobody.html").write_text("<html><head><title>x</title></head></html>", encoding="utf-8")
    write_warc(bad / "truncated.warc", [("https://example.org/3", HTML)] * 3, truncate=True)
    with open(bad / "huge.txt", "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    return tmp_path


def test_reader_yields_records_and_errors(mixed_dir):
    items = list(iter_inputs([str(mixed_dir)]))
    records = [i for i in items if isinstance(i, RawRecord)]
    errors = [i for i in items if isinstance(i, InputError)]
    ids = {r.doc_id for r in records}
    assert {"plain", "page", "arabic_legacy", "russian_legacy", "j1", "7"} <= ids
    assert sum(r.kind == "warc" for r in records) >= 2
    codes = sorted(e.code for e in errors)
    assert codes.count("E110") == 1 and codes.count("E111") == 1 and codes.count("E112") == 1
    assert "E101" in codes and "E102" in codes and "E120" in codes
    assert all(e.describe().count("\n") == 0 for e in errors)


def test_jsonl_metadata_is_kept(mixed_dir):
    record = next(i for i in iter_inputs([str(mixed_dir / "good" / "batch.jsonl")]) if isinstance(i, RawRecord))
    assert (record.doc_id, record.published, record.lang, record.line) == ("j1", "2024-05-01", "it", 1)


def test_stdin_jsonl():
    stream = io.BytesIO((json.dumps({"id": "s1", "text": ARTICLE}) + "\n").encode())
    assert [r.doc_id for r in iter_inputs(["-"], stdin=stream)] == ["s1"]


def test_missing_path_is_reported(tmp_path):
    (error,) = iter_inputs([str(tmp_path / "nope.txt")])
    assert error.code == "E131"


def test_feed_entries(tmp_path):
    feed = tmp_path / "news.rss"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>Uno</title><link>https://example.org/uno</link><pubDate>Thu, 07 Nov 2024 10:00:00 GMT</pubDate>
    <description><![CDATA[<p>{ARTICLE}</p>]]></description></item></channel></rss>""", encoding="utf-8")
    (record,) = iter_inputs([str(feed)])
    assert (record.title, record.url, record.published) == ("Uno", "https://example.org/uno", "2024-11-07")
