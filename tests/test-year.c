/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A realistic year: holidays, public holidays, gaps between missions, sick
 * days and training → billed days, and every status over them.
 *
 * Public holidays: the eleven of C. trav. L3133-1 (1 January, Easter
 * Monday, 1 May, 8 May, Ascension, Whit Monday, 14 July, 15 August,
 * 1 November, 11 November, 25 December;
 * https://www.service-public.fr/particuliers/vosdroits/F2405). Those on a
 * weekday, counted by hand from the calendars: 2024 (Easter 31 March; 14
 * July a Sunday): 10; 2025 (Easter 20 April; 1 November a Saturday): 10;
 * 2026 (Easter 5 April; 15 August a Saturday, 1 November a Sunday): 9.
 * Weekdays: 2025 and 2026 begin on a Wednesday and a Thursday, 52 weeks and
 * a day: 261; 2024 (leap, from a Monday): 262. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-comparison.h"
#include "ps-portage.h"
#include "ps-test-utils.h"
#include "ps-year.h"

static void
test_calendar (void)
{
  g_assert_cmpint (ps_year_weekdays (2024), ==, 262);
  g_assert_cmpint (ps_year_weekdays (2025), ==, 261);
  g_assert_cmpint (ps_year_weekdays (2026), ==, 261);
  g_assert_cmpint (ps_year_public_holidays (2024), ==, 10);
  g_assert_cmpint (ps_year_public_holidays (2025), ==, 10);
  g_assert_cmpint (ps_year_public_holidays (2026), ==, 9);
}

static void
assert_same_status (const PsStatusResult *a,
                    const PsStatusResult *b)
{
  g_assert_cmpfloat (a->revenue_yearly, ==, b->revenue_yearly);
  g_assert_cmpfloat (a->costs_yearly, ==, b->costs_yearly);
  g_assert_cmpfloat (a->corporate_tax_yearly, ==, b->corporate_tax_yearly);
  g_assert_cmpfloat (a->contributions_yearly, ==, b->contributions_yearly);
  g_assert_cmpfloat (a->gross_yearly, ==, b->gross_yearly);
  g_assert_cmpfloat (a->net_before_tax_yearly, ==, b->net_before_tax_yearly);
  g_assert_cmpfloat (a->income_tax_yearly, ==, b->income_tax_yearly);
  g_assert_cmpfloat (a->net_after_tax_yearly, ==, b->net_after_tax_yearly);
  g_assert_cmpfloat (a->deferred_yearly, ==, b->deferred_yearly);
  g_assert_cmpint (a->eligible, ==, b->eligible);
  g_assert_cmpint (a->n_lines, ==, b->n_lines);
}

/* no gap, no sick day, no training: the comparison at the billed days,
 * at every day rate (the low ones too, where the ESN's CDI can't be used),
 * with the default holidays (261 − 25 − 9 = 227 days) and none (252) */
static void
test_zero_gaps (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  const double holiday_weeks[] = { 5, 0 };
  const double days[] = { 227, 252 };

  for (guint h = 0; h < G_N_ELEMENTS (holiday_weeks); h++)
    for (double tjm = 50; tjm <= 1000; tjm += 10)
      {
        g_autofree PsYear *y = g_new0 (PsYear, 1);
        g_autofree PsComparison *c = g_new0 (PsComparison, 1);
        PsYearInputs in;
        PsScenario s;

        ps_scenario_init (&s, p);
        s.tjm = tjm;
        ps_year_inputs_init (&in);
        in.holiday_weeks = holiday_weeks[h];
        in.gap_weeks = 0;
        in.sick_days = 0;
        in.training_days = 0;
        ps_year_compute (p, &s, &in, y);
        g_assert_cmpfloat (y->billed_days, ==, days[h]);
        g_assert_cmpfloat (y->worked_days, ==, days[h]);
        g_assert_cmpfloat (y->esn_paid_days, ==, days[h]);

        s.days_per_year = days[h];
        ps_comparison_compute (p, &s, c);
        for (int i = 0; i < PS_N_STATUSES; i++)
          {
            assert_same_status (&y->comparison.statuses[i], &c->statuses[i]);
            g_assert_cmpint (y->comparison.statuses[i].unusable, ==, c->statuses[i].unusable);
          }
        g_assert_cmpint (y->comparison.best, ==, c->best);
        g_assert_cmpfloat (y->comparison.scenario.cdi_gross_yearly, ==, 0);
        g_assert_cmpfloat (y->comparison.scenario.esn_paid_days, ==, 0);
      }
}

/* An ESN keeps its margin (30 % of the billing, data/rates) and pays the
 * rest as salary and employer contributions; it hires a cadre at the
 * Syntec minimum at least (position 1.1: 2 135 € a month, CCN Syntec
 * IDCC 1486, accord salaires du 26/06/2024). Below the billing that pays
 * it, there is no such CDI, in the realistic year as in the comparison:
 * 110 € × 252 days × 70 % = 19 404 € a year, 1 617 € a month, not even the
 * minimum gross without the contributions. */
static void
test_below_floor (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  const double tjms[] = { 110, 120, 130, 140, 150, 160 };
  double floor_cost;

  g_assert_cmpfloat (p->cdi_floor_cadre_monthly, ==, 2135);
  g_assert_cmpfloat (p->esn_margin_rate, ==, 0.30);
  for (guint t = 0; t < G_N_ELEMENTS (tjms); t++)
    {
      g_autofree PsYear *y = g_new0 (PsYear, 1);
      const PsStatusResult *cdi;
      PsYearInputs in;
      PsScenario s;

      ps_scenario_init (&s, p);
      g_assert_true (s.profile.cadre);
      floor_cost = ps_payslip_employer_cost (p, &s.profile, 2135) * 12;
      s.tjm = tjms[t];
      ps_year_inputs_init (&in);
      in.holiday_weeks = 0;
      in.gap_weeks = 0;
      in.sick_days = 0;
      in.training_days = 0;
      ps_year_compute (p, &s, &in, y);
      g_assert_cmpfloat (y->billed_days, ==, 252);
      /* the ESN's budget can't pay the minimum salary */
      if (tjms[t] <= 130)
        g_assert_cmpfloat (tjms[t] * 252 * 0.70, <, 2135 * 12);
      g_assert_cmpfloat (tjms[t] * 252 * 0.70, <, floor_cost);
      cdi = &y->comparison.statuses[PS_STATUS_CDI];
      g_assert_false (cdi->eligible);
      g_assert_cmpint (cdi->unusable, ==, PS_UNUSABLE_BELOW_FLOOR);
      g_assert_cmpint (y->comparison.best, !=, PS_STATUS_CDI);
    }

  /* with gaps, the ESN pays the days between missions too: its floor is
   * over the days it pays (here the 252 available, 202 of them billed) */
  {
    g_autofree PsYear *y = g_new0 (PsYear, 1);
    PsYearInputs in;
    PsScenario s;
    double paid_budget;

    ps_scenario_init (&s, p);
    s.tjm = 150;
    ps_year_inputs_init (&in);
    in.holiday_weeks = 0;
    in.gap_weeks = 10;
    in.sick_days = 0;
    in.training_days = 0;
    ps_year_compute (p, &s, &in, y);
    g_assert_cmpfloat (y->billed_days, ==, 202);
    g_assert_cmpfloat (y->esn_paid_days, ==, 252);
    paid_budget = 150 * 252 * 0.70;
    g_assert_cmpfloat (paid_budget, <, ps_payslip_employer_cost (p, &s.profile, 2135) * 12);
    g_assert_cmpint (y->comparison.statuses[PS_STATUS_CDI].unusable, ==, PS_UNUSABLE_BELOW_FLOOR);
  }
}

static void
test_defaults (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsYear *y = g_new0 (PsYear, 1);
  PsYearInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  ps_year_inputs_init (&in);
  ps_year_compute (p, &s, &in, y);
  /* 261 − 5 × 5 − 9 − 2 × 5 − 5 − 10 */
  g_assert_cmpfloat (y->billed_days, ==, 202);
  g_assert_cmpfloat (y->worked_days, ==, 212);
  g_assert_cmpfloat (y->esn_paid_days, ==, 217);
  g_assert_false (y->overbooked);
  ps_assert_euros (y->comparison.statuses[PS_STATUS_MICRO].revenue_yearly, 550 * 202, 1e-9, "micro revenue");
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      double net = y->comparison.statuses[i].net_after_tax_yearly;

      ps_assert_euros (y->net_per_day[i], net / 212, 1e-9, "per day");
      ps_assert_euros (y->net_per_hour[i], net / 212 / 7, 1e-9, "per hour");
    }
  /* the ESN pays the salary of 217 days and bills 202 */
  ps_assert_euros (y->comparison.cdi.gross_yearly,
                   ps_cdi_esn_gross_yearly (p, &s.profile, 550, 217, s.esn_margin_rate), 1e-9, "ESN salary");
  ps_assert_euros (y->esn_margin_realised,
                   1 - y->comparison.cdi.employer_cost_yearly / (550 * 202.0), 1e-9, "margin");
  g_assert_cmpfloat (y->esn_margin_realised, <, s.esn_margin_rate);
}

