/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's export: the workbook writer is a module loaded when the
 * first export is made, so that the start-up maps none of it. */
#define G_LOG_DOMAIN "ps-export-loader"

#include "config.h"

#include <gmodule.h>
#include <glib/gi18n-lib.h>

#include "ps-export-loader.h"
#include "ps-paths.h"
#include "ps-timing.h"

static PsExportModuleWrite
load_writer (GError **error)
{
  static PsExportModuleWrite writer;
  g_autofree char *file = NULL;
  GModule *module;
  gpointer symbol = NULL;

  if (writer != NULL)
    return writer;
  file = ps_paths_module_file (PS_EXPORT_MODULE_NAME);
  module = g_module_open (file, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      /* TRANSLATORS: %s is the module's file, then why it didn't load */
      g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_FAILED,
                   _("The workbook writer can’t be loaded (%s): reinstall Portage Simulator"),
                   g_module_error ());
      return NULL;
    }
  if (!g_module_symbol (module, PS_EXPORT_MODULE_SYMBOL, &symbol) || symbol == NULL)
    {
      g_set_error (error, PS_EXPORT_ERROR, PS_EXPORT_ERROR_FAILED,
                   _("The workbook writer can’t be loaded (%s): reinstall Portage Simulator"),
                   file);
      g_module_close (module);
      return NULL;
    }
  /* never unloaded: its error domain's name and its strings stay in use */
  g_module_make_resident (module);
  writer = (PsExportModuleWrite) symbol;
  ps_timing_mark ("export: workbook writer loaded");
  return writer;
}

gboolean
ps_export_loader_write (const PsComparison *comparison,
                        const PsParams     *params,
                        PsRates            *rates,
                        const PsXlsxExtras *extras,
                        const char         *path,
                        GError            **error)
{
  PsExportModuleWrite writer;

  g_return_val_if_fail (comparison != NULL && params != NULL && rates != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  writer = load_writer (error);
  return writer != NULL && writer (comparison, params, rates, extras, path, error);
}
