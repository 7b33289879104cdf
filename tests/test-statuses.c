/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Micro, SASU and EURL: the rules the reference suite cannot show (ACRE,
 * thresholds, the optimiser, dividends). */
#include "config.h"

#include <math.h>

#include "ps-comparison.h"
#include "ps-money.h"
#include "ps-test-utils.h"

static void
test_micro_rules (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsMicroInputs in = { 0 };
  PsMicroResult r, acre, vl;

  ps_tax_settings_init (&in.tax);
  in.revenue_yearly = 60000;
  ps_micro_compute (p, &in, &r);
  /* 25.6 % + CFP 0.2 % (DOMAIN §0, official figures in the harness README) */
  g_assert_cmpfloat_with_epsilon (r.contributions, 15480, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.taxable_income, 60000 * 0.66, 1e-6);

  in.acre = TRUE;
  ps_micro_compute (ps_test_params ("2026-03-01"), &in, &acre);
  /* ACRE: half the rate, rounded to the hundredth in 2026… */
  g_assert_cmpfloat_with_epsilon (acre.social_rate, 0.128, 1e-12);
  g_assert_cmpfloat (acre.contributions, <, r.contributions * 0.6);
  /* …three quarters of it for businesses created from 1 July 2026 */
  ps_micro_compute (p, &in, &acre);
  g_assert_cmpfloat_with_epsilon (acre.social_rate, 0.192, 1e-12);

  in.acre = FALSE;
  in.vl = TRUE;
  ps_micro_compute (p, &in, &vl);
  g_assert_cmpfloat_with_epsilon (vl.income_tax, 60000 * 0.022, 1e-6);
  g_assert_cmpfloat (vl.taxable_income, ==, 0);

  /* the 305 € minimum abatement */
  in.vl = FALSE;
  in.revenue_yearly = 600;
  ps_micro_compute (p, &in, &r);
  g_assert_cmpfloat_with_epsilon (r.taxable_income, 295, 1e-6);

  /* thresholds: 83 600 € (micro), 37 500 / 41 250 € (VAT) */
  in.revenue_yearly = 40000;
  ps_micro_compute (p, &in, &r);
  g_assert_cmpuint (r.warnings, ==, PS_MICRO_WARN_VAT);
  in.revenue_yearly = 83600;
  ps_micro_compute (p, &in, &r);
  g_assert_false (r.warnings & PS_MICRO_WARN_THRESHOLD);
  in.revenue_yearly = 83601;
  ps_micro_compute (p, &in, &r);
  g_assert_true (r.warnings & PS_MICRO_WARN_THRESHOLD);
  g_assert_true (r.warnings & PS_MICRO_WARN_VAT_HIGH);

  /* 2025: 24.6 %, ceiling 77 700 € */
  in.revenue_yearly = 77701;
  ps_micro_compute (ps_test_params ("2025-07-01"), &in, &r);
  g_assert_cmpfloat_with_epsilon (r.social_rate, 0.246, 1e-12);
  g_assert_true (r.warnings & PS_MICRO_WARN_THRESHOLD);
}

static void
test_corporate_tax (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");

  g_assert_cmpfloat (ps_corporate_tax (p, 0), ==, 0);
  g_assert_cmpfloat (ps_corporate_tax (p, -500), ==, 0);
  g_assert_cmpfloat (ps_corporate_tax (p, 42500), ==, 6375);
  g_assert_cmpfloat (ps_corporate_tax (p, 60000), ==, 6375 + 4375);
}

static double
net_at (const PsParams  *p,
        PsCompanyInputs  in,
        gboolean         eurl,
        double           pay)
{
  PsCompanyResult r;

  in.pay = pay;
  if (eurl)
    ps_eurl_compute (p, &in, &r);
  else
    ps_sasu_compute (p, &in, &r);
  return r.net_after_tax;
}

static void
check_optimum (gboolean eurl)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  static const double revenues[] = { 30000, 60000, 90000, 130000, 200000 };

  for (guint i = 0; i < G_N_ELEMENTS (revenues); i++)
    {
      PsCompanyInputs in;
      PsCompanyResult best;
      double top, curve[41];

      ps_company_inputs_init (&in, p);
      in.revenue = revenues[i];
      if (eurl)
        ps_eurl_compute (p, &in, &best);
      else
        ps_sasu_compute (p, &in, &best);
      g_assert_true (best.optimised);
      top = in.revenue - in.costs;

      /* the optimum beats its neighbours… (the TNS lines are rounded to
       * the euro, so the curve is jagged by up to 1 € a year) */
      for (double d = -500; d <= 500; d += 100)
        if (best.pay + d >= 0 && best.pay + d <= top)
          g_assert_cmpfloat (best.net_after_tax, >=, net_at (p, in, eurl, best.pay + d) - 1.0);
      /* …and every point of the curve */
      ps_company_curve (p, &in, eurl, G_N_ELEMENTS (curve), NULL, curve);
      for (guint k = 0; k < G_N_ELEMENTS (curve); k++)
        g_assert_cmpfloat (best.net_after_tax, >=, curve[k] - 1.0);
      /* and the money adds up */
      g_assert_cmpfloat_with_epsilon (best.dividends_net, best.dividends - best.dividend_contributions - best.dividend_income_tax, 1e-6);
      g_assert_cmpfloat (best.net_after_tax, <, in.revenue - in.costs);
    }
}

