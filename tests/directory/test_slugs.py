"""Slugs for many places at once: readable, unique, and the same on every load."""

from directory.slugs import SlugRequest, plan_slugs


def request(ident, name, kind="city", *ancestors):
    return SlugRequest(ident, name, kind, tuple(ancestors))


def test_a_name_only_one_place_has_is_its_slug():
    assert plan_slugs([request("a", "Somerville", "city", "Massachusetts")]) == {"a": "somerville"}


def test_places_of_one_name_and_kind_are_told_apart_by_their_parents():
    slugs = plan_slugs(
        [
            request("me", "Portland", "city", "Maine", "United States"),
            request("or", "Portland", "city", "Oregon", "United States"),
        ]
    )
    assert slugs == {"me": "portland-maine", "or": "portland-oregon"}


def test_the_place_of_the_highest_kind_keeps_the_bare_name():
    slugs = plan_slugs(
        [
            request("country", "Georgia", "country"),
            request("state", "Georgia", "state", "United States"),
            request("city", "Georgia", "city", "Vermont", "United States"),
        ]
    )
    assert slugs == {
        "country": "georgia",
        "state": "georgia-united-states",
        "city": "georgia-vermont",
    }


def test_parents_are_added_until_the_slugs_differ():
    slugs = plan_slugs(
        [
            request("a", "Washington", "city", "Adams County", "Ohio"),
            request("b", "Washington", "city", "Brown County", "Ohio"),
            request("c", "Washington", "city", "Ohio"),
        ]
    )
    assert slugs == {
        "a": "washington-adams-county",
        "b": "washington-brown-county",
        "c": "washington-ohio",
    }


def test_twins_with_the_same_parents_are_numbered_in_a_stable_order():
    twins = [request(i, "Township 6", "city", "Some County") for i in ("b", "a")]
    assert plan_slugs(twins) == {"a": "township-6-some-county-2", "b": "township-6-some-county-3"}


def test_a_slug_already_taken_is_never_given_again():
    slugs = plan_slugs([request("ks", "Minneapolis", "city", "Kansas")], taken={"minneapolis"})
    assert slugs == {"ks": "minneapolis-kansas"}
