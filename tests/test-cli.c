/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli as a user runs it: exit codes, messages, JSON shape. */
#include "config.h"

#include <cJSON.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ps-test-utils.h"

static void
test_portage_json (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = NULL;
  static const char *keys[] = {
    "revenue", "fees", "expenses", "envelope", "gross", "reserve", "employer_contributions",
    "net_before_tax", "income_tax", "net_after_tax",
  };
  cJSON *line;
  double employer = 0, employee = 0;
  int n_lines = 0;

  ps_test_run_cli (&r, NULL, "portage", "--tjm", "600", "--days-per-month", "18", "--fee-pct", "7", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_nonnull (o);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *m = g_strconcat (keys[i], "_monthly", NULL);
      g_autofree char *y = g_strconcat (keys[i], "_yearly", NULL);

      g_assert_cmpfloat (fabs (ps_test_json_number (o, m) * 12 - ps_test_json_number (o, y)), <=, 0.06);
    }
  g_assert_cmpfloat (ps_test_json_number (o, "revenue_monthly"), ==, 10800);
  g_assert_cmpfloat (ps_test_json_number (o, "fees_monthly"), ==, 756);
  g_assert_cmpfloat (ps_test_json_number (o, "net_before_tax_monthly"), <, ps_test_json_number (o, "gross_monthly"));
  g_assert_cmpfloat (ps_test_json_number (o, "gross_monthly"), <, ps_test_json_number (o, "envelope_monthly"));
  g_assert_cmpfloat (ps_test_json_number (o, "net_after_tax_monthly"), <, ps_test_json_number (o, "net_before_tax_monthly"));
  g_assert_true (cJSON_IsArray (cJSON_GetObjectItem (o, "warnings")));

  /* the lines add up to the totals (each line rounded to the cent) */
  cJSON_ArrayForEach (line, cJSON_GetObjectItem (o, "lines"))
    {
      employer += ps_test_json_number (line, "employer");
      employee += ps_test_json_number (line, "employee");
      n_lines++;
      g_assert_true (cJSON_IsString (cJSON_GetObjectItem (line, "source")));
    }
  g_assert_cmpint (n_lines, >, 20);
  g_assert_cmpfloat (fabs (employer - ps_test_json_number (o, "employer_contributions_monthly")), <=, 0.005 * n_lines);
  g_assert_cmpfloat (fabs (employee - ps_test_json_number (o, "employee_contributions_monthly")), <=, 0.005 * n_lines);
  g_assert_cmpfloat (fabs (ps_test_json_number (o, "revenue_monthly") - ps_test_json_number (o, "fees_monthly") - ps_test_json_number (o, "expenses_monthly")
                           - ps_test_json_number (o, "employer_cost_monthly") - ps_test_json_number (o, "reserve_monthly")
                           - ps_test_json_number (o, "reserve_employer_contributions_monthly") - ps_test_json_number (o, "unpaid_monthly")), <=, 0.05);
}

/* The keys with the réserve counted (what the human output prints) add
 * up from the output's own line items: the réserve less its employee
 * contributions joins the net before tax, its income tax the tax, and
 * the reimbursed expenses the take-home (each item rounded to the cent). */
