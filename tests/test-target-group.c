/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Day rate for a net wanted" in the window: each status's answer is the
 * lowest day rate at which it can be used and leaves the net typed — a day
 * rate the test checks with the comparison itself (at it the net is
 * reached, a cent below it is not). Runs under a display (xvfb-run). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ps-breakeven.h"
#include "ps-comparison.h"
#include "ps-line-item.h"
#include "ps-line-rate.h"
#include "ps-period.h"
#include "ps-money.h"
#include "ps-results-view.h"
#include "ps-target-group.h"
#include "ps-test-utils.h"
#include "ps-ui-test-utils.h"
#include "ps-window.h"

static double
net_at (const PsParams   *p,
        const PsScenario *base,
        PsStatus          status,
        double            tjm)
{
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  PsScenario s = *base;

  s.tjm = tjm;
  ps_comparison_compute (p, &s, c);
  return c->statuses[status].eligible ? c->statuses[status].net_after_tax_monthly : NAN;
}

static void
test_window (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsTargetGroup *group;
  const PsComparison *c;
  const PsParams *p;
  const double target = 5000;
  g_autofree char *before = NULL;

  group = ps_results_view_get_target_group (ps_window_get_results_view (window));
  c = ps_window_get_comparison (window);
  p = ps_window_get_params (window);

  /* nothing typed: no answer */
  for (int i = 0; i < PS_N_STATUSES; i++)
    g_assert_cmpstr (ps_target_group_get_answer (group, i), ==, "");

  ps_target_group_set_target (group, "5000");
  ps_ui_iterate (50);
  g_assert_null (ps_target_group_get_error (group));
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const char *answer = ps_target_group_get_answer (group, i);
      PsBreakeven be;

      if (ps_breakeven_target (p, &c->scenario, i, target, &be))
        {
          g_autofree char *tjm = ps_format_money (be.tjm);
          double at = net_at (p, &c->scenario, i, be.tjm);
          double below = net_at (p, &c->scenario, i, be.tjm - 0.01);

          g_assert_nonnull (strstr (answer, tjm));
          /* the answer is right: the net is reached there, and a cent
           * below it is not (or the status can't be used there) */
          g_assert_true (at >= target - 0.005);
          if (!be.at_lowest)
            g_assert_true (isnan (below) || below < target);
          else
            g_assert_true (isnan (below));
        }
      else
        g_assert_cmpstr (answer, ==, _(ps_breakeven_target_reason (&c->scenario, i)));
    }
  /* portage reaches 5 000 € a month at a day rate a consultant bills */
  {
    const char *format = _("from %s a day");
    g_autofree char *from = g_strndup (format, strstr (format, "%s") - format);

    g_assert_nonnull (strstr (ps_target_group_get_answer (group, PS_STATUS_PORTAGE), from));
  }

  gtk_widget_grab_focus (GTK_WIDGET (group));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_iterate (100);
  ps_ui_save_screenshot (GTK_WIDGET (group), "target-group");

  /* unreadable: the field says which, the answers stay */
  before = g_strdup (ps_target_group_get_answer (group, PS_STATUS_PORTAGE));
  {
    /* typed after the figure */
    int pos = -1;

    gtk_editable_insert_text (ps_target_group_get_entry (group), " €€", -1, &pos);
  }
  ps_ui_iterate (20);
  g_assert_nonnull (ps_target_group_get_error (group));
  g_assert_nonnull (strstr (ps_target_group_get_error (group), _("Net wanted per month")));
  g_assert_cmpstr (ps_target_group_get_answer (group, PS_STATUS_PORTAGE), ==, before);

  /* out of the micro-entreprise's reach: 20 000 € a month is above what
   * its ceiling allows (83 600 € of revenue a year in 2026) */
  ps_target_group_set_target (group, "20000");
  ps_ui_iterate (20);
  g_assert_null (ps_target_group_get_error (group));
  g_assert_cmpstr (ps_target_group_get_answer (group, PS_STATUS_MICRO), ==,
                   _("out of reach below the micro-entreprise ceiling"));

  /* emptied: no answer */
  ps_target_group_set_target (group, "");
  ps_ui_iterate (20);
  g_assert_cmpstr (ps_target_group_get_answer (group, PS_STATUS_PORTAGE), ==, "");
  ps_ui_close_window (window);
}

/* "Per year": the net wanted is typed per year, and says so; what was
 * typed per month is shown per year (the same net: the answers don't
 * move), and a yearly net answers as its twelfth a month would
 * (ps_period_parse_target: the 2026 PASS is twelve PMSS) */
