/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a year of each status protects: pension quarters and points, ARE,
 * sick pay. Expected figures come from published worked examples or from
 * the legal formula written out here with the legal constants, never from
 * the engine:
 *
 * - Agirc-Arrco points from a gross: 2 000 € a month in 2021 buy 85,53
 *   points (purchase price 17,3982 €), 85,36 in 2022 (17,4316 €), a pension
 *   of 108,74 € a year at 1,2714 €:
 *   https://old.mareformedesretraites.fr/agirc-arrco-1-de-revalorisation-des-pensions-de-retraite-complementaire
 *   Tranche 2 (17 %, 1 to 8 PASS): ANI Agirc-Arrco du 17/11/2017,
 *   https://www.service-public.fr/particuliers/vosdroits/F15396 (formula);
 * - RCI points: 37 000 € of income at 7 % and a purchase price of 17,456 €
 *   (2018) buy 148,37 points: https://neoviaretraite.fr/?p=517 ; for 2026
 *   the contribution of CSS D635-7 (8.1 % up to the PASS on the reformed
 *   base) ÷ 21,726 €;
 * - quarters: one per 150 hours of the SMIC of 1 January (CSS R351-9); a TNS
 *   validates 4 with 600 × SMIC, "6 912 € pour 2023" (SMIC 11,52 €):
 *   https://aaac.fr/?p=1101 ; micro BNC: the "revenu cotisé" of
 *   mon-entreprise (modele-social 8.0.0, 2025: CA × 24,6 % × 47,60 % ÷
 *   17,75 %, circulaire Cnav 2024-23,
 *   https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2024_23_16072024.pdf);
 * - ARE: the règlement of the convention of 15/11/2024 (AJ = max (40,4 % SJR
 *   + 13,18 ; 57 % SJR), at least 32,13, at most 75 % of the SJR; duration
 *   × 0,75, 182 to 548 days; 0,7 from the 183rd day above 92,57 €, not
 *   below 92,57 €): values of 1 July 2025, https://www.cdg16.fr and
 *   https://www.unedic.org/indemnisation/fiches-thematiques/allocation-daide-au-retour-lemploi-are
 *   (no worked example with these values was found: the formula is
 *   written out); a worked example with the fixed part of 1 July 2024
 *   (13,11 €): 36 000 € over 547 days, SJR 65,81 €, 40,4 % + 13,11 ≈ 39,69 €
 *   against 57 % ≈ 37,51 €, below the 75 % cap of 49,36 €:
 *   https://tools.gera.services/france-chomage-calculator (its "≈ 39,69"
 *   cuts the cents of 39,6987);
 * - IJSS: 41,47 € at most from 1 April 2025 (2 522,52 € × 3 ÷ 91,25 ×
 *   50 %), 53,31 € before:
 *   https://webzine.cerfrance49.fr/2025/03/27/indemnites-journalieres-maladie-baisse-du-montant-maximum-au-1er-avril-2025-impacts ;
 *   41,95 € in January 2026, and service-public's example (2 000 € a month:
 *   65,75 € a day of base, 32,87 € of IJ):
 *   https://www.moneyvox.fr/votre-argent/actualites/107137/arrets-maladie-du-changement-pour-le-montant-des-indemnites-journalieres-en-2026
 * - TNS IJ: 1/730 of the income within the PASS, nothing below 10 % of the
 *   PASS (CSS L622-1, D622-7; https://bpifrance-creation.fr/encyclopedie/protection-sociale-du-createur-dentreprise/indemnites-journalieres):
 *   2026 at most 48 060 ÷ 730 = 65,84 €;
 * - legal maintien (C. trav. L1226-1, D1226-1, D1226-3): 90 % of the gross
 *   from the 8th day, the IJSS deducted. */
#include "config.h"

#include <math.h>

#include "ps-comparison.h"
#include "ps-rights.h"
#include "ps-test-utils.h"
#include "ps-tns.h"

static PsComparison *
compare (const PsParams *p,
         double          tjm,
         double          sasu_salary,
         double          eurl_pay)
{
  PsComparison *c = g_new0 (PsComparison, 1);
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = tjm;
  s.sasu_salary_yearly = sasu_salary;
  s.eurl_remuneration_yearly = eurl_pay;
  ps_comparison_compute (p, &s, c);
  return c;
}

static void
test_agirc_arrco_published (void)
{
  PsParams q = *ps_test_params ("2026-07-01");
  double points;

  /* 2021: PASS 41 136 €, purchase price 17,3982 €, value 1,2714 € */
  q.pss_monthly = 41136.0 / 12;
  q.agirc_arrco_point_price = 17.3982;
  points = ps_rights_agirc_arrco_points (&q, 2000 * 12);
  ps_assert_euros (points, 85.53, 0.005, "points 2021");
  ps_assert_euros (round (points * 100) / 100 * 1.2714, 108.74, 0.005, "pension 2021");
  /* 2022: 17,4316 € */
  q.pss_monthly = 41136.0 / 12;
  q.agirc_arrco_point_price = 17.4316;
  ps_assert_euros (ps_rights_agirc_arrco_points (&q, 2000 * 12), 85.36, 0.005, "points 2022");
}

static void
test_agirc_arrco_tranches (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  double pass = 48060;

  /* the 2026 constants, written out */
  g_assert_cmpfloat (p->pss_monthly * 12, ==, pass);
  g_assert_cmpfloat (p->agirc_arrco_point_price, ==, 20.1877);
  ps_assert_euros (ps_rights_agirc_arrco_points (p, 30000), 30000 * 0.062 / 20.1877, 1e-9, "T1 only");
  ps_assert_euros (ps_rights_agirc_arrco_points (p, 100000),
                   (pass * 0.062 + (100000 - pass) * 0.17) / 20.1877, 1e-9, "T1 + T2");
  /* nothing above 8 PASS */
  ps_assert_euros (ps_rights_agirc_arrco_points (p, 1e6),
                   (pass * 0.062 + 7 * pass * 0.17) / 20.1877, 1e-9, "8 PASS");
  g_assert_cmpfloat (ps_rights_agirc_arrco_points (p, 0), ==, 0);
}

static void
test_rci_published (void)
{
  /* 2018: no abatement, 7 % up to the PASS (39 732 €), price 17,456 € */
  PsParams q = *ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsRights r;

  q.pss_monthly = 39732.0 / 12;
  q.tns_abatement_rate = 0;
  q.tns_abatement_min_pass = 0;
  q.tns_rci_low_rate = 0.07;
  q.tns_rci_high_rate = 0.08;
  q.rci_point_price = 17.456;
  c->eurl_inputs.capital = 1000;
  c->eurl.pay = 37000;
  ps_tns_compute (&q, 37000, &c->eurl.tns);
  ps_rights_compute (&q, c, PS_STATUS_EURL, &r);
  g_assert_cmpint (r.scheme, ==, PS_PENSION_SCHEME_RCI);
  ps_assert_euros (r.points, 148.37, 0.005, "RCI points 2018");
}

static void
test_rci_2026 (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsScenario s;
  PsRights r;
  /* the reformed base: 30 000 − 26 % = 22 200 €; RCI 8.1 % up to the PASS,
   * rounded to the euro */
  double contribution = round (22200 * 0.081);

  /* a capital large enough for the dividends to stay below 10 % of it:
   * they bear no TNS contribution, and buy nothing */
  ps_scenario_init (&s, p);
  s.eurl_remuneration_yearly = 30000;
  s.eurl_capital = 1e6;
  ps_comparison_compute (p, &s, c);
  g_assert_cmpfloat (c->eurl.pay, ==, 30000);
  g_assert_cmpfloat (c->eurl.dividends, >, 0);
  g_assert_cmpfloat (c->eurl.dividends, <, 1e5);
  ps_rights_compute (p, c, PS_STATUS_EURL, &r);
  g_assert_true (r.notes & PS_RIGHTS_NOTE_DIVIDENDS);
  ps_assert_euros (r.points_contribution, contribution, 1e-9, "RCI contribution");
  ps_assert_euros (r.points, contribution / 21.726, 1e-9, "RCI points 2026");
  ps_assert_euros (r.pension_yearly_accrued, contribution / 21.726 * 1.347, 1e-9, "RCI pension");
  /* 22 200 € ≥ 4 × 1 803 €: four quarters, the base within the PASS */
  g_assert_cmpint (r.pension_quarters, ==, 4);
  ps_assert_euros (r.pension_earnings, 22200, 1e-9, "earnings");
  /* IJ: 22 200 ÷ 730 */
  ps_assert_euros (r.sick_daily, 22200 / 730.0, 1e-9, "TNS IJ");
  g_assert_false (r.are_eligible);
  g_assert_cmpfloat (r.are_daily, ==, 0);
}

static void
test_quarters (void)
{
  PsParams q = *ps_test_params ("2026-07-01");

  /* 2026: 150 × 12,02 € = 1 803 € (the SMIC of 1 January, not June's) */
  g_assert_cmpint (ps_rights_quarters (&q, 1803), ==, 1);
  g_assert_cmpint (ps_rights_quarters (&q, 1802.99), ==, 0);
  g_assert_cmpint (ps_rights_quarters (&q, 7212), ==, 4);
  g_assert_cmpint (ps_rights_quarters (&q, 7211.99), ==, 3);
  g_assert_cmpint (ps_rights_quarters (&q, 1e6), ==, 4);
  g_assert_cmpint (ps_rights_quarters (&q, 0), ==, 0);

  /* aaac.fr: 600 × 11,52 € = 6 912 € validate 4 quarters in 2023 */
  q.smic_hourly_year_start = 11.52;
  g_assert_cmpint (ps_rights_quarters (&q, 6912), ==, 4);
  g_assert_cmpint (ps_rights_quarters (&q, 6911.99), ==, 3);
}

static void
test_micro_quarters (void)
{
  const PsParams *p = ps_test_params ("2025-07-01");
  /* CA, then mon-entreprise's revenu cotisé (2025): CA × 24,6 % × 47,60 %
   * ÷ 17,75 %, against 150 × 11,88 = 1 782 € a quarter */
  const double cas[] = { 2000, 3000, 5000, 7000, 10000, 11000, 40000 };

  for (guint i = 0; i < G_N_ELEMENTS (cas); i++)
    {
      g_autofree PsComparison *c = g_new0 (PsComparison, 1);
      PsScenario s;
      PsRights r;
      double cotise = cas[i] * 0.246 * 0.476 / 0.1775;
      int expected = (int) MIN (4.0, floor (cotise / 1782));

      ps_scenario_init (&s, p);
      s.tjm = cas[i] / 200;
      ps_comparison_compute (p, &s, c);
      ps_rights_compute (p, c, PS_STATUS_MICRO, &r);
      g_assert_cmpint (r.pension_quarters, ==, expected);
      /* RCI: 13 % of the social contributions ÷ 21,532 € (2025) */
      ps_assert_euros (r.points, c->micro.social * 0.13 / 21.532, 1e-9, "micro RCI points");
    }
}

static void
test_micro_2026 (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = compare (p, 300, -1, -1);
  PsRights r;
  double ca = 300 * 200.0;

  ps_rights_compute (p, c, PS_STATUS_MICRO, &r);
  /* 60 000 × 66 % = 39 600 € ≥ 4 quarters; RCI 21 % of the 25,6 % */
  g_assert_cmpint (r.pension_quarters, ==, 4);
  ps_assert_euros (r.pension_earnings, ca * 0.66, 1e-6, "micro earnings");
  ps_assert_euros (r.points, round (ca * 0.256 / 12) * 12 * 0.21 / 21.726, 1e-9, "micro RCI");
  ps_assert_euros (r.sick_daily, ca * 0.66 / 730, 1e-9, "micro IJ");
  ps_assert_euros (r.sick_benefits, ca * 0.66 / 730 * 27 * (1 - 0.067), 1e-9, "micro IJ of the month");
  g_assert_false (r.are_eligible);
}

static void
test_sasu_no_salary (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = compare (p, 550, 0, -1);
  PsRights r;

  g_assert_cmpfloat (c->sasu.gross, ==, 0);
  ps_rights_compute (p, c, PS_STATUS_SASU, &r);
  g_assert_cmpint (r.pension_quarters, ==, 0);
  g_assert_cmpfloat (r.points, ==, 0);
  g_assert_cmpfloat (r.pension_yearly_accrued, ==, 0);
  g_assert_cmpint (r.scheme, ==, PS_PENSION_SCHEME_NONE);
  g_assert_true (r.notes & PS_RIGHTS_NOTE_NO_SALARY);
  g_assert_true (r.notes & PS_RIGHTS_NOTE_DIVIDENDS);
  g_assert_false (r.sick_eligible);
  g_assert_false (r.are_eligible);
  g_assert_cmpfloat (r.sick_month_net, ==, 0);
}

/* the président's employer cost that validates 4 quarters: gross ≥ 7 212 € */
static void
test_sasu_four_quarters (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  double lo = 0, hi = 20000;
  PsRights r;

  for (int i = 0; i < 40; i++)
    {
      double mid = (lo + hi) / 2;
      g_autofree PsComparison *c = compare (p, 550, mid, -1);

      if (c->sasu.gross >= 7212)
        hi = mid;
      else
        lo = mid;
    }
  {
    g_autofree PsComparison *c = compare (p, 550, hi, -1);

    ps_rights_compute (p, c, PS_STATUS_SASU, &r);
    g_assert_cmpfloat (c->sasu.gross, >=, 7212);
    g_assert_cmpint (r.pension_quarters, ==, 4);
    ps_assert_euros (r.points, (c->sasu.gross * 0.062) / 20.1877, 1e-9, "SASU points");
    g_test_message ("employer cost for 4 quarters: %.2f € (gross %.2f €)", hi, c->sasu.gross);
  }
  {
    g_autofree PsComparison *c = compare (p, 550, lo - 1, -1);

    ps_rights_compute (p, c, PS_STATUS_SASU, &r);
    g_assert_cmpfloat (c->sasu.gross, <, 7212);
    g_assert_cmpint (r.pension_quarters, ==, 3);
  }
}

static void
test_tns_minimum_base (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = compare (p, 550, -1, 0);
  PsRights r;

  g_assert_cmpfloat (c->eurl.pay, ==, 0);
  ps_rights_compute (p, c, PS_STATUS_EURL, &r);
  /* no pay; the dividends above 10 % of the capital are TNS income */
  if (c->eurl.dividends > 0.1 * c->eurl_inputs.capital)
    g_assert_cmpint (r.pension_quarters, ==, 4);
  else
    g_assert_not_reached ();

  /* the base pension on the minimum base alone: 450 × 12,02 = 5 409 €,
   * 3 quarters (CSS D633-2) */
  {
    g_autofree PsComparison *z = g_new0 (PsComparison, 1);

    z->eurl_inputs.capital = 1000;
    ps_tns_compute (p, 0, &z->eurl.tns);
    ps_rights_compute (p, z, PS_STATUS_EURL, &r);
    g_assert_true (r.notes & PS_RIGHTS_NOTE_TNS_MINIMUM_BASE);
    ps_assert_euros (r.pension_earnings, 5409, 1e-9, "minimum base");
    g_assert_cmpint (r.pension_quarters, ==, 3);
    g_assert_cmpfloat (r.points, ==, 0);
    g_assert_false (r.sick_eligible);
    g_assert_true (r.notes & PS_RIGHTS_NOTE_NO_SICK_PAY);
  }
}

/* the règlement's formula, with the values of 1 July 2025 */
static void
expected_are (double  gross,
              double  days,
              double *aj,
              double *reduced,
              double *n_days)
{
  double sjr = gross / days;

  *aj = MAX (0.404 * sjr + 13.18, 0.57 * sjr);
  *aj = MAX (*aj, 32.13);
  *aj = MIN (*aj, 0.75 * sjr);
  *aj = round (*aj * 100) / 100;
  *reduced = *aj > 92.57 ? MAX (round (0.7 * *aj * 100) / 100, 92.57) : *aj;
  *n_days = CLAMP (ceil (days * 0.75), 182, 548);
}

static void
test_are (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  const struct { double gross, days; } cases[] = {
    { 8000, 365 },     /* 75 % of the SJR below the minimum */
    { 14000, 365 },    /* the minimum */
    { 20000, 365 },    /* 40,4 % + the fixed part */
    { 60000, 365 },    /* 57 %, degressive, floored at 92,57 */
    { 200000, 365 },   /* 57 %, degressive at 70 % */
    { 60000, 730 },    /* 548 days */
    { 30000, 200 },    /* 182 days at least */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PsRights r = { 0 };
      double aj, reduced, n;

      ps_rights_are (p, cases[i].gross, cases[i].days, &r);
      expected_are (cases[i].gross, cases[i].days, &aj, &reduced, &n);
      ps_assert_euros (r.are_sjr, cases[i].gross / cases[i].days, 1e-9, "SJR");
      ps_assert_euros (r.are_daily, aj, 1e-9, "AJ");
      ps_assert_euros (r.are_daily_reduced, reduced, 1e-9, "AJ from the 183rd day");
      g_assert_cmpfloat (r.are_days, ==, n);
      ps_assert_euros (r.are_total, MIN (n, 182) * aj + MAX (0.0, n - 182) * reduced, 1e-6, "total");
      ps_assert_euros (r.arce, 0.6 * r.are_total, 1e-6, "ARCE");
      g_assert_cmpint (!!(r.notes & PS_RIGHTS_NOTE_ARE_DEGRESSIVE), ==, aj > 92.57);
    }
  /* 60 000 € over a year: SJR 164,38 €; 57 % = 93,70 € > 92,57 €; then
   * max (65,59 ; 92,57) = 92,57 €; 274 days */
  {
    PsRights r = { 0 };

    ps_rights_are (p, 60000, 365, &r);
    ps_assert_euros (r.are_daily, 93.70, 1e-9, "AJ 60 000");
    ps_assert_euros (r.are_daily_reduced, 92.57, 1e-9, "reduced 60 000");
    g_assert_cmpfloat (r.are_days, ==, 274);
  }
}

static void
test_are_published (void)
{
  /* the rates in force in February 2025: fixed part 13,11 € */
  const PsParams *p = ps_test_params ("2025-02-01");
  PsRights r = { 0 };

  g_assert_cmpfloat (p->are_fixed_part, ==, 13.11);
  ps_rights_are (p, 36000, 547, &r);
  ps_assert_euros (r.are_sjr, 65.81, 0.005, "SJR");
  /* the engine rounds 39,6987 to the cent, the page cuts it: one cent */
  ps_assert_euros (r.are_daily, 39.69, 0.01, "AJ");
  g_assert_cmpfloat (r.are_daily, ==, 39.70);
  g_assert_cmpfloat (0.57 * r.are_sjr, <, r.are_daily);
  ps_assert_euros (0.75 * r.are_sjr, 49.36, 0.005, "75 % cap");
  /* 547 × 0,75 = 410,25: 411 days */
  g_assert_cmpfloat (r.are_days, ==, 411);
}

static void
test_ijss (void)
{
  /* cerfrance49: from 1 April 2025, at most 41,47 €; 53,31 € before */
  ps_assert_euros (ps_rights_ijss_daily (ps_test_params ("2025-07-01"), 1e6), 41.47, 0.005, "max 2025");
  ps_assert_euros (ps_rights_ijss_daily (ps_test_params ("2025-02-01"), 1e6), 53.31, 0.005, "max before April 2025");
  /* moneyvox: 41,95 € in January 2026 (SMIC 12,02 €) */
  ps_assert_euros (ps_rights_ijss_daily (ps_test_params ("2026-01-15"), 1e6), 41.95, 0.005, "max 2026");
  /* service-public: 2 000 € a month → 65,75 € of base → 32,87 € (the
   * example cuts the cents) */
  {
    double ij = ps_rights_ijss_daily (ps_test_params ("2026-01-15"), 6000);

    ps_assert_euros (ij * 2, 65.75, 0.005, "daily base");
    g_assert_cmpfloat (floor (ij * 100) / 100, ==, 32.87);
  }
}

static void
test_tns_ij (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");

  ps_assert_euros (ps_rights_tns_ij_daily (p, 1e6), 65.84, 0.005, "max");
  g_assert_cmpfloat (ps_rights_tns_ij_daily (p, 4805.99), ==, 0);
  ps_assert_euros (ps_rights_tns_ij_daily (p, 4806), 4806 / 730.0, 1e-9, "threshold");
}

/* Dégressivité: 70 % of the daily allowance from the 183rd day, to the
 * cent (Unédic, règlement général art. 17 bis; half up): 70 % of 171,95 €
 * is 120,365 € → 120,37 € */
static void
test_are_degressive_cents (void)
{
  const PsParams *p = ps_test_params ("2026-04-01");
  PsRights r;
  double sjr;

  memset (&r, 0, sizeof r);
  /* an SJR whose allowance is 171,95 €: 57 % of 301,67 € */
  sjr = 301.67;
  ps_rights_are (p, sjr * 365, 365, &r);
  g_assert_cmpfloat (r.are_daily, ==, 171.95);
  g_assert_cmpfloat (r.are_daily_reduced, ==, 120.37);
}

static void
test_statuses (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = compare (p, 550, -1, -1);
  PsRights r[PS_N_STATUSES];

  for (int i = 0; i < PS_N_STATUSES; i++)
    ps_rights_compute (p, c, i, &r[i]);

  g_assert_true (r[PS_STATUS_PORTAGE].are_eligible);
  g_assert_true (r[PS_STATUS_CDI].are_eligible);
  g_assert_false (r[PS_STATUS_MICRO].are_eligible);
  g_assert_false (r[PS_STATUS_SASU].are_eligible);
  g_assert_false (r[PS_STATUS_EURL].are_eligible);
  g_assert_cmpint (r[PS_STATUS_PORTAGE].scheme, ==, PS_PENSION_SCHEME_AGIRC_ARRCO);
  g_assert_cmpint (r[PS_STATUS_CDI].scheme, ==, PS_PENSION_SCHEME_AGIRC_ARRCO);
  g_assert_cmpint (r[PS_STATUS_MICRO].scheme, ==, PS_PENSION_SCHEME_RCI);
  g_assert_cmpint (r[PS_STATUS_EURL].scheme, ==, PS_PENSION_SCHEME_RCI);

  /* portage: the year's gross and its réserve (CCN portage art. 21.3: 10 %
   * of the base, paid as salary with its contributions at the end of the
   * mission): points on all the gross paid; ARE over 365 days on the
   * salaries of the period, the réserve of a CDI one of them; the IJSS on
   * the 3 months of monthly pay before the stop, without it */
  {
    const PsRights *x = &r[PS_STATUS_PORTAGE];
    double gross = c->portage.gross * 12;
    double paid = gross + c->portage.reserve * 12;
    double aj, reduced, n;
    double pass = 48060;

    g_assert_cmpfloat (c->portage.reserve, >, 0);
    ps_assert_euros (c->portage.reserve, 0.10 * c->portage.base, 0.005, "réserve: 10 % of the base");
    ps_assert_euros (x->points, (MIN (paid, pass) * 0.062 + MAX (0.0, paid - pass) * 0.17) / 20.1877, 1e-9,
                     "portage points");
    ps_assert_euros (x->pension_earnings, MIN (paid, pass), 1e-9, "portage earnings");
    ps_assert_euros (x->pension_yearly_accrued, x->points * 1.4386, 1e-9, "portage pension");
    expected_are (paid, 365, &aj, &reduced, &n);
    ps_assert_euros (x->are_daily, aj, 1e-9, "portage AJ");
    g_assert_cmpfloat (x->are_days, ==, 274);
    /* sick: IJSS at the cap (SMIC of June 2026: 12,31 €) for 27 days, net of
     * 6,7 %; the maintien: 23 days at 90 % of gross ÷ 30, less the IJSS */
    {
      double ij = 1.4 * 12.31 * 151.66666666666666 * 3 / 91.25 * 0.5;
      double complement = (0.9 * gross / 12 / 30 - ij) * 23;

      ps_assert_euros (x->sick_daily, ij, 1e-9, "portage IJSS");
      ps_assert_euros (x->sick_benefits, ij * 27 * 0.933, 1e-9, "portage IJ net");
      ps_assert_euros (x->sick_employer, complement * c->portage.net_before_tax * 12 / gross, 1e-6, "maintien");
      g_assert_cmpfloat (x->sick_month_net, <, x->working_month_net);
    }
  }
  /* a portage CDD: its end-of-contract indemnity is paid as salary too
   * (points on it) but, like the précarité indemnity, is no salary of the
   * ARE's reference period (service-public F2064) */
  {
    g_autofree PsComparison *d = g_new0 (PsComparison, 1);
    PsScenario s;
    PsRights x;
    double gross, paid, aj, reduced, n;
    double pass = 48060;

    ps_scenario_init (&s, p);
    s.tjm = 550;
    s.portage_cdd = TRUE;
    ps_comparison_compute (p, &s, d);
    ps_rights_compute (p, d, PS_STATUS_PORTAGE, &x);
    gross = d->portage.gross * 12;
    paid = gross + d->portage.reserve * 12;
    ps_assert_euros (d->portage.reserve, 0.10 * d->portage.gross, 0.005, "CDD: 10 % of the gross");
    ps_assert_euros (x.points, (MIN (paid, pass) * 0.062 + MAX (0.0, paid - pass) * 0.17) / 20.1877, 1e-9,
                     "CDD points");
    expected_are (gross, 365, &aj, &reduced, &n);
    ps_assert_euros (x.are_daily, aj, 1e-9, "CDD AJ");
  }
  /* CDI under Syntec: the month is paid as a working one */
  ps_assert_euros (r[PS_STATUS_CDI].sick_month_net, r[PS_STATUS_CDI].working_month_net, 1e-9, "CDI maintained");
  /* over a year: the status's net before income tax, and that year with
   * the stop in it, eleven working months (the year's twelfths) and the
   * stop's month */
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      ps_assert_euros (r[i].working_year_net, c->statuses[i].net_before_tax_yearly, 1e-9, "working year");
      ps_assert_euros (r[i].sick_year_net, c->statuses[i].net_before_tax_yearly * 11 / 12 + r[i].sick_month_net,
                       1e-6, "a year with a stop");
    }
  ps_assert_euros (r[PS_STATUS_CDI].sick_year_net, r[PS_STATUS_CDI].working_year_net, 1e-6, "CDI maintained a year");
  g_assert_true (r[PS_STATUS_CDI].notes & PS_RIGHTS_NOTE_SALARY_MAINTAINED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/rights/agirc-arrco-published", test_agirc_arrco_published);
  g_test_add_func ("/ps/rights/agirc-arrco-tranches", test_agirc_arrco_tranches);
  g_test_add_func ("/ps/rights/rci-published", test_rci_published);
  g_test_add_func ("/ps/rights/rci-2026", test_rci_2026);
  g_test_add_func ("/ps/rights/quarters", test_quarters);
  g_test_add_func ("/ps/rights/micro-quarters", test_micro_quarters);
  g_test_add_func ("/ps/rights/micro-2026", test_micro_2026);
  g_test_add_func ("/ps/rights/sasu-no-salary", test_sasu_no_salary);
  g_test_add_func ("/ps/rights/sasu-four-quarters", test_sasu_four_quarters);
  g_test_add_func ("/ps/rights/tns-minimum-base", test_tns_minimum_base);
  g_test_add_func ("/ps/rights/are", test_are);
  g_test_add_func ("/ps/rights/are-published", test_are_published);
  g_test_add_func ("/ps/rights/ijss", test_ijss);
  g_test_add_func ("/ps/rights/tns-ij", test_tns_ij);
  g_test_add_func ("/ps/rights/statuses", test_statuses);
  g_test_add_func ("/ps/rights/are-degressive-cents", test_are_degressive_cents);
  return g_test_run ();
}
