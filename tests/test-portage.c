/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "ps-comparison.h"
#include "ps-portage.h"
#include "ps-test-utils.h"

static void
check_identities (const PsParams        *p,
                  const PsPortageInputs *in,
                  const PsPortageResult *r)
{
  /* revenue = fees + expenses + envelope; envelope = cost + réserve + rest */
  g_assert_cmpfloat_with_epsilon (r->revenue, in->tjm * in->days_per_month, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->revenue, r->fees + r->expenses + r->envelope, 1e-6);
  if (r->envelope > 0)
    g_assert_cmpfloat_with_epsilon (r->envelope, r->employer_cost + r->reserve
                                    + r->reserve_employer_contributions + r->unpaid, 1e-6);
  g_assert_cmpfloat (r->unpaid, >=, 0);
  /* gross = base + IAA (5 % of base) + paid leave (10 % of base + IAA) */
  g_assert_cmpfloat_with_epsilon (r->gross, r->base + r->iaa + r->paid_leave, 1e-6);
  g_assert_cmpfloat (fabs (r->iaa - r->base * p->portage_iaa_rate), <=, 0.005);
  g_assert_cmpfloat (fabs (r->paid_leave - (r->base + r->iaa) * p->portage_paid_leave_rate), <=, 0.02);
  g_assert_cmpfloat_with_epsilon (r->employer_cost, r->gross + r->employer_contributions, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->net_before_tax, r->gross - r->employee_contributions, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->net_after_tax, r->net_before_tax - r->income_tax, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->take_home, r->net_after_tax + r->expenses, 1e-6);
}

static void
test_issue_example (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsPortageInputs in;
  PsPortageResult r;

  /* portage-cli portage --tjm 600 --days-per-month 18 --fee-pct 7 */
  ps_portage_inputs_init (&in, p);
  in.tjm = 600;
  in.days_per_month = 18;
  in.fee_rate = 0.07;
  ps_portage_compute (p, &in, &r);
  check_identities (p, &in, &r);
  g_assert_cmpfloat (r.revenue, ==, 10800);
  g_assert_cmpfloat_with_epsilon (r.fees, 756, 1e-9);
  g_assert_cmpfloat_with_epsilon (r.envelope, 10044, 1e-9);
  g_assert_cmpfloat (r.net_after_tax, <, r.net_before_tax);
  g_assert_cmpfloat (r.net_before_tax, <, r.gross);
  g_assert_cmpfloat (r.gross, <, r.envelope);
  /* the réserve is 10 % of the base, with the month's employer rate */
  g_assert_cmpfloat_with_epsilon (r.reserve, 0.10 * r.base, 0.001);
  g_assert_cmpfloat_with_epsilon (r.reserve_employer_contributions / r.reserve,
                                  r.employer_contributions / r.gross, 1e-9);
  /* nothing of the envelope is lost but cents */
  g_assert_cmpfloat (r.unpaid, <, 0.05);
  g_assert_cmpuint (r.warnings, ==, 0);
}

static void
test_fee_models (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsPortageInputs in;
  PsPortageResult r;

  ps_portage_inputs_init (&in, p);
  in.tjm = 500;
  in.days_per_month = 20;
  in.expenses_monthly = 400;

  in.fee_model = PS_FEE_PERCENT_REVENUE;
  in.fee_rate = 0.06;
  ps_portage_compute (p, &in, &r);
  g_assert_cmpfloat_with_epsilon (r.fees, 600, 1e-9);
  check_identities (p, &in, &r);

  in.fee_model = PS_FEE_PERCENT_NET_OF_EXPENSES;
  ps_portage_compute (p, &in, &r);
  g_assert_cmpfloat_with_epsilon (r.fees, 0.06 * 9600, 1e-9);
  check_identities (p, &in, &r);

  in.fee_model = PS_FEE_PERCENT_REVENUE;
  in.fee_cap_monthly = 450;
  ps_portage_compute (p, &in, &r);
  g_assert_cmpfloat_with_epsilon (r.fees, 450, 1e-9);

  in.fee_model = PS_FEE_FLAT;
  in.fee_flat_monthly = 99;
  ps_portage_compute (p, &in, &r);
  g_assert_cmpfloat_with_epsilon (r.fees, 99, 1e-9);
  check_identities (p, &in, &r);
}

