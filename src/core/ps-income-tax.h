/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-rates.h"

G_BEGIN_DECLS

typedef enum
{
  PS_TAX_BAREME,   /* the progressive scale for the household */
  PS_TAX_NEUTRAL,  /* PAS taux neutre (non personnalisé) on the monthly taxable net */
  PS_TAX_RATE,     /* a personal PAS rate */
} PsTaxMethod;

typedef struct
{
  PsTaxMethod method;
  double      rate;    /* PS_TAX_RATE: fraction */
  double      parts;   /* PS_TAX_BAREME: quotient familial parts (1 = single) */
} PsTaxSettings;

void   ps_tax_settings_init          (PsTaxSettings  *settings);

/* Barème on a yearly net taxable income (after the 10 % deduction),
 * quotient familial capped, décote applied, plus the CEHR; not rounded. */
double ps_income_tax_bareme          (const PsParams *params,
                                      double          taxable_income,
                                      double          parts);

/* The 10 % deduction for professional expenses, within its bounds. */
double ps_income_tax_salary_deduction (const PsParams *params,
                                       double          yearly_taxable_salary);

/* PAS neutral rate (fraction) for a monthly taxable net. */
double ps_income_tax_neutral_rate    (const PsParams *params,
                                      double          monthly_taxable);

/* Yearly income tax on a salary whose monthly taxable net is
 * @monthly_taxable, with the chosen method; @out_rate gets the effective
 * rate (fraction) of the tax on the taxable net. */
double ps_income_tax_on_salary       (const PsParams      *params,
                                      const PsTaxSettings *settings,
                                      double               monthly_taxable,
                                      double              *out_rate);

G_END_DECLS
