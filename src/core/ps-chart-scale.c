/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-chart-scale"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "ps-chart-scale.h"
#include "ps-money.h"

static double
nice_step (double rough)
{
  static const double nice[] = { 1, 2, 2.5, 5, 10 };
  double magnitude = pow (10, floor (log10 (rough)));

  for (guint i = 0; i < G_N_ELEMENTS (nice); i++)
    if (nice[i] * magnitude >= rough * (1 - 1e-9))
      return nice[i] * magnitude;
  return 10 * magnitude;
}

static int
decimals_of (double step)
{
  int d = 0;

  /* 2.5 × 10^k needs one more decimal than 10^k */
  while (d < 6 && fabs (step * pow (10, d) - round (step * pow (10, d))) > 1e-6)
    d++;
  return d;
}

void
ps_chart_axis_nice (double       lo,
                    double       hi,
                    int          max_ticks,
                    PsChartAxis *out)
{
  double step;
  int n;

  g_return_if_fail (out != NULL);

  /* a range across zero needs 3 ticks at least (−x, 0, x) */
  max_ticks = CLAMP (max_ticks, 3, PS_CHART_MAX_TICKS);
  if (!isfinite (lo) || !isfinite (hi))
    lo = 0, hi = 1;
  if (lo > hi)
    {
      double t = lo;
      lo = hi;
      hi = t;
    }
  if (hi - lo < 1e-9 * MAX (1.0, fabs (hi)))
    {
      double pad = fabs (lo) > 0 ? fabs (lo) * 0.1 : 1;
      lo -= pad;
      hi += pad;
    }

  step = nice_step ((hi - lo) / (max_ticks - 1));
  for (int attempt = 0; attempt < 64; attempt++)
    {
      out->min = floor (lo / step + 1e-9) * step;
      out->max = ceil (hi / step - 1e-9) * step;
      n = (int) round ((out->max - out->min) / step) + 1;
      if (n <= max_ticks)
        break;
      step = nice_step (step * 1.01);
    }

  out->step = step;
  out->n_ticks = CLAMP (n, 2, PS_CHART_MAX_TICKS);
  n = out->n_ticks;
  for (int i = 0; i < n; i++)
    {
      out->ticks[i] = out->min + i * step;
      if (fabs (out->ticks[i]) < step * 1e-9)
        out->ticks[i] = 0; /* no "-0" label */
    }
  out->decimals = decimals_of (step);
}

void
ps_chart_axis_fixed (double       lo,
                     double       hi,
                     int          max_ticks,
                     PsChartAxis *out)
{
  PsChartAxis nice;
  int n = 0;

  g_return_if_fail (out != NULL);

  if (!isfinite (lo) || !isfinite (hi))
    lo = 0, hi = 1;
  if (lo > hi)
    {
      double t = lo;
      lo = hi;
      hi = t;
    }
  if (hi - lo < 1e-9 * MAX (1.0, fabs (hi)))
    {
      ps_chart_axis_nice (lo, hi, max_ticks, out);
      return;
    }

  /* ask for one or two more: the nice range's end ticks may fall outside */
  ps_chart_axis_nice (lo, hi, MIN (max_ticks + 2, PS_CHART_MAX_TICKS), &nice);
  for (int i = 0; i < nice.n_ticks; i++)
    if (nice.ticks[i] >= lo - 1e-9 * nice.step && nice.ticks[i] <= hi + 1e-9 * nice.step)
      out->ticks[n++] = nice.ticks[i];
  /* still too many: every other one */
  while (n > MAX (max_ticks, 2))
    {
      int k = 0;

      for (int i = 0; i < n; i += 2)
        out->ticks[k++] = out->ticks[i];
      n = k;
      nice.step *= 2;
    }
  out->min = lo;
  out->max = hi;
  out->step = nice.step;
  out->n_ticks = n;
  out->decimals = nice.decimals;
}

