/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "ps-status-summary.h"
#include "ps-test-utils.h"

static void
test_summary (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsScenario s;
  int n_best = 0;

  ps_scenario_init (&s, p);
  s.tjm = 640;
  s.expenses_monthly = 150;
  ps_comparison_compute (p, &s, c);

  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const PsStatusResult *r = &c->statuses[i];
      PsStatusSummary sum;
      double employee = 0, employer = 0, taxes = 0;

      ps_status_summary (c, i, &sum);
      g_assert_cmpint (sum.status, ==, i);
      g_assert_cmpint (sum.best, ==, (int) c->best == i);
      g_assert_cmpint (sum.reference, ==, i == PS_STATUS_REFERENCE);
      n_best += sum.best;
      g_assert_cmpfloat_with_epsilon (sum.net_after_tax * 12, r->net_after_tax_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (sum.net_before_tax * 12, r->net_before_tax_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (sum.income_tax * 12, r->income_tax_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (sum.gross * 12, r->gross_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (sum.revenue * 12, r->revenue_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (sum.expenses * 12, r->expenses_yearly, 1e-6);
      g_assert_cmpfloat_with_epsilon (sum.vs_reference,
                                      r->net_after_tax_monthly
                                      - c->statuses[PS_STATUS_REFERENCE].net_after_tax_monthly, 1e-9);
      g_assert_cmpfloat_with_epsilon (sum.vs_reference_yearly, sum.vs_reference * 12, 1e-6);
      if (sum.reference)
        g_assert_cmpfloat (sum.vs_reference, ==, 0);
      for (int k = 0; k < r->n_lines; k++)
        if (ps_line_is_tax (&r->lines[k]))
          taxes += r->lines[k].employee + r->lines[k].employer;
        else if (g_strcmp0 (r->lines[k].id, "health_budget") != 0)
          {
            employee += r->lines[k].employee;
            employer += r->lines[k].employer;
          }
      g_assert_cmpfloat_with_epsilon (sum.employee_total, employee, 1e-9);
      g_assert_cmpfloat_with_epsilon (sum.employer_total, employer, 1e-9);
      g_assert_cmpfloat_with_epsilon (sum.taxes_total, taxes, 1e-9);
      g_assert_cmpfloat (sum.employee_total, >, 0);
    }
  g_assert_cmpint (n_best, ==, 1);
}

/* The breakdown's total of contributions is the status's contributions,
 * the IS and the taxes on dividends (or the versement libératoire) apart:
 * they are taxes (CGI art. 219, 200 A, 151-0), not social contributions. */
static void
test_taxes_apart (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsScenario s;
  PsStatusSummary sum;

  ps_scenario_init (&s, p);
  s.tjm = 550;
  s.micro_vl = TRUE;
  s.sasu_salary_yearly = 40000;
  ps_comparison_compute (p, &s, c);

  ps_status_summary (c, PS_STATUS_SASU, &sum);
  g_assert_cmpfloat (c->sasu.corporate_tax, >, 0);
  g_assert_cmpfloat (c->sasu.dividend_income_tax, >, 0);
  ps_assert_euros (sum.employee_total + sum.employer_total, sum.contributions, 1e-6, "SASU contributions");
  ps_assert_euros (sum.taxes_total, (c->sasu.corporate_tax + c->sasu.dividend_income_tax) / 12, 1e-6, "SASU IS + PFU");

  ps_status_summary (c, PS_STATUS_EURL, &sum);
  ps_assert_euros (sum.employee_total + sum.employer_total, sum.contributions, 1e-6, "EURL contributions");
  ps_assert_euros (sum.taxes_total, (c->eurl.corporate_tax + c->eurl.dividend_income_tax) / 12, 1e-6, "EURL IS + PFU");

  ps_status_summary (c, PS_STATUS_MICRO, &sum);
  g_assert_cmpfloat (sum.taxes_total, >, 0);
  ps_assert_euros (sum.employee_total + sum.employer_total, sum.contributions, 1e-6, "micro contributions");
  ps_assert_euros (sum.taxes_total, c->micro.income_tax / 12, 1e-6, "micro versement libératoire");
}

static void
test_line_rate (void)
{
  static const struct { double fraction; const char *text; } cases[] = {
    { 0.069, "6.90%" }, { 0.0064, "0.64%" }, { 0.00016, "0.016%" }, { 0.000125, "0.0125%" },
    { -0.0201, "\u22122.01%" }, { 1.0 / 3, "33.3333%" }, { 0, "" },
  };

  ps_test_set_locale ("C.UTF-8");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ps_format_line_rate (cases[i].fraction);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
  if (!ps_test_set_locale ("fr_FR.UTF-8"))
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale is not installed (see README: locale-gen)");
      return;
    }
  {
    g_autofree char *text = ps_format_line_rate (0.069);
    g_assert_cmpstr (text, ==, "6,90\u202f%");
  }
  ps_test_set_locale ("C.UTF-8");
}

/* The SASU's and the EURL's split of the profit: the engine's pay and
 * dividends, and whether it is the best split or the pay typed. */
static void
test_split (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsStatusSummary sum;
  PsScenario s;

  ps_scenario_init (&s, p);
  ps_comparison_compute (p, &s, c);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      ps_status_summary (c, i, &sum);
      g_assert_cmpint (sum.has_split, ==, i == PS_STATUS_SASU || i == PS_STATUS_EURL);
    }
  ps_status_summary (c, PS_STATUS_SASU, &sum);
  g_assert_false (sum.split_typed);
  g_assert_false (sum.pay_capped);
  g_assert_cmpfloat (sum.pay_yearly, ==, c->sasu.pay);
  g_assert_cmpfloat (sum.dividends_yearly, ==, c->sasu.dividends);
  /* per month, like the rest of the breakdown */
  g_assert_cmpfloat_with_epsilon (sum.pay * 12, c->sasu.pay, 1e-6);
  g_assert_cmpfloat_with_epsilon (sum.dividends * 12, c->sasu.dividends, 1e-6);
  ps_status_summary (c, PS_STATUS_EURL, &sum);
  g_assert_false (sum.split_typed);
  g_assert_cmpfloat (sum.pay_yearly, ==, c->eurl.pay);
  g_assert_cmpfloat (sum.dividends_yearly, ==, c->eurl.dividends);

  /* a salary typed; 0 is one too (all in dividends) */
  s.sasu_salary_yearly = 30000;
  s.eurl_remuneration_yearly = 0;
  ps_comparison_compute (p, &s, c);
  ps_status_summary (c, PS_STATUS_SASU, &sum);
  g_assert_true (sum.split_typed);
  g_assert_false (sum.pay_capped);
  g_assert_cmpfloat_with_epsilon (sum.pay_yearly, 30000, 1);
  g_assert_cmpfloat (sum.dividends_yearly, >, 0);
  ps_status_summary (c, PS_STATUS_EURL, &sum);
  g_assert_true (sum.split_typed);
  g_assert_cmpfloat (sum.pay_yearly, ==, 0);

  /* more than the company earns: cut */
  s.sasu_salary_yearly = 500000;
  ps_comparison_compute (p, &s, c);
  ps_status_summary (c, PS_STATUS_SASU, &sum);
  g_assert_true (sum.split_typed);
  g_assert_true (sum.pay_capped);
  g_assert_cmpfloat (sum.pay_yearly, <, 500000);
  g_assert_cmpfloat_with_epsilon (sum.dividends_yearly, 0, 1);

  /* an EURL at the income tax has no split */
  s.eurl_ir = TRUE;
  ps_comparison_compute (p, &s, c);
  ps_status_summary (c, PS_STATUS_EURL, &sum);
  g_assert_false (sum.has_split);
}

/* The micro ceiling as a day rate: 83 600 € in 2026 (BNC, CGI art. 102
 * ter; betagouv/mon-entreprise modele-social 11.1.0,
 * entreprise/entreprise.publicodes) over 200 days is 418 € a day; nothing
 * for the other statuses. */
static void
test_limit_tjm (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsScenario s;

  ps_scenario_init (&s, p);
  s.days_per_year = 200;
  ps_comparison_compute (p, &s, c);
  g_assert_cmpfloat_with_epsilon (ps_status_limit_tjm (c, PS_STATUS_MICRO), 83600.0 / 200, 1e-9);
  g_assert_true (isnan (ps_status_limit_tjm (c, PS_STATUS_PORTAGE)));
  g_assert_true (isnan (ps_status_limit_tjm (c, PS_STATUS_SASU)));
  s.days_per_year = 150;
  ps_comparison_compute (p, &s, c);
  g_assert_cmpfloat_with_epsilon (ps_status_limit_tjm (c, PS_STATUS_MICRO), 83600.0 / 150, 1e-9);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/status-summary/summary", test_summary);
  g_test_add_func ("/ps/status-summary/line-rate", test_line_rate);
  g_test_add_func ("/ps/status-summary/taxes-apart", test_taxes_apart);
  g_test_add_func ("/ps/status-summary/split", test_split);
  g_test_add_func ("/ps/status-summary/limit-tjm", test_limit_tjm);
  return g_test_run ();
}
