/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Scenarios view in the window (issue 11 §4): run under a display
 * (xvfb-run). The figures are the engine's (ps_scenarios_compute, tested
 * against the CLI and the statuses' own tests): here the window must
 * show them for the current inputs and saved scenario files computed
 * here on their own, mark the best usable status of each scenario, refuse
 * a fifth scenario and name a bad file and its key. Screenshots go to
 * <build>/tests/screenshots/. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ps-inputs-page.h"
#include "ps-money.h"
#include "ps-scenarios.h"
#include "ps-scenarios-store.h"
#include "ps-scenarios-view.h"
#include "ps-test-utils.h"
#include "ps-ui-test-utils.h"
#include "ps-window.h"
#include "ps-year-section.h"

/* ------------------------------------------------------------ helpers */

static void
show_scenarios (PsWindow *window)
{
  ps_ui_show_view (window, "scenarios");
}

/* the scenarios a window keeps for the next session (a test's window
 * starts without those of the one before, unless it reopens) */
static void
clear_store (void)
{
  g_auto (GStrv) paths = ps_scenarios_store_paths ();

  for (int i = 0; paths[i] != NULL; i++)
    g_assert_cmpint (g_unlink (paths[i]), ==, 0);
}

static PsWindow *
open_window (int width,
             int height)
{
  clear_store ();
  return ps_ui_open_window (width, height);
}

static char *tmp_dir;
static char *data_dir;

static char *
write_file (const char *name,
            const char *json)
{
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  return path;
}

/* the figures of the view's columns, computed here from the inputs page
 * and the files (loaded on their own) by ps_scenarios_compute */
static void
assert_shows_engine (PsWindow    *window,
                     const char **paths,
                     int          n_paths)
{
  PsScenariosView *view = ps_window_get_scenarios_view (window);
  g_autofree PsScenarioFile *files = g_new0 (PsScenarioFile, PS_MAX_SCENARIOS);
  g_autofree PsScenarios *expected = g_new0 (PsScenarios, 1);
  const PsParams *params[PS_MAX_SCENARIOS];
  const PsScenarios *shown = ps_scenarios_view_get_results (view);
  int n = 1 + n_paths;

  ps_inputs_page_get_file (ps_window_get_inputs_page (window), &files[0]);
  g_strlcpy (files[0].name, _("Current inputs"), sizeof files[0].name);
  params[0] = ps_window_get_params (window);
  for (int i = 0; i < n_paths; i++)
    {
      g_autofree char *name = NULL;

      ps_scenario_file_init (&files[1 + i], params[0]);
      g_assert_true (ps_scenario_file_load (&files[1 + i], paths[i], NULL));
      /* the files have no date: the rates' default one, as the window's */
      g_assert_cmpint (files[1 + i].date, ==, 0);
      params[1 + i] = params[0];
      name = ps_scenario_file_display_name (&files[1 + i], paths[i]);
      g_strlcpy (files[1 + i].name, name, sizeof files[1 + i].name);
    }
  g_assert_true (ps_scenarios_compute (expected, params, files, NULL, n, NULL));

  g_assert_cmpint (ps_scenarios_view_get_n (view), ==, n);
  g_assert_cmpint (shown->n, ==, n);
  for (int i = 0; i < n; i++)
    {
      const PsComparison *e = &expected->columns[i].comparison;
      int marked = 0;

      g_assert_cmpstr (shown->columns[i].name, ==, expected->columns[i].name);
      for (int s = 0; s < PS_N_STATUSES; s++)
        {
          const PsStatusResult *r = &e->statuses[s];
          GtkWidget *cell = ps_scenarios_view_get_cell (view, s, i);
          g_autofree char *m = ps_format_money_display (r->net_after_tax_monthly);
          g_autofree char *y = ps_format_money_display (r->net_after_tax_yearly);

          g_assert_cmpfloat (shown->columns[i].comparison.statuses[s].net_after_tax_yearly, ==,
                             r->net_after_tax_yearly);
          g_assert_nonnull (cell);
          g_assert_cmpint (gtk_widget_has_css_class (cell, "unusable"), ==, !r->eligible);
          if (r->eligible)
            {
              g_assert_cmpstr (ps_scenarios_view_get_cell_text (view, s, i, FALSE), ==, m);
              g_assert_cmpstr (ps_scenarios_view_get_cell_text (view, s, i, TRUE), ==, y);
              g_assert_true (ps_ui_shows_text (cell, m));
              g_assert_true (ps_ui_shows_text (cell, y));
            }
          if (gtk_widget_has_css_class (cell, "best"))
            {
              /* never an unusable status */
              g_assert_true (r->eligible);
              g_assert_true (e->has_best);
              g_assert_cmpint (e->best, ==, s);
              g_assert_cmpint (ps_ui_count_visible_with_class (cell, "best-badge"), ==, 1);
              marked++;
            }
          else
            g_assert_cmpint (ps_ui_count_visible_with_class (cell, "best-badge"), ==, 0);
        }
      g_assert_cmpint (marked, ==, e->has_best ? 1 : 0);
    }
}

