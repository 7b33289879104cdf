/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Where the money goes" under the breakdown, and the glossary, in the
 * window: the chart follows the selected card and shows the engine's
 * segments (ps-money-split) with their amounts; no legend row is shorter
 * than its text at 1280 and 360 px; the breakdown's "?" opens the
 * glossary, whose search finds a term alone or the entries that speak of a
 * word. Runs under a display (xvfb-run). Screenshots go to
 * <build>/tests/screenshots/ (-fr with LC_ALL=fr_FR.UTF-8, -dark with
 * ADW_DEBUG_COLOR_SCHEME=prefer-dark). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ps-ui-test-utils.h"
#include "ps-glossary-window.h"
#include "ps-money.h"
#include "ps-money-chart.h"
#include "ps-money-split.h"
#include "ps-results-view.h"
#include "ps-window.h"

static void
wait_for_width (GtkWidget *window,
                int        width)
{
  gtk_test_widget_wait_for_draw (window);
  for (int i = 0, last = -1, same = 0; i < 200 && same < 5; i++)
    {
      int now = gtk_widget_get_width (window);

      same = now == last ? same + 1 : 0;
      last = now;
      if (now == width)
        break;
      ps_ui_iterate (10);
    }
  ps_ui_iterate (100);
}

static PsWindow *
open_window (int width,
             int height)
{
  PsWindow *window = ps_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_width (GTK_WIDGET (window), width);
  return window;
}

static void
close_window (GtkWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (window);
  ps_ui_iterate (20);
  g_assert_finalize_object (window);
}

static const char *
shot_tag (void)
{
  static char tag[32];
  const char *lang = g_getenv ("LANGUAGE");
  const char *messages = setlocale (LC_MESSAGES, NULL);
  const char *scheme = g_getenv ("ADW_DEBUG_COLOR_SCHEME");
  gboolean fr = (lang != NULL && g_str_has_prefix (lang, "fr"))
                || (messages != NULL && g_str_has_prefix (messages, "fr"));

  g_snprintf (tag, sizeof tag, "%s%s", fr ? "fr" : "en",
              scheme != NULL && strstr (scheme, "dark") != NULL ? "-dark" : "");
  return tag;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                           ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "screenshots", NULL);
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, shot_tag ());
  g_autofree char *path = g_build_filename (dir, file, NULL);
  int width = 0, height = 0;

  for (int i = 0; node == NULL && i < 100; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      if (i > 0)
        ps_ui_iterate (50);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* Scrolls the page that holds @widget so that @widget is at its top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkPolicyType vertical;
  GtkAdjustment *adjustment;
  double x, y;

  for (;;)
    {
      gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (scroller), NULL, &vertical);
      if (vertical != GTK_POLICY_NEVER)
        break;
      scroller = gtk_widget_get_ancestor (gtk_widget_get_parent (scroller), GTK_TYPE_SCROLLED_WINDOW);
    }
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  for (int i = 0; i < 5; i++)
    {
      GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

      if (GTK_IS_VIEWPORT (content))
        content = gtk_viewport_get_child (GTK_VIEWPORT (content));
      g_assert_true (gtk_widget_translate_coordinates (widget, content, 0, 0, &x, &y));
      gtk_adjustment_set_value (adjustment, y - 12);
      ps_ui_iterate (100);
    }
}

/* Every descendant of @widget is at least as tall as its content needs
 * for its width: nothing drawn over its neighbour. */
