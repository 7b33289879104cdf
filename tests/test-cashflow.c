/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The first year month by month (issue 14): the twelve months plus what
 * is still to receive or to pay at the end equal the one-year
 * comparison; invoices paid at 60 days put portage's first salary two
 * months later than paid at once; the micro's declarations paid the month
 * after (monthly) or the month after the quarter (quarterly) — URSSAF's
 * calendar, https://www.autoentrepreneur.urssaf.fr/portail/accueil/gerer-mon-auto-entreprise/declarer-et-payer.html ;
 * no corporate tax paid the first year (CGI art. 1668: instalments from
 * the second financial year, the balance after the close); the EURL's
 * provisional calls on 19 % of the PASS (CSS art. L131-6-2, DOMAIN §9.3). */
#include "config.h"

#include <math.h>

#include "ps-cashflow.h"
#include "ps-projection.h"
#include "ps-test-utils.h"

static void
compute (PsScenario             *s,
         const PsCashflowInputs *in,
         PsComparison           *c,
         PsCashflow             *out)
{
  const PsParams *p = ps_test_params ("2026-03-01");

  ps_comparison_compute (p, s, c);
  ps_cashflow_compute (p, c, in, out);
}

static double
sum_person (const PsCashflowStatus *st)
{
  double t = st->person_after.net;

  for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
    t += st->person[m].net;
  return t;
}

/* the months plus what falls after the year = the comparison's year */
static void
assert_reconciles (PsScenario             *s,
                   const PsCashflowInputs *in)
{
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  g_autofree PsCashflow *out = g_new (PsCashflow, 1);

  compute (s, in, c, out);
  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      const PsCashflowStatus *st = &out->statuses[k];
      double expected = c->statuses[k].net_after_tax_yearly
                        + (k == PS_STATUS_PORTAGE && s->reserve_cash_only ? c->statuses[k].deferred_yearly : 0);

      g_assert_cmpfloat_with_epsilon (sum_person (st), expected, 1e-6);
      g_assert_cmpfloat_with_epsilon (st->yearly, expected, 1e-6);
      g_assert_cmpfloat_with_epsilon (st->person_after.cumulative, expected, 1e-6);
      /* a company keeps nothing once it has paid its dividends */
      if (st->has_company)
        g_assert_cmpfloat_with_epsilon (st->company_after.cumulative, 0, 1e-6);
    }
}

static void
test_reconcile (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  PsCashflowInputs in;
  PsScenario s;
  static const double delays[] = { 0, 30, 45, 60, 90 };

  ps_scenario_init (&s, p);
  s.tjm = 480;
  s.days_per_year = 200;
  ps_cashflow_inputs_init (&in);
  for (guint i = 0; i < G_N_ELEMENTS (delays); i++)
    {
      in.payment_days = delays[i];
      assert_reconciles (&s, &in);
    }
  in.payment_days = 45;
  in.micro_quarterly = TRUE;
  in.mission_months = 5;
  assert_reconciles (&s, &in);
  in.salary_advance = TRUE;
  in.mission_months = 18;
  s.micro_vl = TRUE;
  s.eurl_ir = TRUE;
  s.sasu_salary_yearly = 0;
  s.reserve_cash_only = TRUE;
  assert_reconciles (&s, &in);
  s.tjm = 800;
  s.micro_acre = TRUE;
  s.eurl_ir = FALSE;
  s.sasu_salary_yearly = 30000;
  assert_reconciles (&s, &in);
  /* a company at a loss: the person makes it good */
  s.tjm = 100;
  s.days_per_year = 20;
  assert_reconciles (&s, &in);
}

