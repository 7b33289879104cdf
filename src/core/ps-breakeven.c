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

/* net(a) − net(b) (or − target) per month at @tjm */
static double
difference (Probe  *probe,
            double  tjm)
{
  probe->scenario.tjm = tjm;
  ps_comparison_compute (probe->params, &probe->scenario, probe->c);
  return probe->c->statuses[probe->a].net_after_tax_monthly
         - (probe->b >= 0 ? probe->c->statuses[probe->b].net_after_tax_monthly : probe->target);
}

static gboolean
solve (Probe       *probe,
       PsBreakeven *out)
{
  const double step = 10.0;
  double lo = PS_BREAKEVEN_MIN_TJM, d_lo = difference (probe, lo);

  memset (out, 0, sizeof *out);
  if (fabs (d_lo) <= 0.5)
    {
      out->tjm = lo;
      out->gap = fabs (d_lo);
      return TRUE;
    }

  /* Scan for the first change of sign, then bisect inside it down to a
   * cent of day rate: where the curves are continuous this is where they
   * are equal; where one jumps (a threshold), it is the jump itself. */
  for (double hi = lo + step; hi <= PS_BREAKEVEN_MAX_TJM + 1e-9; lo = hi, hi += step)
    {
      double d_hi = difference (probe, hi);

      if (fabs (d_hi) <= 0.005 || (d_hi > 0) != (d_lo > 0))
        {
          double a = lo, b = hi, da = d_lo;

          while (b - a > 0.005)
            {
              double m = (a + b) / 2, dm = difference (probe, m);

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

            out->tjm = fa <= fb ? a : b;
            out->gap = MIN (fa, fb);
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

  g_return_val_if_fail (status < PS_N_STATUSES, FALSE);
  return solve (&probe, out);
}
