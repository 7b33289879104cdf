/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window as a user sees it: it opens, takes typing, refuses a bad day
 * rate, draws its chart, fits 360 px, shows the whole page, selects a
 * status, and answers fast. Run under a display (xvfb-run, see
 * build-aux/test.sh). Screenshots go to <build>/tests/screenshots/. */
#include "config.h"

#include <adwaita.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "ps-ui-test-utils.h"
#include "ps-application.h"
#include "ps-chart-legend.h"
#include "ps-chart-view.h"
#include "ps-comparison.h"
#include "ps-money.h"
#include "ps-preferences-window.h"
#include "ps-rates.h"
#include "ps-results-view.h"
#include "ps-status-card.h"
#include "ps-status-summary.h"
#include "ps-tip-item.h"
#include "ps-tips.h"
#include "ps-window.h"

/* How many different colours a widget shows: a blank one shows 1. */
static guint
count_colours (GtkWidget *widget,
               guint      *out_series_pixels)
{
  g_autoptr (GdkTexture) texture = ps_ui_render (widget, PS_UI_SHOT_DEFAULT);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  g_autoptr (GHashTable) colours = g_hash_table_new (NULL, NULL);
  GdkRGBA blue;
  guint series = 0;

  ps_chart_series_color (0, &blue);
  gdk_texture_download (texture, data, width * 4);
  for (int i = 0; i < width * height; i++)
    {
      guint32 px = ((guint32 *) data)[i];
      /* GDK_MEMORY_DEFAULT: B G R A in memory on little-endian */
      guint8 b = data[i * 4], g = data[i * 4 + 1], r = data[i * 4 + 2];

      g_hash_table_add (colours, GUINT_TO_POINTER (px));
      if (abs (r - (int) (blue.red * 255)) < 12 && abs (g - (int) (blue.green * 255)) < 12
          && abs (b - (int) (blue.blue * 255)) < 12)
        series++;
    }
  if (out_series_pixels != NULL)
    *out_series_pixels = series;
  return g_hash_table_size (colours);
}

/* ------------------------------------------------------------ tests */

static void
test_opens (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  g_autofree PsComparison *expected = NULL;
  g_autofree char *shot = NULL;
  PsScenario scenario;
  int n_best = 0;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_nonnull (ps_window_get_comparison (window));

  /* a card per status of the engine, showing the engine's figure */
  ps_scenario_init (&scenario, ps_window_get_params (window));
  expected = ps_ui_engine_comparison (&scenario);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      PsStatusCard *card = ps_results_view_get_card (results, i);
      g_autofree char *amount = ps_format_money (expected->statuses[i].net_after_tax_monthly);

      g_assert_nonnull (card);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (card)));
      g_assert_cmpstr (ps_status_card_get_amount_text (card), ==, amount);
      n_best += ps_status_card_get_best (card);
      g_assert_cmpint (ps_status_card_get_best (card), ==, (int) expected->best == i);
    }
  g_assert_cmpint (n_best, ==, 1);

  /* the breakdown of the selected status: its lines and a total */
  g_assert_cmpuint (g_list_model_get_n_items (ps_results_view_get_lines (results)), ==,
                    expected->statuses[ps_results_view_get_selected_status (results)].n_lines + 1);

  /* the results can be exported */
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PS_TYPE_WINDOW,
                                                                                    "export_button"))));

  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-1280x800", PS_UI_SHOT_DEFAULT);
  ps_ui_close_window (window);
}

static void
test_typing_tjm (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree PsComparison *expected = NULL;
  PsScenario scenario;

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "700");
  ps_scenario_init (&scenario, ps_window_get_params (window));
  scenario.tjm = 700;
  expected = ps_ui_engine_comparison (&scenario);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      g_autofree char *amount = ps_format_money (expected->statuses[i].net_after_tax_monthly);
      g_assert_cmpstr (ps_ui_card_text (window, i), ==, amount);
    }

  /* a French decimal comma and thousands spaces are numbers too */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "1 050,50");
  scenario.tjm = 1050.5;
  g_free (expected);
  expected = ps_ui_engine_comparison (&scenario);
  {
    g_autofree char *amount = ps_format_money (expected->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly);
    g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_PORTAGE), ==, amount);
  }
  ps_ui_close_window (window);
}

static void
test_invalid_tjm (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  GtkWidget *row = ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_TJM);
  g_autofree char *before = NULL;
  g_autofree char *before_cdi = NULL;
  g_autofree char *shot = NULL;

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "640");
  before = g_strdup (ps_ui_card_text (window, PS_STATUS_PORTAGE));
  before_cdi = g_strdup (ps_ui_card_text (window, PS_STATUS_CDI));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (ps_window_get_results_view (window)), "dim-label"));

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "six cents");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_false (ps_inputs_page_is_valid (page));
  g_assert_nonnull (ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_TJM));
  g_assert_nonnull (strstr (ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_TJM), "six cents"));
  /* the results keep the last valid state, dimmed */
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_PORTAGE), ==, before);
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_CDI), ==, before_cdi);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ps_window_get_results_view (window)), "dim-label"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-invalid-tjm", PS_UI_SHOT_DEFAULT);

  /* out of range, then empty */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "0");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_PORTAGE), ==, before);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "");
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  /* fixed: the mark goes, the results follow */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "640");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (ps_window_get_results_view (window)), "dim-label"));
  g_assert_true (ps_inputs_page_is_valid (page));
  g_assert_null (ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_TJM));
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_PORTAGE), ==, before);
  ps_ui_close_window (window);
}

