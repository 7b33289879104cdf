/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-income-tax"

#include "config.h"

#include <math.h>

#include "ps-income-tax.h"
#include "ps-money.h"

void
ps_tax_settings_init (PsTaxSettings *settings)
{
  settings->method = PS_TAX_BAREME;
  settings->rate = 0;
  settings->parts = 1;
}

static double
scale (const PsBracket *brackets,
       int              n,
       double           income)
{
  double tax = 0, lower = 0;

  for (int i = 0; i < n && income > lower; i++)
    {
      double upper = brackets[i].upper;

      tax += (MIN (income, upper) - lower) * brackets[i].rate;
      lower = upper;
    }
  return tax;
}

double
ps_income_tax_bareme (const PsParams *p,
                      double          income,
                      double          parts)
{
  gboolean couple = parts >= 2;
  double base_parts = couple ? 2 : 1;
  double with_parts, without, gross_tax, decote, tax, cehr;

  if (!(income > 0))
    return 0;
  parts = MAX (parts, 1);

  /* Quotient familial, its advantage capped per extra half-part. */
  with_parts = scale (p->ir_brackets, p->n_ir_brackets, income / parts) * parts;
  without = MAX (0.0, scale (p->ir_brackets, p->n_ir_brackets, income / base_parts) * base_parts
                      - p->qf_cap_half_part * (parts - base_parts) * 2);
  gross_tax = MAX (with_parts, without);

  decote = MAX (0.0, (couple ? p->decote_couple : p->decote_single) - p->decote_rate * gross_tax);
  tax = MAX (0.0, gross_tax - decote);

  /* Contribution exceptionnelle sur les hauts revenus */
  cehr = couple ? scale (p->cehr_couple, p->n_cehr_couple, income)
                : scale (p->cehr_single, p->n_cehr_single, income);
  return tax + cehr;
}

double
ps_income_tax_salary_deduction (const PsParams *p,
                                double          salary)
{
  return MAX (MIN (salary * p->deduction_rate, p->deduction_max), p->deduction_min);
}

double
ps_income_tax_neutral_rate (const PsParams *p,
                            double          monthly_taxable)
{
  for (int i = 0; i < p->n_pas_grid; i++)
    if (monthly_taxable < p->pas_grid[i].upper)
      return p->pas_grid[i].rate;
  return p->n_pas_grid > 0 ? p->pas_grid[p->n_pas_grid - 1].rate : 0;
}

double
ps_income_tax_on_salary (const PsParams      *p,
                         const PsTaxSettings *s,
                         double               monthly_taxable,
                         double              *out_rate)
{
  double yearly = monthly_taxable * 12, rate;

  switch (s->method)
    {
    case PS_TAX_NEUTRAL:
      rate = ps_income_tax_neutral_rate (p, monthly_taxable);
      break;
    case PS_TAX_RATE:
      rate = s->rate;
      break;
    case PS_TAX_BAREME:
    default:
      {
        double income = MAX (0.0, yearly - ps_income_tax_salary_deduction (p, yearly));
        rate = income > 0 ? ps_income_tax_bareme (p, income, s->parts) / yearly : 0;
      }
      break;
    }
  if (out_rate)
    *out_rate = rate;
  /* The official model applies the (effective) rate to the monthly taxable
   * net and rounds the yearly tax to the euro. */
  return ps_round_euros (rate * monthly_taxable * 12);
}
