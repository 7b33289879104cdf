/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the scenario loader refuses anything malformed with a
 * message, leaves the scenario untouched then, and what it accepts saves
 * and loads back to the same inputs. */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "ps-rates.h"
#include "ps-scenario.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static PsRates *rates = NULL;
  g_autoptr (GError) error = NULL;
  PsScenarioFile file, before;

  if (rates == NULL)
    rates = ps_rates_new_for_year (2026, NULL);
  ps_scenario_file_init (&file, ps_rates_resolve (rates, PS_DATE (2026, 7, 1), NULL));
  before = file;

  if (ps_scenario_file_from_json (&file, (const char *) data, size, &error))
    {
      g_autofree char *json = ps_scenario_file_to_json (&file);
      PsScenarioFile again = before;

      g_assert_no_error (error);
      g_assert_true (ps_scenario_file_from_json (&again, json, -1, NULL));
      g_assert_cmpfloat (again.scenario.tjm, ==, file.scenario.tjm);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (memcmp (&file, &before, sizeof file) == 0);
    }
  return 0;
}
