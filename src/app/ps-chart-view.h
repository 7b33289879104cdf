/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-chart-scale.h"
#include "ps-period.h"

G_BEGIN_DECLS

/* Net after tax per month (or per year) against the day rate, one curve per status,
 * the current day rate marked and the break-even points labelled. All
 * the geometry comes from ps-chart-scale; this only draws. */
#define PS_TYPE_CHART_VIEW (ps_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (PsChartView, ps_chart_view, PS, CHART_VIEW, GtkWidget)

GtkWidget *ps_chart_view_new            (void);

/* @values[i * n_series + s]: series s at the day rate i of @n_points evenly
 * spaced from @from to @to (as ps_comparison_sweep () fills it);
 * @marker_values[s]: each series at @marker_x. Everything is copied. */
void       ps_chart_view_set_data       (PsChartView        *self,
                                         double              from,
                                         double              to,
                                         int                 n_points,
                                         int                 n_series,
                                         const double       *values,
                                         const char * const *names,
                                         double              marker_x,
                                         const double       *marker_values);

/* The curves, their marks and captions per month (the default) or per
 * year: ps_period_amounts () of the monthly values given. */
void       ps_chart_view_set_period     (PsChartView        *self,
                                         PsPeriod            period);
PsPeriod   ps_chart_view_get_period     (PsChartView        *self);
/* The y axis's caption ("€ per year, net after tax") */
const char *ps_chart_view_get_axis_caption (PsChartView     *self);
/* The values drawn (over the period): [i * n_series + s] */
const double *ps_chart_view_get_values  (PsChartView        *self,
                                         int                *n_points,
                                         int                *n_series);
/* The tooltip at sample @i: its day rate, then each status's net over the
 * period. */
char      *ps_chart_view_get_tooltip_text (PsChartView      *self,
                                         int                 i);

/* A limit of series @series at day rate @x (NAN: none): its curve stops
 * there; a dashed line in its colour and @label mark it. */
void       ps_chart_view_set_limit      (PsChartView        *self,
                                         int                 series,
                                         double              x,
                                         const char         *label);
/* The limit's day rate and label, as set (NAN, NULL: none) */
double     ps_chart_view_get_limit      (PsChartView        *self,
                                         const char        **label);
/* Where the curves cross, in data units (over the period). */
int        ps_chart_view_get_crossings  (PsChartView        *self,
                                         const PsChartCrossing **out);

/* The box of every text last drawn (labels, legend, axes), in the
 * widget's coordinates; FALSE before a drawing with text. */
gboolean   ps_chart_view_get_text_bounds (PsChartView       *self,
                                          graphene_rect_t   *out);

/* The colour of series @series, shared with the status cards. */
void       ps_chart_series_color        (int                 series,
                                         GdkRGBA            *out);

G_END_DECLS
