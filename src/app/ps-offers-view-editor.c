/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Offers view's editor: the selected offer's fields, checked as they
 * are typed (ps-offer-edit), their errors, the fee's rows that its model
 * uses. */
#define G_LOG_DOMAIN "ps-offers-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-money.h"
#include "ps-offer-city-row.h"
#include "ps-offer-edit.h"
#include "ps-offers-view-private.h"

static gboolean
is_fee_field (PsOfferField field)
{
  return field >= PS_OFFER_FIELD_FEE_PCT && field <= PS_OFFER_FIELD_BAND_LIMITS;
}

/* A row in error says why on hover too (the editor's message is at its
 * top, maybe scrolled away); its own tooltip comes back once fixed. */
static void
row_set_error (GtkWidget  *row,
               const char *error)
{
  const char *own = g_object_get_data (G_OBJECT (row), "ps-own-tooltip");

  if (own == NULL)
    {
      const char *tooltip = gtk_widget_get_tooltip_text (row);

      g_object_set_data_full (G_OBJECT (row), "ps-own-tooltip", g_strdup (tooltip != NULL ? tooltip : ""), g_free);
      own = g_object_get_data (G_OBJECT (row), "ps-own-tooltip");
    }
  gtk_widget_set_tooltip_text (row, error != NULL ? error : (*own != '\0' ? own : NULL));
}

static void
show_errors (PsOffersView *self)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (int f = 0; f < PS_N_OFFER_FIELDS; f++)
    {
      if (self->rows[f] != NULL)
        row_set_error (self->rows[f], self->errors[f]);
      if (self->errors[f] != NULL)
        {
          gtk_widget_add_css_class (self->rows[f], "error");
          g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", self->errors[f]);
        }
      else
        gtk_widget_remove_css_class (self->rows[f], "error");
    }
  gtk_label_set_label (self->editor_error, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->editor_error), text->len > 0);
}

void
ps_offers_view_clear_errors (PsOffersView *self)
{
  for (int f = 0; f < PS_N_OFFER_FIELDS; f++)
    g_clear_pointer (&self->errors[f], g_free);
}

/* the fee's rows that the fee model uses */
static void
update_fee_rows (PsOffersView *self)
{
  PsOfferFee fee = ps_offer_get_fee (&self->offers[self->selected]);

  gtk_widget_set_visible (self->rows[PS_OFFER_FIELD_FEE_PCT], fee == PS_OFFER_FEE_PERCENT || fee == PS_OFFER_FEE_PERCENT_NET);
  gtk_widget_set_visible (self->rows[PS_OFFER_FIELD_FEE_FLAT_MONTHLY], fee == PS_OFFER_FEE_FLAT);
  gtk_widget_set_visible (self->rows[PS_OFFER_FIELD_BAND_RATES], fee == PS_OFFER_FEE_TIERED);
  gtk_widget_set_visible (self->rows[PS_OFFER_FIELD_BAND_LIMITS], fee == PS_OFFER_FEE_TIERED);
  gtk_widget_set_visible (self->marginal_row, fee == PS_OFFER_FEE_TIERED);
  gtk_widget_set_visible (self->rows[PS_OFFER_FIELD_FEE_FLOOR_MONTHLY], fee != PS_OFFER_FEE_SCENARIO && fee != PS_OFFER_FEE_FLAT);
  gtk_widget_set_visible (self->rows[PS_OFFER_FIELD_FEE_CAP_MONTHLY], fee != PS_OFFER_FEE_SCENARIO && fee != PS_OFFER_FEE_FLAT);
}

static void
update_editor_title (PsOffersView *self)
{
  /* Translators: the title of the editor of an offer; %s is its name */
  g_autofree char *title = g_strdup_printf (_("Offer “%s”"), self->offers[self->selected].name);

  adw_preferences_group_set_title (self->editor_group, title);
}

/* The firm's versement mobilité: a city chosen sets it (ps_offer_vm_source,
 * as the engine), so the rate row then shows that city's rate, greyed,
 * and says where it comes from; otherwise the rate typed. */
