import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

PASSWORD_FILE = settings.BASE_DIR / "var" / "demo-admin-password"


class Command(BaseCommand):
    help = "Create the demo superuser 'admin' once, with a random password kept in var/, and print how to sign in."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/", help="Where the admin is served.")

    def handle(self, *args, url, **options):
        User = get_user_model()
        user = User.objects.filter(username="admin").first()
        if user is None:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser("admin", "admin@example.org", password)
            PASSWORD_FILE.parent.mkdir(parents=True, exist_ok=True)
            PASSWORD_FILE.write_text(password + "\n")
            PASSWORD_FILE.chmod(0o600)
        elif PASSWORD_FILE.exists():
            password = PASSWORD_FILE.read_text().strip()
        else:
            self.stdout.write("Demo admin: user 'admin' exists (password set by you; not stored here).")
            return
        self.stdout.write(self.style.SUCCESS(f"Demo admin: {url}  user: admin  password: {password}"))
