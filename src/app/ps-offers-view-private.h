/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* PsOffersView is spread over ps-offers-view.c (the offers, their
 * results, the cards and the chart, the public functions, the lifecycle),
 * ps-offers-view-editor.c (the selected offer's editor) and
 * ps-offers-view-actions.c (the view's actions). */

#include <adwaita.h>

#include "ps-chart-view.h"
#include "ps-offer-card.h"
#include "ps-offer-edit.h"
#include "ps-offers-view.h"

G_BEGIN_DECLS

struct _PsOffersView
{
  GtkWidget        parent_instance;

  /* template */
  GtkWidget       *scroller;
  GMenu           *add_menu;
  GtkLabel        *summary_label;
  GtkFlowBox      *cards;
  PsChartView     *chart;
  AdwPreferencesGroup *editor_group;
  GtkLabel        *editor_error;
  AdwComboRow     *fee_row;
  AdwComboRow     *contract_row;
  GtkWidget       *marginal_row;
  GtkSwitch       *marginal_switch;
  GtkWidget       *rows[PS_N_OFFER_FIELDS];

  PsOffer          offers[PS_MAX_OFFERS];
  PsOfferResult    results[PS_MAX_OFFERS];
  PsOfferCard      card[PS_MAX_OFFERS];
  int              n;
  int              current;     /* -1: none */
  int              selected;
  char            *errors[PS_N_OFFER_FIELDS];
  gboolean         filling;     /* the editor is being filled, not typed in */

  const PsParams  *params;
  PsScenario       scenario;
  gboolean         has_scenario;

  /* the widgets: made when the view is first put in a window (or asked
   * for one of them); until then the view holds its offers and their
   * results only, as the comparison needs them */
  gboolean         built;
};

/* ps-offers-view.c */
void     ps_offers_view_toast          (PsOffersView   *self,
                                        const char     *title);
gboolean ps_offers_view_load_example   (const char     *id,
                                        PsOffer        *offer,
                                        GError        **error);
/* after an edit of offer @index: the comparison follows the current one */
void     ps_offers_view_offer_changed  (PsOffersView   *self,
                                        int             index);

/* ps-offers-view-editor.c */
void     ps_offers_view_fill_editor    (PsOffersView   *self);
void     ps_offers_view_clear_errors   (PsOffersView   *self);
void     ps_offers_view_editor_connect (PsOffersView   *self);
/* the rate row says whether the city's rate is used */
void     ps_offers_view_show_vm_rule   (PsOffersView   *self);

/* ps-offers-view-actions.c */
void     ps_offers_view_update_actions (PsOffersView   *self);
void     ps_offers_view_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
