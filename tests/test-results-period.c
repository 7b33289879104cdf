/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The results per month or per year: the switch above the cards turns
 * the cards, the breakdown and the tips' gains to the engine's yearly
 * figures (a year is twelve months: ps-period) and back, and is
 * remembered. Run under a display (xvfb-run); screenshots go to
 * <build>/tests/screenshots/ (results-year-<width>-<lang>.png). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ps-ui-test-utils.h"
#include "ps-inputs-page.h"
#include "ps-line-item.h"
#include "ps-test-utils.h"
#include "ps-chart-view.h"
#include "ps-comparison.h"
#include "ps-money.h"
#include "ps-period.h"
#include "ps-protection-details.h"
#include "ps-protection-row.h"
#include "ps-rights.h"
#include "ps-tips.h"
#include "ps-results-view.h"
#include "ps-status-card.h"
#include "ps-status-summary.h"
#include "ps-tip-item.h"
#include "ps-window.h"
#include "ps-year.h"
#include "ps-year-summary.h"

static PsWindow *
open_window (int width,
             int height)
{
  PsWindow *window = ps_ui_open_window (width, height);

  ps_ui_iterate (200);
  return window;
}

/* The results page's scrolled content, whole. */
static GtkWidget *
results_content (PsWindow *window)
{
  GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (ps_window_get_results_view (window)));
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

  return gtk_viewport_get_child (GTK_VIEWPORT (viewport));
}

static GtkWidget *
results_child (PsWindow   *window,
               const char *id)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ps_window_get_results_view (window)),
                                                    PS_TYPE_RESULTS_VIEW, id));
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_mapped (button));
  gtk_widget_activate (button);
  /* a button's activation clicks it after a timeout (250 ms): on a busy
   * machine one long frame can outlast a fixed wait */
  for (int i = 0; i < 500 && GTK_IS_TOGGLE_BUTTON (button)
                  && !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)); i++)
    ps_ui_iterate (10);
  ps_ui_iterate (300);
}

/* The first label under @widget with the CSS class @class_name. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *class_name)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, class_name))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, class_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
money (double value)
{
  return ps_format_money_display (value);
}

/* The net-vs-TJM chart: its caption and each status's curve, in the
 * tooltip too, are the engine's net at that day rate over @period (its
 * yearly net, or that net's twelfth); a status that can't be used there
 * is said so. */
static void
assert_chart (PsWindow *window,
              PsPeriod  period)
{
  PsResultsView *results = ps_window_get_results_view (window);
  PsChartView *chart = ps_results_view_get_chart (results);
  const PsComparison *c = ps_window_get_comparison (window);
  const PsParams *params = ps_window_get_params (window);
  gboolean yearly = period == PS_PERIOD_YEAR;
  g_autofree PsComparison *at = g_new0 (PsComparison, 1);
  const double *values;
  int n_points, n_series;
  double from, to;

  g_assert_cmpint (ps_chart_view_get_period (chart), ==, period);
  g_assert_cmpstr (ps_chart_view_get_axis_caption (chart), ==,
                   yearly ? _("€ per year, net after tax") : _("€ per month, net after tax"));
  values = ps_chart_view_get_values (chart, &n_points, &n_series);
  g_assert_cmpint (n_series, ==, PS_N_STATUSES);
  g_assert_cmpint (n_points, >, 2);
  ps_chart_sweep_range (c->scenario.tjm, &from, &to);
  /* three day rates of the sweep: its ends and its middle */
  for (int k = 0; k < 3; k++)
    {
      int i = k == 0 ? 0 : k == 1 ? n_points / 2 : n_points - 1;
      PsScenario s = c->scenario;
      g_autofree char *tooltip = ps_chart_view_get_tooltip_text (chart, i);
      g_autofree char *tjm = ps_chart_format_euros (ps_chart_sample_x (from, to, n_points, i));
      g_autofree char *head = g_strdup_printf (yearly ? _("At a TJM of %s, net after tax per year:")
                                                      : _("At a TJM of %s, net after tax per month:"), tjm);

      s.tjm = ps_chart_sample_x (from, to, n_points, i);
      ps_comparison_compute (params, &s, at);
      g_assert_true (g_str_has_prefix (tooltip, head));
      for (int st = 0; st < PS_N_STATUSES; st++)
        {
          const PsStatusResult *r = &at->statuses[st];
          double expected = yearly ? r->net_after_tax_yearly : r->net_after_tax_monthly;
          g_autofree char *amount = money (expected);
          g_autofree char *line = g_strdup_printf (_("%s: %s"), _(ps_status_name (st)),
                                                   r->eligible ? amount : _("can’t be used"));

          if (r->eligible)
            g_assert_cmpfloat_with_epsilon (values[i * n_series + st], expected, 0.005);
          else
            g_assert_true (isnan (values[i * n_series + st]));
          if (strstr (tooltip, line) == NULL)
            g_error ("“%s” not in the tooltip “%s”", line, tooltip);
        }
    }
}

