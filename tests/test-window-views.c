/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The views of the results other than the Comparison are made when first
 * shown (the first frame measures, styles and draws none of them), and
 * then show what they would have shown had they been there from the
 * start: the inputs typed meanwhile, a value in error dimming them; what
 * is under the Comparison's cards is shown after the first frame; the
 * switchers highlight the view shown. Runs under a display (xvfb-run). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "ps-scenarios-view.h"
#include "ps-status-summary.h"
#include "ps-ui-test-utils.h"
#include "ps-window.h"
#include "ps-years-view.h"

static const char *const later[] = { "years", "offers", "scenarios" };

static PsWindow *
open_window_sized (int width)
{
  PsWindow *window = ps_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_iterate (50);
  return window;
}

static PsWindow *
open_window (void)
{
  return open_window_sized (1280);
}

static void
close_window (PsWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  ps_ui_iterate (20);
  g_assert_finalize_object (window);
}

static AdwViewStack *
view_stack (PsWindow *window)
{
  return ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (ps_window_get_results_view (window)),
                                                  ADW_TYPE_VIEW_STACK));
}

/* What the page of @name holds: NULL until the view is made. */
static GtkWidget *
page_view (PsWindow   *window,
           const char *name)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (view_stack (window), name);

  g_assert_true (ADW_IS_BIN (page));
  return adw_bin_get_child (ADW_BIN (page));
}

static void
show_view (PsWindow   *window,
           const char *name)
{
  ps_ui_show_view (window, name);
}

static void
set_tjm (PsWindow   *window,
         const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (ps_inputs_page_get_row (ps_window_get_inputs_page (window),
                                                               PS_SCENARIO_FIELD_TJM)),
                         text);
  ps_ui_iterate (20);
}

/* At start only the Comparison is there; each view comes in its page when
 * first shown, with the inputs typed before. */
static void
test_made_when_shown (void)
{
  PsWindow *window = open_window ();
  const PsComparison *comparison;
  GtkWidget *view;

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "comparison");
  for (guint i = 0; i < G_N_ELEMENTS (later); i++)
    g_assert_null (page_view (window, later[i]));

  /* typed while the views are not there */
  set_tjm (window, "690");
  comparison = ps_window_get_comparison (window);
  g_assert_nonnull (comparison);
  g_assert_cmpfloat (comparison->scenario.tjm, ==, 690);
  for (guint i = 0; i < G_N_ELEMENTS (later); i++)
    g_assert_null (page_view (window, later[i]));

  /* the Years view: the projection of the comparison shown */
  show_view (window, "years");
  view = page_view (window, "years");
  g_assert_true (PS_IS_YEARS_VIEW (view));
  g_assert_nonnull (ps_years_view_get_projection (PS_YEARS_VIEW (view)));
  g_assert_cmpfloat (ps_years_view_get_projection (PS_YEARS_VIEW (view))->years[PS_STATUS_PORTAGE][0].tjm, ==, 690);
  g_assert_true (view == GTK_WIDGET (ps_window_get_years_view (window)));
  g_assert_null (page_view (window, "scenarios"));

  /* the Offers view: the one that held the offers from the start */
  show_view (window, "offers");
  view = page_view (window, "offers");
  g_assert_true (PS_IS_OFFERS_VIEW (view));
  g_assert_true (view == GTK_WIDGET (ps_window_get_offers_view (window)));
  g_assert_nonnull (ps_offers_view_get_result (PS_OFFERS_VIEW (view), 0));

  /* the Scenarios view: its first column is the comparison shown */
  show_view (window, "scenarios");
  view = page_view (window, "scenarios");
  g_assert_true (PS_IS_SCENARIOS_VIEW (view));
  {
    const PsScenarios *scenarios = ps_scenarios_view_get_results (PS_SCENARIOS_VIEW (view));

    g_assert_cmpint (scenarios->n, ==, 1);
    g_assert_cmpfloat (scenarios->columns[0].comparison.scenario.tjm, ==, 690);
    for (int s = 0; s < PS_N_STATUSES; s++)
      {
        PsStatusSummary in_view, in_window;

        ps_status_summary (&scenarios->columns[0].comparison, s, &in_view);
        ps_status_summary (comparison, s, &in_window);
        g_assert_cmpfloat (in_view.net_after_tax, ==, in_window.net_after_tax);
      }
  }

  /* made once: back and forth keeps them */
  show_view (window, "comparison");
  show_view (window, "years");
  g_assert_true (page_view (window, "years") == GTK_WIDGET (ps_window_get_years_view (window)));
  close_window (window);
}

/* A value in error before the Years view is made: it comes dimmed, as
 * the results it shows are the last valid inputs'. */
static void
test_stale_when_made (void)
{
  PsWindow *window = open_window ();

  set_tjm (window, "-5");
  g_assert_false (ps_inputs_page_is_valid (ps_window_get_inputs_page (window)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ps_window_get_results_view (window)), "dim-label"));
  g_assert_null (page_view (window, "years"));
  show_view (window, "years");
  g_assert_true (gtk_widget_has_css_class (page_view (window, "years"), "dim-label"));
  set_tjm (window, "600");
  g_assert_false (gtk_widget_has_css_class (page_view (window, "years"), "dim-label"));
  close_window (window);
}

/* The toggle buttons under @widget (a switcher), in @buttons. */
static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  if (GTK_IS_TOGGLE_BUTTON (widget))
    {
      g_ptr_array_add (buttons, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, buttons);
}

/* The switcher @switcher (a wide or narrow AdwViewSwitcher, or the
 * bottom bar) has one button per page, in the pages' order, and only the
 * one of the page shown is checked, as a state (what the style draws) and
 * as a toggle. */
