"""Events get the articles' publication workflow; bodies become rich text; roles cover images and events.

Events that already exist were public, so they stay published. Plain-text bodies become HTML
paragraphs, the form the rich-text editor reads and writes.
"""

from django.db import migrations
from django.utils import timezone


def plain_to_html(text):
    from integration_portal.core.rich_text import sanitize_html

    return sanitize_html(text)


def forwards(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Event = apps.get_model("blocs", "Event")
    Event.objects.update(status="published", published_at=timezone.now())
    for model in (Event, apps.get_model("articles", "Article")):
        for row in model.objects.all():
            for column in ("body", "body_es", "body_th", "body_en"):
                setattr(row, column, plain_to_html(getattr(row, column)))
            row.save(update_fields=["body", "body_es", "body_th", "body_en"])

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def image_permissions(*actions):
        return Permission.objects.filter(
            content_type__app_label="articles", codename__in=[f"{action}_articleimage" for action in actions]
        )

    for name in ("Analyst", "Editor"):
        Group.objects.get_or_create(name=name)[0].permissions.add(*image_permissions("view", "add", "change", "delete"))
    Group.objects.get_or_create(name="Translator")[0].permissions.add(*image_permissions("view", "change"))
    publish_event = Permission.objects.get(content_type__app_label="blocs", codename="publish_event")
    Group.objects.get_or_create(name="Editor")[0].permissions.add(publish_event)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_images_translation_stamps"),
        ("blocs", "0004_event_publication_translation_stamps"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
