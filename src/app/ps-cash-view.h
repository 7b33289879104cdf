/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-cash-chart.h"
#include "ps-cashflow.h"

G_BEGIN_DECLS

/* The first year month by month, in the Years view: the inputs of the
 * cash (the clients' payment delay, portage's salary advance, the
 * micro-entreprise's quarterly declarations; the defaults of
 * `portage-cli cashflow`), the cash chart and, per status, the month
 * from which each account stays positive. From the window's one-year
 * comparison, with the ACRE when the user is eligible (as the projection
 * and the CLI); computed when shown, at once on each update then. */
#define PS_TYPE_CASH_VIEW (ps_cash_view_get_type ())

G_DECLARE_FINAL_TYPE (PsCashView, ps_cash_view, PS, CASH_VIEW, GtkWidget)

GtkWidget        *ps_cash_view_new            (void);

/* @params and @comparison are copied. */
void              ps_cash_view_update         (PsCashView         *self,
                                               const PsParams     *params,
                                               const PsComparison *comparison);

/* For tests: the cash shown (NULL before it is first computed), its
 * inputs, the comparison it comes from, the chart, the inputs' rows (the
 * payment delay's combo row: 0, 30, 45 or 60 days) and the text of the
 * month a status's account turns positive (@company: the company's). */
const PsCashflow *ps_cash_view_get_cashflow   (PsCashView         *self);
void              ps_cash_view_get_inputs     (PsCashView         *self,
                                               PsCashflowInputs   *out);
PsCashChart      *ps_cash_view_get_chart      (PsCashView         *self);
GtkWidget        *ps_cash_view_get_payment_row (PsCashView        *self);
GtkWidget        *ps_cash_view_get_advance_switch (PsCashView     *self);
GtkWidget        *ps_cash_view_get_quarterly_switch (PsCashView   *self);
const char       *ps_cash_view_get_positive_text (PsCashView      *self,
                                                  PsStatus         status,
                                                  gboolean         company);

G_END_DECLS
