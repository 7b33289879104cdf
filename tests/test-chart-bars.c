/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The grouped bars of the Years view: pure geometry, checked by hand. */
#include "config.h"

#include "ps-chart-bars.h"

static void
test_slots (void)
{
  /* 3 groups of 5 bars over 600 px from x = 50: each group 200 px, a 20 %
   * gap (20 px each side), 160 px of bars, 32 px a bar */
  PsChartRect area = { 50, 10, 600, 300 };
  double x, w;

  ps_chart_bar_slot (&area, 3, 5, 0, 0, 0.2, &x, &w);
  g_assert_cmpfloat_with_epsilon (x, 70, 1e-9);
  g_assert_cmpfloat_with_epsilon (w, 32, 1e-9);
  ps_chart_bar_slot (&area, 3, 5, 2, 4, 0.2, &x, &w);
  g_assert_cmpfloat_with_epsilon (x, 50 + 400 + 20 + 4 * 32, 1e-9);
  /* the last bar ends where the group's gap begins */
  g_assert_cmpfloat_with_epsilon (x + w, 50 + 600 - 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_chart_group_center (&area, 3, 1), 350, 1e-9);

  /* degenerate counts are taken as 1; the gap is clamped */
  ps_chart_bar_slot (&area, 0, 0, 0, 0, 2, &x, &w);
  g_assert_cmpfloat_with_epsilon (w, 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (x, 50 + 270, 1e-9);
}

static void
test_spans (void)
{
  PsChartAxis xa, ya;
  PsChartRect area = { 0, 0, 100, 200 };
  PsChartScale scale;
  double y, h;

  ps_chart_axis_fixed (0, 1, 2, &xa);
  /* −50 000 to 150 000 over 200 px: 1 px = 1 000 €, zero at y = 150 */
  ps_chart_axis_fixed (-50000, 150000, 5, &ya);
  ps_chart_scale_init (&scale, &xa, &ya, &area);

  ps_chart_bar_span (&scale, 100000, &y, &h);
  g_assert_cmpfloat_with_epsilon (y, 50, 1e-9);
  g_assert_cmpfloat_with_epsilon (h, 100, 1e-9);
  /* below zero: hangs from the zero line */
  ps_chart_bar_span (&scale, -20000, &y, &h);
  g_assert_cmpfloat_with_epsilon (y, 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (h, 20, 1e-9);
  /* beyond the axis: clamped to it */
  ps_chart_bar_span (&scale, 400000, &y, &h);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (h, 150, 1e-9);

  /* an axis above zero: bars start at its bottom */
  ps_chart_axis_fixed (10000, 20000, 3, &ya);
  ps_chart_scale_init (&scale, &xa, &ya, &area);
  ps_chart_bar_span (&scale, 15000, &y, &h);
  g_assert_cmpfloat_with_epsilon (y, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (h, 100, 1e-9);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/chart-bars/slots", test_slots);
  g_test_add_func ("/ps/chart-bars/spans", test_spans);
  return g_test_run ();
}
