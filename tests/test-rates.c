/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cJSON.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ps-error.h"
#include "ps-json.h"
#include "ps-rates.h"
#include "ps-test-utils.h"

static cJSON *
load_source_json (int year)
{
  g_autofree char *name = g_strdup_printf ("%d.json", year);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "rates", name, NULL);
  g_autofree char *contents = NULL;
  cJSON *root;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  root = cJSON_Parse (contents);
  g_assert_nonnull (root);
  return root;
}

static PsRates *
load_json (cJSON   *root,
           GError **error)
{
  g_autofree char *text = cJSON_PrintUnformatted (root);
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));

  return ps_rates_new_from_bytes (bytes, "test.json", error);
}

static void
test_embedded (void)
{
  for (int year = 2025; year <= 2026; year++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PsRates) rates = ps_rates_new_for_year (year, &error);
      const PsParams *p;

      g_assert_no_error (error);
      g_assert_cmpint (ps_rates_get_year (rates), ==, year);
      p = ps_rates_resolve (rates, PS_DATE (year, 3, 15), &error);
      g_assert_no_error (error);
      g_assert_cmpint (p->n_contributions, >=, 25);
      g_assert_cmpint (p->n_ir_brackets, ==, 5);
      g_assert_cmpint (p->n_pas_grid, ==, 20);
      g_assert_cmpfloat (p->pss_monthly * 12, ==, p->pss_annual);
    }
}

static void
test_dated_values (void)
{
  /* SMIC: 12.02 € on 1 January 2026, 12.31 € from 1 June 2026 */
  g_assert_cmpfloat (ps_test_params ("2026-05-31")->smic_hourly, ==, 12.02);
  g_assert_cmpfloat (ps_test_params ("2026-06-01")->smic_hourly, ==, 12.31);
  /* PAS grid: the 2024 grid until 30 April 2025, the new one from 1 May */
  g_assert_cmpfloat (ps_test_params ("2025-04-30")->pas_grid[0].upper, ==, 1591);
  g_assert_cmpfloat (ps_test_params ("2025-05-01")->pas_grid[0].upper, ==, 1620);
  g_assert_cmpfloat (ps_test_params ("2026-01-01")->pas_grid[0].upper, ==, 1635);
  /* PMSS */
  g_assert_cmpfloat (ps_test_params ("2025-01-01")->pss_monthly, ==, 3925);
  g_assert_cmpfloat (ps_test_params ("2026-12-31")->pss_monthly, ==, 4005);
}

static double
contribution_rate (const PsParams *p,
                   const char     *id,
                   gboolean        employer)
{
  for (int i = 0; i < p->n_contributions; i++)
    if (g_str_equal (p->contributions[i].id, id))
      return employer ? p->contributions[i].employer_rate : p->contributions[i].employee_rate;
  g_assert_not_reached ();
  return 0;
}

static void
test_contribution_dates (void)
{
  /* unemployment insurance: 4.05 % until April 2025, 4.00 % from May */
  g_assert_cmpfloat_with_epsilon (contribution_rate (ps_test_params ("2025-04-30"), "chomage", TRUE), 0.0405, 1e-12);
  g_assert_cmpfloat_with_epsilon (contribution_rate (ps_test_params ("2025-05-01"), "chomage", TRUE), 0.0400, 1e-12);
  /* vieillesse déplafonnée employer: 2.02 % in 2025, 2.11 % in 2026 */
  g_assert_cmpfloat_with_epsilon (contribution_rate (ps_test_params ("2025-07-01"), "vieillesse_deplafonnee", TRUE), 0.0202, 1e-12);
  g_assert_cmpfloat_with_epsilon (contribution_rate (ps_test_params ("2026-07-01"), "vieillesse_deplafonnee", TRUE), 0.0211, 1e-12);
  g_assert_cmpfloat_with_epsilon (contribution_rate (ps_test_params ("2026-07-01"), "csg_deductible", FALSE), 0.068, 1e-12);
  /* the reduction: réduction générale in 2025, RGDU in 2026 */
  g_assert_cmpint (ps_test_params ("2025-07-01")->reduction_kind, ==, 1);
  g_assert_cmpint (ps_test_params ("2026-07-01")->reduction_kind, ==, 2);
}

static void
test_outside (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = ps_rates_new_for_year (2026, &error);
  g_autoptr (PsRates) none = NULL;

  g_assert_no_error (error);
  g_assert_null (ps_rates_resolve (rates, PS_DATE (2025, 12, 31), &error));
  g_assert_error (error, PS_RATES_ERROR, PS_RATES_ERROR_DATE);
  g_clear_error (&error);
  none = ps_rates_new_for_year (2031, &error);
  g_assert_null (none);
  g_assert_error (error, PS_RATES_ERROR, PS_RATES_ERROR_NOT_FOUND);
}

