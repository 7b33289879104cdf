/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cJSON.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ps-error.h"
#include "ps-scenario.h"
#include "ps-test-utils.h"

static void
init_file (PsScenarioFile *f)
{
  ps_scenario_file_init (f, ps_test_params ("2026-07-01"));
}

static void
assert_same (const PsScenarioFile *a,
             const PsScenarioFile *b)
{
  g_assert_cmpint (a->days_unit, ==, b->days_unit);
  g_assert_cmpuint (a->date, ==, b->date);
  for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
    g_assert_cmpfloat_with_epsilon (ps_scenario_file_get_field (a, i),
                                    ps_scenario_file_get_field (b, i), 1e-6);
  g_assert_cmpint (a->scenario.fee_model, ==, b->scenario.fee_model);
  g_assert_cmpint (a->scenario.tax.method, ==, b->scenario.tax.method);
  g_assert_cmpint (a->scenario.level, ==, b->scenario.level);
  g_assert_cmpint (a->scenario.reserve, ==, b->scenario.reserve);
  g_assert_cmpint (a->scenario.profile.cadre, ==, b->scenario.profile.cadre);
  g_assert_cmpint (a->scenario.micro_vl, ==, b->scenario.micro_vl);
  g_assert_cmpint (a->scenario.micro_acre, ==, b->scenario.micro_acre);
  g_assert_cmpint (a->scenario.eurl_ir, ==, b->scenario.eurl_ir);
  g_assert_cmpint (a->scenario.dividends_bareme, ==, b->scenario.dividends_bareme);
  g_assert_cmpfloat_with_epsilon (a->scenario.days_per_year, b->scenario.days_per_year, 1e-9);
}

static void
test_defaults (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsScenarioFile f;
  PsScenario s;

  ps_scenario_file_init (&f, p);
  ps_scenario_init (&s, p);
  g_assert_cmpint (memcmp (&f.scenario, &s, sizeof s), ==, 0);
  g_assert_cmpint (f.days_unit, ==, PS_DAYS_PER_YEAR);
  g_assert_cmpuint (f.date, ==, 0);
  g_assert_cmpfloat (ps_scenario_file_get_field (&f, PS_SCENARIO_FIELD_FEE_PCT), ==, s.fee_rate * 100);
}

static void
test_fields (void)
{
  PsScenarioFile f;
  g_autoptr (GError) error = NULL;

  init_file (&f);
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_TJM, "550,50", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (f.scenario.tjm, ==, 550.5);
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_TJM, "1 200", &error));
  g_assert_cmpfloat (f.scenario.tjm, ==, 1200);

  /* percents are stored as fractions, days as days per year */
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_FEE_PCT, "8,5", &error));
  g_assert_cmpfloat_with_epsilon (f.scenario.fee_rate, 0.085, 1e-12);
  f.days_unit = PS_DAYS_PER_MONTH;
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_DAYS, "18", &error));
  g_assert_cmpfloat (f.scenario.days_per_year, ==, 216);
  g_assert_cmpfloat (ps_scenario_file_get_field (&f, PS_SCENARIO_FIELD_DAYS), ==, 18);
  g_assert_cmpstr (ps_scenario_field_key (PS_SCENARIO_FIELD_DAYS, f.days_unit), ==, "days_per_month");

  /* optional fields: empty means 0 */
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_CDI_GROSS_YEARLY, "55 000", &error));
  g_assert_cmpfloat (f.scenario.cdi_gross_yearly, ==, 55000);
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_CDI_GROSS_YEARLY, "  ", &error));
  g_assert_cmpfloat (f.scenario.cdi_gross_yearly, ==, 0);
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_EXPENSES_MONTHLY, "", &error));
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_EXPENSES_MONTHLY, "0", &error));
  g_assert_no_error (error);
}

static void
assert_format (const PsScenarioFile *f,
               PsScenarioField       field,
               const char           *expected)
{
  g_autofree char *text = ps_scenario_file_format_field (f, field);

  g_assert_cmpstr (text, ==, expected);
}

