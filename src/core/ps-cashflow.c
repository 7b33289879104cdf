/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-cashflow"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-cashflow.h"
#include "ps-tns.h"

/* The indépendants' provisional contributions of their first two years:
 * on a flat base of 19 % of the PASS (CSS art. D131-1 since 2018: « Ce
 * pourcentage est égal à 19 % au titre des deux premières années
 * d'activité »; DOMAIN §9.3 (j), §16). In the second year they are
 * recalculated on the first year's income once it is declared (CSS art.
 * L131-6-2: « recalculé sur la base du revenu d'activité de l'année
 * précédente dès que ce revenu est connu »): the projection counts the
 * second year's calls on that income. */
#define TNS_FIRST_YEARS_BASE_PASS 0.19
/* No provisional call in the first 90 days of a business: the year's are
 * spread over the months from the fourth. */
#define TNS_FIRST_CALL_MONTH 3
/* The micro's first payment (0-based months): monthly in the fifth month,
 * quarterly in the seventh — Urssaf's calendar of the first declarations,
 * https://urstart-idf.fr/le-service-urssaf-creation-dentreprise/urssaf-creation-dentreprise-bienvenue-aux-nouveaux-autoentrepreneurs/
 * (a 90-day minimum between the start and the first due date) and its
 * table (start in January: monthly due 31 May; quarterly, the first two
 * quarters due 31 July). */
#define MICRO_FIRST_MONTHLY_PAYMENT 4
#define MICRO_FIRST_QUARTERLY_PAYMENT 6

typedef enum { F_IN, F_CONTRIBUTIONS, F_TAX, F_OTHER } Field;

typedef struct
{
  PsCashMonth *months;
  PsCashMonth *after;
} Account;

void
ps_cashflow_inputs_init (PsCashflowInputs *in)
{
  memset (in, 0, sizeof *in);
  in->payment_days = 30;
  in->mission_months = 12;
}

double
ps_tns_first_years_provisional (const PsParams *p)
{
  PsTns t;

  ps_tns_compute (p, TNS_FIRST_YEARS_BASE_PASS * p->pss_annual / (1 - p->tns_abatement_rate), &t);
  return t.total;
}

/* @amount in month @m (0-based; from 12 on: after the year) */
static void
add (Account a,
     int     m,
     Field   f,
     double  amount)
{
  PsCashMonth *c = m < PS_CASHFLOW_MONTHS ? &a.months[MAX (m, 0)] : a.after;

  switch (f)
    {
    case F_IN: c->inflow += amount; break;
    case F_CONTRIBUTIONS: c->contributions += amount; break;
    case F_TAX: c->income_tax += amount; break;
    case F_OTHER: default: c->other += amount; break;
    }
}

/* the same amount each month, from @from to the twelfth */
static void
spread (Account a,
        int     from,
        int     shift,
        Field   f,
        double  yearly)
{
  for (int m = from; m < PS_CASHFLOW_MONTHS; m++)
    add (a, m + shift, f, yearly / (PS_CASHFLOW_MONTHS - from));
}

/* the nets, the cumulative and the first month it is above zero */
static int
finish (PsCashMonth *months,
        PsCashMonth *after)
{
  int positive = 0;

  for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
    {
      PsCashMonth *c = &months[m];

      c->net = c->inflow - c->contributions - c->income_tax - c->other;
      c->cumulative = (m > 0 ? months[m - 1].cumulative : 0) + c->net;
      if (positive == 0 && c->cumulative > 0.005)
        positive = m + 1;
      else if (c->cumulative <= 0.005)
        positive = 0;
    }
  after->net = after->inflow - after->contributions - after->income_tax - after->other;
  after->cumulative = months[PS_CASHFLOW_MONTHS - 1].cumulative + after->net;
  return positive;
}

