/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "ps-chart-scale.h"
#include "ps-money.h"
#include "ps-test-utils.h"

static void
assert_ticks (const PsChartAxis *a,
              double             min,
              double             max,
              double             step)
{
  g_assert_cmpfloat_with_epsilon (a->min, min, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->max, max, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->step, step, 1e-9);
  g_assert_cmpint (a->n_ticks, ==, (int) round ((max - min) / step) + 1);
  for (int i = 0; i < a->n_ticks; i++)
    g_assert_cmpfloat_with_epsilon (a->ticks[i], min + i * step, 1e-9);
}

static void
test_nice (void)
{
  PsChartAxis a;

  ps_chart_axis_nice (250, 850, 7, &a);
  assert_ticks (&a, 200, 1000, 200);
  ps_chart_axis_nice (250, 850, 8, &a);
  assert_ticks (&a, 200, 900, 100);
  g_assert_cmpint (a.decimals, ==, 0);

  ps_chart_axis_nice (3127.4, 5981.2, 6, &a);
  assert_ticks (&a, 3000, 6000, 1000);

  ps_chart_axis_nice (0, 1, 5, &a);
  assert_ticks (&a, 0, 1, 0.25);
  g_assert_cmpint (a.decimals, ==, 2);

  ps_chart_axis_nice (-12, 7, 6, &a);
  assert_ticks (&a, -15, 10, 5);

  /* the ticks always cover the range and never exceed max_ticks */
  for (double lo = -1000; lo < 1000; lo += 77.7)
    for (double span = 0.01; span < 100000; span *= 3.3)
      for (int m = 3; m <= 10; m++)
        {
          ps_chart_axis_nice (lo, lo + span, m, &a);
          g_assert_cmpint (a.n_ticks, <=, m);
          g_assert_cmpint (a.n_ticks, >=, 2);
          g_assert_cmpfloat (a.min, <=, lo + 1e-9 * fabs (lo));
          g_assert_cmpfloat (a.max, >=, lo + span - 1e-9 * fabs (lo + span));
        }
}

static void
test_nice_degenerate (void)
{
  PsChartAxis a;

  /* one value: widened around it */
  ps_chart_axis_nice (4000, 4000, 6, &a);
  g_assert_cmpfloat (a.min, <, 4000);
  g_assert_cmpfloat (a.max, >, 4000);

  ps_chart_axis_nice (0, 0, 6, &a);
  g_assert_cmpfloat (a.min, <, 0);
  g_assert_cmpfloat (a.max, >, 0);

  /* reversed */
  ps_chart_axis_nice (10, 0, 3, &a);
  assert_ticks (&a, 0, 10, 5);

  /* fewer than 3 ticks asked: 3 */
  ps_chart_axis_nice (-1000, 500, 2, &a);
  g_assert_cmpint (a.n_ticks, ==, 3);
  g_assert_cmpfloat (a.min, <=, -1000);
  g_assert_cmpfloat (a.max, >=, 500);

  /* not a number */
  ps_chart_axis_nice (NAN, INFINITY, 3, &a);
  g_assert_cmpint (a.n_ticks, >=, 2);
  g_assert_true (isfinite (a.min) && isfinite (a.max));

  /* no "-0" tick */
  ps_chart_axis_nice (-1, 1, 3, &a);
  g_assert_false (signbit (a.ticks[1]));
}

