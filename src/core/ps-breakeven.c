/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-breakeven"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-breakeven.h"

typedef struct
{
  const PsParams *params;
  PsScenario      scenario;
  PsComparison   *c;
  PsStatus        a;
  int             b;       /* a status, or -1 for a fixed target */
  double          target;
} Probe;

/* net(a) − net(b) (or − target) per month at @tjm; NaN where one of them
 * cannot be used */
static double
difference (Probe  *probe,
            double  tjm)
{
  const PsStatusResult *a, *b;

  probe->scenario.tjm = tjm;
  /* against a target, only that status matters */
  if (probe->b < 0)
    ps_comparison_compute_status (probe->params, &probe->scenario, probe->a, probe->c);
  else
    ps_comparison_compute (probe->params, &probe->scenario, probe->c);
  a = &probe->c->statuses[probe->a];
  b = probe->b >= 0 ? &probe->c->statuses[probe->b] : NULL;
  if (!a->eligible || (b != NULL && !b->eligible))
    return NAN;
  return a->net_after_tax_monthly - (b != NULL ? b->net_after_tax_monthly : probe->target);
}

/* the scan's next day rate: €10 steps, then 2 % above €500 */
static double
next_tjm (double tjm)
{
  return tjm < 500 ? tjm + 10 : tjm * 1.02;
}

static gboolean
solve (Probe       *probe,
       PsBreakeven *out)
{
  double lo = PS_BREAKEVEN_MIN_TJM, d_lo = difference (probe, lo);

  memset (out, 0, sizeof *out);
  if (fabs (d_lo) <= 0.5)
    {
      out->tjm = lo;
      out->gap = fabs (d_lo);
      return TRUE;
    }

  /* Scan for the first change of sign between usable day rates, then
   * bisect inside it down to a cent of day rate: where the curves are
   * continuous this is where they are equal; where one jumps (a
   * threshold), it is the jump itself. */
  for (double hi = next_tjm (lo); hi <= PS_BREAKEVEN_MAX_TJM * 1.0001; lo = hi, hi = next_tjm (hi))
    {
      double d_hi = difference (probe, MIN (hi, PS_BREAKEVEN_MAX_TJM));

      if (isnan (d_hi) || isnan (d_lo))
        {
          d_lo = d_hi;
          continue;
        }
      if (fabs (d_hi) <= 0.005 || (d_hi > 0) != (d_lo > 0))
        {
          double a = lo, b = MIN (hi, PS_BREAKEVEN_MAX_TJM), da = d_lo;

          while (b - a > 0.005)
            {
              double m = (a + b) / 2, dm = difference (probe, m);

              if (isnan (dm))
                break;
              if (dm == 0)
                a = b = m;
              else if ((dm > 0) == (da > 0))
                a = m, da = dm;
              else
                b = m;
            }
          /* keep the side nearer to equality */
          {
            double fa = fabs (difference (probe, a)), fb = fabs (difference (probe, b));

            if (isnan (fb) || fa <= fb)
              out->tjm = a, out->gap = fa;
            else
              out->tjm = b, out->gap = fb;
          }
          out->jump = out->gap > 1.0;
          return TRUE;
        }
      d_lo = d_hi;
    }
  return FALSE;
}

gboolean
ps_breakeven_between (const PsParams   *params,
                      const PsScenario *scenario,
                      PsStatus          a,
                      PsStatus          b,
                      PsBreakeven      *out)
{
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  Probe probe = { params, *scenario, c, a, b, 0 };

  g_return_val_if_fail (a < PS_N_STATUSES && b < PS_N_STATUSES, FALSE);
  return solve (&probe, out);
}