static void
test_chart_draws (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsChartView *chart = ps_results_view_get_chart (ps_window_get_results_view (window));
  g_autofree char *shot = NULL;
  g_autofree char *window_shot = NULL;
  guint colours, blue_pixels;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), >, 200);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >=, 200);
  colours = count_colours (GTK_WIDGET (chart), &blue_pixels);
  g_test_message ("chart: %u colours, %u pixels of the first curve", colours, blue_pixels);
  g_assert_cmpuint (colours, >, 20);
  /* the first curve is drawn: a 2.5 px line across most of the width */
  g_assert_cmpuint (blue_pixels, >, 300);
  shot = ps_ui_screenshot (GTK_WIDGET (chart), "chart", PS_UI_SHOT_DEFAULT);

  /* micro's curve stops at its ceiling, marked with its day rate: 83 600 €
   * over 200 days, 418 € (in the sweep around 550 €) */
  {
    const char *label = NULL;
    g_autofree char *tjm = ps_chart_format_euros (418);

    g_assert_cmpfloat_with_epsilon (ps_chart_view_get_limit (chart, &label), 83600.0 / 200, 1e-9);
    g_assert_nonnull (label);
    g_assert_nonnull (strstr (label, tjm));
  }
  ps_ui_scroll_to (GTK_WIDGET (chart));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (ps_ui_screenshot (GTK_WIDGET (window), "window-chart-ceiling", PS_UI_SHOT_DEFAULT));

  /* a fixed CDI offer makes the curves cross: a break-even point */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_CDI_GROSS_YEARLY, "60 000");
  {
    const PsChartCrossing *crossings;
    int n = ps_chart_view_get_crossings (chart, &crossings);

    g_assert_cmpint (n, >=, 1);
    g_assert_cmpfloat (crossings[0].x, >, 0);
  }
  /* the offer row's title has finished moving up */
  ps_ui_iterate (400);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (chart));
  window_shot = ps_ui_screenshot (GTK_WIDGET (window), "window-break-even", PS_UI_SHOT_DEFAULT);
  ps_ui_close_window (window);
}

/* The charts' small text shows the narrow no-break space that groups
 * French thousands and precedes "€": DejaVu Sans draws it 2 px wide at
 * that size, and "8 000" read "8000" on the axis. */
static void
test_chart_thousands (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  GtkWidget *chart = GTK_WIDGET (ps_results_view_get_chart (ps_window_get_results_view (window)));
  g_autoptr (PangoLayout) plain = ps_chart_legend_layout (chart, "8000");
  g_autoptr (PangoLayout) grouped = ps_chart_legend_layout (chart, "8\u202f000");
  g_autoptr (PangoLayout) spaced = ps_chart_legend_layout (chart, "8 000");
  int w_plain, w_grouped, w_spaced;

  pango_layout_get_pixel_size (plain, &w_plain, NULL);
  pango_layout_get_pixel_size (grouped, &w_grouped, NULL);
  pango_layout_get_pixel_size (spaced, &w_spaced, NULL);
  g_test_message ("8000: %d px, 8 000 (narrow): %d px, 8 000 (space): %d px", w_plain, w_grouped, w_spaced);
  /* visible, and no wider than a word space */
  g_assert_cmpint (w_grouped - w_plain, >=, 3);
  g_assert_cmpint (w_grouped, <=, w_spaced);
  ps_ui_close_window (window);
}

static void
test_narrow (void)
{
  PsWindow *window = ps_ui_open_window (360, 720);
  AdwLeaflet *leaflet = ADW_LEAFLET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                    PS_TYPE_WINDOW, "leaflet"));
  g_autofree char *inputs = NULL;
  g_autofree char *other = NULL;
  g_autofree char *results = NULL;
  g_autofree char *split = NULL;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  inputs = ps_ui_screenshot (GTK_WIDGET (window), "window-360-inputs", PS_UI_SHOT_DEFAULT);

  /* the other statuses' options fit: a SASU salary typed, a switch on */
  ps_ui_expand (window, "micro_expander");
  ps_ui_expand (window, "company_expander");
  ps_ui_set_switch (window, "vl_switch", TRUE);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "40 000");
  ps_ui_iterate (300);
  ps_ui_scroll_to (ps_ui_page_child (window, "micro_expander"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  other = ps_ui_screenshot (GTK_WIDGET (window), "window-360-other-statuses", PS_UI_SHOT_DEFAULT);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  ps_ui_iterate (400);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  results = ps_ui_screenshot (GTK_WIDGET (window), "window-360-results", PS_UI_SHOT_DEFAULT);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (ps_window_get_results_view (window))));
  /* the chart, with micro's ceiling marked */
  ps_ui_scroll_to (GTK_WIDGET (ps_results_view_get_chart (ps_window_get_results_view (window))));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (ps_ui_screenshot (GTK_WIDGET (window), "window-360-chart", PS_UI_SHOT_DEFAULT));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);

  /* the SASU's breakdown and its split */
  ps_results_view_set_selected_status (ps_window_get_results_view (window), PS_STATUS_SASU);
  ps_ui_iterate (100);
  ps_ui_scroll_to (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ps_window_get_results_view (window)),
                                                              PS_TYPE_RESULTS_VIEW, "details_title")));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  split = ps_ui_screenshot (GTK_WIDGET (window), "window-360-sasu-breakdown", PS_UI_SHOT_DEFAULT);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  ps_ui_close_window (window);
}

