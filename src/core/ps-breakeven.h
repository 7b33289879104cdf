/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* the day rates a user can type (ps-inputs) */
#define PS_BREAKEVEN_MIN_TJM      1.0
#define PS_BREAKEVEN_MAX_TJM 100000.0

typedef struct
{
  double   tjm;        /* 0 when there is none in the searched range */
  gboolean jump;       /* the curves cross at a discontinuity, not at an equality */
  double   gap;        /* |net a − net b| per month at @tjm (≤ €1 unless jump) */
  gboolean at_lowest;  /* target: @tjm is the lowest usable day rate, whose net
                        * is already above the target (the minimum salary
                        * gives more) */
} PsBreakeven;

/* The lowest day rate above which @a's net after tax stops being below
 * @b's (or above, whichever changes first), all other inputs as in
 * @scenario. Copes with the discontinuities of the curves (RGDU cliff,
 * tax brackets) by scanning then bisecting; only where both statuses can
 * be used (not micro above its ceiling, not portage under the convention
 * minimum). */
gboolean ps_breakeven_between (const PsParams   *params,
                               const PsScenario *scenario,
                               PsStatus          a,
                               PsStatus          b,
                               PsBreakeven      *out);

/* The day rate at which @status's net after tax per month reaches
 * @target_monthly: the lowest usable day rate whose net is at least the
 * target. When the net at the lowest usable day rate is already above
 * the target (portage below the convention minimum can't be used), that
 * day rate, with at_lowest set. FALSE if the target is out of reach. */
gboolean ps_breakeven_target  (const PsParams   *params,
                               const PsScenario *scenario,
                               PsStatus          status,
                               double            target_monthly,
                               PsBreakeven      *out);

G_END_DECLS
