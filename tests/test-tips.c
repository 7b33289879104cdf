/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Each tip's gain is the difference of two engine runs: recomputed here
 * from the engine's public functions, independently of ps-tips.c. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-income-tax.h"
#include "ps-money.h"
#include "ps-tips.h"
#include "ps-test-utils.h"

static double
portage_net (const PsParams *p,
             PsScenario      s)
{
  g_autofree PsComparison *c = g_new (PsComparison, 1);

  ps_comparison_compute (p, &s, c);
  return c->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly;
}

static void
check_scenario (const PsParams *p,
                PsScenario      s)
{
  g_autoptr (GPtrArray) tips = ps_tips_compute (p, &s);
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  double net0 = portage_net (p, s);
  guint n_checked = 0;

  ps_comparison_compute (p, &s, c);
  g_assert_cmpuint (tips->len, >=, 5);
  for (guint i = 0; i < tips->len; i++)
    {
      PsTip *t = g_ptr_array_index (tips, i);
      PsScenario v = s;
      double expected = NAN;

      g_assert_nonnull (t->title);
      g_assert_nonnull (t->ceiling);
      g_assert_nonnull (t->tradeoff);
      g_assert_cmpfloat (t->gain_monthly, >=, 1.0);
      if (i > 0)
        g_assert_cmpfloat (t->gain_monthly, <=, ((PsTip *) g_ptr_array_index (tips, i - 1))->gain_monthly);

      if (g_str_equal (t->id, "expenses") || g_str_equal (t->id, "telework")
          || g_str_equal (t->id, "meals") || g_str_equal (t->id, "titres_restaurant")
          || g_str_equal (t->id, "mileage"))
        {
          /* paid from the envelope, free of tax: received in full */
          v.expenses_monthly += t->amount_monthly;
          expected = portage_net (p, v) + t->amount_monthly - net0;
        }
      else if (g_str_equal (t->id, "pee") || g_str_equal (t->id, "perco"))
        {
          double forfait = s.profile.headcount >= 50 ? p->savings_forfait_social : 0;

          v.expenses_monthly += t->amount_monthly * (1 + forfait);
          expected = portage_net (p, v) + t->amount_monthly * (1 - p->savings_csg_crds) - net0;
          g_assert_cmpfloat_with_epsilon (t->amount_monthly * 12,
                                          (g_str_equal (t->id, "pee") ? 0.08 : 0.16) * p->pss_annual, 1e-6);
        }
      else if (g_str_equal (t->id, "per"))
        {
          /* the professional income: the salary, the réserve counted */
          double yearly = (c->portage.taxable_net + c->portage.reserve_taxable) * 12;
          double income = yearly - ps_income_tax_salary_deduction (p, yearly);
          /* CGI art. 163 quatervicies I-2-b: 10 % of the income within
           * 8 PASS, at least 10 % of the PASS — of the previous year: for
           * payments of 2026 the PASS of 2025, 47 100 € (arrêté du
           * 23/12/2024), so from 4 710 € to 37 680 €
           * (https://www.service-public.fr/particuliers/vosdroits/F34982) */
          double pass = PS_DATE_YEAR (p->date) == 2026 ? 47100 : 46368;

          expected = (ps_round_euros (ps_income_tax_bareme (p, income, s.tax.parts))
                      - ps_round_euros (ps_income_tax_bareme (p, income - t->amount_monthly * 12, s.tax.parts))) / 12;
          g_assert_cmpfloat (t->amount_monthly * 12, <=, MAX (0.10 * MIN (income, 8 * pass), 0.10 * pass) + 1e-6);
          g_assert_cmpfloat (t->amount_monthly * 12, >, MAX (0.10 * MIN (income, 8 * pass), 0.10 * pass) - 100);
        }
      else if (g_str_equal (t->id, "fee_cap"))
        {
          v.fee_cap_monthly = p->fee_typical_cap_monthly;
          expected = portage_net (p, v) - net0;
        }
      else if (g_str_equal (t->id, "micro_vl") || g_str_equal (t->id, "micro_acre"))
        {
          g_autofree PsComparison *cv = g_new (PsComparison, 1);

          if (g_str_equal (t->id, "micro_vl"))
            v.micro_vl = TRUE;
          else
            v.micro_acre = TRUE;
          ps_comparison_compute (p, &v, cv);
          expected = (cv->statuses[PS_STATUS_MICRO].net_after_tax_yearly
                      - c->statuses[PS_STATUS_MICRO].net_after_tax_yearly) / 12;
        }
      else if (g_str_equal (t->id, "sasu_split"))
        {
          g_autofree PsComparison *cv = g_new (PsComparison, 1);

          /* only against a salary typed (the best split is what the
           * card shows otherwise): the best split less it */
          g_assert_cmpfloat (s.sasu_salary_yearly, >=, 0);
          v.sasu_salary_yearly = -1;
          ps_comparison_compute (p, &v, cv);
          expected = (cv->statuses[PS_STATUS_SASU].net_after_tax_yearly
                      - c->statuses[PS_STATUS_SASU].net_after_tax_yearly) / 12;
        }
      else
        g_error ("unknown tip %s", t->id);

      g_assert_cmpfloat_with_epsilon (t->gain_monthly, expected, 1e-6);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, ==, tips->len);
}