/* Everything at once, for a look at the whole page. */
static void
test_full_page (void)
{
  PsWindow *window = ps_ui_open_window (1280, 2400);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  g_autofree char *shot = NULL;

  /* the employer profile, open */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_HEADCOUNT),
                                                                             ADW_TYPE_EXPANDER_ROW)), TRUE);
  ps_ui_expand (window, "micro_expander");
  ps_ui_expand (window, "company_expander");
  ps_ui_iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-full", PS_UI_SHOT_DEFAULT);
  ps_ui_close_window (window);
}

static void
test_select_status (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  const PsComparison *c = ps_window_get_comparison (window);

  for (int i = PS_N_STATUSES - 1; i >= 0; i--)
    {
      PsStatusSummary sum;

      ps_status_summary (c, i, &sum);
      ps_results_view_set_selected_status (results, i);
      g_assert_cmpint (ps_results_view_get_selected_status (results), ==, i);
      gboolean health = FALSE;

      for (int k = 0; k < c->statuses[i].n_lines; k++)
        health |= g_strcmp0 (c->statuses[i].lines[k].id, "health_budget") == 0;
      /* the lines, the total of contributions; the taxes apart, under
       * a heading and with their total; the health budget paid from the
       * net under a heading */
      g_assert_cmpuint (g_list_model_get_n_items (ps_results_view_get_lines (results)), ==,
                        c->statuses[i].n_lines + 1 + (sum.taxes_total != 0 ? 2 : 0) + (health ? 1 : 0));
    }
  ps_ui_close_window (window);
}

static void
test_speed (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsChartView *chart = ps_results_view_get_chart (ps_window_get_results_view (window));
  const int n = 40;
  gint64 compute = 0, keystroke = 0, draw = 0;

  for (int i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", 450 + 7 * i);
      GtkWidget *row = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);
      gint64 t0 = g_get_monotonic_time (), t1;

      /* a keystroke: parse, every status, the sweep, the widgets */
      gtk_editable_set_text (GTK_EDITABLE (row), text);
      t1 = g_get_monotonic_time ();
      keystroke += t1 - t0;
      compute += ps_window_get_compute_time (window);
      /* and the chart's drawing, rasterized */
      {
        GtkSnapshot *snapshot = gtk_snapshot_new ();
        g_autoptr (GskRenderNode) node = NULL;
        g_autoptr (GdkTexture) texture = NULL;
        GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (chart)));

        GTK_WIDGET_GET_CLASS (chart)->snapshot (GTK_WIDGET (chart), snapshot);
        node = gtk_snapshot_free_to_node (snapshot);
        g_assert_nonnull (node);
        texture = gsk_renderer_render_texture (renderer, node,
                                               &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (GTK_WIDGET (chart)),
                                                                    gtk_widget_get_height (GTK_WIDGET (chart))));
      }
      draw += g_get_monotonic_time () - t1;
    }
  g_test_message ("recompute (all statuses + sweep): %.2f ms; keystroke with widgets: %.2f ms; "
                  "chart render: %.2f ms (mean of %d)",
                  compute / 1000.0 / n, keystroke / 1000.0 / n, draw / 1000.0 / n, n);
  g_print ("# speed: compute %.2f ms, keystroke %.2f ms, chart %.2f ms\n",
           compute / 1000.0 / n, keystroke / 1000.0 / n, draw / 1000.0 / n);
  /* a regression guard, generous for slow machines and valgrind */
  g_assert_cmpfloat (keystroke / 1000.0 / n, <, 250);
  ps_ui_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  if (!ps_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/ps/window/opens", test_opens);
  g_test_add_func ("/ps/window/typing-tjm", test_typing_tjm);
  g_test_add_func ("/ps/window/invalid-tjm", test_invalid_tjm);
  g_test_add_func ("/ps/window/chart-draws", test_chart_draws);
  g_test_add_func ("/ps/window/chart-thousands", test_chart_thousands);
  g_test_add_func ("/ps/window/narrow", test_narrow);
  g_test_add_func ("/ps/window/full-page", test_full_page);
  g_test_add_func ("/ps/window/select-status", test_select_status);
  g_test_add_func ("/ps/window/speed", test_speed);
  return g_test_run ();
}
