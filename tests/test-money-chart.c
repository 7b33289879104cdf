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
#include <string.h>

#include "ps-ui-test-utils.h"
#include "ps-glossary-window.h"
#include "ps-money.h"
#include "ps-money-chart.h"
#include "ps-money-split.h"
#include "ps-results-view.h"
#include "ps-window.h"

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
  ps_money_split (ps_window_get_comparison (window), status, &split);
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
  ps_ui_scroll_to (GTK_WIDGET (chart));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  assert_rows_fit (GTK_WIDGET (chart));
  if (shot != NULL)
    ps_ui_save_screenshot (GTK_WIDGET (window), shot);
}

static void
test_follows_card (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);

  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      g_autofree char *name = g_strdup_printf ("money-chart-1280-%s", ps_status_id (s));

      check_status (window, s, s == PS_STATUS_PORTAGE || s == PS_STATUS_SASU ? name : NULL);
    }
  ps_ui_close_window (GTK_WINDOW (window));
}

static void
test_narrow (void)
{
  PsWindow *window = ps_ui_open_window (360, 800);

  /* the results page of the folded window */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  ps_ui_iterate (400);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (ps_window_get_results_view (window))));
  check_status (window, PS_STATUS_PORTAGE, "money-chart-360-portage");
  check_status (window, PS_STATUS_SASU, "money-chart-360-sasu");
  check_status (window, PS_STATUS_CDI, NULL);
  ps_ui_close_window (GTK_WINDOW (window));
}

static void
test_glossary (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  GtkWidget *button = find_action_button (GTK_WIDGET (ps_window_get_results_view (window)), "app.glossary");
  PsGlossaryWindow *glossary;

  /* the breakdown's heading has its "?" */
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  ps_ui_scroll_to (button);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (button));
  ps_ui_save_screenshot (GTK_WIDGET (window), "breakdown-glossary-button");

  glossary = ps_glossary_window_new (GTK_WINDOW (window), "RGDU");
  gtk_window_present (GTK_WINDOW (glossary));
  ps_ui_wait_for_width (GTK_WIDGET (glossary), 560);
  ps_ui_iterate (100);
  g_assert_cmpuint (ps_glossary_window_get_n_shown (glossary), ==, 1);
  ps_ui_save_screenshot (GTK_WIDGET (glossary), "glossary-rgdu");
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
  ps_ui_save_screenshot (GTK_WIDGET (glossary), "glossary-all");
  /* a phone's width */
  gtk_window_set_default_size (GTK_WINDOW (glossary), 360, 640);
  ps_ui_wait_for_width (GTK_WIDGET (glossary), 360);
  ps_ui_iterate (100);
  ps_ui_iterate (300);
  ps_ui_save_screenshot (GTK_WIDGET (glossary), "glossary-360");
  g_test_message ("glossary at %d px", gtk_widget_get_width (GTK_WIDGET (glossary)));
  assert_rows_fit (GTK_WIDGET (glossary));
  ps_ui_close_window (GTK_WINDOW (glossary));
  ps_ui_close_window (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  if (!ps_ui_init (&argc, &argv))
    return 0;
  g_test_add_func ("/money-chart/follows-card", test_follows_card);
  g_test_add_func ("/money-chart/narrow", test_narrow);
  g_test_add_func ("/glossary-window/search", test_glossary);
  return g_test_run ();
}
