/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-offer.h"

G_BEGIN_DECLS

/* The Offers view (issue 11): 1 to 6 portage offers side by side on the
 * scenario's day rate and days, starting from the bundled examples; a
 * card each (net after tax a month and a year, fee and charges a year,
 * the difference with the best, the lines where they differ), an editor
 * of the selected offer, import and export, the quote checker. The offer
 * marked current is the one the main comparison uses ("current-changed").
 * Its widgets are made when it is first put in a window (or one of them is
 * asked for): until then it holds the offers and their results only, so
 * that the window's start-up builds no view it does not show. */
#define PS_TYPE_OFFERS_VIEW (ps_offers_view_get_type ())

G_DECLARE_FINAL_TYPE (PsOffersView, ps_offers_view, PS, OFFERS_VIEW, GtkWidget)

/* Recomputes the offers on @scenario (every keystroke of the inputs);
 * @params must live until the next call. */
void             ps_offers_view_set_scenario (PsOffersView      *self,
                                              const PsParams    *params,
                                              const PsScenario  *scenario);
/* The offer the comparison uses, or NULL. */
const PsOffer   *ps_offers_view_get_current  (PsOffersView      *self);
void             ps_offers_view_set_current  (PsOffersView      *self,
                                              int                index);

int              ps_offers_view_get_n_offers (PsOffersView      *self);
const PsOffer   *ps_offers_view_get_offer    (PsOffersView      *self,
                                              int                index);
/* The last results (kept while a field is in error). */
const PsOfferResult *ps_offers_view_get_result (PsOffersView    *self,
                                              int                index);
/* Adds @offer at the end (refused at 6), selects it; its index or -1. */
int              ps_offers_view_add          (PsOffersView      *self,
                                              const PsOffer     *offer);
int              ps_offers_view_duplicate    (PsOffersView      *self,
                                              int                index);
void             ps_offers_view_remove       (PsOffersView      *self,
                                              int                index);
/* The offer the editor shows. */
void             ps_offers_view_select       (PsOffersView      *self,
                                              int                index);
int              ps_offers_view_get_selected (PsOffersView      *self);
gboolean         ps_offers_view_import       (PsOffersView      *self,
                                              const char        *path,
                                              GError           **error);
gboolean         ps_offers_view_export       (PsOffersView      *self,
                                              int                index,
                                              const char        *path,
                                              GError           **error);
/* The editor's row of @key ("fee.pct", as ps_offer_field_key ()), and
 * the card of offer @index, for tests. */
GtkWidget       *ps_offers_view_get_row      (PsOffersView      *self,
                                              const char        *key);
GtkWidget       *ps_offers_view_get_card     (PsOffersView      *self,
                                              int                index);
gboolean         ps_offers_view_is_valid     (PsOffersView      *self);
/* The quote checker on the selected offer (a modal window). */
GtkWindow       *ps_offers_view_check_quote  (PsOffersView      *self);

G_END_DECLS
