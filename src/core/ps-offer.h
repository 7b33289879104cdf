/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cJSON.h>
#include <glib.h>

#include "ps-comparison.h"
#include "ps-portage.h"

G_BEGIN_DECLS

/* A portage firm's offer (issue 11): what the firm decides — its fee (a
 * percent of the revenue or of the revenue less expenses, tiered by monthly
 * revenue, flat, with a floor and a cap), the charges on top, a salary
 * advance and what it costs, its employer profile (headcount, AT/MP, the
 * versement mobilité of its city, the mutuelle), the contract (CDI with
 * the réserve, or CDD) and, optionally, the "taux de restitution" it
 * quotes. Offers are JSON files:
 *
 *   {"format": 1, "name": "Tiered 10 / 9 / 7 %",
 *    "fee": {"model": "tiered", "bands": [{"upto": 8000, "pct": 10},
 *            {"upto": 12000, "pct": 9}, {"upto": null, "pct": 7}],
 *            "bands_marginal": true, "floor_monthly": 0, "cap_monthly": 0},
 *    "extras_monthly": 0,
 *    "advance": {"share_pct": 100, "cost_pct_per_month": 1, "payment_delay_days": 45},
 *    "employer": {"headcount": 250, "atmp_pct": 0.64, "vm_pct": 3.2,
 *                 "mutuelle_monthly": 40, "mutuelle_employer_pct": 50},
 *    "contract": "cdi", "reserve": true, "quoted_restitution_pct": 55}
 *
 * Every key but "format" is optional (the scenario's value then holds);
 * unknown keys are refused with their name. */

#define PS_OFFER_FORMAT 1
#define PS_MAX_OFFERS   6

#define PS_OFFER_ERROR (ps_offer_error_quark ())

typedef enum
{
  PS_OFFER_ERROR_PARSE,
  PS_OFFER_ERROR_FIELD,
} PsOfferError;

typedef struct
{
  char       name[64];
  gboolean   has_fee;
  PsFeeModel fee_model;
  double     fee_rate;
  double     fee_flat_monthly;
  double     fee_floor_monthly;
  double     fee_cap_monthly;
  PsFeeBands bands;               /* n_bands > 0: a tiered fee */
  double     extras_monthly;
  double     advance_share;       /* of the salary advanced before the client pays */
  double     advance_cost_rate;   /* a month of delay, fraction of what is advanced */
  double     payment_delay_days;
  gboolean   has_profile;
  PsEmployerProfile profile;
  gboolean   has_contract;
  gboolean   cdd;
  gboolean   has_reserve;
  gboolean   reserve;
  double     quoted_restitution;  /* net before tax / revenue as the firm says; NAN: none */
} PsOffer;

typedef struct
{
  PsPortageInputs inputs;
  PsPortageResult portage;
  PsStatusResult  status;         /* yearly figures, the réserve counted (as compare) */
  double          fee_yearly;     /* the fee alone */
  double          extras_yearly;  /* charges on top and the advance's cost */
  double          restitution;    /* net before tax / revenue, the month's */
  double          vs_best_yearly; /* net after tax − the best usable offer's */
  gboolean        best;
} PsOfferResult;

GQuark   ps_offer_error_quark (void);

/* Everything from the scenario (the firm of the comparison), named @name. */
void     ps_offer_init        (PsOffer             *offer,
                               const char          *name);
gboolean ps_offer_from_json   (PsOffer             *offer,
                               const char          *text,
                               gsize                length,
                               GError             **error);
/* The same from a parsed object (an offer in a scenario's "offers"). */
gboolean ps_offer_from_object (PsOffer             *offer,
                               const cJSON         *object,
                               GError             **error);
gboolean ps_offer_load        (PsOffer             *offer,
                               const char          *path,
                               GError             **error);

/* The offer as JSON (ps_offer_from_json reads it back the same). */
cJSON   *ps_offer_to_object   (const PsOffer       *offer);
char    *ps_offer_to_json     (const PsOffer       *offer);

/* @scenario's portage with @offer's terms. */
void     ps_offer_compute     (const PsParams      *params,
                               const PsScenario    *scenario,
                               const PsOffer       *offer,
                               PsOfferResult       *out);

/* @n offers side by side: the best usable one marked, each one's
 * difference with it. */
void     ps_offers_compare    (const PsParams      *params,
                               const PsScenario    *scenario,
                               const PsOffer       *offers,
                               int                  n,
                               PsOfferResult       *out);

/* @cmp's portage replaced by @offer's (a scenario's current offer): its
 * inputs (the bands copied into @cmp), result and status; micro, SASU
 * and EURL computed again with its health budget (ps_comparison_portage_changed)
 * and the best status picked again. */
void     ps_comparison_apply_offer (const PsParams *params,
                                    const PsOffer  *offer,
                                    PsComparison   *cmp);

G_END_DECLS
