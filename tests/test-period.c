/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The results' period: a year is twelve months.
 *
 * The yearly social security ceiling is twelve monthly ceilings: PMSS
 * 4 005 € and PASS 48 060 € for 2026, PMSS 3 925 € and PASS 47 100 € for
 * 2025 (arrêtés du 22/12/2025 et du 19/12/2024,
 * https://www.urssaf.fr/accueil/outils-documentation/taux-baremes/plafonds-securite-sociale.html);
 * the 2025 SMIC, 1 801,80 € a month for 35 hours, is 21 621,60 € a year
 * (https://www.service-public.fr/particuliers/vosdroits/F2300). */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-period.h"
#include "ps-test-utils.h"

static void
test_amount (void)
{
  g_assert_cmpfloat (ps_period_amount (PS_PERIOD_YEAR, 4005), ==, 48060);
  g_assert_cmpfloat (ps_period_amount (PS_PERIOD_YEAR, 3925), ==, 47100);
  g_assert_cmpfloat_with_epsilon (ps_period_amount (PS_PERIOD_YEAR, 1801.80), 21621.60, 1e-9);
  g_assert_cmpfloat (ps_period_amount (PS_PERIOD_MONTH, 1801.80), ==, 1801.80);
  g_assert_cmpfloat (ps_period_amount (PS_PERIOD_YEAR, -120.5), ==, -1446);
  g_assert_cmpfloat (ps_period_amount (PS_PERIOD_YEAR, 0), ==, 0);
}

/* The net wanted, typed per month or per year: the same monthly target
 * (the 2026 PASS, 48 060 € a year, is its PMSS, 4 005 € a month); the
 * range follows the period (1 € to 1 000 000 € a month) */
static void
test_target (void)
{
  g_autoptr (GError) error = NULL;
  double monthly = 0;

  g_assert_true (ps_period_parse_target (PS_PERIOD_MONTH, "Net", "4005", &monthly, &error));
  g_assert_cmpfloat (monthly, ==, 4005);
  g_assert_true (ps_period_parse_target (PS_PERIOD_YEAR, "Net", "48060", &monthly, &error));
  g_assert_cmpfloat (monthly, ==, 4005);
  g_assert_true (ps_period_parse_target (PS_PERIOD_YEAR, "Net", "21621,60", &monthly, &error));
  g_assert_cmpfloat_with_epsilon (monthly, 1801.80, 1e-9);
  /* a year's net above the monthly maximum, under twelve of it */
  g_assert_true (ps_period_parse_target (PS_PERIOD_YEAR, "Net", "1200000", &monthly, &error));
  g_assert_cmpfloat (monthly, ==, 100000);
  g_assert_false (ps_period_parse_target (PS_PERIOD_MONTH, "Net", "1200000", &monthly, &error));
  g_assert_nonnull (strstr (error->message, "Net"));
  g_clear_error (&error);
  g_assert_false (ps_period_parse_target (PS_PERIOD_YEAR, "Net", "12000001", &monthly, &error));
  g_clear_error (&error);
  g_assert_false (ps_period_parse_target (PS_PERIOD_YEAR, "Net", "abc", &monthly, &error));
  g_clear_error (&error);

  g_assert_cmpfloat (ps_period_convert (PS_PERIOD_MONTH, PS_PERIOD_YEAR, 4005), ==, 48060);
  g_assert_cmpfloat (ps_period_convert (PS_PERIOD_YEAR, PS_PERIOD_MONTH, 47100), ==, 3925);
  g_assert_cmpfloat (ps_period_convert (PS_PERIOD_YEAR, PS_PERIOD_YEAR, 47100), ==, 47100);
}

/* A yearly amount per month: the yearly ceilings back to the monthly ones;
 * a row of monthly amounts (the chart's curves) per year, a status that
 * can't be used (NAN) left out. */
static void
test_yearly_and_rows (void)
{
  const double monthly[] = { 4005, NAN, 3925, -120.5 };
  const double yearly[] = { 48060, NAN, 47100, -1446 };
  double out[G_N_ELEMENTS (monthly)];

  g_assert_cmpfloat (ps_period_of_yearly (PS_PERIOD_MONTH, 48060), ==, 4005);
  g_assert_cmpfloat (ps_period_of_yearly (PS_PERIOD_MONTH, 47100), ==, 3925);
  g_assert_cmpfloat (ps_period_of_yearly (PS_PERIOD_YEAR, 47100), ==, 47100);
  ps_period_amounts (PS_PERIOD_YEAR, monthly, out, G_N_ELEMENTS (monthly));
  for (guint i = 0; i < G_N_ELEMENTS (monthly); i++)
    if (isnan (yearly[i]))
      g_assert_true (isnan (out[i]));
    else
      g_assert_cmpfloat (out[i], ==, yearly[i]);
  ps_period_amounts (PS_PERIOD_MONTH, monthly, out, G_N_ELEMENTS (monthly));
  g_assert_cmpfloat (out[0], ==, 4005);
  g_assert_true (isnan (out[1]));
  /* in place */
  memcpy (out, monthly, sizeof out);
  ps_period_amounts (PS_PERIOD_YEAR, out, out, G_N_ELEMENTS (out));
  g_assert_cmpfloat (out[2], ==, 47100);
}

/* The rates file's own ceilings: the yearly one is twelve monthly ones. */
static void
test_rates_ceiling (void)
{
  const char *dates[] = { "2025-07-01", "2026-07-01" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      const PsParams *p = ps_test_params (dates[i]);

      g_assert_cmpfloat (ps_period_amount (PS_PERIOD_YEAR, p->pss_monthly), ==, p->pss_annual);
    }
}

static void
test_ids (void)
{
  PsPeriod period = PS_PERIOD_YEAR;

  g_assert_cmpstr (ps_period_id (PS_PERIOD_MONTH), ==, "month");
  g_assert_cmpstr (ps_period_id (PS_PERIOD_YEAR), ==, "year");
  g_assert_true (ps_period_from_id ("year", &period));
  g_assert_cmpint (period, ==, PS_PERIOD_YEAR);
  g_assert_true (ps_period_from_id ("month", &period));
  g_assert_cmpint (period, ==, PS_PERIOD_MONTH);
  period = PS_PERIOD_YEAR;
  g_assert_false (ps_period_from_id ("week", &period));
  g_assert_cmpint (period, ==, PS_PERIOD_MONTH);
  g_assert_false (ps_period_from_id (NULL, &period));
}

/* Every status's yearly figures are the engine's yearly results, its
 * monthly ones untouched. */
static void
test_summary (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 640;
  s.expenses_monthly = 150;
  ps_comparison_compute (p, &s, c);

  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const PsStatusResult *r = &c->statuses[i];
      PsStatusSummary month, same, year;

      ps_status_summary (c, i, &month);
      ps_period_summary (PS_PERIOD_MONTH, &month, &same);
      g_assert_cmpmem (&same, sizeof same, &month, sizeof month);
      ps_period_summary (PS_PERIOD_YEAR, &month, &year);
      g_assert_cmpfloat (year.net_after_tax, ==, r->net_after_tax_yearly);
      g_assert_cmpfloat (year.vs_reference, ==, month.vs_reference_yearly);
      g_assert_cmpfloat_with_epsilon (year.net_before_tax, r->net_before_tax_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (year.income_tax, r->income_tax_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (year.gross, r->gross_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (year.revenue, r->revenue_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (year.contributions, r->contributions_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (year.employee_total, 12 * month.employee_total, 1e-6);
      g_assert_cmpfloat_with_epsilon (year.employer_total, 12 * month.employer_total, 1e-6);
      g_assert_cmpfloat (year.effective_rate, ==, month.effective_rate);
      g_assert_cmpint (year.best, ==, month.best);
      g_assert_cmpint (year.eligible, ==, month.eligible);
      if (month.has_split)
        {
          g_assert_cmpfloat (year.pay, ==, month.pay_yearly);
          g_assert_cmpfloat (year.dividends, ==, month.dividends_yearly);
        }
      /* in place */
      ps_period_summary (PS_PERIOD_YEAR, &month, &month);
      g_assert_cmpmem (&month, sizeof month, &year, sizeof year);

      for (int k = 0; k < r->n_lines; k++)
        {
          PsLine line;

          ps_period_line (PS_PERIOD_YEAR, &r->lines[k], &line);
          g_assert_cmpfloat_with_epsilon (line.base, 12 * r->lines[k].base, 1e-9);
          g_assert_cmpfloat_with_epsilon (line.employee, 12 * r->lines[k].employee, 1e-9);
          g_assert_cmpfloat_with_epsilon (line.employer, 12 * r->lines[k].employer, 1e-9);
          g_assert_cmpfloat (line.employee_rate, ==, r->lines[k].employee_rate);
          g_assert_cmpfloat (line.employer_rate, ==, r->lines[k].employer_rate);
          g_assert_true (line.id == r->lines[k].id && line.label == r->lines[k].label);
          ps_period_line (PS_PERIOD_MONTH, &r->lines[k], &line);
          g_assert_cmpmem (&line, sizeof line, &r->lines[k], sizeof line);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/period/amount", test_amount);
  g_test_add_func ("/ps/period/target", test_target);
  g_test_add_func ("/ps/period/rates-ceiling", test_rates_ceiling);
  g_test_add_func ("/ps/period/ids", test_ids);
  g_test_add_func ("/ps/period/yearly-and-rows", test_yearly_and_rows);
  g_test_add_func ("/ps/period/summary", test_summary);
  return g_test_run ();
}
