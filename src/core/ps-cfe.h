/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-rates.h"

G_BEGIN_DECLS

/* The cotisation foncière des entreprises of a consultant without
 * premises (DOMAIN §12.1): the commune's minimum base (CGI art. 1647 D I),
 * chosen by the commune within the band of the revenue of the reference
 * period, times the commune's rate. None the year of creation, the base
 * halved the first year taxed (CGI art. 1478 II); none under 5 000 € of
 * revenue. The reference period is the first year of activity for the
 * two years after the creation, then the year before last (CGI art. 1467
 * A and 1478 II). The same for a micro-entrepreneur, a SASU, an EURL. */

typedef struct
{
  double rate;   /* the commune's rate (communal + intercommunal), a
                  * fraction; NAN: the national average of the rates file */
  double base;   /* the commune's minimum base, €; < 0: the top of the
                  * revenue's band (what most large towns vote) */
} PsCfeInputs;

void   ps_cfe_inputs_init        (PsCfeInputs       *inputs);

/* the band (0 to PS_CFE_N_BANDS − 1) of @revenue (brought to 12 months) */
int    ps_cfe_band               (const PsParams    *p,
                                  double             revenue);

/* the minimum base the commune may vote at most for @revenue */
double ps_cfe_base_max           (const PsParams    *p,
                                  double             revenue);

/* the commune's minimum base used for @revenue: @inputs' brought into
 * the band (CGI art. 1647 D I), or the top of the band; before the first
 * year's halving */
double ps_cfe_base               (const PsParams    *p,
                                  const PsCfeInputs *inputs,
                                  double             revenue);

/* The CFE of year @year_index (0: the year of creation) for a reference
 * revenue of @reference_revenue (a year's, brought to 12 months). */
double ps_cfe_amount             (const PsParams    *p,
                                  const PsCfeInputs *inputs,
                                  int                year_index,
                                  double             reference_revenue);

/* which year's revenue (0-based index) is the reference of @year_index;
 * -1 for the year of creation (no CFE) */
int    ps_cfe_reference_year     (int                year_index);

G_END_DECLS
