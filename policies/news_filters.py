"""Filters for the public list of imported news, as GET parameters like the timeline's."""

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef

from articles.models import (
    Article,
    Provider,
    organisation_mentions,
    place_mention_list,
    place_mentions,
)
from core.publicdata import kept_until_changed
from core.queries import AmongIds
from core.search import SearchFilter
from core.widget_html import PythonWidgetsForm

from .filters import LightFilterSet
from .kept_counts import walks_articles_of
from .models import Citation
from .participants import public_organisations
from .record_fields import OrganisationFilter, PlaceFilter, PublisherFilter


class YesNoField(forms.NullBooleanField):
    """Yes, no, or either when left empty. Django's NullBooleanField reads any other value as
    "either", so ?cited=maybe would quietly list everything; here it is an error naming it."""

    default_error_messages = {"invalid": "“%(value)s” is neither “true” nor “false”."}

    def to_python(self, value):
        answer = super().to_python(value)
        if answer is None and value not in self.empty_values:
            raise forms.ValidationError(
                self.error_messages["invalid"], code="invalid", params={"value": value}
            )
        return answer


class YesNoFilter(django_filters.BooleanFilter):
    field_class = YesNoField


# From this many mentions of a place, the newest news that mentions it is found by reading the
# newest articles in order (`ArticleFilter.filter_jurisdiction`).
MENTIONS_WALKED_FROM = 1000

# A text search lists (and ranks) only this many of its newest matches (`among_newest`).
RANKED_MATCHES = 200


def search_list(listed, matches, text, bound):
    """What a search for `text` lists of its `matches` among the `listed` articles: the
    `bound` newest (`among_newest`), the most relevant first where the database ranks them.
    They are read from `listed` by their ids alone: testing each one's text again (its search
    vector on PostgreSQL, its words on SQLite) took a third of a search's time in the database
    on PostgreSQL (`/articles/?q=police`: 2.6 -> 1.8 ms, bench/web's data)."""
    return matches.among_newest(bound, listed.ranked(text)).order_by(
        "-rank", "-published_at", "title", "pk"
    )


class ArticleFilter(LightFilterSet):
    q = SearchFilter(help_text="Words in the headline, excerpt or text.", method="filter_text")
    provider = PublisherFilter(
        label="Publisher",
        queryset=Provider.objects.all(),
        help_text="Its name or web domain.",
        error_messages={"invalid_choice": "No publisher at “%(value)s” is known."},
    )
    organisation = OrganisationFilter(
        label="Mentions organisation",
        queryset=public_organisations(),
        method="filter_organisation",
        error_messages={"invalid_choice": "No organisation called “%(value)s” is known."},
    )
    # Any place in the world: each place's page links here ("news that mentions it").
    jurisdiction = PlaceFilter(
        label="Mentions place",
        method="filter_jurisdiction",
        help_text="A state or country includes the places inside it.",
        error_messages={"invalid_choice": "No jurisdiction called “%(value)s” is known."},
    )
    cited = YesNoFilter(
        label="Cited by a published action",
        method="filter_cited",
        widget=forms.Select(choices=[("", "Either"), ("true", "Yes"), ("false", "Not yet")]),
    )

    class Meta:
        model = Article
        form = PythonWidgetsForm  # its widgets written in Python: the same HTML, sooner
        fields = []

    def filter_text(self, queryset, name, value):
        return queryset.matching(value)

    @property
    def searches(self):
        return self.is_bound and bool(self.form.cleaned_data.get("q"))

    def filter_queryset(self, queryset):
        # The search is bounded last, after every filter, so its newest matches are of them all.
        self.matches = super().filter_queryset(queryset)
        if not self.searches:
            return self.matches
        text = self.form.cleaned_data["q"]
        return search_list(queryset, self.matches, text, RANKED_MATCHES)

    def newest_matches(self, limit):
        """The ids of the newest `limit` articles the filters choose, a search's before it is
        bounded (kept by `filter_queryset`, which a list read once never called: `news_pages`)."""
        if not hasattr(self, "matches"):
            self.filter_queryset(self.queryset.all())
        return self.matches.newest_ids(limit)

    def filter_jurisdiction(self, queryset, name, jurisdiction):
        """The articles that mention `jurisdiction` or a place inside it. For a place in many
        articles (kept counted), the newest articles are read in order, each checked for a
        mention, until the page has enough; for one in few, its mentions' articles are read
        first and only they are sorted. The walk read every article for a place in few:
        California's 26 of 100,000 took 113 ms on SQLite, 326 ms on PostgreSQL (which, not
        knowing how few, walked as well, whether asked by EXISTS or IN), now 1-2 ms; the
        United States', 1,498, 5.3 ms walked, 9.2 sorted on SQLite. bench/web."""
        mentions = place_mention_list(jurisdiction)
        counted = kept_until_changed(
            self.request, "place-mentions", str(jurisdiction.pk), mentions.count
        )
        if not counted:
            return queryset.none()
        if counted >= MENTIONS_WALKED_FROM:
            checked = place_mentions(jurisdiction).filter(article=OuterRef("pk"))
            return queryset.filter(Exists(checked))
        articles = list(mentions.values_list("article_id", flat=True))
        return queryset.filter(AmongIds(F("pk"), articles))

    def filter_organisation(self, queryset, name, organisation):
        """The articles that mention `organisation`. For one in many (`walks_newest`, from its
        kept count of mentions), the newest articles are read in order, each checked for a
        mention, until the page has enough, rather than every mention read and sorted: the
        ACLU's news, 17,687 of 100,000 articles, took 50 ms in SQLite so."""
        walked = walks_articles_of(self.request, organisation, queryset.db)
        if walked:
            mentioned = organisation_mentions().filter(
                organisation=organisation, article=OuterRef("pk")
            )
            return queryset.filter(Exists(mentioned))
        return queryset.filter(organisations=organisation)

    def filter_cited(self, queryset, name, cited):
        published_citation = Citation.objects.published().filter(article=OuterRef("pk"))
        return queryset.filter(Exists(published_citation) if cited else ~Exists(published_citation))