static void
assert_switcher_on (GtkWidget  *switcher,
                    const char *name)
{
  static const char *const pages[] = { "comparison", "years", "offers", "scenarios" };
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  collect_buttons (switcher, buttons);
  g_assert_cmpuint (buttons->len, ==, G_N_ELEMENTS (pages));
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      gboolean shown = g_str_equal (pages[i], name);

      g_test_message ("%s: %s %s, state %x", name, pages[i],
                      gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)) ? "active" : "-",
                      gtk_widget_get_state_flags (button));
      g_assert_cmpint (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)), ==, shown);
      g_assert_cmpint (!!(gtk_widget_get_state_flags (button) & GTK_STATE_FLAG_CHECKED), ==, shown);
    }
}

/* Every view in turn, by its button of a switcher (checked as a click
 * does), then by the stack, at 1280 px (the header's switcher) and 360 px
 * (the bottom bar): the view shown is the one asked for, made and mapped,
 * and every switcher checks its button and no other (the screenshots
 * show it; they are taken once the view made is drawn: on a loaded
 * machine, the first frame after the switch could still show the
 * previous page's button checked). */
static void
test_switcher_follows (void)
{
  static const char *const order[] = { "years", "offers", "scenarios", "comparison", "offers", "years" };
  const int widths[] = { 1280, 360 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      PsWindow *window = open_window_sized (widths[w]);
      GtkWidget *squeezer = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window), PS_TYPE_WINDOW, "view_switcher");
      GtkWidget *bar = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window), PS_TYPE_WINDOW, "switcher_bar");

      if (widths[w] == 360)
        {
          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
          ps_ui_iterate (100);
        }
      for (guint by_stack = 0; by_stack < 2; by_stack++)
        for (guint i = 0; i < G_N_ELEMENTS (order); i++)
          {
            GtkWidget *switcher = widths[w] == 360 ? bar : adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer));
            g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
            GtkWidget *page = adw_view_stack_get_child_by_name (view_stack (window), order[i]);

            if (by_stack)
              adw_view_stack_set_visible_child_name (view_stack (window), order[i]);
            else
              {
                static const char *const pages[] = { "comparison", "years", "offers", "scenarios" };

                collect_buttons (switcher, buttons);
                g_test_message ("clicking %s in a %s", order[i], G_OBJECT_TYPE_NAME (switcher));
                g_assert_cmpuint (buttons->len, ==, G_N_ELEMENTS (pages));
                for (guint b = 0; b < G_N_ELEMENTS (pages); b++)
                  if (g_str_equal (pages[b], order[i]))
                    gtk_toggle_button_set_active (g_ptr_array_index (buttons, b), TRUE);
              }
            ps_ui_iterate (100);
            gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
            g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, order[i]);
            g_assert_true (adw_view_stack_get_visible_child (view_stack (window)) == page);
            g_assert_true (gtk_widget_get_mapped (page));
            if (!g_str_equal (order[i], "comparison"))
              {
                g_assert_nonnull (page_view (window, order[i]));
                g_assert_true (gtk_widget_get_mapped (page_view (window, order[i])));
              }
            if (widths[w] == 1280)
              {
                /* both header switchers (the squeezer shows one) */
                assert_switcher_on (gtk_widget_get_first_child (squeezer) != NULL
                                    ? adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer)) : squeezer,
                                    order[i]);
              }
            assert_switcher_on (bar, order[i]);
            if (by_stack == 0 && i < 3)
              {
                /* the view made is drawn in full a frame later */
                ps_ui_iterate (300);
                gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
                g_autofree char *shot = g_strdup_printf ("window-views-%d-%s", widths[w], order[i]);

                ps_ui_save_screenshot (GTK_WIDGET (window), shot);
              }
          }
      close_window (window);
    }
}

/* What is under the cards is shown once the first frame is drawn: the
 * breakdown, the money chart and the tips are there, as before. */
static void
test_below_fold_shown (void)
{
  PsWindow *window = open_window ();
  PsResultsView *results = ps_window_get_results_view (window);

  for (int i = 0; i < 500 && !gtk_widget_get_mapped (GTK_WIDGET (ps_results_view_get_breakdown (results))); i++)
    ps_ui_iterate (10);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (ps_results_view_get_breakdown (results))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (ps_results_view_get_chart (results))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (ps_results_view_get_money_chart (results))));
  g_assert_true (ps_results_view_get_tips_visible (results));
  close_window (window);
}

/* The accessors make the view (tests reach a view through them). */
static void
test_accessors_make (void)
{
  PsWindow *window = open_window ();

  g_assert_null (page_view (window, "years"));
  g_assert_true (GTK_WIDGET (ps_window_get_years_view (window)) == page_view (window, "years"));
  g_assert_true (GTK_WIDGET (ps_window_get_scenarios_view (window)) == page_view (window, "scenarios"));
  g_assert_true (GTK_WIDGET (ps_window_get_offers_view (window)) == page_view (window, "offers"));
  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display: run under xvfb-run (build-aux/test.sh does)\n");
      return 0;
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PORTAGE_SIMULATOR_LOCALEDIR") != NULL
                                   ? g_getenv ("PORTAGE_SIMULATOR_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  adw_init ();
  {
    g_autoptr (GSettings) s = g_settings_new (APP_ID);

    g_settings_set_boolean (s, "restore-last-scenario", FALSE);
  }
  {
    /* the application's stylesheet, as AdwApplication loads it */
    g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add_func ("/window-views/made-when-shown", test_made_when_shown);
  g_test_add_func ("/window-views/stale-when-made", test_stale_when_made);
  g_test_add_func ("/window-views/accessors-make", test_accessors_make);
  g_test_add_func ("/window-views/switcher-follows", test_switcher_follows);
  g_test_add_func ("/window-views/below-fold-shown", test_below_fold_shown);
  return g_test_run ();
}
