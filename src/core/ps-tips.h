/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"
#include "ps-offer.h"
#include "ps-period.h"

G_BEGIN_DECLS

/* A quantified optimisation tip: the gain is the difference between two
 * engine runs, with and without the tip applied. */
typedef struct
{
  const char *id;            /* "expenses", "telework", … */
  PsStatus    status;
  char       *title;         /* translated: "Declare 300 € a month of expenses" */
  char       *ceiling;       /* translated: the limit, from the rates file */
  /* the same with a monthly amount given per year ("Declare 3 600 € a
   * year of expenses"); NULL when the text has none (a cap or a rate
   * that is monthly by nature keeps its unit): ps_tip_title () */
  char       *title_yearly;
  char       *ceiling_yearly;
  char       *tradeoff;      /* translated: one sentence */
  double      amount_monthly;/* what the tip moves (allowance, payment…) */
  double      gain_monthly;  /* net after tax and after real costs, per month,
                              * against the scenario as it is */
  const char *baseline;      /* untranslated (N_): what the gain is measured against,
                              * "Compared with the current figures" */
  gboolean    in_plan;       /* part of the combined plan */
  double      gain_in_plan_monthly; /* the plan's gain less the plan's without it */
  /* what the tip levies, for the plan (portage tips) */
  double      cost_monthly;     /* out of the envelope, exempt */
  double      received_monthly; /* what reaches the consultant */
} PsTip;

/* The compatible tips of a status taken together: the gain of one engine
 * run with all of them (not the sum of the parts), the meals, telework and
 * titres-restaurant on separate days, the PER's ceiling less the PER
 * collectif's abondement (CGI art. 163 quatervicies). */
typedef struct
{
  PsStatus status;
  int      n_tips;
  double   gain_monthly;
} PsTipsPlan;

void       ps_tip_free     (PsTip            *tip);

/* @tip's title and ceiling for results shown over @period. */
const char *ps_tip_title   (const PsTip      *tip,
                            PsPeriod          period);
const char *ps_tip_ceiling (const PsTip      *tip,
                            PsPeriod          period);

/* Tips that apply to @scenario, best first. Never NULL. */
GPtrArray *ps_tips_compute (const PsParams   *params,
                            const PsScenario *scenario);
/* The same, with portage's combined plan (@plan may be NULL). */
GPtrArray *ps_tips_compute_with_plan (const PsParams   *params,
                                      const PsScenario *scenario,
                                      PsTipsPlan       *plan);
/* The same with @offer's terms for portage (a scenario's current offer;
 * NULL: the scenario's own), as ps_comparison_apply_offer (); the fee cap
 * tip left out (an offer's fee is its own). */
GPtrArray *ps_tips_compute_offer (const PsParams   *params,
                                  const PsScenario *scenario,
                                  const PsOffer    *offer,
                                  PsTipsPlan       *plan);

/* Of the days billed a month, those at the client's and those from home
 * (the scenario's telework days a week, of 5). */
void       ps_tips_split_days (const PsScenario *scenario,
                               double           *client_days,
                               double           *home_days);

/* The mileage allowance (barème kilométrique, 5 CV) for @km a year. */
double     ps_mileage_allowance (const PsParams *params,
                                 double          km);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PsTip, ps_tip_free)

G_END_DECLS
