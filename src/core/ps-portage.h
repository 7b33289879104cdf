/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-income-tax.h"
#include "ps-payslip.h"
#include "ps-rates.h"

G_BEGIN_DECLS

/* the highest day rate a user can type (ps-inputs) */
#define PS_PORTAGE_MAX_TJM 100000.0

typedef enum
{
  PS_FEE_PERCENT_REVENUE,          /* % of revenue excl. VAT */
  PS_FEE_PERCENT_NET_OF_EXPENSES,  /* % of (revenue − reimbursed expenses) */
  PS_FEE_FLAT,                     /* € per month */
} PsFeeModel;

/* A fee by bands of monthly revenue (an offer's tiered fee): either each
 * band at its rate (marginal), or the whole revenue at the rate of the
 * band it reaches (whole). */
#define PS_MAX_FEE_BANDS 8

typedef struct
{
  int      n_bands;
  double   upto[PS_MAX_FEE_BANDS];   /* € of monthly revenue; the last: G_MAXDOUBLE */
  double   rate[PS_MAX_FEE_BANDS];   /* fraction */
  gboolean marginal;
} PsFeeBands;

typedef struct
{
  double            tjm;               /* € excl. VAT per day */
  double            days_per_month;    /* billed days (a yearly figure / 12) */
  PsFeeModel        fee_model;
  double            fee_rate;          /* fraction, percent models */
  double            fee_cap_monthly;   /* €; 0 = no cap (percent models) */
  double            fee_flat_monthly;  /* €, flat model */
  double            expenses_monthly;  /* reimbursed professional expenses */
  /* an offer's terms (all 0 / NULL: the simple models above) */
  const PsFeeBands *bands;             /* replaces the percent models */
  double            fee_floor_monthly; /* a percent or tiered fee's minimum */
  double            extras_monthly;    /* charges on top of the fee (insurance…) */
  double            advance_cost_monthly; /* what advancing the salary costs */
  gboolean          reserve;           /* CDI réserve financière (10 % of base) */
  gboolean          cdd;               /* a CDD: the 10 % end-of-contract indemnity
                                        * on the whole gross instead (with @reserve) */
  PsLevel           level;             /* convention level for the minimum */
  PsEmployerProfile profile;
  PsTaxSettings     tax;
} PsPortageInputs;

typedef enum
{
  PS_PORTAGE_WARN_NO_ENVELOPE   = 1 << 0,  /* fees + expenses eat the revenue */
  PS_PORTAGE_WARN_BELOW_MINIMUM = 1 << 1,  /* gross below the convention minimum */
  PS_PORTAGE_WARN_EXPENSES_CAP  = 1 << 2,  /* expenses above the usual cap */
  PS_PORTAGE_WARN_UNPAID        = 1 << 3,  /* part of the envelope can't be paid (RGDU cliff) */
  PS_PORTAGE_WARN_EXPENSES_ABOVE_REVENUE = 1 << 4,  /* expenses beyond what the fee leaves */
} PsPortageWarnings;

/* All amounts are per month. */
typedef struct
{
  double    revenue;
  double    fees;                  /* the fee, the extras and the advance's cost */
  double    available;             /* revenue − fees (CCN "montant disponible") */
  double    expenses;
  double    envelope;              /* available − expenses: the employer-cost budget */
  double    gross;                 /* paid this month */
  double    base;
  double    iaa;
  double    paid_leave;
  double    employee_contributions;
  double    employer_contributions;
  double    employer_cost;         /* gross + employer contributions */
  double    reserve;               /* deferred pay (réserve financière, or the
                                    * CDD's end-of-contract indemnity), gross */
  double    reserve_employer_contributions;
  /* the réserve when it is paid (at the end of the mission), as salary:
   * its employee contributions at the pay's rate, and the income tax it
   * adds (the yearly tax with it, less the tax without it, / 12) */
  double    reserve_employee_contributions;
  double    reserve_net;           /* reserve − its employee contributions */
  double    reserve_taxable;       /* its share of the taxable net */
  double    reserve_income_tax;
  double    reserve_net_after_tax; /* what it leaves once paid */
  double    unpaid;                /* envelope left over (cents, or the RGDU gap) */
  double    net_before_tax;
  double    taxable_net;
  double    income_tax;            /* yearly tax / 12 */
  double    tax_rate;
  double    net_after_tax;
  double    expenses_reimbursed;   /* the expenses, within what the fee leaves */
  double    take_home;             /* net after tax + reimbursed expenses */
  double    minimum_gross;         /* convention minimum for the days billed */
  double    minimum_tjm;           /* TJM at which the minimum is met (if below) */
  double    expenses_cap_rate;     /* usual cap of expenses, fraction of gross */
  guint     warnings;              /* PsPortageWarnings */
  PsPayslip payslip;
} PsPortageResult;

void   ps_portage_inputs_init (PsPortageInputs       *inputs,
                               const PsParams        *params);

/* The fee alone (without the extras), for @revenue a month. */
double ps_portage_fee         (const PsPortageInputs *inputs,
                               double                 revenue);
void   ps_portage_compute     (const PsParams        *params,
                               const PsPortageInputs *inputs,
                               PsPortageResult       *out);

/* Translated text of each warning set in @result (NULL-terminated). */
char **ps_portage_warning_messages (const PsPortageResult *result,
                                    const PsPortageInputs *inputs);

/* CDI (employee of an ESN or of any employer) */
typedef struct
{
  double    gross_yearly;
  double    employer_cost_yearly;
  double    net_before_tax_yearly;
  double    income_tax_yearly;
  double    net_after_tax_yearly;
  double    tax_rate;
  PsPayslip payslip;   /* one month */
} PsCdiResult;

void   ps_cdi_compute         (const PsParams          *params,
                               const PsEmployerProfile *profile,
                               const PsTaxSettings     *tax,
                               double                   gross_yearly,
                               PsCdiResult             *out);

/* The yearly gross an ESN billing @tjm × @days_per_year at a gross margin
 * of @margin_rate of the billing can pay (employer cost = billing × (1 − m)),
 * and never less than the floor (ps_cdi_floor_monthly × 12). */
double ps_cdi_esn_gross_yearly (const PsParams          *params,
                                const PsEmployerProfile *profile,
                                double                   tjm,
                                double                   days_per_year,
                                double                   margin_rate);

/* The lowest gross a CDI pays per month: for a cadre the Syntec minimum
 * of the lowest cadre position (rates: cdi_floor_cadre_monthly), else the
 * monthly SMIC. */
double ps_cdi_floor_monthly     (const PsParams          *params,
                                 const PsEmployerProfile *profile);

G_END_DECLS
