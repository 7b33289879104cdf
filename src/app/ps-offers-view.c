/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-offers-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-chart-scale.h"
#include "ps-chart-view.h"
#include "ps-money.h"
#include "ps-offer-card.h"
#include "ps-offer-chooser.h"
#include "ps-offer-city-row.h"
#include "ps-offer-edit.h"
#include "ps-offers-view.h"
#include "ps-offers-view-private.h"
#include "ps-quote-dialog.h"
#include "ps-timing.h"

/* day rates of the offers' curves */
#define N_CURVE 61

/* the bundled examples the view starts with (data/offers/, embedded);
 * their names, in both languages, are in the files */
static const char * const examples[] = {
  "percent-7", "tiered-10-9-7", "flat-99", "percent-5-extras-150", "percent-3-advance",
};


enum
{
  CURRENT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PsOffersView, ps_offers_view, GTK_TYPE_WIDGET)

/* the editor's rows, by field (their template ids) */
static const char *row_ids[PS_N_OFFER_FIELDS] = {
  [PS_OFFER_FIELD_NAME] = "name_row",
  [PS_OFFER_FIELD_FEE_PCT] = "fee_pct_row",
  [PS_OFFER_FIELD_FEE_FLAT_MONTHLY] = "flat_row",
  [PS_OFFER_FIELD_FEE_FLOOR_MONTHLY] = "floor_row",
  [PS_OFFER_FIELD_FEE_CAP_MONTHLY] = "cap_row",
  [PS_OFFER_FIELD_BAND_RATES] = "band_rates_row",
  [PS_OFFER_FIELD_BAND_LIMITS] = "band_limits_row",
  [PS_OFFER_FIELD_EXTRAS_MONTHLY] = "extras_row",
  [PS_OFFER_FIELD_ADVANCE_SHARE_PCT] = "advance_share_row",
  [PS_OFFER_FIELD_ADVANCE_COST_PCT] = "advance_cost_row",
  [PS_OFFER_FIELD_PAYMENT_DELAY_DAYS] = "delay_row",
  [PS_OFFER_FIELD_HEADCOUNT] = "headcount_row",
  [PS_OFFER_FIELD_ATMP_PCT] = "atmp_row",
  [PS_OFFER_FIELD_VM_PCT] = "vm_row",
  [PS_OFFER_FIELD_VM_CITY] = "vm_city_row",
  [PS_OFFER_FIELD_MUTUELLE_MONTHLY] = "mutuelle_row",
  [PS_OFFER_FIELD_MUTUELLE_EMPLOYER_PCT] = "mutuelle_share_row",
  [PS_OFFER_FIELD_PREVOYANCE_PCT] = "prevoyance_row",
  [PS_OFFER_FIELD_PREVOYANCE_MONTHLY] = "prevoyance_monthly_row",
  [PS_OFFER_FIELD_PREVOYANCE_EMPLOYER_PCT] = "prevoyance_share_row",
  [PS_OFFER_FIELD_QUOTED_RESTITUTION_PCT] = "quoted_row",
};

/* ------------------------------------------------------------ helpers */

void
ps_offers_view_toast (PsOffersView *self,
       const char   *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_message ("%s", title);
}

gboolean
ps_offers_view_load_example (const char *id,
              PsOffer    *offer,
              GError    **error)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_BASE "/offers/%s.json", id);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, error);
  gsize length;
  const char *text;

  if (bytes == NULL)
    return FALSE;
  text = g_bytes_get_data (bytes, &length);
  ps_offer_init (offer, id);
  return ps_offer_from_json (offer, text, length, error);
}

static void update_chart (PsOffersView *self);
static void ensure_built (PsOffersView *self);

/* ------------------------------------------------------------ cards */

static void
update_cards (PsOffersView *self)
{
  gboolean differ[PS_N_OFFER_ASPECTS];

  if (!self->has_scenario || !self->built)
    return;
  for (int a = 0; a < PS_N_OFFER_ASPECTS; a++)
    differ[a] = ps_offers_differ (self->offers, self->results, self->n, a);
  for (int i = 0; i < self->n; i++)
    ps_offer_card_update (&self->card[i], i, &self->offers[i], &self->results[i], i == self->current, differ);
}