static void
test_gains (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsScenario s;

  ps_scenario_init (&s, p);
  check_scenario (p, s);

  s.tjm = 900;
  s.days_per_year = 215;
  s.expenses_monthly = 150;
  s.mileage_km_yearly = 8000;
  s.tax.parts = 2;
  check_scenario (p, s);

  s.tjm = 350;
  s.profile.headcount = 20;
  check_scenario (p, s);

  /* micro-sized revenue: the micro tips appear */
  s.tjm = 250;
  s.days_per_year = 180;
  s.tax.parts = 1;
  check_scenario (p, s);
}

static void
test_expenses_example (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autoptr (GPtrArray) tips = NULL;
  PsScenario s;
  gboolean seen = FALSE;

  /* "declare 300 €/month of expenses": roughly 60 % of it comes back */
  ps_scenario_init (&s, p);
  tips = ps_tips_compute (p, &s);
  for (guint i = 0; i < tips->len; i++)
    {
      PsTip *t = g_ptr_array_index (tips, i);

      if (g_str_equal (t->id, "expenses"))
        {
          seen = TRUE;
          g_assert_cmpfloat (t->amount_monthly, ==, 300);
          g_assert_cmpfloat (t->gain_monthly, >, 120);
          g_assert_cmpfloat (t->gain_monthly, <, 250);
        }
      /* mileage only when kilometres are given */
      g_assert_cmpstr (t->id, !=, "mileage");
    }
  g_assert_true (seen);
}

static void
test_not_applicable (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autoptr (GPtrArray) tips = NULL;
  PsScenario s;

  /* nothing to optimise in portage when there is no salary */
  ps_scenario_init (&s, p);
  s.tjm = 50;
  s.days_per_year = 10;
  s.expenses_monthly = 5000;
  tips = ps_tips_compute (p, &s);
  for (guint i = 0; i < tips->len; i++)
    g_assert_cmpint (((PsTip *) g_ptr_array_index (tips, i))->status, !=, PS_STATUS_PORTAGE);
}

static void
test_within_limits (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  static const double tjms[] = { 205, 230, 550 };
  static const double expenses[] = { 0, 0, 1130 };

  /* a tip that would take the salary under the convention minimum, or the
   * expenses over their cap, is not offered */
  for (guint k = 0; k < G_N_ELEMENTS (tjms); k++)
    {
      g_autoptr (GPtrArray) tips = NULL;
      g_autofree PsComparison *c = g_new (PsComparison, 1);
      PsScenario s;

      ps_scenario_init (&s, p);
      s.tjm = tjms[k];
      s.expenses_monthly = expenses[k];
      tips = ps_tips_compute (p, &s);
      for (guint i = 0; i < tips->len; i++)
        {
          PsTip *t = g_ptr_array_index (tips, i);
          PsScenario v = s;

          if (t->status != PS_STATUS_PORTAGE || g_str_equal (t->id, "per") || g_str_equal (t->id, "fee_cap"))
            continue;
          v.expenses_monthly += g_str_equal (t->id, "pee") || g_str_equal (t->id, "perco")
                                ? t->amount_monthly * (1 + p->savings_forfait_social) : t->amount_monthly;
          ps_comparison_compute (p, &v, c);
          g_assert_false (c->portage.warnings & PS_PORTAGE_WARN_BELOW_MINIMUM);
          if (g_str_equal (t->id, "expenses"))
            g_assert_false (c->portage.warnings & PS_PORTAGE_WARN_EXPENSES_CAP);
        }
    }
}

