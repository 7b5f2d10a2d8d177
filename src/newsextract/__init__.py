"""newsextract: news web pages in, clean typed article records out.

>>> import newsextract
>>> article = newsextract.extract(html_bytes, url="https://example.org/news/1")
>>> article.title, article.authors, article.published
"""

from newsextract.article import Article
from newsextract.body.model import Block, BlockKind
from newsextract.errors import (
    EmptyInputError,
    ExtractionError,
    InputError,
    NewsExtractError,
    NotHTMLError,
)
from newsextract.extract import extract
from newsextract.options import ExtractOptions

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "EmptyInputError",
    "ExtractOptions",
    "ExtractionError",
    "InputError",
    "NewsExtractError",
    "NotHTMLError",
    "extract",
]
__version__ = "0.1.0"
