/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The cotisation subsidiaire maladie (CSM, "taxe PUMa"; CSS L380-2,
 * D380-1, D380-2) against URSSAF's formula and a published example:
 *
 * - URSSAF, "Modalités de calcul de la cotisation":
 *   https://v4www2.urssaf.fr/portail/sites/urssaf/home/espaces-dedies/beneficiaire-de-la-puma/modalites-de-calcul-de-la-cotisa.html
 *   CSM = 6.5 % × (A − 0.5 × PASS) × (1 − R ÷ (0.2 × PASS)), A (capital
 *   income) within 8 PASS, nothing from R = 20 % of the PASS ("8 227 € pour
 *   2022"); for a travailleur indépendant R is at least the lowest of his
 *   minimum bases ("4 731 € pour 2022 (soit 11,5 % du Pass)");
 * - the conditions: activity income below 20 % of the PASS, capital income
 *   above 50 % of it (URSSAF; https://www.retraitexpertise.com/details-cotisation+subsidiaire+maladie+csm+tout+comprendre+sur+cette+taxe+meconnue+de+la+puma-454.html
 *   for 2025: 9 420 € and 23 550 €);
 * - a worked example, monceaucpa.com: a SASU président paid 6 000 € of
 *   salary and 100 000 € of dividends in 2024 (PASS 46 368 €) owes "plus
 *   de 1 763 €":
 *   https://monceaucpa.com/post/freelance-ou-president-de-sasu-pas-de-salaire-verse-gare-a-la-taxe-puma
 *
 * (findgest.com's example, 70 000 € of dividends and 8 000 € of pay in
 * 2024, prints "environ 1 600 €" under a formula that gives 418 €: not
 * used.) */
#include "config.h"

#include <math.h>

#include "ps-company.h"
#include "ps-csm.h"
#include "ps-test-utils.h"
#include "ps-tns.h"

/* the rates of another year: only the PASS differs (the CSM's rate and
 * thresholds are those of the LFSS 2019, unchanged since) */
static PsParams
params_with_pass (double pass)
{
  PsParams q = *ps_test_params ("2025-07-01");

  q.pss_monthly = pass / 12;
  return q;
}

/* the formula, written out */
static double
formula (double pass,
         double A,
         double R)
{
  return 0.065 * (MIN (A, 8 * pass) - 0.5 * pass) * (1 - R / (0.2 * pass));
}

static void
test_published_example (void)
{
  PsParams q = params_with_pass (46368);
  PsCsm c;

  ps_csm_compute (&q, 6000, 0, 100000, FALSE, &c);
  g_assert_true (c.liable);
  g_assert_cmpfloat_with_epsilon (c.activity_threshold, 9273.6, 1e-6);
  g_assert_cmpfloat_with_epsilon (c.capital_threshold, 23184, 1e-6);
  /* 6.5 % × 76 816 × (1 − 6 000 / 9 273.60) = 1 762.55 € */
  g_assert_cmpfloat_with_epsilon (c.amount, round (formula (46368, 100000, 6000) * 100) / 100, 1e-6);
  g_assert_cmpfloat_with_epsilon (c.amount, 1762.55, 1e-6);
  /* the page rounds to the euro ("plus de 1 763 €") */
  g_assert_cmpfloat (fabs (c.amount - 1763), <, 1);
}

/* URSSAF's 2022 figures: nothing from 8 227 € of activity income; a
 * travailleur indépendant's R not below 4 731 € (his lowest minimum
 * base) */
static void
test_urssaf_page (void)
{
  PsParams q = params_with_pass (41136);
  PsCsm c;

  ps_csm_compute (&q, 8227, 0, 60000, FALSE, &c);
  g_assert_true (c.liable);
  g_assert_cmpfloat (c.amount, >, 0);
  g_assert_cmpfloat (c.amount, <, 1);
  ps_csm_compute (&q, 8227.2, 0, 60000, FALSE, &c);
  g_assert_false (c.liable);
  g_assert_cmpfloat (c.amount, ==, 0);

  /* a TI with 2 000 € of income: R = 4 731 € in the formula */
  ps_csm_compute (&q, 2000, 4731, 60000, FALSE, &c);
  g_assert_true (c.liable);
  g_assert_cmpfloat_with_epsilon (c.activity, 4731, 1e-6);
  g_assert_cmpfloat_with_epsilon (c.amount, round (formula (41136, 60000, 4731) * 100) / 100, 1e-6);
}

/* 2026 (PASS 48 060 €): the thresholds, the cap, who is not liable */
static void
test_thresholds_2026 (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsCsm c;

  /* the brief's président paid in dividends only: 550 € × 200 days,
   * 3 000 € of costs, IS on 107 000 € = 22 500 €, dividends 84 500 €:
   * 6.5 % × (84 500 − 24 030) = 3 930.55 € */
  ps_csm_compute (p, 0, 0, 84500, FALSE, &c);
  g_assert_cmpfloat_with_epsilon (c.amount, 3930.55, 1e-6);
  g_assert_cmpfloat_with_epsilon (c.coefficient, 1, 1e-12);

  /* A within 8 PASS = 384 480 € */
  ps_csm_compute (p, 0, 0, 500000, FALSE, &c);
  g_assert_cmpfloat_with_epsilon (c.capital, 384480, 1e-6);
  g_assert_cmpfloat_with_epsilon (c.amount, 0.065 * (384480 - 24030), 1e-6);

  /* R of 20 % of the PASS (9 612 €) or more: nothing */
  ps_csm_compute (p, 9612, 0, 84500, FALSE, &c);
  g_assert_false (c.liable);
  g_assert_cmpfloat (c.amount, ==, 0);
  ps_csm_compute (p, 9611, 0, 84500, FALSE, &c);
  g_assert_true (c.liable);
  g_assert_cmpfloat_with_epsilon (c.amount, round (formula (48060, 84500, 9611) * 100) / 100, 1e-6);

  /* A not above 50 % of the PASS (24 030 €): nothing */
  ps_csm_compute (p, 0, 0, 24030, FALSE, &c);
  g_assert_false (c.liable);
  g_assert_cmpfloat (c.amount, ==, 0);

  /* the household escapes it (spouse's activity income, a pension…) */
  ps_csm_compute (p, 0, 0, 84500, TRUE, &c);
  g_assert_false (c.liable);
  g_assert_true (c.exempt);
  g_assert_cmpfloat (c.amount, ==, 0);
}

/* The SASU: the CSM on the dividends, counted in the net; the best split
 * accounts for it */
static void
test_sasu (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsCompanyInputs in;
  PsCompanyResult r, exempt, best;

  ps_company_inputs_init (&in, p);
  in.revenue = 110000;
  in.costs = 3000;
  in.pay = 0;
  ps_sasu_compute (p, &in, &r);
  g_assert_cmpfloat_with_epsilon (r.dividends, 84500, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.csm.amount, 3930.55, 1e-6);

  in.csm_exempt = TRUE;
  ps_sasu_compute (p, &in, &exempt);
  g_assert_cmpfloat (exempt.csm.amount, ==, 0);
  g_assert_cmpfloat_with_epsilon (exempt.net_after_tax - r.net_after_tax, 3930.55, 1e-6);

  /* the best split pays a salary: dividends only is not the best */
  in.csm_exempt = FALSE;
  in.pay = -1;
  ps_sasu_compute (p, &in, &best);
  g_assert_true (best.optimised);
  g_assert_cmpfloat (best.pay, >, 0);
  g_assert_cmpfloat (best.net_after_tax, >, r.net_after_tax + 3000);
  /* …and at a salary whose taxable pay is under 20 % of the PASS, the CSM
   * is there, reduced */
  in.pay = 12000;
  ps_sasu_compute (p, &in, &r);
  g_assert_cmpfloat (r.taxable_pay, <, 9612);
  g_assert_cmpfloat_with_epsilon (r.csm.amount, round (formula (48060, r.dividends, r.taxable_pay) * 100) / 100, 1e-6);
  g_assert_cmpfloat (best.net_after_tax, >=, r.net_after_tax);
}

/* The EURL at the IS: the dividends within 10 % of the capital are capital
 * income, those above it activity income; R not below the gérant's lowest
 * minimum base (450 × 12.02 = 5 409 € for the retraite de base; 5 527 € for
 * invalidité-décès) */
static void
test_eurl (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsCompanyInputs in;
  PsCompanyResult r;
  double A;

  ps_company_inputs_init (&in, p);
  in.costs = 0;
  in.revenue = 40000;
  in.pay = 1000;
  in.capital = 300000;     /* dividends up to 30 000 € bear the prélèvements sociaux */
  ps_eurl_compute (p, &in, &r);
  g_assert_cmpfloat (ps_tns_lowest_minimum_base (p), ==, 5409);
  A = MIN (r.dividends, 30000);
  g_assert_cmpfloat (A, >, 24030);
  g_assert_true (r.csm.liable);
  g_assert_cmpfloat_with_epsilon (r.csm.capital, A, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.csm.activity, MAX (r.taxable_pay + MAX (0.0, r.dividends - 30000), 5409), 1e-6);
  g_assert_cmpfloat_with_epsilon (r.csm.amount, round (formula (48060, A, r.csm.activity) * 100) / 100, 1e-6);

  /* at the IR there are no dividends */
  in.ir = TRUE;
  ps_eurl_compute (p, &in, &r);
  g_assert_cmpfloat (r.csm.amount, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/csm/published-example", test_published_example);
  g_test_add_func ("/ps/csm/urssaf-page", test_urssaf_page);
  g_test_add_func ("/ps/csm/thresholds-2026", test_thresholds_2026);
  g_test_add_func ("/ps/csm/sasu", test_sasu);
  g_test_add_func ("/ps/csm/eurl", test_eurl);
  return g_test_run ();
}
