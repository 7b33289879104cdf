/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli rights and year, and the rights keys of compare --json. */
#include "config.h"

#include <cJSON.h>
#include <math.h>
#include <string.h>

#include "ps-test-utils.h"

static const char *names[] = { "portage", "cdi", "micro", "sasu", "eurl" };
static const char *keys[] = {
  "pension_quarters", "pension_earnings_yearly", "agirc_arrco_points", "rci_points", "pension_yearly_accrued",
  "are_sjr", "are_daily", "are_daily_after_6_months", "are_days", "are_total", "arce", "sick_pay_daily",
  "sick_month_net", "working_month_net",
};

static gboolean
jbool (cJSON      *o,
       const char *key)
{
  cJSON *v = cJSON_GetObjectItemCaseSensitive (o, key);

  if (!cJSON_IsBool (v))
    g_error ("missing boolean “%s”", key);
  return cJSON_IsTrue (v);
}

static gboolean
has_note (cJSON      *st,
          const char *note)
{
  cJSON *notes = cJSON_GetObjectItemCaseSensitive (st, "rights_notes"), *n;

  g_assert_true (cJSON_IsArray (notes));
  cJSON_ArrayForEach (n, notes)
    if (cJSON_IsString (n) && g_str_equal (n->valuestring, note))
      return TRUE;
  return FALSE;
}

static void
check_statuses (cJSON *statuses)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      cJSON *st = cJSON_GetObjectItemCaseSensitive (statuses, names[i]);

      g_assert_nonnull (st);
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        ps_test_json_number (st, keys[k]);
      jbool (st, "sick_pay_eligible");
    }
  g_assert_true (jbool (cJSON_GetObjectItem (statuses, "portage"), "are_eligible"));
  g_assert_true (jbool (cJSON_GetObjectItem (statuses, "cdi"), "are_eligible"));
  g_assert_false (jbool (cJSON_GetObjectItem (statuses, "micro"), "are_eligible"));
  g_assert_false (jbool (cJSON_GetObjectItem (statuses, "sasu"), "are_eligible"));
  g_assert_false (jbool (cJSON_GetObjectItem (statuses, "eurl"), "are_eligible"));
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (statuses, "portage"), "agirc_arrco_points"), >, 0);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (statuses, "portage"), "rci_points"), ==, 0);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (statuses, "micro"), "rci_points"), >, 0);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (statuses, "eurl"), "rci_points"), >, 0);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (statuses, "micro"), "are_daily"), ==, 0);
}

static void
test_rights_json (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = NULL;

  ps_test_run_cli (&r, NULL, "rights", "--tjm", "550", "--days-per-year", "200", "--date", "2026-07-01",
                   "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_nonnull (o);
  check_statuses (cJSON_GetObjectItem (o, "statuses"));
  g_assert_cmpfloat (ps_test_json_number (o, "sick_stop_days"), ==, 30);
}

static void
test_compare_json (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = NULL;
  cJSON *sasu;

  ps_test_run_cli (&r, NULL, "compare", "--tjm", "550", "--days-per-year", "200", "--date", "2026-07-01",
                   "--sasu-salary-yearly", "0", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_nonnull (o);
  check_statuses (cJSON_GetObjectItem (o, "statuses"));
  /* a SASU paid only in dividends validates nothing, and says why */
  sasu = cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), "sasu");
  g_assert_cmpfloat (ps_test_json_number (sasu, "pension_quarters"), ==, 0);
  g_assert_cmpfloat (ps_test_json_number (sasu, "agirc_arrco_points"), ==, 0);
  g_assert_true (cJSON_IsNull (cJSON_GetObjectItem (sasu, "pension_scheme")));
  g_assert_true (has_note (sasu, "no_salary"));
  g_assert_true (has_note (sasu, "dividends_validate_nothing"));
  g_assert_false (jbool (sasu, "sick_pay_eligible"));
}

