/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A status's figures as a flow from the revenue to the net: every step,
 * taken off or added in order, leads to each result shown, to the cent
 * a month and a year, whatever the inputs; the results are the engine's
 * own figures; and the company's taxes follow their legal formulas. */
#include "config.h"

#include <math.h>

#include "ps-status-flow.h"
#include "ps-test-utils.h"
#include "ps-year.h"

static double
amount (const PsStatusFlow *flow,
        const char         *id)
{
  const PsFlowStep *s = ps_status_flow_find (flow, id);

  return s != NULL ? s->yearly : 0;
}

/* Each result is the figure above it with the steps since taken off or
 * added: the level-0 flow from the start, a level-1 flow from the step
 * it details. Over the month as shown (each line to the cent) and over
 * the year. */
static void
check_chain (const PsStatusFlow *flow,
             gboolean            monthly,
             const char         *what)
{
  double running[2] = { 0, 0 };
  int n_results = 0;

  g_assert_cmpint (flow->n_steps, >=, 3);
  g_assert_cmpint (flow->steps[0].kind, ==, PS_FLOW_START);
  g_assert_cmpint (flow->steps[flow->n_steps - 1].kind, ==, PS_FLOW_RESULT);
  g_assert_cmpstr (flow->steps[flow->n_steps - 1].id, ==, "net");
  for (int i = 0; i < flow->n_steps; i++)
    {
      const PsFlowStep *s = &flow->steps[i];
      double v = monthly ? round (s->monthly * 100) / 100 : s->yearly;
      int level = s->level;

      g_assert_nonnull (s->label);
      g_assert_cmpint (level, >=, 0);
      g_assert_cmpint (level, <=, 1);
      g_assert_cmpint (s->level, <=, i > 0 ? flow->steps[i - 1].level + 1 : 0);
      /* a detail's flow starts from the step it details */
      if (level == 1 && flow->steps[i - 1].level == 0)
        {
          const PsFlowStep *parent = &flow->steps[i - 1];

          running[1] = monthly ? round (parent->monthly * 100) / 100 : parent->yearly;
        }
      switch (s->kind)
        {
        case PS_FLOW_START:
          g_assert_cmpint (i, ==, 0);
          running[0] = v;
          break;
        case PS_FLOW_SUBTRACT:
        case PS_FLOW_ADD:
          g_assert_cmpfloat (fabs (s->monthly), >=, 0.005);
          g_assert_cmpint (ps_flow_step_sign (s), ==, s->kind == PS_FLOW_ADD ? 1 : -1);
          running[level] += ps_flow_step_sign (s) * v;
          break;
        case PS_FLOW_RESULT:
          {
            g_autofree char *at = g_strdup_printf ("%s, %s, %s", what, s->id, monthly ? "a month" : "a year");

            g_assert_cmpint (ps_flow_step_sign (s), ==, 0);
            /* each line shown to the cent: a cent of rounding per line */
            ps_assert_euros (running[level], v, monthly ? 0.005 * (i + 1) : 0.06, at);
            running[level] = v;
            n_results++;
            break;
          }
        default:
          g_assert_not_reached ();
        }
    }
  g_assert_cmpint (n_results, >=, 2);
}