static void
rebuild_cards (PsOffersView *self)
{
  GtkWidget *child;

  ps_offers_view_update_actions (self);
  if (!self->built)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards))) != NULL)
    gtk_flow_box_remove (self->cards, child);
  for (int i = 0; i < self->n; i++)
    {
      g_autoptr (GtkWidget) card = ps_offer_card_build (&self->card[i], i);

      gtk_flow_box_append (self->cards, card);
      self->card[i].child = GTK_WIDGET (gtk_flow_box_get_child_at_index (self->cards, i));
    }
  if (self->selected >= 0 && self->selected < self->n)
    gtk_flow_box_select_child (self->cards, GTK_FLOW_BOX_CHILD (self->card[self->selected].child));
  update_cards (self);
  update_chart (self);
}

static void
update_summary (PsOffersView *self)
{
  g_autofree char *tjm = NULL, *days = NULL, *text = NULL;

  if (!self->has_scenario || !self->built)
    return;
  tjm = ps_format_money_prose (self->scenario.tjm);
  days = ps_format_number (self->scenario.days_per_year, 0);
  /* Translators: the day rate and the days billed of the scenario */
  text = g_strdup_printf (_("On the scenario’s day rate, %s, and %s days billed a year; "
                            "what an offer doesn’t say is the scenario’s."), tjm, days);
  gtk_label_set_label (self->summary_label, text);
}

/* the results only: the cards may not be there yet */
static void
compute_results (PsOffersView *self)
{
  if (self->has_scenario)
    ps_offers_compare (self->params, &self->scenario, self->offers, self->n, self->results);
}

/* each offer's net against the day rate, around the scenario's */
static void
update_chart (PsOffersView *self)
{
  double values[N_CURVE * PS_MAX_OFFERS], curve[N_CURVE], marker[PS_MAX_OFFERS];
  const char *names[PS_MAX_OFFERS + 1];
  double from, to;

  if (!self->has_scenario || !self->built)
    return;
  ps_chart_sweep_range (self->scenario.tjm, &from, &to);
  for (int s = 0; s < self->n; s++)
    {
      ps_offer_sweep_usable (self->params, &self->scenario, &self->offers[s], from, to, N_CURVE, curve);
      for (int i = 0; i < N_CURVE; i++)
        values[i * self->n + s] = curve[i];
      names[s] = self->offers[s].name;
      marker[s] = self->results[s].status.eligible ? self->results[s].status.net_after_tax_monthly : NAN;
    }
  names[self->n] = NULL;
  ps_chart_view_set_data (self->chart, from, to, N_CURVE, self->n, values, names, self->scenario.tjm, marker);
}

static void
recompute (PsOffersView *self)
{
  compute_results (self);
  update_cards (self);
  update_chart (self);
}

/* after an edit of offer @index: the comparison follows the current one */
void
ps_offers_view_offer_changed (PsOffersView *self,
               int           index)
{
  recompute (self);
  if (index == self->current)
    g_signal_emit (self, signals[CURRENT_CHANGED], 0);
}


static void
card_activated_cb (PsOffersView    *self,
                   GtkFlowBoxChild *child)
{
  int index = gtk_flow_box_child_get_index (child);

  if (index != self->selected)
    ps_offers_view_select (self, index);
}

/* ------------------------------------------------------------ public */

void
ps_offers_view_set_scenario (PsOffersView     *self,
                             const PsParams   *params,
                             const PsScenario *scenario)
{
  g_return_if_fail (PS_IS_OFFERS_VIEW (self));

  self->params = params;
  self->scenario = *scenario;
  self->has_scenario = TRUE;
  if (self->built)
    {
      self->filling = TRUE;
      ps_offer_city_row_set_params (ADW_COMBO_ROW (self->rows[PS_OFFER_FIELD_VM_CITY]), params);
      self->filling = FALSE;
      /* a city's rate is the year's */
      ps_offers_view_show_vm_rule (self);
    }
  update_summary (self);
  recompute (self);
}

const PsOffer *
ps_offers_view_get_current (PsOffersView *self)
{
  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), NULL);
  return self->current >= 0 ? &self->offers[self->current] : NULL;
}

void
ps_offers_view_set_current (PsOffersView *self,
                            int           index)
{
  g_return_if_fail (PS_IS_OFFERS_VIEW (self));

  if (index < -1 || index >= self->n)
    index = -1;
  if (index == self->current)
    return;
  self->current = index;
  update_cards (self);
  g_signal_emit (self, signals[CURRENT_CHANGED], 0);
}

int
ps_offers_view_get_n_offers (PsOffersView *self)
{
  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), 0);
  return self->n;
}

