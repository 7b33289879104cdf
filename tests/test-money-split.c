/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where the money goes: the segments of every status add up to what the
 * client pays (CDI: the employer cost) to the cent, whatever the inputs,
 * and each is the engine's own figure. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-money-split.h"
#include "ps-test-utils.h"
#include "ps-year.h"

static double
segment (const PsMoneySplit *split,
         PsMoneyKind         kind)
{
  for (int i = 0; i < split->n_segments; i++)
    if (split->segments[i].kind == kind)
      return split->segments[i].yearly;
  return 0;
}

static void
check_comparison (const PsComparison *c,
                  const char         *what)
{
  for (int st = 0; st < PS_N_STATUSES; st++)
    {
      const PsStatusResult *r = &c->statuses[st];
      PsMoneySplit split;
      double yearly = 0, monthly = 0, share = 0;
      g_autofree char *name = g_strdup_printf ("%s, %s", what, ps_status_id (st));

      ps_money_split (c, st, &split);
      g_assert_cmpint (split.status, ==, st);
      g_assert_cmpfloat (split.total_yearly, ==, r->revenue_yearly + r->sick_pay_yearly);
      for (int i = 0; i < split.n_segments; i++)
        {
          if (i > 0)
            g_assert_cmpint (split.segments[i].kind, >, split.segments[i - 1].kind);
          g_assert_cmpfloat (fabs (split.segments[i].monthly), >=, 0.005);
          g_assert_nonnull (ps_money_segment_label (&split, split.segments[i].kind));
          g_assert_nonnull (ps_money_kind_id (split.segments[i].kind));
          yearly += split.segments[i].yearly;
          monthly += split.segments[i].monthly;
          share += split.segments[i].share;
        }
      if (split.total_yearly > 0)
        g_assert_cmpfloat_with_epsilon (share, 1.0, 1e-5);
      /* to the cent a month (what shows as 0,00 € a month is left out:
       * less than 6 cents over the year) */
      ps_assert_euros (monthly, split.total_monthly, 0.005, name);
      ps_assert_euros (yearly, split.total_yearly, 0.06, name);
      /* the engine's own figures, not a remainder */
      ps_assert_euros (segment (&split, PS_MONEY_NET), r->net_after_tax_yearly, 0.005, name);
      ps_assert_euros (segment (&split, PS_MONEY_COSTS), r->costs_yearly, 0.005, name);
      ps_assert_euros (segment (&split, PS_MONEY_CORPORATE_TAX), r->corporate_tax_yearly, 0.005, name);
      /* these two to the cent a month, like the total */
      ps_assert_euros (segment (&split, PS_MONEY_INCOME_TAX) + segment (&split, PS_MONEY_DIVIDEND_TAX),
                       r->income_tax_yearly, 0.06, name);
      /* the contributions: all of them (a SASU salary of a few euros
       * and the mutuelle's fixed premium: the SASU pays the employee
       * share the gross can't cover) */
      ps_assert_euros (segment (&split, PS_MONEY_EMPLOYER) + segment (&split, PS_MONEY_EMPLOYEE)
                       + segment (&split, PS_MONEY_DIVIDEND_LEVIES),
                       r->contributions_yearly, 0.06, name);
      /* the micro's net is rounded to the euro twice (before and after
       * the income tax): less than a euro a year */
      g_assert_cmpfloat (fabs (segment (&split, PS_MONEY_ROUNDING)), <=, 1.0);
      if (st != PS_STATUS_MICRO)
        g_assert_cmpfloat (segment (&split, PS_MONEY_ROUNDING), ==, 0);
      if (st == PS_STATUS_MICRO || st == PS_STATUS_EURL)
        g_assert_cmpfloat (segment (&split, PS_MONEY_EMPLOYER), ==, 0);
      if (st == PS_STATUS_CDI)
        {
          g_assert_cmpfloat (segment (&split, PS_MONEY_COSTS), ==, 0);
          ps_assert_euros (segment (&split, PS_MONEY_EMPLOYER),
                           c->cdi.payslip.employer_contributions * 12, 0.005, name);
        }
    }
}

