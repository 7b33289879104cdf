/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-vm-city"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-vm-city.h"

const char *
ps_vm_city_name (PsVmCity city)
{
  /* the areas as the rates file's labels name them (vm_<id>_pct) */
  static const char *names[PS_N_VM_CITIES] = {
    [PS_VM_PARIS] = N_("Paris and the inner suburbs"),
    [PS_VM_LYON] = N_("Greater Lyon"),
    [PS_VM_MARSEILLE] = N_("Aix-Marseille"),
    [PS_VM_BORDEAUX] = N_("Bordeaux"),
    [PS_VM_LILLE] = N_("Lille"),
    [PS_VM_NICE] = N_("Nice"),
    [PS_VM_RENNES] = N_("Rennes"),
    [PS_VM_STRASBOURG] = N_("Strasbourg"),
  };

  g_return_val_if_fail (city < PS_N_VM_CITIES, NULL);
  return _(names[city]);
}

char *
ps_vm_city_choices (void)
{
  g_autoptr (GString) cities = g_string_new (NULL);
  g_autofree char *none = NULL;

  for (int k = 0; k < PS_N_VM_CITIES; k++)
    {
      if (k > 0)
        g_string_append (cities, ", ");
      /* Translators: a value accepted for the firm's city: its id (kept
       * as is), then the city's name: “lyon” (Lyon) */
      g_string_append_printf (cities, _("“%s” (%s)"), ps_vm_city_id (k), ps_vm_city_name (k));
    }
  none = g_strdup_printf (_("“%s” (%s)"), "none", _("no versement mobilité"));
  /* Translators: the values accepted for the firm's city, then the last
   * one ("none") */
  return g_strdup_printf (_("%s or %s"), cities->str, none);
}

/* "employer.vm_city: “toulouse” is not a city of the rates; accepted
 * values: “paris” (Paris and the inner suburbs), …" (@key: the key or
 * the field's name) */
void
ps_vm_city_set_error (GError    **error,
                      GQuark      domain,
                      int         code,
                      const char *key,
                      const char *given)
{
  g_autofree char *choices = ps_vm_city_choices ();
  g_autofree char *what = NULL;

  if (given != NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (given, -1);

      /* Translators: the value given for the firm's city, then the values
       * accepted ("“paris” (Paris and the inner suburbs), …") */
      what = g_strdup_printf (_("“%s” is not a city of the rates; accepted values: %s"), shown, choices);
    }
  else
    /* Translators: the values accepted for the firm's city */
    what = g_strdup_printf (_("a city’s id is expected; accepted values: %s"), choices);
  /* Translators: a key or a field, then what is wrong with it */
  g_set_error (error, domain, code, _("%s: %s"), key, what);
}