/* The tips' descriptions: each tip's part in the combined plan, from the
 * engine's tips for the window's scenario, over @period. */
static void
assert_tip_texts (PsWindow *window,
                  PsPeriod  period)
{
  PsResultsView *results = ps_window_get_results_view (window);
  const PsComparison *c = ps_window_get_comparison (window);
  GListModel *tips = ps_results_view_get_tips (results);
  g_autoptr (GPtrArray) engine = NULL;
  PsTipsPlan plan;
  guint checked = 0;

  engine = ps_tips_compute_offer (ps_window_get_params (window), &c->scenario, NULL, &plan);
  for (guint k = 0; k < g_list_model_get_n_items (tips); k++)
    {
      g_autoptr (PsTipItem) item = g_list_model_get_item (tips, k);

      for (guint e = 0; e < engine->len; e++)
        {
          PsTip *tip = g_ptr_array_index (engine, e);
          g_autofree char *part = NULL;
          g_autofree char *expected = NULL;

          if (g_strcmp0 (ps_tip_title (tip, period), ps_tip_item_get_title (item)) != 0 || !tip->in_plan
              || plan.status != tip->status || plan.n_tips < 2)
            continue;
          part = ps_format_money (period == PS_PERIOD_YEAR ? 12 * tip->gain_in_plan_monthly
                                                           : tip->gain_in_plan_monthly);
          expected = g_strdup_printf (period == PS_PERIOD_YEAR ? _("%s. %s %s. In the plan: +%s a year.")
                                                               : _("%s. %s %s. In the plan: +%s a month."),
                                      ps_tip_ceiling (tip, period), tip->tradeoff, _(tip->baseline), part);
          g_assert_cmpstr (ps_tip_item_get_description (item), ==, expected);
          checked++;
        }
    }
  /* the default scenario is portage's, with a plan of several tips */
  if (ps_results_view_get_selected_status (results) == PS_STATUS_PORTAGE)
    g_assert_cmpuint (checked, >=, 2);
}

/* The protection: each card's pension and sick month, the selected
 * status's section, over @period (the engine's yearly figures: the
 * pension, the working year, the year with the stop in it). */
