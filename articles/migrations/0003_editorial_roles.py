"""Editors publish (a permission of its own); Translators view and change existing content, and add or delete nothing."""

from django.db import migrations

CONTENT_MODELS = {
    "blocs": ["bloc", "country", "membership", "event"],
    "articles": ["article", "topic", "author", "footnote"],
}


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    publish = Permission.objects.get(content_type__app_label="articles", codename="publish_article")
    Group.objects.get_or_create(name="Editor")[0].permissions.add(publish)
    translator, _ = Group.objects.get_or_create(name="Translator")
    translator.permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=CONTENT_MODELS.keys(),
            codename__in=[f"{action}_{model}" for models in CONTENT_MODELS.values() for model in models for action in ("view", "change")],
        )
    )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Translator").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_editorial_groups"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="article",
            options={
                "ordering": ["-published_at", "-pk"],
                "permissions": [("publish_article", "Can publish, schedule and unpublish articles")],
                "verbose_name": "article",
                "verbose_name_plural": "articles",
            },
        ),
        migrations.RunPython(create_roles, remove_roles),
    ]