static void
test_portage_json_reserve (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = NULL;

  ps_test_run_cli (&r, NULL, "portage", "--tjm", "600", "--days-per-month", "18", "--fee-pct", "7",
                   "--expenses-monthly", "300", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_nonnull (o);
  g_assert_cmpfloat (ps_test_json_number (o, "reserve_monthly"), >, 0);
  g_assert_cmpfloat (ps_test_json_number (o, "expenses_reimbursed_monthly"), ==, 300);
  for (int yearly = 0; yearly < 2; yearly++)
    {
#define KEY(name) ps_test_json_number (o, yearly ? name "_yearly" : name "_monthly")
      double before = KEY ("net_before_tax") + KEY ("reserve") - KEY ("reserve_employee_contributions");
      double tax = KEY ("income_tax") + KEY ("reserve_income_tax");

      g_assert_cmpfloat (fabs (KEY ("net_before_tax_with_reserve") - before), <=, 0.005 * 3);
      g_assert_cmpfloat (fabs (KEY ("income_tax_with_reserve") - tax), <=, 0.005 * 2);
      g_assert_cmpfloat (fabs (KEY ("net_after_tax_with_reserve") - (before - tax)), <=, 0.005 * 5);
      g_assert_cmpfloat (fabs (KEY ("net_after_tax_with_reserve")
                               - (KEY ("net_after_tax") + KEY ("reserve_net_after_tax"))), <=, 0.005 * 2);
      g_assert_cmpfloat (fabs (KEY ("take_home_with_reserve")
                               - (KEY ("net_after_tax_with_reserve") + KEY ("expenses_reimbursed"))), <=, 0.005 * 2);
      /* the réserve adds to the net: it is the consultant's pay */
      g_assert_cmpfloat (KEY ("net_after_tax_with_reserve"), >, KEY ("net_after_tax"));
#undef KEY
    }
}

static void
test_salary_json (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = NULL;
  static const char *keys[] = {
    "gross_monthly", "net_before_tax_monthly", "employee_contributions_monthly",
    "employer_contributions_monthly", "employer_cost_monthly", "taxable_net_monthly",
    "income_tax_monthly", "net_after_tax_monthly", "gross_yearly", "net_after_tax_yearly",
  };

  ps_test_run_cli (&r, NULL, "salary", "--gross-monthly", "5000", "--date", "2026-07-01", "--headcount", "3",
           "--atmp-pct", "2,08", "--tax", "neutral", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_nonnull (o);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    ps_test_json_number (o, keys[i]);
  g_assert_true (cJSON_IsArray (cJSON_GetObjectItem (o, "lines")));
  /* the official model's figures for this case (harness README) */
  g_assert_cmpfloat (fabs (ps_test_json_number (o, "net_before_tax_monthly") - 3933.86), <=, 0.5);
  g_assert_cmpfloat (fabs (ps_test_json_number (o, "employer_cost_monthly") - 7122.28), <=, 0.5);
  /* but the taxable net by the law (README "Where we differ"; CGI art. 83
   * 1° quater): the official 4 158.72 less the employer's prévoyance
   * cadre, 1.50 % of 4 005 = 60.075 €, is 4 098.65; at the same neutral
   * rate, 13.8 %, the tax is round (12 × 4 098.65 × 13.8 %) / 12 = 6 787 / 12
   * = 565.58 € (the official 573.92), the net after tax 3 933.86 − 565.58
   * = 3 368.28 € (the official 3 359.94) */
  g_assert_cmpfloat (fabs (ps_test_json_number (o, "taxable_net_monthly") - (4158.72 - 60.075)), <=, 0.5);
  g_assert_cmpfloat (fabs (ps_test_json_number (o, "income_tax_monthly") - 565.58), <=, 0.5);
  g_assert_cmpfloat (fabs (ps_test_json_number (o, "net_after_tax_monthly") - 3368.28), <=, 0.5);
}

static void
test_compare_json (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = NULL;
  cJSON *statuses;
  static const char *names[] = { "portage", "cdi", "micro", "sasu", "eurl" };
  static const char *keys[] = { "revenue_yearly", "contributions_yearly", "income_tax_yearly",
                                "net_after_tax_yearly", "net_after_tax_monthly" };

  ps_test_run_cli (&r, NULL, "compare", "--tjm", "550", "--days-per-year", "200", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  statuses = cJSON_GetObjectItem (o, "statuses");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
      ps_test_json_number (cJSON_GetObjectItem (statuses, names[i]), keys[k]);

  /* with an offer */
  g_clear_pointer (&o, cJSON_Delete);
  ps_test_run_clear (&r);
  ps_test_run_cli (&r, NULL, "compare", "--tjm", "550", "--days-per-year", "200", "--cdi-gross-yearly", "55 000", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), "cdi"), "gross_yearly"), ==, 55000);
  g_assert_true (cJSON_IsString (cJSON_GetObjectItem (o, "best")));
}