static void
assert_protection (PsWindow *window,
                   PsPeriod  period)
{
  PsResultsView *results = ps_window_get_results_view (window);
  const PsComparison *c = ps_window_get_comparison (window);
  const PsParams *params = ps_window_get_params (window);
  PsProtectionDetails *details = ps_results_view_get_protection_details (results);
  gboolean yearly = period == PS_PERIOD_YEAR;

  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      const char *text = ps_protection_row_get_text (ps_results_view_get_protection_row (results, s));
      g_autofree char *sick = NULL;
      g_autofree char *working = NULL;
      g_autofree char *sick_line = NULL;
      PsRights r;

      ps_rights_compute (params, c, s, &r);
      sick = money (yearly ? c->statuses[s].net_before_tax_yearly * 11 / 12 + r.sick_month_net : r.sick_month_net);
      working = money (yearly ? c->statuses[s].net_before_tax_yearly : c->statuses[s].net_before_tax_yearly / 12);
      sick_line = g_strdup_printf (yearly ? _("A year with a month off sick: %s (working: %s)")
                                          : _("A month off sick: %s (working: %s)"), sick, working);
      if (strstr (text, sick_line) == NULL)
        g_error ("“%s” not in “%s”", sick_line, text);
      if (r.scheme != PS_PENSION_SCHEME_NONE)
        {
          g_autofree char *pension = money (yearly ? r.points * r.point_value : r.points * r.point_value / 12);
          g_autofree char *part = g_strdup_printf (yearly ? _("≈ %s a year") : _("≈ %s a month"), pension);

          if (strstr (text, part) == NULL)
            g_error ("“%s” not in “%s”", part, text);
        }
      if (s == (int) ps_results_view_get_selected_status (results))
        {
          const char *value = ps_protection_details_get_value (details, PS_RIGHTS_FIGURE_SICK_MONTH);
          g_autofree char *plain = ps_format_money (yearly ? c->statuses[s].net_before_tax_yearly * 11 / 12
                                                             + r.sick_month_net
                                                           : r.sick_month_net);
          const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (ps_protection_details_get_row (details, PS_RIGHTS_FIGURE_SICK_MONTH)));

          g_assert_nonnull (strstr (value, plain));
          g_assert_cmpstr (title, ==, yearly ? _("A year with a 30-day stop") : _("A 30-day stop"));
          if (r.scheme != PS_PENSION_SCHEME_NONE && r.points > 0)
            {
              g_autofree char *pension = ps_format_money (yearly ? r.points * r.point_value
                                                                 : r.points * r.point_value / 12);

              g_assert_nonnull (strstr (ps_protection_details_get_value (details, PS_RIGHTS_FIGURE_PENSION), pension));
            }
        }
    }
}

/* The cards, the breakdown's lines and totals, the first tip's gain:
 * the engine's figures over @period. */
static PsLineItem *
find_line (GListModel *lines,
           const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      PsLineItem *item = g_list_model_get_item (lines, i);

      if (g_strcmp0 (ps_line_item_get_id (item), id) == 0)
        return item;
      g_object_unref (item);
    }
  g_assert_not_reached ();
}