/* The SASU salary and the EURL remuneration: empty is the engine's best
 * split, and 0 is a pay of its own (all in dividends). */
static void
test_best_split_fields (void)
{
  const PsScenarioField pay_fields[] = {
    PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY,
  };
  PsScenarioFile f;
  g_autoptr (GError) error = NULL;

  init_file (&f);
  /* the engine's defaults: the best split, 3 000 € of running costs, no km */
  g_assert_cmpfloat (f.scenario.sasu_salary_yearly, <, 0);
  g_assert_cmpfloat (f.scenario.eurl_remuneration_yearly, <, 0);
  g_assert_cmpfloat (ps_scenario_file_get_field (&f, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY), ==, PS_SCENARIO_BEST);
  g_assert_cmpfloat (ps_scenario_file_get_field (&f, PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY), ==,
                     f.scenario.company_running_costs);
  g_assert_cmpfloat (f.scenario.company_running_costs, ==, 3000);
  assert_format (&f, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "");
  assert_format (&f, PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY, "");
  assert_format (&f, PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY, "3000");
  assert_format (&f, PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY, "");
  /* the health budget: empty = as portage's payslip */
  g_assert_cmpfloat (f.scenario.health_yearly, <, 0);
  assert_format (&f, PS_SCENARIO_FIELD_HEALTH_BUDGET_YEARLY, "");
  g_assert_true (ps_scenario_field_empty_is_best (PS_SCENARIO_FIELD_HEALTH_BUDGET_YEARLY));

  for (guint i = 0; i < G_N_ELEMENTS (pay_fields); i++)
    {
      PsScenarioField field = pay_fields[i];

      g_assert_true (ps_scenario_field_is_optional (field));
      g_assert_true (ps_scenario_field_empty_is_best (field));
      g_assert_true (ps_scenario_file_set_field_text (&f, field, "42 000,50", &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (ps_scenario_file_get_field (&f, field), ==, 42000.5);
      g_assert_true (ps_scenario_file_set_field_text (&f, field, "0", &error));
      g_assert_cmpfloat (ps_scenario_file_get_field (&f, field), ==, 0);
      assert_format (&f, field, "0");
      g_assert_true (ps_scenario_file_set_field_text (&f, field, " ", &error));
      g_assert_cmpfloat (ps_scenario_file_get_field (&f, field), ==, PS_SCENARIO_BEST);
      assert_format (&f, field, "");
      g_assert_true (ps_scenario_file_set_field (&f, field, PS_SCENARIO_BEST, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpfloat (f.scenario.sasu_salary_yearly, <, 0);
  g_assert_cmpfloat (f.scenario.eurl_remuneration_yearly, <, 0);

  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "38000", &error));
  g_assert_cmpfloat (f.scenario.sasu_salary_yearly, ==, 38000);
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY, "2 400", &error));
  g_assert_cmpfloat (f.scenario.company_running_costs, ==, 2400);
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY, "8000", &error));
  g_assert_cmpfloat (f.scenario.mileage_km_yearly, ==, 8000);
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY, "", &error));
  g_assert_cmpfloat (f.scenario.mileage_km_yearly, ==, 0);
  /* running costs are not optional: 0 is typed, not left empty */
  g_assert_false (ps_scenario_field_is_optional (PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY));
  g_assert_false (ps_scenario_field_empty_is_best (PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY));
  g_assert_true (ps_scenario_file_set_field_text (&f, PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY, "0", &error));
  g_assert_cmpfloat (f.scenario.company_running_costs, ==, 0);
  g_assert_no_error (error);
}