/* the health budget of micro, SASU and EURL: from their net, like for
 * like with portage's payslip (its default), or typed; a bad value names
 * the option */
static void
test_health_budget (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_auto (PsTestRun) none = { 0 };
  g_auto (PsTestRun) bad = { 0 };
  g_autoptr (cJSON) o = NULL;
  g_autoptr (cJSON) o0 = NULL;
  cJSON *micro, *micro0, *portage;

  ps_test_run_cli (&r, NULL, "compare", "--tjm", "400", "--days-per-year", "200", "--json", NULL);
  ps_test_run_cli (&none, NULL, "compare", "--tjm", "400", "--days-per-year", "200", "--health-budget-yearly", "0",
                   "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpint (none.status, ==, 0);
  o = cJSON_Parse (r.out);
  o0 = cJSON_Parse (none.out);
  micro = cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), "micro");
  micro0 = cJSON_GetObjectItem (cJSON_GetObjectItem (o0, "statuses"), "micro");
  portage = cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), "portage");
  /* the default: what portage's payslip spends, taken from micro's net */
  g_assert_cmpfloat (ps_test_json_number (micro, "health_yearly"), ==, ps_test_json_number (portage, "health_yearly"));
  g_assert_cmpfloat (ps_test_json_number (micro, "health_yearly"), >, 0);
  g_assert_cmpfloat_with_epsilon (ps_test_json_number (micro0, "net_after_tax_yearly") - ps_test_json_number (micro, "net_after_tax_yearly"),
                                  ps_test_json_number (micro, "health_yearly"), 0.011);

  /* the EURL command alone: deducted within the Madelin ceiling, the
   * contributions unchanged */
  {
    g_auto (PsTestRun) e0 = { 0 };
    g_auto (PsTestRun) e1 = { 0 };
    g_autoptr (cJSON) j0 = NULL;
    g_autoptr (cJSON) j1 = NULL;

    ps_test_run_cli (&e0, NULL, "eurl", "--remuneration-yearly", "60000", "--date", "2026-03-01", "--json", NULL);
    ps_test_run_cli (&e1, NULL, "eurl", "--remuneration-yearly", "60000", "--date", "2026-03-01",
                     "--health-budget-yearly", "1500", "--json", NULL);
    g_assert_cmpint (e1.status, ==, 0);
    j0 = cJSON_Parse (e0.out);
    j1 = cJSON_Parse (e1.out);
    g_assert_cmpfloat (ps_test_json_number (j1, "health_paid_yearly"), ==, 1500);
    g_assert_cmpfloat (ps_test_json_number (j1, "health_deductible_yearly"), ==, 1500);
    g_assert_cmpfloat (ps_test_json_number (j1, "contributions_yearly"), ==, ps_test_json_number (j0, "contributions_yearly"));
    g_assert_cmpfloat (ps_test_json_number (j1, "income_tax_yearly"), <, ps_test_json_number (j0, "income_tax_yearly"));
  }

  ps_test_run_cli (&bad, NULL, "compare", "--tjm", "400", "--days-per-year", "200", "--health-budget-yearly", "lots", NULL);
  g_assert_cmpint (bad.status, !=, 0);
  g_assert_nonnull (strstr (bad.err, "--health-budget-yearly"));
}

