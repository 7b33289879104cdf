/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Years view, the breakdown's Protection section and the realistic
 * year, in the window: their figures are the engine's for the window's
 * inputs (ps-projection.c, ps-rights-figures.c, ps-year.c, computed here
 * again), they follow a keystroke, and a bad value names its field. Runs
 * under a display (xvfb-run). Screenshots go to
 * <build>/tests/screenshots/ (-dark when ADW_DEBUG_COLOR_SCHEME asks for
 * it). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ps-ui-test-utils.h"
#include "ps-cash-view.h"
#include "ps-cashflow.h"
#include "ps-money.h"
#include "ps-results-view.h"
#include "ps-status-card.h"
#include "ps-year.h"
#include "ps-projection.h"
#include "ps-rights-figures.h"
#include "ps-window.h"
#include "ps-years-view.h"

static void
show_years (PsWindow *window)
{
  ps_ui_show_view (window, "years");
}

/* The engine's projection for the window's inputs. */
static PsProjection *
engine_projection (PsWindow *window,
                   int       years)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = NULL;
  const PsComparison *c = ps_window_get_comparison (window);
  const PsParams *p = ps_window_get_params (window);
  PsProjection *pr = g_new0 (PsProjection, 1);
  PsProjectionInputs in;

  rates = ps_rates_new_for_year (PS_DATE_YEAR (p->date), &error);
  g_assert_no_error (error);
  ps_projection_inputs_init (&in);
  in.years = years;
  g_assert_true (ps_projection_compute (rates, &c->scenario, p->date, &in, pr, &error));
  g_assert_no_error (error);
  return pr;
}

static void
assert_table (PsYearsView        *view,
              const PsProjection *expected)
{
  const PsProjection *shown = ps_years_view_get_projection (view);

  g_assert_nonnull (shown);
  g_assert_cmpint (shown->n_years, ==, expected->n_years);
  for (int k = 0; k < PS_N_STATUSES; k++)
    for (int y = 0; y < expected->n_years; y++)
      {
        const PsProjectionYear *e = &expected->years[k][y];
        g_autofree char *year = g_strdup_printf ("%d", e->year);
        g_autofree char *net = ps_format_money_display (e->net_accrued);
        g_autofree char *cumulative = ps_format_money_display (e->cumulative_cash);
        g_autofree char *quarters = g_strdup_printf ("%d", e->cumulative_quarters);
        g_autofree char *pension = ps_format_money_display (e->cumulative_pension);

        g_assert_cmpstr (ps_years_view_get_cell (view, k, y, 0), ==, year);
        g_assert_cmpstr (ps_years_view_get_cell (view, k, y, 1), ==, net);
        g_assert_cmpstr (ps_years_view_get_cell (view, k, y, 3), ==, cumulative);
        g_assert_cmpstr (ps_years_view_get_cell (view, k, y, 4), ==, quarters);
        g_assert_cmpstr (ps_years_view_get_cell (view, k, y, 6), ==, pension);
      }
}

