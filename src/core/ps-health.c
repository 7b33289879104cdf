/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-health"

#include "config.h"

#include <string.h>

#include "ps-health.h"
#include "ps-money.h"

double
ps_madelin_health_ceiling (const PsParams *p,
                           double          taxable_profit)
{
  double pass = p->pss_monthly * 12;
  double ceiling = p->madelin_health_profit_rate * MAX (0.0, taxable_profit) + p->madelin_health_pass_rate * pass;

  return ps_round_cents (MIN (ceiling, p->madelin_health_cap_rate * p->madelin_health_cap_pass * pass));
}

void
ps_health_compute (const PsParams *p,
                   double          budget,
                   double          payslip,
                   gboolean        madelin,
                   double          taxable_profit,
                   PsHealth       *out)
{
  memset (out, 0, sizeof *out);
  out->budget = MAX (0.0, ps_round_cents (budget));
  out->payslip = MIN (MAX (0.0, ps_round_cents (payslip)), out->budget);
  out->paid = out->budget - out->payslip;
  if (madelin)
    {
      out->ceiling = ps_madelin_health_ceiling (p, taxable_profit);
      out->deductible = MIN (out->paid, out->ceiling);
    }
}

double
ps_health_payslip_yearly (const PsPayslip *slip)
{
  double monthly = 0;

  for (int i = 0; i < slip->n_lines; i++)
    if (slip->lines[i].branch == PS_BRANCH_WELFARE)
      monthly += slip->lines[i].employee + slip->lines[i].employer;
  return ps_round_cents (monthly * 12);
}
