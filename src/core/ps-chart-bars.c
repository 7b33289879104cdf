/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-chart-bars"

#include "config.h"

#include "ps-chart-bars.h"

void
ps_chart_bar_slot (const PsChartRect *area,
                   int                n_groups,
                   int                n_series,
                   int                group,
                   int                series,
                   double             gap,
                   double            *out_x,
                   double            *out_width)
{
  double group_width, bars;

  n_groups = MAX (1, n_groups);
  n_series = MAX (1, n_series);
  gap = CLAMP (gap, 0.0, 0.9);
  group_width = area->width / n_groups;
  bars = group_width * (1 - gap);
  *out_width = bars / n_series;
  *out_x = area->x + group * group_width + group_width * gap / 2 + series * *out_width;
}

void
ps_chart_bar_span (const PsChartScale *scale,
                   double              value,
                   double             *out_y,
                   double             *out_height)
{
  double zero = CLAMP (0.0, scale->y_axis.min, scale->y_axis.max);
  double y0 = ps_chart_scale_y (scale, zero);
  double y1 = ps_chart_scale_y (scale, CLAMP (value, scale->y_axis.min, scale->y_axis.max));

  *out_y = MIN (y0, y1);
  *out_height = ABS (y1 - y0);
}

double
ps_chart_group_center (const PsChartRect *area,
                       int                n_groups,
                       int                group)
{
  n_groups = MAX (1, n_groups);
  return area->x + (group + 0.5) * area->width / n_groups;
}