double
ps_breakeven_lowest_usable (const PsParams   *params,
                            const PsScenario *scenario,
                            PsStatus          status)
{
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  PsScenario probe = *scenario;
  double unusable = 0, tjm, a, b;

  g_return_val_if_fail (status < PS_N_STATUSES, 0);
  for (tjm = PS_BREAKEVEN_MIN_TJM; tjm <= PS_BREAKEVEN_MAX_TJM; tjm = next_tjm (tjm))
    {
      probe.tjm = tjm;
      ps_comparison_compute (params, &probe, c);
      if (c->statuses[status].eligible)
        break;
      unusable = tjm;
    }
  if (tjm > PS_BREAKEVEN_MAX_TJM)
    return 0;
  if (unusable == 0)
    return tjm;
  /* where it becomes usable, to the cent */
  a = unusable, b = tjm;
  while (b - a > 0.005)
    {
      double m = (a + b) / 2;

      probe.tjm = m;
      ps_comparison_compute (params, &probe, c);
      if (c->statuses[status].eligible)
        b = m;
      else
        a = m;
    }
  return ceil (b * 100 - 1e-6) / 100;
}

/* net(a) − net(b) at @tjm, NaN where one can't be used */
static double
pair_difference (const PsParams   *params,
                 PsScenario       *probe,
                 PsComparison     *c,
                 PsStatus          a,
                 PsStatus          b,
                 double            tjm)
{
  probe->tjm = tjm;
  ps_comparison_compute (params, probe, c);
  if (!c->statuses[a].eligible || !c->statuses[b].eligible)
    return NAN;
  return c->statuses[a].net_after_tax_monthly - c->statuses[b].net_after_tax_monthly;
}

static int
by_tjm (gconstpointer a,
        gconstpointer b,
        gpointer      data)
{
  const PsCrossing *x = a, *y = b;

  return (x->tjm > y->tjm) - (x->tjm < y->tjm);
}

void
ps_breakeven_crossings (const PsParams   *params,
                        const PsScenario *scenario,
                        PsCrossings      *out)
{
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  g_autofree double *tjms = NULL;
  g_autofree double *nets = NULL;
  PsScenario probe = *scenario;
  int n = 0, cap = 512;

  memset (out, 0, sizeof *out);
  out->from = ps_breakeven_lowest_usable (params, scenario, PS_STATUS_PORTAGE);
  out->to = PS_BREAKEVEN_SEARCH_TO;
  out->portage_usable = out->from > 0;
  if (out->from <= 0 || out->from >= out->to)
    out->from = PS_BREAKEVEN_MIN_TJM;
  if (scenario->days_per_year > 0 && params->micro_threshold > 0)
    {
      double ceiling = params->micro_threshold / scenario->days_per_year;

      out->micro_ceiling_tjm = ceiling < out->to ? ceiling : 0;
    }

  /* one scan gives every pair: €5 steps, then 1 % above €500 */
  tjms = g_new (double, cap);
  nets = g_new (double, cap * PS_N_STATUSES);
  for (double t = out->from; n < cap; t = t < 500 ? t + 5 : t * 1.01)
    {
      tjms[n] = MIN (t, out->to);
      probe.tjm = tjms[n];
      ps_comparison_compute (params, &probe, c);
      for (int k = 0; k < PS_N_STATUSES; k++)
        nets[n * PS_N_STATUSES + k] = c->statuses[k].eligible ? c->statuses[k].net_after_tax_monthly : NAN;
      n++;
      if (t >= out->to)
        break;
    }

  for (int a = 0; a < PS_N_STATUSES; a++)
    for (int b = a + 1; b < PS_N_STATUSES; b++)
      for (int i = 1; i < n && out->n_crossings < PS_MAX_CROSSINGS; i++)
        {
          double d0 = nets[(i - 1) * PS_N_STATUSES + a] - nets[(i - 1) * PS_N_STATUSES + b];
          double d1 = nets[i * PS_N_STATUSES + a] - nets[i * PS_N_STATUSES + b];
          double lo = tjms[i - 1], hi = tjms[i], dlo = d0;
          PsCrossing *x;

          if (isnan (d0) || isnan (d1) || d0 == 0 || (d0 > 0) == (d1 > 0))
            continue;
          /* bisect to the cent of day rate */
          while (hi - lo > 0.005)
            {
              double m = (lo + hi) / 2, dm = pair_difference (params, &probe, c, a, b, m);

              if (isnan (dm))
                break;
              if ((dm > 0) == (dlo > 0) && dm != 0)
                lo = m, dlo = dm;
              else
                hi = m;
            }
          x = &out->crossings[out->n_crossings++];
          x->a = a;
          x->b = b;
          x->tjm = ceil (hi * 100 - 1e-6) / 100;
          x->above = d1 > 0 ? (PsStatus) a : (PsStatus) b;
          x->gap = fabs (pair_difference (params, &probe, c, a, b, x->tjm));
          if (isnan (x->gap))
            x->gap = fabs (pair_difference (params, &probe, c, a, b, hi));
          x->jump = x->gap > 1.0;
        }
  g_qsort_with_data (out->crossings, out->n_crossings, sizeof (PsCrossing), by_tjm, NULL);
}