static void
test_fixed (void)
{
  PsChartAxis a;

  /* 250 … 850: the ends stay, the ticks are the round values inside */
  ps_chart_axis_fixed (250, 850, 8, &a);
  g_assert_cmpfloat (a.min, ==, 250);
  g_assert_cmpfloat (a.max, ==, 850);
  g_assert_cmpint (a.n_ticks, ==, 6);
  g_assert_cmpfloat (a.ticks[0], ==, 300);
  g_assert_cmpfloat (a.ticks[5], ==, 800);
  g_assert_cmpfloat (a.step, ==, 100);

  for (double lo = 50; lo < 5000; lo += 133)
    for (int m = 2; m <= 10; m++)
      {
        ps_chart_axis_fixed (lo, lo * 3, m, &a);
        g_assert_cmpint (a.n_ticks, <=, MAX (m, 2));
        g_assert_cmpint (a.n_ticks, >=, 1);
        for (int i = 0; i < a.n_ticks; i++)
          {
            g_assert_cmpfloat (a.ticks[i], >=, lo - 1e-9);
            g_assert_cmpfloat (a.ticks[i], <=, lo * 3 + 1e-9);
            if (i > 0)
              g_assert_cmpfloat_with_epsilon (a.ticks[i] - a.ticks[i - 1], a.step, 1e-9 * a.step);
          }
      }

  /* empty: like a nice axis */
  ps_chart_axis_fixed (500, 500, 5, &a);
  g_assert_cmpfloat (a.min, <, 500);
  g_assert_cmpfloat (a.max, >, 500);
}

static void
test_value_range (void)
{
  const double v[] = { 3, NAN, -2, 8, INFINITY };
  double lo, hi;

  g_assert_true (ps_chart_value_range (v, G_N_ELEMENTS (v), &lo, &hi));
  g_assert_cmpfloat (lo, ==, -2);
  g_assert_cmpfloat (hi, ==, 8);
  g_assert_false (ps_chart_value_range (v + 1, 1, &lo, &hi));
  g_assert_false (ps_chart_value_range (v, 0, &lo, &hi));
}

static void
test_sweep_range (void)
{
  double from, to;

  ps_chart_sweep_range (550, &from, &to);
  g_assert_cmpfloat (from, ==, 250);
  g_assert_cmpfloat (to, ==, 850);
  ps_chart_sweep_range (1, &from, &to);
  g_assert_cmpfloat (from, ==, 50);
  g_assert_cmpfloat (to, ==, 150);
  ps_chart_sweep_range (NAN, &from, &to);
  g_assert_cmpfloat (from, ==, 50);
  g_assert_cmpfloat (to, ==, 150);
  for (double t = 1; t < 20000; t *= 1.37)
    {
      ps_chart_sweep_range (t, &from, &to);
      g_assert_cmpfloat (from, <=, MAX (t, 50));
      g_assert_cmpfloat (to, >=, t);
      g_assert_cmpfloat (to - from, >=, 100);
      g_assert_cmpfloat (fmod (from, 50), ==, 0);
      g_assert_cmpfloat (fmod (to, 50), ==, 0);
    }
}

static void
test_mapping (void)
{
  PsChartAxis x, y;
  PsChartRect area = { 40, 10, 600, 300 };
  PsChartScale s;

  ps_chart_axis_nice (200, 900, 8, &x);
  ps_chart_axis_nice (2000, 6000, 5, &y);
  ps_chart_scale_init (&s, &x, &y, &area);

  g_assert_cmpfloat_with_epsilon (ps_chart_scale_x (&s, x.min), 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_chart_scale_x (&s, x.max), 640, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_chart_scale_x (&s, (x.min + x.max) / 2), 340, 1e-9);
  /* y grows upwards on screen */
  g_assert_cmpfloat_with_epsilon (ps_chart_scale_y (&s, y.min), 310, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_chart_scale_y (&s, y.max), 10, 1e-9);
  g_assert_cmpfloat (ps_chart_scale_y (&s, 5000), <, ps_chart_scale_y (&s, 3000));

  for (double v = 200; v <= 900; v += 12.5)
    g_assert_cmpfloat_with_epsilon (ps_chart_scale_x_inverse (&s, ps_chart_scale_x (&s, v)), v, 1e-9);
  g_assert_true (ps_chart_scale_contains_x (&s, 550));
  g_assert_false (ps_chart_scale_contains_x (&s, 1000));

  /* an empty area or axis maps to its corner, never to NaN */
  area.width = 0;
  ps_chart_scale_init (&s, &x, &y, &area);
  g_assert_cmpfloat (ps_chart_scale_x_inverse (&s, 100), ==, x.min);
}

