"""Where an action belongs, from the places and organisations named around it.

In order: a company's own pledge belongs nowhere unless it is limited to one country; then the
places named as the actor ("Italy's data protection authority"), the place an acting body
belongs to ("the Portland City Council"), the places named after the cue ("bans police in
California"), a nationality ("Dutch", "British"), and last the text around the sentence. A
letter, a campaign or a ruling looks after its cue first: what it asks for, or rules on, is
where it belongs.
"""

import re
import weakref

from directory.chambers import FEDERAL_MEASURE
from directory.demonyms import DEMONYMS, nationality_country
from policies.models import ActionType

from . import cue_context as around
from .document_places import (
    COMPANY_KIND,
    a_coalition,
    addressed_members_home,
    measure_reported_before,
    national_capitals,
    national_home,
    sole_country,
    sole_of_kind,
    sole_regulators_home,
)
from .place_lists import a_seat_abroad, antecedents, first_named, most_specific
from .place_phrases import (
    FEDERAL_SUBJECT,
    GOVERNING_WORDS,
    GOVERNOR_AFTER_DATELINE,
    IN_COURT,
    JOINT_ACTORS,
    LANDMARK_BEFORE,
    LEADER_AFTER_DATELINE,
    LEGISLATORS_IN,
    PLACE_KIND_OWNS,
    POSSESSED_ANTECEDENT,
    PREDECESSOR_BEFORE,
    PREMISES,
    RULES_AFTER,
    SITE_IN,
    STATES_TOGETHER,
    VENUE_IN,
    VENUE_WINDOW,
)

T = ActionType
_CHOOSERS = weakref.WeakKeyDictionary()
_DEMONYM = re.compile(r"\b(" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")(?:s'?)?\b")
_NAME_GOES_ON = re.compile(r" (?-i:[A-Z])")
_MULTIPLE = re.compile(
    r"\bin (?:\w+ )?(?:several|many|multiple|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r" (?:\w+ )?(?:countries|member states|states|cities|jurisdictions)\b|"
    # "European regulators have fined it": a continent's bodies, unnamed, are of no one country.
    r"\b(?:European|Europe's) (?:\w+ )?(?:regulators|watchdogs|authorities|courts)\b",
    re.IGNORECASE,
)
_SCOPED = re.compile(r"\b(?:in|to (?:clients|customers|users|police) in|from)\s+(?:the\s+)?$")
_LOOKS_AFTER = {T.CAMPAIGN, T.LETTER, T.COURT_RULING}
_IN_COURT = {T.LAWSUIT, T.COURT_RULING}
_WEAK_HOME_KINDS = {"international"}
_IN = re.compile(r"\bin\s+$")
# "an opinion adopted at the request of France's regulator": the one who asked, not where the
# act belongs.
_REQUESTER = re.compile(r"\bat the (?:request|behest|invitation) of\s+(?:\S+\s+){0,2}$", re.I)
# (and a clause of what a party did: "set aside the finding that Acme broke the law when it
# ran cameras in its stores in Victoria" places the stores, not the decision)
_CAUSE = re.compile(r",\s+(?:after|because|since)\b|\s+when\s+(?:it|they)\s")
# "After more than a week of protests over the deaths of George Floyd in Minneapolis and Mike
# Ramos in Austin, the Austin City Council voted ...": an opening clause of what came before
# (after a dateline, if any) gives the cause, and its places are not where the act is.
_OPENING_CAUSE = re.compile(
    r"(?:[A-Z][\w .,'\u2019-]*?\s[\u2014\u2013-]+\s*)?(?:After|Following|Amid|In the wake of)\s"
    r"[^,;]*,\s"
)
_STATE_ADDRESSED = re.compile(
    r"\b(?:state (?:lawmakers|legislators|legislature|senators)|statewide)\b", re.IGNORECASE
)
# "Lawmakers passed a bill" under a Chicago dateline: the state's act (not "city lawmakers").
_LAWMAKERS_ACT = re.compile(r"(?<!city )\b(?:lawmakers|legislators)\b", re.IGNORECASE)
_GOVERNING_KINDS = {"government", "regulator", "court"}
_TREATY = re.compile(r"\b(?:convention|treaty)\b", re.IGNORECASE)


