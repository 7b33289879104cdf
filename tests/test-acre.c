/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ACRE of a SASU président and an EURL gérant (DOMAIN §12.5): from
 * 2026, 25 % of the contributions maladie-maternité, invalidité-décès,
 * vieillesse de base and allocations familiales up to 75 % of the PASS,
 * then 0,25 × E / (0,25 PASS) × (PASS − R), nil from the PASS (LFSS 2026
 * art. 23, décret 2026-69, CSS D131-6-1 II); before 2026, the whole of
 * them. The formula as published:
 * https://www.centre-inffo.fr/?p=508377
 * https://f2p.fr/actualites/aide-a-la-creation-ou-a-la-reprise-dentreprise-acre
 * The first year only, in the projection. */
#include "config.h"

#include <math.h>

#include "ps-acre.h"
#include "ps-cashflow.h"
#include "ps-company.h"
#include "ps-projection.h"
#include "ps-test-utils.h"

#define PASS_2026 48060.0
#define FULL_2026 36045.0   /* 75 % of it, as the sources say */

/* the legal formula with the 2026 figures */
static void
test_formula (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  const PsParams *p25 = ps_test_params ("2025-03-01");

  g_assert_cmpfloat (p->pss_annual, ==, PASS_2026);
  g_assert_cmpfloat_with_epsilon (p->acre_full_pass * p->pss_annual, FULL_2026, 1e-9);
  /* up to 75 % of the PASS: a quarter of the contributions */
  g_assert_cmpfloat_with_epsilon (ps_acre_formula (p, 30000, 5000, 9999), 1250, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_acre_formula (p, FULL_2026, 6000, 6000), 1500, 1e-9);
  /* half-way to the PASS: half of a quarter of E */
  g_assert_cmpfloat_with_epsilon (ps_acre_formula (p, (FULL_2026 + PASS_2026) / 2, 0, 6000),
                                  0.25 * 6000 / (0.25 * PASS_2026) * (PASS_2026 - (FULL_2026 + PASS_2026) / 2), 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_acre_formula (p, (FULL_2026 + PASS_2026) / 2, 0, 6000), 750, 1e-9);
  /* nil from the PASS */
  g_assert_cmpfloat (ps_acre_formula (p, PASS_2026, 6000, 6000), ==, 0);
  g_assert_cmpfloat (ps_acre_formula (p, 60000, 6000, 6000), ==, 0);
  /* 2025: the whole of them up to 75 % of the PASS (47 100 €) */
  g_assert_cmpfloat_with_epsilon (ps_acre_formula (p25, 30000, 5000, 9999), 5000, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_acre_formula (p25, 0.875 * 47100, 0, 6000), 3000, 1e-9);
}

/* The président: 2026 rates of the lines the ACRE covers (no RGDU for a
 * mandataire): employer maladie 13 %, vieillesse 8,55 % + 2,11 %,
 * allocations familiales 5,25 %; employee vieillesse 6,90 % + 0,40 %
 * (below the monthly ceiling). */
#define ER_2026 (0.13 + 0.0855 + 0.0211 + 0.0525)
#define EE_2026 (0.069 + 0.004)

static void
test_sasu (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsPayslip *slip = g_new (PsPayslip, 1);
  PsEmployerProfile profile;
  double ee, er;

  ps_employer_profile_init_portage (&profile);
  profile.headcount = 1;
  profile.officer = TRUE;
  profile.cadre = TRUE;

  /* 2 000 € a month, 24 000 € a year: 25 % of the covered lines */
  ps_payslip_compute (p, &profile, 2000, slip);
  ps_acre_payslip (p, &profile, slip, &ee, &er);
  g_assert_cmpfloat_with_epsilon (ee, 0.25 * EE_2026 * 2000, 1e-6);   /* 36,50 € */
  g_assert_cmpfloat_with_epsilon (er, 0.25 * ER_2026 * 2000, 1e-6);   /* 144,55 € */
  g_assert_cmpfloat_with_epsilon (ee, 36.50, 1e-6);
  g_assert_cmpfloat_with_epsilon (er, 144.55, 1e-6);

  /* 3 500 € a month, 42 000 € a year: degressive, E on 36 045 € */
  ps_payslip_compute (p, &profile, 3500, slip);
  ps_acre_payslip (p, &profile, slip, &ee, &er);
  g_assert_cmpfloat_with_epsilon ((ee + er) * 12,
                                  0.25 * (EE_2026 + ER_2026) * FULL_2026 / (0.25 * PASS_2026) * (PASS_2026 - 42000),
                                  1e-6);

  /* 4 005 € a month, the PASS: nothing */
  ps_payslip_compute (p, &profile, PASS_2026 / 12, slip);
  ps_acre_payslip (p, &profile, slip, &ee, &er);
  g_assert_cmpfloat (ee + er, ==, 0);
}