const PsOffer *
ps_offers_view_get_offer (PsOffersView *self,
                          int           index)
{
  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), NULL);
  g_return_val_if_fail (index >= 0 && index < self->n, NULL);
  return &self->offers[index];
}

const PsOfferResult *
ps_offers_view_get_result (PsOffersView *self,
                           int           index)
{
  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), NULL);
  g_return_val_if_fail (index >= 0 && index < self->n && self->has_scenario, NULL);
  return &self->results[index];
}

int
ps_offers_view_add (PsOffersView  *self,
                    const PsOffer *offer)
{
  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), -1);

  if (self->n >= PS_MAX_OFFERS)
    {
      g_autofree char *message = g_strdup_printf (_("At most %d offers side by side: delete one first"), PS_MAX_OFFERS);

      ps_offers_view_toast (self, message);
      return -1;
    }
  self->offers[self->n++] = *offer;
  compute_results (self);
  self->selected = self->n - 1;
  rebuild_cards (self);
  ps_offers_view_fill_editor (self);
  return self->n - 1;
}

int
ps_offers_view_duplicate (PsOffersView *self,
                          int           index)
{
  PsOffer copy;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), -1);
  g_return_val_if_fail (index >= 0 && index < self->n, -1);

  copy = self->offers[index];
  /* Translators: the name of a copy of an offer */
  name = g_strdup_printf (_("%s (copy)"), copy.name);
  g_strlcpy (copy.name, name, sizeof copy.name);
  return ps_offers_view_add (self, &copy);
}

void
ps_offers_view_remove (PsOffersView *self,
                       int           index)
{
  gboolean was_current;

  g_return_if_fail (PS_IS_OFFERS_VIEW (self));
  g_return_if_fail (index >= 0 && index < self->n);

  if (self->n <= 1)
    return;
  was_current = index == self->current;
  for (int i = index; i < self->n - 1; i++)
    self->offers[i] = self->offers[i + 1];
  self->n--;
  if (was_current)
    self->current = -1;
  else if (self->current > index)
    self->current--;
  if (self->selected >= self->n || self->selected > index)
    self->selected = MAX (0, self->selected - 1);
  compute_results (self);
  rebuild_cards (self);
  ps_offers_view_fill_editor (self);
  /* the comparison's portage card points into the array: always tell */
  g_signal_emit (self, signals[CURRENT_CHANGED], 0);
}

void
ps_offers_view_select (PsOffersView *self,
                       int           index)
{
  g_return_if_fail (PS_IS_OFFERS_VIEW (self));
  g_return_if_fail (index >= 0 && index < self->n);

  ensure_built (self);
  self->selected = index;
  gtk_flow_box_select_child (self->cards, GTK_FLOW_BOX_CHILD (self->card[index].child));
  ps_offers_view_fill_editor (self);
}

int
ps_offers_view_get_selected (PsOffersView *self)
{
  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), -1);
  return self->selected;
}

gboolean
ps_offers_view_import (PsOffersView *self,
                       const char   *path,
                       GError      **error)
{
  PsOffer offer;

  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), FALSE);

  if (self->n >= PS_MAX_OFFERS)
    {
      g_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD,
                   _("At most %d offers side by side: delete one first"), PS_MAX_OFFERS);
      return FALSE;
    }
  ps_offer_init (&offer, NULL);
  if (!ps_offer_load (&offer, path, error))
    return FALSE;
  ps_offers_view_add (self, &offer);
  return TRUE;
}

gboolean
ps_offers_view_export (PsOffersView *self,
                       int           index,
                       const char   *path,
                       GError      **error)
{
  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), FALSE);
  g_return_val_if_fail (index >= 0 && index < self->n, FALSE);

  return ps_offer_save (&self->offers[index], path, error);
}

GtkWidget *
ps_offers_view_get_row (PsOffersView *self,
                        const char   *key)
{
  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), NULL);

  ensure_built (self);
  for (int f = 0; f < PS_N_OFFER_FIELDS; f++)
    if (g_str_equal (ps_offer_field_key (f), key))
      return self->rows[f];
  if (g_str_equal (key, "fee.model"))
    return GTK_WIDGET (self->fee_row);
  if (g_str_equal (key, "contract"))
    return GTK_WIDGET (self->contract_row);
  return NULL;
}

