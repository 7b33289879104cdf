/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"
#include "ps-rates.h"

G_BEGIN_DECLS

/* The first year month by month, per status (issue 14, DOMAIN §16): what
 * reaches the consultant's account each month, and, for the SASU and the
 * EURL at the IS, the company's. From the one-year comparison's figures,
 * put in the month they are paid:
 *   - the invoices of a month are paid @payment_days later (30 by
 *     default): the month billed plus ⌈days / 30⌉;
 *   - portage: the salary when the client has paid (or at the end of the
 *     month worked when the firm advances it), the income tax withheld
 *     (PAS); the réserve with the salary of the mission's last month;
 *   - CDI: the salary at the end of each month, less the PAS;
 *   - micro: the URSSAF contributions (and the versement libératoire) on
 *     the receipts of a month paid the month after, or of a quarter the
 *     month after the quarter, the first declaration at least 90 days
 *     after the start (monthly: the first four months paid in the fifth;
 *     quarterly: the first two quarters in the seventh); without the
 *     versement libératoire the
 *     income tax of a new business is paid the year after (no instalment
 *     before its first return);
 *   - SASU: the salary at the end of each month less the PAS; the
 *     company pays the contributions the month after (DSN), its costs
 *     each month; the corporate tax has no instalment the first year
 *     (the first ones fall in the second year, the balance in May of the
 *     year after), the dividends are voted and paid the year after, the
 *     CSM called the year after;
 *   - EURL: the remuneration each month; the TNS provisional
 *     contributions of the first year on the flat base (19 % of the
 *     PASS), called from the fourth month (none in the first 90 days),
 *     regularised the year after on the real income; the income tax of
 *     a new business the year after; at the IS as the SASU. At the income
 *     tax the business is the person's: one account.
 * Whatever falls after the twelfth month is said apart (still to
 * receive, still to pay): the twelve months plus those equal the one-year
 * comparison's net after tax (with the réserve). Month 1 is the first
 * month of activity; quarters are counted from it. */

#define PS_CASHFLOW_MONTHS 12

typedef struct
{
  double   payment_days;     /* the clients' payment delay, 0 to 120 */
  gboolean salary_advance;   /* portage: the firm pays before the client */
  gboolean micro_quarterly;  /* micro: quarterly declarations (monthly by default) */
  double   mission_months;   /* portage: the réserve is paid at each mission's end */
} PsCashflowInputs;

/* One month's flows of one account. */
typedef struct
{
  double inflow;          /* salary, invoices paid, dividends */
  double contributions;   /* social contributions paid */
  double income_tax;      /* withheld (PAS) or paid */
  double other;           /* expenses and running costs; the company's
                           * pay, corporate tax and dividends */
  double net;             /* inflow − the rest */
  double cumulative;      /* since the first month */
} PsCashMonth;

typedef struct
{
  PsCashMonth person[PS_CASHFLOW_MONTHS];
  PsCashMonth person_after;      /* after the twelfth month: inflow still to
                                  * receive, the rest still to pay */
  gboolean    has_company;       /* SASU, EURL at the IS */
  PsCashMonth company[PS_CASHFLOW_MONTHS];
  PsCashMonth company_after;
  int         person_positive;   /* first month (1–12) from which the
                                  * cumulative stays above zero; 0: none */
  int         company_positive;
  int         first_inflow;      /* first month (1–12) money comes in; 0: none */
  double      yearly;            /* the one-year figure the months add up to */
  gboolean    usable;            /* in the first year: as the comparison, but a
                                  * micro above its ceiling keeps its regime
                                  * the first two years (CGI art. 50-0, 102 ter) */
} PsCashflowStatus;

typedef struct
{
  int              lag_months;   /* ⌈payment_days / 30⌉ */
  PsCashflowStatus statuses[PS_N_STATUSES];
} PsCashflow;

void ps_cashflow_inputs_init (PsCashflowInputs       *inputs);

/* @c: the comparison of the first year (with the ACRE when eligible). */
void ps_cashflow_compute     (const PsParams         *params,
                              const PsComparison     *c,
                              const PsCashflowInputs *inputs,
                              PsCashflow             *out);

/* the TNS provisional contributions of the first year, on the flat base
 * of 19 % of the PASS (CSS art. D131-1; DOMAIN §9.3 (j), §16); the second
 * year's are recalculated on the first year's income (CSS art. L131-6-2) */
double ps_tns_first_years_provisional (const PsParams *params);

G_END_DECLS
