/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-status-flow"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-status-flow.h"

/* what shows as 0,00 € a month is no step */
#define NEGLIGIBLE(yearly) (fabs (yearly) / 12 < 0.005)

static void
step (PsStatusFlow *flow,
      PsFlowKind    kind,
      int           level,
      const char   *id,
      const char   *label,
      const char   *tooltip,
      double        yearly)
{
  PsFlowStep *s;

  if ((kind == PS_FLOW_SUBTRACT || kind == PS_FLOW_ADD) && NEGLIGIBLE (yearly))
    return;
  /* a negative amount added is taken off (a net pay below its
   * contributions), and the other way round */
  if ((kind == PS_FLOW_SUBTRACT || kind == PS_FLOW_ADD) && yearly < 0)
    {
      kind = kind == PS_FLOW_ADD ? PS_FLOW_SUBTRACT : PS_FLOW_ADD;
      yearly = -yearly;
    }
  g_return_if_fail (flow->n_steps < PS_MAX_FLOW_STEPS);
  s = &flow->steps[flow->n_steps++];
  s->id = id;
  s->label = label;
  s->tooltip = tooltip;
  s->kind = kind;
  s->level = level;
  s->yearly = yearly;
  s->monthly = yearly / 12;
}

#define SUB(flow, id, label, tip, v) step (flow, PS_FLOW_SUBTRACT, 0, id, label, tip, v)
#define ADD(flow, id, label, tip, v) step (flow, PS_FLOW_ADD, 0, id, label, tip, v)
#define RESULT(flow, id, label, tip, v) step (flow, PS_FLOW_RESULT, 0, id, label, tip, v)

static const char *const income_tax_tip =
  N_("With the household and the method chosen in the inputs");

/* The end of every flow: the sick pay of a realistic year, the net before
 * income tax, the income tax, the net. */
static void
finish_flow (PsStatusFlow         *flow,
             const PsStatusResult *r,
             double                income_tax,
             const char           *income_tax_label)
{
  ADD (flow, "sick_pay", N_("Sick pay received"),
       N_("Over a realistic year: the daily allowances and the employer’s complement, net of CSG-CRDS"),
       r->sick_pay_yearly);
  RESULT (flow, "net_before_tax", N_("Net before income tax"), NULL, r->net_before_tax_yearly);
  SUB (flow, "income_tax", income_tax_label, income_tax_tip, income_tax);
  RESULT (flow, "net", N_("Net after income tax"), NULL, r->net_after_tax_yearly);
}

static void
portage_flow (const PsComparison *c,
              PsStatusFlow       *flow)
{
  const PsStatusResult *r = &c->statuses[PS_STATUS_PORTAGE];
  const PsPortageResult *p = &c->portage;
  gboolean counted = !c->scenario.reserve_cash_only;
  double pocket = -MIN (0.0, p->envelope);   /* expenses beyond what the fee leaves */

  step (flow, PS_FLOW_START, 0, "revenue", N_("Revenue"), N_("What the client pays, excluding VAT"), r->revenue_yearly);
  SUB (flow, "fee", N_("Management fee"), N_("What the portage firm keeps"), r->costs_yearly);
  SUB (flow, "expenses", N_("Professional expenses (reimbursed to you)"),
       N_("Reimbursed on top of the salary, without contributions or income tax"),
       r->expenses_yearly - pocket * 12);
  SUB (flow, "unpaid", N_("Left on the activity account"), NULL, p->unpaid * 12);
  SUB (flow, "employer", N_("Employer contributions"),
       N_("Including those on the réserve, and the employer’s share of the mutuelle and prévoyance"),
       (p->employer_contributions + p->reserve_employer_contributions) * 12);
  SUB (flow, "reserve", N_("Réserve, set aside (gross)"),
       N_("Set aside every month and paid at the end of the mission"), p->reserve * 12);
  RESULT (flow, "gross", N_("Gross salary"), NULL, p->gross * 12);
  SUB (flow, "employee", N_("Employee contributions"),
       N_("Including the employee’s share of the mutuelle and prévoyance"), p->employee_contributions * 12);
  if ((counted && !NEGLIGIBLE (p->reserve_net * 12)) || !NEGLIGIBLE (pocket) || !NEGLIGIBLE (r->sick_pay_yearly))
    {
      RESULT (flow, "net_salary", N_("Net salary"), NULL, p->net_before_tax * 12);
      if (counted)
        ADD (flow, "reserve_net", N_("Réserve, net, when paid"),
             N_("The réserve less its employee contributions, counted in the year’s net"), p->reserve_net * 12);
      SUB (flow, "pocket", N_("Expenses beyond what the fee leaves"), N_("Paid from your pocket"), pocket * 12);
    }
  finish_flow (flow, r, r->income_tax_yearly, N_("Income tax"));
}

