/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli cashflow: the first year month by month; project's CFE. */
#include "config.h"

#include <cJSON.h>
#include <math.h>
#include <string.h>

#include "ps-test-utils.h"

static const char *names[] = { "portage", "cdi", "micro", "sasu", "eurl" };

static cJSON *
run_json (const char *days)
{
  g_auto (PsTestRun) r = { 0 };
  cJSON *o;

  ps_test_run_cli (&r, NULL, "cashflow", "--tjm", "550", "--days-per-year", "200", "--date", "2026-03-01",
                   "--payment-days", days, "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_nonnull (o);
  return o;
}

/* The months and what is left after the year add up to compare's net. */
static void
test_json (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = run_json ("30");
  g_autoptr (cJSON) c = NULL;
  cJSON *statuses = cJSON_GetObjectItem (o, "statuses");

  ps_test_run_cli (&r, NULL, "compare", "--tjm", "550", "--days-per-year", "200", "--date", "2026-03-01", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  c = cJSON_Parse (r.out);
  g_assert_cmpfloat (ps_test_json_number (o, "payment_lag_months"), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      cJSON *st = cJSON_GetObjectItem (statuses, names[i]);
      cJSON *person = cJSON_GetObjectItem (st, "person");
      cJSON *months = cJSON_GetObjectItem (person, "months");
      double compared = ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (c, "statuses"), names[i]), "net_after_tax_yearly");

      g_assert_cmpint (cJSON_GetArraySize (months), ==, 12);
      g_assert_cmpfloat (fabs (ps_test_json_number (cJSON_GetObjectItem (person, "after_the_year"), "cumulative") - compared), <=, 0.005);
      g_assert_cmpfloat (ps_test_json_number (st, "net_after_tax_yearly"), ==, compared);
      g_assert_true ((cJSON_GetObjectItem (st, "company") != NULL) == (i >= 3));
    }
}

/* Paid at once, portage's first salary is month 1's; at 60 days, month 3. */
static void
test_delay (void)
{
  g_autoptr (cJSON) now = run_json ("0");
  g_autoptr (cJSON) late = run_json ("60");

  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (now, "statuses"), "portage"), "first_inflow_month"), ==, 1);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetObjectItem (cJSON_GetObjectItem (late, "statuses"), "portage"), "first_inflow_month"), ==, 3);
}

static void
test_csv (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_auto (GStrv) lines = NULL;

  ps_test_run_cli (&r, NULL, "cashflow", "--tjm", "550", "--days-per-year", "200", "--date", "2026-03-01",
                   "--micro-quarterly", "--salary-advance", "--csv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (g_strchomp (r.out), "\n", -1);
  g_assert_cmpstr (lines[0], ==, "status,account,month,inflow,contributions,income_tax,other,net,cumulative");
  /* five people's accounts and two companies', 13 rows each */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 7 * 13);
  g_assert_true (g_str_has_prefix (lines[1], "portage,person,1,"));
  g_assert_true (g_str_has_prefix (lines[13], "portage,person,after,"));
}

