/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-scenarios-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ps-scenarios.h"
#include "ps-scenarios-store.h"

char *
ps_scenarios_store_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "portage-simulator", "scenarios", NULL);
}

static char *
path_of (const char *dir,
         int         k)
{
  g_autofree char *name = g_strdup_printf ("scenario-%d.json", k);

  return g_build_filename (dir, name, NULL);
}

char **
ps_scenarios_store_paths (void)
{
  g_autofree char *dir = ps_scenarios_store_dir ();
  g_autoptr (GStrvBuilder) paths = g_strv_builder_new ();

  /* the other scenarios: at most PS_MAX_SCENARIOS − 1 */
  for (int k = 1; k < PS_MAX_SCENARIOS; k++)
    {
      g_autofree char *path = path_of (dir, k);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_strv_builder_add (paths, path);
    }
  return g_strv_builder_end (paths);
}

gboolean
ps_scenarios_store_save (const PsScenarioFile *files,
                         int                   n,
                         GError              **error)
{
  g_autofree char *dir = ps_scenarios_store_dir ();

  g_return_val_if_fail (n >= 0 && n < PS_MAX_SCENARIOS, FALSE);

  if (n > 0 && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_autofree char *shown = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   /* Translators: a folder, then why it can't be made */
                   _("%s: %s"), shown, g_strerror (saved));
      return FALSE;
    }
  for (int k = 1; k < PS_MAX_SCENARIOS; k++)
    {
      g_autofree char *path = path_of (dir, k);

      if (k <= n)
        {
          if (!ps_scenario_file_save_full (&files[k - 1], path, PS_SCENARIO_SAVE_REPLACE, error))
            return FALSE;
        }
      else if (g_remove (path) != 0 && errno != ENOENT)
        {
          int saved = errno;
          g_autofree char *shown = g_filename_display_name (path);

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), _("%s: %s"), shown, g_strerror (saved));
          return FALSE;
        }
    }
  return TRUE;
}