static void
test_french_decimal (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = NULL;

  ps_test_run_cli (&r, NULL, "portage", "--tjm", "550,50", "--days-per-month", "18", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_cmpfloat (ps_test_json_number (o, "tjm"), ==, 550.5);
  g_assert_cmpfloat (ps_test_json_number (o, "revenue_monthly"), ==, 9909);
}

static void
test_bad_input (void)
{
  static const struct { const char *args[10]; const char *needle; } cases[] = {
    { { "portage", "--tjm", "-5", "--days-per-month", "18" }, "--tjm" },
    { { "portage", "--tjm", "abc", "--days-per-month", "18" }, "--tjm" },
    { { "portage", "--tjm", "", "--days-per-month", "18" }, "--tjm" },
    { { "portage", "--tjm", "NaN", "--days-per-month", "18" }, "--tjm" },
    { { "portage", "--tjm", "1e9", "--days-per-month", "18" }, "--tjm" },
    { { "portage", "--tjm", "600", "--days-per-month", "40" }, "--days-per-month" },
    { { "portage", "--tjm", "600", "--days-per-year", "400" }, "--days-per-year" },
    { { "portage", "--days-per-month", "18" }, "--tjm" },
    { { "portage", "--tjm", "600" }, "--days-per" },
    { { "portage", "--tjm", "600", "--days-per-month", "18", "--fee-pct", "120" }, "--fee-pct" },
    { { "portage", "--tjm", "600", "--days-per-month", "18", "--fee-model", "weird" }, "--fee-model" },
    { { "salary", "--gross-monthly", "5000", "--date", "2031-01-01" }, "2031" },
    { { "salary", "--gross-monthly", "5000", "--date", "2026-02-30" }, "--date" },
    { { "salary", "--gross-monthly", "5000", "--tax", "maybe" }, "--tax" },
    { { "salary", "--gross-monthly", "5000", "--parts", "1.3" }, "--parts" },
    { { "salary", "--gross-monthly", "5000", "--headcount", "0" }, "--headcount" },
    { { "salary", "--gross-monthly", "5000", "--nope" }, "--nope" },
    { { "salary" }, "--gross-monthly" },
    { { "frobnicate" }, "frobnicate" },
    { { "micro" }, "--revenue-yearly" },
    { { "micro", "--revenue-yearly", "-3" }, "--revenue-yearly" },
    { { "sasu", "--employer-cost-yearly", "x" }, "--employer-cost-yearly" },
    { { "eurl", "--remuneration-yearly", "5000", "--tax-regime", "both" }, "--tax-regime" },
    { { "sweep", "--tjm-from", "300", "--tjm-to", "800", "--step", "0", "--days-per-year", "200" }, "--step" },
    { { "sweep", "--tjm-from", "800", "--tjm-to", "300", "--step", "10", "--days-per-year", "200" }, "--tjm-to" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (PsTestRun) r = { 0 };
      const char *const *a = cases[i].args;

      ps_test_run_cli (&r, NULL, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], NULL);
      if (r.status != 2 || strstr (r.err, cases[i].needle) == NULL)
        g_error ("case %u (%s %s %s): status %d, stderr: %s", i, a[0], a[1] ? a[1] : "",
                 a[2] ? a[2] : "", r.status, r.err);
      g_assert_cmpstr (r.out, ==, "");
    }
}

static void
test_bad_rates_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ps-cli-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_auto (PsTestRun) r1 = { 0 };
  g_auto (PsTestRun) r2 = { 0 };

  g_assert_true (g_file_set_contents (bad, "{\"format\": 1, \"year\": 2026,", -1, NULL));
  ps_test_run_cli (&r1, NULL, "portage", "--tjm", "600", "--days-per-month", "18", "--rates", bad, NULL);
  g_assert_cmpint (r1.status, ==, 2);
  g_assert_nonnull (strstr (r1.err, "bad.json"));
  ps_test_run_cli (&r2, NULL, "portage", "--tjm", "600", "--days-per-month", "18", "--rates", missing, NULL);
  g_assert_cmpint (r2.status, ==, 2);
  g_assert_nonnull (strstr (r2.err, "missing.json"));
  g_unlink (bad);
  g_rmdir (dir);
}

