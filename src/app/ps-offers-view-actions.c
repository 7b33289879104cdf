/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Offers view's actions: add (blank or an example), edit, duplicate,
 * delete, make current, import, export, check a quote. */
#define G_LOG_DOMAIN "ps-offers-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "ps-offer-chooser.h"
#include "ps-offers-view-private.h"

void
ps_offers_view_update_actions (PsOffersView *self)
{
  GtkWidget *w = GTK_WIDGET (self);
  gboolean room = self->n < PS_MAX_OFFERS;

  gtk_widget_action_set_enabled (w, "offers.add-blank", room);
  gtk_widget_action_set_enabled (w, "offers.add-example", room);
  gtk_widget_action_set_enabled (w, "offers.import", room);
  gtk_widget_action_set_enabled (w, "offers.duplicate", room);
  gtk_widget_action_set_enabled (w, "offers.delete", self->n > 1);
}

static void
add_blank_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PsOffer offer;

  /* everything from the scenario until the user says otherwise */
  ps_offer_init (&offer, _("New offer"));
  ps_offers_view_add (PS_OFFERS_VIEW (widget), &offer);
}

static void
add_example_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PsOffersView *self = PS_OFFERS_VIEW (widget);
  g_autoptr (GError) error = NULL;
  PsOffer offer;

  if (!ps_offers_view_load_example (g_variant_get_string (parameter, NULL), &offer, &error))
    ps_offers_view_toast (self, error->message);
  else
    ps_offers_view_add (self, &offer);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PsOffersView *self = PS_OFFERS_VIEW (widget);

  ps_offers_view_select (self, g_variant_get_int32 (parameter));
  gtk_widget_grab_focus (self->rows[PS_OFFER_FIELD_NAME]);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ps_offers_view_duplicate (PS_OFFERS_VIEW (widget), g_variant_get_int32 (parameter));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PsOffersView *self = PS_OFFERS_VIEW (widget);
  int index = g_variant_get_int32 (parameter);
  g_autofree char *title = NULL;

  if (index < 0 || index >= self->n)
    return;
  /* Translators: %s is an offer's name */
  title = g_strdup_printf (_("Offer “%s” deleted"), self->offers[index].name);
  ps_offers_view_remove (self, index);
  ps_offers_view_toast (self, title);
}

static void
set_current_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ps_offers_view_set_current (PS_OFFERS_VIEW (widget), g_variant_get_int32 (parameter));
}

static void
imported_cb (GtkWidget  *widget,
             const char *path,
             gpointer    user_data)
{
  PsOffersView *self = PS_OFFERS_VIEW (widget);
  g_autoptr (GError) error = NULL;

  if (path == NULL)
    ps_offers_view_toast (self, _("Only local files can be opened"));
  else if (!ps_offers_view_import (self, path, &error))
    ps_offers_view_toast (self, error->message);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ps_offer_chooser_show (widget, FALSE, NULL, imported_cb, NULL);
}

static void
exported_cb (GtkWidget  *widget,
             const char *path,
             gpointer    user_data)
{
  PsOffersView *self = PS_OFFERS_VIEW (widget);
  int index = GPOINTER_TO_INT (user_data);
  g_autoptr (GError) error = NULL;

  if (path == NULL)
    ps_offers_view_toast (self, _("Only local files can be saved"));
  else if (index >= self->n)
    return;
  else if (!ps_offers_view_export (self, index, path, &error))
    ps_offers_view_toast (self, error->message);
  else
    {
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *name = g_filename_display_name (basename);
      /* Translators: %s is a file name */
      g_autofree char *title = g_strdup_printf (_("Offer exported to “%s”"), name);

      ps_offers_view_toast (self, title);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PsOffersView *self = PS_OFFERS_VIEW (widget);
  int index = g_variant_get_int32 (parameter);

  if (index < 0 || index >= self->n)
    return;
  ps_offer_chooser_show (widget, TRUE, self->offers[index].name, exported_cb, GINT_TO_POINTER (index));
}

static void
check_quote_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ps_offers_view_check_quote (PS_OFFERS_VIEW (widget));
}

void
ps_offers_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "offers.add-blank", NULL, add_blank_action);
  gtk_widget_class_install_action (widget_class, "offers.add-example", "s", add_example_action);
  gtk_widget_class_install_action (widget_class, "offers.edit", "i", edit_action);
  gtk_widget_class_install_action (widget_class, "offers.duplicate", "i", duplicate_action);
  gtk_widget_class_install_action (widget_class, "offers.delete", "i", delete_action);
  gtk_widget_class_install_action (widget_class, "offers.set-current", "i", set_current_action);
  gtk_widget_class_install_action (widget_class, "offers.export", "i", export_action);
  gtk_widget_class_install_action (widget_class, "offers.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "offers.check-quote", NULL, check_quote_action);
}
