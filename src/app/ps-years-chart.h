/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-projection.h"

G_BEGIN_DECLS

/* The Years view's chart: the cumulative net after tax each status has
 * received at the end of each year, a group of bars per year; a status
 * that can't be used that year (the micro-entreprise once taxed au réel)
 * is a grey, dashed outline. Geometry in ps-chart-bars.c. */
#define PS_TYPE_YEARS_CHART (ps_years_chart_get_type ())

G_DECLARE_FINAL_TYPE (PsYearsChart, ps_years_chart, PS, YEARS_CHART, GtkWidget)

GtkWidget *ps_years_chart_new      (void);

/* Copies what it draws from @projection (NULL: nothing to draw). */
void       ps_years_chart_set_data (PsYearsChart       *self,
                                    const PsProjection *projection);

G_END_DECLS