static void
test_rates_file_roundtrip (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "rates", "2025.json", NULL);
  g_auto (PsTestRun) r = { 0 };

  ps_test_run_cli (&r, NULL, "salary", "--gross-monthly", "3000", "--rates", path, "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
}

static void
test_french_table (void)
{
  g_auto (PsTestRun) r = { 0 };

  if (!ps_test_require_french ())
    return;
  ps_test_run_cli (&r, "fr_FR.UTF-8", "portage", "--tjm", "600", "--days-per-month", "18", NULL);
  g_assert_cmpint (r.status, ==, 0);
  /* 10 800,00 € with the locale's narrow no-break spaces */
  g_assert_nonnull (strstr (r.out, "10\u202f800,00\u202f€"));
  g_assert_nonnull (strstr (r.out, "129\u202f600,00\u202f€"));
  /* and in French */
  g_assert_nonnull (strstr (r.out, "Net après impôt"));
  g_assert_nonnull (strstr (r.out, "Frais de gestion"));
}

/* the rates table speaks the reader's language: the English twin of each
 * label in English, the file's French label in French */
static void
test_rates_labels (void)
{
  g_auto (PsTestRun) en = { 0 };
  g_auto (PsTestRun) fr = { 0 };

  ps_test_run_cli (&en, "C.UTF-8", "rates", "--date", "2026-03-01", NULL);
  g_assert_cmpint (en.status, ==, 0);
  g_assert_nonnull (strstr (en.out, "Monthly social security ceiling (PMSS)"));
  g_assert_null (strstr (en.out, "Plafond mensuel"));
  ps_test_run_cli (&fr, "fr_FR.UTF-8", "rates", "--date", "2026-03-01", NULL);
  g_assert_cmpint (fr.status, ==, 0);
  g_assert_nonnull (strstr (fr.out, "Plafond mensuel de la sécurité sociale (PMSS)"));
  g_assert_null (strstr (fr.out, "Monthly social security ceiling"));
}

