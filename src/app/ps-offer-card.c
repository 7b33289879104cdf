/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-offers-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-money.h"
#include "ps-offer-card.h"

static GMenuModel *
card_menu (int index)
{
  GMenu *menu = g_menu_new ();
  GMenu *section = g_menu_new ();
  struct { const char *label, *action; } items[] = {
    { N_("_Edit"), "offers.edit" },
    { N_("_Duplicate"), "offers.duplicate" },
    { N_("E_xport…"), "offers.export" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (items); k++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (_(items[k].label), NULL);

      g_menu_item_set_action_and_target_value (item, items[k].action, g_variant_new_int32 (index));
      g_menu_append_item (menu, item);
    }
  {
    g_autoptr (GMenuItem) item = g_menu_item_new (_("_Delete"), NULL);

    g_menu_item_set_action_and_target_value (item, "offers.delete", g_variant_new_int32 (index));
    g_menu_append_item (section, item);
  }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);
  return G_MENU_MODEL (menu);
}

GtkWidget *
ps_offer_card_build (PsOfferCard *c,
                     int          i)
{
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/ps-offer-card.ui");
  g_autoptr (GMenuModel) menu = card_menu (i);
  GtkWidget *card;

  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  c->name_label = GTK_LABEL (gtk_builder_get_object (builder, "name_label"));
  c->best_label = GTK_WIDGET (gtk_builder_get_object (builder, "best_label"));
  c->current_label = GTK_WIDGET (gtk_builder_get_object (builder, "current_label"));
  c->unusable_label = GTK_LABEL (gtk_builder_get_object (builder, "unusable_label"));
  c->amount_label = GTK_LABEL (gtk_builder_get_object (builder, "amount_label"));
  c->year_label = GTK_LABEL (gtk_builder_get_object (builder, "year_label"));
  c->costs_label = GTK_LABEL (gtk_builder_get_object (builder, "costs_label"));
  c->difference_label = GTK_LABEL (gtk_builder_get_object (builder, "difference_label"));
  c->lines_box = GTK_WIDGET (gtk_builder_get_object (builder, "lines_box"));
  c->current_button = GTK_BUTTON (gtk_builder_get_object (builder, "current_button"));
  c->menu_button = GTK_MENU_BUTTON (gtk_builder_get_object (builder, "menu_button"));
  gtk_menu_button_set_menu_model (c->menu_button, menu);
  /* the target before the action: a button never holds the one without the other */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (c->current_button), "i", i);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (c->current_button), "offers.set-current");
  card = GTK_WIDGET (gtk_builder_get_object (builder, "card"));
  /* the builder lets go of it on return */
  return g_object_ref (card);
}

void
ps_offer_card_update (PsOfferCard         *c,
                      int                  i,
                      const PsOffer       *offer,
                      const PsOfferResult *r,
                      gboolean             current,
                      const gboolean      *differ)
{
  g_autofree char *amount = ps_format_money_display (r->status.net_after_tax_monthly);
  g_autofree char *year = ps_format_money_display (r->status.net_after_tax_yearly);
  g_autofree char *costs = ps_format_money_display (r->fee_yearly + r->extras_yearly);
  g_autofree char *year_text = NULL, *costs_text = NULL, *difference = NULL;
  GtkWidget *child;

  gtk_label_set_label (c->name_label, offer->name);
  gtk_label_set_label (c->amount_label, amount);
  /* Translators: under an offer's net after tax a month; %s is an amount */
  year_text = g_strdup_printf (_("net after income tax a month, %s a year"), year);
  gtk_label_set_label (c->year_label, year_text);
  /* Translators: %s is an amount */
  costs_text = g_strdup_printf (_("Fee and charges: %s a year"), costs);
  gtk_label_set_label (c->costs_label, costs_text);

  gtk_widget_remove_css_class (GTK_WIDGET (c->difference_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (c->difference_label), "dim-label");
  if (r->best)
    difference = g_strdup (_("The best of these offers"));
  else if (!r->status.eligible)
    {
      difference = g_strdup (_("Can’t be used at this revenue"));
      gtk_widget_add_css_class (GTK_WIDGET (c->difference_label), "dim-label");
    }
  else
    {
      g_autofree char *delta = ps_format_money_display (r->vs_best_yearly);

      /* Translators: %s is a (negative) amount */
      difference = g_strdup_printf (_("%s a year against the best"), delta);
      gtk_widget_add_css_class (GTK_WIDGET (c->difference_label), r->vs_best_yearly < -0.005 ? "error" : "dim-label");
    }
  gtk_label_set_label (c->difference_label, difference);

  gtk_widget_set_visible (c->best_label, r->best);
  gtk_widget_set_visible (c->current_label, current);
  gtk_widget_set_visible (GTK_WIDGET (c->unusable_label), !r->status.eligible);
  if (!r->status.eligible && ps_unusable_label (r->status.unusable) != NULL)
    gtk_label_set_label (c->unusable_label, _(ps_unusable_label (r->status.unusable)));
  if (r->status.eligible)
    gtk_widget_remove_css_class (GTK_WIDGET (c->amount_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (c->amount_label), "dim-label");

  /* the lines where the offers differ */
  while ((child = gtk_widget_get_first_child (c->lines_box)) != NULL)
    gtk_box_remove (GTK_BOX (c->lines_box), child);
  for (int a = 0; a < PS_N_OFFER_ASPECTS; a++)
    if (differ[a])
      {
        g_autofree char *what = ps_offer_describe (offer, r, a);
        /* Translators: a line of an offer, “Fee: 7 % of the revenue” */
        g_autofree char *text = g_strdup_printf (_("%s: %s"), _(ps_offer_aspect_label (a)), what);
        GtkWidget *label = gtk_label_new (text);

        gtk_label_set_xalign (GTK_LABEL (label), 0);
        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
        gtk_widget_add_css_class (label, "offer-line");
        gtk_box_append (GTK_BOX (c->lines_box), label);
      }
  gtk_widget_set_visible (c->lines_box, gtk_widget_get_first_child (c->lines_box) != NULL);

  gtk_button_set_label (c->current_button, current ? _("_Stop Using") : _("_Use in the Comparison"));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (c->current_button), "i", current ? -1 : i);
  gtk_widget_set_tooltip_text (GTK_WIDGET (c->current_button),
                               current ? _("The comparison goes back to the scenario’s fee")
                                                  : _("The comparison’s portage card uses this offer"));
}
