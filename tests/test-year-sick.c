/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sick days of a realistic year, paid as each status's law pays them.
 * The days off are one stop of working days × 7 ÷ 5 calendar days (the
 * allowances are paid for every calendar day of the stop).
 *
 * - IJSS (CSS R323-1, R323-4, R323-5): 50 % of the gross of the 3 months
 *   before ÷ 91,25, that gross capped at 1,4 SMIC a month (décret
 *   2025-160), from the 4th day. Examples: 2 000 € a month → 6 000 ÷
 *   91,25 = 65,75 € of base, 32,88 € a day
 *   (https://ledroit.fr/indemnites-journalieres-maladie-comprendre-calcul-et-montant/ ;
 *   32,87 € cut rather than rounded in
 *   https://www.moneyvox.fr/votre-argent/actualites/107137/arrets-maladie-du-changement-pour-le-montant-des-indemnites-journalieres-en-2026),
 *   and 41,95 € at most in January 2026 (same page: 1,4 × 1 823,03 × 3 ÷
 *   91,25 × 50 %); net of 6,7 % CSG-CRDS (ameli: "déduisez … vos
 *   cotisations sociales (6,7 %)",
 *   https://simulij.assure.ameli.fr/simulij/questionnaire/76); at most
 *   360 a three years (https://ledroit.fr/… above).
 * - Legal maintien (C. trav. L1226-1, D1226-1 to D1226-3): from the 8th
 *   day, 90 % of the gross the employee would have earned for 30 days,
 *   then two thirds for 30 days, the IJSS deducted; a year of seniority.
 * - Indépendants (CSS L622-1, D622-7;
 *   https://bpifrance-creation.fr/encyclopedie/protection-sociale-du-createur-dentreprise/indemnites-journalieres):
 *   1/730 of the yearly income within the PASS (2026: 48 060 ÷ 730 =
 *   65,84 € at most), nothing below 10 % of the PASS (4 806 €), from the
 *   4th day; micro BNC: revenue less the 34 % abattement.
 * - Syntec (IDCC 1486, art. 43; cadres with a year of seniority): the ESN
 *   maintains the salary, already counted in the days it pays. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-comparison.h"
#include "ps-offer-edit.h"
#include "ps-rights.h"
#include "ps-scenario.h"
#include "ps-test-utils.h"
#include "ps-year.h"

static void
year_of (const PsParams *p,
         double          tjm,
         double          sick_days,
         PsYear         *y)
{
  PsYearInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = tjm;
  ps_year_inputs_init (&in);
  in.sick_days = sick_days;
  ps_year_compute (p, &s, &in, y);
}

/* the published IJSS examples */
static void
test_ijss_examples (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");

  ps_assert_euros (ps_rights_ijss_daily (p, 6000), 32.88, 0.005, "2 000 € a month");
  /* the January 2026 cap: 41,95 € (41,955 cut) */
  g_assert_cmpfloat (floor (ps_rights_ijss_daily (p, 30000) * 100) / 100, ==, 41.95);
  /* the indépendants' ceiling */
  ps_assert_euros (ps_rights_tns_ij_daily (p, 100000), 65.84, 0.005, "PASS ÷ 730");
  g_assert_cmpfloat (ps_rights_tns_ij_daily (p, 4805), ==, 0);
}

/* 5 days off (the default): one stop of 7 days, 4 paid; no maintien
 * before the 8th day */
static void
test_short_stop (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsYear *y = g_new0 (PsYear, 1);
  const PsSickPay *portage, *micro, *eurl;
  double ij_cap = 1.4 * 1823.03 * 3 / 91.25 * 0.5;

  year_of (p, 550, 5, y);
  g_assert_cmpfloat (y->sick.calendar_days, ==, 7);
  portage = &y->sick.statuses[PS_STATUS_PORTAGE];
  g_assert_true (portage->eligible);
  /* 550 € a day: far above 1,4 SMIC a month, the IJ is the cap */
  g_assert_cmpfloat (y->comparison.portage.gross, >, 1.4 * 1823.03);
  ps_assert_euros (portage->daily, ij_cap, 0.005, "portage IJSS");
  g_assert_cmpfloat (portage->paid_days, ==, 4);
  ps_assert_euros (portage->benefits, ij_cap * 4 * (1 - 0.067), 0.005, "portage IJ net");
  g_assert_cmpfloat (portage->employer, ==, 0);

  /* the freelancers above the PASS: 48 060 ÷ 730 a day */
  micro = &y->sick.statuses[PS_STATUS_MICRO];
  eurl = &y->sick.statuses[PS_STATUS_EURL];
  ps_assert_euros (micro->daily, 48060 / 730.0, 1e-9, "micro IJ");
  ps_assert_euros (micro->benefits, 48060 / 730.0 * 4 * (1 - 0.067), 1e-9, "micro IJ net");
  ps_assert_euros (eurl->daily, 48060 / 730.0, 1e-9, "EURL IJ");

  /* the CDI: salary maintained, nothing added */
  g_assert_cmpfloat (y->sick.statuses[PS_STATUS_CDI].net, ==, 0);
  g_assert_true (y->sick.statuses[PS_STATUS_CDI].notes & PS_RIGHTS_NOTE_SALARY_MAINTAINED);
}

/* 30 days off: 42 calendar days, 39 of IJ; the maintien from the 8th day:
 * 30 days at 90 %, 5 at two thirds, the IJSS deducted, net of the
 * salary's contributions */
static void
test_long_stop (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsYear *y = g_new0 (PsYear, 1);
  const PsSickPay *s;
  double ij, gross_daily, net_ratio, complement;

  year_of (p, 550, 30, y);
  s = &y->sick.statuses[PS_STATUS_PORTAGE];
  g_assert_cmpfloat (y->sick.calendar_days, ==, 42);
  g_assert_cmpfloat (s->paid_days, ==, 39);
  g_assert_cmpfloat (s->employer_days, ==, 35);
  /* the cap, as checked in short-stop */
  ij = s->daily;
  ps_assert_euros (ij, 1.4 * 1823.03 * 3 / 91.25 * 0.5, 0.005, "IJSS cap");
  gross_daily = y->comparison.portage.gross / 30;
  net_ratio = y->comparison.portage.net_before_tax / y->comparison.portage.gross;
  complement = ((0.90 * gross_daily - ij) * 30 + (0.6666 * gross_daily - ij) * 5) * net_ratio;
  ps_assert_euros (s->employer, complement, 1e-6, "legal maintien");
  ps_assert_euros (s->benefits, ij * 39 * (1 - 0.067), 0.005, "IJSS over 39 days");
}

/* within the waiting days nothing is paid; the maintien has two periods */
static void
test_waiting_and_cap (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsYear *y = g_new0 (PsYear, 1);

  year_of (p, 550, 2, y);
  for (int i = 0; i < PS_N_STATUSES; i++)
    g_assert_cmpfloat (y->sick.statuses[i].net, ==, 0);
  {
    g_autofree char *text = ps_year_sick_text (&y->sick, PS_STATUS_PORTAGE);

    g_assert_nonnull (strstr (text, "waiting"));
  }

  /* 100 days off: 140 calendar days, 137 of IJ (within the 360); 30 + 30
   * days of maintien at most with a year of seniority */
  year_of (p, 550, 100, y);
  g_assert_cmpfloat (y->sick.statuses[PS_STATUS_EURL].paid_days, ==, 137);
  g_assert_cmpfloat (y->sick.statuses[PS_STATUS_PORTAGE].employer_days, ==, 60);
}

/* A micro-entreprise earning less than 10 % of the PASS after its
 * abattement gets nothing: 35 € × 202 days × 66 % = 4 666 € < 4 806 €;
 * a SASU président paid no salary gets nothing either. */
static void
test_not_eligible (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsYear *y = g_new0 (PsYear, 1);
  PsYearInputs in;
  PsScenario s;

  year_of (p, 35, 5, y);
  g_assert_cmpfloat (y->billed_days, ==, 202);
  g_assert_false (y->sick.statuses[PS_STATUS_MICRO].eligible);
  g_assert_cmpfloat (y->sick.statuses[PS_STATUS_MICRO].net, ==, 0);

  ps_scenario_init (&s, p);
  s.tjm = 550;
  s.sasu_salary_yearly = 0;
  ps_year_inputs_init (&in);
  ps_year_compute (p, &s, &in, y);
  g_assert_false (y->sick.statuses[PS_STATUS_SASU].eligible);
  g_assert_true (y->sick.statuses[PS_STATUS_SASU].notes & PS_RIGHTS_NOTE_NO_SALARY);
  g_assert_cmpfloat (y->sick.statuses[PS_STATUS_SASU].net, ==, 0);
}

/* The year's net is the comparison at its billed days plus the sick pay
 * after income tax, at the status's average rate (IJ are taxable, CGI
 * art. 80 quinquies); the net per day worked follows. */
static void
test_in_the_net (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsYear *y = g_new0 (PsYear, 1);
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsYearInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 550;
  ps_year_inputs_init (&in);
  in.sick_days = 20;
  ps_year_compute (p, &s, &in, y);
  s.days_per_year = y->billed_days;
  s.esn_paid_days = y->esn_paid_days;
  ps_comparison_compute (p, &s, c);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const PsSickPay *k = &y->sick.statuses[i];
      const PsStatusResult *a = &y->comparison.statuses[i], *b = &c->statuses[i];
      double received = k->benefits + k->employer;
      double rate = b->net_before_tax_yearly > 0 ? b->income_tax_yearly / b->net_before_tax_yearly : 0;

      ps_assert_euros (k->income_tax, received * rate, 1e-9, "tax on the sick pay");
      ps_assert_euros (a->net_before_tax_yearly, b->net_before_tax_yearly + received, 1e-9, "net before tax");
      ps_assert_euros (a->net_after_tax_yearly, b->net_after_tax_yearly + received * (1 - rate), 1e-9, "net");
      ps_assert_euros (a->net_after_tax_monthly, a->net_after_tax_yearly / 12, 1e-9, "monthly");
      ps_assert_euros (y->net_per_day[i], a->net_after_tax_yearly / y->worked_days, 1e-9, "per day");
      if (i != PS_STATUS_CDI && k->eligible)
        g_assert_cmpfloat (received, >, 0);
    }
}

/* With an offer marked current, every realistic-year figure is the
 * year the cards show (ps_year_compute_offer, its sick pay included): the
 * chart's curve at the day rate (ps_year_sweep_offer) and the Scenarios
 * view's current column (ps_scenario_file_compute_shown);
 * the offer's plain sweep on the billed days misses the sick pay. */
static void
test_offer_everywhere (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsYear *y = g_new0 (PsYear, 1);
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  g_autofree PsScenarioFile *files = g_new0 (PsScenarioFile, 2);
  double sweep[PS_N_STATUSES], plain, card;
  PsYearInputs in;
  PsOffer o;

  ps_scenario_file_init (&files[0], p);
  files[0].scenario.tjm = 550;
  ps_year_inputs_init (&in);
  in.sick_days = 20;
  ps_offer_init (&o, "x");
  o.has_fee = TRUE;
  o.fee_model = PS_FEE_PERCENT_REVENUE;
  o.fee_rate = 0.05;
  files[0].year_on = TRUE;
  files[0].year = in;
  files[0].offers[0] = o;
  files[0].n_offers = 1;
  files[0].current_offer = 0;
  files[1] = files[0];

  /* the card */
  ps_year_compute_offer (p, &files[0].scenario, &o, &in, y);
  card = y->comparison.statuses[PS_STATUS_PORTAGE].net_after_tax_monthly;
  g_assert_true (y->sick.statuses[PS_STATUS_PORTAGE].eligible);
  g_assert_cmpfloat (y->sick.statuses[PS_STATUS_PORTAGE].net, >, 0);
  /* the chart's point at the day rate */
  ps_year_sweep_offer (p, &files[0].scenario, &o, &in, 550, 550, 1, sweep);
  g_assert_cmpfloat (sweep[PS_STATUS_PORTAGE], ==, card);
  /* the Scenarios view's column */
  ps_scenario_file_compute_shown (&files[0], p, c);
  g_assert_cmpfloat (c->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly, ==, card);
  /* the offer's plain sweep on the billed days: the sick pay less */
  ps_offer_sweep_usable (p, &y->comparison.scenario, &o, 550, 550, 1, &plain);
  ps_assert_euros (plain * 12 + y->sick.statuses[PS_STATUS_PORTAGE].net, card * 12, 1e-6, "plain + sick pay");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/year-sick/ijss-examples", test_ijss_examples);
  g_test_add_func ("/ps/year-sick/short-stop", test_short_stop);
  g_test_add_func ("/ps/year-sick/long-stop", test_long_stop);
  g_test_add_func ("/ps/year-sick/waiting-and-cap", test_waiting_and_cap);
  g_test_add_func ("/ps/year-sick/not-eligible", test_not_eligible);
  g_test_add_func ("/ps/year-sick/in-the-net", test_in_the_net);
  g_test_add_func ("/ps/year-sick/offer-everywhere", test_offer_everywhere);
  return g_test_run ();
}
