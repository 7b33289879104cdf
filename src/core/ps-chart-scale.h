/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The chart's geometry, kept out of the widget: axis ranges, nice ticks,
 * data → pixel mapping, where curves cross, where labels go. No drawing
 * and no toolkit here; every function is pure. */

#define PS_CHART_MAX_TICKS 16

typedef struct
{
  double min;                        /* first tick */
  double max;                        /* last tick */
  double step;
  int    n_ticks;
  double ticks[PS_CHART_MAX_TICKS];
  int    decimals;                   /* decimals a tick label needs */
} PsChartAxis;

/* A rectangle in pixels, y pointing down. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} PsChartRect;

typedef struct
{
  PsChartAxis x_axis;
  PsChartAxis y_axis;
  PsChartRect area;                  /* the plot area */
} PsChartScale;

/* A point where series @a and @b (a < b) swap order. */
typedef struct
{
  double x;
  double y;
  int    a;
  int    b;
} PsChartCrossing;

/* Ticks at multiples of 1, 2, 2.5 or 5 × 10^k covering [@lo, @hi] with
 * at most @max_ticks ticks (taken as 3 if less: a range across zero needs
 * −x, 0, x). An empty range is widened, a reversed one swapped. */
void     ps_chart_axis_nice        (double              lo,
                                    double              hi,
                                    int                 max_ticks,
                                    PsChartAxis        *out);

/* An axis from exactly @lo to @hi, with ticks at the nice multiples inside
 * (at most @max_ticks of them): for a range the data fills, like the swept
 * day rates. */
void     ps_chart_axis_fixed       (double              lo,
                                    double              hi,
                                    int                 max_ticks,
                                    PsChartAxis        *out);

/* Smallest and largest finite value of @values[0 .. @n − 1]; FALSE if none. */
gboolean ps_chart_value_range      (const double       *values,
                                    int                 n,
                                    double             *out_min,
                                    double             *out_max);

/* The day rates a chart around @tjm sweeps: about half to one and a half
 * times it, on multiples of 50, at least 100 wide, never below 50. */
void     ps_chart_sweep_range      (double              tjm,
                                    double             *out_from,
                                    double             *out_to);

void     ps_chart_scale_init       (PsChartScale       *scale,
                                    const PsChartAxis  *x_axis,
                                    const PsChartAxis  *y_axis,
                                    const PsChartRect  *area);
double   ps_chart_scale_x          (const PsChartScale *scale,
                                    double              x);
double   ps_chart_scale_y          (const PsChartScale *scale,
                                    double              y);
/* Pixel → data (the pointer's position back to a day rate). */
double   ps_chart_scale_x_inverse  (const PsChartScale *scale,
                                    double              px);
gboolean ps_chart_scale_contains_x (const PsChartScale *scale,
                                    double              x);

/* The x of point @i of @n evenly spaced from @from to @to. */
double   ps_chart_sample_x         (double              from,
                                    double              to,
                                    int                 n,
                                    int                 i);

/* Index of the sample nearest to @x (clamped to 0 … @n − 1). */
int      ps_chart_nearest_sample   (double              from,
                                    double              to,
                                    int                 n,
                                    double              x);

/* Where the @n_series curves sampled at @n_points day rates evenly spaced
 * from @from to @to cross: @values[i * n_series + s] is series s at point
 * i. Crossings are interpolated linearly between samples; a curve touching
 * another without passing it is not a crossing. Fills up to @max_out,
 * ordered by x then by pair; returns how many were found (may exceed
 * @max_out). */
int      ps_chart_find_crossings   (const double       *values,
                                    int                 n_points,
                                    int                 n_series,
                                    double              from,
                                    double              to,
                                    PsChartCrossing    *out,
                                    int                 max_out);

/* Labels centred on @centers[i] (pixels, any order) with widths
 * @widths[i]: puts each in the lowest row (0, 1, …) where it keeps @gap
 * pixels from the labels already there; @out_rows[i] gets the row.
 * Returns the number of rows used. */
int      ps_chart_stack_labels     (const double       *centers,
                                    const double       *widths,
                                    int                 n,
                                    double              gap,
                                    int                *out_rows);

/* A labelled vertical mark at data @x (a limit, such as the micro
 * ceiling's day rate). */
typedef struct
{
  double px;          /* its pixel column */
  double label_x;     /* the left edge of its label */
  gboolean label_left;/* the label is on the mark's left (no room right) */
} PsChartMark;

/* Places the mark at @x and its label, @label_width pixels wide, @gap
 * pixels to its right, or to its left when it would leave the plot area
 * (and never left of the area). FALSE when @x is outside the x axis: no
 * mark then. */
gboolean ps_chart_place_mark       (const PsChartScale *scale,
                                    double              x,
                                    double              label_width,
                                    double              gap,
                                    PsChartMark        *out);

/* Where the curve of series @s stops: the index of its last finite sample
 * before its first gap (@n_points − 1 when it has none), −1 when its first
 * sample is not finite. @values as for ps_chart_find_crossings (). */
int      ps_chart_series_end       (const double       *values,
                                    int                 n_points,
                                    int                 n_series,
                                    int                 s);

/* @value rounded to the euro and formatted as the locale writes money,
 * without the cents: "1 235 €" (fr_FR), "€1,235" (en_US). For labels. */
char    *ps_chart_format_euros     (double              value);

G_END_DECLS
