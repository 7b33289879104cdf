/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-offers-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-offer-chooser.h"

typedef struct
{
  GtkWidget     *widget;
  PsOfferChosen  chosen;
  gpointer       user_data;
} Pending;

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             Pending         *pending)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      pending->chosen (pending->widget, path, pending->user_data);
    }
  g_object_unref (pending->widget);
  g_free (pending);
  /* the reference taken when shown */
  g_object_unref (chooser);
}

void
ps_offer_chooser_show (GtkWidget     *widget,
                       gboolean       save,
                       const char    *name,
                       PsOfferChosen  chosen,
                       gpointer       user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr (GtkFileFilter) json = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  Pending *pending = g_new0 (Pending, 1);

  chooser = gtk_file_chooser_native_new (save ? _("Export the Offer") : _("Import an Offer"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         save ? _("_Export") : _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (json, _("Offers (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  if (save && name != NULL)
    {
      /* Translators: the name proposed for an exported offer; keep .json */
      g_autofree char *file = g_strdup_printf (_("%s.json"), name);

      g_strdelimit (file, "/\\", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file);
    }
  pending->widget = g_object_ref (widget);
  pending->chosen = chosen;
  pending->user_data = user_data;
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