/* more weeks between missions: the CDI keeps its salary, the others lose */
static void
test_gaps (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsYear *a = g_new0 (PsYear, 1);
  g_autofree PsYear *b = g_new0 (PsYear, 1);
  PsYearInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  ps_year_inputs_init (&in);
  ps_year_compute (p, &s, &in, a);
  in.gap_weeks += 4;
  ps_year_compute (p, &s, &in, b);
  g_assert_cmpfloat (b->billed_days, ==, a->billed_days - 20);
  g_assert_cmpfloat (b->comparison.cdi.gross_yearly, ==, a->comparison.cdi.gross_yearly);
  g_assert_cmpfloat (b->comparison.statuses[PS_STATUS_CDI].net_after_tax_yearly, ==,
                     a->comparison.statuses[PS_STATUS_CDI].net_after_tax_yearly);
  g_assert_cmpfloat (b->esn_margin_realised, <, a->esn_margin_realised);
  for (int i = 0; i < PS_N_STATUSES; i++)
    if (i != PS_STATUS_CDI)
      g_assert_cmpfloat (b->comparison.statuses[i].net_after_tax_yearly, <,
                         a->comparison.statuses[i].net_after_tax_yearly);

  /* a CDI offer is a salary: the gaps change nothing */
  s.cdi_gross_yearly = 60000;
  ps_year_compute (p, &s, &in, b);
  g_assert_cmpfloat (b->comparison.cdi.gross_yearly, ==, 60000);
  g_assert_cmpfloat (b->comparison.scenario.cdi_gross_yearly, ==, 60000);
}