typedef void (*Mutate) (cJSON *root);

static void mut_not_object (cJSON *root) { cJSON_DeleteItemFromObject (root, "params"); cJSON_AddStringToObject (root, "params", "x"); }
static void mut_missing_pss (cJSON *root) { cJSON_DeleteItemFromObject (cJSON_GetObjectItem (root, "params"), "pss_monthly"); }
static void mut_string_value (cJSON *root)
{
  cJSON *pss = cJSON_GetObjectItem (cJSON_GetObjectItem (root, "params"), "pss_monthly");
  cJSON_ReplaceItemInObject (pss, "value", cJSON_CreateString ("4005"));
}
static void mut_out_of_range (cJSON *root)
{
  cJSON *pss = cJSON_GetObjectItem (cJSON_GetObjectItem (root, "params"), "pss_monthly");
  cJSON_ReplaceItemInObject (pss, "value", cJSON_CreateNumber (-1));
}
static void mut_dates_order (cJSON *root)
{
  cJSON *smic = cJSON_GetObjectItem (cJSON_GetObjectItem (root, "params"), "smic_hourly");
  cJSON *values = cJSON_GetObjectItem (smic, "values");
  cJSON_ReplaceItemInObject (cJSON_GetArrayItem (values, 1), "from", cJSON_CreateString ("2025-06-01"));
}
static void mut_no_source (cJSON *root)
{
  cJSON_DeleteItemFromObject (cJSON_GetObjectItem (cJSON_GetObjectItem (root, "params"), "smic_hourly"), "source");
}
static void mut_bad_rate (cJSON *root)
{
  cJSON *c = cJSON_GetArrayItem (cJSON_GetObjectItem (root, "contributions"), 0);
  cJSON_ReplaceItemInObject (c, "employer", cJSON_CreateNumber (130));
}
static void mut_bad_base (cJSON *root)
{
  cJSON *c = cJSON_GetArrayItem (cJSON_GetObjectItem (root, "contributions"), 0);
  cJSON_ReplaceItemInObject (c, "base", cJSON_CreateString ("everything"));
}
static void mut_format (cJSON *root) { cJSON_ReplaceItemInObject (root, "format", cJSON_CreateNumber (2)); }
static void mut_bracket (cJSON *root)
{
  cJSON *ir = cJSON_GetObjectItem (cJSON_GetObjectItem (root, "params"), "ir_brackets");
  cJSON *row = cJSON_GetArrayItem (cJSON_GetObjectItem (ir, "value"), 2);
  cJSON_ReplaceItemInObject (row, "upto", cJSON_CreateNumber (10));
}

static void
test_invalid (void)
{
  static const struct { Mutate mutate; int code; const char *key; } cases[] = {
    { mut_not_object, PS_RATES_ERROR_MISSING_KEY, "params" },
    { mut_missing_pss, PS_RATES_ERROR_MISSING_KEY, "pss_monthly" },
    { mut_string_value, PS_RATES_ERROR_BAD_VALUE, "pss_monthly" },
    { mut_out_of_range, PS_RATES_ERROR_BAD_VALUE, "pss_monthly" },
    { mut_dates_order, PS_RATES_ERROR_DATE, "smic_hourly" },
    { mut_no_source, PS_RATES_ERROR_MISSING_KEY, "smic_hourly" },
    { mut_bad_rate, PS_RATES_ERROR_BAD_VALUE, "contributions.maladie.employer" },
    { mut_bad_base, PS_RATES_ERROR_BAD_VALUE, "contributions.maladie" },
    { mut_format, PS_RATES_ERROR_BAD_VALUE, "format" },
    { mut_bracket, PS_RATES_ERROR_BAD_VALUE, "ir_brackets" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (cJSON) root = load_source_json (2026);
      g_autoptr (GError) error = NULL;
      g_autoptr (PsRates) rates = NULL;

      cases[i].mutate (root);
      rates = load_json (root, &error);
      g_assert_null (rates);
      g_assert_error (error, PS_RATES_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].key));
    }
}

static void
test_not_json (void)
{
  static const char *texts[] = { "", "{", "[1,2]", "null", "{\"format\": 1", "\xff\xfe" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr (GError) error = NULL;
      g_autoptr (PsRates) rates = ps_rates_new_from_bytes (bytes, "bad.json", &error);

      g_assert_null (rates);
      g_assert_error (error, PS_RATES_ERROR, PS_RATES_ERROR_PARSE);
    }
}