static void
test_french (void)
{
  g_auto (PsTestRun) r = { 0 };

  if (!ps_test_require_french ())
    return;
  ps_test_run_cli (&r, "fr_FR.UTF-8", "cashflow", "--tjm", "550", "--days-per-year", "200", "--date", "2026-03-01", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Mois 12"));
  g_assert_nonnull (strstr (r.out, "Après l’année\u202f: à recevoir"));
  g_assert_nonnull (strstr (r.out, "Société, après\u202f: à payer"));
  g_assert_nonnull (strstr (r.out, "à partir du mois"));
  g_assert_nonnull (strstr (r.out, "\u202f€"));
  g_assert_null (strstr (r.out, "Month"));
}

static void
test_bad_input (void)
{
  static const char *cases[][2] = {
    { "--payment-days", "200" }, { "--payment-days", "abc" }, { "--payment-days", "-1" },
    { "--mission-months", "0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (PsTestRun) r = { 0 };

      ps_test_run_cli (&r, NULL, "cashflow", "--tjm", "550", "--days-per-year", "200", cases[i][0], cases[i][1], NULL);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_nonnull (strstr (r.err, cases[i][0]));
    }
  {
    g_auto (PsTestRun) r = { 0 };

    ps_test_run_cli (&r, NULL, "cashflow", "--tjm", "550", "--days-per-year", "200", "--csv", "--json", NULL);
    g_assert_cmpint (r.status, ==, 2);
  }
  /* exponent notation is not read, whatever its value (as the window's
   * fields, tests/test-inputs.c): not a number, the option named, in
   * English and in French */
  {
    g_auto (PsTestRun) r = { 0 };
    const char *values[] = { "1e2", "1e9", "1e400" };

    for (guint i = 0; i < G_N_ELEMENTS (values); i++)
      {
        g_autofree char *want = g_strdup_printf ("--payment-days: “%s” is not a number", values[i]);

        ps_test_run_clear (&r);
        ps_test_run_cli (&r, NULL, "cashflow", "--tjm", "550", "--days-per-year", "200", "--payment-days", values[i], NULL);
        g_assert_cmpint (r.status, ==, 2);
        g_assert_nonnull (strstr (r.err, want));
      }
    for (guint i = 0; i < 2; i++)
      {
        ps_test_run_clear (&r);
        ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--cfe-base", i ? "2e5" : "1e5", NULL);
        g_assert_cmpint (r.status, ==, 2);
        g_assert_nonnull (strstr (r.err, i ? "--cfe-base: “2e5” is not a number" : "--cfe-base: “1e5” is not a number"));
      }
    ps_test_run_clear (&r);
    ps_test_run_cli (&r, "fr_FR.UTF-8", "project", "--tjm", "550", "--days-per-year", "200", "--years", "1e5", NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "--years"));
    g_assert_nonnull (strstr (r.err, "1e5"));
    g_assert_nonnull (strstr (r.err, "n’est pas un nombre"));
  }
}

/* What falls after the twelfth month is shown: the person's and the
 * company's, the contributions among it (the EURL's regularisation) */
static void
test_after_the_year (void)
{
  g_auto (PsTestRun) r = { 0 };

  ps_test_run_cli (&r, NULL, "cashflow", "--tjm", "600", "--days-per-year", "210", "--date", "2026-03-01", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "After the year: to receive"));
  g_assert_nonnull (strstr (r.out, "After the year: to pay"));
  g_assert_nonnull (strstr (r.out, "Company, after: to pay"));
  g_assert_nonnull (strstr (r.out, "Company, the year"));
  /* the contributions after the year under the person's and under the
   * company's, not summed over both */
  g_assert_null (strstr (r.out, "Of which contributions after"));
  {
    const char *a = strstr (r.out, "After the year: to pay");
    const char *b = strstr (r.out, "Company, after: to pay");

    g_assert_nonnull (a);
    g_assert_nonnull (b);
    g_assert_true (g_str_has_prefix (strchr (a, '\n') + 1, "    of which contributions"));
    g_assert_true (g_str_has_prefix (strchr (b, '\n') + 1, "    of which contributions"));
  }
}

/* project's CFE: none the first year, half the base the second (CGI art.
 * 1478 II), all of it the third: 60 000 € of revenue, the band up to
 * 100 000 €, whose top is 2 477 € in 2026 (CGI art. 1647 D), at 30 % */