GtkWidget *
ps_offers_view_get_card (PsOffersView *self,
                         int           index)
{
  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), NULL);
  g_return_val_if_fail (index >= 0 && index < self->n, NULL);
  ensure_built (self);
  return self->card[index].child;
}

gboolean
ps_offers_view_is_valid (PsOffersView *self)
{
  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), FALSE);

  for (int f = 0; f < PS_N_OFFER_FIELDS; f++)
    if (self->errors[f] != NULL)
      return FALSE;
  return TRUE;
}

GtkWindow *
ps_offers_view_check_quote (PsOffersView *self)
{
  GtkRoot *root;
  GtkWindow *dialog;

  g_return_val_if_fail (PS_IS_OFFERS_VIEW (self), NULL);
  if (!self->has_scenario)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = ps_quote_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->params,
                                &self->offers[self->selected], &self->results[self->selected].inputs);
  gtk_window_present (dialog);
  return dialog;
}

/* ------------------------------------------------------------ GObject */

static void
ps_offers_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ps_offers_view_parent_class)->root (widget);
  /* after the chain up: the widgets made here are rooted as they are
   * added (the chain up would root them a second time) */
  ensure_built (PS_OFFERS_VIEW (widget));
}

static void
ps_offers_view_dispose (GObject *object)
{
  if (PS_OFFERS_VIEW (object)->built)
    gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_OFFERS_VIEW);
  G_OBJECT_CLASS (ps_offers_view_parent_class)->dispose (object);
}

static void
ps_offers_view_finalize (GObject *object)
{
  ps_offers_view_clear_errors (PS_OFFERS_VIEW (object));
  G_OBJECT_CLASS (ps_offers_view_parent_class)->finalize (object);
}

static void
ps_offers_view_class_init (PsOffersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_offers_view_dispose;
  object_class->finalize = ps_offers_view_finalize;
  widget_class->root = ps_offers_view_root;

  g_type_ensure (PS_TYPE_CHART_VIEW);

  /* the offer marked current changed, or was edited */
  signals[CURRENT_CHANGED] = g_signal_new ("current-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-offers-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, add_menu);
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, cards);
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, chart);
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, editor_group);
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, editor_error);
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, fee_row);
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, contract_row);
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, marginal_row);
  gtk_widget_class_bind_template_child (widget_class, PsOffersView, marginal_switch);
  for (int f = 0; f < PS_N_OFFER_FIELDS; f++)
    gtk_widget_class_bind_template_child_full (widget_class, row_ids[f], FALSE,
                                               G_STRUCT_OFFSET (PsOffersView, rows) + f * sizeof (GtkWidget *));

  ps_offers_view_install_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* The widgets, from the offers held: the template, the catalogue, the
 * cards and the editor. */
static void
ensure_built (PsOffersView *self)
{
  if (self->built)
    return;
  self->built = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  {
    g_autoptr (GMenu) section = g_menu_new ();

    for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
      {
        g_autoptr (GMenuItem) item = NULL;
        PsOffer example;

        /* named in the user's language by its file */
        if (!ps_offers_view_load_example (examples[i], &example, NULL))
          continue;
        item = g_menu_item_new (example.name, NULL);
        g_menu_item_set_action_and_target_value (item, "offers.add-example", g_variant_new_string (examples[i]));
        g_menu_append_item (section, item);
      }
    g_menu_append_section (self->add_menu, _("Examples"), G_MENU_MODEL (section));
  }
  ps_offers_view_editor_connect (self);
  g_signal_connect_object (self->cards, "child-activated", G_CALLBACK (card_activated_cb), self, G_CONNECT_SWAPPED);

  update_summary (self);
  rebuild_cards (self);
  ps_offers_view_fill_editor (self);
  ps_timing_mark ("offers view: widgets");
}

/* The offers only: the widgets are made when first needed (above). */
static void
ps_offers_view_init (PsOffersView *self)
{
  self->current = -1;
  for (guint i = 0; i < G_N_ELEMENTS (examples) && self->n < PS_MAX_OFFERS; i++)
    {
      g_autoptr (GError) error = NULL;

      if (ps_offers_view_load_example (examples[i], &self->offers[self->n], &error))
        self->n++;
      else
        g_warning ("The example offer %s does not load: %s", examples[i], error->message);
    }
  if (self->n == 0)
    ps_offer_init (&self->offers[self->n++], _("New offer"));
  self->selected = 0;
  ps_offers_view_update_actions (self);
}
