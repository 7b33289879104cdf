/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-health.h"
#include "ps-income-tax.h"
#include "ps-payslip.h"
#include "ps-rates.h"

G_BEGIN_DECLS

typedef struct
{
  double        revenue_yearly;   /* chiffre d'affaires encaissé */
  gboolean      vl;               /* versement libératoire */
  gboolean      acre;             /* first-year reduced rate */
  double        health_yearly;    /* health cover and prévoyance, paid from the net */
  PsTaxSettings tax;
} PsMicroInputs;

typedef enum
{
  PS_MICRO_WARN_THRESHOLD     = 1 << 0,  /* above the micro ceiling */
  PS_MICRO_WARN_VAT           = 1 << 1,  /* above the VAT franchise */
  PS_MICRO_WARN_VAT_HIGH      = 1 << 2,  /* above the higher VAT franchise */
} PsMicroWarnings;

/* Yearly amounts. */
typedef struct
{
  double revenue;
  double social_rate;            /* fraction applied (ACRE included) */
  double social;                 /* cotisations sociales */
  double cfp;
  double contributions;          /* social + CFP */
  double net_before_tax;         /* after the health budget */
  double taxable_income;         /* after the 34 % abatement; 0 with VL */
  double income_tax;
  double net_after_tax;
  PsHealth health;               /* not deductible: the abatement stands for every cost */
  double vl_rfr_limit;           /* VL condition: RFR N-2 per part */
  double threshold;              /* the micro ceiling */
  double vat_franchise;
  double vat_franchise_high;
  guint  warnings;
  PsLine lines[4];
  int    n_lines;
} PsMicroResult;

void   ps_micro_compute            (const PsParams      *params,
                                    const PsMicroInputs *inputs,
                                    PsMicroResult       *out);
char **ps_micro_warning_messages   (const PsMicroResult *result);

G_END_DECLS
