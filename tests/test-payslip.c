/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Structure of a payslip: lines add up, ceilings, conditions, the RGDU
 * cliff and the gross solver. The figures themselves are checked against
 * the official model in the reference suite. */
#include "config.h"

#include <math.h>

#include "ps-money.h"
#include "ps-payslip.h"
#include "ps-test-utils.h"

static const PsLine *
find_line (const PsPayslip *slip,
           const char      *id)
{
  for (int i = 0; i < slip->n_lines; i++)
    if (g_str_equal (slip->lines[i].id, id))
      return &slip->lines[i];
  return NULL;
}

static void
check_sums (const PsPayslip *slip)
{
  double employee = 0, employer = 0;

  for (int i = 0; i < slip->n_lines; i++)
    {
      employee += slip->lines[i].employee;
      employer += slip->lines[i].employer;
      g_assert_true (isfinite (slip->lines[i].base));
    }
  g_assert_cmpfloat_with_epsilon (employee, slip->employee_contributions, 1e-6);
  g_assert_cmpfloat_with_epsilon (employer, slip->employer_contributions, 1e-6);
  g_assert_cmpfloat_with_epsilon (slip->gross - employee, slip->net_before_tax, 1e-6);
  if (slip->gross == 0) /* no pay, no employment: not even the mutuelle */
    {
      g_assert_cmpfloat (slip->employee_contributions, ==, 0);
      g_assert_cmpfloat (slip->employer_contributions, ==, 0);
      g_assert_cmpfloat (slip->taxable_net, ==, 0);
    }
  g_assert_cmpfloat_with_epsilon (slip->gross + employer, slip->employer_cost, 1e-6);
}

static void
test_lines_add_up (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  static const double grosses[] = { 0, 1823.03, 2500, 4005, 5000, 5601, 9000, 16020, 40050, 1e6 };
  PsEmployerProfile profile;

  ps_employer_profile_init_portage (&profile);
  for (guint i = 0; i < G_N_ELEMENTS (grosses); i++)
    for (int cadre = 0; cadre <= 1; cadre++)
      for (int headcount = 1; headcount <= 1000; headcount *= 10)
        {
          PsPayslip slip;

          profile.cadre = cadre;
          profile.headcount = headcount;
          ps_payslip_compute (p, &profile, grosses[i], &slip);
          check_sums (&slip);
          g_assert_cmpfloat (slip.net_before_tax, <=, slip.gross);
          g_assert_cmpfloat (slip.employer_cost, >=, slip.gross);
        }
}

static void
test_tranches (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsEmployerProfile profile;
  PsPayslip slip;

  ps_employer_profile_init_portage (&profile);
  ps_payslip_compute (p, &profile, 5000, &slip);
  g_assert_cmpfloat (find_line (&slip, "vieillesse_plafonnee")->base, ==, 4005);
  g_assert_cmpfloat (find_line (&slip, "retraite_complementaire_t1")->base, ==, 4005);
  g_assert_cmpfloat (find_line (&slip, "retraite_complementaire_t2")->base, ==, 995);
  g_assert_nonnull (find_line (&slip, "cet"));
  /* 6.90 % of T1 */
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "vieillesse_plafonnee")->employee, 276.345, 1e-9);

  /* CET only above one PMSS */
  ps_payslip_compute (p, &profile, 4005, &slip);
  g_assert_null (find_line (&slip, "cet"));
  g_assert_null (find_line (&slip, "retraite_complementaire_t2"));

  /* T2 stops at 8 PMSS, unemployment at 4 PMSS */
  ps_payslip_compute (p, &profile, 100000, &slip);
  g_assert_cmpfloat (find_line (&slip, "retraite_complementaire_t2")->base, ==, 7 * 4005);
  g_assert_cmpfloat (find_line (&slip, "chomage")->base, ==, 4 * 4005);
  g_assert_cmpfloat (find_line (&slip, "cet")->base, ==, 8 * 4005);
}