static void
test_sasu_optimum (void)
{
  check_optimum (FALSE);
}

static void
test_eurl_optimum (void)
{
  check_optimum (TRUE);
}

static void
test_sasu_dividends (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsCompanyInputs in;
  PsCompanyResult pfu, bareme;

  ps_company_inputs_init (&in, p);
  in.revenue = 80000;
  in.pay = 0;     /* everything as dividends */
  ps_sasu_compute (p, &in, &pfu);
  g_assert_cmpfloat (pfu.gross, ==, 0);
  g_assert_cmpfloat_with_epsilon (pfu.profit, 77000, 1e-6);
  g_assert_cmpfloat_with_epsilon (pfu.corporate_tax, ps_corporate_tax (p, 77000), 1e-6);
  /* PFU 2026: 12.8 % + 18.6 % */
  g_assert_cmpfloat_with_epsilon (pfu.dividend_contributions, pfu.dividends * 0.186, 1e-6);
  g_assert_cmpfloat_with_epsilon (pfu.dividend_income_tax, pfu.dividends * 0.128, 1e-6);
  g_assert_false (pfu.optimised);

  in.dividends_bareme = TRUE;
  ps_sasu_compute (p, &in, &bareme);
  g_assert_cmpfloat_with_epsilon (bareme.dividend_contributions, pfu.dividend_contributions, 1e-6);
  /* the scale on 60 % of the dividends, less the deductible CSG */
  g_assert_cmpfloat_with_epsilon (bareme.dividend_income_tax,
                                  ps_round_euros (ps_income_tax_bareme (p, bareme.dividends * 0.6 - bareme.dividends * 0.068, 1)),
                                  1.0);
}

static void
test_eurl_ir (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsCompanyInputs in;
  PsCompanyResult r;

  ps_company_inputs_init (&in, p);
  in.ir = TRUE;
  in.revenue = 70000;
  ps_eurl_compute (p, &in, &r);
  g_assert_cmpfloat (r.corporate_tax, ==, 0);
  g_assert_cmpfloat (r.dividends, ==, 0);
  /* the contributions on the profit before contributions less 26 %
   * (décret 2024-688), the income tax on the profit less the deductible
   * contributions */
  g_assert_cmpfloat_with_epsilon (r.tns.assiette, 67000 - 0.26 * 67000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.taxable_pay, 67000 - (r.tns.total - r.tns.csg_crds_non_deductible), 1e-6);
  g_assert_cmpfloat_with_epsilon (r.net_after_tax, 67000 - r.tns.total - r.income_tax, 1e-6);
}

static void
test_comparison_statuses (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 300;
  s.days_per_year = 200;
  s.expenses_monthly = 100;
  ps_comparison_compute (p, &s, c);
  /* 60 000 € of revenue: every status computed and eligible */
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      g_assert_true (c->statuses[i].eligible);
      g_assert_cmpfloat (c->statuses[i].net_after_tax_yearly, >, 0);
      g_assert_cmpfloat (c->statuses[i].net_after_tax_yearly, <, 60000);
    }
  /* micro bears its costs and expenses from its net */
  g_assert_cmpfloat_with_epsilon (c->statuses[PS_STATUS_MICRO].net_after_tax_yearly,
                                  c->micro.net_after_tax - 600 - 1200, 1e-6);
  g_assert_false (c->statuses[PS_STATUS_MICRO].unemployment_insurance);
  g_assert_true (c->statuses[PS_STATUS_PORTAGE].unemployment_insurance);

  /* above the micro ceiling, micro cannot be the best */
  s.tjm = 600;
  ps_comparison_compute (p, &s, c);
  g_assert_false (c->statuses[PS_STATUS_MICRO].eligible);
  g_assert_cmpint (c->best, !=, PS_STATUS_MICRO);

  /* a fixed SASU salary is respected */
  s.sasu_salary_yearly = 30000;
  ps_comparison_compute (p, &s, c);
  g_assert_cmpfloat (fabs (c->sasu.pay - 30000), <, 1);
  g_assert_false (c->sasu.optimised);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/statuses/micro-rules", test_micro_rules);
  g_test_add_func ("/ps/statuses/corporate-tax", test_corporate_tax);
  g_test_add_func ("/ps/statuses/sasu-optimum", test_sasu_optimum);
  g_test_add_func ("/ps/statuses/eurl-optimum", test_eurl_optimum);
  g_test_add_func ("/ps/statuses/sasu-dividends", test_sasu_dividends);
  g_test_add_func ("/ps/statuses/eurl-ir", test_eurl_ir);
  g_test_add_func ("/ps/statuses/comparison", test_comparison_statuses);
  return g_test_run ();
}