/* Issue 15's rows: each was accepted before, and crashed the listing
 * (the first two) or was silently misread. */
static void mut_param_no_source (cJSON *root)
{
  cJSON *zz = cJSON_CreateObject ();
  cJSON_AddStringToObject (zz, "from", "2026-01-01");
  cJSON_AddNumberToObject (zz, "value", 1);
  cJSON_AddItemToObject (cJSON_GetObjectItem (root, "params"), "zz", zz);
}
static void mut_param_unknown (cJSON *root)
{
  cJSON *zz = cJSON_CreateObject ();
  cJSON_AddStringToObject (zz, "from", "2026-01-01");
  cJSON_AddNumberToObject (zz, "value", 1);
  cJSON_AddStringToObject (zz, "source", "nowhere");
  cJSON_AddItemToObject (cJSON_GetObjectItem (root, "params"), "zz", zz);
}
static void
set_dated_employer (cJSON *root,
                    cJSON *value)
{
  cJSON *c = cJSON_GetArrayItem (cJSON_GetObjectItem (root, "contributions"), 0);
  cJSON *dated = cJSON_CreateObject ();

  cJSON_AddStringToObject (dated, "from", "2026-01-01");
  cJSON_AddItemToObject (dated, "value", value);
  cJSON_ReplaceItemInObject (c, "employer", dated);
}
static void mut_dated_150 (cJSON *root) { set_dated_employer (root, cJSON_CreateNumber (150)); }
static void mut_dated_negative (cJSON *root) { set_dated_employer (root, cJSON_CreateNumber (-40)); }
static void mut_dated_text (cJSON *root) { set_dated_employer (root, cJSON_CreateString ("abc")); }
static void mut_duplicate_id (cJSON *root)
{
  cJSON *list = cJSON_GetObjectItem (root, "contributions");
  cJSON_AddItemToArray (list, cJSON_Duplicate (cJSON_GetArrayItem (list, 0), TRUE));
}
static void mut_format_fraction (cJSON *root) { cJSON_ReplaceItemInObject (root, "format", cJSON_CreateNumber (1.9)); }
static void mut_until_garbage (cJSON *root) { cJSON_ReplaceItemInObject (root, "until", cJSON_CreateString ("garbage")); }
static void mut_top_unknown (cJSON *root) { cJSON_AddNumberToObject (root, "formatt", 1); }
static void mut_contribution_unknown (cJSON *root)
{
  cJSON_AddNumberToObject (cJSON_GetArrayItem (cJSON_GetObjectItem (root, "contributions"), 0), "employee_pct", 1);
}
static void mut_param_field_unknown (cJSON *root)
{
  cJSON_AddStringToObject (cJSON_GetObjectItem (cJSON_GetObjectItem (root, "params"), "pss_monthly"), "sourse", "x");
}
static void mut_when_unknown (cJSON *root)
{
  cJSON *list = cJSON_GetObjectItem (root, "contributions"), *c;

  cJSON_ArrayForEach (c, list)
    if (cJSON_GetObjectItem (c, "when") != NULL)
      {
        cJSON_AddTrueToObject (cJSON_GetObjectItem (c, "when"), "cadres");
        return;
      }
}
/* the review's: dated after the file's period, a year not the file's */
static void mut_contribution_after (cJSON *root)
{
  cJSON_ReplaceItemInObject (cJSON_GetArrayItem (cJSON_GetObjectItem (root, "contributions"), 0), "from",
                             cJSON_CreateString ("2027-01-01"));
}
static void mut_param_value_after (cJSON *root)
{
  cJSON *smic = cJSON_GetObjectItem (cJSON_GetObjectItem (root, "params"), "smic_hourly");
  cJSON_ReplaceItemInObject (cJSON_GetArrayItem (cJSON_GetObjectItem (smic, "values"), 1), "from",
                             cJSON_CreateString ("2027-07-01"));
}
static void mut_year (cJSON *root) { cJSON_ReplaceItemInObject (root, "year", cJSON_CreateNumber (2030)); }
static void mut_invalid_utf8 (cJSON *root)
{
  cJSON_ReplaceItemInObject (cJSON_GetObjectItem (cJSON_GetObjectItem (root, "params"), "pss_monthly"), "source",
                             cJSON_CreateString ("Arr\xff\xfet\xc3"));
}
static void mut_label_en_number (cJSON *root)
{
  cJSON *p = cJSON_GetObjectItem (cJSON_GetObjectItem (root, "params"), "pss_monthly");

  cJSON_ReplaceItemInObject (p, "label_en", cJSON_CreateNumber (1));
}
static void mut_signed_date (cJSON *root) { cJSON_ReplaceItemInObject (root, "effective", cJSON_CreateString ("2026-+1-+1")); }