static void
test_field_errors (void)
{
  static const struct
  {
    PsScenarioField field;
    const char     *text;
    int             code;
    const char     *message;
  } cases[] = {
    { PS_SCENARIO_FIELD_TJM, "", PS_INPUT_ERROR_EMPTY, "TJM: a value is required" },
    { PS_SCENARIO_FIELD_TJM, "abc", PS_INPUT_ERROR_NOT_A_NUMBER, "TJM: “abc” is not a number" },
    { PS_SCENARIO_FIELD_TJM, "0", PS_INPUT_ERROR_OUT_OF_RANGE, "TJM: 0 is out of range (accepted: 1 to 100000)" },
    { PS_SCENARIO_FIELD_DAYS, "400", PS_INPUT_ERROR_OUT_OF_RANGE, "Days per year: 400 is out of range (accepted: 1 to 366)" },
    { PS_SCENARIO_FIELD_PARTS, "1,3", PS_INPUT_ERROR_INVALID, "Household parts: the number of parts goes by halves (1, 1.5, 2, 2.5…)" },
    { PS_SCENARIO_FIELD_HEADCOUNT, "12.5", PS_INPUT_ERROR_INVALID, "Headcount: a whole number is expected" },
    { PS_SCENARIO_FIELD_CDI_GROSS_YEARLY, "-5", PS_INPUT_ERROR_OUT_OF_RANGE, NULL },
    { PS_SCENARIO_FIELD_FEE_PCT, "101", PS_INPUT_ERROR_OUT_OF_RANGE, NULL },
    { PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "abc", PS_INPUT_ERROR_NOT_A_NUMBER, "SASU salary: “abc” is not a number" },
    { PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "-1", PS_INPUT_ERROR_OUT_OF_RANGE,
      "SASU salary: -1 is out of range (accepted: 0 to 100000000)" },
    { PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY, "200000000", PS_INPUT_ERROR_OUT_OF_RANGE, NULL },
    { PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY, "", PS_INPUT_ERROR_EMPTY, "Company running costs: a value is required" },
    { PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY, "-10", PS_INPUT_ERROR_OUT_OF_RANGE, NULL },
    { PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY, "300000", PS_INPUT_ERROR_OUT_OF_RANGE,
      "Business kilometres: 300000 is out of range (accepted: 0 to 200000)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      PsScenarioFile f, before;

      init_file (&f);
      before = f;
      g_assert_false (ps_scenario_file_set_field_text (&f, cases[i].field, cases[i].text, &error));
      g_assert_error (error, PS_INPUT_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpint (memcmp (&f, &before, sizeof f), ==, 0);
    }
}

static void
test_format_field (void)
{
  PsScenarioFile f;

  init_file (&f);
  /* C.UTF-8: no grouping, a decimal point */
  g_assert_true (ps_scenario_file_set_field (&f, PS_SCENARIO_FIELD_TJM, 550.5, NULL));
  assert_format (&f, PS_SCENARIO_FIELD_TJM, "550.5");
  assert_format (&f, PS_SCENARIO_FIELD_ATMP_PCT, "0.64");
  assert_format (&f, PS_SCENARIO_FIELD_DAYS, "200");
  assert_format (&f, PS_SCENARIO_FIELD_CDI_GROSS_YEARLY, "");
  f.days_unit = PS_DAYS_PER_MONTH;
  assert_format (&f, PS_SCENARIO_FIELD_DAYS, "16.67");

  if (!ps_test_set_locale ("fr_FR.UTF-8"))
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale is not installed (see README: locale-gen)");
      return;
    }
  /* what is shown parses back to the same value */
  g_assert_true (ps_scenario_file_set_field (&f, PS_SCENARIO_FIELD_CDI_GROSS_YEARLY, 55000.25, NULL));
  {
    g_autofree char *text = ps_scenario_file_format_field (&f, PS_SCENARIO_FIELD_CDI_GROSS_YEARLY);
    PsScenarioFile g = f;

    g_assert_nonnull (strstr (text, "25"));
    g_assert_nonnull (strchr (text, ','));
    g_assert_true (ps_scenario_file_set_field_text (&g, PS_SCENARIO_FIELD_CDI_GROSS_YEARLY, text, NULL));
    g_assert_cmpfloat (g.scenario.cdi_gross_yearly, ==, 55000.25);
  }
  ps_test_set_locale ("C.UTF-8");
}

static void
test_json_roundtrip (void)
{
  PsScenarioFile a, b;
  g_autofree char *text = NULL;
  g_autoptr (cJSON) root = NULL;
  g_autoptr (GError) error = NULL;

  init_file (&a);
  a.date = PS_DATE (2025, 3, 15);
  a.days_unit = PS_DAYS_PER_MONTH;
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_TJM, 612.5, NULL));
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_DAYS, 18.5, NULL));
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_ATMP_PCT, 0.7, NULL));
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_PARTS, 2.5, NULL));
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_CDI_GROSS_YEARLY, 58000, NULL));
  a.scenario.fee_model = PS_FEE_FLAT;
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_FEE_FLAT_MONTHLY, 250, NULL));
  a.scenario.tax.method = PS_TAX_RATE;
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_TAX_RATE_PCT, 7.5, NULL));
  a.scenario.level = PS_LEVEL_EXPERT;
  a.scenario.reserve = FALSE;
  a.scenario.profile.cadre = FALSE;
  a.scenario.micro_vl = TRUE;
  a.scenario.micro_acre = TRUE;
  a.scenario.eurl_ir = TRUE;
  a.scenario.dividends_bareme = TRUE;
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, 36000.5, NULL));
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY, 2500, NULL));
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY, 6000, NULL));
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_HEALTH_BUDGET_YEARLY, 1500, NULL));

  text = ps_scenario_file_to_json (&a);
  root = cJSON_Parse (text);
  g_assert_nonnull (root);
  g_assert_cmpint (cJSON_GetObjectItem (root, "format")->valueint, ==, PS_SCENARIO_FORMAT);
  g_assert_cmpstr (cJSON_GetObjectItem (root, "date")->valuestring, ==, "2025-03-15");
  g_assert_cmpfloat (cJSON_GetObjectItem (root, "days_per_month")->valuedouble, ==, 18.5);
  g_assert_null (cJSON_GetObjectItem (root, "days_per_year"));
  g_assert_cmpfloat (cJSON_GetObjectItem (root, "atmp_pct")->valuedouble, ==, 0.7);
  g_assert_cmpstr (cJSON_GetObjectItem (root, "fee_model")->valuestring, ==, "flat");
  g_assert_cmpstr (cJSON_GetObjectItem (root, "tax")->valuestring, ==, "rate");
  g_assert_cmpstr (cJSON_GetObjectItem (root, "level")->valuestring, ==, "expert");
  g_assert_true (cJSON_IsFalse (cJSON_GetObjectItem (root, "reserve")));
  g_assert_true (cJSON_IsTrue (cJSON_GetObjectItem (root, "micro_vl")));
  g_assert_true (cJSON_IsTrue (cJSON_GetObjectItem (root, "micro_acre")));
  g_assert_true (cJSON_IsTrue (cJSON_GetObjectItem (root, "eurl_ir")));
  g_assert_true (cJSON_IsTrue (cJSON_GetObjectItem (root, "dividends_bareme")));
  g_assert_cmpfloat (cJSON_GetObjectItem (root, "sasu_salary_yearly")->valuedouble, ==, 36000.5);
  /* the best split is null */
  g_assert_true (cJSON_IsNull (cJSON_GetObjectItem (root, "eurl_remuneration_yearly")));
  g_assert_cmpfloat (cJSON_GetObjectItem (root, "running_costs_yearly")->valuedouble, ==, 2500);
  g_assert_cmpfloat (cJSON_GetObjectItem (root, "mileage_km_yearly")->valuedouble, ==, 6000);
  g_assert_cmpfloat (cJSON_GetObjectItem (root, "health_budget_yearly")->valuedouble, ==, 1500);

  init_file (&b);
  g_assert_true (ps_scenario_file_from_json (&b, text, -1, &error));
  g_assert_no_error (error);
  assert_same (&a, &b);
  g_assert_cmpfloat (b.scenario.sasu_salary_yearly, ==, 36000.5);
  g_assert_cmpfloat (b.scenario.eurl_remuneration_yearly, <, 0);
  g_assert_cmpfloat (b.scenario.health_yearly, ==, 1500);

  /* the ESN default (no offer) is written as null and read back as 0 */
  a.scenario.cdi_gross_yearly = 0;
  a.date = 0;
  g_free (text);
  text = ps_scenario_file_to_json (&a);
  g_assert_nonnull (strstr (text, "\"cdi_gross_yearly\":\tnull"));
  g_assert_true (ps_scenario_file_from_json (&b, text, -1, &error));
  assert_same (&a, &b);
}

