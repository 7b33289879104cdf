/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* One status of a comparison as the window shows it: monthly figures and
 * the differences, worked out here so that widgets only format. */
typedef struct
{
  PsStatus status;
  gboolean best;               /* the highest net after tax */
  gboolean eligible;           /* usable at this revenue (the micro ceiling) */
  PsUnusable unusable;         /* why not */
  gboolean reference;          /* the status the others are compared with */
  gboolean reference_eligible; /* … and whether it can be used */
  /* per month */
  double   revenue;            /* billed (CDI: the employer cost) */
  double   costs;
  double   expenses;
  double   contributions;      /* both sides */
  double   gross;
  double   net_before_tax;
  double   income_tax;
  double   net_after_tax;
  double   deferred;           /* paid later (portage réserve) */
  double   health;             /* health cover and prévoyance: the payslip's, or
                                * the budget paid from the net */
  double   vs_reference;       /* net after tax − the reference's */
  /* per year */
  double   net_after_tax_yearly;
  double   vs_reference_yearly;
  /* the breakdown's totals, per month: the social contributions … */
  double   employee_total;
  double   employer_total;
  /* … and apart, the taxes among its lines (IS, the tax on dividends,
   * the versement libératoire), which are not contributions */
  double   taxes_total;
  double   effective_rate;     /* fraction of the revenue that is not kept */
  /* SASU and EURL at the IS: how the profit is shared, per year */
  gboolean has_split;
  gboolean split_typed;        /* the pay the user typed; FALSE: the best split */
  gboolean pay_capped;         /* what was typed is more than the company can pay */
  double   pay_yearly;         /* SASU: the salary's employer cost; EURL: the remuneration */
  double   dividends_yearly;   /* distributed, before their taxes */
  double   pay;                /* the same two per month, for the breakdown */
  double   dividends;
} PsStatusSummary;

/* The status every card is compared with: portage salarial. */
#define PS_STATUS_REFERENCE PS_STATUS_PORTAGE

void  ps_status_summary     (const PsComparison *comparison,
                            PsStatus            status,
                            PsStatusSummary    *out);

/* The day rate above which @status can't be used at the comparison's
 * days billed: micro's, its ceiling over the days (CGI art. 50-0 and 102
 * ter); NAN for the others, or without days. */
double ps_status_limit_tjm (const PsComparison *comparison,
                            PsStatus            status);

/* A line of the breakdown that is a tax (the company's IS, the PFU or the
 * scale on dividends, the micro's versement libératoire), not a social
 * contribution. */
gboolean ps_line_is_tax    (const PsLine       *line);

/* A rate of a breakdown line (a fraction) as the locale writes a percent,
 * with as many decimals as it has, 2 to 4: "6,90 %", "0,016 %", "−2,01 %"
 * (a true minus); "" for 0. */
char *ps_format_line_rate  (double              fraction);

G_END_DECLS