static void
test_french_errors (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_auto (PsTestRun) r2 = { 0 };

  /* messages in French, with the French space before the colon */
  ps_test_run_cli (&r, "fr_FR.UTF-8", "compare", "--tjm", "550,50", "--days-per-year", "200",
           "--date", "2026-13-01", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--date : "));
  g_assert_nonnull (strstr (r.err, "n’est pas une date valide"));
  ps_test_run_cli (&r2, "fr_FR.UTF-8", "compare", "--tjm", "-5", "--days-per-year", "200", NULL);
  g_assert_cmpint (r2.status, ==, 2);
  g_assert_nonnull (strstr (r2.err, "--tjm : -5 est hors limites"));
}

static void
test_help (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_auto (PsTestRun) r2 = { 0 };

  ps_test_run_cli (&r, NULL, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "portage"));
  ps_test_run_cli (&r2, NULL, "portage", "--help", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_nonnull (strstr (r2.out, "--tjm"));
}

static void
test_statuses_json (void)
{
  g_auto (PsTestRun) rm = { 0 };
  g_auto (PsTestRun) re = { 0 };
  g_auto (PsTestRun) rs = { 0 };
  g_autoptr (cJSON) m = NULL;
  g_autoptr (cJSON) e = NULL;
  g_autoptr (cJSON) s = NULL;

  /* the harness README's official figures (modele-social, 01/07/2026) */
  ps_test_run_cli (&rm, NULL, "micro", "--revenue-yearly", "60000", "--date", "2026-07-01", "--json", NULL);
  g_assert_cmpint (rm.status, ==, 0);
  m = cJSON_Parse (rm.out);
  g_assert_cmpfloat (fabs (ps_test_json_number (m, "contributions_yearly") - 15480), <=, 1);
  g_assert_cmpfloat (fabs (ps_test_json_number (m, "net_before_tax_yearly") - 44520), <=, 1);
  g_assert_cmpfloat (fabs (ps_test_json_number (m, "income_tax_yearly") - 4983.99), <=, 1);
  g_assert_cmpfloat (fabs (ps_test_json_number (m, "net_after_tax_yearly") - 39536), <=, 1);
  g_assert_true (cJSON_IsArray (cJSON_GetObjectItem (m, "warnings")));

  ps_test_run_cli (&re, NULL, "eurl", "--remuneration-yearly", "60000", "--tax-regime", "is", "--date", "2026-07-01", "--json", NULL);
  g_assert_cmpint (re.status, ==, 0);
  e = cJSON_Parse (re.out);
  /* The TNS contributions under the 2025 reform (décret 2024-688; the
   * official model still has the old rules), by hand, PASS 2026 48 060 €:
   * base 60 000 − 26 % = 44 400 (0.924 PASS); maladie (D621-2, 4 % → 6.5 %
   * from 0.6 to 1.1 PASS) 4 % + 2.5 % × (44 400 − 28 836) / 24 030
   * = 5.619 % → 2 495; IJ 0.5 % → 222; retraite de base 17.87 % → 7 934;
   * RCI 8.1 % → 3 596; invalidité-décès 1.3 % → 577; AF 0 (below 1.1 PASS);
   * CSG 6.8 % → 3 019; CSG-CRDS 2.9 % → 1 288; CFP 0.25 % PASS → 120:
   * 19 251 €. Income tax on 60 000 − 19 251 + 1 288 = 42 037 less 10 %
   * (37 833.30): 11 % × 17 979 + 30 % × 8 254.30 = 4 454 €. */
  g_assert_cmpfloat (fabs (ps_test_json_number (e, "contributions_yearly") - 19251), <=, 1);
  g_assert_cmpfloat (fabs (ps_test_json_number (e, "net_before_tax_yearly") - 40749), <=, 1);
  g_assert_cmpfloat (fabs (ps_test_json_number (e, "income_tax_yearly") - 4454), <=, 1);
  g_assert_cmpfloat (fabs (ps_test_json_number (e, "net_after_tax_yearly") - 36295), <=, 1);

  /* the official SASU: < 5 staff and its default AT/MP rate */
  ps_test_run_cli (&rs, NULL, "sasu", "--employer-cost-yearly", "60000", "--headcount", "4", "--atmp-pct", "2.08",
           "--date", "2026-07-01", "--json", NULL);
  g_assert_cmpint (rs.status, ==, 0);
  s = cJSON_Parse (rs.out);
  g_assert_cmpfloat (fabs (ps_test_json_number (s, "gross_yearly") - 42646.11), <=, 10);
  g_assert_cmpfloat (fabs (ps_test_json_number (s, "contributions_yearly") - 26566.77), <=, 10);
  g_assert_cmpfloat (fabs (ps_test_json_number (s, "net_before_tax_yearly") - 33433.23), <=, 10);
  /* the official taxable pay, 35 553.52, less the employer's prévoyance
   * cadre (README "Where we differ"; CGI art. 83 1° quater): 1.50 % of
   * 3 553.84 × 12 = 639.69 → 34 913.83, less 10 % = 31 422.45; the scale
   * of the LF 2026: 11 % × (29 579 − 11 600) + 30 % × (31 422.45 − 29 579)
   * = 2 530.72 → 2 531 € (the official 2 703 on its taxable); net after tax
   * 33 433.23 − 2 531 = 30 902.23 € (the official 30 730.23) */
  g_assert_cmpfloat (fabs (ps_test_json_number (s, "income_tax_yearly") - 2531), <=, 10);
  g_assert_cmpfloat (fabs (ps_test_json_number (s, "net_after_tax_yearly") - 30902.23), <=, 10);
}

static void
test_scenario_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ps-cli-scenario-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "s.json", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.json", NULL);
  g_autofree char *wrong = g_build_filename (dir, "wrong.json", NULL);
  g_auto (PsTestRun) r1 = { 0 };
  g_auto (PsTestRun) r2 = { 0 };
  g_auto (PsTestRun) r3 = { 0 };
  g_auto (PsTestRun) r4 = { 0 };
  g_auto (PsTestRun) r5 = { 0 };
  g_autoptr (cJSON) a = NULL;
  g_autoptr (cJSON) b = NULL;
  g_autoptr (cJSON) c = NULL;

  g_assert_true (g_file_set_contents (path, "{\"format\": 1, \"date\": \"2026-07-01\", \"tjm\": 640, "
                                      "\"days_per_year\": 205, \"fee_pct\": 6, \"cdi_gross_yearly\": 58000, "
                                      "\"parts\": 2, \"micro_vl\": true}", -1, NULL));
  /* the file, and the same inputs as options: the same figures */
  ps_test_run_cli (&r1, NULL, "compare", "--scenario", path, "--json", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  ps_test_run_cli (&r2, NULL, "compare", "--tjm", "640", "--days-per-year", "205", "--fee-pct", "6", "--cdi-gross-yearly", "58000",
           "--parts", "2", "--vl", "--date", "2026-07-01", "--json", NULL);
  a = cJSON_Parse (r1.out);
  b = cJSON_Parse (r2.out);
  for (int i = 0; i < 5; i++)
    {
      static const char *ids[] = { "portage", "cdi", "micro", "sasu", "eurl" };
      cJSON *sa = cJSON_GetObjectItem (cJSON_GetObjectItem (a, "statuses"), ids[i]);
      cJSON *sb = cJSON_GetObjectItem (cJSON_GetObjectItem (b, "statuses"), ids[i]);

      g_assert_cmpfloat (ps_test_json_number (sa, "net_after_tax_yearly"), ==, ps_test_json_number (sb, "net_after_tax_yearly"));
    }
  /* an option wins over the file */
  ps_test_run_cli (&r3, NULL, "compare", "--scenario", path, "--tjm", "700", "--json", NULL);
  c = cJSON_Parse (r3.out);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (c, "inputs"), "tjm"), ==, 700);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (c, "inputs"), "days_per_year"), ==, 205);

  /* a newer format and a wrong type: exit 2, the key named */
  g_assert_true (g_file_set_contents (newer, "{\"format\": 7, \"tjm\": 500}", -1, NULL));
  ps_test_run_cli (&r4, NULL, "compare", "--scenario", newer, NULL);
  g_assert_cmpint (r4.status, ==, 2);
  g_assert_nonnull (strstr (r4.err, "format"));
  g_assert_true (g_file_set_contents (wrong, "{\"format\": 1, \"days_per_year\": \"lots\"}", -1, NULL));
  ps_test_run_cli (&r5, NULL, "compare", "--scenario", wrong, NULL);
  g_assert_cmpint (r5.status, ==, 2);
  g_assert_nonnull (strstr (r5.err, "days_per_year"));

  g_unlink (path);
  g_unlink (newer);
  g_unlink (wrong);
  g_rmdir (dir);
}