static void
test_rights_french (void)
{
  g_auto (PsTestRun) r = { 0 };

  if (!ps_test_require_french ())
    return;
  ps_test_run_cli (&r, "fr_FR.UTF-8", "rights", "--tjm", "550", "--days-per-year", "200", "--date", "2026-07-01", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Trimestres de retraite de base"));
  g_assert_nonnull (strstr (r.out, "Points Agirc-Arrco"));
  g_assert_nonnull (strstr (r.out, "Points RCI"));
  g_assert_nonnull (strstr (r.out, "Allocation journalière"));
  /* French amounts: 1 803,00 € a quarter */
  g_assert_nonnull (strstr (r.out, "1\u202f803,00\u202f€"));
  g_assert_null (strstr (r.out, "Pension"));
}

static void
test_year_json (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_auto (PsTestRun) r2 = { 0 };
  g_autoptr (cJSON) o = NULL;
  g_autoptr (cJSON) c = NULL;
  cJSON *statuses, *compared;

  ps_test_run_cli (&r, NULL, "year", "--tjm", "550", "--date", "2026-07-01", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_nonnull (o);
  /* 261 − 25 − 9 − 10 − 5 − 10 */
  g_assert_cmpfloat (ps_test_json_number (o, "billed_days"), ==, 202);
  g_assert_cmpfloat (ps_test_json_number (o, "worked_days"), ==, 212);
  statuses = cJSON_GetObjectItem (o, "statuses");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      cJSON *st = cJSON_GetObjectItem (statuses, names[i]);

      g_assert_cmpfloat (fabs (ps_test_json_number (st, "net_per_day_worked") - ps_test_json_number (st, "net_after_tax_yearly") / 212), <=, 0.01);
      g_assert_cmpfloat (fabs (ps_test_json_number (st, "net_per_hour_worked") - ps_test_json_number (st, "net_after_tax_yearly") / 212 / 7), <=, 0.01);
    }
  /* 5 sick days: one stop of 7 days, 4 of them paid after the 3 waiting
   * days; the freelancers above the PASS get 48 060 ÷ 730 = 65,84 € a day
   * (CSS D622-7), net of 6,7 % CSG-CRDS: 48 060 ÷ 730 × 4 × 0,933 = 245,70 € */
  g_assert_cmpfloat (ps_test_json_number (o, "sick_calendar_days"), ==, 7);
  {
    cJSON *sick = cJSON_GetObjectItem (cJSON_GetObjectItem (statuses, "eurl"), "sick_pay");

    g_assert_cmpfloat (ps_test_json_number (sick, "ij_daily"), ==, 65.84);
    g_assert_cmpfloat (ps_test_json_number (sick, "ij_days"), ==, 4);
    g_assert_cmpfloat (ps_test_json_number (sick, "ij_net"), ==, 245.70);
    g_assert_true (cJSON_IsTrue (cJSON_GetObjectItem (cJSON_GetObjectItem (cJSON_GetObjectItem (statuses, "cdi"),
                                                                            "sick_pay"), "salary_maintained")));
  }
  g_clear_pointer (&o, cJSON_Delete);
  ps_test_run_clear (&r);

  /* no gap: the comparison at the same billed days */
  ps_test_run_cli (&r, NULL, "year", "--tjm", "550", "--date", "2026-07-01", "--gap-weeks", "0", "--sick-days", "0",
                   "--training-days", "0", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_cmpfloat (ps_test_json_number (o, "billed_days"), ==, 227);
  ps_test_run_cli (&r2, NULL, "compare", "--tjm", "550", "--days-per-year", "227", "--date", "2026-07-01", "--json", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  c = cJSON_Parse (r2.out);
  statuses = cJSON_GetObjectItem (o, "statuses");
  compared = cJSON_GetObjectItem (c, "statuses");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (statuses, names[i]), "net_after_tax_yearly"), ==,
                       ps_test_json_number (cJSON_GetObjectItem (compared, names[i]), "net_after_tax_yearly"));
}

static void
test_year_bad_input (void)
{
  g_auto (PsTestRun) r = { 0 };

  ps_test_run_cli (&r, NULL, "year", "--tjm", "550", "--gap-weeks", "99", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--gap-weeks"));
  ps_test_run_clear (&r);
  ps_test_run_cli (&r, NULL, "year", "--tjm", "550", "--hours-per-day", "abc", NULL);
  g_assert_cmpint (r.status, ==, 2);
  ps_test_run_clear (&r);
  /* rights needs the days, as compare does */
  ps_test_run_cli (&r, NULL, "rights", "--tjm", "550", NULL);
  g_assert_cmpint (r.status, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/cli-rights/rights-json", test_rights_json);
  g_test_add_func ("/ps/cli-rights/compare-json", test_compare_json);
  g_test_add_func ("/ps/cli-rights/rights-french", test_rights_french);
  g_test_add_func ("/ps/cli-rights/year-json", test_year_json);
  g_test_add_func ("/ps/cli-rights/year-bad-input", test_year_bad_input);
  return g_test_run ();
}
