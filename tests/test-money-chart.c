/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Where the money goes" under the breakdown, and the glossary, in the
 * window: the chart follows the selected card and shows the engine's
 * segments (ps-money-split) with their amounts; no legend row is shorter
 * than its text at 1280 and 360 px; the breakdown's "?" opens the
 * glossary, whose search finds a term alone or the entries that speak of a
 * word; the glossary terms of the breakdown's lines and of the chart's
 * legend are links that open the glossary on their term (by the keyboard:
 * Tab, then Enter); the chart's colours differ from the statuses' and from
 * their neighbours', light and dark. Runs under a display (xvfb-run). Screenshots go to
 * <build>/tests/screenshots/ (-fr with LC_ALL=fr_FR.UTF-8, -dark with
 * ADW_DEBUG_COLOR_SCHEME=prefer-dark). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ps-ui-test-utils.h"
#include "ps-application.h"
#include "ps-breakdown.h"
#include "ps-chart-view.h"
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

/* ------------------------------------------------------------ links */

/* The first label under @widget with a link to @term's glossary entry */
static GtkLabel *
find_term_link (GtkWidget  *widget,
                const char *term)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      g_autofree char *href = g_strdup_printf ("href=\"glossary:%s\"", term);

      if (strstr (gtk_label_get_label (GTK_LABEL (widget)), href) != NULL)
        return GTK_LABEL (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_term_link (child, term);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static PsGlossaryWindow *
find_glossary_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) w = g_list_model_get_item (toplevels, i);

      if (PS_IS_GLOSSARY_WINDOW (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return PS_GLOSSARY_WINDOW (w);
    }
  return NULL;
}

/* Tab to @label's link, Enter: the glossary shows @term alone. */
static void
activate_link (GtkLabel   *label,
               const char *term)
{
  PsGlossaryWindow *glossary;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (label)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (label), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (label)));
  g_signal_emit_by_name (label, "activate-current-link");
  ps_ui_iterate (200);
  glossary = find_glossary_window ();
  g_assert_nonnull (glossary);
  g_assert_cmpstr (gtk_editable_get_text (ps_glossary_window_get_search (glossary)), ==, term);
  g_assert_cmpuint (ps_glossary_window_get_n_shown (glossary), ==, 1);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (glossary));
  {
    g_autofree char *name = g_strdup_printf ("glossary-link-%s", term);

    ps_ui_save_screenshot (GTK_WIDGET (glossary), name);
  }
  gtk_window_close (GTK_WINDOW (glossary));
  ps_ui_iterate (100);
}

static void
test_links (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PsApplication) app = ps_application_new ();
  PsWindow *window;
  PsResultsView *results;
  GtkLabel *label;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  window = ps_window_new (ADW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  ps_ui_wait_for_width (GTK_WIDGET (window), 1280);
  results = ps_window_get_results_view (window);

  /* a payslip line: the CSG */
  ps_ui_scroll_to (GTK_WIDGET (ps_results_view_get_breakdown (results)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  label = find_term_link (GTK_WIDGET (ps_results_view_get_breakdown (results)), "CSG");
  g_assert_nonnull (label);
  /* the link's tooltip is the definition */
  g_assert_nonnull (strstr (gtk_label_get_label (label), "title=\""));
  ps_ui_save_screenshot (GTK_WIDGET (window), "breakdown-glossary-links");
  activate_link (label, "CSG");

  /* the SASU's chart: the IS */
  ps_results_view_set_selected_status (results, PS_STATUS_SASU);
  ps_ui_iterate (200);
  ps_ui_scroll_to (GTK_WIDGET (ps_results_view_get_money_chart (results)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  label = find_term_link (GTK_WIDGET (ps_results_view_get_money_chart (results)), "IS");
  activate_link (label, "IS");

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  ps_ui_iterate (20);
  g_assert_finalize_object (window);
}

/* ------------------------------------------------------------ colours */

/* CIE L*a*b* of an sRGB colour (D65) */
static void
to_lab (const GdkRGBA *c,
        double         lab[3])
{
  double rgb[3] = { c->red, c->green, c->blue }, xyz[3], f[3];
  static const double white[3] = { 0.95047, 1.0, 1.08883 };

  for (int i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  xyz[0] = 0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2];
  xyz[1] = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  xyz[2] = 0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2];
  for (int i = 0; i < 3; i++)
    {
      double t = xyz[i] / white[i];

      f[i] = t > 216.0 / 24389 ? cbrt (t) : (24389.0 / 27 * t + 16) / 116;
    }
  lab[0] = 116 * f[1] - 16;
  lab[1] = 500 * (f[0] - f[1]);
  lab[2] = 200 * (f[1] - f[2]);
}

/* ΔE*ab (CIE 1976): about 2.3 is a just noticeable difference */
static double
delta_e (const GdkRGBA *a,
         const GdkRGBA *b)
{
  double x[3], y[3];

  to_lab (a, x);
  to_lab (b, y);
  return sqrt ((x[0] - y[0]) * (x[0] - y[0]) + (x[1] - y[1]) * (x[1] - y[1]) + (x[2] - y[2]) * (x[2] - y[2]));
}

/* No segment has a status's colour or one close to it … */
#define MIN_FROM_STATUS 12.0
/* … and two neighbours in the bar differ clearly (the réserve paid later
 * and the net, both yours, are two greens 20 apart) */
#define MIN_NEIGHBOURS 20.0

static void
test_colors (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  const PsComparison *c = ps_window_get_comparison (window);

  for (int dark = 0; dark < 2; dark++)
    {
      for (int k = 0; k < PS_N_MONEY_KINDS; k++)
        for (int s = 0; s < 6; s++)
          {
            GdkRGBA kind, status;

            ps_money_chart_kind_color (k, dark, &kind);
            ps_chart_series_color (s, &status);
            if (gdk_rgba_equal (&kind, &status) || delta_e (&kind, &status) < MIN_FROM_STATUS)
              g_test_fail_printf ("%s: the colour of %s is the series %d’s (ΔE %.1f)",
                                  dark ? "dark" : "light", ps_money_kind_id (k), s, delta_e (&kind, &status));
          }
      for (int s = 0; s < PS_N_STATUSES; s++)
        {
          PsMoneySplit split;
          int last = -1;

          ps_money_split (c, s, &split);
          for (int i = 0; i < split.n_segments; i++)
            {
              if (!(split.segments[i].share > 0))
                continue;
              if (last >= 0)
                {
                  GdkRGBA a, b;

                  ps_money_chart_kind_color (split.segments[last].kind, dark, &a);
                  ps_money_chart_kind_color (split.segments[i].kind, dark, &b);
                  g_test_message ("%s %s: %s | %s: ΔE %.1f", dark ? "dark" : "light", ps_status_id (s),
                                  ps_money_kind_id (split.segments[last].kind),
                                  ps_money_kind_id (split.segments[i].kind), delta_e (&a, &b));
                  if (delta_e (&a, &b) < MIN_NEIGHBOURS)
                    g_test_fail_printf ("%s %s: %s and %s look alike (ΔE %.1f)", dark ? "dark" : "light",
                                        ps_status_id (s), ps_money_kind_id (split.segments[last].kind),
                                        ps_money_kind_id (split.segments[i].kind), delta_e (&a, &b));
                }
              last = i;
            }
        }
    }
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
  g_test_add_func ("/glossary-window/links", test_links);
  g_test_add_func ("/money-chart/colors", test_colors);
  return g_test_run ();
}
