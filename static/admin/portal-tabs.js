"use strict";
// modeltranslation opens every field's language tabs at the admin's language but leaves its main ES/TH/EN switch
// on the first language: set the switch to the tab that is open. Runs after modeltranslation's own ready handler.
(window.jQuery || window.django.jQuery)(function ($) {
  const open = $(".ui-tabs").first();
  const active = open.length ? open.tabs("option", "active") : null;
  if (active !== null && active !== false) {
    $("#modeltranslation-main-switch").val(String(active));
  }
});