/* The gérant: 25 % of his lines maladie (with the IJ), retraite de base,
 * invalidité-décès and allocations familiales; degressive on his base */
static void
test_tns (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  PsTns t, at;
  double covered;

  ps_tns_compute (p, 25000, &t);
  g_assert_cmpfloat (t.assiette, <, FULL_2026);
  covered = t.maladie + t.ij + t.retraite_base + t.invalidite_deces + t.allocations_familiales;
  g_assert_cmpfloat_with_epsilon (ps_acre_tns (p, &t), round (0.25 * covered * 100) / 100, 1e-9);
  /* the CSG-CRDS, the retraite complémentaire and the CFP stay */
  g_assert_cmpfloat (ps_acre_tns (p, &t), <, 0.25 * t.total);

  /* a base of 42 000 €: E is the covered lines on a base of 36 045 € */
  ps_tns_compute (p, 42000 / (1 - p->tns_abatement_rate), &t);
  g_assert_cmpfloat_with_epsilon (t.assiette, 42000, 0.01);
  ps_tns_compute (p, FULL_2026 / (1 - p->tns_abatement_rate), &at);
  g_assert_cmpfloat_with_epsilon (at.assiette, FULL_2026, 0.01);
  g_assert_cmpfloat_with_epsilon (ps_acre_tns (p, &t),
                                  round (0.25 * ps_acre_tns_covered (&at) / (0.25 * PASS_2026)
                                         * (PASS_2026 - t.assiette) * 100) / 100,
                                  1e-9);
  /* a base above the PASS: nothing */
  ps_tns_compute (p, 70000, &t);
  g_assert_cmpfloat (ps_acre_tns (p, &t), ==, 0);

  /* the first provisional calls, on 19 % of the PASS: a quarter of their
   * covered lines */
  ps_tns_compute (p, 0.19 * PASS_2026 / (1 - p->tns_abatement_rate), &t);
  g_assert_cmpfloat_with_epsilon (ps_acre_tns_provisional (p), round (25 * ps_acre_tns_covered (&t)) / 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_tns_first_years_provisional (p), t.total, 1e-9);
}

/* The companies: the exemption lowers the contributions and raises the
 * net by as much (EURL), or the employer cost by the employer's part (SASU) */
static void
test_company (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  PsCompanyInputs in;
  g_autofree PsCompanyResult *a = g_new (PsCompanyResult, 1);
  g_autofree PsCompanyResult *b = g_new (PsCompanyResult, 1);

  ps_company_inputs_init (&in, p);
  in.revenue = 80000;
  in.pay = 30000;
  ps_eurl_compute (p, &in, a);
  in.acre = TRUE;
  ps_eurl_compute (p, &in, b);
  g_assert_cmpfloat (a->acre, ==, 0);
  g_assert_cmpfloat_with_epsilon (b->acre, ps_acre_tns (p, &b->tns), 1e-9);
  g_assert_cmpfloat (b->acre, >, 0);
  g_assert_cmpfloat_with_epsilon (b->contributions, a->contributions - b->acre, 1e-6);
  g_assert_cmpfloat_with_epsilon (b->net_pay, a->net_pay + b->acre, 1e-6);
  g_assert_cmpfloat (b->net_after_tax, >, a->net_after_tax);

  in.ir = TRUE;
  in.acre = FALSE;
  ps_eurl_compute (p, &in, a);
  in.acre = TRUE;
  ps_eurl_compute (p, &in, b);
  /* au réel at the income tax, the whole profit is the income: above the PASS, nothing */
  g_assert_cmpfloat (b->acre, ==, 0);

  ps_company_inputs_init (&in, p);
  in.revenue = 80000;
  in.pay = 30000;
  ps_sasu_compute (p, &in, a);
  in.acre = TRUE;
  ps_sasu_compute (p, &in, b);
  g_assert_cmpfloat_with_epsilon (b->gross, a->gross, 1e-6);
  g_assert_cmpfloat_with_epsilon (b->acre, 0.25 * (EE_2026 + ER_2026) * b->gross, 1e-4);
  g_assert_cmpfloat_with_epsilon (b->pay, a->pay - 0.25 * ER_2026 * b->gross, 1e-4);
  g_assert_cmpfloat_with_epsilon (b->net_pay, a->net_pay + 0.25 * EE_2026 * b->gross, 1e-4);
}

/* The ACRE only spares contributions: at any split it can't lower the
 * net, so the best split with it is never worse than the best without
 * (a property over day rates, days, health budgets, the IS and the IR
 * EURL); at the split chosen, the exemption is the formula's. Found by
 * review: 150 € × 60 days, the SASU's best split searched anew with the
 * ACRE missed the small salary the search without it had found. */
