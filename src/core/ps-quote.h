/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"
#include "ps-portage.h"

G_BEGIN_DECLS

/* The quote checker (issue 11): a portage firm's simulation or payslip for
 * a month — revenue, fee, extras, employer contributions, gross, employee
 * contributions, net before and after tax — recomputed from the same
 * revenue, fee and extras with the law, line by line; and what the law
 * doesn't explain. Amounts a month; NAN where the quote doesn't say. */

typedef enum
{
  PS_QUOTE_FEE,
  PS_QUOTE_EXTRAS,
  PS_QUOTE_EMPLOYER,        /* employer contributions */
  PS_QUOTE_GROSS,
  PS_QUOTE_EMPLOYEE,        /* employee contributions */
  PS_QUOTE_NET_BEFORE_TAX,
  PS_QUOTE_NET_AFTER_TAX,
  PS_N_QUOTE_LINES
} PsQuoteLine;

typedef struct
{
  double revenue;                    /* required */
  double lines[PS_N_QUOTE_LINES];    /* NAN: not in the quote */
} PsQuote;

typedef struct
{
  double ours[PS_N_QUOTE_LINES];     /* the same month from the same revenue, fee, extras */
  double gap[PS_N_QUOTE_LINES];      /* quote − ours; NAN where the quote is silent */
  /* on the quote's own gross: what the law asks */
  double legal_employer;             /* employer contributions of the quoted gross */
  double legal_employee;
  double legal_net_before_tax;
  double employer_excess;            /* quoted − legal employer contributions */
  double employee_excess;
  double reserve_expected;           /* the réserve and its contributions, a month */
  double unexplained;                /* revenue − fee − extras − employer − gross − réserve */
  double restitution_quoted;         /* net before tax / revenue */
  double restitution_ours;
  PsPortageResult portage;           /* ours */
} PsQuoteCheck;

void     ps_quote_init  (PsQuote               *quote);

/* @inputs: the scenario's portage (profile, contract, tax) at the quote's
 * revenue; the quote's fee and extras replace the model's when given. */
void     ps_quote_check (const PsParams        *params,
                         const PsPortageInputs *inputs,
                         const PsQuote         *quote,
                         PsQuoteCheck          *out);

/* Translated sentences on what the law doesn't explain (NULL-terminated):
 * employer or employee contributions above the legal amount for the gross,
 * revenue not accounted for, a net below the gross's. */
char   **ps_quote_findings (const PsQuote       *quote,
                            const PsQuoteCheck  *check);

G_END_DECLS