static void
test_overbooked (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsYear *y = g_new0 (PsYear, 1);
  PsYearInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  ps_year_inputs_init (&in);
  in.gap_weeks = 60;
  ps_year_compute (p, &s, &in, y);
  g_assert_true (y->overbooked);
  g_assert_cmpfloat (y->billed_days, ==, 0);
  g_assert_cmpfloat (y->worked_days, ==, 10);
  g_assert_cmpfloat (y->comparison.statuses[PS_STATUS_MICRO].revenue_yearly, ==, 0);
}

/* The fields as typed in the window: a decimal comma, an empty field, a
 * value out of range named in the message. */
static void
test_fields (void)
{
  g_autoptr (GError) error = NULL;
  PsYearInputs in;

  g_assert_true (ps_test_set_locale ("C.UTF-8"));
  ps_year_inputs_init (&in);
  g_assert_true (ps_year_inputs_set_field_text (&in, PS_YEAR_FIELD_HOLIDAY_WEEKS, "6,5", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (in.holiday_weeks, ==, 6.5);
  g_assert_true (ps_year_inputs_set_field_text (&in, PS_YEAR_FIELD_PUBLIC_HOLIDAYS, "", &error));
  g_assert_cmpfloat (in.public_holidays, <, 0);
  g_assert_true (ps_year_inputs_set_field_text (&in, PS_YEAR_FIELD_GAP_WEEKS, " ", &error));
  g_assert_cmpfloat (in.gap_weeks, ==, 0);
  {
    g_autofree char *text = ps_year_inputs_format_field (&in, PS_YEAR_FIELD_PUBLIC_HOLIDAYS);
    g_autofree char *weeks = ps_year_inputs_format_field (&in, PS_YEAR_FIELD_HOLIDAY_WEEKS);

    g_assert_cmpstr (text, ==, "");
    g_assert_cmpstr (weeks, ==, "6.50");
  }

  g_assert_false (ps_year_inputs_set_field_text (&in, PS_YEAR_FIELD_HOLIDAY_WEEKS, "53", &error));
  g_assert_nonnull (strstr (error->message, "Weeks of holiday"));
  g_assert_cmpfloat (in.holiday_weeks, ==, 6.5);
  g_clear_error (&error);
  g_assert_false (ps_year_inputs_set_field_text (&in, PS_YEAR_FIELD_SICK_DAYS, "abc", &error));
  g_assert_nonnull (strstr (error->message, "Sick days"));
  g_clear_error (&error);
  /* a day has hours: it can't be left empty */
  g_assert_false (ps_year_inputs_set_field_text (&in, PS_YEAR_FIELD_HOURS_PER_DAY, "", &error));
  g_assert_nonnull (strstr (error->message, "Hours a day"));
  g_assert_cmpfloat (in.hours_per_day, ==, 7);
}

/* The chart's sweep over a realistic year: at each day rate, the year's
 * own figures; the micro-entreprise above its ceiling has no point. */
static void
test_sweep (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsYear *y = g_new (PsYear, 1);
  double out[5 * PS_N_STATUSES];
  PsYearInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  ps_year_inputs_init (&in);
  ps_year_sweep (p, &s, &in, 300, 900, 5, out);
  for (int i = 0; i < 5; i++)
    {
      s.tjm = 300 + 150 * i;
      ps_year_compute (p, &s, &in, y);
      for (int k = 0; k < PS_N_STATUSES; k++)
        if (y->comparison.statuses[k].eligible)
          g_assert_cmpfloat_with_epsilon (out[i * PS_N_STATUSES + k],
                                          y->comparison.statuses[k].net_after_tax_monthly, 1e-9);
        else
          g_assert_true (isnan (out[i * PS_N_STATUSES + k]));
    }
  /* 900 € × ~200 days: far above the micro ceiling */
  g_assert_true (isnan (out[4 * PS_N_STATUSES + PS_STATUS_MICRO]));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/year/calendar", test_calendar);
  g_test_add_func ("/ps/year/fields", test_fields);
  g_test_add_func ("/ps/year/sweep", test_sweep);
  g_test_add_func ("/ps/year/zero-gaps", test_zero_gaps);
  g_test_add_func ("/ps/year/below-floor", test_below_floor);
  g_test_add_func ("/ps/year/defaults", test_defaults);
  g_test_add_func ("/ps/year/gaps", test_gaps);
  g_test_add_func ("/ps/year/overbooked", test_overbooked);
  return g_test_run ();
}
