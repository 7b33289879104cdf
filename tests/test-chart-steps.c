/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The steps of the Years view's cash chart: pure geometry, checked by
 * hand. */
#include "config.h"

#include <math.h>

#include "ps-chart-steps.h"

/* three months over 300 px from x = 20, −100 to 200 € over 300 px from
 * y = 10: 100 px a month, 1 px a euro, zero at y = 210 */
static void
make_scale (PsChartScale *scale)
{
  PsChartAxis xa, ya;
  PsChartRect area = { 20, 10, 300, 300 };

  ps_chart_axis_fixed (0, 3, 4, &xa);
  ps_chart_axis_fixed (-100, 200, 4, &ya);
  ps_chart_scale_init (scale, &xa, &ya, &area);
}

static void
test_steps (void)
{
  PsChartScale scale;
  const double values[] = { -100, 50, 200 };
  const double ex[] = { 20, 120, 120, 220, 220, 320 };
  const double ey[] = { 310, 310, 160, 160, 10, 10 };
  double x[6], y[6];

  make_scale (&scale);
  g_assert_cmpint (ps_chart_steps (&scale, values, 3, x, y), ==, 6);
  for (int i = 0; i < 6; i++)
    {
      g_assert_cmpfloat_with_epsilon (x[i], ex[i], 1e-9);
      g_assert_cmpfloat_with_epsilon (y[i], ey[i], 1e-9);
    }

  /* a gap ends the path; nothing to draw, nothing written */
  {
    const double gap[] = { 0, NAN, 10 };

    g_assert_cmpint (ps_chart_steps (&scale, gap, 3, x, y), ==, 2);
    g_assert_cmpfloat_with_epsilon (y[0], 210, 1e-9);
    g_assert_cmpint (ps_chart_steps (&scale, values, 0, x, y), ==, 0);
  }
}

static void
test_marker (void)
{
  PsChartScale scale;
  const double values[] = { -100, 50, 200 };
  double x = -1, y = -1;

  make_scale (&scale);
  /* month 2 (the second level, 50 €): the middle of 120 … 220 */
  g_assert_true (ps_chart_step_marker (&scale, values, 3, 2, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, 170, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 160, 1e-9);
  g_assert_true (ps_chart_step_marker (&scale, values, 3, 3, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, 270, 1e-9);

  /* no month: no marker */
  g_assert_false (ps_chart_step_marker (&scale, values, 3, 0, &x, &y));
  g_assert_false (ps_chart_step_marker (&scale, values, 3, 4, &x, &y));
  {
    const double gap[] = { 0, NAN, 10 };

    g_assert_false (ps_chart_step_marker (&scale, gap, 3, 2, &x, &y));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-steps/steps", test_steps);
  g_test_add_func ("/chart-steps/marker", test_marker);
  return g_test_run ();
}
