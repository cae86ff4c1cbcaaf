from django.contrib.staticfiles.storage import StaticFilesStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    """Compressed, content-hashed static files (WhiteNoise) once collectstatic has written its manifest.

    Before that (tests, development), names are the plain files, served by the staticfiles finders.
    """

    def url(self, name, force=False):
        if not self.hashed_files:
            return StaticFilesStorage.url(self, name)
        return super().url(name, force)