static void
cdi_flow (const PsComparison *c,
          PsStatusFlow       *flow)
{
  const PsStatusResult *r = &c->statuses[PS_STATUS_CDI];
  double employer = c->cdi.payslip.employer_contributions * 12;

  step (flow, PS_FLOW_START, 0, "revenue", N_("Employer cost"),
        N_("What the employer spends: the gross salary and the employer contributions"), r->revenue_yearly);
  SUB (flow, "employer", N_("Employer contributions"), NULL, employer);
  RESULT (flow, "gross", N_("Gross salary"), NULL, r->gross_yearly);
  SUB (flow, "employee", N_("Employee contributions"),
       N_("Including the employee’s share of the mutuelle and prévoyance"), r->contributions_yearly - employer);
  if (!NEGLIGIBLE (r->sick_pay_yearly))
    RESULT (flow, "net_salary", N_("Net salary"), NULL, r->gross_yearly - (r->contributions_yearly - employer));
  finish_flow (flow, r, r->income_tax_yearly, N_("Income tax"));
}

static void
micro_flow (const PsComparison *c,
            PsStatusFlow       *flow)
{
  const PsStatusResult *r = &c->statuses[PS_STATUS_MICRO];
  const PsMicroResult *m = &c->micro;
  double health = m->health.paid;
  /* the official method rounds the net to the euro, before and after the
   * income tax */
  double before = r->revenue_yearly - r->costs_yearly - r->expenses_yearly - r->contributions_yearly - health
                  + r->sick_pay_yearly;
  double after = r->net_before_tax_yearly - r->income_tax_yearly;

  step (flow, PS_FLOW_START, 0, "revenue", N_("Revenue"), N_("What the client pays, excluding VAT"), r->revenue_yearly);
  SUB (flow, "costs", N_("Running costs"), N_("Paid out of what you earn: the micro-entreprise deducts no real costs"),
       r->costs_yearly);
  SUB (flow, "expenses", N_("Professional expenses"),
       N_("Paid out of what you earn: the micro-entreprise deducts no real costs"), r->expenses_yearly);
  SUB (flow, "contributions", N_("Social contributions"), N_("A share of the revenue, with the CFP"),
       r->contributions_yearly);
  SUB (flow, "health", N_("Health cover and prévoyance (paid from the net)"), N_("Paid from the net: the budget set in the inputs"), health);
  step (flow, r->net_before_tax_yearly - before >= 0 ? PS_FLOW_ADD : PS_FLOW_SUBTRACT, 0, "rounding",
        N_("Rounded to the euro"), NULL, fabs (r->net_before_tax_yearly - before));
  ADD (flow, "sick_pay", N_("Sick pay received"),
       N_("Over a realistic year: the daily allowances, net of CSG-CRDS"), r->sick_pay_yearly);
  RESULT (flow, "net_before_tax", N_("Net before income tax"), NULL, r->net_before_tax_yearly);
  SUB (flow, "income_tax", c->micro_inputs.vl ? N_("Income tax (versement libératoire)") : N_("Income tax"),
       income_tax_tip, r->income_tax_yearly);
  step (flow, r->net_after_tax_yearly - after >= 0 ? PS_FLOW_ADD : PS_FLOW_SUBTRACT, 0, "rounding_after",
        N_("Rounded to the euro"), NULL, fabs (r->net_after_tax_yearly - after));
  RESULT (flow, "net", N_("Net after income tax"), NULL, r->net_after_tax_yearly);
}

