/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-scenarios"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ps-error.h"
#include "ps-scenarios.h"

gboolean
ps_scenarios_check_count (int         n,
                          const char *option,
                          GError    **error)
{
  if (n >= 2 && n <= PS_MAX_SCENARIOS)
    return TRUE;
  /* Translators: an option or a key ("--scenario"), the most scenarios, how many were given */
  g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID, _("%s: 2 to %d scenarios side by side (%d given)"),
               option, PS_MAX_SCENARIOS, n);
  return FALSE;
}

char *
ps_scenario_file_display_name (const PsScenarioFile *file,
                               const char           *path)
{
  g_autofree char *base = NULL;
  char *dot;

  if (file != NULL && file->name[0] != '\0')
    return g_strdup (file->name);
  if (path == NULL)
    return g_strdup ("");
  base = g_filename_display_basename (path);
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

void
ps_scenarios_finish (PsScenarios *sc)
{
  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      int best = -1;

      for (int i = 0; i < sc->n; i++)
        {
          const PsStatusResult *r = &sc->columns[i].comparison.statuses[s];

          if (r->eligible
              && (best < 0 || r->net_after_tax_yearly > sc->columns[best].comparison.statuses[s].net_after_tax_yearly))
            best = i;
        }
      sc->best_scenario[s] = best;
    }
}

gboolean
ps_scenarios_compute (PsScenarios          *out,
                      const PsParams *const *params,
                      const PsScenarioFile *files,
                      const char *const    *paths,
                      int                   n,
                      GError              **error)
{
  if (!ps_scenarios_check_count (n, "scenarios", error))
    return FALSE;
  memset (out, 0, sizeof *out);
  out->n = n;
  for (int i = 0; i < n; i++)
    {
      g_autofree char *name = ps_scenario_file_display_name (&files[i], paths != NULL ? paths[i] : NULL);

      if (name[0] == '\0')
        {
          g_free (name);
          /* Translators: a scenario without a name, by its place */
          name = g_strdup_printf (_("Scenario %d"), i + 1);
        }
      g_strlcpy (out->columns[i].name, name, sizeof out->columns[i].name);
      ps_scenario_file_compute (&files[i], params[i], &out->columns[i].comparison);
    }
  ps_scenarios_finish (out);
  return TRUE;
}