gboolean
ps_chart_value_range (const double *values,
                      int           n,
                      double       *out_min,
                      double       *out_max)
{
  gboolean any = FALSE;
  double lo = 0, hi = 0;

  for (int i = 0; i < n; i++)
    {
      if (!isfinite (values[i]))
        continue;
      if (!any || values[i] < lo)
        lo = values[i];
      if (!any || values[i] > hi)
        hi = values[i];
      any = TRUE;
    }
  *out_min = lo;
  *out_max = hi;
  return any;
}

void
ps_chart_sweep_range (double  tjm,
                      double *out_from,
                      double *out_to)
{
  double from, to;

  if (!isfinite (tjm) || tjm < 0)
    tjm = 0;
  from = MAX (50.0, floor (tjm * 0.5 / 50) * 50);
  to = ceil (tjm * 1.5 / 50) * 50;
  to = MAX (to, from + 100);
  *out_from = from;
  *out_to = to;
}

void
ps_chart_scale_init (PsChartScale      *scale,
                     const PsChartAxis *x_axis,
                     const PsChartAxis *y_axis,
                     const PsChartRect *area)
{
  scale->x_axis = *x_axis;
  scale->y_axis = *y_axis;
  scale->area = *area;
}

double
ps_chart_scale_x (const PsChartScale *s,
                  double              x)
{
  double span = s->x_axis.max - s->x_axis.min;

  if (span <= 0)
    return s->area.x;
  return s->area.x + (x - s->x_axis.min) / span * s->area.width;
}

double
ps_chart_scale_y (const PsChartScale *s,
                  double              y)
{
  double span = s->y_axis.max - s->y_axis.min;

  if (span <= 0)
    return s->area.y + s->area.height;
  return s->area.y + s->area.height - (y - s->y_axis.min) / span * s->area.height;
}

double
ps_chart_scale_x_inverse (const PsChartScale *s,
                          double              px)
{
  if (s->area.width <= 0)
    return s->x_axis.min;
  return s->x_axis.min + (px - s->area.x) / s->area.width * (s->x_axis.max - s->x_axis.min);
}

gboolean
ps_chart_scale_contains_x (const PsChartScale *s,
                           double              x)
{
  return x >= s->x_axis.min && x <= s->x_axis.max;
}

gboolean
ps_chart_place_mark (const PsChartScale *s,
                     double              x,
                     double              label_width,
                     double              gap,
                     PsChartMark        *out)
{
  double right = s->area.x + s->area.width;

  memset (out, 0, sizeof *out);
  if (!isfinite (x) || !ps_chart_scale_contains_x (s, x))
    return FALSE;
  out->px = ps_chart_scale_x (s, x);
  out->label_x = out->px + gap;
  if (out->label_x + label_width > right)
    {
      out->label_left = TRUE;
      out->label_x = MAX (s->area.x, out->px - gap - label_width);
    }
  return TRUE;
}

int
ps_chart_series_end (const double *values,
                     int           n_points,
                     int           n_series,
                     int           series)
{
  int end = -1;

  for (int i = 0; i < n_points && isfinite (values[i * n_series + series]); i++)
    end = i;
  return end;
}

double
ps_chart_sample_x (double from,
                   double to,
                   int    n,
                   int    i)
{
  /* the same formula as ps_comparison_sweep () */
  return n > 1 ? from + (to - from) * i / (n - 1) : from;
}

int
ps_chart_nearest_sample (double from,
                         double to,
                         int    n,
                         double x)
{
  if (n <= 1 || to == from)
    return 0;
  return CLAMP ((int) lround ((x - from) / (to - from) * (n - 1)), 0, n - 1);
}

