/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's panes and views: which one shows, the switchers, and what
 * the first frame does not show, made after it. The first frame shows the
 * Inputs and the Comparison's cards: the other views are made when first
 * shown (an AdwViewStack measures all its pages, and each view's template
 * costs), and what is under the cards is shown once the first frame is
 * drawn, so that the first layout measures, shapes and draws none of it. */
#define G_LOG_DOMAIN "ps-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-offers-view.h"
#include "ps-scenarios-view.h"
#include "ps-timing.h"
#include "ps-window-private.h"
#include "ps-years-view.h"

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

/* ------------------------------------------------------------ views */

/* The Offers view is made with the window (it holds the offers the
 * comparison uses and a scenario file keeps): its widgets are made as it
 * goes in its page. */
PsOffersView *
_ps_window_ensure_offers_view (PsWindow *self)
{
  if (adw_bin_get_child (ADW_BIN (self->offers_bin)) == NULL)
    {
      adw_bin_set_child (ADW_BIN (self->offers_bin), GTK_WIDGET (self->offers_view));
      ps_timing_mark ("view: offers");
    }
  return self->offers_view;
}

PsYearsView *
_ps_window_ensure_years_view (PsWindow *self)
{
  if (self->years_view == NULL)
    {
      self->years_view = PS_YEARS_VIEW (ps_years_view_new ());
      adw_bin_set_child (ADW_BIN (self->years_bin), GTK_WIDGET (self->years_view));
      _ps_window_update_stale (self);
      /* what compute () gave the view while it was not there */
      if (self->has_results)
        ps_years_view_update (self->years_view,
                              g_hash_table_lookup (self->rates, GINT_TO_POINTER (PS_DATE_YEAR (self->params->date))),
                              self->params, self->comparison);
      ps_timing_mark ("view: years");
    }
  return self->years_view;
}

PsScenariosView *
_ps_window_ensure_scenarios_view (PsWindow *self)
{
  if (self->scenarios_view == NULL)
    {
      self->scenarios_view = g_object_new (PS_TYPE_SCENARIOS_VIEW, NULL);
      adw_bin_set_child (ADW_BIN (self->scenarios_bin), GTK_WIDGET (self->scenarios_view));
      /* what compute () gave the view while it was not there */
      if (self->has_results)
        ps_scenarios_view_set_current (self->scenarios_view, &self->last_valid,
                                       ps_offers_view_get_current (self->offers_view));
      ps_timing_mark ("view: scenarios");
    }
  return self->scenarios_view;
}

static gboolean
make_visible_view_cb (gpointer data)
{
  PsWindow *self = data;
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  self->make_view_id = 0;
  if (g_strcmp0 (name, "years") == 0)
    _ps_window_ensure_years_view (self);
  else if (g_strcmp0 (name, "offers") == 0)
    _ps_window_ensure_offers_view (self);
  else if (g_strcmp0 (name, "scenarios") == 0)
    _ps_window_ensure_scenarios_view (self);
  return G_SOURCE_REMOVE;
}

/* The view switched to is made once the stack's switch is over (its
 * switchers' buttons updated), before the next frame. */
static void
visible_view_changed_cb (PsWindow *self)
{
  if (self->make_view_id == 0)
    self->make_view_id = g_idle_add_full (G_PRIORITY_HIGH, make_visible_view_cb, self, NULL);
}

/* ------------------------------------------------------------ first frame */

static gboolean
below_fold_cb (gpointer data)
{
  PsWindow *self = data;

  self->below_fold_id = 0;
  self->below_fold_shown = TRUE;
  ps_results_view_show_below_fold (self->results_view);
  ps_inputs_page_show_below_fold (self->inputs_page);
  ps_timing_mark ("window: below the fold shown");
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                PsWindow      *self)
{
  ps_timing_mark ("window: first frame drawn");
  g_clear_signal_handler (&self->first_frame_id, clock);
  /* after the frame, not within it */
  if (self->below_fold_id == 0)
    self->below_fold_id = g_idle_add (below_fold_cb, self);
}

static void
window_realized_cb (PsWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->first_frame_id == 0 && self->below_fold_id == 0 && !self->below_fold_shown)
    self->first_frame_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), self);
}

/* its frame clock goes with its surface */
static void
window_unrealized_cb (PsWindow *self)
{
  g_clear_signal_handler (&self->first_frame_id, gtk_widget_get_frame_clock (GTK_WIDGET (self)));
}

void
_ps_window_views_dispose (PsWindow *self)
{
  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    window_unrealized_cb (self);
  g_clear_handle_id (&self->below_fold_id, g_source_remove);
  g_clear_handle_id (&self->make_view_id, g_source_remove);
}

/* ------------------------------------------------------------ init */

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
  g_signal_connect_object (self->view_stack, "notify::visible-child-name", G_CALLBACK (visible_view_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "realize", G_CALLBACK (window_realized_cb), NULL);
  g_signal_connect (self, "unrealize", G_CALLBACK (window_unrealized_cb), NULL);
  update_switchers (self);
}
