/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Offers speak the user's language (issue 13): an offer file's "name"
 * (French, or the only one) and "name_en" (its English twin), with the
 * offer's own numbers written from the offer ({fee.pct} → "7 %" in
 * French, with a narrow no-break space, "7%" in English). Every bundled
 * offer of data/offers has both, and the CLI prints them in the user's
 * language. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "ps-offer.h"
#include "ps-offer-name.h"
#include "ps-test-utils.h"

/* the bundled offers and their names as a reader of each language writes
 * them (French typography: a narrow no-break space before % and €) */
static const struct
{
  const char *file;
  const char *fr;
  const char *en;
} bundled[] = {
  { "percent-7.json", "7\u202f% du chiffre d’affaires", "7% of the revenue" },
  { "tiered-10-9-7.json", "Par tranches 10 / 9 / 7\u202f% du chiffre d’affaires mensuel",
    "Tiered 10 / 9 / 7% of the monthly revenue" },
  { "flat-99.json", "Forfait de 99\u202f€ par mois", "Flat 99\u202f€ a month" },
  { "percent-5-extras-150.json", "5\u202f% plus 150\u202f€ de frais annexes par mois",
    "5% plus 150\u202f€ of extras a month" },
  { "percent-3-advance.json", "3\u202f% avec le salaire avancé à 1\u202f% par mois",
    "3% with the salary advanced at 1% a month" },
};

static char *
offer_path (const char *file)
{
  return g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "offers", file, NULL);
}

static gboolean
load (const char *json,
      PsOffer    *offer,
      GError    **error)
{
  ps_offer_init (offer, NULL);
  return ps_offer_from_json (offer, json, strlen (json), error);
}