static void
portage (const PsComparison     *c,
         const PsCashflowInputs *in,
         int                     lag,
         PsCashflowStatus       *st)
{
  const PsPortageResult *pr = &c->portage;
  Account a = { st->person, &st->person_after };
  int paid = in->salary_advance ? 0 : lag;
  int mission = (int) MAX (1.0, round (in->mission_months));
  double held = 0;

  for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
    {
      add (a, m + paid, F_IN, pr->net_before_tax);
      add (a, m + paid, F_TAX, pr->income_tax);
      /* what the fee and the expenses take beyond the revenue: from one's
       * pocket, in the month */
      add (a, m, F_OTHER, -MIN (0.0, pr->envelope));
      held += 1;
      if ((m + 1) % mission == 0)
        {
          add (a, m + paid, F_IN, held * pr->reserve_net);
          add (a, m + paid, F_TAX, held * pr->reserve_income_tax);
          held = 0;
        }
    }
  /* the rest of the réserve: at the end of a mission after the year */
  add (a, PS_CASHFLOW_MONTHS, F_IN, held * pr->reserve_net);
  add (a, PS_CASHFLOW_MONTHS, F_TAX, held * pr->reserve_income_tax);
  st->yearly = (pr->net_after_tax + pr->reserve_net_after_tax + MIN (0.0, pr->envelope)) * 12;
}

static void
cdi (const PsComparison *c,
     PsCashflowStatus   *st)
{
  const PsStatusResult *r = &c->statuses[PS_STATUS_CDI];
  Account a = { st->person, &st->person_after };

  spread (a, 0, 0, F_IN, r->net_before_tax_yearly);
  spread (a, 0, 0, F_TAX, r->income_tax_yearly);
  st->yearly = r->net_after_tax_yearly;
}

static void
micro (const PsComparison     *c,
       const PsCashflowInputs *in,
       int                     lag,
       PsCashflowStatus       *st)
{
  const PsMicroResult *m = &c->micro;
  const PsScenario *s = &c->scenario;
  const PsStatusResult *r = &c->statuses[PS_STATUS_MICRO];
  Account a = { st->person, &st->person_after };
  /* the engine's amounts, rounded to the euro as the net is */
  double contributions = m->revenue - m->net_before_tax - m->health.paid;
  double tax = m->net_before_tax - m->net_after_tax;

  for (int k = 0; k < PS_CASHFLOW_MONTHS; k++)
    {
      int received = k + lag;
      /* declared the month after the month received, or the month after
       * its quarter; but the first declaration comes at least 90 days
       * after the start (URSSAF: « un délai légal minimum de 90 jours doit
       * s’écouler entre la date de début d’activité et la date
       * d’échéance »): monthly, it covers the first month and the three
       * after and is paid in the fifth (a start in January: 31 May);
       * quarterly, the first two quarters, paid the month after them
       * (the seventh) */
      int declared = in->micro_quarterly ? (received / 3) * 3 + 3 : received + 1;

      declared = MAX (declared, in->micro_quarterly ? MICRO_FIRST_QUARTERLY_PAYMENT : MICRO_FIRST_MONTHLY_PAYMENT);

      add (a, received, F_IN, m->revenue / 12);
      add (a, declared, F_CONTRIBUTIONS, contributions / 12);
      /* with the versement libératoire the tax is paid with them */
      if (s->micro_vl)
        add (a, declared, F_TAX, tax / 12);
    }
  if (!s->micro_vl)
    add (a, PS_CASHFLOW_MONTHS, F_TAX, tax);
  /* the running costs, and the health budget's premiums, each month */
  spread (a, 0, 0, F_OTHER, s->micro_running_costs + s->expenses_monthly * 12 + m->health.paid);
  st->yearly = r->net_after_tax_yearly;
}