/* ------------------------------------------------------------ tests */

static void
test_compare (void)
{
  PsWindow *window = open_window (1280, 800);
  PsScenariosView *view = ps_window_get_scenarios_view (window);
  g_autofree char *pessimistic = write_file ("pessimistic.json",
                                             "{\"format\": 1, \"name\": \"Pessimistic days\", \"tjm\": 450, "
                                             "\"days_per_year\": 120}");
  g_autofree char *optimistic = write_file ("optimistic.json",
                                            "{\"format\": 1, \"tjm\": 700, \"days_per_month\": 19, \"fee_pct\": 5}");
  const char *paths[2] = { pessimistic, optimistic };
  g_autoptr (GError) error = NULL;
  GtkWidget *tjm;

  show_scenarios (window);
  g_assert_cmpint (ps_scenarios_view_get_n (view), ==, 1);
  g_assert_true (ps_scenarios_view_add_file (view, pessimistic, &error));
  g_assert_no_error (error);
  g_assert_true (ps_scenarios_view_add_file (view, optimistic, &error));
  g_assert_no_error (error);
  ps_ui_iterate (100);
  assert_shows_engine (window, paths, 2);
  g_assert_cmpstr (ps_scenarios_view_get_results (view)->columns[1].name, ==, "Pessimistic days");
  g_assert_cmpstr (ps_scenarios_view_get_results (view)->columns[2].name, ==, "optimistic");
  g_assert_true (ps_scenarios_view_shows_table (view));
  /* the current column equals the Comparison view's figures */
  for (int s = 0; s < PS_N_STATUSES; s++)
    g_assert_cmpfloat (ps_scenarios_view_get_results (view)->columns[0].comparison.statuses[s].net_after_tax_yearly,
                       ==, ps_window_get_comparison (window)->statuses[s].net_after_tax_yearly);
  ps_ui_save_screenshot (GTK_WIDGET (window), "scenarios-1280x800");

  /* over a realistic year, the current column is still the cards' (their
   * sick pay included) */
  {
    PsYearSection *year = ps_inputs_page_get_year_section (ps_window_get_inputs_page (window));
    PsYearInputs in;

    ps_year_inputs_init (&in);
    in.sick_days = 20;
    ps_year_section_set_inputs (year, &in);
    ps_year_section_set_enabled (year, TRUE);
    ps_ui_iterate (50);
    g_assert_true (ps_scenarios_view_get_file (view, 0)->year_on);
    for (int s = 0; s < PS_N_STATUSES; s++)
      g_assert_cmpfloat (ps_scenarios_view_get_results (view)->columns[0].comparison.statuses[s].net_after_tax_yearly,
                         ==, ps_window_get_comparison (window)->statuses[s].net_after_tax_yearly);
    ps_year_section_set_enabled (year, FALSE);
    ps_ui_iterate (50);
  }

  /* the first column is live: a keystroke in the inputs */
  tjm = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);
  gtk_editable_set_text (GTK_EDITABLE (tjm), "612");
  ps_ui_iterate (50);
  g_assert_cmpfloat (ps_scenarios_view_get_file (view, 0)->scenario.tjm, ==, 612);
  assert_shows_engine (window, paths, 2);

  /* removed: the others move left */
  ps_scenarios_view_remove (view, 1);
  ps_ui_iterate (20);
  assert_shows_engine (window, paths + 1, 1);
  ps_ui_close_window (window);
}