static void
test_expand (void)
{
  g_autoptr (GError) error = NULL;
  PsOffer o;

  /* English (the test's C.UTF-8 locale, no translation) */
  g_assert_true (load ("{\"format\": 1, \"name\": \"{fee.pct} du CA\", \"name_en\": \"{fee.pct} of revenue\","
                       " \"fee\": {\"model\": \"percent\", \"pct\": 6.5}}", &o, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (o.name, ==, "6.5% of revenue");
  /* a single name shows everywhere, its numbers too; braces that name no
   * key stay as they are */
  g_assert_true (load ("{\"format\": 1, \"name\": \"Offre {B} à {fee.pct}, plancher {fee.floor_monthly}\","
                       " \"fee\": {\"model\": \"percent\", \"pct\": 4, \"floor_monthly\": 150}}", &o, &error));
  g_assert_cmpstr (o.name, ==, "Offre {B} à 4%, plancher 150\u202f€");
  g_assert_true (load ("{\"format\": 1, \"name\": \"{advance.share_pct} avancé {advance.payment_delay_days} j\","
                       " \"advance\": {\"share_pct\": 80, \"cost_pct_per_month\": 0.75, \"payment_delay_days\": 45}}",
                       &o, &error));
  g_assert_cmpstr (o.name, ==, "80% avancé 45 j");
  /* a name without a placeholder is kept whole */
  g_assert_true (load ("{\"format\": 1, \"name\": \"Ma société {\"}", &o, &error));
  g_assert_cmpstr (o.name, ==, "Ma société {");

  /* a number the offer doesn't have: refused, naming the key, in either
   * language */
  g_assert_false (load ("{\"format\": 1, \"name\": \"{fee.flat_monthly}\", \"fee\": {\"model\": \"percent\", \"pct\": 5}}",
                        &o, &error));
  g_assert_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD);
  g_assert_nonnull (strstr (error->message, "name: {fee.flat_monthly}"));
  g_clear_error (&error);
  g_assert_false (load ("{\"format\": 1, \"name\": \"A\", \"name_en\": \"{fee.pct}\", \"fee\": {\"model\": \"flat\", \"flat_monthly\": 90}}",
                        &o, &error));
  g_assert_nonnull (strstr (error->message, "name_en: {fee.pct}"));
  g_clear_error (&error);
  /* an English name needs the French one */
  g_assert_false (load ("{\"format\": 1, \"name_en\": \"Flat\"}", &o, &error));
  g_assert_nonnull (strstr (error->message, "name_en"));
  g_clear_error (&error);
  g_assert_false (load ("{\"format\": 1, \"name\": \"A\", \"name_en\": 3}", &o, &error));
  g_assert_nonnull (strstr (error->message, "name_en"));
  g_clear_error (&error);
}

/* French: the messages' language picks the French name, the locale writes
 * the numbers. GLib decides once whether to translate, at its first
 * message: the French checks run in a process started in French. */
static void
french_checks (void)
{
  g_autoptr (GError) error = NULL;
  PsOffer o;

  g_assert_true (load ("{\"format\": 1, \"name\": \"{fee.pct} du CA\", \"name_en\": \"{fee.pct} of revenue\","
                       " \"fee\": {\"model\": \"percent\", \"pct\": 6.5}}", &o, &error));
  g_assert_cmpstr (o.name, ==, "6,5\u202f% du CA");
  g_assert_true (load ("{\"format\": 1, \"name\": \"Paliers {fee.bands}\", \"fee\": {\"model\": \"tiered\","
                       " \"bands\": [{\"upto\": 5000, \"pct\": 8.25}, {\"upto\": null, \"pct\": 6}]}}", &o, &error));
  g_assert_cmpstr (o.name, ==, "Paliers 8,25 / 6\u202f%");
  g_assert_false (load ("{\"format\": 1, \"name\": \"{fee.flat_monthly}\", \"fee\": {\"model\": \"percent\", \"pct\": 5}}",
                        &o, &error));
  g_assert_nonnull (strstr (error->message, "name\u202f: {fee.flat_monthly} désigne une valeur"));
  g_clear_error (&error);
  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    {
      g_autofree char *path = offer_path (bundled[i].file);

      ps_offer_init (&o, NULL);
      g_assert_true (ps_offer_load (&o, path, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (o.name, ==, bundled[i].fr);
    }
}

static void
test_french (void)
{
  if (g_test_subprocess ())
    {
      french_checks ();
      return;
    }
  if (!ps_test_require_french ())
    return;
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_trap_assert_passed ();
}

/* every bundled offer: both names, each in its language's typography,
 * in English here (French: test_french) */
static void
test_bundled (void)
{
  g_autofree char *dir_path = offer_path ("");
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *file;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((file = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = offer_path (file);
      g_autofree char *text = NULL;
      g_autoptr (cJSON) root = NULL;
      cJSON *fr, *en;
      gboolean listed = FALSE;

      if (!g_str_has_suffix (file, ".json"))
        continue;
      n++;
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      root = cJSON_Parse (text);
      g_assert_nonnull (root);
      fr = cJSON_GetObjectItemCaseSensitive (root, "name");
      en = cJSON_GetObjectItemCaseSensitive (root, "name_en");
      if (!cJSON_IsString (fr) || !cJSON_IsString (en))
        g_error ("%s: a bundled offer has its name in French (name) and in English (name_en)", file);
      if (g_str_equal (fr->valuestring, en->valuestring))
        g_error ("%s: name_en is the French name", file);
      /* the figures come from the offer: a digit or a sign in a name
       * would be written twice, and could differ */
      if (g_regex_match_simple ("[0-9%€]", fr->valuestring, 0, 0) || g_regex_match_simple ("[0-9%€]", en->valuestring, 0, 0))
        g_error ("%s: a figure written in the name, not from the offer ({fee.pct}, …)", file);
      if (strchr (fr->valuestring, '\'') != NULL || strchr (en->valuestring, '\'') != NULL)
        g_error ("%s: the typewriter apostrophe; write ’", file);
      for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
        listed |= g_str_equal (bundled[i].file, file);
      if (!listed)
        g_error ("%s: a bundled offer this test doesn’t know: add its names above", file);
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (bundled));

  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    {
      g_autofree char *path = offer_path (bundled[i].file);
      g_autoptr (GError) error = NULL;
      PsOffer o;

      ps_offer_init (&o, NULL);
      g_assert_true (ps_offer_load (&o, path, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (o.name, ==, bundled[i].en);
    }
}

/* portage-cli offers prints them in the user's language: the table, the
 * JSON and the CSV */
static void
test_cli (void)
{
  const char *locales[] = { "C.UTF-8", "fr_FR.UTF-8" };

  if (!ps_test_require_french ())
    return;
  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      gboolean french = l == 1;

      for (guint i = 0; i < G_N_ELEMENTS (bundled); i += 2)
        {
          g_autofree char *a = offer_path (bundled[i].file);
          g_autofree char *b = offer_path (bundled[(i + 1) % G_N_ELEMENTS (bundled)].file);
          const char *name_a = french ? bundled[i].fr : bundled[i].en;
          const char *name_b = french ? bundled[(i + 1) % G_N_ELEMENTS (bundled)].fr
                                      : bundled[(i + 1) % G_N_ELEMENTS (bundled)].en;
          g_auto (PsTestRun) table = { 0 }, json = { 0 };
          g_autoptr (cJSON) root = NULL;
          cJSON *offers;

          ps_test_run_cli (&table, locales[l], "offers", "--tjm", "550", "--days-per-year", "200",
                           "--offer", a, "--offer", b, NULL);
          g_assert_cmpint (table.status, ==, 0);
          if (strstr (table.out, name_a) == NULL || strstr (table.out, name_b) == NULL)
            g_error ("%s: “%s” and “%s” not in:\n%s", locales[l], name_a, name_b, table.out);
          ps_test_run_cli (&json, locales[l], "offers", "--tjm", "550", "--days-per-year", "200",
                           "--offer", a, "--offer", b, "--json", NULL);
          g_assert_cmpint (json.status, ==, 0);
          root = cJSON_Parse (json.out);
          offers = cJSON_GetObjectItemCaseSensitive (root, "offers");
          g_assert_cmpstr (cJSON_GetObjectItemCaseSensitive (cJSON_GetArrayItem (offers, 0), "name")->valuestring, ==, name_a);
          g_assert_cmpstr (cJSON_GetObjectItemCaseSensitive (cJSON_GetArrayItem (offers, 1), "name")->valuestring, ==, name_b);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PORTAGE_SIMULATOR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* the language test (ps_line_labels_french) reads the default domain */
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/offer-name/expand", test_expand);
  g_test_add_func ("/ps/offer-name/bundled", test_bundled);
  g_test_add_func ("/ps/offer-name/french", test_french);
  g_test_add_func ("/ps/offer-name/cli", test_cli);
  return g_test_run ();
}