/* The mark of a limit (the micro ceiling's day rate): at its pixel, its
 * label on its right, or on its left near the right edge; none outside the
 * axis. */
static void
test_mark (void)
{
  PsChartAxis x, y;
  PsChartRect area = { 40, 10, 600, 300 };
  PsChartScale s;
  PsChartMark m;

  ps_chart_axis_fixed (250, 850, 8, &x);
  ps_chart_axis_nice (2000, 6000, 5, &y);
  ps_chart_scale_init (&s, &x, &y, &area);

  /* 418 €/day (83 600 € over 200 days): 40 + (418 − 250) / 600 × 600 */
  g_assert_true (ps_chart_place_mark (&s, 418, 120, 6, &m));
  g_assert_cmpfloat_with_epsilon (m.px, 208, 1e-9);
  g_assert_false (m.label_left);
  g_assert_cmpfloat_with_epsilon (m.label_x, 214, 1e-9);

  /* near the right edge (x 800 → 590 px): 590 + 6 + 120 > 640, so left */
  g_assert_true (ps_chart_place_mark (&s, 800, 120, 6, &m));
  g_assert_cmpfloat_with_epsilon (m.px, 590, 1e-9);
  g_assert_true (m.label_left);
  g_assert_cmpfloat_with_epsilon (m.label_x, 590 - 6 - 120, 1e-9);
  /* a label wider than the room on both sides stays in the area */
  g_assert_true (ps_chart_place_mark (&s, 800, 700, 6, &m));
  g_assert_cmpfloat (m.label_x, ==, 40);

  /* outside the axis, or no limit: no mark */
  g_assert_false (ps_chart_place_mark (&s, 900, 120, 6, &m));
  g_assert_false (ps_chart_place_mark (&s, 200, 120, 6, &m));
  g_assert_false (ps_chart_place_mark (&s, NAN, 120, 6, &m));
}

static void
test_series_end (void)
{
  /* two series, four points: the second stops after its second point */
  const double v[] = { 1, 10, 2, 20, 3, NAN, 4, NAN };
  const double none[] = { NAN, 1, NAN, 2 };

  g_assert_cmpint (ps_chart_series_end (v, 4, 2, 0), ==, 3);
  g_assert_cmpint (ps_chart_series_end (v, 4, 2, 1), ==, 1);
  g_assert_cmpint (ps_chart_series_end (none, 2, 2, 0), ==, -1);
  g_assert_cmpint (ps_chart_series_end (none, 2, 2, 1), ==, 1);
}

static void
test_samples (void)
{
  g_assert_cmpfloat (ps_chart_sample_x (200, 800, 7, 0), ==, 200);
  g_assert_cmpfloat (ps_chart_sample_x (200, 800, 7, 6), ==, 800);
  g_assert_cmpfloat (ps_chart_sample_x (200, 800, 7, 3), ==, 500);
  g_assert_cmpfloat (ps_chart_sample_x (200, 800, 1, 0), ==, 200);

  g_assert_cmpint (ps_chart_nearest_sample (200, 800, 7, 520), ==, 3);
  g_assert_cmpint (ps_chart_nearest_sample (200, 800, 7, 560), ==, 4);
  g_assert_cmpint (ps_chart_nearest_sample (200, 800, 7, -50), ==, 0);
  g_assert_cmpint (ps_chart_nearest_sample (200, 800, 7, 5000), ==, 6);
  g_assert_cmpint (ps_chart_nearest_sample (200, 800, 1, 500), ==, 0);
}

