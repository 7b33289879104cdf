/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-offer.h"

G_BEGIN_DECLS

/* An offer's name in the user's language. An offer file gives "name"
 * (French, or its only name) and may give "name_en", its English twin
 * (as the rates' labels and their label_en); the name shown is the
 * English one when the messages are in English and there is one.
 *
 * A name may hold the offer's own numbers, each as its key in braces,
 * written in the user's language ("7 %" with a narrow no-break space in
 * French, "7%" in English), so that the name can't say another figure
 * than the offer:
 *
 *   {fee.pct}                      7 %       (a percent fee)
 *   {fee.bands}                    10 / 9 / 7 %  (a tiered fee's rates)
 *   {fee.flat_monthly}             99 €      (a flat fee)
 *   {fee.floor_monthly}, {fee.cap_monthly}, {extras_monthly}   amounts
 *   {advance.share_pct}, {advance.cost_pct_per_month}          percentages
 *   {advance.payment_delay_days}   45
 *
 * Any other text in braces stays as it is. A key the offer has no value
 * for is an error naming it. */

/* @name with @offer's numbers in place of their keys; NULL and @error
 * (naming @key, "name" or "name_en") when a key has no value here. */
char    *ps_offer_name_expand (const PsOffer  *offer,
                               const char     *key,
                               const char     *name,
                               GError        **error);

/* @offer's name from "name" (@name) and "name_en" (@name_en, or NULL),
 * both expanded (and both checked), in the messages' language. */
gboolean ps_offer_name_set    (PsOffer        *offer,
                               const char     *name,
                               const char     *name_en,
                               GError        **error);

G_END_DECLS
