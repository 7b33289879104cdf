/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-money-split"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-money.h"
#include "ps-money-split.h"

const char *
ps_money_kind_id (PsMoneyKind kind)
{
  static const char *const ids[PS_N_MONEY_KINDS] = {
    "costs", "expenses", "employer", "employee", "corporate_tax", "dividend_levies",
    "dividend_tax", "health", "income_tax", "unpaid", "deferred", "rounding", "net",
  };

  g_return_val_if_fail (kind < PS_N_MONEY_KINDS, NULL);
  return ids[kind];
}

const char *
ps_money_total_label (const PsMoneySplit *split)
{
  if (split->sick_pay_yearly > 0)
    return split->status == PS_STATUS_CDI ? N_("Employer cost and sick pay") : N_("Revenue and sick pay");
  return split->status == PS_STATUS_CDI ? N_("Employer cost") : N_("Revenue");
}

const char *
ps_money_segment_label (const PsMoneySplit *split,
                        PsMoneyKind         kind)
{
  gboolean self_employed = split->status == PS_STATUS_MICRO || split->status == PS_STATUS_EURL;

  switch (kind)
    {
    case PS_MONEY_COSTS:
      return split->status == PS_STATUS_PORTAGE ? N_("Management fee") : N_("Running costs");
    case PS_MONEY_EXPENSES:
      return split->status == PS_STATUS_PORTAGE ? N_("Professional expenses (reimbursed)")
                                                : N_("Professional expenses");
    case PS_MONEY_EMPLOYER:
      return N_("Employer contributions");
    case PS_MONEY_EMPLOYEE:
      return self_employed ? N_("Social contributions") : N_("Employee contributions");
    case PS_MONEY_CORPORATE_TAX:
      return N_("Corporate tax (IS)");
    case PS_MONEY_DIVIDEND_LEVIES:
      return N_("Levies on dividends (incl. CSM)");
    case PS_MONEY_DIVIDEND_TAX:
      return N_("Income tax on dividends");
    case PS_MONEY_HEALTH:
      return N_("Health cover paid from the net");
    case PS_MONEY_INCOME_TAX:
      return split->income_tax_is_vl ? N_("Income tax (versement libératoire)") : N_("Income tax");
    case PS_MONEY_UNPAID:
      return N_("Left on the activity account");
    case PS_MONEY_DEFERRED:
      return N_("Réserve, paid later");
    case PS_MONEY_ROUNDING:
      return N_("Net rounded to the euro");
    case PS_MONEY_NET:
      return N_("Net after income tax");
    case PS_N_MONEY_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

void
ps_money_split (const PsComparison *c,
                PsStatus            status,
                PsMoneySplit       *out)
{
  const PsStatusResult *r;
  double v[PS_N_MONEY_KINDS] = { 0 };

  g_return_if_fail (c != NULL && out != NULL);
  g_return_if_fail (status < PS_N_STATUSES);
  r = &c->statuses[status];

  memset (out, 0, sizeof *out);
  out->status = status;
  /* over a realistic year, the sick pay received comes on top of the
   * revenue: its income tax and its net are in the status's */
  out->sick_pay_yearly = r->sick_pay_yearly;
  out->total_yearly = r->revenue_yearly + r->sick_pay_yearly;
  out->total_monthly = out->total_yearly / 12;

  v[PS_MONEY_COSTS] = r->costs_yearly;
  v[PS_MONEY_EXPENSES] = r->expenses_yearly;
  v[PS_MONEY_NET] = r->net_after_tax_yearly;
  v[PS_MONEY_INCOME_TAX] = r->income_tax_yearly;

  switch (status)
    {
    case PS_STATUS_PORTAGE:
      {
        const PsPortageResult *p = &c->portage;

        v[PS_MONEY_EMPLOYER] = (p->employer_contributions + p->reserve_employer_contributions) * 12;
        v[PS_MONEY_EMPLOYEE] = r->contributions_yearly - v[PS_MONEY_EMPLOYER];
        v[PS_MONEY_UNPAID] = p->unpaid * 12;
        /* the réserve's net when it is not counted in the year's: its
         * gross waits, with its employer contributions paid */
        if (c->scenario.reserve_cash_only)
          v[PS_MONEY_DEFERRED] = p->reserve * 12;
        /* the expenses beyond what the fee leaves are paid from one's
         * pocket: a negative net (the status can't be used) */
        break;
      }
    case PS_STATUS_CDI:
      v[PS_MONEY_EMPLOYER] = c->cdi.payslip.employer_contributions * 12;
      v[PS_MONEY_EMPLOYEE] = r->contributions_yearly - v[PS_MONEY_EMPLOYER];
      break;
    case PS_STATUS_MICRO:
      v[PS_MONEY_EMPLOYEE] = r->contributions_yearly;
      v[PS_MONEY_HEALTH] = c->micro.health.paid;
      out->income_tax_is_vl = c->micro_inputs.vl;
      /* the official method rounds the micro's net to the euro */
      v[PS_MONEY_ROUNDING] = r->revenue_yearly - r->costs_yearly - r->expenses_yearly
                             - r->contributions_yearly - c->micro.health.paid
                             - r->income_tax_yearly - r->net_after_tax_yearly + r->sick_pay_yearly;
      break;
    case PS_STATUS_SASU:
    case PS_STATUS_EURL:
      {
        const PsCompanyResult *k = status == PS_STATUS_SASU ? &c->sasu : &c->eurl;

        /* the président's payslip, after the ACRE: what the company
         * pays on top of the gross (with the employee share a tiny
         * gross can't cover, which the SASU pays), and what is
         * withheld from the gross */
        if (status == PS_STATUS_SASU && k->gross > 0)
          {
            v[PS_MONEY_EMPLOYER] = k->pay - k->gross;
            v[PS_MONEY_EMPLOYEE] = k->gross - k->net_pay;
          }
        else
          v[PS_MONEY_EMPLOYEE] = k->contributions;
        v[PS_MONEY_CORPORATE_TAX] = k->corporate_tax;
        v[PS_MONEY_DIVIDEND_LEVIES] = k->dividend_contributions + k->csm.amount;
        v[PS_MONEY_DIVIDEND_TAX] = k->dividend_income_tax;
        v[PS_MONEY_INCOME_TAX] = k->income_tax + r->sick_pay_tax_yearly;
        v[PS_MONEY_HEALTH] = k->health.paid;
        break;
      }
    case PS_N_STATUSES:
    default:
      g_return_if_reached ();
    }

  /* what shows as 0,00 € a month is left out (a few cents of envelope
   * the gross solver leaves over a year) */
  for (int kind = 0; kind < PS_N_MONEY_KINDS; kind++)
    if (fabs (v[kind]) / 12 >= 0.005)
      {
        PsMoneySegment *seg = &out->segments[out->n_segments++];

        seg->kind = kind;
        seg->yearly = v[kind];
        seg->monthly = v[kind] / 12;
        seg->share = out->total_yearly > 0 ? v[kind] / out->total_yearly : 0;
      }
}

void
ps_money_split_shown (const PsMoneySplit *split,
                      PsMoneySplit       *out)
{
  g_return_if_fail (split != NULL && out != NULL && split != out);

  *out = *split;
  out->n_segments = 0;
  for (int i = 0; i < split->n_segments; i++)
    if (split->segments[i].kind != PS_MONEY_ROUNDING || fabs (split->segments[i].monthly) >= 1.0)
      out->segments[out->n_segments++] = split->segments[i];
}

char *
ps_money_share_text (const PsMoneySegment *segment)
{
  g_autofree char *text = ps_format_percent (segment->share * 100, 1);

  /* a true minus, as the amounts beside it (ps_format_money_display) */
  if (text[0] == '-')
    return g_strconcat ("\u2212", text + 1, NULL);
  return g_steal_pointer (&text);
}