static void
test_mileage (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");

  /* barème kilométrique, 5 CV */
  g_assert_cmpfloat_with_epsilon (ps_mileage_allowance (p, 4000), 4000 * 0.636, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_mileage_allowance (p, 10000), 10000 * 0.357 + 1395, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_mileage_allowance (p, 25000), 25000 * 0.427, 1e-9);
}

/* Per year, a tip whose title gives an allowance a month gives its year:
 * twelve times it (the mileage one, the barème's yearly amount for the
 * kilometres); the others keep their own title, a monthly cap included. */
static void
test_yearly_titles (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsScenario s;
  g_autoptr (GPtrArray) tips = NULL;
  guint n_yearly = 0;

  ps_scenario_init (&s, p);
  s.mileage_km_yearly = 8000;
  s.telework_days_per_week = 2;
  tips = ps_tips_compute (p, &s);
  for (guint i = 0; i < tips->len; i++)
    {
      PsTip *tip = g_ptr_array_index (tips, i);
      gboolean allowance = g_str_equal (tip->id, "expenses") || g_str_equal (tip->id, "telework")
                           || g_str_equal (tip->id, "meals") || g_str_equal (tip->id, "titres_restaurant")
                           || g_str_equal (tip->id, "mileage");

      g_assert_cmpstr (ps_tip_title (tip, PS_PERIOD_MONTH), ==, tip->title);
      g_assert_cmpstr (ps_tip_ceiling (tip, PS_PERIOD_MONTH), ==, tip->ceiling);
      if (!allowance)
        {
          g_assert_cmpstr (ps_tip_title (tip, PS_PERIOD_YEAR), ==, tip->title);
          continue;
        }
      {
        double yearly = g_str_equal (tip->id, "mileage") ? ps_mileage_allowance (p, 8000) : 12 * tip->amount_monthly;
        g_autofree char *amount = ps_format_money (yearly);
        g_autofree char *part = g_strdup_printf ("%s a year", amount);

        if (strstr (ps_tip_title (tip, PS_PERIOD_YEAR), part) == NULL)
          g_error ("%s: “%s” not in “%s”", tip->id, part, ps_tip_title (tip, PS_PERIOD_YEAR));
        n_yearly++;
      }
      if (g_str_equal (tip->id, "expenses"))
        {
          g_autofree PsComparison *c = g_new (PsComparison, 1);
          PsScenario v = s;
          g_autofree char *cap = NULL;
          g_autofree char *part = NULL;

          v.expenses_monthly += tip->amount_monthly;
          ps_comparison_compute (p, &v, c);
          cap = ps_format_money (12 * p->portage_expenses_cap_rate * c->portage.gross);
          part = g_strdup_printf ("(%s a year)", cap);
          g_assert_nonnull (strstr (ps_tip_ceiling (tip, PS_PERIOD_YEAR), part));
        }
    }
  g_assert_cmpuint (n_yearly, >=, 4);
}

/* A président paid in dividends only owes the cotisation subsidiaire
 * maladie: 550 € × 200 days, 3 000 € of costs, IS 22 500 €, dividends
 * 84 500 €, CSM 6.5 % × (84 500 − 50 % × 48 060) = 3 930.55 € (CSS
 * D380-2). The split tip counts it: it advises a salary, not "dividends
 * only". */
