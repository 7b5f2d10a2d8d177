"""CLD2 names Kurdish "ku" in either script: a text in the Arabic script is Central Kurdish
(Sorani, "ckb", with a file of its own), one in Latin letters stays Kurmanji ("ku")."""

from newsextract import extract
from newsextract.language import _in_arabic_script, detect_language

SORANI = (
    "شارەوانی شار ڕۆژی سێشەممە پارکێکی نوێی لە کەناری ڕووبارەکە کردەوە. بەرپرسانی شارەوانی "
    "ڕایانگەیاند کە پارکەکە زیاتر لە هەزار دار و یاریگایەکی منداڵانی تێدایە. دانیشتووانی "
    "ناوچەکە پێشوازییان لەم هەنگاوە کرد. پارکەکە لە کاتژمێر شەشی بەیانییەوە تا دەی شەو "
    "کراوە دەبێت."
)
KURMANJI = (
    "Şaredariya bajêr roja sêşemê li qeraxa çem parkeke nû vekir. Berpirsên şaredariyê "
    "diyar kirin ku di parkê de zêdetirî hezar dar û qadeke lîstikê ya zarokan heye. "
    "Niştecihên herêmê ev gav bi kêfxweşî pêşwazî kirin, lê hinekan gilî kirin ku cihê "
    "parkkirina erebeyan kêm e. Şaredarî soz dide ku heta dawiya salê parkek nû ava bike."
)


def test_arabic_script_kurdish_is_sorani() -> None:
    assert detect_language(SORANI * 2) == "ckb"


def test_only_a_text_in_the_arabic_script_is_read_as_sorani() -> None:
    """CLD2 seldom answers for Kurmanji at all; its "ku" stays "ku" for Latin letters."""
    assert _in_arabic_script(SORANI)
    assert not _in_arabic_script(KURMANJI)


def test_an_undeclared_sorani_page_reads_as_sorani() -> None:
    html = (
        "<html><head><title>پارکێکی نوێ</title></head><body><article>"
        "<h1>پارکێکی نوێ لە کەناری ڕووبار</h1>"
        + f"<p>{SORANI}</p>" * 3
        + "</article></body></html>"
    )
    assert extract(html, url="https://example.net/a").language == "ckb"