static void
test_project_cfe (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = NULL;
  cJSON *years;

  ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--date", "2026-03-01",
                   "--cfe-rate-pct", "30", "--indexation-pct", "0", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  years = cJSON_GetObjectItem (cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), "micro"), "years");
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetArrayItem (years, 0), "cfe_yearly"), ==, 0);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetArrayItem (years, 1), "cfe_yearly"), ==, 371.55);
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetArrayItem (years, 2), "cfe_yearly"), ==, 743.1);
  g_assert_null (cJSON_GetObjectItem (cJSON_GetArrayItem (cJSON_GetObjectItem (cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), "cdi"), "years"), 1), "cfe_yearly"));
  ps_test_run_clear (&r);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--cfe-rate-pct", "150", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--cfe-rate-pct"));
  ps_test_run_clear (&r);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--cfe-base", "abc", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--cfe-base"));
  /* a base under the lowest minimum base the communes may vote (247 € in
   * 2026, CGI art. 1647 D, DOMAIN §12.1): that one, and said */
  ps_test_run_clear (&r);
  g_clear_pointer (&o, cJSON_Delete);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--date", "2026-03-01",
                   "--cfe-base", "0", "--cfe-rate-pct", "30", "--indexation-pct", "0", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  /* none the year of creation: null; then 247 € (indexation 0) */
  g_assert_true (cJSON_IsNull (cJSON_GetArrayItem (cJSON_GetObjectItem (o, "cfe_base_used"), 0)));
  g_assert_cmpfloat (cJSON_GetArrayItem (cJSON_GetObjectItem (o, "cfe_base_used"), 1)->valuedouble, ==, 247);
  g_assert_nonnull (strstr (cJSON_GetStringValue (cJSON_GetObjectItem (o, "cfe_base_note")), "1647 D"));
  years = cJSON_GetObjectItem (cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), "micro"), "years");
  g_assert_cmpfloat (ps_test_json_number (cJSON_GetArrayItem (years, 2), "cfe_yearly"), ==, 74.1);   /* 247 × 30 % */
  ps_test_run_clear (&r);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--date", "2026-03-01",
                   "--cfe-base", "0", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "is below the lowest minimum base the communes may vote"));
  g_assert_nonnull (strstr (r.out, "(CGI art. 1647 D)"));
  /* above the top of the band of 60 000 € (2 477 €): the top */
  ps_test_run_clear (&r);
  g_clear_pointer (&o, cJSON_Delete);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--date", "2026-03-01",
                   "--cfe-base", "5000", "--indexation-pct", "0", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  g_assert_cmpfloat (cJSON_GetArrayItem (cJSON_GetObjectItem (o, "cfe_base_used"), 2)->valuedouble, ==, 2477);
  g_assert_nonnull (cJSON_GetObjectItem (o, "cfe_base_note"));
  /* within the band: no note */
  ps_test_run_clear (&r);
  g_clear_pointer (&o, cJSON_Delete);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--date", "2026-03-01",
                   "--cfe-base", "1000", "--json", NULL);
  o = cJSON_Parse (r.out);
  g_assert_cmpfloat (cJSON_GetArrayItem (cJSON_GetObjectItem (o, "cfe_base_used"), 1)->valuedouble, ==, 1000);
  g_assert_null (cJSON_GetObjectItem (o, "cfe_base_note"));
}

/* --cfe-base brought into each year's band: the year's own (indexed)
 * bases and its reference revenue (CGI art. 1647 D I; art. 1478 II and
 * 1467 A for the reference year, DOMAIN §12.1). 150 € × 200 days, +20 %
 * a year, parameters +2 % a year after 2026: 2027 and 2028 on 2026's
 * 30 000 € (band 2, 1 179 € in 2026), 2029 on 2027's 36 000 € and 2030 on
 * 2028's 43 200 € (band 3, 2 477 € in 2026) */
