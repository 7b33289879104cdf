/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-cfe"

#include "config.h"

#include <math.h>

#include "ps-cfe.h"

void
ps_cfe_inputs_init (PsCfeInputs *in)
{
  in->rate = NAN;
  in->base = -1;
}

int
ps_cfe_band (const PsParams *p,
             double          revenue)
{
  for (int i = 0; i < PS_CFE_N_BANDS - 1; i++)
    if (revenue <= p->cfe_band_upto[i])
      return i;
  return PS_CFE_N_BANDS - 1;
}

double
ps_cfe_base_max (const PsParams *p,
                 double          revenue)
{
  return MAX (p->cfe_base_min, p->cfe_base_max[ps_cfe_band (p, revenue)]);
}

int
ps_cfe_reference_year (int year_index)
{
  /* the year of creation: none; the two years after: the first year of
   * activity; then the year before last */
  if (year_index <= 0)
    return -1;
  return year_index <= 2 ? 0 : year_index - 2;
}

double
ps_cfe_base (const PsParams     *p,
             const PsCfeInputs *in,
             double             revenue)
{
  return in->base < 0 ? ps_cfe_base_max (p, revenue)
                      : CLAMP (in->base, p->cfe_base_min, ps_cfe_base_max (p, revenue));
}

double
ps_cfe_amount (const PsParams    *p,
               const PsCfeInputs *in,
               int                year_index,
               double             revenue)
{
  double rate = isnan (in->rate) ? p->cfe_default_rate : in->rate;
  double base;

  if (year_index <= 0 || !(revenue > p->cfe_exempt_revenue))
    return 0;
  base = ps_cfe_base (p, in, revenue);
  /* the first year taxed: the base halved (CGI art. 1478 II) */
  if (year_index == 1)
    base /= 2;
  return base * MAX (0.0, rate);
}
