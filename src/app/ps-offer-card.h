/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-offer-edit.h"

G_BEGIN_DECLS

/* One card of the Offers view (ui/ps-offer-card.ui): the widgets it
 * updates. Its actions (offers.*) are the view's. */
typedef struct
{
  GtkWidget *child;          /* the flow box's */
  GtkLabel  *name_label;
  GtkWidget *best_label;
  GtkWidget *current_label;
  GtkLabel  *unusable_label;
  GtkLabel  *amount_label;
  GtkLabel  *year_label;
  GtkLabel  *costs_label;
  GtkLabel  *difference_label;
  GtkWidget *lines_box;
  GtkButton *current_button;
  GtkMenuButton *menu_button;
} PsOfferCard;

/* Builds card @index from its template; returns its root widget (a
 * reference: unref it once added to a parent). */
GtkWidget *ps_offer_card_build  (PsOfferCard         *card,
                                 int                  index);
/* @differ: the aspects where the offers differ (ps_offers_differ). */
void       ps_offer_card_update (PsOfferCard         *card,
                                 int                  index,
                                 const PsOffer       *offer,
                                 const PsOfferResult *result,
                                 gboolean             current,
                                 const gboolean      *differ);

G_END_DECLS