static void
test_years (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsYearsView *view = ps_window_get_years_view (window);
  GtkWidget *years_row = ps_years_view_get_years_row (view);
  g_autofree PsProjection *expected = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *table_shot = NULL;
  gint64 start;

  /* hidden, the view waits to be shown */
  g_assert_null (ps_years_view_get_projection (view));
  show_years (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  /* three years by default, the engine's figures */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (years_row)), ==, "3");
  expected = engine_projection (window, 3);
  assert_table (view, expected);
  /* the default scenario bills 110 000 € a year: the micro-entreprise
   * loses its regime the third year (two years above 83 600 €) */
  g_assert_false (expected->years[PS_STATUS_MICRO][2].usable);
  {
    g_autofree char *lost = g_strdup_printf ("%d", expected->years[PS_STATUS_MICRO][2].year);

    g_assert_nonnull (strstr (ps_years_view_get_note (view, PS_STATUS_MICRO), lost));
  }
  /* it is never named as the one that received the most */
  g_assert_cmpint (expected->leader[2], !=, PS_STATUS_MICRO);
  /* the two years it keeps the regime above the ceiling are said to be
   * only tolerated (CGI 102 ter: two years running at most) */
  g_assert_true (expected->years[PS_STATUS_MICRO][0].above_ceiling && expected->years[PS_STATUS_MICRO][0].usable);
  g_assert_true (expected->years[PS_STATUS_MICRO][1].above_ceiling && expected->years[PS_STATUS_MICRO][1].usable);
  {
    g_autofree char *tolerated = g_strdup_printf (_("Above its ceiling in %d–%d: only tolerated, two years running "
                                                    "at most (in orange)"),
                                                  expected->years[PS_STATUS_MICRO][0].year,
                                                  expected->years[PS_STATUS_MICRO][1].year);

    g_assert_nonnull (strstr (ps_years_view_get_note (view, PS_STATUS_MICRO), tolerated));
  }
  /* the chart tells the same: the two tolerated years striped, the year
   * the regime is lost grey; the other statuses' bars plain */
  {
    PsYearsChart *chart = PS_YEARS_CHART (gtk_widget_get_template_child (GTK_WIDGET (view), PS_TYPE_YEARS_VIEW,
                                                                         "chart"));

    g_assert_cmpint (ps_years_chart_get_bar (chart, PS_STATUS_MICRO, 0), ==, PS_YEARS_BAR_TOLERATED);
    g_assert_cmpint (ps_years_chart_get_bar (chart, PS_STATUS_MICRO, 1), ==, PS_YEARS_BAR_TOLERATED);
    g_assert_cmpint (ps_years_chart_get_bar (chart, PS_STATUS_MICRO, 2), ==, PS_YEARS_BAR_UNUSABLE);
    for (int s = 0; s < PS_N_STATUSES; s++)
      for (int y = 0; y < 3; y++)
        if (s != PS_STATUS_MICRO)
          g_assert_cmpint (ps_years_chart_get_bar (chart, s, y), ==,
                           expected->years[s][y].usable ? PS_YEARS_BAR_USABLE : PS_YEARS_BAR_UNUSABLE);
  }
  /* the Comparison greys it (not a lasting choice) and says why: the
   * same rule, told from both sides; never the best */
  {
    PsStatusCard *micro = ps_results_view_get_card (ps_window_get_results_view (window), PS_STATUS_MICRO);
    GtkWidget *badge = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (micro), PS_TYPE_STATUS_CARD,
                                                                  "ineligible_label"));
    const char *tip = gtk_widget_get_tooltip_text (badge);

    g_assert_true (gtk_widget_get_visible (badge));
    g_assert_nonnull (tip);
    g_assert_nonnull (strstr (tip, _("Above the micro-entreprise ceiling. The law keeps the regime for two years "
                                     "running above it at most, then it is lost: not a lasting choice, so not "
                                     "compared here. The Years view shows those years.")));
    g_assert_false (ps_window_get_comparison (window)->statuses[PS_STATUS_MICRO].eligible);
    g_assert_true (!ps_window_get_comparison (window)->has_best
                   || ps_window_get_comparison (window)->best != PS_STATUS_MICRO);
  }

  shot = ps_ui_screenshot (GTK_WIDGET (window), "years-1280x800", PS_UI_SHOT_DEFAULT);

  /* five years: recomputed at once */
  gtk_editable_set_text (GTK_EDITABLE (years_row), "5");
  ps_ui_iterate (10);
  g_free (expected);
  expected = engine_projection (window, 5);
  assert_table (view, expected);

  /* a keystroke in the inputs recomputes the view within the handler */
  for (int i = 0; i < 5; i++)
    {
      start = g_get_monotonic_time ();
      gtk_editable_set_text (GTK_EDITABLE (ps_inputs_page_get_row (ps_window_get_inputs_page (window),
                                                                   PS_SCENARIO_FIELD_TJM)),
                             i % 2 ? "690" : "700");
      g_test_message ("keystroke with the years view shown: %.2f ms", (g_get_monotonic_time () - start) / 1000.0);
      ps_ui_iterate (10);
    }
  g_free (expected);
  expected = engine_projection (window, 5);
  assert_table (view, expected);
  ps_ui_scroll_to (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), PS_TYPE_YEARS_VIEW, "tables_box")));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  table_shot = ps_ui_screenshot (GTK_WIDGET (window), "years-table", PS_UI_SHOT_DEFAULT);

  /* bad values name the field and keep the last figures */
  gtk_editable_set_text (GTK_EDITABLE (years_row), "7");
  ps_ui_iterate (10);
  g_assert_nonnull (ps_years_view_get_error (view));
  g_assert_true (g_str_has_prefix (ps_years_view_get_error (view), _("Years")));
  g_assert_true (gtk_widget_has_css_class (years_row, "error"));
  assert_table (view, expected);
  /* the figures shown are the last valid ones: dimmed */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), PS_TYPE_YEARS_VIEW,
                                                                                      "chart")), "dim-label"));
  gtk_editable_set_text (GTK_EDITABLE (years_row), "2,5");
  ps_ui_iterate (10);
  g_assert_nonnull (ps_years_view_get_error (view));
  gtk_editable_set_text (GTK_EDITABLE (years_row), "x");
  ps_ui_iterate (10);
  g_assert_nonnull (ps_years_view_get_error (view));
  ps_ui_scroll_to (years_row);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  {
    g_autofree char *bad = ps_ui_screenshot (GTK_WIDGET (window), "years-invalid", PS_UI_SHOT_DEFAULT);
  }
  gtk_editable_set_text (GTK_EDITABLE (years_row), "1");
  ps_ui_iterate (10);
  g_assert_null (ps_years_view_get_error (view));
  g_assert_false (gtk_widget_has_css_class (years_row, "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), PS_TYPE_YEARS_VIEW,
                                                                                       "chart")), "dim-label"));
  g_free (expected);
  expected = engine_projection (window, 1);
  assert_table (view, expected);

  /* the first year month by month is in its place */
  g_assert_true (gtk_widget_get_visible (ps_years_view_get_cash_slot (view)));
  ps_ui_close_window (window);
}