/* The cash view's year is the projection's first year (accrued). */
static void
test_projection_year (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autoptr (PsRates) rates = ps_rates_new_embedded (2026, NULL);
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  g_autofree PsCashflow *out = g_new (PsCashflow, 1);
  g_autofree PsProjection *pr = g_new (PsProjection, 1);
  PsProjectionInputs pin;
  PsCashflowInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 550;
  s.days_per_year = 210;
  ps_projection_inputs_init (&pin);
  g_assert_true (ps_projection_compute (rates, &s, PS_DATE (2026, 3, 1), &pin, pr, NULL));
  ps_cashflow_inputs_init (&in);
  compute (&s, &in, c, out);
  for (int k = 0; k < PS_N_STATUSES; k++)
    g_assert_cmpfloat_with_epsilon (sum_person (&out->statuses[k]), pr->years[k][0].net_accrued, 1e-6);
}

/* Paid at once, the first salary is the first month's; at 30 days the
 * second; at 60 days two months after paid at once; with the firm's
 * advance, the first month whatever the delay. */
static void
test_portage_delay (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  g_autofree PsCashflow *out = g_new (PsCashflow, 1);
  PsCashflowInputs in;
  PsScenario s;
  int at0, at60;

  ps_scenario_init (&s, p);
  s.tjm = 500;
  s.days_per_year = 200;
  ps_cashflow_inputs_init (&in);
  in.payment_days = 0;
  compute (&s, &in, c, out);
  at0 = out->statuses[PS_STATUS_PORTAGE].first_inflow;
  g_assert_cmpint (at0, ==, 1);
  g_assert_cmpfloat_with_epsilon (out->statuses[PS_STATUS_PORTAGE].person[0].inflow, c->portage.net_before_tax, 1e-9);
  g_assert_cmpfloat_with_epsilon (out->statuses[PS_STATUS_PORTAGE].person[0].income_tax, c->portage.income_tax, 1e-9);
  /* 12-month missions paid at once: the réserve with the twelfth salary */
  g_assert_cmpfloat_with_epsilon (out->statuses[PS_STATUS_PORTAGE].person[11].inflow,
                                  c->portage.net_before_tax + 12 * c->portage.reserve_net, 1e-6);
  in.payment_days = 30;
  compute (&s, &in, c, out);
  g_assert_cmpint (out->statuses[PS_STATUS_PORTAGE].first_inflow, ==, 2);
  /* December's salary and the réserve come in January */
  g_assert_cmpfloat_with_epsilon (out->statuses[PS_STATUS_PORTAGE].person_after.inflow,
                                  c->portage.net_before_tax + 12 * c->portage.reserve_net, 1e-6);
  in.payment_days = 60;
  compute (&s, &in, c, out);
  at60 = out->statuses[PS_STATUS_PORTAGE].first_inflow;
  g_assert_cmpint (at60, ==, at0 + 2);
  g_assert_cmpint (out->statuses[PS_STATUS_PORTAGE].person_positive, ==, 3);
  g_assert_cmpfloat (out->statuses[PS_STATUS_PORTAGE].person[1].cumulative, ==, 0);
  in.salary_advance = TRUE;
  compute (&s, &in, c, out);
  g_assert_cmpint (out->statuses[PS_STATUS_PORTAGE].first_inflow, ==, 1);
  /* the CDI pays at the end of the first month whatever the clients do */
  g_assert_cmpint (out->statuses[PS_STATUS_CDI].first_inflow, ==, 1);
}

/* The micro's contributions: on a month's receipts, paid the month after;
 * quarterly, the month after the quarter; but the first declaration at
 * least 90 days after the start — Urssaf's calendar of the first
 * declarations (« un délai légal minimum de 90 jours doit s’écouler entre
 * la date de début d’activité et la date d’échéance »), a start in January
 * due on 31 May monthly (the first month and the three after), on 31 July
 * quarterly (the first two quarters):
 * https://urstart-idf.fr/le-service-urssaf-creation-dentreprise/urssaf-creation-dentreprise-bienvenue-aux-nouveaux-autoentrepreneurs/
 * https://espace-autoentrepreneur.com/ruche/article/la-premiere-declaration-de-chiffre-daffaires-de-lauto-entrepreneur
 * The rate: 25,6 % for a BNC libéral in 2026 (CSS art. D613-4) and the
 * CFP 0,2 % (DOMAIN §9.6): 25,8 % of 5 000 € a month = 1 290 €. */