static void
test_conditions (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsEmployerProfile profile;
  PsPayslip slip;

  ps_employer_profile_init_portage (&profile);
  profile.vm_rate = 0.0295;

  profile.headcount = 5;
  ps_payslip_compute (p, &profile, 3000, &slip);
  g_assert_nonnull (find_line (&slip, "fnal_lt50"));
  g_assert_null (find_line (&slip, "fnal_ge50"));
  g_assert_nonnull (find_line (&slip, "formation_lt11"));
  g_assert_null (find_line (&slip, "versement_mobilite"));
  g_assert_null (find_line (&slip, "peec"));
  g_assert_null (find_line (&slip, "forfait_social"));

  profile.headcount = 60;
  ps_payslip_compute (p, &profile, 3000, &slip);
  g_assert_null (find_line (&slip, "fnal_lt50"));
  g_assert_nonnull (find_line (&slip, "fnal_ge50"));
  g_assert_nonnull (find_line (&slip, "formation_ge11"));
  g_assert_nonnull (find_line (&slip, "versement_mobilite"));
  g_assert_nonnull (find_line (&slip, "peec"));
  g_assert_nonnull (find_line (&slip, "forfait_social"));
  g_assert_null (find_line (&slip, "contribution_supplementaire_apprentissage"));
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "versement_mobilite")->employer, 3000 * 0.0295, 1e-9);

  profile.headcount = 250;
  ps_payslip_compute (p, &profile, 3000, &slip);
  g_assert_nonnull (find_line (&slip, "contribution_supplementaire_apprentissage"));

  /* cadre-only lines */
  g_assert_nonnull (find_line (&slip, "apec"));
  g_assert_nonnull (find_line (&slip, "prevoyance_cadre"));
  profile.cadre = FALSE;
  ps_payslip_compute (p, &profile, 3000, &slip);
  g_assert_null (find_line (&slip, "apec"));
  g_assert_null (find_line (&slip, "prevoyance_cadre"));

  /* AT/MP below the legal floor is raised to it */
  profile.atmp_rate = 0.001;
  ps_payslip_compute (p, &profile, 3000, &slip);
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "atmp")->employer_rate, 0.005, 1e-12);
}

static void
test_rgdu_cliff (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  double three_smic = 3 * 12.31 * 35 * 52 / 12;
  PsEmployerProfile profile;
  PsPayslip below, at;

  ps_employer_profile_init_portage (&profile);
  ps_payslip_compute (p, &profile, floor (three_smic * 100) / 100, &below);
  ps_payslip_compute (p, &profile, ceil (three_smic * 100) / 100, &at);
  g_assert_cmpfloat (below.reduction, >, 0);
  g_assert_cmpfloat (at.reduction, ==, 0);
  /* at 3 SMIC the coefficient is Tmin = 2 % */
  g_assert_cmpfloat_with_epsilon (below.reduction_coefficient, 0.02, 1e-12);
  g_assert_cmpfloat (at.employer_cost - below.employer_cost, >, 100);

  /* maximum coefficient at the SMIC: Tmin + Tdelta (≥ 50 staff) */
  ps_payslip_compute (p, &profile, 12.31 * 35 * 52 / 12, &below);
  g_assert_cmpfloat_with_epsilon (below.reduction_coefficient, 0.02 + 0.3821, 1e-12);
}

static void
test_solver (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsEmployerProfile profile;

  ps_employer_profile_init_portage (&profile);
  for (double envelope = 500; envelope < 60000; envelope *= 1.07)
    {
      double g = ps_payslip_solve_gross (p, &profile, envelope, 1.0);
      double cost = ps_payslip_employer_cost (p, &profile, g);
      double next = ps_payslip_employer_cost (p, &profile, g + 0.01);

      g_assert_cmpfloat (cost, <=, envelope + 1e-9);
      /* the largest such gross: one more cent does not fit */
      g_assert_cmpfloat (next, >, envelope);
    }
  /* with a cost factor (the réserve), the cost is scaled */
  {
    double g = ps_payslip_solve_gross (p, &profile, 10000, 1.1);
    g_assert_cmpfloat (ps_payslip_employer_cost (p, &profile, g) * 1.1, <=, 10000);
    g_assert_cmpfloat (ps_payslip_employer_cost (p, &profile, g + 0.01) * 1.1, >, 10000);
  }
  g_assert_cmpfloat (ps_payslip_solve_gross (p, &profile, 0, 1.0), ==, 0);
  g_assert_cmpfloat (ps_payslip_solve_gross (p, &profile, -5, 1.0), ==, 0);
  g_assert_cmpfloat (ps_payslip_solve_gross (p, &profile, NAN, 1.0), ==, 0);
}