static void
test_reserve_off (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsPortageInputs in;
  PsPortageResult with, without;

  ps_portage_inputs_init (&in, p);
  in.tjm = 550;
  in.days_per_month = 200.0 / 12;
  ps_portage_compute (p, &in, &with);
  in.reserve = FALSE;
  ps_portage_compute (p, &in, &without);
  check_identities (p, &in, &without);
  g_assert_cmpfloat (without.reserve, ==, 0);
  g_assert_cmpfloat (without.gross, >, with.gross);
  /* the whole envelope becomes employer cost, to the cent */
  g_assert_cmpfloat (without.envelope - without.employer_cost, <, 0.02);
}

static void
test_below_minimum (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsPortageInputs in;
  PsPortageResult r, at_min, below_min;

  ps_portage_inputs_init (&in, p);
  in.tjm = 120;
  in.days_per_month = 200.0 / 12;
  ps_portage_compute (p, &in, &r);
  check_identities (p, &in, &r);
  g_assert_true (r.warnings & PS_PORTAGE_WARN_BELOW_MINIMUM);
  /* senior: 75 % of the 2017 PSS (3 269 €), prorated to 16.67 of 18.17 days */
  g_assert_cmpfloat_with_epsilon (r.minimum_gross, round (0.75 * 3269 * (200.0 / 218) * 100) / 100, 0.006);
  g_assert_cmpfloat (r.minimum_tjm, >, in.tjm);

  in.tjm = r.minimum_tjm;
  ps_portage_compute (p, &in, &at_min);
  g_assert_false (at_min.warnings & PS_PORTAGE_WARN_BELOW_MINIMUM);
  g_assert_cmpfloat (at_min.gross, >=, r.minimum_gross);
  in.tjm = r.minimum_tjm - 1;
  ps_portage_compute (p, &in, &below_min);
  g_assert_true (below_min.warnings & PS_PORTAGE_WARN_BELOW_MINIMUM);

  {
    g_auto (GStrv) msgs = ps_portage_warning_messages (&r, &in);
    g_assert_cmpuint (g_strv_length (msgs), ==, 1);
  }
}

static void
test_unreachable_minimum (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsPortageInputs in;
  PsPortageResult r;
  g_auto (GStrv) msgs = NULL;

  /* a 100 % fee: no day rate reaches the minimum, and none is named */
  ps_portage_inputs_init (&in, p);
  in.tjm = 500;
  in.days_per_month = 18;
  in.fee_rate = 1.0;
  ps_portage_compute (p, &in, &r);
  g_assert_true (r.warnings & PS_PORTAGE_WARN_BELOW_MINIMUM);
  g_assert_cmpfloat (r.minimum_tjm, ==, 0);
  /* no salary, no contributions */
  g_assert_cmpfloat (r.gross, ==, 0);
  g_assert_cmpfloat (r.employee_contributions, ==, 0);
  g_assert_cmpfloat (r.employer_contributions, ==, 0);
  msgs = ps_portage_warning_messages (&r, &in);
  g_assert_cmpuint (g_strv_length (msgs), ==, 2);
}

static void
test_ineligible_not_best (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  PsScenario s;

  /* portage below the convention minimum cannot be the best */
  ps_scenario_init (&s, p);
  s.tjm = 150;
  s.expenses_monthly = 1000;
  s.cdi_gross_yearly = 12000;
  ps_comparison_compute (p, &s, c);
  g_assert_false (c->statuses[PS_STATUS_PORTAGE].eligible);
  g_assert_cmpint (c->best, !=, PS_STATUS_PORTAGE);
  g_assert_true (c->statuses[c->best].eligible);
}