static void
assert_rows_fit (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum = 0, height;

      if (!gtk_widget_get_visible (child) || gtk_widget_get_width (child) <= 0)
        continue;
      /* the title bar's buttons are the theme's */
      if (ADW_IS_HEADER_BAR (child))
        continue;
      /* a scrolled page is shorter than its content: its rows are not */
      if (GTK_IS_VIEWPORT (child))
        {
          assert_rows_fit (child);
          continue;
        }
      /* measured with its margins, allocated without */
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL,
                          gtk_widget_get_width (child) + gtk_widget_get_margin_start (child) + gtk_widget_get_margin_end (child),
                          &minimum, NULL, NULL, NULL);
      height = gtk_widget_get_height (child) + gtk_widget_get_margin_top (child) + gtk_widget_get_margin_bottom (child);
      if (height < minimum)
        g_test_fail_printf ("a %s is %d px tall for %d px of content (%d px wide, in a %s)", G_OBJECT_TYPE_NAME (child), height, minimum, gtk_widget_get_width (child), G_OBJECT_TYPE_NAME (widget));
      assert_rows_fit (child);
    }
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
check_status (PsWindow     *window,
              PsStatus      status,
              const char   *shot)
{
  PsResultsView *results = ps_window_get_results_view (window);
  PsMoneyChart *chart = ps_results_view_get_money_chart (results);
  PsMoneySplit split;

  ps_results_view_set_selected_status (results, status);
  ps_ui_iterate (200);
  {
    PsMoneySplit all;

    /* the chart leaves out a rounding of cents (ps_money_split_shown) */
    ps_money_split (ps_window_get_comparison (window), status, &all);
    ps_money_split_shown (&all, &split);
    for (int i = 0; i < split.n_segments; i++)
      g_assert_cmpint (split.segments[i].kind != PS_MONEY_ROUNDING || fabs (split.segments[i].monthly) >= 1.0, ==, TRUE);
  }
  g_assert_cmpuint (ps_money_chart_get_n_items (chart), ==, split.n_segments);
  for (int i = 0; i < split.n_segments; i++)
    {
      g_autofree char *text = ps_money_chart_get_item_text (chart, i);
      g_autofree char *amount = ps_format_money_display (split.segments[i].monthly);

      g_assert_nonnull (text);
      if (strstr (text, amount) == NULL)
        g_test_fail_printf ("%s: “%s” does not show %s", ps_status_id (status), text, amount);
    }
  /* the last is the net after tax of the card */
  g_assert_cmpint (split.segments[split.n_segments - 1].kind, ==, PS_MONEY_NET);
  g_assert_cmpfloat (split.segments[split.n_segments - 1].yearly, ==,
                     ps_window_get_comparison (window)->statuses[status].net_after_tax_yearly);
  scroll_to (GTK_WIDGET (chart));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  assert_rows_fit (GTK_WIDGET (chart));
  if (shot != NULL)
    save_screenshot (GTK_WIDGET (window), shot);
}

static void
test_follows_card (void)
{
  PsWindow *window = open_window (1280, 800);

  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      g_autofree char *name = g_strdup_printf ("money-chart-1280-%s", ps_status_id (s));

      check_status (window, s, s == PS_STATUS_PORTAGE || s == PS_STATUS_SASU ? name : NULL);
    }
  close_window (GTK_WINDOW (window));
}

static void
test_narrow (void)
{
  PsWindow *window = open_window (360, 800);

  /* the results page of the folded window */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  ps_ui_iterate (400);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (ps_window_get_results_view (window))));
  check_status (window, PS_STATUS_PORTAGE, "money-chart-360-portage");
  check_status (window, PS_STATUS_SASU, "money-chart-360-sasu");
  check_status (window, PS_STATUS_CDI, NULL);
  close_window (GTK_WINDOW (window));
}

static void
test_glossary (void)
{
  PsWindow *window = open_window (1280, 800);
  GtkWidget *button = find_action_button (GTK_WIDGET (ps_window_get_results_view (window)), "app.glossary");
  PsGlossaryWindow *glossary;

  /* the breakdown's heading has its "?" */
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  scroll_to (button);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (button));
  save_screenshot (GTK_WIDGET (window), "breakdown-glossary-button");

  glossary = ps_glossary_window_new (GTK_WINDOW (window), "RGDU");
  gtk_window_present (GTK_WINDOW (glossary));
  wait_for_width (GTK_WIDGET (glossary), 560);
  g_assert_cmpuint (ps_glossary_window_get_n_shown (glossary), ==, 1);
  save_screenshot (GTK_WIDGET (glossary), "glossary-rgdu");
  ps_glossary_window_set_query (glossary, "dividend");
  g_assert_cmpuint (ps_glossary_window_get_n_shown (glossary), >=, 3);
  ps_glossary_window_set_query (glossary, "qwerty");
  g_assert_cmpuint (ps_glossary_window_get_n_shown (glossary), ==, 0);
  ps_glossary_window_set_query (glossary, NULL);
  g_assert_cmpuint (ps_glossary_window_get_n_shown (glossary), >=, 40);
  ps_ui_iterate (100);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (glossary));
  ps_ui_iterate (300);
  g_test_message ("glossary at %d px", gtk_widget_get_width (GTK_WIDGET (glossary)));
  assert_rows_fit (GTK_WIDGET (glossary));
  save_screenshot (GTK_WIDGET (glossary), "glossary-all");
  /* a phone's width */
  gtk_window_set_default_size (GTK_WINDOW (glossary), 360, 640);
  wait_for_width (GTK_WIDGET (glossary), 360);
  ps_ui_iterate (300);
  save_screenshot (GTK_WIDGET (glossary), "glossary-360");
  g_test_message ("glossary at %d px", gtk_widget_get_width (GTK_WIDGET (glossary)));
  assert_rows_fit (GTK_WIDGET (glossary));
  close_window (GTK_WINDOW (glossary));
  close_window (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
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
    g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  g_test_add_func ("/money-chart/follows-card", test_follows_card);
  g_test_add_func ("/money-chart/narrow", test_narrow);
  g_test_add_func ("/glossary-window/search", test_glossary);
  return g_test_run ();
}
