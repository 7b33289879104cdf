/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-csm.h"
#include "ps-health.h"
#include "ps-income-tax.h"
#include "ps-payslip.h"
#include "ps-tns.h"

G_BEGIN_DECLS

/* A one-person company (SASU or EURL at the IS): the revenue pays the
 * costs and the manager's pay; the rest is profit, taxed at the IS, then
 * distributed as dividends. Yearly amounts. */
typedef struct
{
  double            revenue;           /* excl. VAT */
  double            costs;             /* running costs + professional expenses */
  double            pay;               /* SASU: employer cost of the salary;
                                          EURL: remuneration (net + contributions);
                                          < 0: the split that maximises the net */
  gboolean          ir;                /* EURL only: income-tax regime (no IS) */
  double            capital;           /* EURL: share capital (dividend threshold) */
  gboolean          dividends_bareme;  /* option for the scale instead of the PFU */
  gboolean          csm_exempt;        /* the household escapes the CSM (spouse's income…) */
  double            health_yearly;     /* health cover and prévoyance: SASU, what the
                                          payslip does not pay; EURL, Madelin-deductible */
  PsEmployerProfile profile;           /* SASU: the président's payslip profile */
  gboolean          acre;              /* the first year with the ACRE (ps-acre) */
  PsTaxSettings     tax;
} PsCompanyInputs;

typedef struct
{
  double    revenue;
  double    costs;
  double    pay;                       /* what the company spends on the manager's pay
                                          (EURL: the income before contributions) */
  double    gross;                     /* SASU: gross salary */
  double    contributions;             /* on the pay (both sides for SASU), after the ACRE */
  double    acre;                      /* the ACRE's exemption in them (the payslip and
                                          the TNS block are shown without it) */
  double    net_pay;                   /* net before income tax */
  double    unwithheld;                /* SASU: the employee contributions beyond the
                                          gross, which the company pays (in pay) */
  double    taxable_pay;               /* net taxable (before the 10 % deduction and
                                          the Madelin premiums, health.deductible) */
  double    profit;                    /* before IS */
  double    corporate_tax;
  double    dividends;                 /* distributed: profit − IS */
  double    dividend_contributions;    /* prélèvements sociaux, or TNS above 10 % of capital */
  double    dividend_income_tax;       /* PFU 12.8 %, or the scale's extra tax */
  gboolean  dividends_at_scale;        /* the scale was applied (not with a personal rate) */
  double    dividends_net;
  double    income_tax;                /* on the pay and, with the scale, the dividends */
  PsCsm     csm;                       /* cotisation subsidiaire maladie on the dividends */
  PsHealth  health;                    /* health cover and prévoyance paid from the net */
  double    net_after_tax;             /* net pay + net dividends − income tax on the pay − CSM
                                          − the health budget paid from the net */
  gboolean  optimised;
  PsPayslip payslip;                   /* SASU, one month */
  PsTns     tns;                       /* EURL, the year */
} PsCompanyResult;

void   ps_company_inputs_init (PsCompanyInputs       *inputs,
                               const PsParams        *params);
void   ps_sasu_compute        (const PsParams        *params,
                               const PsCompanyInputs *inputs,
                               PsCompanyResult       *out);
void   ps_eurl_compute        (const PsParams        *params,
                               const PsCompanyInputs *inputs,
                               PsCompanyResult       *out);

/* Net after tax as a function of the pay, from 0 to all the profit:
 * @n points in @pay and @net (either may be NULL). */
void   ps_company_curve       (const PsParams        *params,
                               const PsCompanyInputs *inputs,
                               gboolean               eurl,
                               int                    n,
                               double                *pay,
                               double                *net);

/* Corporate tax on a yearly profit (whole euros). */
double ps_corporate_tax       (const PsParams        *params,
                               double                 profit);

G_END_DECLS
