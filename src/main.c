/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ps-paths.h"

#include "ps-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr (PsApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* installed, or the build folder's own (PORTAGE_SIMULATOR_LOCALEDIR
   * overrides both) */
  bindtextdomain (GETTEXT_PACKAGE, ps_paths_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ps_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
