"""What the admin mixins are mixed into, for the type checker only (at run time they are plain classes)."""

from typing import TYPE_CHECKING

from django.contrib import admin

if TYPE_CHECKING:
    ModelAdminMixin = admin.ModelAdmin
    InlineAdminMixin = admin.options.InlineModelAdmin
else:
    ModelAdminMixin = InlineAdminMixin = object