/* The engine's first year month by month for the window's inputs, as
 * `portage-cli cashflow` computes it: the ACRE when eligible. */
static PsCashflow *
engine_cashflow (PsWindow               *window,
                 const PsCashflowInputs *in)
{
  const PsParams *p = ps_window_get_params (window);
  g_autofree PsComparison *c = g_memdup2 (ps_window_get_comparison (window), sizeof (PsComparison));
  PsCashflow *cf = g_new0 (PsCashflow, 1);

  if (c->scenario.acre_eligible && !c->scenario.micro_acre)
    {
      PsScenario s = c->scenario;

      s.micro_acre = TRUE;
      ps_comparison_compute (p, &s, c);
    }
  ps_cashflow_compute (p, c, in, cf);
  return cf;
}

/* The chart draws the engine's months, and the table says its months. */
static void
assert_cash (PsCashView       *cash,
             const PsCashflow *expected,
             const PsComparison *c)
{
  const PsCashflow *shown = ps_cash_view_get_cashflow (cash);
  PsCashChart *chart = ps_cash_view_get_chart (cash);

  g_assert_nonnull (shown);
  g_assert_cmpint (shown->lag_months, ==, expected->lag_months);
  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      const PsCashflowStatus *e = &expected->statuses[k];

      g_assert_cmpint (shown->statuses[k].first_inflow, ==, e->first_inflow);
      for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
        {
          g_assert_cmpfloat (ps_cash_chart_get_value (chart, k, FALSE, m), ==, e->person[m].cumulative);
          if (e->has_company)
            g_assert_cmpfloat (ps_cash_chart_get_value (chart, k, TRUE, m), ==, e->company[m].cumulative);
          else
            g_assert_true (isnan (ps_cash_chart_get_value (chart, k, TRUE, m)));
        }
      if (e->usable)
        {
          g_assert_cmpint (ps_cash_chart_get_marker (chart, k, FALSE), ==, e->person_positive);
          g_assert_cmpint (ps_cash_chart_get_marker (chart, k, TRUE), ==, e->has_company ? e->company_positive : 0);
          if (e->person_positive > 0)
            {
              g_autofree char *month = g_strdup_printf ("%d", e->person_positive);

              g_assert_nonnull (strstr (ps_cash_view_get_positive_text (cash, k, FALSE), month));
            }
        }
      else
        {
          /* a status that can't be used is never marked */
          g_assert_cmpint (ps_cash_chart_get_marker (chart, k, FALSE), ==, 0);
          g_assert_cmpint (ps_cash_chart_get_marker (chart, k, TRUE), ==, 0);
          /* it says why */
          g_assert_nonnull (ps_unusable_label (c->statuses[k].unusable));
          g_assert_nonnull (strstr (ps_cash_view_get_positive_text (cash, k, FALSE),
                                    _(ps_unusable_label (c->statuses[k].unusable))));
        }
    }
}

