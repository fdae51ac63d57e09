"""Related items are read against their own publication date, and repeats are one event."""

from .reading_helpers import CALIFORNIA, PORTLAND, feed, iso, item, read


def test_a_related_item_is_dated_by_its_own_publication_date():
    document = feed(
        "Portland bans facial recognition",
        "The Portland City Council voted on Monday night to ban it.",
        published="2020-08-05",
        related=[
            item(
                "California governor signs ban on face recognition in body cameras",
                "The governor of California on Tuesday signed a bill that bars police from "
                "using it with body cameras.",
                published="2019-10-09",
            )
        ],
    )
    main, other = read(document)
    assert (main.related_index, main.jurisdiction_id, iso(main)) == (
        None,
        PORTLAND.pk,
        "2020-08-03",
    )
    assert (other.related_index, other.jurisdiction_id, iso(other)) == (
        0,
        CALIFORNIA.pk,
        "2019-10-08",
    )


def test_a_related_item_that_repeats_the_main_event_is_not_suggested_again():
    document = feed(
        "Portland bans facial recognition",
        "The Portland City Council voted on Monday night to ban it.",
        published="2020-08-05T02:00",
        related=[
            item(
                "Portland council bans face surveillance",
                "The council approved the ban at its Monday night meeting.",
                published="2020-08-04",
            )
        ],
    )
    (proposal,) = read(document)
    assert (proposal.related_index, iso(proposal)) == (None, "2020-08-03")
