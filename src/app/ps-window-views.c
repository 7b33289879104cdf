/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's panes and views: which one shows, and the switchers. */
#define G_LOG_DOMAIN "ps-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-window-private.h"

static void
show_results_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->results_pane);
}

static void
show_inputs_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->inputs_pane);
}

/* The views switch from the header, or from a bar at the bottom when the
 * header has no room for it. */
static void
update_switchers (PsWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean in_header = !folded
                       && adw_squeezer_get_visible_child (ADW_SQUEEZER (self->view_switcher)) != self->no_switcher;

  gtk_widget_set_visible (self->view_switcher, !folded);
  adw_view_switcher_bar_set_reveal (ADW_VIEW_SWITCHER_BAR (self->switcher_bar), !in_header);
}

/* A narrow window has no room for the Export label: the icon says it. */
static void
folded_changed_cb (PsWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  adw_button_content_set_label (self->export_content, folded ? "" : _("_Export"));
  update_switchers (self);
  _ps_window_update_title (self);
}

void
_ps_window_class_views_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-results", NULL, show_results_action);
  gtk_widget_class_install_action (widget_class, "win.show-inputs", NULL, show_inputs_action);
}

void
_ps_window_views_init (PsWindow *self)
{
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_switcher, "notify::visible-child", G_CALLBACK (update_switchers),
                           self, G_CONNECT_SWAPPED);
  update_switchers (self);
}