/* SASU, or EURL at the IS: the person is paid by the company */
static void
company (const PsParams          *p,
         const PsComparison      *c,
         PsStatus                 status,
         int                      lag,
         PsCashflowStatus        *st)
{
  const PsCompanyResult *k = status == PS_STATUS_SASU ? &c->sasu : &c->eurl;
  const PsCompanyInputs *ki = status == PS_STATUS_SASU ? &c->sasu_inputs : &c->eurl_inputs;
  Account person = { st->person, &st->person_after };
  Account co = { st->company, &st->company_after };
  gboolean eurl = status == PS_STATUS_EURL;

  st->has_company = TRUE;
  /* the person: the net pay each month; the PAS on a salary, the tax of a
   * new business's remuneration the year after; the dividends less their
   * taxes, the CSM, a loss made good: the year after */
  spread (person, 0, 0, F_IN, k->net_pay);
  if (eurl)
    add (person, PS_CASHFLOW_MONTHS, F_TAX, k->income_tax);
  else
    spread (person, 0, 0, F_TAX, k->income_tax);
  add (person, PS_CASHFLOW_MONTHS, F_IN, k->dividends_net);
  add (person, PS_CASHFLOW_MONTHS, F_CONTRIBUTIONS, k->csm.amount);
  add (person, PS_CASHFLOW_MONTHS, F_OTHER, -MIN (0.0, k->profit));
  /* the health premiums the payslip doesn't carry, each month */
  spread (person, 0, 0, F_OTHER, k->health.paid);

  /* the company: the invoices when paid; the pay and the costs each
   * month; the contributions the month after (SASU) or the provisional
   * calls (EURL); the corporate tax and the dividends the year after */
  for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
    add (co, m + lag, F_IN, k->revenue / 12);
  spread (co, 0, 0, F_OTHER, k->net_pay + ki->costs);
  if (eurl)
    {
      double provisional = ps_tns_first_years_provisional (p);

      spread (co, TNS_FIRST_CALL_MONTH, 0, F_CONTRIBUTIONS, provisional);
      add (co, PS_CASHFLOW_MONTHS, F_CONTRIBUTIONS, k->contributions - provisional);
    }
  else
    /* the président's payslip: what the pay leaves after the net (a tiny
     * salary's welfare lines can exceed the gross; the net is then 0 and
     * the company's pay includes the excess, so this is all the
     * contributions; the MIN only guards against a rounding cent) */
    spread (co, 0, 1, F_CONTRIBUTIONS, MIN (k->contributions, k->pay - k->net_pay));
  add (co, PS_CASHFLOW_MONTHS, F_TAX, k->corporate_tax);
  add (co, PS_CASHFLOW_MONTHS, F_OTHER, k->dividends);
  /* a loss is made good by the person */
  add (co, PS_CASHFLOW_MONTHS, F_IN, -MIN (0.0, k->profit));
  st->yearly = k->net_after_tax;
}

/* EURL at the income tax: the business is the person's */
static void
eurl_ir (const PsParams     *p,
         const PsComparison *c,
         int                 lag,
         PsCashflowStatus   *st)
{
  const PsCompanyResult *k = &c->eurl;
  Account a = { st->person, &st->person_after };
  double provisional = ps_tns_first_years_provisional (p);

  for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
    add (a, m + lag, F_IN, k->revenue / 12);
  spread (a, 0, 0, F_OTHER, k->costs + k->health.paid);
  spread (a, TNS_FIRST_CALL_MONTH, 0, F_CONTRIBUTIONS, provisional);
  add (a, PS_CASHFLOW_MONTHS, F_CONTRIBUTIONS, k->contributions - provisional + k->csm.amount);
  add (a, PS_CASHFLOW_MONTHS, F_TAX, k->income_tax);
  st->yearly = k->net_after_tax;
}

void
ps_cashflow_compute (const PsParams         *p,
                     const PsComparison     *c,
                     const PsCashflowInputs *in,
                     PsCashflow             *out)
{
  memset (out, 0, sizeof *out);
  out->lag_months = (int) ceil (CLAMP (in->payment_days, 0.0, 120.0) / 30 - 1e-9);

  for (int k = 0; k < PS_N_STATUSES; k++)
    out->statuses[k].usable = c->statuses[k].eligible
                              || (k == PS_STATUS_MICRO && c->statuses[k].unusable == PS_UNUSABLE_ABOVE_CEILING);
  portage (c, in, out->lag_months, &out->statuses[PS_STATUS_PORTAGE]);
  cdi (c, &out->statuses[PS_STATUS_CDI]);
  micro (c, in, out->lag_months, &out->statuses[PS_STATUS_MICRO]);
  company (p, c, PS_STATUS_SASU, out->lag_months, &out->statuses[PS_STATUS_SASU]);
  if (c->scenario.eurl_ir)
    eurl_ir (p, c, out->lag_months, &out->statuses[PS_STATUS_EURL]);
  else
    company (p, c, PS_STATUS_EURL, out->lag_months, &out->statuses[PS_STATUS_EURL]);

  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      PsCashflowStatus *st = &out->statuses[k];

      st->person_positive = finish (st->person, &st->person_after);
      if (st->has_company)
        st->company_positive = finish (st->company, &st->company_after);
      for (int m = 0; m < PS_CASHFLOW_MONTHS && st->first_inflow == 0; m++)
        if (st->person[m].inflow > 0.005)
          st->first_inflow = m + 1;
    }
}
