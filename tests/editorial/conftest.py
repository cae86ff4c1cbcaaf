import pytest
from django.contrib.auth.models import Group
from django.test import Client


@pytest.fixture
def sign_in(django_user_model):
    """A client signed in as a new person with the given role."""

    def sign_in(username, role):
        user = django_user_model.objects.create_user(username, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        client = Client()
        client.cookies["django_language"] = "en"
        client.force_login(user)
        return client

    return sign_in
