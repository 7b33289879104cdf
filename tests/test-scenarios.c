/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scenarios side by side (ps-scenarios.c): 2 to 4, named, each column the
 * comparison of its file, the best scenario of each status among those
 * where it can be used. */
#include "config.h"

#include <string.h>

#include "ps-error.h"
#include "ps-scenarios.h"
#include "ps-test-utils.h"

#define DATE "2026-07-01"

static void
make (PsScenarioFile *f,
      const char     *json)
{
  g_autoptr (GError) error = NULL;

  ps_scenario_file_init (f, ps_test_params (DATE));
  g_assert_true (ps_scenario_file_from_json (f, json, -1, &error));
  g_assert_no_error (error);
}

static void
test_count (void)
{
  for (int n = 0; n <= 6; n++)
    {
      g_autoptr (GError) error = NULL;
      gboolean ok = ps_scenarios_check_count (n, "--scenario", &error);

      g_assert_cmpint (ok, ==, n >= 2 && n <= PS_MAX_SCENARIOS);
      if (!ok)
        {
          g_autofree char *expected = g_strdup_printf ("--scenario: 2 to 4 scenarios side by side (%d given)", n);

          g_assert_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID);
          g_assert_cmpstr (error->message, ==, expected);
        }
    }
}

static void
test_names (void)
{
  PsScenarioFile f;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  make (&f, "{\"format\": 1, \"name\": \"Optimistic\"}");
  a = ps_scenario_file_display_name (&f, "dir/x.json");
  make (&f, "{\"format\": 1}");
  b = ps_scenario_file_display_name (&f, "dir/two-day-rates.json");
  c = ps_scenario_file_display_name (&f, NULL);
  g_assert_cmpstr (a, ==, "Optimistic");
  g_assert_cmpstr (b, ==, "two-day-rates");
  g_assert_cmpstr (c, ==, "");
}

static void
test_side_by_side (void)
{
  const PsParams *p = ps_test_params (DATE);
  const PsParams *params[3] = { p, p, p };
  g_autofree PsScenarioFile *files = g_new0 (PsScenarioFile, 3);
  g_autofree PsScenarios *sc = g_new0 (PsScenarios, 1);
  g_autofree PsComparison *alone = g_new0 (PsComparison, 1);
  const char *paths[] = { "low.json", NULL, "high.json" };
  g_autoptr (GError) error = NULL;

  /* 300 € × 150 days = 45 000 € a year: under the micro BNC ceiling
   * (83 600 €, CGI art. 50-0 / 102 ter); 900 € × 218 days = 196 200 €:
   * above it, so micro can't be used there however much it would leave */
  make (&files[0], "{\"format\": 1, \"tjm\": 300, \"days_per_year\": 150}");
  make (&files[1], "{\"format\": 1, \"tjm\": 600, \"days_per_year\": 200, "
                   "\"offers\": [{\"format\": 1, \"fee\": {\"model\": \"flat\", \"flat_monthly\": 99}}], \"current_offer\": 0}");
  make (&files[2], "{\"format\": 1, \"name\": \"High\", \"tjm\": 900, \"days_per_year\": 218}");

  g_assert_false (ps_scenarios_compute (sc, params, files, paths, 1, &error));
  g_assert_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (ps_scenarios_compute (sc, params, files, paths, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc->n, ==, 3);
  g_assert_cmpstr (sc->columns[0].name, ==, "low");
  g_assert_cmpstr (sc->columns[1].name, ==, "Scenario 2");
  g_assert_cmpstr (sc->columns[2].name, ==, "High");

  /* each column is its file's comparison, the current offer's portage in */
  for (int i = 0; i < 3; i++)
    {
      ps_scenario_file_compute (&files[i], p, alone);
      for (int s = 0; s < PS_N_STATUSES; s++)
        g_assert_cmpfloat (sc->columns[i].comparison.statuses[s].net_after_tax_yearly, ==,
                           alone->statuses[s].net_after_tax_yearly);
      g_assert_cmpint (sc->columns[i].comparison.has_best, ==, alone->has_best);
      g_assert_cmpint (sc->columns[i].comparison.best, ==, alone->best);
    }
  /* a flat fee of 99 € a month: 1 188 € a year */
  g_assert_cmpfloat (sc->columns[1].comparison.statuses[PS_STATUS_PORTAGE].costs_yearly, ==, 99 * 12);

  g_assert_true (sc->columns[0].comparison.statuses[PS_STATUS_MICRO].eligible);
  g_assert_false (sc->columns[2].comparison.statuses[PS_STATUS_MICRO].eligible);
  /* micro: the best scenario is one where it can be used */
  g_assert_cmpint (sc->best_scenario[PS_STATUS_MICRO], !=, 2);
  g_assert_true (sc->columns[sc->best_scenario[PS_STATUS_MICRO]].comparison.statuses[PS_STATUS_MICRO].eligible);
  /* the others leave the most at the highest billing */
  g_assert_cmpint (sc->best_scenario[PS_STATUS_PORTAGE], ==, 2);
  g_assert_cmpint (sc->best_scenario[PS_STATUS_SASU], ==, 2);
  g_assert_cmpint (sc->best_scenario[PS_STATUS_EURL], ==, 2);
  /* and no scenario's best is a status it can't use */
  for (int i = 0; i < 3; i++)
    if (sc->columns[i].comparison.has_best)
      g_assert_true (sc->columns[i].comparison.statuses[sc->columns[i].comparison.best].eligible);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/scenarios/count", test_count);
  g_test_add_func ("/ps/scenarios/names", test_names);
  g_test_add_func ("/ps/scenarios/side-by-side", test_side_by_side);
  return g_test_run ();
}
