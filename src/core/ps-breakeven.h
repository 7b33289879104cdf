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

/* Where every pair of statuses crosses, over the day rates a consultant
 * may bill: from the lowest at which portage can be used (the convention
 * minimum) to PS_BREAKEVEN_SEARCH_TO. */
#define PS_BREAKEVEN_SEARCH_TO 3000.0
#define PS_MAX_CROSSINGS         64

typedef struct
{
  PsStatus a, b;       /* a < b */
  double   tjm;        /* from this day rate … */
  PsStatus above;      /* … this one leaves more than the other */
  gboolean jump;       /* at a discontinuity (a threshold), not at an equality */
  double   gap;        /* |net a − net b| per month at @tjm */
} PsCrossing;

typedef struct
{
  gboolean   portage_usable;       /* at some day rate up to PS_BREAKEVEN_MAX_TJM */
  double     from;                 /* the range searched */
  double     to;
  double     micro_ceiling_tjm;    /* micro can't be used from here (0: none below @to) */
  int        n_crossings;
  PsCrossing crossings[PS_MAX_CROSSINGS];  /* by day rate */
} PsCrossings;

/* The lowest day rate at which @status can be used (to the cent); 0 if
 * none up to PS_BREAKEVEN_MAX_TJM. */
double   ps_breakeven_lowest_usable (const PsParams   *params,
                                     const PsScenario *scenario,
                                     PsStatus          status);

/* Every crossing of every pair in the range, each bisected to the cent. */
void     ps_breakeven_crossings     (const PsParams   *params,
                                     const PsScenario *scenario,
                                     PsCrossings      *out);

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

/* Why ps_breakeven_target() found no day rate for @status (untranslated,
 * to pass to gettext): the CDI offer typed, micro's ceiling, or the range. */
const char *ps_breakeven_target_reason (const PsScenario *scenario,
                                        PsStatus          status);

G_END_DECLS
