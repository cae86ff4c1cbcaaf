"""Groups for the people who keep the portal: Analysts write, Editors also delete and publish."""

from django.db import migrations

CONTENT_MODELS = {
    "blocs": ["bloc", "country", "membership", "event"],
    "articles": ["article", "topic", "author", "footnote"],
}
# Rows analysts edit inline or add by the dozen; whole blocs, countries and articles are the editors' to delete.
ANALYST_MAY_DELETE = {"membership", "event", "footnote"}


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permissions(actions_for):
        wanted = []
        for app_label, models in CONTENT_MODELS.items():
            for model in models:
                for action in actions_for(model):
                    wanted.append(f"{action}_{model}")
        return Permission.objects.filter(
            content_type__app_label__in=CONTENT_MODELS.keys(), codename__in=wanted
        )

    analyst, _ = Group.objects.get_or_create(name="Analyst")
    analyst.permissions.set(
        permissions(lambda model: ["view", "add", "change", *(["delete"] if model in ANALYST_MAY_DELETE else [])])
    )
    editor, _ = Group.objects.get_or_create(name="Editor")
    editor.permissions.set(permissions(lambda model: ["view", "add", "change", "delete"]))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Analyst", "Editor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("blocs", "0002_membership_no_overlap_trigger"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_groups, remove_groups)]