static void
test_json_partial (void)
{
  PsScenarioFile a, b;
  g_autoptr (GError) error = NULL;

  init_file (&a);
  b = a;
  g_assert_true (ps_scenario_file_from_json (&b, "{\"format\": 1, \"tjm\": 700, \"future_key\": 3}", -1, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (b.scenario.tjm, ==, 700);
  b.scenario.tjm = a.scenario.tjm;
  g_assert_cmpint (memcmp (&a, &b, sizeof a), ==, 0);

  /* null: the best split again, and no kilometres */
  b.scenario.sasu_salary_yearly = 30000;
  b.scenario.mileage_km_yearly = 5000;
  g_assert_true (ps_scenario_file_from_json (&b, "{\"format\": 1, \"sasu_salary_yearly\": null, \"mileage_km_yearly\": null}",
                                             -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (memcmp (&a, &b, sizeof a), ==, 0);
}

static void
test_json_errors (void)
{
  static const struct
  {
    const char *json;
    int         code;
    const char *message;
  } cases[] = {
    { "{\"format\": 1,\n \"tjm\": }", PS_SCENARIO_ERROR_PARSE, "not valid JSON (error on line 2)" },
    /* issue 15: a key twice, text after the object */
    { "{\"format\": 1, \"tjm\": 500, \"tjm\": 600}", PS_SCENARIO_ERROR_PARSE, "the key “tjm” appears twice" },
    { "{\"format\": 1}\nGARBAGE", PS_SCENARIO_ERROR_PARSE, "not valid JSON (text after the end, on line 2)" },
    { "", PS_SCENARIO_ERROR_PARSE, NULL },
    { "[1, 2]", PS_SCENARIO_ERROR_PARSE, "Not a scenario: the file does not hold a JSON object" },
    { "{\"tjm\": 550}", PS_SCENARIO_ERROR_FORMAT, "Not a Portage Simulator scenario: the “format” key is missing" },
    { "{\"format\": \"1\"}", PS_SCENARIO_ERROR_FORMAT, "format: expected a version number" },
    { "{\"format\": 2}", PS_SCENARIO_ERROR_FORMAT, "format: version 2 is newer than this application reads (1); update Portage Simulator" },
    { "{\"format\": 1, \"tjm\": \"550\"}", PS_SCENARIO_ERROR_FIELD, "tjm: expected a number" },
    { "{\"format\": 1, \"tjm\": 0}", PS_SCENARIO_ERROR_FIELD, "tjm: 0 is out of range (accepted: 1 to 100000)" },
    { "{\"format\": 1, \"tjm\": null}", PS_SCENARIO_ERROR_FIELD, "tjm: expected a number" },
    { "{\"format\": 1, \"days_per_month\": 40}", PS_SCENARIO_ERROR_FIELD, "days_per_month: 40 is out of range (accepted: 0.50 to 31)" },
    { "{\"format\": 1, \"days_per_month\": 18, \"days_per_year\": 200}", PS_SCENARIO_ERROR_FIELD, "days_per_year, days_per_month: give one of them, not both" },
    { "{\"format\": 1, \"parts\": 1.25}", PS_SCENARIO_ERROR_FIELD, "parts: the number of parts goes by halves (1, 1.5, 2, 2.5…)" },
    { "{\"format\": 1, \"headcount\": 10.5}", PS_SCENARIO_ERROR_FIELD, "headcount: a whole number is expected" },
    { "{\"format\": 1, \"fee_model\": \"monthly\"}", PS_SCENARIO_ERROR_FIELD, "fee_model: expected one of percent, percent-net, flat, got “monthly”" },
    { "{\"format\": 1, \"tax\": 3}", PS_SCENARIO_ERROR_FIELD, "tax: expected one of bareme, neutral, rate" },
    { "{\"format\": 1, \"level\": \"guru\"}", PS_SCENARIO_ERROR_FIELD, "level: expected one of first, junior, senior, expert, got “guru”" },
    { "{\"format\": 1, \"reserve\": \"yes\"}", PS_SCENARIO_ERROR_FIELD, "reserve: expected true or false" },
    { "{\"format\": 1, \"date\": \"2031-01-01\"}", PS_SCENARIO_ERROR_FIELD, "date: 2031-01-01 is outside the years with rates (2025 to 2026)" },
    { "{\"format\": 1, \"date\": \"July\"}", PS_SCENARIO_ERROR_FIELD, "date: expected a date as YYYY-MM-DD" },
    { "{\"format\": 1, \"sasu_salary_yearly\": -5}", PS_SCENARIO_ERROR_FIELD,
      "sasu_salary_yearly: -5 is out of range (accepted: 0 to 100000000)" },
    /* only null is the best split */
    { "{\"format\": 1, \"eurl_remuneration_yearly\": -1}", PS_SCENARIO_ERROR_FIELD,
      "eurl_remuneration_yearly: -1 is out of range (accepted: 0 to 100000000)" },
    { "{\"format\": 1, \"sasu_salary_yearly\": \"best\"}", PS_SCENARIO_ERROR_FIELD, "sasu_salary_yearly: expected a number" },
    { "{\"format\": 1, \"running_costs_yearly\": null}", PS_SCENARIO_ERROR_FIELD, "running_costs_yearly: expected a number" },
    { "{\"format\": 1, \"mileage_km_yearly\": 250000}", PS_SCENARIO_ERROR_FIELD,
      "mileage_km_yearly: 250000 is out of range (accepted: 0 to 200000)" },
    { "{\"format\": 1, \"micro_vl\": 1}", PS_SCENARIO_ERROR_FIELD, "micro_vl: expected true or false" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      PsScenarioFile f, before;

      init_file (&f);
      before = f;
      g_assert_false (ps_scenario_file_from_json (&f, cases[i].json, -1, &error));
      g_assert_error (error, PS_SCENARIO_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      /* nothing half-read */
      g_assert_cmpint (memcmp (&f, &before, sizeof f), ==, 0);
    }
}

static void
test_save_load (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ps-scenario-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mission.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  PsScenarioFile a, b, before;

  init_file (&a);
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_TJM, 725, NULL));
  g_assert_true (ps_scenario_file_save (&a, path, &error));
  g_assert_no_error (error);
  /* saving again replaces the file whole */
  g_assert_true (ps_scenario_file_set_field (&a, PS_SCENARIO_FIELD_TJM, 730, NULL));
  g_assert_true (ps_scenario_file_save (&a, path, &error));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "{\n\t\"format\":\t1,"));
  g_assert_true (g_str_has_suffix (text, "}\n"));

  init_file (&b);
  g_assert_true (ps_scenario_file_load (&b, path, &error));
  g_assert_no_error (error);
  assert_same (&a, &b);

  /* errors name the file, then the key */
  g_assert_true (g_file_set_contents (bad, "{\"format\": 1, \"vm_pct\": 9}", -1, NULL));
  before = b;
  g_assert_false (ps_scenario_file_load (&b, bad, &error));
  g_assert_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD);
  g_assert_cmpstr (error->message, ==, "bad.json: vm_pct: 9 is out of range (accepted: 0 to 5)");
  g_assert_cmpint (memcmp (&b, &before, sizeof b), ==, 0);
  g_clear_error (&error);

  g_assert_false (ps_scenario_file_load (&b, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  /* a file that cannot be written is an error, not a crash */
  g_assert_false (ps_scenario_file_save (&a, dir, &error));
  g_assert_nonnull (error);

  g_unlink (path);
  g_unlink (bad);
  g_rmdir (dir);
}

/* The realistic year in a scenario: off is null, on an object with the
 * keys of portage-cli year; its values are checked like the options. */
static void
test_json_realistic_year (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;
  PsScenarioFile file, back;
  static const struct
  {
    const char *text;
    const char *names;
  } bad[] = {
    { "{\"format\": 1, \"realistic_year\": 3}", "realistic_year" },
    { "{\"format\": 1, \"realistic_year\": {\"holiday_weeks\": 60}}", "realistic_year.holiday_weeks" },
    { "{\"format\": 1, \"realistic_year\": {\"hours_per_day\": 0}}", "realistic_year.hours_per_day" },
    { "{\"format\": 1, \"realistic_year\": {\"sick_days\": \"5\"}}", "realistic_year.sick_days" },
    { "{\"format\": 1, \"realistic_year\": {\"holidays\": 5}}", "realistic_year.holidays" },
  };

  ps_scenario_file_init (&file, p);
  g_assert_false (file.year_on);
  json = ps_scenario_file_to_json (&file);
  {
    cJSON *root = cJSON_Parse (json);

    g_assert_true (cJSON_IsNull (cJSON_GetObjectItemCaseSensitive (root, "realistic_year")));
    cJSON_Delete (root);
  }

  file.year_on = TRUE;
  file.year.holiday_weeks = 6.5;
  file.year.gap_weeks = 4;
  file.year.public_holidays = -1;
  g_free (json);
  json = ps_scenario_file_to_json (&file);
  ps_scenario_file_init (&back, p);
  g_assert_true (ps_scenario_file_from_json (&back, json, -1, &error));
  g_assert_no_error (error);
  g_assert_true (back.year_on);
  g_assert_cmpfloat (back.year.holiday_weeks, ==, 6.5);
  g_assert_cmpfloat (back.year.gap_weeks, ==, 4);
  g_assert_cmpfloat (back.year.public_holidays, <, 0);
  g_assert_cmpfloat (back.year.hours_per_day, ==, 7);
  {
    g_auto (GStrv) unknown = ps_scenario_unknown_keys (json, strlen (json));

    g_assert_cmpint (g_strv_length (unknown), ==, 0);
  }

  /* null turns it off; an old file without the key keeps it as it is */
  g_assert_true (ps_scenario_file_from_json (&back, "{\"format\": 1, \"realistic_year\": null}", -1, &error));
  g_assert_false (back.year_on);
  g_assert_true (ps_scenario_file_from_json (&back, "{\"format\": 1, \"realistic_year\": {\"sick_days\": 12}}", -1, &error));
  g_assert_true (back.year_on);
  g_assert_cmpfloat (back.year.sick_days, ==, 12);
  g_assert_cmpfloat (back.year.holiday_weeks, ==, 6.5);
  g_assert_true (ps_scenario_file_from_json (&back, "{\"format\": 1}", -1, &error));
  g_assert_true (back.year_on);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      PsScenarioFile before = back;

      g_assert_false (ps_scenario_file_from_json (&back, bad[i].text, -1, &error));
      g_assert_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD);
      g_assert_true (g_str_has_prefix (error->message, bad[i].names));
      g_assert_true (memcmp (&before, &back, sizeof back) == 0);
      g_clear_error (&error);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ps_test_set_locale ("C.UTF-8");
  g_test_add_func ("/ps/scenario/defaults", test_defaults);
  g_test_add_func ("/ps/scenario/fields", test_fields);
  g_test_add_func ("/ps/scenario/best-split-fields", test_best_split_fields);
  g_test_add_func ("/ps/scenario/field-errors", test_field_errors);
  g_test_add_func ("/ps/scenario/format-field", test_format_field);
  g_test_add_func ("/ps/scenario/json-roundtrip", test_json_roundtrip);
  g_test_add_func ("/ps/scenario/json-partial", test_json_partial);
  g_test_add_func ("/ps/scenario/json-errors", test_json_errors);
  g_test_add_func ("/ps/scenario/json-realistic-year", test_json_realistic_year);
  g_test_add_func ("/ps/scenario/save-load", test_save_load);
  return g_test_run ();
}
