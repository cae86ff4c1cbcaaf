"""Every management command can be loaded: a module moved from under a command breaks only the command, which no
other test may run (make benchmark, make perf)."""

import pytest
from django.core.management import get_commands, load_command_class


@pytest.mark.parametrize(("name", "app"), sorted(get_commands().items()))
def test_the_command_loads(name, app):
    command = load_command_class(app, name)
    assert command.help or app.startswith("django")
