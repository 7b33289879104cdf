/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-chart-scale.h"

G_BEGIN_DECLS

/* What the cash chart and the years chart share around their plots: the
 * legend at the top, left to right and wrapping; the value axis (its grid,
 * its values at the left, its unit above the plot); their small text. */

/* the margin around the chart */
#define PS_CHART_LEGEND_PAD 12.0

typedef struct
{
  const char *label;
  GdkRGBA     color;
  gboolean    dashed;  /* a dashed line in the text's colour, not a square */
  gboolean    hatched; /* a square striped in @color (ps_chart_legend_hatch) */
  gboolean    outline; /* a grey, dashed square outline (ps_chart_legend_outline) */
} PsChartLegendEntry;

/* The charts' text: smaller, with tabular figures. */
PangoLayout *ps_chart_legend_layout      (GtkWidget                *widget,
                                          const char               *text);
void         ps_chart_legend_set_color   (cairo_t                  *cr,
                                          const GdkRGBA            *color,
                                          double                    alpha);
/* A bar that is only tolerated: @color faint, striped with @color
 * diagonally, outlined in @color. */
void         ps_chart_legend_hatch       (cairo_t                  *cr,
                                          const GdkRGBA            *color,
                                          double                    x,
                                          double                    y,
                                          double                    width,
                                          double                    height);
/* A bar that can't be used: faint grey, a grey dashed outline (@fg, the
 * text's colour, made faint). */
void         ps_chart_legend_outline     (cairo_t                  *cr,
                                          const GdkRGBA            *fg,
                                          double                    x,
                                          double                    y,
                                          double                    width,
                                          double                    height);
/* Draws the legend (or, @draw FALSE, only measures it) across @width;
 * returns its height. */
double       ps_chart_legend_draw        (GtkWidget                *widget,
                                          cairo_t                  *cr,
                                          const GdkRGBA            *fg,
                                          double                    width,
                                          const PsChartLegendEntry *entries,
                                          int                       n_entries,
                                          gboolean                  draw);
/* The plot's top left corner under a legend @legend_height tall, with
 * @y_axis's values at its left and the unit above; @label_height: the
 * height of a line of the charts' text. */
void         ps_chart_legend_plot_origin (GtkWidget                *widget,
                                          double                    legend_height,
                                          const PsChartAxis        *y_axis,
                                          double                   *x,
                                          double                   *y,
                                          double                   *label_height);
/* The grid lines of @scale's value axis (the zero line at @zero_alpha),
 * their values at the left, and @unit above the plot. */
void         ps_chart_legend_draw_y_axis (GtkWidget                *widget,
                                          cairo_t                  *cr,
                                          const GdkRGBA            *fg,
                                          const PsChartScale       *scale,
                                          double                    zero_alpha,
                                          const char               *unit);

G_END_DECLS