static void
test_csm_split (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *liable = g_new (PsComparison, 1);
  g_autofree PsComparison *exempt = g_new (PsComparison, 1);
  PsScenario s;
  g_autoptr (GPtrArray) tips = NULL;
  const PsTip *split = NULL;

  ps_scenario_init (&s, p);
  s.tjm = 550;
  s.days_per_year = 200;
  s.sasu_salary_yearly = 0;
  ps_comparison_compute (p, &s, liable);
  s.csm_exempt = TRUE;
  ps_comparison_compute (p, &s, exempt);
  g_assert_cmpfloat_with_epsilon (exempt->statuses[PS_STATUS_SASU].net_after_tax_yearly
                                  - liable->statuses[PS_STATUS_SASU].net_after_tax_yearly,
                                  0.065 * (84500 - 0.5 * 48060), 1e-6);

  s.csm_exempt = FALSE;
  tips = ps_tips_compute (p, &s);
  for (guint i = 0; i < tips->len; i++)
    {
      const PsTip *t = g_ptr_array_index (tips, i);

      if (g_str_equal (t->id, "sasu_split"))
        split = t;
    }
  g_assert_nonnull (split);
  g_assert_cmpfloat (split->amount_monthly, >, 0);
  g_assert_cmpfloat (split->gain_monthly, >, 0);
}

static PsTip *
find_tip (GPtrArray  *tips,
          const char *id)
{
  for (guint i = 0; i < tips->len; i++)
    if (g_str_equal (((PsTip *) g_ptr_array_index (tips, i))->id, id))
      return g_ptr_array_index (tips, i);
  return NULL;
}

/* Tips that can be taken together (issue 10 §6): the meal allowance, the
 * telework allowance and titres-restaurant on separate days; the plan's
 * gain is one engine run with all of them, not the sum of the parts; each
 * tip's part in it is the plan less the plan without it. */
static void
test_plan (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  PsTipsPlan plan;
  PsScenario s, v;
  double client, home, sum = 0, received = 0, perco = 0, net;
  PsTip *meals, *telework, *tr, *per;

  ps_scenario_init (&s, p);
  s.tjm = 650;
  s.days_per_year = 210;
  s.telework_days_per_week = 2;
  {
    g_autoptr (GPtrArray) tips = ps_tips_compute_with_plan (p, &s, &plan);

    /* the days: 2 of 5 from home */
    ps_tips_split_days (&s, &client, &home);
    g_assert_cmpfloat_with_epsilon (client + home, 210.0 / 12, 1e-9);
    g_assert_cmpfloat_with_epsilon (home, 210.0 / 12 * 2 / 5, 1e-9);
    meals = find_tip (tips, "meals");
    telework = find_tip (tips, "telework");
    tr = find_tip (tips, "titres_restaurant");
    g_assert_nonnull (meals);
    g_assert_nonnull (telework);
    g_assert_nonnull (tr);
    g_assert_cmpfloat_with_epsilon (meals->amount_monthly, client * p->meal_outside_premises, 1e-9);
    g_assert_cmpfloat (telework->amount_monthly, <=, MIN (home * p->telework_daily, p->telework_monthly_cap) + 1e-9);
    g_assert_cmpfloat_with_epsilon (tr->amount_monthly, home * p->tr_employer_exempt_max, 1e-9);

    /* the plan: every portage tip, one run */
    g_assert_cmpint (plan.status, ==, PS_STATUS_PORTAGE);
    g_assert_cmpint (plan.n_tips, >=, 5);
    v = s;
    for (guint i = 0; i < tips->len; i++)
      {
        PsTip *t = g_ptr_array_index (tips, i);

        if (!t->in_plan)
          continue;
        g_assert_cmpint (t->status, ==, PS_STATUS_PORTAGE);
        sum += t->gain_monthly;
        v.expenses_monthly += t->cost_monthly;
        received += t->received_monthly;
        if (g_str_equal (t->id, "fee_cap"))
          v.fee_cap_monthly = p->fee_typical_cap_monthly;
        if (g_str_equal (t->id, "perco"))
          perco = t->amount_monthly * 12;
        /* its part in the plan is positive and no more than alone, but for
         * the tax brackets it may cross */
        g_assert_cmpfloat (t->gain_in_plan_monthly, >, 0);
      }
    ps_comparison_compute (p, &v, c);
    net = c->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly + received;
    per = find_tip (tips, "per");
    g_assert_nonnull (per);
    g_assert_cmpfloat (perco, >, 0);
    {
      /* the PER's ceiling less the PER collectif's abondement (CGI art. 163
       * quatervicies I-2-b), on the plan's lower salary: here the
       * abondement (16 % of the PASS) uses it up, and the PER individuel
       * is left out of the plan */
      double yearly = (c->portage.taxable_net + c->portage.reserve_taxable) * 12;
      double income = yearly - ps_income_tax_salary_deduction (p, yearly);
      double ceiling = MAX (0.10 * MIN (income, 8 * 47100.0), 0.10 * 47100.0) - perco;
      double payment = ceiling > 0 ? floor (MIN (ceiling, income) / 100) * 100 : 0;

      if (per->in_plan)
        net += (ps_round_euros (ps_income_tax_bareme (p, income, 1))
                - ps_round_euros (ps_income_tax_bareme (p, income - payment, 1))) / 12;
      g_assert_cmpfloat (payment, <, per->amount_monthly * 12);
      g_assert_true (per->in_plan == (payment > 0));
    }
    ps_comparison_compute (p, &s, c);
    g_assert_cmpfloat_with_epsilon (plan.gain_monthly, net - c->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly, 1e-6);
    /* not the sum of the parts (the tax brackets, the réserve, the
     * contributions all move with the salary) */
    g_assert_cmpfloat (fabs (plan.gain_monthly - sum), >, 0.01);
    g_assert_cmpfloat (plan.gain_monthly, >, 0);
  }

  /* all days at the client: no telework, no titres-restaurant */
  s.telework_days_per_week = 0;
  {
    g_autoptr (GPtrArray) tips = ps_tips_compute (p, &s);

    g_assert_null (find_tip (tips, "telework"));
    g_assert_null (find_tip (tips, "titres_restaurant"));
    g_assert_nonnull (find_tip (tips, "meals"));
  }
}