#define MICRO_MONTH_2026 1290.0
static void
test_micro_declarations (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  g_autofree PsCashflow *out = g_new (PsCashflow, 1);
  const PsCashflowStatus *st = &out->statuses[PS_STATUS_MICRO];
  PsCashflowInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 300;
  s.days_per_year = 200;          /* 60 000 € a year, 5 000 € a month */
  ps_cashflow_inputs_init (&in);
  compute (&s, &in, c, out);
  /* invoices of month 1 paid in month 2 */
  g_assert_cmpfloat (st->person[0].inflow, ==, 0);
  g_assert_cmpfloat_with_epsilon (st->person[1].inflow, 5000, 1e-9);
  /* nothing paid to the Urssaf before the fifth month; then the receipts
   * of months 2 to 4 (the net rounded to the euro: within 0,50 €) */
  for (int m = 0; m < 4; m++)
    g_assert_cmpfloat (st->person[m].contributions, ==, 0);
  g_assert_cmpfloat (fabs (st->person[4].contributions - 3 * MICRO_MONTH_2026), <=, 0.5);
  /* then each month's the month after */
  for (int m = 5; m < PS_CASHFLOW_MONTHS; m++)
    g_assert_cmpfloat (fabs (st->person[m].contributions - MICRO_MONTH_2026), <=, 0.5);
  /* the receipts of month 12 and the invoice of month 12 paid in month
   * 13: after the year */
  g_assert_cmpfloat (fabs (st->person_after.contributions - 2 * MICRO_MONTH_2026), <=, 0.5);
  /* no income tax in the year: a new business pays it after its return */
  for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
    g_assert_cmpfloat (st->person[m].income_tax, ==, 0);
  g_assert_cmpfloat_with_epsilon (st->person_after.income_tax, c->micro.net_before_tax - c->micro.net_after_tax, 1e-9);
  /* quarterly: the receipts of months 2 to 6 paid in month 7; of months
   * 7 to 9 in month 10 */
  in.micro_quarterly = TRUE;
  compute (&s, &in, c, out);
  for (int m = 0; m < 6; m++)
    g_assert_cmpfloat (st->person[m].contributions, ==, 0);
  g_assert_cmpfloat (fabs (st->person[6].contributions - 5 * MICRO_MONTH_2026), <=, 0.5);
  g_assert_cmpfloat (st->person[7].contributions, ==, 0);
  g_assert_cmpfloat (fabs (st->person[9].contributions - 3 * MICRO_MONTH_2026), <=, 0.5);
  /* on the receipts of the last quarter and on December's invoice, paid
   * in January: after the year */
  g_assert_cmpfloat (fabs (st->person_after.contributions - 4 * MICRO_MONTH_2026), <=, 0.5);
}

/* The first year's provisional calls of an indépendant in 2026, by hand:
 * the base is 19 % of the PASS (CSS art. D131-1, in force since 1/1/2018,
 * https://juriblio.fr/codes/code-de-la-securite-sociale/partie-reglementaire-decrets-simples/livre-i/titre-iii/chapitre-1/section-1/article-d131-1 ;
 * PASS 2026 48 060 €): a = 9 131,40 €, with the 2026 rates (DOMAIN §9.3),
 * each line rounded to the euro:
 *   maladie 0 (a < 20 % of the PASS, D621-2 1°)              0
 *   IJ 0,50 % of 40 % of the PASS (its minimum base) 96,12    96
 *   retraite de base 17,87 % × a = 1 631,78                1 632
 *   RCI 8,1 % × a = 739,64                                   740
 *   invalidité-décès 1,3 % × a = 118,71                      119
 *   allocations familiales (a < 110 % of the PASS)             0
 *   CSG déductible 6,8 % × a = 620,94                        621
 *   CSG non déductible + CRDS 2,9 % × a = 264,81             265
 *   CFP 0,25 % of the PASS = 120,15                          120
 *                                                          3 593 */