void
ps_offers_view_show_vm_rule (PsOffersView *self)
{
  GtkWidget *row = self->rows[PS_OFFER_FIELD_VM_PCT];
  const PsOffer *o = &self->offers[self->selected];
  const char *own_title = g_object_get_data (G_OBJECT (row), "ps-vm-title");
  const char *own_tooltip = g_object_get_data (G_OBJECT (row), "ps-vm-tooltip");
  g_autofree char *text = NULL, *tooltip = NULL;
  gboolean from_city;
  gboolean filling = self->filling;
  double rate = NAN;

  if (!self->built || self->selected < 0 || self->selected >= self->n)
    return;
  if (own_title == NULL)
    {
      /* the row's own words, from the template */
      g_object_set_data_full (G_OBJECT (row), "ps-vm-title",
                              g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))), g_free);
      g_object_set_data_full (G_OBJECT (row), "ps-vm-tooltip", g_strdup (gtk_widget_get_tooltip_text (row)), g_free);
      own_title = g_object_get_data (G_OBJECT (row), "ps-vm-title");
      own_tooltip = g_object_get_data (G_OBJECT (row), "ps-vm-tooltip");
    }
  from_city = self->has_scenario && ps_offer_vm_source (self->params, o, &rate) == PS_OFFER_VM_CITY;
  if (from_city)
    {
      g_autofree char *pct = ps_format_percent (rate * 100, 2);

      text = ps_format_number (rate * 100, 2);
      /* Translators: the rate row's tooltip when a city is chosen; %s
       * is the city's rate, "Not given" the first item of the list */
      tooltip = g_strdup_printf (_("The city’s rate, %s, is used: to type another, choose “Not given” as the city"), pct);
    }
  else
    {
      text = ps_offer_get_field_text (o, PS_OFFER_FIELD_VM_PCT);
      tooltip = g_strdup (own_tooltip);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 /* xgettext:no-c-format */
                                 from_city ? _("The city’s versement mobilité (%)") : own_title);
  gtk_widget_set_sensitive (row, !from_city);
  /* the tooltip the row gets back once an error is fixed (row_set_error) */
  g_object_set_data_full (G_OBJECT (row), "ps-own-tooltip", g_strdup (tooltip != NULL ? tooltip : ""), g_free);
  if (self->errors[PS_OFFER_FIELD_VM_PCT] == NULL)
    gtk_widget_set_tooltip_text (row, tooltip);
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), text))
    {
      self->filling = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row), text);
      self->filling = filling;
    }
}

static void
fill_field (PsOffersView *self,
            PsOfferField  field)
{
  g_autofree char *text = NULL;

  if (field == PS_OFFER_FIELD_VM_CITY)
    {
      ps_offer_city_row_show (ADW_COMBO_ROW (self->rows[field]), &self->offers[self->selected]);
      return;
    }
  if (field == PS_OFFER_FIELD_VM_PCT)
    {
      ps_offers_view_show_vm_rule (self);
      return;
    }
  text = ps_offer_get_field_text (&self->offers[self->selected], field);
  gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), text);
}

void
ps_offers_view_fill_editor (PsOffersView *self)
{
  const PsOffer *o;

  if (self->selected < 0 || self->selected >= self->n || !self->built)
    return;
  o = &self->offers[self->selected];
  self->filling = TRUE;
  ps_offers_view_clear_errors (self);
  for (int f = 0; f < PS_N_OFFER_FIELDS; f++)
    fill_field (self, f);
  adw_combo_row_set_selected (self->fee_row, ps_offer_get_fee (o));
  adw_combo_row_set_selected (self->contract_row, ps_offer_get_contract (o));
  gtk_switch_set_active (self->marginal_switch, o->bands.n_bands == 0 || o->bands.marginal);
  self->filling = FALSE;
  update_fee_rows (self);
  update_editor_title (self);
  show_errors (self);
}

