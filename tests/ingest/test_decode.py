import pytest

from entente.errors import EntenteError
from entente.ingest.decode import decode_bytes

TEXTS = {
    "cp1256": "وقال وزير الدفاع إن التعاون العسكري بين البلدين يتطور بسرعة كبيرة",
    "cp1251": "Министр обороны заявил, что военное сотрудничество двух стран развивается",
    "latin-1": "Le ministre a déclaré à Genève que la coopération était très étroite",
}


@pytest.mark.parametrize("encoding", sorted(TEXTS))
def test_legacy_encodings_are_decoded(encoding):
    assert decode_bytes(TEXTS[encoding].encode(encoding)) == TEXTS[encoding]


def test_utf8_with_bom():
    assert decode_bytes("ciao".encode("utf-8-sig")) == "ciao"


def test_binary_is_refused():
    with pytest.raises(EntenteError) as error:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    assert error.value.code == "E101"
