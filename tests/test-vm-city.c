/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The versement mobilité cities (ps-vm-city): each city's name is the
 * area its rate applies to in the rates files (the labels of
 * vm_<id>_pct, written from the transport authorities' decisions cited
 * in their "source"), in French; the values accepted, as a message
 * lists them, are the ids with their names and "none"; an unknown city
 * in an offer file or for portage-cli --vm-city names its key and lists
 * them, in English and in French. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ps-offer.h"
#include "ps-test-utils.h"
#include "ps-vm-city.h"

static gboolean
use_french (void)
{
  if (!ps_test_set_locale ("fr_FR.UTF-8"))
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale is not installed (see README: locale-gen)");
      return FALSE;
    }
  return TRUE;
}

/* every word of each French name is in the rates' label of its city */
static void
test_names_from_rates (void)
{
  for (int year = 2025; year <= 2026; year++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PsRates) rates = ps_rates_new_for_year (year, &error);
      g_autoptr (GPtrArray) list = NULL;

      g_assert_no_error (error);
      list = ps_rates_list (rates, PS_DATE (year, 6, 1));
      if (!use_french ())
        return;
      for (int k = 0; k < PS_N_VM_CITIES; k++)
        {
          g_autofree char *key = g_strdup_printf ("vm_%s_pct", ps_vm_city_id (k));
          const char *label = NULL;
          g_auto (GStrv) words = g_strsplit (ps_vm_city_name (k), " ", -1);

          for (guint i = 0; i < list->len; i++)
            if (g_str_equal (((PsRateInfo *) list->pdata[i])->key, key))
              label = ((PsRateInfo *) list->pdata[i])->label;
          g_assert_nonnull (label);
          for (int w = 0; words[w] != NULL; w++)
            if (g_utf8_strlen (words[w], -1) > 2)
              {
                if (strstr (label, words[w]) == NULL)
                  g_error ("%d, %s: “%s” is not in its label “%s”", year, key, words[w], label);
              }
        }
      ps_test_set_locale ("C.UTF-8");
    }
}

/* distinct names; the list of choices has each id and each name once */
static void
test_choices (void)
{
  g_autofree char *choices = ps_vm_city_choices ();

  for (int k = 0; k < PS_N_VM_CITIES; k++)
    {
      g_autofree char *item = g_strdup_printf ("“%s” (%s)", ps_vm_city_id (k), ps_vm_city_name (k));
      const char *at = strstr (choices, item);

      g_assert_nonnull (at);
      g_assert_null (strstr (at + 1, item));
      for (int j = 0; j < k; j++)
        g_assert_cmpstr (ps_vm_city_name (j), !=, ps_vm_city_name (k));
    }
  g_assert_true (g_str_has_suffix (choices, " or “none” (no versement mobilité)"));
  /* every id accepted in a file is listed, and no other */
  for (int k = 0; k <= PS_N_VM_CITIES; k++)
    {
      const char *id = k < PS_N_VM_CITIES ? ps_vm_city_id (k) : "none";

      g_assert_cmpint (ps_vm_city_from_id (id), ==, k);
    }
}

static void
assert_city_error (const char *locale,
                   const char *expected_start,
                   const char *expected_item)
{
  g_autofree char *dir = g_dir_make_tmp ("ps-vm-city-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "offer.json", NULL);
  PsTestRun r = { 0 };

  g_assert_true (g_file_set_contents (path, "{\"format\": 1, \"employer\": {\"vm_city\": \"toulouse\"}}", -1, NULL));
  ps_test_run_cli (&r, locale, "offers", "--tjm", "600", "--days-per-year", "200", "--offer", path, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "employer.vm_city"));
  g_assert_nonnull (strstr (r.err, expected_start));
  g_assert_nonnull (strstr (r.err, expected_item));
  ps_test_run_clear (&r);
  ps_test_run_cli (&r, locale, "compare", "--tjm", "600", "--days-per-year", "200", "--vm-city", "toulouse", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--vm-city"));
  g_assert_nonnull (strstr (r.err, expected_item));
  ps_test_run_clear (&r);
  g_unlink (path);
  g_rmdir (dir);
}

/* an unknown city: the key named, the values accepted listed */
static void
test_unknown_city (void)
{
  g_autoptr (GError) error = NULL;
  PsOffer o;
  const char *json = "{\"format\": 1, \"employer\": {\"vm_city\": \"toulouse\"}}";

  ps_offer_init (&o, "x");
  g_assert_false (ps_offer_from_json (&o, json, strlen (json), &error));
  g_assert_true (g_str_has_prefix (error->message, "employer.vm_city: “toulouse” is not a city of the rates; accepted values: “paris” (Paris and the inner suburbs), “lyon” (Greater Lyon), "));
  g_assert_true (g_str_has_suffix (error->message, ", “strasbourg” (Strasbourg) or “none” (no versement mobilité)"));
  assert_city_error ("C.UTF-8", "“toulouse” is not a city of the rates", "“lyon” (Greater Lyon)");
  assert_city_error ("fr_FR.UTF-8", "«\u202ftoulouse\u202f» n’est pas une ville des barèmes",
                     "«\u202flyon\u202f» (Métropole de Lyon)");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PORTAGE_SIMULATOR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/vm-city/names-from-rates", test_names_from_rates);
  g_test_add_func ("/ps/vm-city/choices", test_choices);
  g_test_add_func ("/ps/vm-city/unknown-city", test_unknown_city);
  return g_test_run ();
}
