/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ps-chart-scale.h"

G_BEGIN_DECLS

/* Steps (the Years view's cash chart: the cumulative cash of each month,
 * held through the month), kept out of the widget like the rest of the
 * chart's geometry. Pure. The x axis of @scale counts months: month m
 * (0-based) runs from m to m + 1. */

/* The path of @values[0 .. @n − 1] as steps on @scale: the level of
 * month m from x = m to m + 1, then straight up or down to the next
 * month's. Writes 2 points a month to @out_x and @out_y (room for 2 × @n
 * each) and returns how many; the path stops before the first value that
 * is not finite. */
int      ps_chart_steps        (const PsChartScale *scale,
                                const double       *values,
                                int                 n,
                                double             *out_x,
                                double             *out_y);

/* The marker of month @month (1 to @n, as people count months) on the
 * steps of @values: the middle of that month's level. FALSE (no marker)
 * when @month is outside 1 … @n or its value is not finite. */
gboolean ps_chart_step_marker  (const PsChartScale *scale,
                                const double       *values,
                                int                 n,
                                int                 month,
                                double             *out_x,
                                double             *out_y);

G_END_DECLS