static void
test_solver_in_cliff_gap (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  double three_smic = 3 * 12.31 * 35 * 52 / 12;
  PsEmployerProfile profile;
  double below, above, g;

  ps_employer_profile_init_portage (&profile);
  below = ps_payslip_employer_cost (p, &profile, floor (three_smic * 100) / 100);
  above = ps_payslip_employer_cost (p, &profile, ceil (three_smic * 100) / 100);
  /* no gross costs an amount in the gap: the solver pays the gross just
   * below the cliff */
  g = ps_payslip_solve_gross (p, &profile, (below + above) / 2, 1.0);
  g_assert_cmpfloat (g, ==, floor (three_smic * 100) / 100);
}

static void
test_2025_reliefs (void)
{
  /* 2025 law: réduction générale (T / 0.6) × (1.6 SMIC / pay − 1), 4
   * decimals, T = 0.3194 (< 50 staff) until April, 0.3193 from May;
   * maladie 7 % up to 2.25 SMIC, allocations familiales 3.45 % up to
   * 3.3 SMIC; SMIC 11.88 € × 151.67 h = 1 801.80 €. */
  const PsParams *jan = ps_test_params ("2025-01-01");
  const PsParams *jun = ps_test_params ("2025-06-01");
  PsEmployerProfile profile;
  PsPayslip slip;

  ps_employer_profile_init_portage (&profile);
  profile.headcount = 20;
  ps_payslip_compute (jan, &profile, 2000, &slip);
  /* 0.532333 × (2 882.88 / 2 000 − 1) = 0.23499 → 0.2350 */
  g_assert_cmpfloat_with_epsilon (slip.reduction_coefficient, 0.2350, 1e-12);
  g_assert_cmpfloat_with_epsilon (slip.reduction, 470.00, 1e-9);
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "maladie")->employer_rate, 0.07, 1e-12);
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "allocations_familiales")->employer_rate, 0.0345, 1e-12);

  ps_payslip_compute (jun, &profile, 2000, &slip);
  /* T = 0.3193: 0.532167 × 0.44144 = 0.23492 → 0.2349 */
  g_assert_cmpfloat_with_epsilon (slip.reduction_coefficient, 0.2349, 1e-12);

  /* no réduction générale from 1.6 SMIC */
  ps_payslip_compute (jan, &profile, 2882.88, &slip);
  g_assert_cmpfloat (slip.reduction, ==, 0);
  ps_payslip_compute (jan, &profile, 2880, &slip);
  g_assert_cmpfloat (slip.reduction, >, 0);

  /* maladie full rate above 2.25 SMIC (4 054.05 €), AF above 3.3 SMIC (5 945.94 €) */
  ps_payslip_compute (jan, &profile, 4054.05, &slip);
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "maladie")->employer_rate, 0.07, 1e-12);
  ps_payslip_compute (jan, &profile, 4054.06, &slip);
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "maladie")->employer_rate, 0.13, 1e-12);
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "allocations_familiales")->employer_rate, 0.0345, 1e-12);
  g_assert_cmpfloat_with_epsilon (slip.reduced_rate_relief, 4054.06 * 0.018, 1e-6);
  ps_payslip_compute (jan, &profile, 5945.95, &slip);
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "allocations_familiales")->employer_rate, 0.0525, 1e-12);
  g_assert_cmpfloat (slip.reduced_rate_relief, ==, 0);

  /* none of this in 2026 */
  ps_payslip_compute (ps_test_params ("2026-01-01"), &profile, 2000, &slip);
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "maladie")->employer_rate, 0.13, 1e-12);
}

/* The firm's own prévoyance contract (an offer's, issue 11): worked by
 * hand on a 5 000 € gross, PMSS 4 005 € (2026). The employer pays its share
 * of the premium but never less than the cadres' 1.50 % of T1 (ANI of
 * 17/11/2017 art. 7: 60.075 €); the employee the rest. The employer's part
 * above the minimum is welfare: in the CSG/CRDS base (9.70 %, CSS
 * L136-1-1) but, prévoyance, not in the taxable net; it and the employee's
 * part are deductible (CGI art. 83 1° quater, within 5 % PSS + 2 % of the
 * pay: 300.25 €, here 20 + 24.03 + 60.075 + 36.045 €). Here all the welfare stays
 * within the exempt 6 % PSS + 1.5 % of the pay (315.30 €): the assiette
 * doesn't move. With 250 employees, the forfait social (8 %, CSS L137-15)
 * is due on the employer's part. */