/* a frozen copy, renamed and changed; a fifth refused */
static void
test_duplicate_and_limit (void)
{
  PsWindow *window = open_window (1280, 800);
  PsScenariosView *view = ps_window_get_scenarios_view (window);
  g_autofree char *path = write_file ("two-rates.json", "{\"format\": 1, \"tjm\": 800}");
  g_autoptr (GError) error = NULL;
  double tjm_before;
  int index;

  show_scenarios (window);
  tjm_before = ps_scenarios_view_get_file (view, 0)->scenario.tjm;
  index = ps_scenarios_view_duplicate_current (view, &error);
  g_assert_no_error (error);
  g_assert_cmpint (index, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (ps_scenarios_view_get_row (view, "name")), "Fewer days");
  gtk_editable_set_text (GTK_EDITABLE (ps_scenarios_view_get_row (view, "days")), "150");
  gtk_editable_set_text (GTK_EDITABLE (ps_scenarios_view_get_row (view, "fee")), "9");
  ps_ui_iterate (50);
  g_assert_cmpstr (ps_scenarios_view_get_results (view)->columns[1].name, ==, "Fewer days");
  g_assert_cmpfloat (ps_scenarios_view_get_file (view, 1)->scenario.days_per_year, ==, 150);
  g_assert_cmpfloat (ps_scenarios_view_get_file (view, 1)->scenario.tjm, ==, tjm_before);
  /* a bad value: named, the figures kept */
  gtk_editable_set_text (GTK_EDITABLE (ps_scenarios_view_get_row (view, "days")), "abc");
  ps_ui_iterate (20);
  g_assert_true (gtk_widget_has_css_class (ps_scenarios_view_get_row (view, "days"), "error"));
  g_assert_cmpfloat (ps_scenarios_view_get_file (view, 1)->scenario.days_per_year, ==, 150);
  gtk_editable_set_text (GTK_EDITABLE (ps_scenarios_view_get_row (view, "days")), "150");
  ps_ui_iterate (20);
  /* frozen: the current inputs change, the copy doesn't */
  gtk_editable_set_text (GTK_EDITABLE (ps_inputs_page_get_row (ps_window_get_inputs_page (window),
                                                               PS_SCENARIO_FIELD_TJM)), "480");
  ps_ui_iterate (50);
  g_assert_cmpfloat (ps_scenarios_view_get_file (view, 0)->scenario.tjm, ==, 480);
  g_assert_cmpfloat (ps_scenarios_view_get_file (view, 1)->scenario.tjm, ==, tjm_before);
  ps_ui_save_screenshot (GTK_WIDGET (window), "scenarios-editor-1280x800");

  g_assert_true (ps_scenarios_view_add_file (view, path, &error));
  g_assert_cmpint (ps_scenarios_view_duplicate_current (view, &error), ==, 3);
  g_assert_cmpint (ps_scenarios_view_get_n (view), ==, PS_MAX_SCENARIOS);
  ps_ui_iterate (50);
  /* four columns still fit the table at 1280 px */
  g_assert_true (ps_scenarios_view_shows_table (view));
  ps_ui_save_screenshot (GTK_WIDGET (window), "scenarios-4-1280x800");
  /* a fifth: refused, with a message */
  g_assert_false (ps_scenarios_view_add_file (view, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "4"));
  g_clear_error (&error);
  g_assert_cmpint (ps_scenarios_view_duplicate_current (view, &error), ==, -1);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ps_scenarios_view_get_n (view), ==, PS_MAX_SCENARIOS);
  /* what a keystroke costs the view with four columns (the table rebuilt) */
  {
    g_autofree PsScenarioFile *current = g_memdup2 (ps_scenarios_view_get_file (view, 0), sizeof *current);
    gint64 start = g_get_monotonic_time ();

    for (int i = 0; i < 20; i++)
      ps_scenarios_view_set_current (view, current, NULL);
    g_test_message ("four scenarios recomputed and shown: %.0f µs a keystroke",
                    (g_get_monotonic_time () - start) / 20.0);
    {
      const PsParams *params[PS_MAX_SCENARIOS];
      g_autofree PsScenarios *sc = g_new0 (PsScenarios, 1);
      g_autofree PsScenarioFile *files = g_new0 (PsScenarioFile, PS_MAX_SCENARIOS);

      for (int i = 0; i < PS_MAX_SCENARIOS; i++)
        {
          files[i] = *ps_scenarios_view_get_file (view, i);
          params[i] = ps_window_get_params (window);
        }
      start = g_get_monotonic_time ();
      for (int i = 0; i < 20; i++)
        g_assert_true (ps_scenarios_compute (sc, params, files, NULL, PS_MAX_SCENARIOS, NULL));
      g_test_message ("of which ps_scenarios_compute: %.0f µs",
                      (g_get_monotonic_time () - start) / 20.0);
    }
  }
  /* the best of each of the four, computed by the engine */
  {
    const PsScenarios *sc = ps_scenarios_view_get_results (view);

    for (int i = 0; i < sc->n; i++)
      for (int s = 0; s < PS_N_STATUSES; s++)
        g_assert_cmpint (gtk_widget_has_css_class (ps_scenarios_view_get_cell (view, s, i), "best"), ==,
                         sc->columns[i].comparison.has_best && (int) sc->columns[i].comparison.best == s);
  }
  ps_ui_close_window (window);
}