static void
test_cash (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsYearsView *view = ps_window_get_years_view (window);
  PsCashView *cash = ps_years_view_get_cash_view (view);
  GtkWidget *payment_row = ps_cash_view_get_payment_row (cash);
  g_autofree PsCashflow *expected = NULL;
  g_autofree PsCashflow *at_30 = NULL;
  g_autofree char *shot = NULL;
  PsCashflowInputs in, defaults;

  /* hidden, nothing is computed */
  g_assert_null (ps_cash_view_get_cashflow (cash));
  show_years (window);

  /* the defaults of `portage-cli cashflow` */
  ps_cashflow_inputs_init (&defaults);
  ps_cash_view_get_inputs (cash, &in);
  g_assert_cmpfloat (in.payment_days, ==, defaults.payment_days);
  g_assert_cmpint (in.salary_advance, ==, defaults.salary_advance);
  g_assert_cmpint (in.micro_quarterly, ==, defaults.micro_quarterly);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (ps_cash_view_get_advance_switch (cash))));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (ps_cash_view_get_quarterly_switch (cash))));
  at_30 = engine_cashflow (window, &in);
  assert_cash (cash, at_30, ps_window_get_comparison (window));

  /* the default scenario is above the micro ceiling, which a steady year
   * can't keep; the first year can (CGI art. 102 ter: the regime is lost
   * after two years above it), so the cash view marks it */
  g_assert_false (ps_window_get_comparison (window)->statuses[PS_STATUS_MICRO].eligible);
  g_assert_true (at_30->statuses[PS_STATUS_MICRO].usable);
  g_assert_true (at_30->statuses[PS_STATUS_SASU].has_company);

  ps_ui_scroll_to (GTK_WIDGET (cash));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "years-cash-1280x800", PS_UI_SHOT_DEFAULT);

  /* invoices paid at 60 days: portage's first salary a month later
   * (DOMAIN §16: the month worked plus ⌈days / 30⌉) */
  adw_combo_row_set_selected (ADW_COMBO_ROW (payment_row), 3);
  ps_ui_iterate (10);
  ps_cash_view_get_inputs (cash, &in);
  g_assert_cmpfloat (in.payment_days, ==, 60);
  expected = engine_cashflow (window, &in);
  assert_cash (cash, expected, ps_window_get_comparison (window));
  g_assert_cmpint (at_30->statuses[PS_STATUS_PORTAGE].first_inflow, ==, 2);
  g_assert_cmpint (expected->statuses[PS_STATUS_PORTAGE].first_inflow, ==, 3);
  {
    PsCashChart *chart = ps_cash_view_get_chart (cash);

    /* nothing yet in the second month, then the salary */
    g_assert_cmpfloat (ps_cash_chart_get_value (chart, PS_STATUS_PORTAGE, FALSE, 1), ==, 0);
    g_assert_cmpfloat (ps_cash_chart_get_value (chart, PS_STATUS_PORTAGE, FALSE, 2), >, 0);
    g_assert_cmpfloat (at_30->statuses[PS_STATUS_PORTAGE].person[1].cumulative, >, 0);
  }

  /* the salary advanced: paid the first month */
  gtk_switch_set_active (GTK_SWITCH (ps_cash_view_get_advance_switch (cash)), TRUE);
  gtk_switch_set_active (GTK_SWITCH (ps_cash_view_get_quarterly_switch (cash)), TRUE);
  ps_ui_iterate (10);
  ps_cash_view_get_inputs (cash, &in);
  g_assert_true (in.salary_advance && in.micro_quarterly);
  g_free (expected);
  expected = engine_cashflow (window, &in);
  assert_cash (cash, expected, ps_window_get_comparison (window));
  g_assert_cmpint (expected->statuses[PS_STATUS_PORTAGE].first_inflow, ==, 1);

  /* a keystroke in the inputs recomputes it while shown */
  gtk_editable_set_text (GTK_EDITABLE (ps_inputs_page_get_row (ps_window_get_inputs_page (window),
                                                               PS_SCENARIO_FIELD_TJM)), "380");
  ps_ui_iterate (10);
  g_free (expected);
  expected = engine_cashflow (window, &in);
  assert_cash (cash, expected, ps_window_get_comparison (window));
  /* at 380 € a day the micro-entreprise fits under its ceiling */
  g_assert_true (ps_window_get_comparison (window)->statuses[PS_STATUS_MICRO].eligible);
  {
    /* what the cash adds to a keystroke while shown: the ACRE's comparison,
     * the twelve months, the chart's data and the table's texts */
    gint64 start = g_get_monotonic_time ();

    for (int i = 0; i < 100; i++)
      ps_cash_view_update (cash, ps_window_get_params (window), ps_window_get_comparison (window));
    g_test_message ("the cash view's update: %.1f µs (mean of 100)", (g_get_monotonic_time () - start) / 100.0);
  }
  ps_ui_close_window (window);
}

