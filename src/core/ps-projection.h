/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-cfe.h"
#include "ps-comparison.h"
#include "ps-rates.h"

G_BEGIN_DECLS

/* The years ahead, per status (issue 14, DOMAIN §12 and §16): the first
 * year's ACRE (when eligible), the micro ceiling lost only after two
 * consecutive years above it (the business then goes to the réel, taxed
 * like an EURL at the income tax with the micro's costs), the
 * indépendants' provisional contributions (a flat base the first year,
 * then recalculated on last year's income once declared, CSS L131-6-2)
 * and their regularisation the year after,
 * dividends voted and paid the year after the profit, the CSM called the
 * year after, the CFE from the second year (ps-cfe), portage's réserve paid at the end of each mission, a day
 * rate growing each year, and the parameters indexed after the last
 * rates file.
 *
 * Two figures per year: the year's net after tax as the one-year
 * comparison counts it (accrued), and the cash that reaches the
 * consultant during the year. What is still owed at the end (a réserve
 * not yet paid, the last year's dividends) is said apart. */

#define PS_MAX_PROJECTION_YEARS 5

typedef struct
{
  int    years;              /* 1 to PS_MAX_PROJECTION_YEARS */
  double tjm_growth_rate;    /* a year, fraction */
  double indexation_rate;    /* the parameters after the last rates file, a
                              * year; NAN: the last year's change of the PASS */
  double mission_months;     /* portage: the réserve is paid at the end of each */
  PsCfeInputs cfe;           /* micro, SASU, EURL: from the second year */
} PsProjectionInputs;

typedef struct
{
  int      year;             /* calendar year */
  double   tjm;
  gboolean usable;           /* portage: at the convention minimum; micro:
                              * still in its regime */
  gboolean micro_regime;     /* micro: still in the regime (FALSE: the réel) */
  gboolean above_ceiling;    /* micro: its revenue above the ceiling; still
                              * in the regime, only tolerated (two years
                              * running at most, CGI 102 ter) */
  gboolean acre;             /* micro, SASU, EURL: the ACRE applied this year */
  double   acre_exemption;   /* SASU, EURL: the contributions it spares (ps-acre) */
  double   revenue;
  double   net_accrued;      /* the year's net after tax */
  double   cash;             /* what reaches the consultant during the year */
  double   cumulative_cash;
  double   cumulative_net;   /* the years' nets after tax so far: what ranks
                              * the statuses (cash would reward a debt not yet
                              * paid, as the EURL's regularisation) */
  double   contributions_due;   /* TNS: on the year's income */
  double   contributions_paid;  /* TNS: provisional + last year's regularisation */
  double   cfe;                 /* micro, SASU, EURL: the year's CFE (a cost of the
                                 * company, deducted before its tax) */
  double   cfe_base;            /* the commune's minimum base it is computed
                                 * on (before the first year's halving); 0
                                 * when none is due */
  /* what the year protects (ps-rights.c with the year's parameters; the
   * micro's au réel counted as its micro figures), and since year 1 */
  int      quarters;
  double   points;              /* Agirc-Arrco or RCI */
  double   pension_accrued;     /* € a year of pension those points buy */
  int      cumulative_quarters;
  double   cumulative_points;
  double   cumulative_pension;
} PsProjectionYear;

typedef struct
{
  int              n_years;
  double           indexation_rate;   /* the one used */
  PsProjectionYear years[PS_N_STATUSES][PS_MAX_PROJECTION_YEARS];
  double           owed_after[PS_N_STATUSES]; /* paid after the last year */
  PsStatus         leader[PS_MAX_PROJECTION_YEARS]; /* highest cumulative net */
  int              leads_from[PS_N_STATUSES];      /* first year (1-based) it leads and
                                                    * keeps leading; 0: never */
  /* [a][b]: the year (1-based) from which a's cumulative net stays above
   * b's to the last year, having been below or equal the year before;
   * 0: never, or ahead from the first year, or either not usable then */
  int              overtakes[PS_N_STATUSES][PS_N_STATUSES];
} PsProjection;

void     ps_projection_inputs_init (PsProjectionInputs       *inputs);

/* @rates: the file in force on @start (later years use the embedded file of
 * their year when there is one, else the last one indexed). */
gboolean ps_projection_compute     (PsRates                  *rates,
                                    const PsScenario         *scenario,
                                    PsDate                    start,
                                    const PsProjectionInputs *inputs,
                                    PsProjection             *out,
                                    GError                  **error);

/* @p's amounts (PASS, SMIC, the tax scale's brackets and amounts, the
 * floors) multiplied by @factor, into @out. */
void     ps_params_index           (const PsParams           *p,
                                    double                    factor,
                                    PsParams                 *out);

G_END_DECLS
