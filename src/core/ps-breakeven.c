/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-breakeven"

#include "config.h"

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
  return solve (&probe, out);
}