#define FIRST_YEAR_CALLS_2026 3593.0

/* The companies: no corporate tax and no dividend paid the first year;
 * the EURL's provisional calls on the flat base, none in the first three
 * months, regularised after the year. */
static void
test_companies (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  g_autofree PsCashflow *out = g_new (PsCashflow, 1);
  PsCashflowInputs in;
  PsScenario s;
  double calls = 0;

  ps_scenario_init (&s, p);
  s.tjm = 650;
  s.days_per_year = 200;
  ps_cashflow_inputs_init (&in);
  compute (&s, &in, c, out);
  g_assert_cmpfloat (c->sasu.corporate_tax, >, 0);
  for (int k = PS_STATUS_SASU; k <= PS_STATUS_EURL; k++)
    {
      const PsCashflowStatus *st = &out->statuses[k];
      const PsCompanyResult *r = k == PS_STATUS_SASU ? &c->sasu : &c->eurl;

      g_assert_true (st->has_company);
      for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
        g_assert_cmpfloat (st->company[m].income_tax, ==, 0);
      g_assert_cmpfloat_with_epsilon (st->company_after.income_tax, r->corporate_tax, 1e-9);
      g_assert_cmpfloat_with_epsilon (st->person_after.inflow, r->dividends_net, 1e-9);
      /* the first month the company has paid the pay, not yet been paid */
      g_assert_cmpfloat (st->company[0].cumulative, <, 0);
    }
  /* the EURL's calls: 19 % of the PASS as the base, from month 4 */
  for (int m = 0; m < 3; m++)
    g_assert_cmpfloat (out->statuses[PS_STATUS_EURL].company[m].contributions, ==, 0);
  for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
    calls += out->statuses[PS_STATUS_EURL].company[m].contributions;
  g_assert_cmpfloat_with_epsilon (calls, FIRST_YEAR_CALLS_2026, 1e-6);
  g_assert_cmpfloat_with_epsilon (out->statuses[PS_STATUS_EURL].company_after.contributions,
                                  c->eurl.contributions - calls, 1e-6);
}

/* The first year: a micro-entreprise above its ceiling keeps its regime
 * (CGI art. 50-0 and 102 ter: it is lost after two consecutive years
 * above it), so the cash view can use it; portage below the convention's
 * minimum can't be used in any year. */
static void
test_first_year_usable (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  g_autofree PsCashflow *out = g_new (PsCashflow, 1);
  PsCashflowInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 550;
  s.days_per_year = 200;          /* 110 000 € > 83 600 € */
  ps_cashflow_inputs_init (&in);
  compute (&s, &in, c, out);
  g_assert_false (c->statuses[PS_STATUS_MICRO].eligible);
  g_assert_true (out->statuses[PS_STATUS_MICRO].usable);

  s.tjm = 100;                    /* below portage's minimum */
  compute (&s, &in, c, out);
  g_assert_false (c->statuses[PS_STATUS_PORTAGE].eligible);
  g_assert_false (out->statuses[PS_STATUS_PORTAGE].usable);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/ps/cashflow/first-year-usable", test_first_year_usable);
  g_test_add_func ("/ps/cashflow/reconcile", test_reconcile);
  g_test_add_func ("/ps/cashflow/projection-year", test_projection_year);
  g_test_add_func ("/ps/cashflow/portage-delay", test_portage_delay);
  g_test_add_func ("/ps/cashflow/micro-declarations", test_micro_declarations);
  g_test_add_func ("/ps/cashflow/companies", test_companies);
  return g_test_run ();
}
