/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli with a scenario's offers (offers --scenario, compare with
 * the current offer) and scenarios side by side (compare --scenario A
 * --scenario B …). */
#include "config.h"

#include <cJSON.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ps-test-utils.h"

static char *dir;

static char *
fixture (const char *name,
         const char *json)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  return path;
}

/* 600 € × 200 days = 10 000 € a month */
#define BASE "\"format\": 1, \"date\": \"2026-07-01\", \"tjm\": 600, \"days_per_year\": 200"
#define TIERED "{\"format\": 1, \"name\": \"Tiered\", \"fee\": {\"model\": \"tiered\", " \
               "\"bands\": [{\"upto\": 8000, \"pct\": 10}, {\"upto\": null, \"pct\": 7}]}, \"extras_monthly\": 20}"
#define SEVEN "{\"format\": 1, \"name\": \"Seven\", \"fee\": {\"model\": \"percent\", \"pct\": 7}}"

static void
test_current_offer (void)
{
  g_autofree char *with = fixture ("with.json", "{" BASE ", \"offers\": [" SEVEN ", " TIERED "], \"current_offer\": 1}");
  g_autofree char *none = fixture ("none.json", "{" BASE ", \"offers\": [" SEVEN ", " TIERED "]}");
  g_auto (PsTestRun) r1 = { 0 };
  g_auto (PsTestRun) r2 = { 0 };
  g_auto (PsTestRun) r3 = { 0 };
  g_autofree char *flat = g_test_build_filename (G_TEST_DIST, "..", "data", "offers", "flat-99.json", NULL);
  g_autoptr (cJSON) a = NULL;
  g_autoptr (cJSON) b = NULL;
  g_autoptr (cJSON) c = NULL;
  cJSON *offers;

  ps_test_run_cli (&r1, NULL, "compare", "--scenario", with, "--json", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  a = cJSON_Parse (r1.out);
  /* by hand: 8 000 × 10 % + 2 000 × 7 % = 940 € of fee, 20 € of extras */
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (a, "statuses"), "portage"), "costs_yearly"), ==, 960 * 12);

  /* no current offer: the scenario's own fee (its default percent) */
  ps_test_run_cli (&r2, NULL, "compare", "--scenario", none, "--json", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  b = cJSON_Parse (r2.out);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (b, "statuses"), "portage"), "costs_yearly"), ==,
                     ps_test_json_number (cJSON_GetObjectItem (b, "inputs"), "fee_pct") / 100 * 120000);

  /* offers --scenario: the scenario's offers, then the files; the same
   * figures for the current offer as compare's portage */
  ps_test_run_cli (&r3, NULL, "offers", "--scenario", with, "--offer", flat, "--json", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  c = cJSON_Parse (r3.out);
  offers = cJSON_GetObjectItem (c, "offers");
  g_assert_cmpint (cJSON_GetArraySize (offers), ==, 3);
  g_assert_cmpstr (cJSON_GetStringValue (cJSON_GetObjectItem (cJSON_GetArrayItem (offers, 0), "name")), ==, "Seven");
  g_assert_cmpstr (cJSON_GetStringValue (cJSON_GetObjectItem (cJSON_GetArrayItem (offers, 1), "name")), ==, "Tiered");
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetArrayItem (offers, 1), "fee_yearly"), ==, 940 * 12);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetArrayItem (offers, 1), "net_after_tax_yearly"), ==,
                     ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (a, "statuses"), "portage"), "net_after_tax_yearly"));
  /* 99 € a month */
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetArrayItem (offers, 2), "fee_yearly"), ==, 99 * 12);
  /* the current one said */
  g_assert_true (cJSON_IsFalse (cJSON_GetObjectItem (cJSON_GetArrayItem (offers, 0), "current")));
  g_assert_true (cJSON_IsTrue (cJSON_GetObjectItem (cJSON_GetArrayItem (offers, 1), "current")));
  g_assert_true (cJSON_IsFalse (cJSON_GetObjectItem (cJSON_GetArrayItem (offers, 2), "current")));
}

