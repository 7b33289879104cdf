/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-cashflow.h"

G_BEGIN_DECLS

/* The Years view's cash chart: the first year's cumulative cash month by
 * month per status (ps_cashflow_compute), as steps, a dot at the month
 * from which it stays positive; the company's account of the SASU and the
 * EURL at the IS dashed in the status's colour. A status that can't be
 * used is drawn thin and grey, without a dot. Geometry in
 * ps-chart-steps.c. */
#define PS_TYPE_CASH_CHART (ps_cash_chart_get_type ())

G_DECLARE_FINAL_TYPE (PsCashChart, ps_cash_chart, PS, CASH_CHART, GtkWidget)

GtkWidget *ps_cash_chart_new       (void);

/* @cf NULL: nothing to draw. @usable: whether each status can be used. */
void       ps_cash_chart_set_data  (PsCashChart      *self,
                                    const PsCashflow *cf,
                                    const gboolean    usable[PS_N_STATUSES]);

/* For tests: what is drawn: the cumulative of @month (0–11) of a status's
 * account (@company: the company's; NAN when it has none), and the month
 * of its dot (0: none). */
double     ps_cash_chart_get_value  (PsCashChart     *self,
                                     PsStatus         status,
                                     gboolean         company,
                                     int              month);
int        ps_cash_chart_get_marker (PsCashChart     *self,
                                     PsStatus         status,
                                     gboolean         company);

G_END_DECLS