static void
test_hostile (void)
{
  static const struct { Mutate mutate; int code; const char *key; } cases[] = {
    { mut_param_no_source, PS_RATES_ERROR_BAD_VALUE, "params.zz" },
    { mut_param_unknown, PS_RATES_ERROR_BAD_VALUE, "params.zz" },
    { mut_dated_150, PS_RATES_ERROR_BAD_VALUE, "contributions.maladie.employer" },
    { mut_dated_negative, PS_RATES_ERROR_BAD_VALUE, "contributions.maladie.employer" },
    { mut_dated_text, PS_RATES_ERROR_BAD_VALUE, "contributions.maladie.employer" },
    { mut_duplicate_id, PS_RATES_ERROR_BAD_VALUE, "contributions.maladie" },
    { mut_format_fraction, PS_RATES_ERROR_BAD_VALUE, "format" },
    { mut_until_garbage, PS_RATES_ERROR_DATE, "until" },
    { mut_top_unknown, PS_RATES_ERROR_BAD_VALUE, "formatt" },
    { mut_contribution_unknown, PS_RATES_ERROR_BAD_VALUE, "contributions.maladie.employee_pct" },
    { mut_param_field_unknown, PS_RATES_ERROR_BAD_VALUE, "pss_monthly.sourse" },
    { mut_when_unknown, PS_RATES_ERROR_BAD_VALUE, "when.cadres" },
    { mut_signed_date, PS_RATES_ERROR_DATE, "effective" },
    { mut_contribution_after, PS_RATES_ERROR_DATE, "contributions.maladie" },
    { mut_param_value_after, PS_RATES_ERROR_DATE, "params.smic_hourly" },
    { mut_year, PS_RATES_ERROR_DATE, "year" },
    { mut_invalid_utf8, PS_RATES_ERROR_PARSE, "UTF-8" },
    /* the English twin of a label: a string */
    { mut_label_en_number, PS_RATES_ERROR_BAD_VALUE, "pss_monthly" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (cJSON) root = load_source_json (2026);
      g_autoptr (GError) error = NULL;
      g_autoptr (PsRates) rates = NULL;

      cases[i].mutate (root);
      rates = load_json (root, &error);
      if (rates != NULL)
        g_error ("case %u accepted", i);
      g_assert_error (error, PS_RATES_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].key) == NULL)
        g_error ("case %u: “%s” does not name %s", i, error->message, cases[i].key);
    }
}

/* Text after the JSON, a NUL byte, a key twice: not valid JSON, whatever
 * cJSON would make of them. */
static void
test_hostile_text (void)
{
  g_autoptr (cJSON) root = load_source_json (2026);
  g_autofree char *text = cJSON_PrintUnformatted (root);
  gsize len = strlen (text);
  static const char *tails[] = { " GARBAGE", "\n}", "{}" };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *bad = g_strconcat (text, tails[i], NULL);
      g_autoptr (GBytes) bytes = g_bytes_new (bad, strlen (bad));
      g_autoptr (GError) error = NULL;
      g_autoptr (PsRates) rates = ps_rates_new_from_bytes (bytes, "bad.json", &error);

      g_assert_null (rates);
      g_assert_error (error, PS_RATES_ERROR, PS_RATES_ERROR_PARSE);
    }
  {
    /* NUL then junk: blamed on the JSON, not on "effective" */
    g_autofree char *bad = g_malloc (len + 8);
    g_autoptr (GBytes) bytes = NULL;
    g_autoptr (GError) error = NULL;
    g_autoptr (PsRates) rates = NULL;

    memcpy (bad, text, len);
    memcpy (bad + len, "\0junk!!", 8);
    bytes = g_bytes_new (bad, len + 7);
    rates = ps_rates_new_from_bytes (bytes, "bad.json", &error);
    g_assert_null (rates);
    g_assert_error (error, PS_RATES_ERROR, PS_RATES_ERROR_PARSE);
    g_assert_null (strstr (error->message, "effective"));
  }
  {
    /* a key twice: {"format": 1, "format": 1, …} */
    g_autofree char *bad = g_strconcat ("{\"format\": 1, ", text + 1, NULL);
    g_autoptr (GBytes) bytes = g_bytes_new (bad, strlen (bad));
    g_autoptr (GError) error = NULL;
    g_autoptr (PsRates) rates = ps_rates_new_from_bytes (bytes, "bad.json", &error);

    g_assert_null (rates);
    g_assert_error (error, PS_RATES_ERROR, PS_RATES_ERROR_PARSE);
    g_assert_nonnull (strstr (error->message, "format"));
  }
}

