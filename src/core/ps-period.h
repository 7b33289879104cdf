/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-inputs.h"
#include "ps-payslip.h"
#include "ps-status-summary.h"

G_BEGIN_DECLS

/* The period the results are shown in: the engine works per year and
 * gives the month as a twelfth of it (ps-status-summary), so a yearly
 * figure is twelve months. Widgets ask here and only format. */
typedef enum
{
  PS_PERIOD_MONTH,
  PS_PERIOD_YEAR,
} PsPeriod;

#define PS_MONTHS_PER_YEAR 12

/* A monthly amount over @period. */
double      ps_period_amount    (PsPeriod    period,
                                 double      monthly);

/* A yearly amount over @period (a month is its twelfth). */
double      ps_period_of_yearly (PsPeriod    period,
                                 double      yearly);

/* @n monthly amounts over @period into @out (may be @monthly); NAN (a
 * status that can't be used there) stays NAN. */
void        ps_period_amounts   (PsPeriod      period,
                                 const double *monthly,
                                 double       *out,
                                 gsize         n);

/* @amount over @from, over @to (a year is twelve months). */
double      ps_period_convert   (PsPeriod    from,
                                 PsPeriod    to,
                                 double      amount);

/* The net wanted (target net → day rate) typed over @period: "5 000" a
 * month, or "60 000" a year, checked against the target's range over that
 * period; the monthly amount the engine asks for in @monthly. Messages
 * name the field as @shown. */
gboolean    ps_period_parse_target (PsPeriod     period,
                                    const char  *shown,
                                    const char  *text,
                                    double      *monthly,
                                    GError     **error);

/* "month", "year": the values of the settings key "results-period". */
const char *ps_period_id        (PsPeriod    period);
/* FALSE for an unknown @id (@out is then PS_PERIOD_MONTH). */
gboolean    ps_period_from_id   (const char *id,
                                 PsPeriod   *out);

/* @monthly's amounts over @period: the engine's own yearly figures where
 * it has them (the net, the difference, the split), twelve months for
 * the others; rates, flags and the effective rate unchanged. @out may be
 * @monthly. */
void        ps_period_summary   (PsPeriod               period,
                                 const PsStatusSummary *monthly,
                                 PsStatusSummary       *out);

/* A breakdown line (per month) over @period: its base and amounts; its
 * rates and strings unchanged. @out may be @line. */
void        ps_period_line      (PsPeriod      period,
                                 const PsLine *line,
                                 PsLine       *out);

G_END_DECLS
