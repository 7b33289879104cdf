/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-projection.h"

G_BEGIN_DECLS

/* The Years view's chart: the cumulative net after tax each status has
 * received at the end of each year, a group of bars per year; a status
 * that can't be used that year (the micro-entreprise once taxed au réel)
 * is grey, in a dashed outline; a year it is only tolerated (above its
 * ceiling, two years running at most) is striped, each with its entry
 * in the legend. Geometry in ps-chart-bars.c. */
#define PS_TYPE_YEARS_CHART (ps_years_chart_get_type ())

G_DECLARE_FINAL_TYPE (PsYearsChart, ps_years_chart, PS, YEARS_CHART, GtkWidget)

typedef enum
{
  PS_YEARS_BAR_USABLE,
  PS_YEARS_BAR_TOLERATED,  /* kept above its ceiling: striped */
  PS_YEARS_BAR_UNUSABLE,   /* can't be used: grey, dashed outline */
} PsYearsBar;

GtkWidget *ps_years_chart_new      (void);

/* Copies what it draws from @projection (NULL: nothing to draw). */
void       ps_years_chart_set_data (PsYearsChart       *self,
                                    const PsProjection *projection);
/* How @status's bar of the @index-th year is drawn. */
PsYearsBar ps_years_chart_get_bar  (PsYearsChart       *self,
                                    PsStatus            status,
                                    int                 index);

G_END_DECLS
