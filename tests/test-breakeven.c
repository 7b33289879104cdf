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

/* NAN where @status can't be used */
static double
net_usable (const PsParams *p,
            PsScenario      s,
            double          tjm,
            PsStatus        status)
{
  g_autofree PsComparison *c = g_new (PsComparison, 1);

  s.tjm = tjm;
  ps_comparison_compute (p, &s, c);
  return c->statuses[status].eligible ? c->statuses[status].net_after_tax_monthly : NAN;
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

  /* By its definition, for every status: the answer is a day rate to the
   * cent at which the net reaches the target, and a cent less does not
   * (where the status can be used a cent less). */
  for (int status = 0; status < PS_N_STATUSES; status++)
    for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
      {
        PsBreakeven be;
        double below;

        if (!ps_breakeven_target (p, &s, status, targets[i], &be) || be.at_lowest)
          continue;
        g_assert_cmpfloat (fabs (be.tjm * 100 - round (be.tjm * 100)), <, 1e-6);
        g_assert_cmpfloat (net (p, s, be.tjm, status), >=, targets[i]);
        below = net_usable (p, s, be.tjm - 0.01, status);
        if (!isnan (below))
          g_assert_cmpfloat (below, <, targets[i]);
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

/* The CDI's floor (issue 10 §5): no ESN pays less than the minimum of
 * the lowest Syntec cadre position to a cadre — 2 135 € gross a month,
 * position 1.1, coefficient 95, accord of 26 June 2024 extended by the
 * arrêté of 8 November 2024 (JO 27/11/2024),
 * https://bdo-actualites.fr/convention-collective-syntec-cinov-nouvelles-grilles-salaires/
 * — nor less than the SMIC to anyone: 12,02 €/h × 151,67 h = 1 823,03 €
 * from 1 January 2026 (décret 2025-1228,
 * https://www.service-public.fr/particuliers/vosdroits/F2300). */
static void
test_cdi_floor (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  PsEmployerProfile profile;

  ps_employer_profile_init_portage (&profile);
  profile.cadre = TRUE;
  g_assert_cmpfloat (ps_cdi_esn_gross_yearly (p, &profile, 5, 200, 0.30), ==, 2135.0 * 12);
  profile.cadre = FALSE;
  g_assert_cmpfloat (ps_cdi_esn_gross_yearly (p, &profile, 5, 200, 0.30), ==, 1823.03 * 12);
  /* above the floor, what the margin leaves */
  profile.cadre = TRUE;
  g_assert_cmpfloat (ps_cdi_esn_gross_yearly (p, &profile, 550, 200, 0.30), >, 50000);
}

/* Every crossing lies where a consultant may bill — from the lowest day
 * rate portage allows to 3 000 € — with the nets equal there and the
 * direction right; the old answers (micro = CDI at 4 €/day, EURL = CDI at
 * 51 €/day, from a CDI with no floor) are gone. */
static void
test_crossings (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsCrossings *x = g_new (PsCrossings, 1);
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  static const double offers[] = { 0, 48000, 70000 };

  for (guint o = 0; o < G_N_ELEMENTS (offers); o++)
    {
      PsScenario s;

      ps_scenario_init (&s, p);
      s.cdi_gross_yearly = offers[o];
      ps_breakeven_crossings (p, &s, x);

      /* the range starts where portage becomes usable, to the cent */
      s.tjm = x->from;
      ps_comparison_compute (p, &s, c);
      g_assert_true (c->statuses[PS_STATUS_PORTAGE].eligible);
      s.tjm = x->from - 0.01;
      ps_comparison_compute (p, &s, c);
      g_assert_false (c->statuses[PS_STATUS_PORTAGE].eligible);
      g_assert_cmpfloat (x->from, >, 100);
      g_assert_cmpfloat (x->to, ==, 3000);
      /* the micro ceiling: 83 600 € over the days billed */
      g_assert_cmpfloat (fabs (x->micro_ceiling_tjm - 83600.0 / s.days_per_year), <, 1e-9);

      for (int k = 0; k < x->n_crossings; k++)
        {
          const PsCrossing *cr = &x->crossings[k];
          PsStatus below = cr->above == cr->a ? cr->b : cr->a;

          g_assert_cmpfloat (cr->tjm, >=, x->from);
          g_assert_cmpfloat (cr->tjm, <=, x->to);
          g_assert_true (cr->a < cr->b);
          if (!cr->jump)
            g_assert_cmpfloat (fabs (net (p, s, cr->tjm, cr->a) - net (p, s, cr->tjm, cr->b)), <=, 1.0);
          /* just above the crossing, @above leaves more (unless another
           * crossing of the same pair is that close) */
          if (k + 1 >= x->n_crossings || x->crossings[k + 1].a != cr->a || x->crossings[k + 1].b != cr->b
              || x->crossings[k + 1].tjm > cr->tjm + 1)
            g_assert_cmpfloat (net (p, s, cr->tjm + 0.5, cr->above), >, net (p, s, cr->tjm + 0.5, below));
        }
    }
}

/* A target below what the lowest usable day rate already leaves: that
 * day rate, not "none" (portage-cli answered null for 1…1 000 €). */
static void
test_target_below_lowest (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsScenario s;
  PsBreakeven be;
  double lowest;

  ps_scenario_init (&s, p);
  lowest = ps_breakeven_lowest_usable (p, &s, PS_STATUS_PORTAGE);
  g_assert_cmpfloat (lowest, >, 100);
  for (double target = 1; target <= 1000; target *= 10)
    {
      g_assert_true (ps_breakeven_target (p, &s, PS_STATUS_PORTAGE, target, &be));
      g_assert_true (be.at_lowest);
      g_assert_cmpfloat (be.tjm, ==, lowest);
      g_assert_cmpfloat (net (p, s, be.tjm, PS_STATUS_PORTAGE), >=, target);
    }
  /* above it, a real crossing */
  g_assert_true (ps_breakeven_target (p, &s, PS_STATUS_PORTAGE, 4000, &be));
  g_assert_false (be.at_lowest);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/breakeven/portage-vs-offer", test_portage_vs_offer);
  g_test_add_func ("/ps/breakeven/target", test_target);
  g_test_add_func ("/ps/breakeven/cdi-floor", test_cdi_floor);
  g_test_add_func ("/ps/breakeven/crossings", test_crossings);
  g_test_add_func ("/ps/breakeven/target-below-lowest", test_target_below_lowest);
  g_test_add_func ("/ps/breakeven/unreachable", test_unreachable);
  g_test_add_func ("/ps/breakeven/eligible-only", test_eligible_only);
  return g_test_run ();
}