static void
test_crossings (void)
{
  /* 3 series over x = 0, 10, 20, 30, 40:
   * s0 rises 0 → 40, s1 is flat at 25, s2 = s0 − 5 never crosses s0 */
  double v[5 * 3];
  PsChartCrossing out[8];
  int n;

  for (int i = 0; i < 5; i++)
    {
      v[i * 3 + 0] = i * 10;
      v[i * 3 + 1] = 25;
      v[i * 3 + 2] = i * 10 - 5;
    }
  n = ps_chart_find_crossings (v, 5, 3, 0, 40, out, G_N_ELEMENTS (out));
  g_assert_cmpint (n, ==, 2);
  /* s0 meets s1 at x = 25, s1 meets s2 at x = 30 */
  g_assert_cmpint (out[0].a, ==, 0);
  g_assert_cmpint (out[0].b, ==, 1);
  g_assert_cmpfloat_with_epsilon (out[0].x, 25, 1e-9);
  g_assert_cmpfloat_with_epsilon (out[0].y, 25, 1e-9);
  g_assert_cmpint (out[1].a, ==, 1);
  g_assert_cmpint (out[1].b, ==, 2);
  g_assert_cmpfloat_with_epsilon (out[1].x, 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (out[1].y, 25, 1e-9);

  /* room for one: still counts both, keeps the first */
  n = ps_chart_find_crossings (v, 5, 3, 0, 40, out, 1);
  g_assert_cmpint (n, ==, 2);
  g_assert_cmpfloat_with_epsilon (out[0].x, 25, 1e-9);
  g_assert_cmpint (ps_chart_find_crossings (v, 5, 3, 0, 40, NULL, 0), ==, 2);
}

static void
test_crossings_touching (void)
{
  /* equal exactly on a sample, then passing: one crossing there;
   * touching and going back: none */
  const double pass[] = { 0, 10,  10, 10,  20, 10 };
  const double touch[] = { 0, 10,  10, 10,  0, 10 };
  const double flat[] = { 10, 10,  10, 10 };
  const double gap[] = { 0, 10,  NAN, 10,  20, 10 };
  PsChartCrossing out[4];

  g_assert_cmpint (ps_chart_find_crossings (pass, 3, 2, 100, 300, out, 4), ==, 1);
  g_assert_cmpfloat_with_epsilon (out[0].x, 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (out[0].y, 10, 1e-9);
  g_assert_cmpint (ps_chart_find_crossings (touch, 3, 2, 100, 300, out, 4), ==, 0);
  g_assert_cmpint (ps_chart_find_crossings (flat, 2, 2, 100, 300, out, 4), ==, 0);
  /* a missing value breaks the curve: no crossing across it */
  g_assert_cmpint (ps_chart_find_crossings (gap, 3, 2, 100, 300, out, 4), ==, 0);
  /* one series, or no points */
  g_assert_cmpint (ps_chart_find_crossings (pass, 6, 1, 0, 1, out, 4), ==, 0);
  g_assert_cmpint (ps_chart_find_crossings (pass, 0, 2, 0, 1, out, 4), ==, 0);
}

static void
test_stack_labels (void)
{
  /* 100 px wide labels at 50, 120, 300, 130: the 2nd and 4th overlap the 1st */
  const double centers[] = { 50, 120, 300, 130 };
  const double widths[] = { 100, 100, 100, 100 };
  int rows[4];

  g_assert_cmpint (ps_chart_stack_labels (centers, widths, 4, 4, rows), ==, 3);
  g_assert_cmpint (rows[0], ==, 0);
  g_assert_cmpint (rows[1], ==, 1);
  g_assert_cmpint (rows[3], ==, 2);
  g_assert_cmpint (rows[2], ==, 0);

  g_assert_cmpint (ps_chart_stack_labels (centers, widths, 0, 4, rows), ==, 0);
  g_assert_cmpint (ps_chart_stack_labels (centers, widths, 1, 4, rows), ==, 1);
  g_assert_cmpint (rows[0], ==, 0);
}

static void
test_format_euros (void)
{
  char *t;

  ps_test_set_locale ("C.UTF-8");
  t = ps_chart_format_euros (612.4);
  g_assert_cmpstr (t, ==, "612\u202f€");
  g_free (t);
  t = ps_chart_format_euros (-99.6);
  g_assert_cmpstr (t, ==, "-100\u202f€");
  g_free (t);

  if (!ps_test_set_locale ("fr_FR.UTF-8"))
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale is not installed (see README: locale-gen)");
      return;
    }
  t = ps_chart_format_euros (12345.67);
  g_assert_cmpstr (t, ==, "12\u202f346\u202f€");
  g_free (t);

  if (!ps_test_set_locale ("en_US.UTF-8"))
    {
      g_test_fail_printf ("the en_US.UTF-8 locale is not installed (see README: locale-gen)");
      return;
    }
  t = ps_chart_format_euros (12345.67);
  g_assert_cmpstr (t, ==, "€12,346");
  g_free (t);
  t = ps_chart_format_euros (1000);
  g_assert_cmpstr (t, ==, "€1,000");
  g_free (t);
  ps_test_set_locale ("C.UTF-8");
}

/* The values the net-vs-TJM chart writes along its axes, as ps-chart-view.c
 * formats them (ps_format_number with the axis' decimals): French groups
 * thousands with a narrow no-break space (CLDR fr: "8 000"), English with a
 * comma ("8,000"); the day rates under 1 000 stay ungrouped. */
static void
test_axis_labels (void)
{
  static const struct { const char *locale, *y[5], *x[2]; } cases[] = {
    { "fr_FR.UTF-8", { "0", "2\u202f000", "4\u202f000", "6\u202f000", "8\u202f000" }, { "800", "1\u202f200" } },
    { "en_US.UTF-8", { "0", "2,000", "4,000", "6,000", "8,000" }, { "800", "1,200" } },
  };

  for (gsize c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      PsChartAxis y, x;

      if (!ps_test_set_locale (cases[c].locale))
        {
          g_test_fail_printf ("the %s locale is not installed (see README: locale-gen)", cases[c].locale);
          return;
        }
      /* the monthly nets of the 550 € window chart: 1 800 to 7 700 € */
      ps_chart_axis_nice (1800, 7700, 6, &y);
      g_assert_cmpint (y.n_ticks, ==, 5);
      g_assert_cmpint (y.decimals, ==, 0);
      for (int i = 0; i < y.n_ticks; i++)
        {
          g_autofree char *t = ps_format_number (y.ticks[i], y.decimals);

          g_assert_cmpstr (t, ==, cases[c].y[i]);
        }
      ps_chart_axis_fixed (400, 1200, 3, &x);
      g_assert_cmpint (x.n_ticks, ==, 3);
      {
        g_autofree char *first = ps_format_number (x.ticks[1], x.decimals);
        g_autofree char *last = ps_format_number (x.ticks[2], x.decimals);

        g_assert_cmpstr (first, ==, cases[c].x[0]);
        g_assert_cmpstr (last, ==, cases[c].x[1]);
      }
    }
  ps_test_set_locale ("C.UTF-8");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/chart-scale/nice", test_nice);
  g_test_add_func ("/ps/chart-scale/nice-degenerate", test_nice_degenerate);
  g_test_add_func ("/ps/chart-scale/fixed", test_fixed);
  g_test_add_func ("/ps/chart-scale/value-range", test_value_range);
  g_test_add_func ("/ps/chart-scale/sweep-range", test_sweep_range);
  g_test_add_func ("/ps/chart-scale/mapping", test_mapping);
  g_test_add_func ("/ps/chart-scale/mark", test_mark);
  g_test_add_func ("/ps/chart-scale/series-end", test_series_end);
  g_test_add_func ("/ps/chart-scale/samples", test_samples);
  g_test_add_func ("/ps/chart-scale/crossings", test_crossings);
  g_test_add_func ("/ps/chart-scale/crossings-touching", test_crossings_touching);
  g_test_add_func ("/ps/chart-scale/stack-labels", test_stack_labels);
  g_test_add_func ("/ps/chart-scale/format-euros", test_format_euros);
  g_test_add_func ("/ps/chart-scale/axis-labels", test_axis_labels);
  return g_test_run ();
}