static void
company_flow (const PsComparison *c,
              PsStatus            status,
              PsStatusFlow       *flow)
{
  const PsStatusResult *r = &c->statuses[status];
  const PsCompanyResult *k = status == PS_STATUS_SASU ? &c->sasu : &c->eurl;
  gboolean sasu = status == PS_STATUS_SASU;
  gboolean split = sasu || !c->scenario.eurl_ir;

  step (flow, PS_FLOW_START, 0, "revenue", N_("Revenue"), N_("What the client pays, excluding VAT"), r->revenue_yearly);
  SUB (flow, "costs", N_("Running costs"), N_("Accountant, bank, insurance…, paid by the business"), r->costs_yearly);
  SUB (flow, "expenses", N_("Professional expenses"), N_("Paid by the business, before the tax on its profit"),
       r->expenses_yearly);
  if (!split)
    {
      /* an EURL at the income tax: the profit is the gérant's */
      SUB (flow, "contributions", N_("Social contributions"), N_("The gérant’s TNS contributions on the profit"),
           k->contributions);
      SUB (flow, "health", N_("Health cover and prévoyance (paid from the net)"),
           N_("Paid from the net: the budget set in the inputs (Madelin-deductible)"), k->health.paid);
      finish_flow (flow, r, r->income_tax_yearly, N_("Income tax"));
      return;
    }

  if (!NEGLIGIBLE (k->pay))
    {
      SUB (flow, "pay", sasu ? N_("Salary, cost to the company") : N_("Gérant’s remuneration"), NULL, k->pay);
      if (sasu && k->gross > 0)
        {
          step (flow, PS_FLOW_SUBTRACT, 1, "employer", N_("Employer contributions"), NULL, k->pay - k->gross);
          step (flow, PS_FLOW_RESULT, 1, "gross", N_("Gross salary"), NULL, k->gross);
          step (flow, PS_FLOW_SUBTRACT, 1, "employee", N_("Employee contributions"), NULL, k->gross - k->net_pay);
          step (flow, PS_FLOW_RESULT, 1, "net_salary", N_("Net salary"), NULL, k->net_pay);
        }
      else
        {
          step (flow, PS_FLOW_SUBTRACT, 1, "contributions", N_("Social contributions"),
                N_("The gérant’s TNS contributions on the remuneration"), k->contributions);
          step (flow, PS_FLOW_RESULT, 1, "net_salary", sasu ? N_("Net salary") : N_("Net remuneration"), NULL,
                k->net_pay);
        }
    }
  RESULT (flow, "profit", N_("Company profit"), N_("Before the corporate tax"), k->profit);
  /* a loss: no IS, nothing to distribute; what it costs comes out of
   * the net */
  if (k->profit < 0 && k->dividends == 0)
    goto personal;
  SUB (flow, "is", N_("Corporate tax (IS)"), N_("Paid by the company on its profit"), k->corporate_tax);
  RESULT (flow, "dividends", N_("Dividends"), N_("The profit left after the corporate tax, distributed"), k->dividends);
  SUB (flow, "dividend_levies", sasu ? N_("Social levies on dividends") : N_("Contributions and levies on dividends"),
       sasu ? N_("The prélèvements sociaux (part of the PFU)")
            : N_("TNS contributions on the dividends above a tenth of the capital, prélèvements sociaux on the rest"),
       k->dividend_contributions);
  SUB (flow, "csm", N_("Cotisation subsidiaire maladie"), NULL, k->csm.amount);
personal:
  if (!NEGLIGIBLE (k->pay))
    ADD (flow, "net_pay", sasu ? N_("Net salary") : N_("Net remuneration"), NULL, k->net_pay);
  else
    /* no pay: the gérant's minimum contributions all the same */
    SUB (flow, "contributions", N_("Social contributions"),
         N_("The minimum contributions, due without any remuneration"), k->pay - k->net_pay);
  SUB (flow, "health", N_("Health cover and prévoyance (paid from the net)"),
       sasu ? N_("Paid from the net: the budget set in the inputs, less what the payslip pays")
            : N_("Paid from the net: the budget set in the inputs (Madelin-deductible)"),
       k->health.paid);
  ADD (flow, "sick_pay", N_("Sick pay received"),
       N_("Over a realistic year: the daily allowances, net of CSG-CRDS"), r->sick_pay_yearly);
  RESULT (flow, "net_before_tax", N_("Net before income tax"), NULL, r->net_before_tax_yearly);
  SUB (flow, "dividend_tax", k->dividends_at_scale ? N_("Income tax on dividends (scale)")
                                                   : N_("Income tax on dividends (PFU)"),
       NULL, k->dividend_income_tax);
  SUB (flow, "income_tax", N_("Income tax"), income_tax_tip, r->income_tax_yearly - k->dividend_income_tax);
  RESULT (flow, "net", N_("Net after income tax"), NULL, r->net_after_tax_yearly);
}

void
ps_status_flow (const PsComparison *c,
                PsStatus            status,
                PsStatusFlow       *out)
{
  g_return_if_fail (c != NULL && out != NULL);
  g_return_if_fail (status < PS_N_STATUSES);

  memset (out, 0, sizeof *out);
  out->status = status;
  switch (status)
    {
    case PS_STATUS_PORTAGE:
      portage_flow (c, out);
      break;
    case PS_STATUS_CDI:
      cdi_flow (c, out);
      break;
    case PS_STATUS_MICRO:
      micro_flow (c, out);
      break;
    case PS_STATUS_SASU:
    case PS_STATUS_EURL:
      company_flow (c, status, out);
      break;
    case PS_N_STATUSES:
    default:
      g_return_if_reached ();
    }
}

const PsFlowStep *
ps_status_flow_find (const PsStatusFlow *flow,
                     const char         *id)
{
  for (int i = 0; i < flow->n_steps; i++)
    if (g_strcmp0 (flow->steps[i].id, id) == 0)
      return &flow->steps[i];
  return NULL;
}

int
ps_flow_step_sign (const PsFlowStep *step)
{
  return step->kind == PS_FLOW_SUBTRACT ? -1 : step->kind == PS_FLOW_ADD ? 1 : 0;
}