static void
test_sweep_csv (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_auto (GStrv) lines = NULL;

  ps_test_run_cli (&r, NULL, "sweep", "--tjm-from", "300", "--tjm-to", "800", "--step", "50", "--days-per-year", "200", "--csv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "tjm,portage_net_after_tax_monthly,cdi_net_after_tax_monthly,"
                                 "micro_net_after_tax_monthly,sasu_net_after_tax_monthly,eurl_net_after_tax_monthly,"
                                 "portage_usable,cdi_usable,micro_usable,sasu_usable,eurl_usable,best");
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 11 + 1);
  g_assert_true (g_str_has_prefix (lines[1], "300.00,"));
  g_assert_true (g_str_has_prefix (lines[11], "800.00,"));

  /* The micro BNC ceiling of 2026 is 83 600 € (CGI art. 102 ter, as
   * revalued for 2026-2028): 200 days at 400 € = 80 000 € stay under it,
   * at 450 € = 90 000 € go over. Above it, micro is not usable and never
   * the best, whatever its net; the best agrees with compare's. */
  for (int i = 1; i <= 11; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], ",", -1);
      double tjm = g_ascii_strtod (f[0], NULL);
      g_auto (PsTestRun) rc = { 0 };
      g_autoptr (cJSON) cmp = NULL;
      cJSON *best;

      g_assert_cmpuint (g_strv_length (f), ==, 12);
      g_assert_cmpstr (f[8], ==, tjm * 200 <= 83600 ? "1" : "0");
      if (tjm * 200 > 83600)
        g_assert_cmpstr (f[11], !=, "micro");
      ps_test_run_cli (&rc, NULL, "compare", "--tjm", f[0], "--days-per-year", "200", "--json", NULL);
      g_assert_cmpint (rc.status, ==, 0);
      cmp = cJSON_Parse (rc.out);
      best = cJSON_GetObjectItem (cmp, "best");
      g_assert_true (cJSON_IsString (best));
      g_assert_cmpstr (f[11], ==, best->valuestring);
    }
}