static void
entry_changed_cb (GtkEditable  *editable,
                  PsOffersView *self)
{
  PsOfferField field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), "field"));
  PsOffer *offer = &self->offers[self->selected];
  g_autoptr (GError) error = NULL;
  PsOffer edited = *offer;

  if (self->filling)
    return;
  if (!ps_offer_set_field_text (&edited, field, gtk_editable_get_text (editable), &error))
    {
      g_free (self->errors[field]);
      self->errors[field] = g_strdup (error->message);
    }
  else
    {
      g_clear_pointer (&self->errors[field], g_free);
      /* the limits follow the number of rates */
      if (field == PS_OFFER_FIELD_BAND_RATES)
        {
          g_autoptr (GError) limits_error = NULL;
          const char *limits = gtk_editable_get_text (GTK_EDITABLE (self->rows[PS_OFFER_FIELD_BAND_LIMITS]));

          g_clear_pointer (&self->errors[PS_OFFER_FIELD_BAND_LIMITS], g_free);
          if (!ps_offer_set_field_text (&edited, PS_OFFER_FIELD_BAND_LIMITS, limits, &limits_error))
            self->errors[PS_OFFER_FIELD_BAND_LIMITS] = g_strdup (limits_error->message);
        }
      *offer = edited;
      /* a rate typed replaces the city */
      if (field == PS_OFFER_FIELD_VM_PCT)
        {
          self->filling = TRUE;
          fill_field (self, PS_OFFER_FIELD_VM_CITY);
          self->filling = FALSE;
        }
    }
  show_errors (self);
  if (field == PS_OFFER_FIELD_NAME)
    update_editor_title (self);
  ps_offers_view_offer_changed (self, self->selected);
}

/* a city replaces the rate typed (none: a rate of 0) */
static void
city_selected_cb (PsOffersView *self)
{
  if (self->filling)
    return;
  ps_offer_city_row_apply (ADW_COMBO_ROW (self->rows[PS_OFFER_FIELD_VM_CITY]), &self->offers[self->selected]);
  self->filling = TRUE;
  g_clear_pointer (&self->errors[PS_OFFER_FIELD_VM_PCT], g_free);
  fill_field (self, PS_OFFER_FIELD_VM_PCT);
  self->filling = FALSE;
  show_errors (self);
  ps_offers_view_offer_changed (self, self->selected);
}

static void
fee_selected_cb (PsOffersView *self)
{
  PsOffer *offer = &self->offers[self->selected];

  if (self->filling)
    return;
  ps_offer_set_fee (offer, adw_combo_row_get_selected (self->fee_row));
  self->filling = TRUE;
  fill_field (self, PS_OFFER_FIELD_BAND_RATES);
  fill_field (self, PS_OFFER_FIELD_BAND_LIMITS);
  self->filling = FALSE;
  for (int f = PS_OFFER_FIELD_FEE_PCT; f <= PS_OFFER_FIELD_BAND_LIMITS; f++)
    if (is_fee_field (f))
      g_clear_pointer (&self->errors[f], g_free);
  update_fee_rows (self);
  show_errors (self);
  ps_offers_view_offer_changed (self, self->selected);
}

static void
contract_selected_cb (PsOffersView *self)
{
  if (self->filling)
    return;
  ps_offer_set_contract (&self->offers[self->selected], adw_combo_row_get_selected (self->contract_row));
  ps_offers_view_offer_changed (self, self->selected);
}

static void
marginal_cb (PsOffersView *self)
{
  if (self->filling)
    return;
  self->offers[self->selected].bands.marginal = gtk_switch_get_active (self->marginal_switch);
  ps_offers_view_offer_changed (self, self->selected);
}

/* the editor's rows tell the view what is typed or chosen */
void
ps_offers_view_editor_connect (PsOffersView *self)
{
  for (int f = 0; f < PS_N_OFFER_FIELDS; f++)
    {
      g_object_set_data (G_OBJECT (self->rows[f]), "field", GINT_TO_POINTER (f));
      if (f != PS_OFFER_FIELD_VM_CITY)
        g_signal_connect (self->rows[f], "changed", G_CALLBACK (entry_changed_cb), self);
    }
  /* the scenario's, when it came before the widgets */
  ps_offer_city_row_set_params (ADW_COMBO_ROW (self->rows[PS_OFFER_FIELD_VM_CITY]),
                                self->has_scenario ? self->params : NULL);
  g_signal_connect_object (self->rows[PS_OFFER_FIELD_VM_CITY], "notify::selected", G_CALLBACK (city_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fee_row, "notify::selected", G_CALLBACK (fee_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->contract_row, "notify::selected", G_CALLBACK (contract_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->marginal_switch, "notify::active", G_CALLBACK (marginal_cb), self, G_CONNECT_SWAPPED);
}
