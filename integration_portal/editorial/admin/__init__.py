"""The editorial admin's building blocks; each content app's admin.py combines them for its models."""

from .base import TranslatedModelAdmin, TranslatorLimits, partial_date_column
from .calendar import BuddhistEraDates
from .history import ConflictCheckedInline
from .import_export import PortalImportExportMixin
from .inlines import RowsInOneQuery
from .preview import PreviewAdmin
from .publishing import PublishingAdmin

__all__ = [
    "BuddhistEraDates",
    "ConflictCheckedInline",
    "PortalImportExportMixin",
    "PreviewAdmin",
    "PublishingAdmin",
    "RowsInOneQuery",
    "TranslatedModelAdmin",
    "TranslatorLimits",
    "partial_date_column",
]