class PlaceChooser:
    def __init__(self, recogniser):
        # Weakly: `_CHOOSERS` keeps a chooser only while its recogniser lives, and a chooser
        # holding its recogniser would keep both for ever (the importer makes a recogniser for
        # each document: peak memory grew 152 -> 372 MB from 1,000 to 10,000 documents).
        self._recogniser = weakref.ref(recogniser)
        self._countries = {}

    @property
    def recogniser(self):
        return self._recogniser()

    @classmethod
    def for_recogniser(cls, recogniser):
        """One chooser per recogniser, so the countries it has looked up stay known; it goes
        when the recogniser does."""
        chooser = _CHOOSERS.get(recogniser)
        if chooser is None:
            chooser = _CHOOSERS[recogniser] = cls(recogniser)
        return chooser

    def country(self, name):
        """The country called `name` ("Netherlands" for "Dutch"), if the directory has it."""
        if name not in self._countries:
            found = [f.record for f in self.recogniser.places(name) if f.record.kind == "country"]
            self._countries[name] = found[0] if found else None
        return self._countries[name]

    def demonyms(self, text):
        """(position, place) for each nationality adjective the directory knows."""
        out = []
        for match in _DEMONYM.finditer(text):
            if _NAME_GOES_ON.match(text, match.end()):
                continue  # "British Columbians", "British Columbia": another name begins here
            place = self.country(nationality_country(match.group(1)))
            if place is not None:
                out.append((match.start(), place))
        return out

    def choose(self, action_type, text, start, end, clause, places, organisations, context):
        """[(place or None, how it was found)]: more than one for "X, Y and Z passed bans"."""
        # "The U.S. Court of Appeals said the plaintiffs, who sued under ...": what is named
        # before a relative clause of another antecedent is the speaker's, not the clause's.
        places, organisations = (
            [
                n
                for n in named
                if not (
                    n[1] <= start
                    and around.ANOTHER_ANTECEDENT.search(text, n[1], start)
                    and not POSSESSED_ANTECEDENT.match(text, n[1])
                )
            ]
            for named in (places, organisations)
        )
        places = [
            n for n in places
            if not VENUE_IN.search(text, max(0, n[0] - VENUE_WINDOW), n[0])
            and not PREDECESSOR_BEFORE.search(text, max(0, n[0] - 70), n[0])
            and not LANDMARK_BEFORE.search(text, max(0, n[0] - 60), n[0])
        ]  # fmt: skip
        actors = [r for s, _e, r in organisations if s < start]
        governing = [r for r in actors if r.kind in _GOVERNING_KINDS]
        companies_act = any(r.kind == COMPANY_KIND for r in actors)
        # "Germany's new government rules out ...": a government's pledge, named or not.
        governed = governing or GOVERNING_WORDS.search(text, clause[0], start)
        if action_type == T.CORPORATE_PLEDGE and (companies_act or not governed):
            if not organisations and not places:
                return [(None, "none")]  # "The company said ...": the one named before it
            scoped = self._scoped(text, end, places)
            site = next(
                (r for s, _e, r in places if s < start and SITE_IN.search(text, 0, s)), None
            )
            if scoped[0] is None and site is not None:
                return [(site, "sentence")]  # "the King's Cross estate in London ... stopped"
            if scoped[0] is None and PREMISES.search(text):
                country = sole_country(context.places)
                if country is not None:
                    return [(country, "company")]  # "at its stations": where they are
            home = national_home(actors)
            if scoped[0] is None and home is not None:
                return [(home, "company")]  # a national chain's pledge: "The Good Guys stopped"
            return [scoped]
        if action_type in (T.CAMPAIGN, T.LETTER, T.MORATORIUM) and not places and organisations:
            # A company's own letter, or a campaign or suspension aimed at a company.
            company_acts = any(r.kind == COMPANY_KIND for r in actors) and not governing
            only_companies = all(r.kind == COMPANY_KIND for _s, _e, r in organisations)
            if company_acts or (only_companies and not GOVERNING_WORDS.search(text[:start])):
                home = national_home(actors) if company_acts else None
                # "The Good Guys pauses its trial": a national chain's own halt is in its country.
                return [(home, "company")]
        if STATES_TOGETHER.search(text, 0, start) and places:
            country = self._country_above(places[-1][2])
            if country is not None:
                return [(country, "sentence")]  # one act of the country the states are in
        if action_type in _IN_COURT:
            ruling = action_type == T.COURT_RULING
            # "sued Clearview AI in Illinois state court": where the court is, not where the
            # plaintiffs are from ("several Chicago groups"), nor the "four states" the
            # complaint says its thefts were in: a suit is filed in one court.
            court = next(
                (r for s, e, r in places if s >= clause[0] and IN_COURT.match(text, e)), None
            )
            if court is not None and not (ruling and a_seat_abroad(court, places, start)):
                return [(court, "sentence")]
        if _MULTIPLE.search(text):
            return [(None, "multiple")]
        owner = PLACE_KIND_OWNS.search(text, clause[0], start)
        owner = owner and sole_of_kind(context.places, owner.group(1))
        if owner is not None:
            return [(owner, "sentence")]  # "the state's three-year pause": the state's
        if around.WORLDWIDE.search(text):
            return [(None, "global")]
        opening = _OPENING_CAUSE.match(text, clause[0]) or _OPENING_CAUSE.match(text)
        cause_end = opening.end() if opening and opening.end() <= start else 0
        before = most_specific(
            [
                self._seated(text, s, r)
                for s, e, r in places
                if max(clause[0], cause_end) <= s < start
                and not (
                    action_type == T.COURT_RULING
                    and r.kind == "city"
                    and RULES_AFTER.match(text, e)  # a court's seat, named for the court
                )
            ]
        )
        if not before:
            before = antecedents(text, start, places)  # "Oakland, which banned it"
        # (not in a clause that gives the cause: ", after records showed police in Orlando")
        cause = _CAUSE.search(text, end)
        limit = cause.start() if cause else len(text)
        after = [
            (s, e, self._seated(text, s, r))
            for s, e, r in places
            # (and one inside the cue: "signed the Tennessee Information Protection Act")
            if start < s < limit and not _REQUESTER.search(text, max(0, s - 60), s)
        ]
        after_first = first_named(after)
        homes = [
            r.place for s, _e, r in organisations
            if r.place is not None and r.place.kind not in _WEAK_HOME_KINDS
        ]  # fmt: skip
        actor_homes = [
            (s, r.place) for s, _e, r in organisations
            if s < start and r.place is not None and r.place.kind not in _WEAK_HOME_KINDS
        ]  # fmt: skip
        # ("The Met and South Wales Police now deploy them, and Essex Police began using them
        # this year": the body in the cue's own clause is the one that acted)
        actor_homes = [p for s, p in actor_homes if s >= clause[0]] or [p for _s, p in actor_homes]
        if a_coalition(text, [(s, e, r) for s, e, r in organisations if s < start]):
            actor_homes = homes = []
        if (
            actor_homes
            and before
            and all(any(place.pk in home.ancestors for home in actor_homes) for place in before)
        ):
            before = []  # "the Portland City Council in Oregon": the state only places the body
        demonym = sorted(self.demonyms(text), key=lambda item: abs(item[0] - start))
        if not before:
            # "The Irish government approved ...": a nationality in the subject places it.
            names = [(s, e) for s, e, _r in (*places, *organisations)]
            before = [
                place for s, place in demonym
                if clause[0] <= s < start and not any(a <= s < b for a, b in names)
            ][:1]  # fmt: skip
        earlier = most_specific(
            [self._seated(text, s, r) for s, _e, r in places if s < clause[0]][-2:]
        )[-1:]
        if nationwide := around.NATIONWIDE.search(text[:start]):  # "A national ban": no city's
            earlier = [self._country_above(p) or p for p in earlier]
        # "called on the Raleigh City Council to prohibit ...": the body a call is addressed
        # to places it, before where the campaigners are.
        addressed = [
            (s, r.place) for s, _e, r in organisations
            if start <= s <= end + 40 and r.kind == "government" and r.place is not None
            and r.place.kind not in _WEAK_HOME_KINDS
        ][:1]  # fmt: skip
        state_addressed = _STATE_ADDRESSED.search(text, end)
        if addressed and state_addressed and state_addressed.start() < addressed[0][0]:
            addressed = []
        addressed = [place for _s, place in addressed] or (
            addressed_members_home(text, end, context.organisations)
            if action_type in _LOOKS_AFTER
            else []
        )
        if (
            action_type in _LOOKS_AFTER
            and state_addressed
            and not addressed
            and any(home.kind == "state" for home in actor_homes)
        ):
            # "The ACLU of Massachusetts urged state lawmakers to follow Boston": the state's.
            return [(next(h for h in actor_homes if h.kind == "state"), "organisation")]
        if action_type in _LOOKS_AFTER:
            # "calls for a ban ... by British police forces": the nationality of what it asks
            # about, before where the campaigners are.
            named_after = [place for s, place in demonym if s >= end][:1]
            measure = measure_reported_before(text, start, context.previous, actor_homes)
            if not after_first and not named_after and not addressed and measure is not None:
                # "Consumer Reports said the law was too weak and urged lawmakers to ...": a
                # national group's call on the state law just reported is that state's.
                return [(measure, "sentence")]
            order = [after_first, named_after, addressed, before, actor_homes, homes, earlier]
        else:
            order = [before, actor_homes, after_first, homes, earlier]
            if action_type == T.ENFORCEMENT and not before and not actor_homes:
                # "Privacy Commissioner Carly Kind found that Bunnings breached privacy ... in
                # 63 of its stores in Victoria": the one regulator the text names decides where
                # its finding belongs, not where the breach took place.
                order.insert(1, sole_regulators_home(context.organisations))
        for index, candidates in enumerate(order):
            if candidates is actor_homes and candidates and action_type != T.ENFORCEMENT:
                # "The Met ... began using it in London": the place inside the body's own (not
                # where a regulator found the breach: "fined Dia for its stores in Madrid").
                inside = [
                    r for s, _e, r in places
                    if clause[0] <= s < clause[1] and candidates[0].pk in r.ancestors
                    and _IN.search(text[max(0, s - 4) : s])
                ]  # fmt: skip
                if inside:
                    return [(inside[0], "sentence")]
            if candidates:
                source = "organisation" if candidates in (actor_homes, homes) else "sentence"
                if index == 0 and candidates is before and len(candidates) > 1:
                    # ("commissioners of Canada, Quebec and Alberta": from the country they hold)
                    first = next(
                        s
                        for s, _e, r in places
                        if r in candidates or any(r.pk in c.ancestors for c in candidates)
                    )
                    joint = JOINT_ACTORS.search(text, clause[0], first)
                    shared = self._shared_by(candidates) if joint else None
                    if shared is not None:
                        return [(shared, "sentence")]  # "commissioners in Alberta, B.C. and ..."
                    if _TREATY.search(text, start, end):
                        # "Japan and Canada signed the Framework Convention": states joining
                        # one treaty together make one act, not one each.
                        return [(candidates[0], "sentence")]
                    return [(place, "sentence") for place in candidates]
                return [(candidates[0], source)]
        if demonym and not FEDERAL_SUBJECT.match(text, clause[0]):
            return [(demonym[0][1], "demonym")]
        place = context.fallback()
        if place is not None and nationwide:
            place = self._country_above(place) or place
        elif place is not None and _LAWMAKERS_ACT.search(text, clause[0], start):
            above = self._above(place) if place.kind == "city" and place.ancestors else None
            place = above if above is not None and above.kind == "state" else place
        if place is None and FEDERAL_MEASURE.search(text, end):
            place = self.country("United States")  # a text of no place: the tracker's home
        return [(place, "context" if place is not None else "none")]

    def _seated(self, text, start, place):
        """The place a legislature named by the city it sits in belongs to (and a governor's
        act under the capital's dateline), else `place`."""
        if place.kind != "city" or not place.ancestors:
            return place
        if LEADER_AFTER_DATELINE.match(text, start):
            return self._country_above(place) or place  # "NAIROBI — President ... signed"
        if GOVERNOR_AFTER_DATELINE.match(text, start):
            above = self._above(place)
            return above if above is not None and above.kind == "state" else place
        if not LEGISLATORS_IN.search(text[max(0, start - 40) : start]):
            return place
        if any((place.name, country) in national_capitals() for country in place.parents):
            return self._country_above(place) or place  # "parliament in Vienna": Austria's
        above = self._above(place)
        if above is None or above.kind == "country":
            return place  # "lawmakers in Tianjin": a city that is its own region makes its laws
        return above  # "lawmakers in Sacramento": California's

    def _country_above(self, place):
        for name, pk in zip(place.parents, place.ancestors, strict=False):  # past a region
            found = [f.record for f in self.recogniser.places(name) if f.record.pk == pk]
            if found and found[0].kind == "country":  # not known by its name alone ("Apulia")
                return found[0]
        return place if place.kind == "country" else None

    def _shared_by(self, places):
        """The smallest place that holds all of `places`, if the directory says which."""
        above = places[0]
        while above is not None and above.ancestors:
            above = self._above(above)
            if above is not None and all(above.pk in p.ancestors for p in places):
                return above
        return None

    def _above(self, place):
        key = ("above", place.pk)
        if key not in self._countries:
            found = self.recogniser.places(place.parents[0])
            self._countries[key] = next(
                (f.record for f in found if f.record.pk == place.ancestors[0]), None
            )
        return self._countries[key]

    def _scoped(self, text, end, places):
        """A company's action limited to one country or state ("stopped offering its services
        in Canada", "would cancel the accounts of all entities in Illinois") belongs to it;
        otherwise it is company-wide."""
        for s, _e, record in places:
            # ("for new users in the European Union": a company's action limited to the EU)
            if (
                s >= end
                and record.kind in ("country", "state", "supranational")
                and _SCOPED.search(text[end:s])
            ):
                return (record, "sentence")
        return (None, "company")
