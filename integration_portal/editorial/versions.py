"""Which rows keep a history (django-reversion).

Each content app calls ``keep_history`` from its ready(): after modeltranslation has added each
language's column (so every version holds every language) and before the admin's autodiscovery, whose
VersionAdmin would otherwise register the models itself, without these options.
"""

import reversion
from django.db import models


def keep_history(*model_classes: type[models.Model], follow: tuple[str, ...] = ()) -> None:
    """Versions for these models; ``follow`` names relations whose rows belong to each version."""
    for model in model_classes:
        if not reversion.is_registered(model):
            reversion.register(model, follow=follow)
