"""Plain-text posts: a title line, an optional "Posted on ..." date line, then paragraphs.

A post carries no URL unless a `Source:` line gives one, so it is keyed by its title. A date
that gives no year ("Today, June 7") is left empty and flagged for review, never guessed.
"""

import datetime
import hashlib
import re

from core.strict_yaml import DocumentError

from .parsed import PLAIN, ParsedArticle, ParsedDocument, content_hash
from .urls import web_url

MAX_TITLE_LENGTH = 500  # the width of the title column

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH_PATTERN = "|".join(sorted(_MONTHS, key=len, reverse=True))
_POSTED_ON = re.compile(r"^\s*(?:Posted|Published)(?: on)?:?\s+(?P<date>.+?)\s*$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\s*(?:Source|URL|Link):\s*(?P<url>https?://\S+)\s*$", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(
    rf"^(?P<month>{_MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_PATTERN})\.?,?\s+(?P<year>\d{{4}})$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")


def parse_posted_date(value, source):
    """Read the date of a "Posted on ..." line: "September 7, 2019", "7 Sept 2019", "2019-09-07"."""
    value = value.strip()
    match = _MONTH_DAY_YEAR.match(value) or _DAY_MONTH_YEAR.match(value) or _ISO_DATE.match(value)
    if match is None:
        raise DocumentError(source, f"cannot read the date in the 'Posted on' line: {value!r}")
    month = match.group("month")
    month = int(month) if month.isdigit() else _MONTHS[month.lower()]
    try:
        day = datetime.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        raise DocumentError(source, f"impossible date in the 'Posted on' line: {value!r}") from None
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)


def _first_paragraph(body, limit=400):
    paragraph = next((p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()), "")
    paragraph = " ".join(paragraph.split())
    if len(paragraph) <= limit:
        return paragraph
    return paragraph[:limit].rsplit(" ", 1)[0] + "…"


def plain_text_key(title):
    """A stable key for a post that carries no URL: derived from its title, not its file name."""
    normalized = " ".join(title.lower().split())
    return f"urn:policy-tracker:plain:{hashlib.sha256(normalized.encode()).hexdigest()[:20]}"


def parse_plain(text, source, *, raw_hash=""):
    lines = text.splitlines()
    title_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if title_index is None:
        raise DocumentError(source, "missing title: the document is empty")
    title = " ".join(lines[title_index].split())
    if len(title) > MAX_TITLE_LENGTH:
        raise DocumentError(
            source, f"missing title: the first line is longer than {MAX_TITLE_LENGTH} characters"
        )

    published_at = None
    url = None
    body_lines = []
    in_header = True  # "Posted on" and "Source:" lines count only before the first paragraph
    for line in lines[title_index + 1 :]:
        if in_header:
            posted = _POSTED_ON.match(line)
            if posted and published_at is None:
                published_at = parse_posted_date(posted.group("date"), source)
                continue
            source_line = _SOURCE_LINE.match(line)
            if source_line and url is None:
                url = web_url(source_line.group("url"), source, "Source")
                continue
            if line.strip():
                in_header = False
        body_lines.append(line)
    body = "\n".join(body_lines).strip()

    urls = ((url, "canonical"),) if url else ((plain_text_key(title), "canonical"),)
    return ParsedDocument(
        source=str(source),
        format=PLAIN,
        article=ParsedArticle(
            url=urls[0][0],
            urls=urls,
            title=title,
            published_at=published_at,
            # "Today, June 7" gives no year: the date stays empty and staff are asked to set it.
            date_needs_review=published_at is None,
            excerpt=_first_paragraph(body),
            body=body,
            content_hash=raw_hash or content_hash(text),
        ),
    )
