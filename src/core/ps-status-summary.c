/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-status-summary"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-money.h"
#include "ps-status-summary.h"

char *
ps_format_line_rate (double fraction)
{
  double percent = fraction * 100;
  int decimals;
  g_autofree char *text = NULL;

  if (fraction == 0)
    return g_strdup ("");
  for (decimals = 2; decimals < 4; decimals++)
    if (fabs (ps_round_to (percent, decimals) - percent) < 1e-9)
      break;
  text = ps_format_percent (percent, decimals);
  /* a true minus, as the amounts beside it (ps_format_money_display) */
  if (text[0] == '-')
    return g_strconcat ("\u2212", text + 1, NULL);
  return g_steal_pointer (&text);
}

gboolean
ps_line_is_tax (const PsLine *line)
{
  static const char *const taxes[] = { "is", "dividend_tax", "micro_vl" };

  g_return_val_if_fail (line != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (taxes); i++)
    if (g_strcmp0 (line->id, taxes[i]) == 0)
      return TRUE;
  return FALSE;
}

void
ps_status_summary (const PsComparison *c,
                   PsStatus            status,
                   PsStatusSummary    *out)
{
  const PsStatusResult *r;
  const PsStatusResult *ref = &c->statuses[PS_STATUS_REFERENCE];

  g_return_if_fail (status < PS_N_STATUSES);
  r = &c->statuses[status];

  memset (out, 0, sizeof *out);
  out->status = status;
  out->best = c->has_best && c->best == status;
  out->eligible = c->statuses[status].eligible;
  out->unusable = c->statuses[status].unusable;
  out->reference_eligible = c->statuses[PS_STATUS_REFERENCE].eligible;
  out->reference = status == PS_STATUS_REFERENCE;
  out->revenue = r->revenue_yearly / 12;
  out->costs = r->costs_yearly / 12;
  out->expenses = r->expenses_yearly / 12;
  out->contributions = r->contributions_yearly / 12;
  out->gross = r->gross_yearly / 12;
  out->net_before_tax = r->net_before_tax_yearly / 12;
  out->income_tax = r->income_tax_yearly / 12;
  out->net_after_tax = r->net_after_tax_monthly;
  out->deferred = r->deferred_yearly / 12;
  out->health = r->health_yearly / 12;
  out->vs_reference = r->net_after_tax_monthly - ref->net_after_tax_monthly;
  out->net_after_tax_yearly = r->net_after_tax_yearly;
  out->vs_reference_yearly = r->net_after_tax_yearly - ref->net_after_tax_yearly;
  out->effective_rate = r->effective_rate;
  for (int i = 0; i < r->n_lines; i++)
    if (ps_line_is_tax (&r->lines[i]))
      out->taxes_total += r->lines[i].employee + r->lines[i].employer;
    /* the health budget's premiums are a line of their own: not a
     * contribution (out->health has them) */
    else if (g_strcmp0 (r->lines[i].id, "health_budget") != 0)
      {
        out->employee_total += r->lines[i].employee;
        out->employer_total += r->lines[i].employer;
      }

  /* an EURL at the income tax has no split: the profit is the gérant's */
  if (status == PS_STATUS_SASU || (status == PS_STATUS_EURL && !c->scenario.eurl_ir))
    {
      const PsCompanyResult *k = status == PS_STATUS_SASU ? &c->sasu : &c->eurl;
      double typed = status == PS_STATUS_SASU ? c->scenario.sasu_salary_yearly
                                              : c->scenario.eurl_remuneration_yearly;

      out->has_split = TRUE;
      out->split_typed = !k->optimised;
      /* the SASU's pay is a payslip's cost, to the cent of gross: a euro
       * of slack */
      out->pay_capped = out->split_typed && typed > k->pay + 1;
      out->pay_yearly = k->pay;
      out->dividends_yearly = k->dividends;
      out->pay = k->pay / 12;
      out->dividends = k->dividends / 12;
    }
}

double
ps_status_limit_tjm (const PsComparison *c,
                     PsStatus            status)
{
  if (status != PS_STATUS_MICRO || !(c->scenario.days_per_year > 0) || !(c->micro.threshold > 0))
    return NAN;
  return c->micro.threshold / c->scenario.days_per_year;
}
