/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-cash-view.h"
#include "ps-projection.h"
#include "ps-years-chart.h"

G_BEGIN_DECLS

/* The Years view: the years ahead of each status (ps_projection_compute),
 * for 1 to 5 years (3 by default, typed in the view): a chart of the
 * cumulative net after tax, who overtakes whom and when, and a table per
 * status and year (net, received, cumulative, quarters, points, pension).
 * A status that can't be used a year (the micro-entreprise taxed au réel)
 * says so. It recomputes on ps_years_view_update () and when its years
 * change. */
#define PS_TYPE_YEARS_VIEW (ps_years_view_get_type ())

G_DECLARE_FINAL_TYPE (PsYearsView, ps_years_view, PS, YEARS_VIEW, GtkWidget)

GtkWidget          *ps_years_view_new            (void);

/* Projects the scenario of @comparison (the window's one-year comparison)
 * from the date of @params with @rates (kept: @rates must outlive the
 * view's updates), and its first year month by month: at once when the
 * view is shown, else when it is next shown. */
void                ps_years_view_update         (PsYearsView        *self,
                                                  PsRates            *rates,
                                                  const PsParams     *params,
                                                  const PsComparison *comparison);

/* For tests: the projection shown (NULL before the first update), the
 * years row and its message while in error, the text under the chart,
 * a table cell (@column 0: the year, 1 net, 2 received, 3 cumulative,
 * 4 quarters, 5 points, 6 pension; NULL before the view is first shown)
 * and a status's note. */
const PsProjection *ps_years_view_get_projection (PsYearsView      *self);
GtkWidget          *ps_years_view_get_years_row  (PsYearsView      *self);
const char         *ps_years_view_get_error      (PsYearsView      *self);
const char         *ps_years_view_get_leaders    (PsYearsView      *self);
const char         *ps_years_view_get_cell       (PsYearsView      *self,
                                                  PsStatus          status,
                                                  int               year,
                                                  int               column);
const char         *ps_years_view_get_note       (PsYearsView      *self,
                                                  PsStatus          status);
/* Where the first year's cash goes, and the view of it there. */
GtkWidget          *ps_years_view_get_cash_slot  (PsYearsView      *self);
PsCashView         *ps_years_view_get_cash_view  (PsYearsView      *self);

G_END_DECLS