static void
test_cash_hidden (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsCashView *cash = ps_years_view_get_cash_view (ps_window_get_years_view (window));
  PsCashflowInputs in;
  g_autofree PsCashflow *expected = NULL;

  /* keystrokes while the Comparison is shown: nothing computed … */
  gtk_editable_set_text (GTK_EDITABLE (ps_inputs_page_get_row (ps_window_get_inputs_page (window),
                                                               PS_SCENARIO_FIELD_TJM)), "640");
  ps_ui_iterate (10);
  g_assert_null (ps_cash_view_get_cashflow (cash));
  /* … until shown, with the last inputs */
  show_years (window);
  ps_cash_view_get_inputs (cash, &in);
  expected = engine_cashflow (window, &in);
  assert_cash (cash, expected, ps_window_get_comparison (window));
  ps_ui_close_window (window);
}

static void
test_years_narrow (void)
{
  PsWindow *window = ps_ui_open_window (360, 720);
  GtkWidget *bar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PS_TYPE_WINDOW, "switcher_bar"));
  PsYearsView *view = ps_window_get_years_view (window);
  g_autofree char *shot = NULL;
  g_autofree char *table = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  ps_ui_iterate (400);
  /* narrow: the views switch from the bottom bar */
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  show_years (window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  shot = ps_ui_screenshot (GTK_WIDGET (window), "years-360", PS_UI_SHOT_DEFAULT);
  ps_ui_scroll_to (GTK_WIDGET (ps_years_view_get_cash_view (view)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  {
    g_autofree char *cash = ps_ui_screenshot (GTK_WIDGET (window), "years-360-cash", PS_UI_SHOT_DEFAULT);
    PsCashChart *chart = ps_cash_view_get_chart (ps_years_view_get_cash_view (view));

    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), <=, 360);
    ps_ui_scroll_to (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ps_years_view_get_cash_view (view)), PS_TYPE_CASH_VIEW,
                                                                "positive_grid")));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_free (cash);
    cash = ps_ui_screenshot (GTK_WIDGET (window), "years-360-cash-table", PS_UI_SHOT_DEFAULT);
  }
  ps_ui_scroll_to (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), PS_TYPE_YEARS_VIEW, "tables_box")));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  table = ps_ui_screenshot (GTK_WIDGET (window), "years-360-table", PS_UI_SHOT_DEFAULT);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  ps_ui_close_window (window);
}

/* The label under @widget that shows @text, or NULL. */
static GtkLabel *
find_value_label (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_value_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Each figure's value wraps, if at all, between its parts ("41,41 € a day"
 * / "for 730 days"), never inside an amount and its unit ("≈ 8,61 € a" /
 * "month"): a line starts only after an ordinary space. */
