/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* Where a status's money goes, from what the client pays (CDI: what the
 * employer spends) down to the net after income tax: the segments of the
 * window's "where the money goes" bar, worked out here so that the widget
 * only draws. They add up to the revenue. */
typedef enum
{
  PS_MONEY_COSTS,           /* portage: the management fee; others: running costs */
  PS_MONEY_EXPENSES,        /* professional expenses (portage: reimbursed) */
  PS_MONEY_EMPLOYER,        /* employer contributions (payslips) */
  PS_MONEY_EMPLOYEE,        /* employee contributions; micro, EURL: the TNS's own */
  PS_MONEY_CORPORATE_TAX,   /* IS */
  PS_MONEY_DIVIDEND_LEVIES, /* social levies (or TNS contributions) on dividends, CSM */
  PS_MONEY_DIVIDEND_TAX,    /* the PFU's income-tax part, or the scale's */
  PS_MONEY_HEALTH,          /* health cover and prévoyance paid from the net */
  PS_MONEY_INCOME_TAX,      /* on the pay; micro: or the versement libératoire */
  PS_MONEY_UNPAID,          /* portage: the envelope left on the activity account */
  PS_MONEY_DEFERRED,        /* portage: the réserve, paid later (not counted in the net) */
  PS_MONEY_ROUNDING,        /* micro: the net rounded to the euro (official method) */
  PS_MONEY_NET,             /* net after income tax */
  PS_N_MONEY_KINDS
} PsMoneyKind;

typedef struct
{
  PsMoneyKind kind;
  double      yearly;       /* exact, € */
  double      monthly;      /* yearly / 12 */
  double      share;        /* of the total, a fraction; 0 without a total */
} PsMoneySegment;

typedef struct
{
  PsStatus       status;
  double         total_yearly;  /* the revenue (CDI: the employer cost), and a
                                 * realistic year's sick pay received */
  double         sick_pay_yearly; /* of which sick pay (net of CSG-CRDS) */
  double         total_monthly;
  gboolean       income_tax_is_vl; /* micro: the income tax is the versement libératoire */
  int            n_segments;    /* those not zero, in the order of PsMoneyKind */
  PsMoneySegment segments[PS_N_MONEY_KINDS];
} PsMoneySplit;

void        ps_money_split          (const PsComparison *comparison,
                                     PsStatus            status,
                                     PsMoneySplit       *out);
/* @split as the chart draws it: without the micro's rounding to the euro
 * when it is less than a euro a month (a sliver no one can see, a share
 * of "−0.0 %"); @split itself keeps it, and adds up. */
void        ps_money_split_shown    (const PsMoneySplit *split,
                                     PsMoneySplit       *out);
/* A segment's share of the total as the locale writes a percent, one
 * decimal, a true minus: "2,7 %", "−0,4 %". */
char       *ps_money_share_text     (const PsMoneySegment *segment);
/* Untranslated (N_) title of @split's total: "Revenue", or for the CDI
 * "Employer cost". */
const char *ps_money_total_label    (const PsMoneySplit *split);
/* "employer", "income_tax", … (JSON keys) */
const char *ps_money_kind_id        (PsMoneyKind         kind);
/* Untranslated (N_) label of a segment of @split: it depends on the
 * status ("Management fee" for portage, "Running costs" for the others). */
const char *ps_money_segment_label  (const PsMoneySplit *split,
                                     PsMoneyKind         kind);

G_END_DECLS