static void
assert_shows (PsWindow *window,
              PsPeriod  period)
{
  PsResultsView *results = ps_window_get_results_view (window);
  const PsComparison *c = ps_window_get_comparison (window);
  PsStatus selected = ps_results_view_get_selected_status (results);
  const PsStatusResult *r = &c->statuses[selected];
  GListModel *lines = ps_results_view_get_lines (results);
  gboolean yearly = period == PS_PERIOD_YEAR;
  PsStatusSummary sum;

  g_assert_cmpint (ps_results_view_get_period (results), ==, period);
  /* the table at 1280 px, whatever the period; rows at 360 px */
  if (gtk_widget_get_width (GTK_WIDGET (window)) >= 1280)
    g_assert_false (ps_breakdown_get_narrow (ps_results_view_get_breakdown (results)));
  else if (gtk_widget_get_width (GTK_WIDGET (window)) <= 360)
    {
      /* the rows are made in an idle the first time */
      for (int i = 0; i < 300 && !ps_breakdown_get_narrow (ps_results_view_get_breakdown (results)); i++)
        ps_ui_iterate (10);
      g_assert_true (ps_breakdown_get_narrow (ps_results_view_get_breakdown (results)));
    }
  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      /* the engine's own yearly net; the month is its twelfth */
      g_autofree char *expected = money (yearly ? c->statuses[s].net_after_tax_yearly
                                                : c->statuses[s].net_after_tax_monthly);

      g_assert_cmpstr (ps_status_card_get_amount_text (ps_results_view_get_card (results, s)), ==, expected);
    }

  g_assert_cmpuint (g_list_model_get_n_items (lines), >=, (guint) r->n_lines + 1);
  for (int i = 0; i < r->n_lines; i++)
    {
      /* the table groups the lines (contributions, taxes, the health
       * budget): the line's row by its id */
      g_autoptr (PsLineItem) item = find_line (lines, r->lines[i].id);
      double factor = yearly ? 12 : 1;

      if (r->lines[i].employee != 0)
        {
          g_autofree char *expected = money (factor * r->lines[i].employee);

          g_assert_cmpstr (ps_line_item_get_employee (item), ==, expected);
        }
      if (r->lines[i].employer != 0)
        {
          g_autofree char *expected = money (factor * r->lines[i].employer);

          g_assert_cmpstr (ps_line_item_get_employer (item), ==, expected);
        }
      if (r->lines[i].base != 0)
        {
          g_autofree char *expected = money (factor * r->lines[i].base);

          g_assert_cmpstr (ps_line_item_get_base (item), ==, expected);
        }
    }
  ps_status_summary (c, selected, &sum);
  {
    g_autoptr (PsLineItem) total = find_line (lines, "total");
    g_autofree char *amount = money ((yearly ? 12 : 1) * sum.employee_total);
    g_autofree char *expected = g_strdup_printf ("<b>%s</b>", amount);

    g_assert_cmpstr (ps_line_item_get_employee (total), ==, expected);
  }
  {
    const char *title = gtk_label_get_label (GTK_LABEL (results_child (window, "details_title")));

    g_assert_nonnull (strstr (title, yearly ? _("%s: Breakdown per Year") + 4 : _("%s: Breakdown per Month") + 4));
  }

  /* the first tip's gain */
  {
    GListModel *tips = ps_results_view_get_tips (results);
    g_autoptr (PsTipItem) tip = NULL;
    GtkLabel *gain;
    g_autofree char *amount = NULL;
    g_autofree char *expected = NULL;

    g_assert_nonnull (tips);
    /* a status may have none (the SASU at its best split): no group */
    if (g_list_model_get_n_items (tips) == 0)
      {
        g_assert_false (ps_results_view_get_tips_visible (results));
        return;
      }
    tip = g_list_model_get_item (tips, 0);
    gain = find_label (gtk_widget_get_first_child (results_child (window, "tips_list")), "success");
    g_assert_nonnull (gain);
    amount = money ((yearly ? 12 : 1) * ps_tip_item_get_gain_monthly (tip));
    expected = g_strdup_printf (yearly ? _("+%s a year") : _("+%s a month"), amount);
    g_assert_cmpstr (gtk_label_get_label (gain), ==, expected);
  }

  assert_chart (window, period);
  assert_tip_texts (window, period);
  assert_protection (window, period);
}

static char *
settings_period (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_string (settings, "results-period");
}

static void
test_switch (void)
{
  PsWindow *window = open_window (1280, 800);
  g_autofree char *stored = NULL;

  assert_shows (window, PS_PERIOD_MONTH);
  click (results_child (window, "year_button"));
  assert_shows (window, PS_PERIOD_YEAR);
  stored = settings_period ();
  g_assert_cmpstr (stored, ==, "year");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  /* the table grows to its wrapped rows over a few frames (ps-breakdown.c) */
  ps_ui_iterate (1500);
  ps_ui_save_screenshot_full (results_content (window), "results-year-1280", PS_UI_SHOT_WINDOW_BG);
  /* another status, per year too */
  ps_results_view_set_selected_status (ps_window_get_results_view (window), PS_STATUS_SASU);
  ps_ui_iterate (200);
  assert_shows (window, PS_PERIOD_YEAR);
  ps_ui_iterate (1000);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_save_screenshot_full (results_content (window), "results-year-1280-sasu", PS_UI_SHOT_WINDOW_BG);
  ps_ui_close_window (window);

  /* remembered: a new window starts per year; at 360 px */
  window = open_window (360, 800);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  ps_ui_iterate (400);
  assert_shows (window, PS_PERIOD_YEAR);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_save_screenshot_full (results_content (window), "results-year-360", PS_UI_SHOT_WINDOW_BG);
  click (results_child (window, "month_button"));
  assert_shows (window, PS_PERIOD_MONTH);
  g_free (stored);
  stored = settings_period ();
  g_assert_cmpstr (stored, ==, "month");
  ps_ui_close_window (window);
}