gboolean
ps_breakeven_target (const PsParams   *params,
                     const PsScenario *scenario,
                     PsStatus          status,
                     double            target_monthly,
                     PsBreakeven      *out)
{
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  Probe probe = { params, *scenario, c, status, -1, target_monthly };
  double unusable = 0, tjm;

  g_return_val_if_fail (status < PS_N_STATUSES, FALSE);

  /* the lowest usable day rate: if its net already reaches the target,
   * that is the answer (there is no crossing to find above it) */
  for (tjm = PS_BREAKEVEN_MIN_TJM; tjm <= PS_BREAKEVEN_MAX_TJM; tjm = next_tjm (tjm))
    {
      if (!isnan (difference (&probe, tjm)))
        break;
      unusable = tjm;
    }
  if (tjm > PS_BREAKEVEN_MAX_TJM)
    {
      memset (out, 0, sizeof *out);
      return FALSE;
    }
  if (unusable > 0)
    {
      /* where it becomes usable, to the cent */
      double a = unusable, b = tjm;

      while (b - a > 0.005)
        {
          double m = (a + b) / 2;

          if (isnan (difference (&probe, m)))
            a = m;
          else
            b = m;
        }
      tjm = b;
    }
  {
    /* up to the cent: still usable */
    double lowest = ceil (tjm * 100 - 1e-6) / 100, d = difference (&probe, lowest);

    if (!isnan (d) && d >= 0)
      {
        memset (out, 0, sizeof *out);
        out->tjm = lowest;
        out->gap = d;
        out->at_lowest = TRUE;
        return TRUE;
      }
  }
  if (!solve (&probe, out))
    return FALSE;
  {
    /* A day rate is typed to the cent: the lowest cent at which the net
     * reaches the target (the bisection stops within half a cent, on
     * either side of it, and a cent of day rate moves the net by a few
     * cents a month). */
    double t = ceil (out->tjm * 100 - 1e-6) / 100, d = difference (&probe, t);

    for (int i = 0; i < 100 && !(d >= 0) && t + 0.01 <= PS_BREAKEVEN_MAX_TJM; i++)
      {
        t = round ((t + 0.01) * 100) / 100;
        d = difference (&probe, t);
      }
    for (int i = 0; i < 100 && t - 0.01 >= PS_BREAKEVEN_MIN_TJM; i++)
      {
        double below = difference (&probe, round ((t - 0.01) * 100) / 100);

        if (!(below >= 0))
          break;
        t = round ((t - 0.01) * 100) / 100;
        d = below;
      }
    if (!(d >= 0))
      return FALSE;
    out->tjm = t;
    out->gap = d;
    out->jump = d > 1.0;
  }
  return TRUE;
}

const char *
ps_breakeven_target_reason (const PsScenario *scenario,
                            PsStatus          status)
{
  g_return_val_if_fail (scenario != NULL, NULL);

  if (status == PS_STATUS_CDI && scenario->cdi_gross_yearly > 0)
    return N_("the CDI offer typed does not depend on the day rate");
  if (status == PS_STATUS_MICRO)
    return N_("out of reach below the micro-entreprise ceiling");
  return N_("out of reach below 100 000 € a day");
}