/* a bad file: refused, the message names the file and the key */
static void
test_bad_file (void)
{
  PsWindow *window = open_window (1280, 800);
  PsScenariosView *view = ps_window_get_scenarios_view (window);
  g_autofree char *bad = write_file ("bad-rate.json", "{\"format\": 1, \"tjm\": -5}");
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.json", NULL);
  g_autoptr (GError) error = NULL;

  show_scenarios (window);
  g_assert_false (ps_scenarios_view_add_file (view, bad, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "bad-rate.json"));
  g_assert_nonnull (strstr (error->message, "tjm"));
  g_clear_error (&error);
  g_assert_false (ps_scenarios_view_add_file (view, missing, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "missing.json"));
  g_assert_cmpint (ps_scenarios_view_get_n (view), ==, 1);
  ps_ui_close_window (window);
}

/* 360 px wide: a card per scenario */
static void
test_narrow (void)
{
  PsWindow *window = open_window (360, 720);
  PsScenariosView *view = ps_window_get_scenarios_view (window);
  g_autofree char *path = write_file ("higher-rate.json", "{\"format\": 1, \"name\": \"Higher rate\", \"tjm\": 750}");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL));
  show_scenarios (window);
  g_assert_true (ps_scenarios_view_add_file (view, path, NULL));
  g_assert_cmpint (ps_scenarios_view_duplicate_current (view, NULL), ==, 2);
  ps_ui_iterate (200);
  g_assert_false (ps_scenarios_view_shows_table (view));
  ps_ui_save_screenshot (GTK_WIDGET (window), "scenarios-360");
  ps_ui_scroll_to (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), PS_TYPE_SCENARIOS_VIEW, "cards")));
  ps_ui_save_screenshot (GTK_WIDGET (window), "scenarios-360-cards");
  ps_ui_scroll_to (ps_scenarios_view_get_row (view, "name"));
  ps_ui_save_screenshot (GTK_WIDGET (window), "scenarios-360-editor");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  ps_ui_close_window (window);
}

/* The scenarios added beside the current inputs are kept: quit, reopen,
 * still there with their names and values; a removed one stays removed.
 * Each is a scenario file of its own in the data folder. */
