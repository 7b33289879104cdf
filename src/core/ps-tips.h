/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* A quantified optimisation tip: the gain is the difference between two
 * engine runs, with and without the tip applied. */
typedef struct
{
  const char *id;            /* "expenses", "telework", … */
  PsStatus    status;
  char       *title;         /* translated: "Declare 300 € a month of expenses" */
  char       *ceiling;       /* translated: the limit, from the rates file */
  char       *tradeoff;      /* translated: one sentence */
  double      amount_monthly;/* what the tip moves (allowance, payment…) */
  double      gain_monthly;  /* net after tax and after real costs, per month */
} PsTip;

void       ps_tip_free     (PsTip            *tip);

/* Tips that apply to @scenario, best first. Never NULL. */
GPtrArray *ps_tips_compute (const PsParams   *params,
                            const PsScenario *scenario);

/* The mileage allowance (barème kilométrique, 5 CV) for @km a year. */
double     ps_mileage_allowance (const PsParams *params,
                                 double          km);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PsTip, ps_tip_free)

G_END_DECLS