static void
test_prevoyance_contract (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsEmployerProfile profile;
  PsPayslip law, firm;
  const PsLine *line;

  g_assert_cmpfloat (p->pss_monthly, ==, 4005);
  ps_employer_profile_init_portage (&profile);
  ps_payslip_compute (p, &profile, 5000, &law);
  g_assert_null (find_line (&law, "prevoyance_firm"));

  /* 3 % of T1 = 120.15 €, 80 % paid by the firm = 96.12 €: 36.045 € above
   * the minimum, 24.03 € for the employee */
  profile.prevoyance_rate = 0.03;
  profile.prevoyance_employer_rate = 0.8;
  ps_payslip_compute (p, &profile, 5000, &firm);
  check_sums (&firm);
  line = find_line (&firm, "prevoyance_firm");
  g_assert_nonnull (line);
  g_assert_cmpfloat_with_epsilon (line->employer, 36.045, 1e-9);
  g_assert_cmpfloat_with_epsilon (line->employee, 24.03, 1e-9);
  g_assert_cmpfloat (firm.assiette, ==, law.assiette);
  g_assert_cmpfloat_with_epsilon (firm.employer_contributions - law.employer_contributions, 36.045 * 1.08, 1e-9);
  g_assert_cmpfloat_with_epsilon (firm.employee_contributions - law.employee_contributions, 24.03 + 36.045 * 0.097, 1e-9);
  /* taxable: the net and the non-deductible CSG and CRDS (2.9 %) on the
   * employer's part, not that part (prévoyance, within the limit) */
  g_assert_cmpfloat_with_epsilon (firm.taxable_net - law.taxable_net,
                                  -(24.03 + 36.045 * 0.097) + 36.045 * 0.029, 1e-9);

  /* 2 % of T1 + 10 € = 90.10 €, half of it (45.05 €) below the minimum:
   * the firm pays 60.075 €, the employee 30.025 € */
  profile.prevoyance_rate = 0.02;
  profile.prevoyance_monthly = 10;
  profile.prevoyance_employer_rate = 0.5;
  ps_payslip_compute (p, &profile, 5000, &firm);
  check_sums (&firm);
  line = find_line (&firm, "prevoyance_firm");
  g_assert_nonnull (line);
  g_assert_cmpfloat_with_epsilon (line->employer, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (line->employee, 30.025, 1e-9);
  g_assert_cmpfloat_with_epsilon (firm.employer_contributions, law.employer_contributions, 1e-9);

  /* no pay, no premium */
  ps_payslip_compute (p, &profile, 0, &firm);
  check_sums (&firm);
}

/* The taxable net by the law (CGI art. 83 1° quater; BOFiP
 * BOI-RSA-BASE-30-10-20 and BOI-RSA-CHAMP-20-30-50 § 40-60;
 * https://malakoffhumanis.com/faq/contents/les-cotisations-patronales-sur-les-garanties-complementaires-sante-et-prevoyance-sont-elles-incluses-dans-le-calcul-de-mon-impot-sur-le-revenu ):
 * since LF 2014 (incomes 2013) only the employer's health share is
 * taxable; his prévoyance is not, within the deductible limit shared with
 * the employee's health and prévoyance premiums, 5 % PSS + 2 % of the pay,
 * at most 2 % of 8 PSS. A cadre at 5 000 € (2026, PMSS 4 005 €): net before
 * tax + CSG non déductible and CRDS (2.9 % of 98.25 % of 5 000 + the
 * employer's welfare 20 + 60.075 €) + the employer's mutuelle 20 €
 * = 3 933.86 + 144.78 + 20 = 4 098.64 € with the parts rounded (4 098.65
 * unrounded); the 60.075 € of prévoyance cadre is not taxed (deductible
 * 20 + 60.075 € < 5 % × 4 005 + 2 % × 5 000 = 300.25 €). */
static void
test_taxable_prevoyance (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsEmployerProfile profile;
  PsPayslip slip;
  double welfare = 20 + 0.015 * 4005;
  double csg_crds_nd = (0.024 + 0.005) * (0.9825 * 5000 + welfare);
  double limit, excess;

  g_assert_cmpfloat (p->pss_monthly, ==, 4005);
  ps_employer_profile_init_portage (&profile);
  g_assert_true (profile.cadre);
  g_assert_cmpfloat (profile.mutuelle_monthly, ==, 40);
  g_assert_cmpfloat (profile.mutuelle_employer_rate, ==, 0.5);
  ps_payslip_compute (p, &profile, 5000, &slip);
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "prevoyance_cadre")->employer, 60.075, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_round_cents (slip.net_before_tax), 3933.86, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_round_cents (csg_crds_nd), 144.78, 1e-9);
  g_assert_cmpfloat_with_epsilon (slip.taxable_net, slip.net_before_tax + csg_crds_nd + 20, 1e-9);
  g_assert_cmpfloat (fabs (ps_round_cents (slip.taxable_net) - (3933.86 + 144.78 + 20)), <=, 0.011);

  /* The limit binds: the firm's contract at 12 % of T1 (480.60 €), all of it
   * paid by the employer (420.525 € above the cadres' minimum), 1 000 € of
   * mutuelle, half each. Deductible payments: the employee's 500 € of
   * mutuelle + the employer's 480.60 € of prévoyance = 980.60 €, limit
   * min (5 % × 4 005 + 2 % × 5 000, 16 % × 4 005) = 300.25 €: 680.35 €
   * taxable on top of the net, the non-deductible CSG/CRDS (on all the
   * employer's welfare) and the employer's 500 € of mutuelle. */
  profile.prevoyance_rate = 0.12;
  profile.prevoyance_employer_rate = 1;
  profile.mutuelle_monthly = 1000;
  ps_payslip_compute (p, &profile, 5000, &slip);
  check_sums (&slip);
  g_assert_cmpfloat_with_epsilon (find_line (&slip, "prevoyance_firm")->employer, 0.12 * 4005 - 60.075, 1e-9);
  limit = MIN (0.05 * 4005 + 0.02 * 5000, 0.16 * 4005);
  g_assert_cmpfloat_with_epsilon (limit, 300.25, 1e-9);
  excess = 500 + 0.12 * 4005 - limit;
  g_assert_cmpfloat_with_epsilon (excess, 680.35, 1e-9);
  csg_crds_nd = (0.024 + 0.005) * (0.9825 * 5000 + 500 + 0.12 * 4005);
  g_assert_cmpfloat_with_epsilon (slip.taxable_net, slip.net_before_tax + csg_crds_nd + 500 + excess, 1e-9);

  /* the cap binds: 20 000 € of gross, limit min (200.25 + 400, 640.80) =
   * 600.25 €, payments 500 + 480.60 €: 380.35 € taxable */
  ps_payslip_compute (p, &profile, 20000, &slip);
  check_sums (&slip);
  limit = MIN (0.05 * 4005 + 0.02 * 20000, 0.16 * 4005);
  g_assert_cmpfloat_with_epsilon (limit, 600.25, 1e-9);
  csg_crds_nd = (0.024 + 0.005) * (0.9825 * 4 * 4005 + (20000 - 4 * 4005) + 500 + 0.12 * 4005);
  g_assert_cmpfloat_with_epsilon (slip.taxable_net,
                                  slip.net_before_tax + csg_crds_nd + 500 + 380.35, 1e-9);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/payslip/lines-add-up", test_lines_add_up);
  g_test_add_func ("/ps/payslip/tranches", test_tranches);
  g_test_add_func ("/ps/payslip/conditions", test_conditions);
  g_test_add_func ("/ps/payslip/rgdu-cliff", test_rgdu_cliff);
  g_test_add_func ("/ps/payslip/solver", test_solver);
  g_test_add_func ("/ps/payslip/2025-reliefs", test_2025_reliefs);
  g_test_add_func ("/ps/payslip/solver-cliff-gap", test_solver_in_cliff_gap);
  g_test_add_func ("/ps/payslip/prevoyance-contract", test_prevoyance_contract);
  g_test_add_func ("/ps/payslip/taxable-prevoyance", test_taxable_prevoyance);
  return g_test_run ();
}