static void
test_offers_refused (void)
{
  g_autoptr (GString) six = g_string_new ("{" BASE ", \"offers\": [");
  g_autofree char *six_path = NULL;
  g_autofree char *seven = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *flat = g_test_build_filename (G_TEST_DIST, "..", "data", "offers", "flat-99.json", NULL);
  g_auto (PsTestRun) r1 = { 0 };
  g_auto (PsTestRun) r2 = { 0 };
  g_auto (PsTestRun) r3 = { 0 };

  for (int i = 0; i < 6; i++)
    g_string_append_printf (six, "%s" SEVEN, i > 0 ? ", " : "");
  g_string_append (six, "]}");
  six_path = fixture ("six.json", six->str);
  /* six in the file and one more: refused */
  ps_test_run_cli (&r1, NULL, "offers", "--scenario", six_path, "--offer", flat, NULL);
  g_assert_cmpint (r1.status, ==, 2);
  g_assert_nonnull (strstr (r1.err, "at most 6"));

  g_string_truncate (six, six->len - 2);
  g_string_append (six, ", " SEVEN "]}");
  seven = fixture ("seven.json", six->str);
  ps_test_run_cli (&r2, NULL, "compare", "--scenario", seven, NULL);
  g_assert_cmpint (r2.status, ==, 2);
  g_assert_nonnull (strstr (r2.err, "seven.json: offers: 7 offers; a scenario holds at most 6"));

  {
    /* the workbook too: six in the file and one more */
    g_auto (PsTestRun) r4 = { 0 };
    g_auto (PsTestRun) r5 = { 0 };
    g_auto (PsTestRun) r6 = { 0 };
    g_autofree char *out = g_build_filename (dir, "never.xlsx", NULL);

    ps_test_run_cli (&r4, NULL, "export", "--scenario", six_path, "--offer", flat, "-o", out, NULL);
    g_assert_cmpint (r4.status, ==, 2);
    g_assert_nonnull (strstr (r4.err, "at most 6"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    /* offers and quotes go into a workbook */
    ps_test_run_cli (&r5, NULL, "export", "--scenario", six_path, "--offer", flat, "--json", NULL);
    g_assert_cmpint (r5.status, ==, 2);
    g_assert_nonnull (strstr (r5.err, "--offer"));
    ps_test_run_cli (&r6, NULL, "export", "--scenario", six_path, "--quote-gross", "5000", "--csv", NULL);
    g_assert_cmpint (r6.status, ==, 2);
    g_assert_nonnull (strstr (r6.err, "--quote"));
  }

  missing = fixture ("missing.json", "{" BASE ", \"offers\": [" SEVEN ", {\"format\": 1, \"fee\": {\"model\": \"flat\"}}]}");
  ps_test_run_cli (&r3, NULL, "offers", "--scenario", missing, NULL);
  g_assert_cmpint (r3.status, ==, 2);
  g_assert_nonnull (strstr (r3.err, "offers[1]: fee.flat_monthly: missing"));
}

static void
test_side_by_side (void)
{
  g_autofree char *low = fixture ("low.json", "{\"format\": 1, \"date\": \"2026-07-01\", \"name\": \"Pessimistic\", "
                                              "\"tjm\": 450, \"days_per_year\": 180}");
  g_autofree char *high = fixture ("high-days.json", "{\"format\": 1, \"date\": \"2026-07-01\", \"tjm\": 650, \"days_per_year\": 215}");
  g_autofree char *with = fixture ("with.json", "{" BASE ", \"offers\": [" SEVEN ", " TIERED "], \"current_offer\": 1}");
  const char *files[] = { low, high, with };
  g_auto (PsTestRun) r = { 0 };
  g_auto (PsTestRun) csv = { 0 };
  g_autoptr (cJSON) all = NULL;
  cJSON *scenarios;

  ps_test_run_cli (&r, NULL, "compare", "--scenario", low, "--scenario", high, "--scenario", with, "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  all = cJSON_Parse (r.out);
  scenarios = cJSON_GetObjectItem (all, "scenarios");
  g_assert_cmpint (cJSON_GetArraySize (scenarios), ==, 3);
  /* the name from the file, else the file's name */
  g_assert_cmpstr (cJSON_GetStringValue (cJSON_GetObjectItem (cJSON_GetArrayItem (scenarios, 0), "name")), ==, "Pessimistic");
  g_assert_cmpstr (cJSON_GetStringValue (cJSON_GetObjectItem (cJSON_GetArrayItem (scenarios, 1), "name")), ==, "high-days");

  /* each column is what compare says of its file alone */
  for (int i = 0; i < 3; i++)
    {
      g_auto (PsTestRun) one = { 0 };
      g_autoptr (cJSON) alone = NULL;
      cJSON *col = cJSON_GetArrayItem (scenarios, i);
      cJSON *statuses = cJSON_GetObjectItem (col, "statuses");
      cJSON *best = cJSON_GetObjectItem (col, "best");
      int n_best = 0;

      ps_test_run_cli (&one, NULL, "compare", "--scenario", files[i], "--json", NULL);
      g_assert_cmpint (one.status, ==, 0);
      alone = cJSON_Parse (one.out);
      g_assert_cmpstr (cJSON_GetStringValue (best), ==, cJSON_GetStringValue (cJSON_GetObjectItem (alone, "best")));
      for (int s = 0; s < cJSON_GetArraySize (statuses); s++)
        {
          cJSON *st = cJSON_GetArrayItem (statuses, s);
          cJSON *ref = cJSON_GetObjectItem (cJSON_GetObjectItem (alone, "statuses"),
                                            cJSON_GetStringValue (cJSON_GetObjectItem (st, "status")));

          g_assert_cmpfloat (ps_test_json_number (st, "net_after_tax_yearly"), ==, ps_test_json_number (ref, "net_after_tax_yearly"));
          g_assert_cmpfloat (ps_test_json_number (st, "net_after_tax_monthly"), ==, ps_test_json_number (ref, "net_after_tax_monthly"));
          if (cJSON_IsTrue (cJSON_GetObjectItem (st, "best")))
            {
              /* never an unusable status */
              g_assert_true (cJSON_IsTrue (cJSON_GetObjectItem (st, "eligible")));
              n_best++;
            }
        }
      g_assert_cmpint (n_best, ==, cJSON_IsNull (best) ? 0 : 1);
    }

  ps_test_run_cli (&csv, NULL, "compare", "--scenario", low, "--scenario", high, "--csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "scenario,status,eligible,best,net_after_tax_monthly,net_after_tax_yearly\n"));
  /* a header and 2 × 5 rows */
  {
    g_auto (GStrv) lines = g_strsplit (csv.out, "\n", -1);

    g_assert_cmpint (g_strv_length (lines), ==, 12);
    g_assert_true (g_str_has_prefix (lines[1], "Pessimistic,portage,"));
  }
}

static void
test_side_by_side_refused (void)
{
  g_autofree char *a = fixture ("a.json", "{" BASE "}");
  g_auto (PsTestRun) r1 = { 0 };
  g_auto (PsTestRun) r2 = { 0 };
  g_auto (PsTestRun) r3 = { 0 };
  g_auto (PsTestRun) r4 = { 0 };

  ps_test_run_cli (&r1, NULL, "compare", "--scenario", a, "--scenario", a, "--scenario", a, "--scenario", a, "--scenario", a, NULL);
  g_assert_cmpint (r1.status, ==, 2);
  g_assert_nonnull (strstr (r1.err, "--scenario: 2 to 4 scenarios side by side (5 given)"));
  ps_test_run_cli (&r2, NULL, "tips", "--scenario", a, "--scenario", a, NULL);
  g_assert_cmpint (r2.status, ==, 2);
  g_assert_nonnull (strstr (r2.err, "--scenario"));
  ps_test_run_cli (&r3, NULL, "compare", "--scenario", a, "--csv", NULL);
  g_assert_cmpint (r3.status, ==, 2);
  g_assert_nonnull (strstr (r3.err, "--csv"));
  /* in French */
  if (ps_test_set_locale ("fr_FR.UTF-8"))
    {
      ps_test_set_locale ("C.UTF-8");
      ps_test_run_cli (&r4, "fr_FR.UTF-8", "compare", "--scenario", a, "--scenario", a, "--scenario", a, "--scenario", a,
                       "--scenario", a, NULL);
      g_assert_cmpint (r4.status, ==, 2);
      g_assert_nonnull (strstr (r4.err, "scénarios"));
    }
}

static double
portage_net (cJSON *comparison)
{
  return ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (comparison, "statuses"), "portage"), "net_after_tax_yearly");
}

static const char *
best_of (cJSON *comparison)
{
  cJSON *best = cJSON_GetObjectItem (comparison, "best");

  return cJSON_IsString (best) ? best->valuestring : "none";
}

/* One scenario file with a current offer gives the same portage and the
 * same best in compare, year (no gap: compare on its billed days), tips'
 * baseline and sweep; the health budget "as portage's" is the offer's
 * payslip's; break-even, which can't follow it, names it. */
static void
test_current_offer_everywhere (void)
{
  /* a flat 99 € fee (the scenario says 7 %) and a mutuelle of 90 € */
  g_autofree char *path = fixture ("everywhere.json",
                                   "{" BASE ", \"fee_pct\": 7, \"offers\": [{\"format\": 1, \"name\": \"Flat\", "
                                   "\"fee\": {\"model\": \"flat\", \"flat_monthly\": 99}, "
                                   "\"employer\": {\"mutuelle_monthly\": 90}}], \"current_offer\": 0}");
  g_auto (PsTestRun) r1 = { 0 };
  g_auto (PsTestRun) r2 = { 0 };
  g_auto (PsTestRun) r3 = { 0 };
  g_auto (PsTestRun) r4 = { 0 };
  g_auto (PsTestRun) r5 = { 0 };
  g_auto (PsTestRun) r6 = { 0 };
  g_auto (PsTestRun) r7 = { 0 };
  g_autoptr (cJSON) cmp = NULL;
  g_autoptr (cJSON) year = NULL;
  g_autoptr (cJSON) at_days = NULL;
  g_autoptr (cJSON) tips = NULL;
  g_autoptr (cJSON) sweep = NULL;
  g_autofree char *days = NULL;
  cJSON *inputs, *st, *row, *base;

  ps_test_run_cli (&r1, NULL, "compare", "--scenario", path, "--json", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  cmp = cJSON_Parse (r1.out);
  inputs = cJSON_GetObjectItem (cmp, "inputs");
  /* the inputs say what portage used: the offer's flat fee */
  g_assert_cmpstr (cJSON_GetStringValue (cJSON_GetObjectItem (inputs, "offer")), ==, "Flat");
  g_assert_cmpstr (cJSON_GetStringValue (cJSON_GetObjectItem (inputs, "fee_model")), ==, "flat");
  g_assert_cmpfloat (ps_test_json_number (inputs, "fee_flat_monthly"), ==, 99);
  st = cJSON_GetObjectItem (cmp, "statuses");
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (st, "portage"), "costs_yearly"), ==, 99 * 12);
  /* micro, SASU and EURL: portage's health line, the offer's mutuelle */
  g_assert_cmpfloat (ps_test_json_number (inputs, "health_budget_yearly"), ==, ps_test_json_number (cJSON_GetObjectItem (st, "portage"), "health_yearly"));
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (st, "micro"), "health_yearly"), ==,
                     ps_test_json_number (cJSON_GetObjectItem (st, "portage"), "health_yearly"));
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (st, "sasu"), "health_yearly"), ==,
                     ps_test_json_number (cJSON_GetObjectItem (st, "portage"), "health_yearly"));

  /* the text names the offer and the firm's mutuelle as the offer's */
  ps_test_run_cli (&r2, NULL, "compare", "--scenario", path, NULL);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_nonnull (strstr (r2.out, "current offer “Flat”"));
  g_assert_nonnull (strstr (r2.out, "mutuelle 90"));

  /* year with no gap, no sickness, no training: compare on its billed days */
  ps_test_run_cli (&r3, NULL, "year", "--scenario", path, "--gap-weeks", "0", "--sick-days", "0",
                   "--training-days", "0", "--json", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  year = cJSON_Parse (r3.out);
  days = g_strdup_printf ("%g", ps_test_json_number (year, "billed_days"));
  ps_test_run_cli (&r4, NULL, "compare", "--scenario", path, "--days-per-year", days, "--json", NULL);
  g_assert_cmpint (r4.status, ==, 0);
  at_days = cJSON_Parse (r4.out);
  g_assert_cmpfloat (portage_net (cJSON_GetObjectItem (year, "comparison")), ==, portage_net (at_days));
  g_assert_cmpstr (best_of (cJSON_GetObjectItem (year, "comparison")), ==, best_of (at_days));
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (cJSON_GetObjectItem (year, "comparison"), "statuses"), "micro"),
                                          "net_after_tax_yearly"), ==,
                     ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (at_days, "statuses"), "micro"), "net_after_tax_yearly"));

  /* tips' gains are against compare's comparison */
  ps_test_run_cli (&r5, NULL, "tips", "--scenario", path, "--json", NULL);
  g_assert_cmpint (r5.status, ==, 0);
  tips = cJSON_Parse (r5.out);
  base = cJSON_GetObjectItem (tips, "baseline");
  g_assert_cmpfloat (ps_test_json_number (base, "portage_net_after_tax_yearly"), ==, portage_net (cmp));
  g_assert_cmpstr (cJSON_GetStringValue (cJSON_GetObjectItem (base, "best")), ==, best_of (cmp));

  /* sweep at the scenario's day rate: compare's month */
  ps_test_run_cli (&r6, NULL, "sweep", "--scenario", path, "--tjm-from", "600", "--tjm-to", "600", "--step", "10", "--json", NULL);
  g_assert_cmpint (r6.status, ==, 0);
  sweep = cJSON_Parse (r6.out);
  row = cJSON_GetArrayItem (cJSON_GetObjectItem (sweep, "rows"), 0);
  g_assert_cmpfloat (ps_test_json_number (row, "portage_net_after_tax_monthly"), ==,
                     ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (cmp, "statuses"), "portage"), "net_after_tax_monthly"));
  g_assert_cmpstr (cJSON_GetStringValue (cJSON_GetObjectItem (row, "best")), ==, best_of (cmp));

  /* break-even varies the day rate with the scenario's terms: it says so */
  ps_test_run_cli (&r7, NULL, "breakeven", "--scenario", path, NULL);
  g_assert_cmpint (r7.status, ==, 0);
  g_assert_nonnull (strstr (r7.err, "“Flat” is not used"));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("ps-cli-scenarios-XXXXXX", NULL);
  g_test_add_func ("/ps/cli-scenarios/current-offer", test_current_offer);
  g_test_add_func ("/ps/cli-scenarios/current-offer-everywhere", test_current_offer_everywhere);
  g_test_add_func ("/ps/cli-scenarios/offers-refused", test_offers_refused);
  g_test_add_func ("/ps/cli-scenarios/side-by-side", test_side_by_side);
  g_test_add_func ("/ps/cli-scenarios/side-by-side-refused", test_side_by_side_refused);
  status = g_test_run ();
  {
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_remove (path);
      }
    g_rmdir (dir);
  }
  g_free (dir);
  return status;
}