static void
test_period (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsResultsView *view = ps_window_get_results_view (window);
  PsTargetGroup *group = ps_results_view_get_target_group (view);
  const PsComparison *c = ps_window_get_comparison (window);
  const PsParams *p = ps_window_get_params (window);
  g_autofree char *monthly_answer = NULL;
  g_autoptr (GError) error = NULL;
  double typed;
  PsBreakeven be;

  ps_results_view_set_period (view, PS_PERIOD_MONTH);
  ps_target_group_set_target (group, "4005");
  ps_ui_iterate (50);
  g_assert_cmpstr (ps_target_group_get_title (group), ==, _("Net wanted per month, after income tax"));
  monthly_answer = g_strdup (ps_target_group_get_answer (group, PS_STATUS_PORTAGE));
  g_assert_cmpstr (monthly_answer, !=, "");

  /* per year: the title, and the same net, twelve months of it */
  ps_results_view_set_period (view, PS_PERIOD_YEAR);
  ps_ui_iterate (50);
  g_assert_cmpint (ps_target_group_get_period (group), ==, PS_PERIOD_YEAR);
  g_assert_cmpstr (ps_target_group_get_title (group), ==, _("Net wanted per year, after income tax"));
  g_assert_true (ps_period_parse_target (PS_PERIOD_MONTH, "net", gtk_editable_get_text (ps_target_group_get_entry (group)),
                                         &typed, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (typed, ==, 48060);
  g_assert_null (ps_target_group_get_error (group));
  g_assert_cmpstr (ps_target_group_get_answer (group, PS_STATUS_PORTAGE), ==, monthly_answer);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_save_screenshot_full (GTK_WIDGET (group), "target-group-year", PS_UI_SHOT_WINDOW_BG);

  /* a yearly net typed: the day rate for its twelfth a month */
  ps_target_group_set_target (group, "72000");
  ps_ui_iterate (50);
  g_assert_null (ps_target_group_get_error (group));
  g_assert_true (ps_breakeven_target (p, &c->scenario, PS_STATUS_PORTAGE, 6000, &be));
  {
    g_autofree char *tjm = ps_format_money (be.tjm);

    g_assert_nonnull (strstr (ps_target_group_get_answer (group, PS_STATUS_PORTAGE), tjm));
  }
  /* above twelve times the monthly maximum: refused, naming the yearly
   * field */
  ps_target_group_set_target (group, "12000001");
  ps_ui_iterate (20);
  g_assert_nonnull (ps_target_group_get_error (group));
  g_assert_nonnull (strstr (ps_target_group_get_error (group), _("Net wanted per year")));

  /* back per month: 72 000 a year is 6 000 a month */
  ps_target_group_set_target (group, "72000");
  ps_results_view_set_period (view, PS_PERIOD_MONTH);
  ps_ui_iterate (50);
  g_assert_true (ps_period_parse_target (PS_PERIOD_MONTH, "net", gtk_editable_get_text (ps_target_group_get_entry (group)),
                                         &typed, &error));
  g_assert_cmpfloat (typed, ==, 6000);
  g_assert_cmpstr (ps_target_group_get_title (group), ==, _("Net wanted per month, after income tax"));
  ps_target_group_set_target (group, "");
  ps_ui_close_window (window);
}

/* The breakdown's taxes show their rates, from the rates in force
 * (ps-line-rate; its own test checks them with the law): the SASU's IS and
 * the PFU's income-tax part */
static void
check_tax_rates (int width)
{
  PsWindow *window = ps_ui_open_window (width, 800);
  PsResultsView *view = ps_window_get_results_view (window);
  const PsComparison *c;
  const PsParams *p;
  GListModel *lines;
  const char *ids[] = { "is", "dividend_tax" };

  ps_results_view_set_selected_status (view, PS_STATUS_SASU);
  ps_results_view_show_below_fold (view);
  ps_ui_iterate (100);
  c = ps_window_get_comparison (window);
  p = ps_window_get_params (window);
  lines = ps_results_view_get_lines (view);
  for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
    {
      const PsStatusResult *r = &c->statuses[PS_STATUS_SASU];
      gboolean found = FALSE;

      for (int i = 0; i < r->n_lines; i++)
        if (g_strcmp0 (r->lines[i].id, ids[k]) == 0)
          for (guint n = 0; n < g_list_model_get_n_items (lines); n++)
            {
              g_autoptr (PsLineItem) item = g_list_model_get_item (lines, n);
              g_autofree char *want = ps_line_rate_text (p, c, PS_STATUS_SASU, &r->lines[i]);

              if (g_strcmp0 (ps_line_item_get_id (item), ids[k]) != 0)
                continue;
              g_assert_cmpstr (want, !=, "");
              g_assert_cmpstr (ps_line_item_get_employee_rate (item), ==, want);
              found = TRUE;
            }
      g_assert_true (found);
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  {
    g_autofree char *name = g_strdup_printf ("breakdown-sasu-taxes-%d", width);

    ps_ui_save_screenshot_full (GTK_WIDGET (ps_results_view_get_breakdown (view)), name, PS_UI_SHOT_WINDOW_BG);
  }
  ps_ui_close_window (window);
}

static void
test_tax_rates (void)
{
  check_tax_rates (1280);
}

int
main (int    argc,
      char **argv)
{
  if (!ps_ui_init (&argc, &argv))
    return 0;
  g_test_add_func ("/ps/target-group/window", test_window);
  g_test_add_func ("/ps/target-group/period", test_period);
  g_test_add_func ("/ps/target-group/tax-rates", test_tax_rates);
  return g_test_run ();
}