static int
sign_of (double d)
{
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

typedef struct
{
  PsChartCrossing *out;
  int              max_out;
  int              n;
} Collector;

static void
collect (Collector             *c,
         const PsChartCrossing *x)
{
  int pos;

  /* keep them sorted by x, then by pair */
  if (c->n < c->max_out)
    {
      pos = c->n;
      while (pos > 0 && (c->out[pos - 1].x > x->x
                         || (c->out[pos - 1].x == x->x
                             && (c->out[pos - 1].a > x->a
                                 || (c->out[pos - 1].a == x->a && c->out[pos - 1].b > x->b)))))
        {
          c->out[pos] = c->out[pos - 1];
          pos--;
        }
      c->out[pos] = *x;
    }
  c->n++;
}

int
ps_chart_find_crossings (const double    *values,
                         int              n_points,
                         int              n_series,
                         double           from,
                         double           to,
                         PsChartCrossing *out,
                         int              max_out)
{
  Collector c = { out, out != NULL ? max_out : 0, 0 };

  for (int a = 0; a < n_series; a++)
    for (int b = a + 1; b < n_series; b++)
      {
        int last = -1;       /* last sample where the curves differ */
        int last_sign = 0;

        for (int i = 0; i < n_points; i++)
          {
            double va = values[i * n_series + a];
            double vb = values[i * n_series + b];
            int s;

            if (!isfinite (va) || !isfinite (vb))
              {
                last = -1, last_sign = 0;
                continue;
              }
            s = sign_of (va - vb);
            if (s == 0)
              continue;
            if (last_sign != 0 && s != last_sign)
              {
                PsChartCrossing x = { 0, 0, a, b };

                if (last == i - 1)
                  {
                    double d0 = values[last * n_series + a] - values[last * n_series + b];
                    double d1 = va - vb;
                    double t = d0 / (d0 - d1);
                    double x0 = ps_chart_sample_x (from, to, n_points, last);
                    double x1 = ps_chart_sample_x (from, to, n_points, i);
                    double a0 = values[last * n_series + a];

                    x.x = x0 + t * (x1 - x0);
                    x.y = a0 + t * (va - a0);
                  }
                else
                  {
                    /* equal on the samples in between: the first of them */
                    x.x = ps_chart_sample_x (from, to, n_points, last + 1);
                    x.y = values[(last + 1) * n_series + a];
                  }
                collect (&c, &x);
              }
            last = i;
            last_sign = s;
          }
      }
  return c.n;
}

int
ps_chart_stack_labels (const double *centers,
                       const double *widths,
                       int           n,
                       double        gap,
                       int          *out_rows)
{
  g_autofree int *order = g_new (int, MAX (n, 1));
  g_autofree double *row_right = g_new (double, MAX (n, 1));
  int n_rows = 0;

  for (int i = 0; i < n; i++)
    {
      int j = i;

      /* insertion sort of the indices by centre */
      while (j > 0 && centers[order[j - 1]] > centers[i])
        {
          order[j] = order[j - 1];
          j--;
        }
      order[j] = i;
    }

  for (int k = 0; k < n; k++)
    {
      int i = order[k];
      double left = centers[i] - widths[i] / 2;
      int row = 0;

      while (row < n_rows && row_right[row] + gap > left)
        row++;
      if (row == n_rows)
        n_rows++;
      row_right[row] = centers[i] + widths[i] / 2;
      out_rows[i] = row;
    }
  return n_rows;
}

char *
ps_chart_format_euros (double value)
{
  g_autofree char *text = NULL;
  g_autofree char *cents = NULL;
  const char *point = localeconv ()->mon_decimal_point;
  char *at, *found = NULL;

  if (!isfinite (value))
    return ps_format_money (value);
  text = ps_format_money (ps_round_euros (value));
  if (point == NULL || *point == '\0')
    point = ".";
  /* the amount is whole: drop its decimal point and "00" */
  cents = g_strconcat (point, "00", NULL);
  for (at = strstr (text, cents); at != NULL; at = strstr (at + 1, cents))
    found = at;
  if (found != NULL)
    memmove (found, found + strlen (cents), strlen (found + strlen (cents)) + 1);
  return g_steal_pointer (&text);
}
