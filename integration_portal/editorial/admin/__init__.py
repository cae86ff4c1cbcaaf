"""The editorial admin's building blocks; each content app's admin.py combines them for its models."""

from .base import TranslatedModelAdmin, TranslatorLimits, partial_date_column
from .history import ConflictCheckedInline
from .import_export import PortalImportExportMixin
from .preview import PreviewAdmin
from .publishing import PublishingAdmin

__all__ = [
    "ConflictCheckedInline",
    "PortalImportExportMixin",
    "PreviewAdmin",
    "PublishingAdmin",
    "TranslatedModelAdmin",
    "TranslatorLimits",
    "partial_date_column",
]