static void
test_never_worse (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsCompanyResult *a = g_new (PsCompanyResult, 1);
  g_autofree PsCompanyResult *b = g_new (PsCompanyResult, 1);
  const double days[] = { 60, 120, 218 };
  const double health[] = { 0, 1279.32, 3000 };
  int failures = 0;

  for (int k = 0; k < 3; k++)
    for (guint d = 0; d < G_N_ELEMENTS (days); d++)
      for (guint h = 0; h < G_N_ELEMENTS (health); h++)
        for (double tjm = 50; tjm <= 1500; tjm += 25)
          {
            PsCompanyInputs in;

            ps_company_inputs_init (&in, p);
            in.revenue = tjm * days[d];
            in.health_yearly = health[h];
            in.ir = k == 2;
            if (k == 0)
              ps_sasu_compute (p, &in, a);
            else
              ps_eurl_compute (p, &in, a);
            in.acre = TRUE;
            if (k == 0)
              ps_sasu_compute (p, &in, b);
            else
              ps_eurl_compute (p, &in, b);
            if (b->net_after_tax < a->net_after_tax - 0.005)
              {
                g_test_message ("%s, %g € × %g days, health %g: %.2f with the ACRE, %.2f without",
                                k == 0 ? "SASU" : k == 1 ? "EURL (IS)" : "EURL (IR)", tjm, days[d], health[h],
                                b->net_after_tax, a->net_after_tax);
                failures++;
              }
            /* the exemption of the split chosen is the formula's */
            if (k == 0 && b->gross > 0)
              {
                double ee, er;

                ps_acre_payslip (p, &in.profile, &b->payslip, &ee, &er);
                g_assert_cmpfloat_with_epsilon (b->acre, (ee + er) * 12, 1e-6);
              }
            else if (k > 0)
              g_assert_cmpfloat_with_epsilon (b->acre, ps_acre_tns (p, &b->tns), 1e-6);
          }
  g_assert_cmpint (failures, ==, 0);
}

/* The projection: the ACRE the first year for the SASU and the EURL when
 * eligible, not the second; the EURL's regularisation still adds up */
static void
test_projection (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autoptr (PsRates) rates = ps_rates_new_embedded (2026, NULL);
  g_autofree PsProjection *with = g_new (PsProjection, 1);
  g_autofree PsProjection *without = g_new (PsProjection, 1);
  PsProjectionInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 300;
  s.days_per_year = 200;
  s.sasu_salary_yearly = 30000;
  s.eurl_remuneration_yearly = 30000;
  ps_projection_inputs_init (&in);
  in.indexation_rate = 0;
  g_assert_true (ps_projection_compute (rates, &s, PS_DATE (2026, 3, 1), &in, without, NULL));
  s.acre_eligible = TRUE;
  g_assert_true (ps_projection_compute (rates, &s, PS_DATE (2026, 3, 1), &in, with, NULL));
  for (int k = PS_STATUS_SASU; k <= PS_STATUS_EURL; k++)
    {
      g_assert_true (with->years[k][0].acre);
      g_assert_false (with->years[k][1].acre);
      g_assert_false (without->years[k][0].acre);
      g_assert_cmpfloat (with->years[k][0].acre_exemption, >, 0);
      g_assert_cmpfloat (with->years[k][0].net_accrued, >, without->years[k][0].net_accrued);
      g_assert_cmpfloat_with_epsilon (with->years[k][1].net_accrued, without->years[k][1].net_accrued, 1e-6);
    }
  /* EURL: the first provisional calls lowered by the ACRE on their flat
   * base; what is paid over the years and after equals what is due */
  {
    const PsProjectionYear *y = with->years[PS_STATUS_EURL];

    g_assert_cmpfloat_with_epsilon (y[0].contributions_paid,
                                    ps_tns_first_years_provisional (p) - ps_acre_tns_provisional (p), 1e-6);
    g_assert_cmpfloat_with_epsilon (y[0].contributions_due,
                                    without->years[PS_STATUS_EURL][0].contributions_due - y[0].acre_exemption, 1e-6);
    /* year 2 pays its calls recalculated on year 1's income, without the
     * ACRE (CSS art. L131-6-2: the year 1 figures at the same parameters,
     * indexation 0), and year 1's regularisation: what year 1 paid and
     * the regularisation make what year 1 owed, after the ACRE */
    g_assert_cmpfloat_with_epsilon (y[0].contributions_paid + y[1].contributions_paid
                                    - without->years[PS_STATUS_EURL][0].contributions_due,
                                    y[0].contributions_due, 1e-6);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/acre/formula", test_formula);
  g_test_add_func ("/acre/sasu", test_sasu);
  g_test_add_func ("/acre/tns", test_tns);
  g_test_add_func ("/acre/company", test_company);
  g_test_add_func ("/acre/projection", test_projection);
  g_test_add_func ("/acre/never-worse", test_never_worse);
  return g_test_run ();
}
