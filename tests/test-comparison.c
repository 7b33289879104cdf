/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "ps-comparison.h"
#include "ps-income-tax.h"
#include "ps-test-utils.h"

static void
test_consistent (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsPortageInputs in;
  PsPortageResult direct;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 620;
  s.days_per_year = 210;
  s.expenses_monthly = 200;
  ps_comparison_compute (p, &s, c);

  ps_portage_inputs_init (&in, p);
  in.tjm = 620;
  in.days_per_month = 210.0 / 12;
  in.expenses_monthly = 200;
  ps_portage_compute (p, &in, &direct);
  /* the réserve counted by default: what it leaves once paid */
  g_assert_cmpfloat_with_epsilon (c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly,
                                  (direct.net_after_tax + direct.reserve_net_after_tax) * 12, 1e-6);
  g_assert_cmpfloat_with_epsilon (c->statuses[PS_STATUS_PORTAGE].revenue_yearly, 620 * 210, 1e-6);
  g_assert_cmpfloat_with_epsilon (c->statuses[PS_STATUS_PORTAGE].expenses_yearly, 2400, 1e-6);

  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const PsStatusResult *r = &c->statuses[i];

      g_assert_cmpint (r->status, ==, i);
      g_assert_cmpfloat (r->net_after_tax_yearly, <=, r->net_before_tax_yearly);
      g_assert_cmpfloat_with_epsilon (r->net_after_tax_monthly * 12, r->net_after_tax_yearly, 1e-6);
      if (r->eligible)
        g_assert_cmpfloat (r->net_after_tax_yearly, <=, c->statuses[c->best].net_after_tax_yearly);
      g_assert_cmpint (r->n_lines, >, i == PS_STATUS_PORTAGE || i == PS_STATUS_CDI ? 20 : 1);
      g_assert_nonnull (ps_status_id (i));
      g_assert_nonnull (ps_status_name (i));
    }
}

static void
test_cdi_basis (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsScenario s;

  ps_scenario_init (&s, p);
  /* ESN: the employer cost is 70 % of the billing */
  ps_comparison_compute (p, &s, c);
  g_assert_cmpfloat (fabs (c->statuses[PS_STATUS_CDI].revenue_yearly - 0.7 * s.tjm * s.days_per_year), <, 12 * 0.02);
  /* an offer */
  s.cdi_gross_yearly = 48000;
  ps_comparison_compute (p, &s, c);
  g_assert_cmpfloat_with_epsilon (c->statuses[PS_STATUS_CDI].gross_yearly, 48000, 1e-6);
}

static void
test_sweep (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  double out[11 * PS_N_STATUSES];
  PsScenario s;

  ps_scenario_init (&s, p);
  ps_comparison_sweep (p, &s, 300, 800, 11, out);
  s.tjm = 800;
  ps_comparison_compute (p, &s, c);
  for (int k = 0; k < PS_N_STATUSES; k++)
    g_assert_cmpfloat_with_epsilon (out[10 * PS_N_STATUSES + k], c->statuses[k].net_after_tax_monthly, 1e-9);
  /* net grows with the day rate */
  for (int i = 1; i < 11; i++)
    g_assert_cmpfloat (out[i * PS_N_STATUSES + PS_STATUS_PORTAGE], >=, out[(i - 1) * PS_N_STATUSES + PS_STATUS_PORTAGE]);
}

/* "Best" is a status that can be used, with a net to keep (issue 10 §4,
 * issue 13 §1.8): micro above its ceiling (83 600 €, CGI art. 102 ter for
 * 2026) is never best though its net is the highest; portage under the
 * convention minimum says so, not "over the ceiling"; at 1,20 €/day
 * nothing at 0 € is best — the CDI at its floor is. */