static void
test_kept (void)
{
  PsWindow *window = open_window (1280, 800);
  PsScenariosView *view = ps_window_get_scenarios_view (window);
  g_autofree char *path = write_file ("kept.json", "{\"format\": 1, \"name\": \"Saved\", \"tjm\": 720, \"days_per_year\": 190}");
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) stored = NULL;

  show_scenarios (window);
  g_assert_cmpint (ps_scenarios_view_duplicate_current (view, &error), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (ps_scenarios_view_get_row (view, "name")), "Fewer days");
  gtk_editable_set_text (GTK_EDITABLE (ps_scenarios_view_get_row (view, "days")), "150");
  ps_ui_iterate (20);
  g_assert_true (ps_scenarios_view_add_file (view, path, &error));
  /* quit at once: what is pending is written */
  ps_ui_close_window (window);

  stored = ps_scenarios_store_paths ();
  g_assert_cmpint (g_strv_length (stored), ==, 2);
  {
    g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);

    ps_scenario_file_init (file, ps_test_params ("2026-07-01"));
    g_assert_true (ps_scenario_file_load (file, stored[0], &error));
    g_assert_cmpstr (file->name, ==, "Fewer days");
  }

  window = ps_ui_open_window (1280, 800);
  view = ps_window_get_scenarios_view (window);
  show_scenarios (window);
  g_assert_cmpint (ps_scenarios_view_get_n (view), ==, 3);
  g_assert_cmpstr (ps_scenarios_view_get_results (view)->columns[1].name, ==, "Fewer days");
  g_assert_cmpfloat (ps_scenarios_view_get_file (view, 1)->scenario.days_per_year, ==, 150);
  g_assert_cmpstr (ps_scenarios_view_get_results (view)->columns[2].name, ==, "Saved");
  g_assert_cmpfloat (ps_scenarios_view_get_file (view, 2)->scenario.tjm, ==, 720);
  ps_ui_save_screenshot (GTK_WIDGET (window), "scenarios-kept-1280x800");
  ps_scenarios_view_remove (view, 1);
  ps_ui_close_window (window);

  window = ps_ui_open_window (1280, 800);
  view = ps_window_get_scenarios_view (window);
  show_scenarios (window);
  g_assert_cmpint (ps_scenarios_view_get_n (view), ==, 2);
  g_assert_cmpstr (ps_scenarios_view_get_results (view)->columns[1].name, ==, "Saved");
  ps_ui_close_window (window);
  clear_store ();
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display: run under xvfb-run (build-aux/test.sh does)\n");
      return 0;
    }
  /* the scenarios kept between sessions: in a folder of this run's */
  {
    g_autofree char *data = g_dir_make_tmp ("ps-scenarios-data-XXXXXX", NULL);

    g_assert_nonnull (data);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
    data_dir = g_steal_pointer (&data);
  }
  if (!ps_ui_init (&argc, &argv))
    return 0;
  tmp_dir = g_dir_make_tmp ("ps-scenarios-view-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  g_test_add_func ("/ps/scenarios-view/compare", test_compare);
  g_test_add_func ("/ps/scenarios-view/duplicate-and-limit", test_duplicate_and_limit);
  g_test_add_func ("/ps/scenarios-view/bad-file", test_bad_file);
  g_test_add_func ("/ps/scenarios-view/narrow", test_narrow);
  g_test_add_func ("/ps/scenarios-view/kept", test_kept);
  status = g_test_run ();
  {
    g_autoptr (GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *p = g_build_filename (tmp_dir, name, NULL);

        g_unlink (p);
      }
    g_rmdir (tmp_dir);
    g_free (tmp_dir);
  }
  {
    g_autofree char *store = ps_scenarios_store_dir ();
    g_autofree char *app = g_path_get_dirname (store);

    g_rmdir (store);
    g_rmdir (app);
    g_rmdir (data_dir);
    g_free (data_dir);
  }
  return status;
}
