/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The protection row of each status card: in the window, with the
 * engine's rights (src/core/ps-rights.c) for the comparison shown. Runs
 * under a display (xvfb-run). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ps-comparison.h"
#include "ps-money.h"
#include "ps-protection-row.h"
#include "ps-results-view.h"
#include "ps-rights.h"
#include "ps-test-utils.h"
#include "ps-ui-test-utils.h"
#include "ps-window.h"

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” not in “%s”", part, text);
}

/* the window's comparison, the cards' rows */
static void
test_window (void)
{
  PsWindow *window = ps_ui_open_window (1200, 800);
  PsResultsView *view;
  const PsComparison *c;
  const PsParams *p;


  view = ps_window_get_results_view (window);
  c = ps_window_get_comparison (window);
  p = ps_window_get_params (window);
  g_assert_nonnull (c);
  g_assert_nonnull (p);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      PsProtectionRow *row = ps_results_view_get_protection_row (view, i);
      const char *text = ps_protection_row_get_text (row);
      g_autofree char *quarters = NULL;
      g_autofree char *month = NULL;
      PsRights r;

      ps_rights_compute (p, c, i, &r);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row)));
      g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (row), GTK_WIDGET (ps_results_view_get_card (view, i))));
      quarters = g_strdup_printf ("%d/4", r.pension_quarters);
      assert_contains (text, quarters);
      month = ps_format_money (r.sick_month_net);
      assert_contains (text, month);
      if (r.are_eligible)
        {
          g_autofree char *daily = ps_format_money (r.are_daily);
          g_autofree char *days = g_strdup_printf ("%.0f", r.are_days);

          assert_contains (text, daily);
          assert_contains (text, days);
        }
      else
        assert_contains (text, "Unemployment: none");
    }
  /* portage and the CDI have unemployment insurance, micro has none */
  g_assert_null (strstr (ps_protection_row_get_text (ps_results_view_get_protection_row (view, PS_STATUS_PORTAGE)),
                         "Unemployment: none"));
  ps_ui_close_window (window);
}

/* a SASU paid only in dividends: no points, and the note says why */
static void
test_row (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  GtkWidget *row = g_object_ref_sink (ps_protection_row_new ());
  const char *tooltip;
  PsScenario s;
  PsRights r;

  ps_scenario_init (&s, p);
  s.sasu_salary_yearly = 0;
  ps_comparison_compute (p, &s, c);
  ps_rights_compute (p, c, PS_STATUS_SASU, &r);
  ps_protection_row_update (PS_PROTECTION_ROW (row), &r, PS_PERIOD_MONTH);
  assert_contains (ps_protection_row_get_text (PS_PROTECTION_ROW (row)), "0/4 quarters, no points");
  assert_contains (ps_protection_row_get_text (PS_PROTECTION_ROW (row)), "Unemployment: none");
  tooltip = gtk_widget_get_tooltip_text (row);
  g_assert_nonnull (tooltip);
  assert_contains (tooltip, "Dividends validate no quarter");
  g_object_unref (row);
}

int
main (int    argc,
      char **argv)
{
  if (!ps_ui_init (&argc, &argv))
    return 0;
  g_test_add_func ("/ps/protection-row/window", test_window);
  g_test_add_func ("/ps/protection-row/row", test_row);
  return g_test_run ();
}