static void
test_warnings (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsPortageInputs in;
  PsPortageResult r;

  ps_portage_inputs_init (&in, p);
  in.tjm = 400;
  in.days_per_month = 18;
  in.expenses_monthly = 2500;
  ps_portage_compute (p, &in, &r);
  check_identities (p, &in, &r);
  g_assert_true (r.warnings & PS_PORTAGE_WARN_EXPENSES_CAP);

  in.expenses_monthly = 8000;
  ps_portage_compute (p, &in, &r);
  g_assert_true (r.warnings & PS_PORTAGE_WARN_NO_ENVELOPE);
  g_assert_cmpfloat (r.gross, ==, 0);
  g_assert_cmpfloat (r.net_after_tax, <=, 0);
}

static void
test_rgdu_gap (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsPortageInputs in;
  PsPortageResult r;
  gboolean seen = FALSE;

  /* some day rate puts the envelope in the RGDU gap: the rest is kept */
  ps_portage_inputs_init (&in, p);
  in.days_per_month = 18;
  for (in.tjm = 400; in.tjm < 700; in.tjm += 1)
    {
      ps_portage_compute (p, &in, &r);
      check_identities (p, &in, &r);
      if (r.warnings & PS_PORTAGE_WARN_UNPAID)
        {
          seen = TRUE;
          g_assert_cmpfloat (r.unpaid, <, 150);
        }
    }
  g_assert_true (seen);
}

static void
test_monotonic (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsPortageInputs in;
  PsPortageResult r;
  double last = -1;

  ps_portage_inputs_init (&in, p);
  in.days_per_month = 200.0 / 12;
  for (in.tjm = 100; in.tjm <= 3000; in.tjm += 10)
    {
      ps_portage_compute (p, &in, &r);
      g_assert_cmpfloat (r.net_before_tax, >=, last);
      last = r.net_before_tax;
    }
}

static void
test_cdi (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsEmployerProfile profile;
  PsTaxSettings tax;
  PsCdiResult cdi;
  double esn_gross;

  ps_employer_profile_init_portage (&profile);
  ps_tax_settings_init (&tax);
  ps_cdi_compute (p, &profile, &tax, 60000, &cdi);
  g_assert_cmpfloat (cdi.gross_yearly, ==, 60000);
  g_assert_cmpfloat_with_epsilon (cdi.net_before_tax_yearly, cdi.payslip.net_before_tax * 12, 1e-6);
  g_assert_cmpfloat (cdi.net_after_tax_yearly, <, cdi.net_before_tax_yearly);

  /* an ESN billing 550 × 200 keeps 30 %: the employer cost is 77 000 */
  esn_gross = ps_cdi_esn_gross_yearly (p, &profile, 550, 200, 0.30);
  ps_cdi_compute (p, &profile, &tax, esn_gross, &cdi);
  g_assert_cmpfloat (cdi.employer_cost_yearly, <=, 77000 + 1e-6);
  g_assert_cmpfloat (cdi.employer_cost_yearly, >, 77000 - 12 * 0.02);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/portage/issue-example", test_issue_example);
  g_test_add_func ("/ps/portage/fee-models", test_fee_models);
  g_test_add_func ("/ps/portage/reserve-off", test_reserve_off);
  g_test_add_func ("/ps/portage/below-minimum", test_below_minimum);
  g_test_add_func ("/ps/portage/warnings", test_warnings);
  g_test_add_func ("/ps/portage/unreachable-minimum", test_unreachable_minimum);
  g_test_add_func ("/ps/portage/ineligible-not-best", test_ineligible_not_best);
  g_test_add_func ("/ps/portage/rgdu-gap", test_rgdu_gap);
  g_test_add_func ("/ps/portage/monotonic", test_monotonic);
  g_test_add_func ("/ps/portage/cdi", test_cdi);
  return g_test_run ();
}
