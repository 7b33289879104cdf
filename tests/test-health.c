/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The health budget of micro, SASU and EURL (like for like with the
 * mutuelle and prévoyance a payslip carries), and the Madelin ceiling of
 * the TNS, against the legal formula and a published example:
 *
 * - CGI art. 154 bis II, 2nd paragraph, as commented by the tax
 *   administration (BOI 4 F-3-05, 5 August 2005):
 *   http://www11.minefi.gouv.fr/boi/boi2005/4fepub/textes/4f305/4f305.htm
 *   "Les cotisations facultatives au titre des régimes de prévoyance
 *   complémentaire sont déductibles dans la limite d'une somme égale à
 *   3,75 % du bénéfice imposable et 7 % du plafond annuel de la sécurité
 *   sociale, cette limite ne pouvant excéder 3 % de huit fois le plafond";
 * - a worked example for 2025, gus-assurance.fr: "Pour un revenu annuel de
 *   50 000 € en 2025 : 3,75 % de 50 000 € = 1 875 € + 3 297 € soit un total
 *   de 5 172 €": https://www.gus-assurance.fr/guide/fiscalite-prevoyance-madelin
 * - the premiums are not deducted from the base of the social
 *   contributions ("les cotisations des contrats de prévoyance Madelin ne
 *   sont pas déductibles socialement"): https://www.audace-courtage.fr/prevoyance-madelin/
 * - micro: the flat abatement stands for every cost (CGI art. 102 ter), so
 *   nothing is deducted;
 * - the portage payslip's cover: the mutuelle (both shares) and the
 *   compulsory prévoyance of a cadre, 1.50 % of the gross within the PMSS
 *   (ANI du 17/11/2017, art. 7). */
#include "config.h"

#include <math.h>

#include "ps-company.h"
#include "ps-comparison.h"
#include "ps-health.h"
#include "ps-micro.h"
#include "ps-money.h"
#include "ps-test-utils.h"

static void
test_ceiling_published (void)
{
  const PsParams *p = ps_test_params ("2025-07-01");

  g_assert_cmpfloat (p->pss_monthly * 12, ==, 47100);
  g_assert_cmpfloat_with_epsilon (ps_madelin_health_ceiling (p, 50000), 5172, 0.005);
}

static void
test_ceiling_formula (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  double pass = 48060;

  g_assert_cmpfloat (p->pss_monthly * 12, ==, pass);
  /* the fixed part alone: 7 % of the PASS, also after a loss */
  g_assert_cmpfloat_with_epsilon (ps_madelin_health_ceiling (p, 0), 0.07 * pass, 0.005);
  g_assert_cmpfloat_with_epsilon (ps_madelin_health_ceiling (p, -5000), 0.07 * pass, 0.005);
  g_assert_cmpfloat_with_epsilon (ps_madelin_health_ceiling (p, 100000), 0.0375 * 100000 + 0.07 * pass, 0.005);
  /* the cap, 3 % of 8 PASS = 11 534,40 € in 2026, reached from
   * (11 534,40 − 3 364,20) / 3,75 % = 217 872 € */
  g_assert_cmpfloat_with_epsilon (ps_madelin_health_ceiling (p, 217872), 0.03 * 8 * pass, 0.005);
  g_assert_cmpfloat_with_epsilon (ps_madelin_health_ceiling (p, 300000), 11534.40, 0.005);
}

static void
test_health_compute (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsHealth h;

  /* a SASU: the payslip pays part, the rest comes from the net */
  ps_health_compute (p, 1200, 700, FALSE, 0, &h);
  g_assert_cmpfloat (h.paid, ==, 500);
  g_assert_cmpfloat (h.deductible, ==, 0);
  /* the payslip pays more than the budget: nothing more */
  ps_health_compute (p, 1200, 1500, FALSE, 0, &h);
  g_assert_cmpfloat (h.paid, ==, 0);
  /* a TNS: within the ceiling, all of it; above, the ceiling */
  ps_health_compute (p, 1200, 0, TRUE, 40000, &h);
  g_assert_cmpfloat (h.deductible, ==, 1200);
  ps_health_compute (p, 9000, 0, TRUE, 40000, &h);
  g_assert_cmpfloat_with_epsilon (h.deductible, 0.0375 * 40000 + 0.07 * 48060, 0.005);
  g_assert_cmpfloat (h.paid, ==, 9000);
}

static void
test_micro (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsMicroInputs in = { 0 };
  PsMicroResult without, with;

  in.revenue_yearly = 60000;
  ps_tax_settings_init (&in.tax);
  ps_micro_compute (p, &in, &without);
  in.health_yearly = 1200.90;
  ps_micro_compute (p, &in, &with);
  /* paid from the net: no deduction from the contributions nor the tax */
  g_assert_cmpfloat (with.contributions, ==, without.contributions);
  g_assert_cmpfloat (with.income_tax, ==, without.income_tax);
  g_assert_cmpfloat_with_epsilon (with.net_after_tax, without.net_after_tax - 1200.90, 1e-6);
}

static void
test_eurl_ir (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsCompanyInputs in;
  PsCompanyResult without, with, over;
  double taxable;

  ps_company_inputs_init (&in, p);
  in.ir = TRUE;
  in.revenue = 70000;
  ps_eurl_compute (p, &in, &without);
  in.health_yearly = 1200;
  ps_eurl_compute (p, &in, &with);
  /* the base of the contributions keeps the premiums */
  g_assert_cmpfloat (with.tns.assiette, ==, without.tns.assiette);
  g_assert_cmpfloat (with.contributions, ==, without.contributions);
  /* the income tax on the profit less the deductible contributions and
   * the premiums (under the ceiling) */
  taxable = 67000 - (with.tns.total - with.tns.csg_crds_non_deductible);
  g_assert_cmpfloat (with.health.deductible, ==, 1200);
  g_assert_cmpfloat_with_epsilon (with.income_tax, ps_round_euros (ps_income_tax_bareme (p, taxable - 1200, 1)), 1e-6);
  g_assert_cmpfloat_with_epsilon (with.net_after_tax, 67000 - with.tns.total - with.income_tax - 1200, 1e-6);

  /* above the ceiling, only the ceiling is deducted */
  in.health_yearly = 12000;
  ps_eurl_compute (p, &in, &over);
  g_assert_cmpfloat_with_epsilon (over.health.deductible, ps_round_cents (0.0375 * taxable + 0.07 * 48060), 1e-6);
  g_assert_cmpfloat_with_epsilon (over.income_tax,
                                  ps_round_euros (ps_income_tax_bareme (p, taxable - over.health.deductible, 1)), 1e-6);
  g_assert_cmpfloat_with_epsilon (over.net_after_tax, 67000 - over.tns.total - over.income_tax - 12000, 1e-6);
}

static void
test_eurl_is (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsCompanyInputs in;
  PsCompanyResult without, with;
  double taxable;

  ps_company_inputs_init (&in, p);
  in.revenue = 120000;
  in.pay = 60000;
  ps_eurl_compute (p, &in, &without);
  in.health_yearly = 1500;
  ps_eurl_compute (p, &in, &with);
  g_assert_cmpfloat (with.contributions, ==, without.contributions);
  g_assert_cmpfloat (with.corporate_tax, ==, without.corporate_tax);
  /* the remuneration (CGI art. 62) less the deductible contributions and
   * the premiums, then the 10 % deduction */
  taxable = 60000 - with.tns.deductible - 1500;
  g_assert_cmpfloat_with_epsilon (with.income_tax,
                                  ps_round_euros (ps_income_tax_bareme (p, taxable - ps_income_tax_salary_deduction (p, taxable), 1)),
                                  1e-6);
  g_assert_cmpfloat_with_epsilon (with.net_after_tax,
                                  without.net_after_tax + (without.income_tax - with.income_tax)
                                  + (without.dividend_income_tax - with.dividend_income_tax) - 1500, 1e-6);
}

static void
test_sasu (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsCompanyInputs in;
  PsCompanyResult without, with;
  double covered;

  /* dividends only: all of the budget from the net */
  ps_company_inputs_init (&in, p);
  in.revenue = 110000;
  in.pay = 0;
  ps_sasu_compute (p, &in, &without);
  in.health_yearly = 1200.90;
  ps_sasu_compute (p, &in, &with);
  g_assert_cmpfloat_with_epsilon (with.net_after_tax, without.net_after_tax - 1200.90, 1e-6);

  /* a salary above the PMSS: the payslip carries the mutuelle (40 €, both
   * shares) and the prévoyance (1.50 % of the PMSS) */
  in.pay = 80000;
  in.health_yearly = 0;
  ps_sasu_compute (p, &in, &without);
  g_assert_cmpfloat (without.gross / 12, >, 4005);
  covered = 12 * (in.profile.mutuelle_monthly + 0.015 * 4005);
  g_assert_cmpfloat_with_epsilon (ps_health_payslip_yearly (&without.payslip), covered, 0.005);
  /* a budget the payslip covers costs nothing more; above it, the rest */
  in.health_yearly = covered;
  ps_sasu_compute (p, &in, &with);
  g_assert_cmpfloat (with.health.paid, ==, 0);
  g_assert_cmpfloat_with_epsilon (with.net_after_tax, without.net_after_tax, 1e-6);
  in.health_yearly = covered + 300;
  ps_sasu_compute (p, &in, &with);
  g_assert_cmpfloat_with_epsilon (with.health.paid, 300, 0.005);
  g_assert_cmpfloat_with_epsilon (with.net_after_tax, without.net_after_tax - 300, 0.005);
}

static void
test_comparison_default (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  g_autofree PsComparison *none = g_new0 (PsComparison, 1);
  PsScenario s;
  double expected;

  ps_scenario_init (&s, p);
  g_assert_cmpfloat (s.health_yearly, <, 0);
  ps_comparison_compute (p, &s, c);
  /* portage's gross is above the PMSS at 550 €/day: the mutuelle and the
   * prévoyance on the whole PMSS */
  g_assert_cmpfloat (c->portage.gross, >, 4005);
  expected = 12 * (s.profile.mutuelle_monthly + 0.015 * 4005);
  g_assert_cmpfloat_with_epsilon (c->health_yearly, expected, 0.005);
  g_assert_cmpfloat_with_epsilon (c->statuses[PS_STATUS_PORTAGE].health_yearly, expected, 0.005);
  g_assert_cmpfloat_with_epsilon (c->statuses[PS_STATUS_MICRO].health_yearly, expected, 0.005);
  g_assert_cmpfloat_with_epsilon (c->micro.health.paid, expected, 0.005);

  /* 0: the figures of before (no health budget) */
  s.health_yearly = 0;
  ps_comparison_compute (p, &s, none);
  g_assert_cmpfloat_with_epsilon (none->statuses[PS_STATUS_MICRO].net_after_tax_yearly,
                                  c->statuses[PS_STATUS_MICRO].net_after_tax_yearly + expected, 1e-6);
  /* portage and the CDI don't move: their cover is on the payslip */
  g_assert_cmpfloat (none->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, ==,
                     c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);
  g_assert_cmpfloat (none->statuses[PS_STATUS_CDI].net_after_tax_yearly, ==,
                     c->statuses[PS_STATUS_CDI].net_after_tax_yearly);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/health/ceiling-published", test_ceiling_published);
  g_test_add_func ("/ps/health/ceiling-formula", test_ceiling_formula);
  g_test_add_func ("/ps/health/compute", test_health_compute);
  g_test_add_func ("/ps/health/micro", test_micro);
  g_test_add_func ("/ps/health/eurl-ir", test_eurl_ir);
  g_test_add_func ("/ps/health/eurl-is", test_eurl_is);
  g_test_add_func ("/ps/health/sasu", test_sasu);
  g_test_add_func ("/ps/health/comparison-default", test_comparison_default);
  return g_test_run ();
}