static void
test_project_cfe_years (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = NULL;
  cJSON *used;
  const double want[] = { 1179 * 1.02, 1179 * 1.02 * 1.02, 2477 * pow (1.02, 3), 2477 * pow (1.02, 4) };
  const char *note;

  ps_test_run_cli (&r, NULL, "project", "--tjm", "150", "--days-per-year", "200", "--date", "2026-03-01",
                   "--tjm-growth-pct", "20", "--indexation-pct", "2", "--years", "5",
                   "--cfe-base", "5000", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  used = cJSON_GetObjectItem (o, "cfe_base_used");
  g_assert_cmpint (cJSON_GetArraySize (used), ==, 5);
  g_assert_true (cJSON_IsNull (cJSON_GetArrayItem (used, 0)));
  for (int y = 1; y < 5; y++)
    g_assert_cmpfloat_with_epsilon (cJSON_GetArrayItem (used, y)->valuedouble, round (want[y - 1] * 100) / 100, 1e-9);
  note = cJSON_GetStringValue (cJSON_GetObjectItem (o, "cfe_base_note"));
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "lowered to 1202.58 € in 2027, 1226.63 € in 2028, 2628.61 € in 2029, 2681.18 € in 2030"));
  g_assert_null (strstr (note, "2026"));

  /* 0: raised to each year's lowest minimum base, 247 € indexed */
  ps_test_run_clear (&r);
  g_clear_pointer (&o, cJSON_Delete);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "150", "--days-per-year", "200", "--date", "2026-03-01",
                   "--tjm-growth-pct", "20", "--indexation-pct", "2", "--years", "3", "--cfe-base", "0", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "raised to 251.94 € in 2027, 256.98 € in 2028."));

  /* under 5 000 € of revenue no CFE is due: no base used, no note */
  ps_test_run_clear (&r);
  g_clear_pointer (&o, cJSON_Delete);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "20", "--days-per-year", "200", "--cfe-base", "5000", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  used = cJSON_GetObjectItem (o, "cfe_base_used");
  for (int y = 0; y < cJSON_GetArraySize (used); y++)
    g_assert_true (cJSON_IsNull (cJSON_GetArrayItem (used, y)));
  g_assert_null (cJSON_GetObjectItem (o, "cfe_base_note"));
  ps_test_run_clear (&r);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "20", "--days-per-year", "200", "--cfe-base", "5000", NULL);
  g_assert_null (strstr (r.out, "--cfe-base"));
}

/* project --acre-eligible: the SASU's and the EURL's ACRE the first year
 * only (ps-acre, tests/test-acre.c for the amounts), said in the text */
static void
test_project_acre (void)
{
  g_auto (PsTestRun) r = { 0 };
  g_autoptr (cJSON) o = NULL;
  static const char * const ids[] = { "sasu", "eurl" };

  ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--date", "2026-03-01",
                   "--acre-eligible", "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  o = cJSON_Parse (r.out);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      cJSON *years = cJSON_GetObjectItem (cJSON_GetObjectItem (cJSON_GetObjectItem (o, "statuses"), ids[i]), "years");

      g_assert_true (cJSON_IsTrue (cJSON_GetObjectItem (cJSON_GetArrayItem (years, 0), "acre")));
      g_assert_cmpfloat (ps_test_json_number (cJSON_GetArrayItem (years, 0), "acre_exemption_yearly"), >, 0);
      g_assert_true (cJSON_IsFalse (cJSON_GetObjectItem (cJSON_GetArrayItem (years, 1), "acre")));
      g_assert_cmpfloat (ps_test_json_number (cJSON_GetArrayItem (years, 1), "acre_exemption_yearly"), ==, 0);
    }
  ps_test_run_clear (&r);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--date", "2026-03-01",
                   "--acre-eligible", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "SASU: the ACRE spares"));
  g_assert_nonnull (strstr (r.out, "EURL: the ACRE spares"));
  ps_test_run_clear (&r);
  ps_test_run_cli (&r, NULL, "project", "--tjm", "300", "--days-per-year", "200", "--date", "2026-03-01", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_null (strstr (r.out, "the ACRE spares"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/cashflow/json", test_json);
  g_test_add_func ("/cli/cashflow/project-acre", test_project_acre);
  g_test_add_func ("/cli/cashflow/delay", test_delay);
  g_test_add_func ("/cli/cashflow/csv", test_csv);
  g_test_add_func ("/cli/cashflow/after-the-year", test_after_the_year);
  g_test_add_func ("/cli/cashflow/french", test_french);
  g_test_add_func ("/cli/cashflow/bad-input", test_bad_input);
  g_test_add_func ("/cli/project/cfe", test_project_cfe);
  g_test_add_func ("/cli/project/cfe-years", test_project_cfe_years);
  return g_test_run ();
}