/* A 1 GB rates file is refused from its size, before a byte is read. */
static void
test_huge_file (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "huge-rates.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = NULL;
  gint64 start;
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), (off_t) 1 << 30), ==, 0);  /* sparse */
  fclose (f);
  start = g_get_monotonic_time ();
  rates = ps_rates_new_from_file (path, &error);
  g_assert_null (rates);
  g_assert_error (error, PS_RATES_ERROR, PS_RATES_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
  g_unlink (path);
}

/* Every key listed, for the embedded files of every year: the listing
 * and the exporter's assumptions read them all. */
static void
test_list_every_year (void)
{
  for (int year = 2025; year <= 2026; year++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (PsRates) rates = ps_rates_new_embedded (year, &error);
      g_autoptr (GPtrArray) list = NULL;

      g_assert_no_error (error);
      list = ps_rates_list (rates, PS_DATE (year, 12, 31));
      for (guint i = 0; i < list->len; i++)
        {
          PsRateInfo *info = g_ptr_array_index (list, i);

          g_assert_nonnull (info->key);
          g_assert_nonnull (info->label);
          g_assert_nonnull (info->source);
          g_assert_nonnull (info->value_text);
        }
    }
}

static void
test_user_override (void)
{
  g_autoptr (cJSON) root = load_source_json (2026);
  g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "portage-simulator", "rates", NULL);
  g_autofree char *path = g_build_filename (dir, "2026.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = NULL;
  const PsParams *p;
  cJSON *pss = cJSON_GetObjectItem (cJSON_GetObjectItem (root, "params"), "pss_monthly");

  cJSON_ReplaceItemInObject (pss, "value", cJSON_CreateNumber (4100));
  text = cJSON_Print (root);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (ps_write_file_atomic (path, text, -1, &error));
  rates = ps_rates_new_for_year (2026, &error);
  g_assert_no_error (error);
  p = ps_rates_resolve (rates, PS_DATE (2026, 2, 1), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (p->pss_monthly, ==, 4100);
  g_assert_cmpstr (ps_rates_get_origin (rates), ==, path);
  g_unlink (path);
}

static void
test_list (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = ps_rates_new_for_year (2026, &error);
  g_autoptr (GPtrArray) list = ps_rates_list (rates, PS_DATE (2026, 7, 1));
  gboolean found = FALSE;
  guint n_en = 0;

  g_assert_cmpuint (list->len, >, 60);
  for (guint i = 0; i < list->len; i++)
    {
      PsRateInfo *info = g_ptr_array_index (list, i);

      g_assert_nonnull (info->source);
      g_assert_cmpstr (info->source, !=, "");
      /* the parameters' English twins, for the English workbook (the
       * contributions' lines keep their label) */
      if (info->label_en != NULL)
        {
          g_assert_cmpstr (info->label_en, !=, info->label);
          n_en++;
        }
      if (g_str_equal (info->key, "smic_hourly"))
        {
          found = TRUE;
          g_assert_cmpstr (info->value_text, ==, "12.31");
          g_assert_cmpuint (info->from, ==, PS_DATE (2026, 6, 1));
          g_assert_cmpstr (info->label_en, ==, "Gross hourly minimum wage (SMIC)");
        }
    }
  g_assert_true (found);
  g_assert_cmpuint (n_en, >=, 100);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/ps/rates/embedded", test_embedded);
  g_test_add_func ("/ps/rates/dated-values", test_dated_values);
  g_test_add_func ("/ps/rates/contribution-dates", test_contribution_dates);
  g_test_add_func ("/ps/rates/outside", test_outside);
  g_test_add_func ("/ps/rates/invalid", test_invalid);
  g_test_add_func ("/ps/rates/not-json", test_not_json);
  g_test_add_func ("/ps/rates/hostile", test_hostile);
  g_test_add_func ("/ps/rates/hostile-text", test_hostile_text);
  g_test_add_func ("/ps/rates/huge-file", test_huge_file);
  g_test_add_func ("/ps/rates/list-every-year", test_list_every_year);
  g_test_add_func ("/ps/rates/user-override", test_user_override);
  g_test_add_func ("/ps/rates/list", test_list);
  return g_test_run ();
}