/* The realistic year's summary: each status's net over the period (the
 * engine's year, or its twelfth), its net a day worked and an hour the
 * same in both. */
static void
test_year_summary (void)
{
  PsWindow *window = open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  PsYearSummary *summary = ps_results_view_get_year_summary (results);
  g_autofree PsYear *year = g_new0 (PsYear, 1);
  PsYearInputs inputs;

  ps_year_inputs_init (&inputs);
  ps_year_compute (ps_window_get_params (window), &ps_window_get_comparison (window)->scenario, &inputs, year);
  ps_results_view_set_period (results, PS_PERIOD_MONTH);
  ps_results_view_set_year (results, year);
  for (int pass = 0; pass < 2; pass++)
    {
      gboolean yearly = pass == 1;

      if (yearly)
        {
          click (results_child (window, "year_button"));
          g_assert_cmpint (ps_results_view_get_period (results), ==, PS_PERIOD_YEAR);
        }
      for (int s = 0; s < PS_N_STATUSES; s++)
        {
          const PsStatusResult *r = &year->comparison.statuses[s];
          const char *text = ps_year_summary_get_text (summary, s);
          g_autofree char *net = ps_format_money (yearly ? r->net_after_tax_yearly : r->net_after_tax_yearly / 12);
          g_autofree char *other = ps_format_money (yearly ? r->net_after_tax_yearly / 12 : r->net_after_tax_yearly);
          g_autofree char *per_day = ps_format_money (year->net_per_day[s]);
          g_autofree char *line = g_strdup_printf (yearly ? _("%s a year") : _("%s a month"), net);

          if (!r->eligible)
            continue;
          if (strstr (text, line) == NULL)
            g_error ("“%s” not in “%s”", line, text);
          g_assert_null (strstr (text, other));
          g_assert_nonnull (strstr (text, per_day));
        }
    }
  ps_ui_close_window (window);
}

/* Where curves cross: the same day rates per month and per year, the net
 * there twelve times the month's; the labels drawn at 360 px (screenshot
 * chart-crossings-year-360). Three straight lines (rising, falling,
 * nearly flat) cross around the middle's day rate. */
static void
test_chart_crossings (void)
{
  GtkWidget *window = gtk_window_new ();
  PsChartView *chart = PS_CHART_VIEW (ps_chart_view_new ());
  const char *names[] = { "Portage salarial", "SASU", "EURL", NULL };
  /* 3 points from 400 to 600 € a day: a rising, a falling, a flat */
  const double values[] = { 3000, 5000, 4000,
                            4000, 4000, 4000.5,
                            5000, 3000, 4001 };
  const double marker[] = { 4000, 4000, 4000.5 };
  const PsChartCrossing *month = NULL, *year = NULL;
  g_autofree PsChartCrossing *month_copy = NULL;
  int n_month, n_year;

  ps_chart_view_set_data (chart, 400, 600, 3, 3, values, names, 500, marker);
  n_month = ps_chart_view_get_crossings (chart, &month);
  g_assert_cmpint (n_month, >, 0);
  month_copy = g_memdup2 (month, sizeof *month * n_month);
  ps_chart_view_set_period (chart, PS_PERIOD_YEAR);
  n_year = ps_chart_view_get_crossings (chart, &year);
  g_assert_cmpint (n_year, ==, n_month);
  for (int k = 0; k < n_year; k++)
    {
      g_assert_cmpfloat_with_epsilon (year[k].x, month_copy[k].x, 1e-6);
      g_assert_cmpfloat_with_epsilon (year[k].y, 12 * month_copy[k].y, 1e-6);
    }
  {
    g_autofree char *tooltip = ps_chart_view_get_tooltip_text (chart, 1);
    g_autofree char *amount = money (12 * 4000.0);

    g_assert_nonnull (strstr (tooltip, amount));
  }
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 300);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  ps_ui_iterate (300);
  ps_ui_save_screenshot (GTK_WIDGET (chart), "chart-crossings-year-360");
  gtk_window_destroy (GTK_WINDOW (window));
  ps_ui_iterate (20);
}