static void
test_best_is_usable (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 550;
  s.days_per_year = 200;   /* 110 000 € of revenue */
  ps_comparison_compute (p, &s, c);
  g_assert_false (c->statuses[PS_STATUS_MICRO].eligible);
  g_assert_cmpint (c->statuses[PS_STATUS_MICRO].unusable, ==, PS_UNUSABLE_ABOVE_CEILING);
  g_assert_cmpstr (ps_unusable_id (c->statuses[PS_STATUS_MICRO].unusable), ==, "above_micro_ceiling");
  for (int i = 0; i < PS_N_STATUSES; i++)
    if (c->statuses[PS_STATUS_MICRO].net_after_tax_yearly > c->statuses[i].net_after_tax_yearly)
      g_assert_cmpint (c->best, !=, PS_STATUS_MICRO);
  g_assert_true (c->statuses[c->best].eligible);

  s.tjm = 150;
  ps_comparison_compute (p, &s, c);
  g_assert_false (c->statuses[PS_STATUS_PORTAGE].eligible);
  g_assert_cmpint (c->statuses[PS_STATUS_PORTAGE].unusable, ==, PS_UNUSABLE_BELOW_MINIMUM);
  g_assert_true (c->statuses[PS_STATUS_MICRO].eligible);
  g_assert_cmpint (c->statuses[PS_STATUS_MICRO].unusable, ==, PS_USABLE);

  /* 1,20 €/day: no ESN pays a cadre's minimum (2 135 € a month) out of
   * 70 % of 240 € a year, portage is under its minimum, the micro's net
   * is below zero: nothing is best */
  s.tjm = 1.2;
  ps_comparison_compute (p, &s, c);
  g_assert_false (c->has_best);
  g_assert_false (c->statuses[PS_STATUS_CDI].eligible);
  g_assert_cmpint (c->statuses[PS_STATUS_CDI].unusable, ==, PS_UNUSABLE_BELOW_FLOOR);
  g_assert_cmpfloat (c->statuses[PS_STATUS_CDI].gross_yearly, ==, 2135.0 * 12);

  /* a CDI offer below the SMIC (1 823,03 € a month from 1 January 2026,
   * décret 2025-1228) is not a lawful one */
  s.tjm = 550;
  s.cdi_gross_yearly = 100;
  ps_comparison_compute (p, &s, c);
  g_assert_false (c->statuses[PS_STATUS_CDI].eligible);
  g_assert_cmpint (c->statuses[PS_STATUS_CDI].unusable, ==, PS_UNUSABLE_OFFER_BELOW_SMIC);
  g_assert_true (c->has_best);
  g_assert_cmpint (c->best, !=, PS_STATUS_CDI);
}

/* The réserve is the consultant's money (issue 10 §3): 10 % of the base
 * salary in a portage CDI (CCN du portage salarial, IDCC 3219, art. 21,
 * https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000035184808), or
 * in a CDD the end-of-contract indemnity of 10 % of the total gross
 * (C. trav. L1243-8, https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036262244).
 * Paid as salary at the end of the mission, it is counted in the year's
 * net less its employee contributions and the income tax it adds; the
 * cash-only view leaves it out. */
static void
test_reserve_counted (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  g_autofree PsComparison *cash = g_new0 (PsComparison, 1);
  g_autofree PsComparison *cdd = g_new0 (PsComparison, 1);
  const PsPortageResult *pr = &c->portage;
  PsScenario s;
  double base, yearly_taxable, with, without;

  ps_scenario_init (&s, p);
  s.tjm = 550;
  s.days_per_year = 200;
  ps_comparison_compute (p, &s, c);

  /* 10 % of the base, the base being the gross without the IAA (5 %) and
   * the paid leave (10 %) */
  base = pr->gross / (1.05 * 1.10);
  g_assert_cmpfloat (fabs (pr->reserve - 0.10 * base), <, 0.005);
  /* its contributions at the pay's employee rate */
  g_assert_cmpfloat (fabs (pr->reserve_employee_contributions
                           - pr->reserve * pr->employee_contributions / pr->gross), <, 1e-9);
  /* the tax it adds: the scale on the year's taxable income with it,
   * less without it (10 % deduction within its bounds, 1 part) */
  yearly_taxable = pr->taxable_net * 12;
  without = ps_income_tax_bareme (p, yearly_taxable - ps_income_tax_salary_deduction (p, yearly_taxable), 1);
  yearly_taxable = (pr->taxable_net + pr->reserve * pr->taxable_net / pr->gross) * 12;
  with = ps_income_tax_bareme (p, yearly_taxable - ps_income_tax_salary_deduction (p, yearly_taxable), 1);
  g_assert_cmpfloat (fabs (pr->reserve_income_tax * 12 - (with - without)), <=, 1.0);
  /* counted in the net, and said to be paid later */
  g_assert_cmpfloat (fabs (c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly
                           - (pr->net_after_tax + pr->reserve - pr->reserve_employee_contributions
                              - pr->reserve_income_tax) * 12), <, 1e-6);
  g_assert_cmpfloat (c->statuses[PS_STATUS_PORTAGE].deferred_yearly, >, 0.06 * c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);

  /* the cash of the months only */
  s.reserve_cash_only = TRUE;
  ps_comparison_compute (p, &s, cash);
  g_assert_cmpfloat (fabs (cash->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly - cash->portage.net_after_tax * 12), <, 1e-6);
  g_assert_cmpfloat (cash->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, <,
                     c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);

  /* a CDD: 10 % of the whole gross */
  s.reserve_cash_only = FALSE;
  s.portage_cdd = TRUE;
  ps_comparison_compute (p, &s, cdd);
  g_assert_cmpfloat (fabs (cdd->portage.reserve - 0.10 * cdd->portage.gross), <, 1e-9);
  g_assert_cmpfloat (cdd->portage.gross, <, pr->gross);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/comparison/consistent", test_consistent);
  g_test_add_func ("/ps/comparison/cdi-basis", test_cdi_basis);
  g_test_add_func ("/ps/comparison/sweep", test_sweep);
  g_test_add_func ("/ps/comparison/best-is-usable", test_best_is_usable);
  g_test_add_func ("/ps/comparison/reserve-counted", test_reserve_counted);
  return g_test_run ();
}