static void
test_breakeven_tips_json (void)
{
  g_auto (PsTestRun) rb = { 0 };
  g_auto (PsTestRun) rt = { 0 };
  g_autoptr (cJSON) b = NULL;
  g_autoptr (cJSON) t = NULL;
  cJSON *tip;

  ps_test_run_cli (&rb, NULL, "breakeven", "--tjm", "550", "--days-per-year", "200", "--cdi-gross-yearly", "55000",
           "--target-net-monthly", "4000", "--json", NULL);
  g_assert_cmpint (rb.status, ==, 0);
  b = cJSON_Parse (rb.out);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (b, "portage_target"), "tjm"), >, 400);
  g_assert_true (cJSON_IsObject (cJSON_GetObjectItem (cJSON_GetObjectItem (cJSON_GetObjectItem (b, "statuses"), "cdi"), "vs_portage")));

  ps_test_run_cli (&rt, NULL, "tips", "--tjm", "550", "--days-per-year", "200", "--json", NULL);
  g_assert_cmpint (rt.status, ==, 0);
  t = cJSON_Parse (rt.out);
  g_assert_cmpint (cJSON_GetArraySize (cJSON_GetObjectItem (t, "tips")), >=, 5);
  cJSON_ArrayForEach (tip, cJSON_GetObjectItem (t, "tips"))
    {
      g_assert_cmpfloat (ps_test_json_number (tip, "gain_monthly"), >, 0);
      g_assert_true (cJSON_IsString (cJSON_GetObjectItem (tip, "tradeoff")));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/cli/portage-json", test_portage_json);
  g_test_add_func ("/ps/cli/portage-json-reserve", test_portage_json_reserve);
  g_test_add_func ("/ps/cli/salary-json", test_salary_json);
  g_test_add_func ("/ps/cli/compare-json", test_compare_json);
  g_test_add_func ("/ps/cli/health-budget", test_health_budget);
  g_test_add_func ("/ps/cli/french-decimal", test_french_decimal);
  g_test_add_func ("/ps/cli/bad-input", test_bad_input);
  g_test_add_func ("/ps/cli/bad-rates-file", test_bad_rates_file);
  g_test_add_func ("/ps/cli/rates-file", test_rates_file_roundtrip);
  g_test_add_func ("/ps/cli/french-table", test_french_table);
  g_test_add_func ("/ps/cli/french-errors", test_french_errors);
  g_test_add_func ("/ps/cli/rates-labels", test_rates_labels);
  g_test_add_func ("/ps/cli/help", test_help);
  g_test_add_func ("/ps/cli/statuses-json", test_statuses_json);
  g_test_add_func ("/ps/cli/sweep-csv", test_sweep_csv);
  g_test_add_func ("/ps/cli/scenario-file", test_scenario_file);
  g_test_add_func ("/ps/cli/breakeven-tips-json", test_breakeven_tips_json);
  return g_test_run ();
}
