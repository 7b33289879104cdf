/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "ps-breakeven.h"
#include "ps-test-utils.h"

static double
net (const PsParams *p,
     PsScenario      s,
     double          tjm,
     PsStatus        status)
{
  g_autofree PsComparison *c = g_new (PsComparison, 1);

  s.tjm = tjm;
  ps_comparison_compute (p, &s, c);
  return c->statuses[status].net_after_tax_monthly;
}

static void
test_portage_vs_offer (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  static const double offers[] = { 35000, 48000, 55000, 70000, 100000 };
  PsScenario s;

  ps_scenario_init (&s, p);
  for (guint i = 0; i < G_N_ELEMENTS (offers); i++)
    {
      PsBreakeven be;

      s.cdi_gross_yearly = offers[i];
      g_assert_true (ps_breakeven_between (p, &s, PS_STATUS_PORTAGE, PS_STATUS_CDI, &be));
      g_assert_false (be.jump);
      /* the nets are equal at the answer, to the euro */
      g_assert_cmpfloat (fabs (net (p, s, be.tjm, PS_STATUS_PORTAGE) - net (p, s, be.tjm, PS_STATUS_CDI)), <=, 1.0);
      /* and portage is below just under it, above just over it */
      g_assert_cmpfloat (net (p, s, be.tjm - 5, PS_STATUS_PORTAGE), <, net (p, s, be.tjm - 5, PS_STATUS_CDI));
      g_assert_cmpfloat (net (p, s, be.tjm + 5, PS_STATUS_PORTAGE), >, net (p, s, be.tjm + 5, PS_STATUS_CDI));
    }
}

static void
test_target (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  static const double targets[] = { 2000, 3000, 4000, 4321.5, 6000, 9000 };
  PsScenario s;

  ps_scenario_init (&s, p);
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      PsBreakeven be;

      g_assert_true (ps_breakeven_target (p, &s, PS_STATUS_PORTAGE, targets[i], &be));
      g_assert_cmpfloat (fabs (net (p, s, be.tjm, PS_STATUS_PORTAGE) - targets[i]), <=, 1.0);
    }
}

static void
test_unreachable (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsScenario s;
  PsBreakeven be;

  ps_scenario_init (&s, p);
  g_assert_false (ps_breakeven_target (p, &s, PS_STATUS_PORTAGE, 1e7, &be));
  g_assert_cmpfloat (be.tjm, ==, 0);
}

static void
test_eligible_only (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  PsScenario s;
  PsBreakeven be;

  /* micro and a CDI offer of 85 000 €: any crossing is where micro can be
   * used (below its ceiling), never above it */
  ps_scenario_init (&s, p);
  s.cdi_gross_yearly = 85000;
  if (ps_breakeven_between (p, &s, PS_STATUS_MICRO, PS_STATUS_CDI, &be))
    {
      s.tjm = be.tjm;
      ps_comparison_compute (p, &s, c);
      g_assert_true (c->statuses[PS_STATUS_MICRO].eligible);
    }

  /* targets the old 50–5 000 € range missed */
  ps_scenario_init (&s, p);
  g_assert_true (ps_breakeven_target (p, &s, PS_STATUS_PORTAGE, 30000, &be));
  g_assert_cmpfloat (be.tjm, >, 5000);
  g_assert_cmpfloat (fabs (net (p, s, be.tjm, PS_STATUS_PORTAGE) - 30000), <=, 1.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/breakeven/portage-vs-offer", test_portage_vs_offer);
  g_test_add_func ("/ps/breakeven/target", test_target);
  g_test_add_func ("/ps/breakeven/unreachable", test_unreachable);
  g_test_add_func ("/ps/breakeven/eligible-only", test_eligible_only);
  return g_test_run ();
}
