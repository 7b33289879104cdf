/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-csm"

#include "config.h"

#include <string.h>

#include "ps-csm.h"
#include "ps-money.h"

void
ps_csm_compute (const PsParams *p,
                double          activity,
                double          activity_floor,
                double          capital,
                gboolean        exempt,
                PsCsm          *out)
{
  double pass = p->pss_monthly * 12;

  memset (out, 0, sizeof *out);
  out->exempt = exempt;
  out->activity_threshold = p->csm_activity_threshold_pass * pass;
  out->capital_threshold = p->csm_capital_threshold_pass * pass;
  out->activity = MAX (MAX (0.0, activity), activity_floor);
  out->capital = MIN (MAX (0.0, capital), p->csm_capital_cap_pass * pass);

  /* the thresholds are on the income itself: the floor of a travailleur
   * indépendant only replaces R in the formula (URSSAF, "modalités de
   * calcul") */
  out->liable = !exempt && MAX (0.0, activity) < out->activity_threshold
                && MAX (0.0, capital) > out->capital_threshold;
  if (!out->liable || out->activity >= out->activity_threshold)
    {
      out->liable = FALSE;
      return;
    }
  out->coefficient = 1 - out->activity / out->activity_threshold;
  out->amount = ps_round_cents (p->csm_rate * (out->capital - out->capital_threshold) * out->coefficient);
}