static void
test_grid (void)
{
  const char *dates[] = { "2025-07-01", "2026-07-01" };

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    {
      const PsParams *p = ps_test_params (dates[d]);
      static const double tjms[] = { 0, 90, 250, 450, 640, 900, 1500 };

      for (guint t = 0; t < G_N_ELEMENTS (tjms); t++)
        for (int variant = 0; variant < 8; variant++)
          {
            g_autofree PsComparison *c = g_new0 (PsComparison, 1);
            g_autofree char *what = NULL;
            PsScenario s;

            ps_scenario_init (&s, p);
            s.tjm = tjms[t];
            s.expenses_monthly = variant & 1 ? 400 : 0;
            s.reserve_cash_only = (variant & 2) != 0;
            s.micro_vl = (variant & 2) != 0;
            s.eurl_ir = (variant & 4) != 0;
            s.dividends_bareme = (variant & 4) != 0;
            s.micro_acre = s.company_acre = s.acre_eligible = (variant & 1) != 0;
            s.micro_running_costs = s.company_running_costs = variant & 4 ? 2400 : 0;
            if (variant == 3)
              s.cdi_gross_yearly = 55000;
            if (variant == 5)
              {
                s.sasu_salary_yearly = 30000;
                s.eurl_remuneration_yearly = 40000;
              }
            ps_comparison_compute (p, &s, c);
            what = g_strdup_printf ("%s, %g €/day, variant %d", dates[d], s.tjm, variant);
            check_comparison (c, what);
          }
    }
}

/* Over a realistic year with sick days, the sick pay received comes on
 * top of the revenue (its income tax and net are in the status's): the
 * segments still add up, to what was billed plus the sick pay, and the
 * total says so. */
static void
test_realistic_year (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  static const double tjms[] = { 120, 300, 650, 1500 };
  static const double sick[] = { 10, 60 };

  for (guint t = 0; t < G_N_ELEMENTS (tjms); t++)
    for (guint k = 0; k < G_N_ELEMENTS (sick); k++)
      {
        g_autofree PsYear *y = g_new0 (PsYear, 1);
        g_autofree char *what = g_strdup_printf ("realistic year, %g €/day, %g sick days", tjms[t], sick[k]);
        PsYearInputs in;
        PsScenario s;
        PsMoneySplit split;

        ps_scenario_init (&s, p);
        s.tjm = tjms[t];
        ps_year_inputs_init (&in);
        in.sick_days = sick[k];
        ps_year_compute (p, &s, &in, y);
        check_comparison (&y->comparison, what);
        /* from 300 €/day portage's pay opens the IJSS (from the 4th day;
         * at 120 €/day its salary is under the threshold) */
        ps_money_split (&y->comparison, PS_STATUS_PORTAGE, &split);
        if (tjms[t] >= 300)
          {
            g_assert_cmpfloat (y->comparison.statuses[PS_STATUS_PORTAGE].sick_pay_yearly, >, 0);
            g_assert_cmpstr (ps_money_total_label (&split), ==, "Revenue and sick pay");
          }
        ps_money_split (&y->comparison, PS_STATUS_CDI, &split);
        g_assert_cmpstr (ps_money_total_label (&split), ==, "Employer cost");
      }
}

/* The worked example of the README (640 €/day, 150 € of expenses a month):
 * portage's bar starts with the fee, the CDI's with no fee, the SASU's has
 * an IS and the tax on dividends. */
/* A SASU salary of a few euros a month: the employee contributions
 * (the mutuelle's fixed employee share) exceed the gross. The SASU owes
 * the excess all the same (CSS art. L243-1: the employer is the debtor
 * of both shares; https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006173207):
 * the money split adds up with every contribution, and the net after tax
 * follows the company's pay, with no jump up when the salary falls below
 * the premium. */
static void
test_sasu_tiny_salary (void)
{
  const char *dates[] = { "2025-07-01", "2026-07-01" };

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    {
      const PsParams *p = ps_test_params (dates[d]);
      static const double tjms[] = { 90, 450 };

      for (guint t = 0; t < G_N_ELEMENTS (tjms); t++)
        for (int acre = 0; acre < 2; acre++)
          {
            double last_net = 0, last_pay = 0;
            gboolean below = FALSE;

            for (int cost = 0; cost <= 400; cost++)
              {
                g_autofree PsComparison *c = g_new0 (PsComparison, 1);
                g_autofree char *what = NULL;
                const PsCompanyResult *k;
                double net;
                PsScenario s;

                ps_scenario_init (&s, p);
                s.tjm = tjms[t];
                s.company_acre = s.acre_eligible = acre;
                s.sasu_salary_yearly = cost * 12;
                ps_comparison_compute (p, &s, c);
                k = &c->sasu;
                what = g_strdup_printf ("%s, TJM %.0f, ACRE %d, %d €/month",
                                        dates[d], tjms[t], acre, cost);
                check_comparison (c, what);
                /* the pay is never less than what the payslip takes */
                ps_assert_euros (k->pay - k->net_pay, k->contributions, 0.01, what);
                if (k->gross > 0 && k->payslip.net_before_tax == 0)
                  below = TRUE;
                net = c->statuses[PS_STATUS_SASU].net_after_tax_yearly;
                /* a euro more of pay can't leave more than a euro more
                 * of net (nor a euro less of pay, more net) */
                if (cost > 1)
                  g_assert_cmpfloat (fabs (net - last_net), <=, fabs (k->pay - last_pay) + 0.01);
                last_net = net;
                last_pay = k->pay;
              }
            /* the sweep did reach a net of 0 */
            g_assert_true (below);
          }
    }
}