static void
assert_values_unbroken (PsProtectionDetails *details)
{
  for (int k = 0; k < PS_N_RIGHTS_FIGURES; k++)
    {
      const char *value = ps_protection_details_get_value (details, k);
      GtkLabel *label = find_value_label (ps_protection_details_get_row (details, k), value);
      PangoLayout *layout;

      g_assert_nonnull (label);
      layout = gtk_label_get_layout (label);
      for (int i = 1; i < pango_layout_get_line_count (layout); i++)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);

          if (line->start_index < 1 || value[line->start_index - 1] != ' ')
            g_error ("“%s” breaks at byte %d", value, line->start_index);
        }
    }
}

static void
test_protection_section (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  PsProtectionDetails *details = ps_results_view_get_protection_details (results);
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *narrow = NULL;

  rates = ps_rates_new_for_year (PS_DATE_YEAR (ps_window_get_params (window)->date), &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (details)));

  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      PsRightsFigure figures[PS_N_RIGHTS_FIGURES];
      PsRights rights;

      ps_results_view_set_selected_status (results, s);
      ps_ui_iterate (10);
      ps_rights_compute (ps_window_get_params (window), ps_window_get_comparison (window), s, &rights);
      ps_rights_figures (ps_window_get_params (window), rates, &rights, figures);
      for (int k = 0; k < PS_N_RIGHTS_FIGURES; k++)
        {
          const char *tooltip = gtk_widget_get_tooltip_text (ps_protection_details_get_row (details, k));

          g_assert_cmpstr (ps_protection_details_get_value (details, k), ==, figures[k].value);
          /* the rule and its sources, on hover */
          g_assert_nonnull (tooltip);
          g_assert_nonnull (strstr (tooltip, figures[k].rule));
          g_assert_nonnull (strstr (tooltip, figures[k].source));
        }
      ps_rights_figures_clear (figures);
    }
  {
    const char *tooltip = gtk_widget_get_tooltip_text (ps_protection_details_get_row (details, PS_RIGHTS_FIGURE_QUARTERS));

    g_assert_nonnull (strstr (tooltip, "R351-9"));
  }

  ps_results_view_set_selected_status (results, PS_STATUS_PORTAGE);
  ps_ui_iterate (50);
  ps_ui_scroll_to (GTK_WIDGET (details));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "protection-section", PS_UI_SHOT_DEFAULT);
  assert_values_unbroken (details);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  ps_ui_iterate (300);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  ps_ui_iterate (400);
  ps_results_view_set_selected_status (results, PS_STATUS_SASU);
  ps_ui_iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_scroll_to (GTK_WIDGET (details));
  ps_ui_iterate (100);
  ps_ui_scroll_to (GTK_WIDGET (details));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  if (gtk_widget_get_width (GTK_WIDGET (window)) == 360)
    narrow = ps_ui_screenshot (GTK_WIDGET (window), "protection-section-360", PS_UI_SHOT_DEFAULT);
  assert_values_unbroken (details);
  ps_results_view_set_selected_status (results, PS_STATUS_PORTAGE);
  ps_ui_iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_scroll_to (GTK_WIDGET (details));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  assert_values_unbroken (details);
  if (gtk_widget_get_width (GTK_WIDGET (window)) == 360)
    g_free (ps_ui_screenshot (GTK_WIDGET (window), "protection-section-360-portage", PS_UI_SHOT_DEFAULT));
  ps_ui_close_window (window);
}

