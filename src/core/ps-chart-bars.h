/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ps-chart-scale.h"

G_BEGIN_DECLS

/* Grouped bars (the Years view: a group per year, a bar per status),
 * kept out of the widget like the rest of the chart's geometry. Pure. */

/* Bar @series of group @group, among @n_groups groups of @n_series bars
 * across @area: its left edge and width in pixels. The groups share the
 * width evenly, each leaving @gap (a fraction of its width, 0 to 0.9)
 * empty, half on each side; the bars of a group touch. */
void ps_chart_bar_slot  (const PsChartRect  *area,
                         int                 n_groups,
                         int                 n_series,
                         int                 group,
                         int                 series,
                         double              gap,
                         double             *out_x,
                         double             *out_width);

/* The bar of @value from zero on @scale's y axis (zero clamped into the
 * axis): its top and height in pixels, a negative value hanging below
 * the zero line. The height is never negative. */
void ps_chart_bar_span  (const PsChartScale *scale,
                         double              value,
                         double             *out_y,
                         double             *out_height);

/* The centre of group @group of @n_groups across @area (for its label). */
double ps_chart_group_center (const PsChartRect *area,
                              int                n_groups,
                              int                group);

G_END_DECLS
