/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The TNS contributions (SSI, profession libérale non réglementée) under
 * the 2025 reform of their base, against the legal formula written here
 * with the constants of the texts — not with the engine's parameters:
 *
 * - LFSS 2024 (loi 2023-1250) art. 18, CSS L131-6 and L136-3: one base for
 *   every contribution and for the CSG-CRDS, the income before
 *   contributions less an abatement of 26 %, within 1.76 % and 130 % of
 *   the PASS (décret n° 2024-688 du 5 juillet 2024,
 *   https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049888566; the
 *   figures of the floor and cap: 829 € and 61 230 € in 2025,
 *   https://www.ganprevoyance.fr/actualite/regime-complementaires-independants);
 * - maladie-maternité, CSS D621-1 and D621-2 (version of the décret):
 *   8.5 % up to 3 PASS and 6.5 % above; below 3 PASS one rate on the whole
 *   base, 0 below 20 % of the PASS, then in straight lines T1 = 1.5 % at
 *   40 %, T2 = 4 % at 60 %, T3 = 6.5 % at 110 %, T4 = 7.7 % at 200 %,
 *   T5 = 8.5 % at 300 % of the PASS;
 * - indemnités journalières, CSS D621-3 I: 0.5 % within 5 PASS, minimum
 *   base 40 % of the PASS;
 * - retraite de base, CSS D633-3: 17.15 % within the PASS + 0.72 % on the
 *   whole base (17.87 % up to 1 PASS), minimum base 450 hours of the SMIC
 *   of 1 January (CSS D633-2);
 * - retraite complémentaire (RCI), CSS D635-7: 8.1 % up to 1 PASS, 9.1 %
 *   from 1 to 4 PASS (https://www.ganprevoyance.fr/actualite/regime-complementaires-independants;
 *   the rates also on https://avocat-lebot-lemaitre.fr/gerants-majoritaires-voici-les-premieres-estimations-de-limpact-sur-vos-retraites-de-la-reforme-de-vos-cotisations);
 * - invalidité-décès: 1.3 % within the PASS, minimum base 11.5 % of it;
 * - allocations familiales, CSS D613-1: 0 up to 110 % of the PASS, then a
 *   rate rising in a straight line to 3.1 % at 140 % (on the whole base);
 * - CSG 9.2 % (6.8 % deductible) and CRDS 0.5 % on the same base
 *   (CSS L136-3, L136-8);
 * - CFP 0.25 % of the PASS (C. trav. L6331-48).
 *
 * Published figures for 2026 checked below: the maladie scale's points in
 * euros (artemis-paie.fr, "calculés par nos soins", https://artemis-paie.fr/?p=2602)
 * and the minimum bases and contributions (Bpifrance Création,
 * https://bpifrance-creation.fr/boiteaoutils/cotisations-minimales-dues-travailleurs-independants).
 * No worked example line by line of the reformed scale was found
 * published (the URSSAF pages, chambers and accountants give the rates
 * and the floor and cap of the abatement, not the lines for an income):
 * the other expected figures are computed here from the formula, each line
 * rounded to the euro as the URSSAF calls them, and for three incomes also
 * written out by hand. */
#include "config.h"

#include <math.h>

#include "ps-company.h"
#include "ps-test-utils.h"
#include "ps-tns.h"

/* the constants of the year: PASS (arrêté of 22/12/2025 for 2026, of
 * 19/12/2024 for 2025), SMIC of 1 January (décret 2025-1228; 2024-951) */
typedef struct
{
  const char *date;
  double      pass;
  double      smic_january;
} Year;

static const Year Y2026 = { "2026-07-01", 48060, 12.02 };
static const Year Y2025 = { "2025-07-01", 47100, 11.88 };

/* ------------------------------------------------------------ the legal formula */

typedef struct
{
  double abatement, base;
  double maladie, ij, retraite_base, rci, id, af, csg_deductible, csg_crds_nd, cfp, total;
} Legal;

static double
euros (double x)
{
  return round (x);
}

/* CSS D621-2: the rate on the whole base below 3 PASS */
static double
d621_2_rate (double a,
             double P)
{
  const double T1 = 0.015, T2 = 0.04, T3 = 0.065, T4 = 0.077, T5 = 0.085;

  if (a < 0.2 * P)
    return 0;
  if (a < 0.4 * P)
    return T1 * (a - 0.2 * P) / (0.2 * P);
  if (a < 0.6 * P)
    return (T2 - T1) * (a - 0.4 * P) / (0.2 * P) + T1;
  if (a < 1.1 * P)
    return (T3 - T2) * (a - 0.6 * P) / (0.5 * P) + T2;
  if (a < 2 * P)
    return (T4 - T3) * (a - 1.1 * P) / (0.9 * P) + T3;
  return (T5 - T4) * (a - 2 * P) / P + T4;
}

static Legal
legal (const Year *y,
       double      R)
{
  double P = y->pass;
  double min_rb = euros (450 * y->smic_january);
  double min_id = euros (0.115 * P);
  double min_ij = euros (0.40 * P);
  double a, rb_base;
  Legal l;

  l.abatement = CLAMP (0.26 * MAX (R, 0.0), 0.0176 * P, 1.30 * P);
  l.base = a = MAX (R - l.abatement, 0.0);
  l.maladie = euros (a < 3 * P ? d621_2_rate (a, P) * a : 0.085 * 3 * P + 0.065 * (a - 3 * P));
  l.ij = euros (0.005 * MIN (MAX (a, min_ij), 5 * P));
  rb_base = MAX (a, min_rb);
  l.retraite_base = euros (0.1715 * MIN (rb_base, P) + 0.0072 * rb_base);
  l.rci = euros (0.081 * MIN (a, P) + 0.091 * CLAMP (a - P, 0.0, 3 * P));
  l.id = euros (0.013 * MIN (MAX (a, min_id), P));
  l.af = euros (a <= 1.1 * P ? 0 : a < 1.4 * P ? 0.031 * (a - 1.1 * P) / (0.3 * P) * a : 0.031 * a);
  l.csg_deductible = euros (0.068 * a);
  l.csg_crds_nd = euros (0.024 * a + 0.005 * a);   /* CSG 9.2 − 6.8 %, CRDS 0.5 % */
  l.cfp = euros (0.0025 * P);
  l.total = l.maladie + l.ij + l.retraite_base + l.rci + l.id + l.af + l.csg_deductible + l.csg_crds_nd + l.cfp;
  return l;
}

static void
assert_legal (const Year *y,
              double      R)
{
  const PsParams *p = ps_test_params (y->date);
  Legal l = legal (y, R);
  PsTns t;

  ps_tns_compute (p, R, &t);
  g_test_message ("%s, income %.2f: base %.2f, total %.0f", y->date, R, l.base, l.total);
  g_assert_cmpfloat_with_epsilon (t.abatement, l.abatement, 1e-6);
  g_assert_cmpfloat_with_epsilon (t.assiette, l.base, 1e-6);
  g_assert_cmpfloat (t.maladie, ==, l.maladie);
  g_assert_cmpfloat (t.ij, ==, l.ij);
  g_assert_cmpfloat (t.retraite_base, ==, l.retraite_base);
  g_assert_cmpfloat (t.retraite_complementaire, ==, l.rci);
  g_assert_cmpfloat (t.invalidite_deces, ==, l.id);
  g_assert_cmpfloat (t.allocations_familiales, ==, l.af);
  g_assert_cmpfloat (t.csg_deductible, ==, l.csg_deductible);
  g_assert_cmpfloat (t.csg_crds_non_deductible, ==, l.csg_crds_nd);
  g_assert_cmpfloat (t.cfp, ==, l.cfp);
  g_assert_cmpfloat (t.total, ==, l.total);
}

/* ------------------------------------------------------------ tests */

/* every line, from below the minimums to above 5 PASS, both years: each
 * band of the maladie scale, of the AF rate and of the RCI, the floor and
 * the cap of the abatement */
static void
test_scale (void)
{
  static const double incomes[] = {
    0, 500, 1000, 3000, 8000, 15000, 22000, 30000, 40000, 60000, 75000, 80000, 100000,
    150000, 200000, 240300, 250000, 300000, 400000, 1000000,
  };

  for (guint i = 0; i < G_N_ELEMENTS (incomes); i++)
    {
      assert_legal (&Y2026, incomes[i]);
      assert_legal (&Y2025, incomes[i]);
    }
}

/* Three incomes written out by hand, 2026 (PASS 48 060 €) */
static void
test_by_hand (void)
{
  const PsParams *p = ps_test_params (Y2026.date);
  PsTns t;

  /* 30 000 €: base 30 000 − 7 800 = 22 200 € (0.462 PASS); maladie
   * (D621-2 3°) 1.5 % + 2.5 % × (22 200 − 19 224) / 9 612 = 2.274 % → 505;
   * IJ 0.5 % × 22 200 → 111; retraite de base 17.87 % → 3 967; RCI 8.1 %
   * → 1 798; ID 1.3 % → 289; AF 0; CSG 6.8 % → 1 510; 2.9 % → 644;
   * CFP 120: 8 944 € */
  ps_tns_compute (p, 30000, &t);
  g_assert_cmpfloat (t.assiette, ==, 22200);
  g_assert_cmpfloat (t.maladie, ==, 505);
  g_assert_cmpfloat (t.ij, ==, 111);
  g_assert_cmpfloat (t.retraite_base, ==, 3967);
  g_assert_cmpfloat (t.retraite_complementaire, ==, 1798);
  g_assert_cmpfloat (t.invalidite_deces, ==, 289);
  g_assert_cmpfloat (t.allocations_familiales, ==, 0);
  g_assert_cmpfloat (t.csg_deductible, ==, 1510);
  g_assert_cmpfloat (t.csg_crds_non_deductible, ==, 644);
  g_assert_cmpfloat (t.total, ==, 8944);

  /* 80 000 €: base 59 200 € (1.232 PASS); maladie (D621-2 5°) 6.5 % +
   * 1.2 % × (59 200 − 52 866) / 43 254 = 6.6757 % → 3 952; IJ → 296;
   * retraite de base 17.15 % × 48 060 + 0.72 % × 59 200 = 8 242.29 + 426.24
   * → 8 669; RCI 8.1 % × 48 060 + 9.1 % × 11 140 = 3 892.86 + 1 013.74
   * → 4 907; ID 1.3 % × 48 060 → 625; AF 3.1 % × (59 200 − 52 866) / 14 418
   * = 1.3618 % → 806; CSG 6.8 % → 4 026; 2.9 % → 1 717; CFP 120:
   * 25 118 € */
  ps_tns_compute (p, 80000, &t);
  g_assert_cmpfloat (t.assiette, ==, 59200);
  g_assert_cmpfloat (t.maladie, ==, 3952);
  g_assert_cmpfloat (t.ij, ==, 296);
  g_assert_cmpfloat (t.retraite_base, ==, 8669);
  g_assert_cmpfloat (t.retraite_complementaire, ==, 4907);
  g_assert_cmpfloat (t.invalidite_deces, ==, 625);
  g_assert_cmpfloat (t.allocations_familiales, ==, 806);
  g_assert_cmpfloat (t.csg_deductible, ==, 4026);
  g_assert_cmpfloat (t.csg_crds_non_deductible, ==, 1717);
  g_assert_cmpfloat (t.total, ==, 25118);

  /* 300 000 € (above 4 PASS of base): abatement capped at 130 % PASS
   * = 62 478 €, base 237 522 € (4.94 PASS); maladie 8.5 % × 144 180
   * + 6.5 % × 93 342 = 12 255.30 + 6 067.23 → 18 323; IJ 0.5 % → 1 188;
   * retraite de base 8 242.29 + 0.72 % × 237 522 = 8 242.29 + 1 710.16
   * → 9 952; RCI 3 892.86 + 9.1 % × 144 180 = 3 892.86 + 13 120.38 → 17 013;
   * ID 625; AF 3.1 % → 7 363; CSG 6.8 % → 16 151; 2.9 % → 6 888; CFP 120:
   * 77 623 € */
  ps_tns_compute (p, 300000, &t);
  g_assert_cmpfloat (t.abatement, ==, 62478);
  g_assert_cmpfloat (t.assiette, ==, 237522);
  g_assert_cmpfloat (t.maladie, ==, 18323);
  g_assert_cmpfloat (t.ij, ==, 1188);
  g_assert_cmpfloat (t.retraite_base, ==, 9952);
  g_assert_cmpfloat (t.retraite_complementaire, ==, 17013);
  g_assert_cmpfloat (t.invalidite_deces, ==, 625);
  g_assert_cmpfloat (t.allocations_familiales, ==, 7363);
  g_assert_cmpfloat (t.csg_deductible, ==, 16151);
  g_assert_cmpfloat (t.csg_crds_non_deductible, ==, 6888);
  g_assert_cmpfloat (t.total, ==, 77623);
}

/* The minimum contributions of 2026 (no income): IJ 96 € (0.5 % × 40 %
 * of the PASS = 96.12), retraite de base 17.87 % × 450 × 12.02 = 966.59 €
 * (to the euro 967), invalidité-décès 1.3 % × 5 527 = 71.85 → 72 €, CFP
 * 0.25 % × 48 060 = 120.15 → 120 €; nothing for maladie, RCI, AF,
 * CSG-CRDS. (CSS D613-1, D621-3, D633-2.) Bpifrance publishes the same
 * bases (19 224, 5 409, 5 527, 48 060 €) and amounts (96, 72, 120 €),
 * the retraite de base at the pre-reform 17.75 % (960 €). */
static void
test_minimums (void)
{
  const PsParams *p = ps_test_params (Y2026.date);
  PsTns t;

  ps_tns_compute (p, 0, &t);
  g_assert_cmpfloat (t.assiette, ==, 0);
  g_assert_cmpfloat (t.ij, ==, 96);
  g_assert_cmpfloat (fabs (t.retraite_base - 966.59), <, 0.5);
  g_assert_cmpfloat (t.invalidite_deces, ==, 72);
  g_assert_cmpfloat (fabs (t.cfp - 120.15), <, 0.5);
  g_assert_cmpfloat (t.maladie, ==, 0);
  g_assert_cmpfloat (t.retraite_complementaire, ==, 0);
  g_assert_cmpfloat (t.allocations_familiales, ==, 0);
  g_assert_cmpfloat (t.csg_crds, ==, 0);
  g_assert_cmpfloat (t.total, ==, 96 + 967 + 72 + 120);

  /* a loss: the same minimums, on a base of 0 */
  ps_tns_compute (p, -5000, &t);
  g_assert_cmpfloat (t.assiette, ==, 0);
  g_assert_cmpfloat (t.total, ==, 96 + 967 + 72 + 120);
}

/* The maladie rate at the points of the 2026 scale as published in euros
 * (artemis-paie.fr): 0 below 9 612 €, 1.5 % at 19 224 €, 4 % at 28 836 €,
 * 6.5 % at 52 866 €, 7.7 % at 96 120 € (7.71 % just above), 8.5 % at
 * 144 180 € of base */
static void
test_published_scale (void)
{
  const PsParams *p = ps_test_params (Y2026.date);
  static const struct { double base, rate; } points[] = {
    { 5000, 0 }, { 9612, 0 }, { 19224, 0.015 }, { 28836, 0.04 }, { 52866, 0.065 }, { 96120, 0.077 },
    { 144180, 0.085 },
  };
  PsTns t;

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      /* the income whose base (less 26 %) is the point */
      ps_tns_compute (p, points[i].base / 0.74, &t);
      g_assert_cmpfloat_with_epsilon (t.assiette, points[i].base, 1e-6);
      g_assert_cmpfloat_with_epsilon (t.maladie_rate, points[i].rate, 1e-9);
    }
  ps_tns_compute (p, 96700 / 0.74, &t);
  g_assert_cmpfloat_with_epsilon (round (t.maladie_rate * 10000) / 100, 7.71, 1e-9);
  ps_tns_compute (p, 144000 / 0.74, &t);
  g_assert_cmpfloat_with_epsilon (round (t.maladie_rate * 10000) / 100, 8.50, 1e-9);
  ps_tns_compute (p, 143500 / 0.74, &t);
  g_assert_cmpfloat_with_epsilon (round (t.maladie_rate * 10000) / 100, 8.49, 1e-9);
}

/* The abatement: 26 %, not below 1.76 % of the PASS (845.86 € in 2026,
 * 828.96 € in 2025), not above 130 % (62 478 €; 61 230 €) */
static void
test_abatement (void)
{
  const PsParams *p = ps_test_params (Y2026.date);
  const PsParams *p25 = ps_test_params (Y2025.date);
  PsTns t;

  /* the floor binds below 845.856 / 0.26 = 3 253.29 € */
  ps_tns_compute (p, 3000, &t);
  g_assert_cmpfloat_with_epsilon (t.abatement, 845.856, 1e-6);
  g_assert_cmpfloat_with_epsilon (t.assiette, 3000 - 845.856, 1e-6);
  ps_tns_compute (p, 500, &t);
  g_assert_cmpfloat (t.assiette, ==, 0);
  ps_tns_compute (p25, 3000, &t);
  g_assert_cmpfloat_with_epsilon (t.abatement, 828.96, 1e-6);
  /* 26 % in between */
  ps_tns_compute (p, 3300, &t);
  g_assert_cmpfloat_with_epsilon (t.abatement, 858, 1e-6);
  /* the cap binds from 5 PASS: 240 300 € (2026) */
  ps_tns_compute (p, 240300, &t);
  g_assert_cmpfloat_with_epsilon (t.abatement, 62478, 1e-6);
  ps_tns_compute (p, 500000, &t);
  g_assert_cmpfloat_with_epsilon (t.abatement, 62478, 1e-6);
  g_assert_cmpfloat_with_epsilon (t.assiette, 500000 - 62478, 1e-6);
  ps_tns_compute (p25, 500000, &t);
  g_assert_cmpfloat_with_epsilon (t.abatement, 61230, 1e-6);
  g_assert_cmpfloat_with_epsilon (ps_tns_assiette (p, 100000), 74000, 1e-6);
}

/* The pension lines stand apart (a protection view reads them): the base
 * pension and the RCI, each with its own base and rate */
static void
test_pension_lines (void)
{
  const PsParams *p = ps_test_params (Y2026.date);
  PsTns t;
  int n_pension = 0;

  ps_tns_compute (p, 80000, &t);
  for (int i = 0; i < t.n_lines; i++)
    {
      const PsLine *l = &t.lines[i];

      if (l->branch != PS_BRANCH_PENSION)
        continue;
      n_pension++;
      if (g_str_equal (l->id, "tns_retraite_base"))
        {
          g_assert_cmpfloat (l->employee, ==, t.retraite_base);
          g_assert_cmpfloat_with_epsilon (l->employee_rate, 0.1787, 1e-9);
          g_assert_cmpfloat (l->base, ==, 59200);
        }
      else
        {
          g_assert_cmpstr (l->id, ==, "tns_retraite_complementaire");
          g_assert_cmpfloat (l->employee, ==, t.retraite_complementaire);
          g_assert_cmpfloat_with_epsilon (l->employee_rate, 0.081, 1e-9);
          g_assert_cmpfloat (l->base, ==, 59200);
        }
    }
  g_assert_cmpint (n_pension, ==, 2);
}

/* The EURL at the IS: the remuneration is the income before contributions;
 * the net is the remuneration less every contribution; the taxable pay is
 * the net plus the non-deductible CSG-CRDS; the dividends above 10 % of the
 * capital are added to the income before contributions (CSS L131-6) */
static void
test_eurl_is (void)
{
  const PsParams *p = ps_test_params (Y2026.date);
  PsCompanyInputs in;
  PsCompanyResult r;
  Legal l, with;
  double excess;

  ps_company_inputs_init (&in, p);
  in.costs = 0;
  in.revenue = 100000;
  in.pay = 50000;
  in.capital = 1000;
  ps_eurl_compute (p, &in, &r);
  l = legal (&Y2026, 50000);
  g_assert_cmpfloat (r.contributions, ==, l.total);
  g_assert_cmpfloat_with_epsilon (r.net_pay, 50000 - l.total, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.taxable_pay, 50000 - l.total + l.csg_crds_nd, 1e-6);
  /* profit 50 000: IS 15 % × 42 500 + 25 % × 7 500 = 8 250 */
  g_assert_cmpfloat (r.corporate_tax, ==, 8250);
  g_assert_cmpfloat_with_epsilon (r.dividends, 41750, 1e-6);
  excess = 41750 - 0.10 * 1000;
  with = legal (&Y2026, 50000 + excess);
  g_assert_cmpfloat_with_epsilon (r.dividend_contributions, with.total - l.total + 100 * 0.186, 1e-6);

  /* the best split is found without solving anything: its remuneration
   * is the income before contributions, to the cent */
  in.pay = -1;
  ps_eurl_compute (p, &in, &r);
  g_assert_true (r.optimised);
  l = legal (&Y2026, r.pay);
  g_assert_cmpfloat (r.contributions, ==, l.total);
}

/* The EURL at the IR: the profit before contributions is the income */
static void
test_eurl_ir (void)
{
  const PsParams *p = ps_test_params (Y2025.date);
  PsCompanyInputs in;
  PsCompanyResult r;
  Legal l = legal (&Y2025, 70000);

  ps_company_inputs_init (&in, p);
  in.costs = 0;
  in.ir = TRUE;
  in.revenue = 70000;
  ps_eurl_compute (p, &in, &r);
  g_assert_cmpfloat (r.contributions, ==, l.total);
  g_assert_cmpfloat_with_epsilon (r.tns.assiette, 70000 * 0.74, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.net_pay, 70000 - l.total, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.taxable_pay, 70000 - l.total + l.csg_crds_nd, 1e-6);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/tns/scale", test_scale);
  g_test_add_func ("/ps/tns/by-hand", test_by_hand);
  g_test_add_func ("/ps/tns/minimums", test_minimums);
  g_test_add_func ("/ps/tns/published-scale", test_published_scale);
  g_test_add_func ("/ps/tns/abatement", test_abatement);
  g_test_add_func ("/ps/tns/pension-lines", test_pension_lines);
  g_test_add_func ("/ps/tns/eurl-is", test_eurl_is);
  g_test_add_func ("/ps/tns/eurl-ir", test_eurl_ir);
  return g_test_run ();
}