static void
test_realistic_year (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  PsYearSection *section = ps_inputs_page_get_year_section (page);
  PsResultsView *results = ps_window_get_results_view (window);
  GtkWidget *days_row = ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_DAYS);
  g_autofree PsYear *y = g_new0 (PsYear, 1);
  g_autofree char *inputs_shot = NULL;
  g_autofree char *results_shot = NULL;
  g_autofree char *invalid_shot = NULL;
  g_autofree char *before = NULL;
  PsScenarioFile file;
  PsYearInputs in;

  g_assert_false (ps_year_section_get_enabled (section));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (ps_results_view_get_year_summary (results))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (days_row)), ==, "200");

  /* on: the days billed come from the year, and every card is the year's */
  ps_year_section_set_enabled (section, TRUE);
  ps_ui_iterate (20);
  ps_inputs_page_get_file (page, &file);
  ps_year_inputs_init (&in);
  ps_year_compute (ps_window_get_params (window), &file.scenario, &in, y);
  g_assert_false (gtk_widget_get_sensitive (days_row));
  {
    g_autofree char *billed = ps_format_number (y->billed_days, 0);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (days_row)), ==, billed);
    g_assert_nonnull (strstr (ps_year_section_get_summary (section), billed));
  }
  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      g_autofree char *amount = ps_format_money_display (y->comparison.statuses[k].net_after_tax_monthly);
      g_autofree char *per_day = ps_format_money_display (y->net_per_day[k]);
      g_autofree char *per_hour = ps_format_money_display (y->net_per_hour[k]);

      g_assert_cmpstr (ps_status_card_get_amount_text (ps_results_view_get_card (results, k)), ==, amount);
      if (y->comparison.statuses[k].eligible)
        {
          g_assert_nonnull (strstr (ps_year_summary_get_text (ps_results_view_get_year_summary (results), k), per_day));
          g_assert_nonnull (strstr (ps_year_summary_get_text (ps_results_view_get_year_summary (results), k), per_hour));
          /* the sick days' pay, its own line */
          if (ps_year_sick_received (&y->sick, k) > 0)
            {
              g_autofree char *sick = ps_format_money_display (ps_year_sick_received (&y->sick, k));

              g_assert_nonnull (strstr (ps_year_summary_get_text (ps_results_view_get_year_summary (results), k), sick));
            }
        }
    }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (ps_results_view_get_year_summary (results))));
  /* the ESN keeps paying between missions: its salary is for more days
   * than it bills */
  g_assert_cmpfloat (y->esn_paid_days, >, y->billed_days);

  /* a keystroke in the section recomputes */
  gtk_editable_set_text (GTK_EDITABLE (ps_year_section_get_row (section, PS_YEAR_FIELD_GAP_WEEKS)), "6");
  ps_ui_iterate (10);
  in.gap_weeks = 6;
  ps_year_compute (ps_window_get_params (window), &file.scenario, &in, y);
  {
    g_autofree char *amount = ps_format_money_display (y->comparison.statuses[PS_STATUS_PORTAGE].net_after_tax_monthly);

    g_assert_cmpstr (ps_status_card_get_amount_text (ps_results_view_get_card (results, PS_STATUS_PORTAGE)), ==, amount);
  }
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_template_child (GTK_WIDGET (section),
                                                                                  PS_TYPE_YEAR_SECTION, "expander")), TRUE);
  ps_ui_iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  inputs_shot = ps_ui_screenshot (GTK_WIDGET (window), "realistic-year", PS_UI_SHOT_DEFAULT);
  ps_ui_scroll_to (GTK_WIDGET (ps_results_view_get_year_summary (results)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  results_shot = ps_ui_screenshot (GTK_WIDGET (window), "realistic-year-results", PS_UI_SHOT_DEFAULT);

  /* a bad value names its field; the results keep the last valid year
   * (set_text goes through "": no holiday, valid) */
  gtk_editable_set_text (GTK_EDITABLE (ps_year_section_get_row (section, PS_YEAR_FIELD_HOLIDAY_WEEKS)), "60");
  ps_ui_iterate (10);
  g_assert_nonnull (ps_year_section_get_error (section, PS_YEAR_FIELD_HOLIDAY_WEEKS));
  g_assert_true (g_str_has_prefix (ps_year_section_get_error (section, PS_YEAR_FIELD_HOLIDAY_WEEKS),
                                   ps_year_field_label (PS_YEAR_FIELD_HOLIDAY_WEEKS)));
  g_assert_true (gtk_widget_has_css_class (ps_year_section_get_row (section, PS_YEAR_FIELD_HOLIDAY_WEEKS), "error"));
  g_assert_false (ps_inputs_page_is_valid (page));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ps_window_get_years_view (window)), "dim-label"));
  before = g_strdup (ps_status_card_get_amount_text (ps_results_view_get_card (results, PS_STATUS_PORTAGE)));
  gtk_editable_set_text (GTK_EDITABLE (ps_year_section_get_row (section, PS_YEAR_FIELD_HOURS_PER_DAY)), "");
  ps_ui_iterate (10);
  g_assert_nonnull (ps_year_section_get_error (section, PS_YEAR_FIELD_HOURS_PER_DAY));
  g_assert_true (g_str_has_prefix (ps_year_section_get_error (section, PS_YEAR_FIELD_HOURS_PER_DAY),
                                   ps_year_field_label (PS_YEAR_FIELD_HOURS_PER_DAY)));
  g_assert_cmpstr (ps_status_card_get_amount_text (ps_results_view_get_card (results, PS_STATUS_PORTAGE)), ==, before);
  ps_ui_scroll_to (GTK_WIDGET (section));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  invalid_shot = ps_ui_screenshot (GTK_WIDGET (window), "realistic-year-invalid", PS_UI_SHOT_DEFAULT);

  /* off: the values in error go back, the days typed come back */
  ps_year_section_set_enabled (section, FALSE);
  ps_ui_iterate (20);
  g_assert_true (ps_inputs_page_is_valid (page));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (ps_window_get_years_view (window)), "dim-label"));
  g_assert_null (ps_year_section_get_error (section, PS_YEAR_FIELD_HOLIDAY_WEEKS));
  g_assert_true (gtk_widget_get_sensitive (days_row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (days_row)), ==, "200");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (ps_results_view_get_year_summary (results))));

  /* it is part of the scenario: saved, and back when opened */
  ps_inputs_page_get_file (page, &file);
  g_assert_false (file.year_on);
  file.year_on = TRUE;
  file.year.gap_weeks = 8;
  ps_inputs_page_set_file (page, &file);
  ps_ui_iterate (20);
  g_assert_true (ps_year_section_get_enabled (section));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ps_year_section_get_row (section, PS_YEAR_FIELD_GAP_WEEKS))), ==, "8");
  in = file.year;
  ps_year_compute (ps_window_get_params (window), &file.scenario, &in, y);
  {
    g_autofree char *amount = ps_format_money_display (y->comparison.statuses[PS_STATUS_PORTAGE].net_after_tax_monthly);
    PsScenarioFile again;

    g_assert_cmpstr (ps_status_card_get_amount_text (ps_results_view_get_card (results, PS_STATUS_PORTAGE)), ==, amount);
    ps_inputs_page_get_file (page, &again);
    g_assert_true (again.year_on);
    g_assert_cmpfloat (again.year.gap_weeks, ==, 8);
  }
  ps_ui_close_window (window);
}

