/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ps-offer.h"

G_BEGIN_DECLS

/* The offer editor's firm's city (employer.vm_city), a drop-down: "Not
 * given" (the rate typed, or the scenario's), "None" (no versement
 * mobilité), then each city of the rates by its name with its rate
 * ("Paris and the inner suburbs — 3.20%"). The offer file keeps its
 * format: a city's id, or a rate of 0 for none. */

/* The items, each city with its rate in @params (NULL: names only); the
 * choice shown stays. */
void     ps_offer_city_row_set_params (AdwComboRow    *row,
                                       const PsParams *params);
/* The choice of @offer. */
void     ps_offer_city_row_show       (AdwComboRow    *row,
                                       const PsOffer  *offer);
/* The choice shown, into @offer: a city replaces the rate typed; "not
 * given" takes the scenario's rate back. */
void     ps_offer_city_row_apply      (AdwComboRow    *row,
                                       PsOffer        *offer);

G_END_DECLS
