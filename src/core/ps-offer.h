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
 *   {"format": 1, "name": "Par tranches {fee.bands}", "name_en": "Tiered {fee.bands}",
 *    "fee": {"model": "tiered", "bands": [{"upto": 8000, "pct": 10},
 *            {"upto": 12000, "pct": 9}, {"upto": null, "pct": 7}],
 *            "bands_marginal": true, "floor_monthly": 0, "cap_monthly": 0},
 *    "extras_monthly": 0,
 *    "advance": {"share_pct": 100, "cost_pct_per_month": 1, "payment_delay_days": 45},
 *    "employer": {"headcount": 250, "atmp_pct": 0.64, "vm_city": "lyon",
 *                 "mutuelle_monthly": 40, "mutuelle_employer_pct": 50,
 *                 "prevoyance_pct": 2, "prevoyance_employer_pct": 75},
 *    "contract": "cdi", "reserve": true, "quoted_restitution_pct": 55}
 *
 * "name" is the French name (or the only one), "name_en" its English
 * twin; either may show the offer's numbers as {fee.pct}, … (see
 * ps-offer-name.h). Every key but "format" is optional (the scenario's
 * value then holds);
 * unknown keys are refused with their name. The versement mobilité is
 * "vm_pct" or "vm_city" (a city of the rates, as portage-cli --vm-city,
 * or "none"), not both; the firm's prévoyance is "prevoyance_pct" (of the
 * gross up to the PMSS) and/or "prevoyance_monthly" (€), with
 * "prevoyance_employer_pct", the employer's share (100 unless said; the
 * employer never pays less than the law's minimum for cadres). */

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
  char       name[128];
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
  PsEmployerProfile profile;      /* NAN, -1: the scenario's */
  int        vm_city;             /* PsVmCity + 1 when the offer names its city; 0: none named */
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

/* The profile's fields all the scenario's (NAN, -1). */
void     ps_offer_profile_unset (PsEmployerProfile *profile);

/* The versement mobilité city named "paris", …; "none" gives
 * PS_N_VM_CITIES; -1: unknown. */
int      ps_vm_city_from_id   (const char          *id);

/* Where the versement mobilité of @offer's firm comes from: its city
 * (whose rate is used, a rate typed or in the file is not), the rate it
 * gives (vm_pct; 0: none), or the scenario's. */
typedef enum
{
  PS_OFFER_VM_SCENARIO,
  PS_OFFER_VM_RATE,
  PS_OFFER_VM_CITY,
} PsOfferVmSource;

/* The rule ps_offer_profile () follows; @rate (if not NULL): the rate
 * used, NAN for the scenario's. */
PsOfferVmSource ps_offer_vm_source (const PsParams *params,
                                    const PsOffer  *offer,
                                    double         *rate);

/* @scenario's profile with @offer's own fields (its city's rate from
 * @params). */
void     ps_offer_profile     (const PsParams      *params,
                               const PsScenario    *scenario,
                               const PsOffer       *offer,
                               PsEmployerProfile   *out);

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