/* A setting edited by hand to something else: per month. */
static void
test_unknown_value (void)
{
  PsWindow *window = open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);

  ps_results_view_set_period (results, PS_PERIOD_YEAR);
  g_object_set (results, "period", "fortnight", NULL);
  g_assert_cmpint (ps_results_view_get_period (results), ==, PS_PERIOD_MONTH);
  assert_shows (window, PS_PERIOD_MONTH);
  ps_ui_close_window (window);
}

/* A displayed amount ("<b>1948.00 €</b>", "−2.01 €", "") in euros. */
static double
parse_amount (const char *text)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  gboolean negative = strstr (text, "\u2212") != NULL || text[0] == '-';

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p == '.')
      g_string_append_c (digits, *p);
  return (negative ? -1 : 1) * g_ascii_strtod (digits->str, NULL);
}

/* Every total of the table is the sum of the lines shown above it, back
 * to the table's start or its section's heading, to the cent a line: for
 * every status, at several day rates, per month and per year. A line
 * that is not counted (the health budget paid from the net) sits under a
 * heading of its own, after the totals. */
static void
test_tables_add_up (void)
{
  PsWindow *window = open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  const char *tjms[] = { "250", "550", "900" };

  for (guint t = 0; t < G_N_ELEMENTS (tjms); t++)
    {
      GtkWidget *row = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);

      gtk_editable_set_text (GTK_EDITABLE (row), tjms[t]);
      ps_ui_iterate (300);
      for (int period = 0; period < 2; period++)
        {
          click (results_child (window, period ? "year_button" : "month_button"));
          for (int st = 0; st < PS_N_STATUSES; st++)
            {
              GListModel *lines = ps_results_view_get_lines (results);
              double employee = 0, employer = 0;
              int n = 0, n_totals = 0;
              g_autofree char *last_id = NULL;

              ps_results_view_set_selected_status (results, st);
              ps_ui_iterate (50);
              for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
                {
                  g_autoptr (PsLineItem) item = g_list_model_get_item (lines, i);
                  const char *id = ps_line_item_get_id (item);
                  g_autofree char *what = g_strdup_printf ("%s €/day, %s, %s, row %u", tjms[t],
                                                           period ? "year" : "month", ps_status_id (st), i);

                  if (g_str_equal (id, "heading"))
                    {
                      employee = employer = 0;
                      n = 0;
                    }
                  else if (g_str_equal (id, "total"))
                    {
                      ps_assert_euros (employee, parse_amount (ps_line_item_get_employee (item)), 0.005 * n + 1e-6, what);
                      ps_assert_euros (employer, parse_amount (ps_line_item_get_employer (item)), 0.005 * n + 1e-6, what);
                      employee = employer = 0;
                      n = 0;
                      n_totals++;
                    }
                  else
                    {
                      employee += parse_amount (ps_line_item_get_employee (item));
                      employer += parse_amount (ps_line_item_get_employer (item));
                      n++;
                      g_free (last_id);
                      last_id = g_strdup (id);
                    }
                }
              g_assert_cmpint (n_totals, >=, 1);
              /* nothing left outside a total but the health budget,
               * under its heading */
              g_assert_cmpint (n, <=, 1);
              if (n == 1)
                g_assert_cmpstr (last_id, ==, "health_budget");
            }
        }
    }
  ps_ui_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!ps_ui_init (&argc, &argv))
    return 0;
  {
    g_autoptr (GSettings) s = g_settings_new (APP_ID);

    g_settings_set_string (s, "results-period", "month");
  }

  g_test_add_func ("/ps/results-period/switch", test_switch);
  g_test_add_func ("/ps/results-period/unknown-value", test_unknown_value);
  g_test_add_func ("/ps/results-period/tables-add-up", test_tables_add_up);
  g_test_add_func ("/ps/results-period/year-summary", test_year_summary);
  g_test_add_func ("/ps/results-period/chart-crossings", test_chart_crossings);
  return g_test_run ();
}