/* The ACRE only for who says they are eligible (2026: LFSS 2026 art. 23,
 * décret 2026-69: unemployed with benefits, under 26, priority areas…). */
static void
test_acre_eligible (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 250;
  s.days_per_year = 200;
  {
    g_autoptr (GPtrArray) tips = ps_tips_compute (p, &s);
    g_assert_null (find_tip (tips, "micro_acre"));
  }
  s.acre_eligible = TRUE;
  {
    g_autoptr (GPtrArray) tips = ps_tips_compute (p, &s);
    g_assert_nonnull (find_tip (tips, "micro_acre"));
  }
}

/* The SASU's split tip never proposes the split its card already shows
 * (the best one, by default): no gain over what is shown, no tip. Each
 * tip says what its gain is measured against. */
static void
test_no_tip_for_what_is_shown (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  static const double tjms[] = { 350, 550, 900 };

  for (guint t = 0; t < G_N_ELEMENTS (tjms); t++)
    {
      g_autoptr (GPtrArray) tips = NULL;
      PsScenario s;

      ps_scenario_init (&s, p);
      s.tjm = tjms[t];
      g_assert_cmpfloat (s.sasu_salary_yearly, <, 0);
      tips = ps_tips_compute (p, &s);
      g_assert_null (find_tip (tips, "sasu_split"));
      for (guint i = 0; i < tips->len; i++)
        {
          const PsTip *tip = g_ptr_array_index (tips, i);

          g_assert_nonnull (tip->baseline);
          g_assert_cmpfloat (tip->gain_monthly, >, 0);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/tips/gains", test_gains);
  g_test_add_func ("/ps/tips/expenses-example", test_expenses_example);
  g_test_add_func ("/ps/tips/not-applicable", test_not_applicable);
  g_test_add_func ("/ps/tips/mileage", test_mileage);
  g_test_add_func ("/ps/tips/yearly-titles", test_yearly_titles);
  g_test_add_func ("/ps/tips/within-limits", test_within_limits);
  g_test_add_func ("/ps/tips/csm-split", test_csm_split);
  g_test_add_func ("/ps/tips/plan", test_plan);
  g_test_add_func ("/ps/tips/acre-eligible", test_acre_eligible);
  g_test_add_func ("/ps/tips/no-tip-for-what-is-shown", test_no_tip_for_what_is_shown);
  return g_test_run ();
}
