"""full_clean() asks every check constraint of an object in one query, with Django's own messages and codes."""

import datetime

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models

from blocs.models import Event, Membership
from tests.factories import BlocFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def errors(obj, exclude=None, *, djangos_way=False) -> dict:
    try:
        if djangos_way:  # one query per constraint: the answer to match
            models.Model.validate_constraints(obj, exclude=exclude)
        else:
            obj.validate_constraints(exclude=exclude)
    except ValidationError as error:
        return {field: sorted(message for message in messages) for field, messages in error.message_dict.items()}
    return {}


def test_a_valid_event_passes_in_one_query(django_assert_num_queries):
    event = EventFactory.build(date=datetime.date(1991, 3, 26))
    # The six checks in one query, then the conditional unique demo key, each inside a savepoint: Django's way
    # asks the checks one by one, 21 queries in all.
    with django_assert_num_queries(6):
        assert errors(event) == {}


@pytest.mark.parametrize(
    "changes",
    [
        {"end_date": datetime.date(1991, 3, 25)},  # ends before it starts
        {"date": datetime.date(1700, 1, 1)},  # before the years the portal records
        {"date": datetime.date(1991, 3, 26), "date_precision": "fortnight"},
        {"end_date": datetime.date(2300, 1, 1), "end_date_precision": "week"},  # two checks at once
    ],
)
def test_an_event_breaking_checks_gets_the_messages_django_gives(changes):
    event = EventFactory.build(date=datetime.date(1991, 3, 26))
    for name, value in changes.items():
        setattr(event, name, value)
    found = errors(event)
    assert found and set(found) == {NON_FIELD_ERRORS}
    assert found == errors(event, djangos_way=True)


def test_the_rules_each_message_states():
    event = EventFactory.build(date=datetime.date(1991, 3, 26), end_date=datetime.date(1700, 1, 1))
    messages = errors(event)[NON_FIELD_ERRORS]
    assert "The date is outside the years the portal records." in messages
    assert len(messages) == 2  # outside the years, and before its start


def test_a_check_on_an_excluded_field_is_not_asked_as_in_django():
    membership = Membership(start=datetime.date(1991, 3, 26), end=datetime.date(1990, 1, 1), end_precision="day")
    assert errors(membership, exclude={"end"}) == errors(membership, exclude={"end"}, djangos_way=True) == {}
    assert errors(membership) == errors(membership, djangos_way=True) != {}


def test_a_bloc_cannot_be_its_own_predecessor_and_unique_constraints_still_count():
    bloc = BlocFactory()
    bloc.predecessor = bloc
    expected = {NON_FIELD_ERRORS: ["A bloc cannot be its own predecessor."]}
    assert errors(bloc) == errors(bloc, djangos_way=True) == expected
    twin = Event(date=datetime.date(1991, 3, 26), demo_key=Event.objects.exclude(demo_key="").first().demo_key)
    assert errors(twin) == errors(twin, djangos_way=True) and errors(twin)
