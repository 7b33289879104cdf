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
  g_assert_nonnull (strstr (ps_target_group_get_answer (group, PS_STATUS_PORTAGE), "from "));

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
  g_assert_nonnull (strstr (ps_target_group_get_error (group), "Net wanted per month"));
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

int
main (int    argc,
      char **argv)
{
  if (!ps_ui_init (&argc, &argv))
    return 0;
  g_test_add_func ("/ps/target-group/window", test_window);
  return g_test_run ();
}
