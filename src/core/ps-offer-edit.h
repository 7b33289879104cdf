/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"
#include "ps-offer.h"

G_BEGIN_DECLS

/* Editing offers (the window's Offers view, issue 11): an offer's fields
 * as the text a user types, checked with the ranges of the offer format;
 * an offer written back as JSON (the format ps_offer_from_json reads);
 * the offer marked current put in a comparison; each offer's net against
 * the day rate; and the lines where offers differ, as translated text. */

typedef enum
{
  PS_OFFER_FIELD_NAME,
  PS_OFFER_FIELD_FEE_PCT,
  PS_OFFER_FIELD_FEE_FLAT_MONTHLY,
  PS_OFFER_FIELD_FEE_FLOOR_MONTHLY,
  PS_OFFER_FIELD_FEE_CAP_MONTHLY,
  PS_OFFER_FIELD_BAND_RATES,        /* "10 / 9 / 7" (% of each band) */
  PS_OFFER_FIELD_BAND_LIMITS,       /* "8000 / 12000" (one fewer than the rates) */
  PS_OFFER_FIELD_EXTRAS_MONTHLY,
  PS_OFFER_FIELD_ADVANCE_SHARE_PCT,
  PS_OFFER_FIELD_ADVANCE_COST_PCT,
  PS_OFFER_FIELD_PAYMENT_DELAY_DAYS,
  PS_OFFER_FIELD_HEADCOUNT,         /* empty: the scenario's */
  PS_OFFER_FIELD_ATMP_PCT,          /* empty: the scenario's */
  PS_OFFER_FIELD_VM_PCT,            /* empty: the scenario's (or the city's) */
  PS_OFFER_FIELD_VM_CITY,           /* "lyon"; empty: none named */
  PS_OFFER_FIELD_MUTUELLE_MONTHLY,  /* empty: the scenario's */
  PS_OFFER_FIELD_MUTUELLE_EMPLOYER_PCT, /* empty: the scenario's */
  PS_OFFER_FIELD_PREVOYANCE_PCT,    /* empty: none (with the monthly premium: the law's minimum) */
  PS_OFFER_FIELD_PREVOYANCE_MONTHLY, /* empty: none */
  PS_OFFER_FIELD_PREVOYANCE_EMPLOYER_PCT, /* empty: 100 % */
  PS_OFFER_FIELD_QUOTED_RESTITUTION_PCT, /* empty: none */
  PS_N_OFFER_FIELDS
} PsOfferField;

/* The fee as one choice. */
typedef enum
{
  PS_OFFER_FEE_SCENARIO,     /* the scenario's fee */
  PS_OFFER_FEE_PERCENT,
  PS_OFFER_FEE_PERCENT_NET,
  PS_OFFER_FEE_TIERED,
  PS_OFFER_FEE_FLAT,
  PS_N_OFFER_FEES
} PsOfferFee;

typedef enum
{
  PS_OFFER_CONTRACT_SCENARIO, /* the scenario's contract and réserve */
  PS_OFFER_CONTRACT_CDI_RESERVE,
  PS_OFFER_CONTRACT_CDI,      /* without the réserve */
  PS_OFFER_CONTRACT_CDD,
  PS_N_OFFER_CONTRACTS
} PsOfferContract;

/* What the Offers view compares line by line. */
typedef enum
{
  PS_OFFER_ASPECT_FEE,
  PS_OFFER_ASPECT_EXTRAS,
  PS_OFFER_ASPECT_ADVANCE,
  PS_OFFER_ASPECT_CONTRACT,
  PS_OFFER_ASPECT_MUTUELLE,
  PS_OFFER_ASPECT_PREVOYANCE,
  PS_OFFER_ASPECT_VM,
  PS_OFFER_ASPECT_ATMP,
  PS_OFFER_ASPECT_HEADCOUNT,
  PS_N_OFFER_ASPECTS
} PsOfferAspect;

/* Untranslated (N_) label of a field or an aspect. */
const char     *ps_offer_field_label   (PsOfferField     field);
/* The offer format's key ("fee.pct"). */
const char     *ps_offer_field_key     (PsOfferField     field);
const char     *ps_offer_aspect_label  (PsOfferAspect    aspect);

/* The field as text ("" where the scenario's value holds). */
char           *ps_offer_get_field_text (const PsOffer   *offer,
                                         PsOfferField     field);
/* Parses @text (locale-free numbers: "7,5" or "7.5") into @offer; on a
 * bad value @offer is left as it was and the message names the field. */
gboolean        ps_offer_set_field_text (PsOffer         *offer,
                                         PsOfferField     field,
                                         const char      *text,
                                         GError         **error);

PsOfferFee      ps_offer_get_fee        (const PsOffer   *offer);
/* A tiered fee starts with one band at the fee's rate. */
void            ps_offer_set_fee        (PsOffer         *offer,
                                         PsOfferFee       fee);
PsOfferContract ps_offer_get_contract   (const PsOffer   *offer);
void            ps_offer_set_contract   (PsOffer         *offer,
                                         PsOfferContract  contract);

/* The offer in the offer format (ps_offer_from_json reads it back the
 * same), and written atomically to @path. */
char           *ps_offer_to_json_text   (const PsOffer   *offer);
gboolean        ps_offer_save           (const PsOffer   *offer,
                                         const char      *path,
                                         GError         **error);

/* @comparison's portage with @offer's terms, and its best again. The
 * portage inputs then point into @offer (its bands): keep it alive. */
void            ps_comparison_use_offer (const PsParams  *params,
                                         const PsOffer   *offer,
                                         PsComparison    *comparison);

/* @offer's net after tax a month at @n day rates from @tjm_from to
 * @tjm_to, NAN where it can't be used (the chart's curve stops there). */
void            ps_offer_sweep_usable   (const PsParams   *params,
                                         const PsScenario *scenario,
                                         const PsOffer    *offer,
                                         double            tjm_from,
                                         double            tjm_to,
                                         int               n,
                                         double           *out);

/* Every status at @n day rates from @tjm_from to @tjm_to with @offer
 * making portage (and the health budget "as portage's"), as
 * ps_comparison_sweep_usable () fills @out. */
void            ps_comparison_sweep_offer_usable (const PsParams   *params,
                                                  const PsScenario *scenario,
                                                  const PsOffer    *offer,
                                                  double            tjm_from,
                                                  double            tjm_to,
                                                  int               n,
                                                  double           *out);

/* One line of an offer, translated ("7 % of the revenue, at least
 * 150 € a month"), from its computed inputs (the scenario's values
 * filled in). */
char           *ps_offer_describe       (const PsOffer       *offer,
                                         const PsOfferResult *result,
                                         PsOfferAspect        aspect);
/* Whether @n offers say different things on @aspect. */
gboolean        ps_offers_differ        (const PsOffer       *offers,
                                         const PsOfferResult *results,
                                         int                  n,
                                         PsOfferAspect        aspect);

G_END_DECLS
