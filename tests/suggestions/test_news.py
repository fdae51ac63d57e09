"""`read_news --json` suggests the actions the seeds report, naming the records on file."""

import json
from io import StringIO

from django.core.management import call_command

from articles.parsing import read_document as parse_file
from directory.matching import build_mention_matcher
from suggestions.news import existing_actions, suggestions_for


def test_the_seeds_bans_are_suggested_as_the_curated_records(imported_seeds, seeds_dir):
    document = parse_file(next(seeds_dir.glob("001_*")))
    suggestions = suggestions_for(document, build_mention_matcher(), existing_actions())
    named = {s["existing_action"] for s in suggestions if s["type"] == "ban"}
    assert named == {
        "oakland-bans-government-facial-recognition-2019",
        "san-francisco-bans-government-facial-recognition-2019",
        "somerville-bans-government-facial-recognition-2019",
    }
    ban = next(s for s in suggestions if s["type"] == "ban")
    assert ban["evidence"].startswith("By contrast, only Oakland, San Francisco, and Somerville")


def test_read_news_prints_suggestions_in_the_scorers_shape(imported_seeds, seeds_dir):
    out = StringIO()
    call_command("read_news", "--json", str(seeds_dir), stdout=out)
    documents = json.loads(out.getvalue())["documents"]
    suggestions = [s for d in documents for s in d["suggestions"]]
    assert suggestions
    assert set(suggestions[0]) >= {
        "type", "date", "date_precision", "jurisdiction", "organisations", "evidence",
        "related_index", "existing_action",
    }  # fmt: skip
    minneapolis = next(
        s for s in suggestions if s["existing_action"] and "minneapolis" in s["existing_action"]
    )
    assert (minneapolis["date"], minneapolis["related_index"]) == ("2021-02-12", 2)
