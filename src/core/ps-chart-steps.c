/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "ps-chart-steps.h"

int
ps_chart_steps (const PsChartScale *scale,
                const double       *values,
                int                 n,
                double             *out_x,
                double             *out_y)
{
  int k = 0;

  g_return_val_if_fail (scale != NULL && out_x != NULL && out_y != NULL, 0);
  g_return_val_if_fail (n <= 0 || values != NULL, 0);

  for (int m = 0; m < n && isfinite (values[m]); m++)
    {
      double y = ps_chart_scale_y (scale, values[m]);

      out_x[k] = ps_chart_scale_x (scale, m);
      out_y[k++] = y;
      out_x[k] = ps_chart_scale_x (scale, m + 1);
      out_y[k++] = y;
    }
  return k;
}

gboolean
ps_chart_step_marker (const PsChartScale *scale,
                      const double       *values,
                      int                 n,
                      int                 month,
                      double             *out_x,
                      double             *out_y)
{
  g_return_val_if_fail (scale != NULL && out_x != NULL && out_y != NULL, FALSE);

  if (month < 1 || month > n || values == NULL || !isfinite (values[month - 1]))
    return FALSE;
  *out_x = ps_chart_scale_x (scale, month - 0.5);
  *out_y = ps_chart_scale_y (scale, values[month - 1]);
  return TRUE;
}
