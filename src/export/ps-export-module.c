/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The workbook writer as a loadable module (see ps-export-module.h). */
#define G_LOG_DOMAIN "ps-export"

#include "config.h"

#include <gmodule.h>

#include "ps-export-module.h"

G_MODULE_EXPORT gboolean ps_export_module_write (const PsComparison *comparison,
                                                 const PsParams     *params,
                                                 PsRates            *rates,
                                                 const PsXlsxExtras *extras,
                                                 const char         *path,
                                                 GError            **error);

G_MODULE_EXPORT gboolean
ps_export_module_write (const PsComparison *comparison,
                        const PsParams     *params,
                        PsRates            *rates,
                        const PsXlsxExtras *extras,
                        const char         *path,
                        GError            **error)
{
  /* the type is the loader's: a mismatch fails to compile here */
  PsExportModuleWrite self_check = ps_export_module_write;

  (void) self_check;
  return ps_xlsx_export_full (comparison, params, rates, extras, path, error);
}