static void
test_kinds (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsMoneySplit split;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 640;
  s.expenses_monthly = 150;
  ps_comparison_compute (p, &s, c);

  ps_money_split (c, PS_STATUS_PORTAGE, &split);
  g_assert_cmpint (split.segments[0].kind, ==, PS_MONEY_COSTS);
  g_assert_cmpstr (ps_money_segment_label (&split, PS_MONEY_COSTS), ==, "Management fee");
  g_assert_cmpint (split.segments[split.n_segments - 1].kind, ==, PS_MONEY_NET);

  ps_money_split (c, PS_STATUS_CDI, &split);
  g_assert_cmpint (split.segments[0].kind, ==, PS_MONEY_EMPLOYER);
  g_assert_cmpstr (ps_money_total_label (&split), ==, "Employer cost");

  ps_money_split (c, PS_STATUS_SASU, &split);
  g_assert_cmpfloat (segment (&split, PS_MONEY_CORPORATE_TAX), >, 0);
  g_assert_cmpfloat (segment (&split, PS_MONEY_DIVIDEND_TAX), >, 0);
  g_assert_cmpstr (ps_money_segment_label (&split, PS_MONEY_COSTS), ==, "Running costs");

  ps_money_split (c, PS_STATUS_MICRO, &split);
  g_assert_cmpstr (ps_money_segment_label (&split, PS_MONEY_EMPLOYEE), ==, "Social contributions");
  g_assert_cmpstr (ps_money_kind_id (PS_MONEY_DIVIDEND_LEVIES), ==, "dividend_levies");
}

/* The chart's split: the micro's rounding to the euro left out when it
 * is less than a euro a month, nothing else; the split itself still
 * adds up (test_grid). Shares written with a true minus. */
static void
test_shown (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  int n_roundings = 0;

  for (double tjm = 100.37; tjm < 700; tjm += 13.11)
    {
      g_autofree PsComparison *c = g_new0 (PsComparison, 1);
      PsMoneySplit split, shown;
      PsScenario s;

      ps_scenario_init (&s, p);
      s.tjm = tjm;
      ps_comparison_compute (p, &s, c);
      ps_money_split (c, PS_STATUS_MICRO, &split);
      ps_money_split_shown (&split, &shown);
      n_roundings += segment (&split, PS_MONEY_ROUNDING) != 0;
      g_assert_cmpfloat (segment (&shown, PS_MONEY_ROUNDING), ==, 0);
      g_assert_cmpint (shown.n_segments, ==, split.n_segments - (segment (&split, PS_MONEY_ROUNDING) != 0));
      for (int i = 0; i < shown.n_segments; i++)
        {
          g_autofree char *text = ps_money_share_text (&shown.segments[i]);

          g_assert_null (strchr (text, '-'));
          g_assert_cmpfloat (segment (&split, shown.segments[i].kind), ==, shown.segments[i].yearly);
        }
    }
  /* some of these day rates do round */
  g_assert_cmpint (n_roundings, >, 0);
  {
    PsMoneySegment negative = { .kind = PS_MONEY_ROUNDING, .share = -0.004 };
    g_autofree char *text = ps_money_share_text (&negative);

    g_assert_true (g_str_has_prefix (text, "\u2212"));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/money-split/grid", test_grid);
  g_test_add_func ("/money-split/kinds", test_kinds);
  g_test_add_func ("/money-split/shown", test_shown);
  g_test_add_func ("/money-split/realistic-year", test_realistic_year);
  g_test_add_func ("/money-split/sasu-tiny-salary", test_sasu_tiny_salary);
  return g_test_run ();
}
