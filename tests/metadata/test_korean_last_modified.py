"""Korean "마지막 수정" and "최종 수정" (last modified, spaced as wikis and documentation
sites print them) label the last update's date (data/languages/ko.toml ``updated``)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.furniture_lines import is_furniture_line

_TEXT = (
    "<p>이 명령은 저장소의 변경 내용을 원격 서버로 보냅니다. 처음 사용할 때에는 원격 저장소의 "
    "주소와 브랜치 이름을 함께 지정해야 하며, 이후에는 생략할 수 있습니다.</p>"
) * 3


@pytest.mark.parametrize("label", ["마지막 수정", "최종 수정"])
def test_the_line_is_a_stamp_not_the_text(label: str) -> None:
    line = f"{label}: 2026년 11월 2일 · 이 페이지 수정하기"
    assert is_furniture_line(line)
    html = (
        '<html lang="ko"><head><title>명령 안내</title></head><body><main><article>'
        f"<h1>명령 안내</h1>{_TEXT}<p>{line}</p></article></main></body></html>"
    )
    article = newsextract.extract(html, url="https://docs.example.kr/cli/push")
    assert label not in article.body
    assert article.modified is not None and article.modified.date().isoformat() == "2026-11-02"