static void
check_comparison (const PsComparison *c,
                  const char         *what)
{
  for (int st = 0; st < PS_N_STATUSES; st++)
    {
      const PsStatusResult *r = &c->statuses[st];
      g_autofree char *name = g_strdup_printf ("%s, %s", what, ps_status_id (st));
      PsStatusFlow flow;

      ps_status_flow (c, st, &flow);
      g_assert_cmpint (flow.status, ==, st);
      check_chain (&flow, FALSE, name);
      check_chain (&flow, TRUE, name);
      /* the engine's own figures */
      g_assert_cmpfloat (amount (&flow, "revenue"), ==, r->revenue_yearly);
      g_assert_cmpfloat (amount (&flow, "net"), ==, r->net_after_tax_yearly);
      g_assert_cmpfloat (amount (&flow, "net_before_tax"), ==, r->net_before_tax_yearly);
      ps_assert_euros (amount (&flow, "income_tax") + amount (&flow, "dividend_tax"), r->income_tax_yearly, 0.06, name);
      ps_assert_euros (amount (&flow, "is"), r->corporate_tax_yearly, 0.005, name);
      ps_assert_euros (amount (&flow, "employer") + amount (&flow, "employee") + amount (&flow, "contributions")
                       + amount (&flow, "dividend_levies") + amount (&flow, "csm")
                       /* portage: counted in the year's net, the réserve's
                        * employee contributions (its gross less its net) */
                       + (st == PS_STATUS_PORTAGE && !c->scenario.reserve_cash_only
                          ? amount (&flow, "reserve") - amount (&flow, "reserve_net") : 0),
                       r->contributions_yearly, 0.06, name);
      if (r->gross_yearly > 0 && st != PS_STATUS_EURL)
        ps_assert_euros (amount (&flow, "gross"), r->gross_yearly, 0.005, name);
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
            s.reserve = variant == 6;
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

/* Over a realistic year, the sick pay received comes into the flow
 * before the net before income tax. */
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

        ps_scenario_init (&s, p);
        s.tjm = tjms[t];
        ps_year_inputs_init (&in);
        in.sick_days = sick[k];
        ps_year_compute (p, &s, &in, y);
        check_comparison (&y->comparison, what);
      }
}

/* The SASU of the README's example (640 €/day), by hand: the order of
 * the lines, the IS at 15 % up to 42 500 € of profit and 25 % above
 * (CGI art. 219, https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048838357),
 * the PFU's income tax at 12.8 % of the dividends (CGI art. 200 A,
 * https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048834289). */
static void
test_sasu_by_hand (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  static const char *const order[] = {
    "revenue", "costs", "pay", "employer", "gross", "employee", "net_salary", "profit", "is",
    "dividends", "dividend_levies", "net_pay", "health", "net_before_tax", "dividend_tax", "net",
  };
  PsStatusFlow flow;
  PsScenario s;
  double profit, is, dividends;

  ps_scenario_init (&s, p);
  s.tjm = 550;
  s.days_per_year = 200;
  s.company_running_costs = 3000;
  s.sasu_salary_yearly = 30000;
  ps_comparison_compute (p, &s, c);
  ps_status_flow (c, PS_STATUS_SASU, &flow);

  g_assert_cmpint (flow.n_steps, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (flow.steps[i].id, ==, order[i]);
  g_assert_cmpfloat (amount (&flow, "revenue"), ==, 110000);
  g_assert_cmpfloat (amount (&flow, "costs"), ==, 3000);
  ps_assert_euros (amount (&flow, "pay"), 30000, 1, "the salary typed");
  profit = 110000 - 3000 - amount (&flow, "pay");
  ps_assert_euros (amount (&flow, "profit"), profit, 0.005, "profit");
  is = 42500 * 0.15 + (floor (profit) - 42500) * 0.25;
  ps_assert_euros (amount (&flow, "is"), is, 0.5, "IS");
  dividends = profit - amount (&flow, "is");
  ps_assert_euros (amount (&flow, "dividends"), dividends, 0.005, "dividends");
  ps_assert_euros (amount (&flow, "dividend_tax"), dividends * 0.128, 0.01, "PFU");
  g_assert_cmpint (ps_status_flow_find (&flow, "employer")->level, ==, 1);
  g_assert_cmpint (ps_status_flow_find (&flow, "profit")->level, ==, 0);
  /* the EURL at the income tax has no IS, no dividends */
  s.eurl_ir = TRUE;
  ps_comparison_compute (p, &s, c);
  ps_status_flow (c, PS_STATUS_EURL, &flow);
  g_assert_null (ps_status_flow_find (&flow, "is"));
  g_assert_null (ps_status_flow_find (&flow, "dividends"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/status-flow/grid", test_grid);
  g_test_add_func ("/status-flow/realistic-year", test_realistic_year);
  g_test_add_func ("/status-flow/sasu-by-hand", test_sasu_by_hand);
  return g_test_run ();
}