static void
test_realistic_year_narrow (void)
{
  PsWindow *window = ps_ui_open_window (360, 720);
  PsYearSection *section = ps_inputs_page_get_year_section (ps_window_get_inputs_page (window));
  PsResultsView *results = ps_window_get_results_view (window);
  g_autofree char *inputs = NULL;
  g_autofree char *summary = NULL;

  ps_year_section_set_enabled (section, TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_template_child (GTK_WIDGET (section),
                                                                                  PS_TYPE_YEAR_SECTION, "expander")), TRUE);
  ps_ui_iterate (300);
  ps_ui_scroll_to (GTK_WIDGET (section));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  inputs = ps_ui_screenshot (GTK_WIDGET (window), "realistic-year-360", PS_UI_SHOT_DEFAULT);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  ps_ui_iterate (400);
  ps_ui_scroll_to (GTK_WIDGET (ps_results_view_get_year_summary (results)));
  ps_ui_iterate (100);
  ps_ui_scroll_to (GTK_WIDGET (ps_results_view_get_year_summary (results)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  summary = ps_ui_screenshot (GTK_WIDGET (window), "realistic-year-360-results", PS_UI_SHOT_DEFAULT);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  ps_ui_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  if (!ps_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/ps/years-view/years", test_years);
  g_test_add_func ("/ps/years-view/narrow", test_years_narrow);
  g_test_add_func ("/ps/years-view/cash", test_cash);
  g_test_add_func ("/ps/years-view/cash-hidden", test_cash_hidden);
  g_test_add_func ("/ps/years-view/protection-section", test_protection_section);
  g_test_add_func ("/ps/years-view/realistic-year", test_realistic_year);
  g_test_add_func ("/ps/years-view/realistic-year-narrow", test_realistic_year_narrow);
  return g_test_run ();
}
