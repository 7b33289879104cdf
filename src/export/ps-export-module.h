/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ps-xlsx-export.h"

G_BEGIN_DECLS

/* The workbook writer, as a module the window loads when it first exports
 * (ps_paths_module_file ("portage-export")): the window then neither loads
 * nor relocates libxlsxwriter and the libraries it needs (libcrypto,
 * minizip) at its start-up. The module holds its own copy of the engine;
 * what it is given (rates, comparison) is the same structures. */
#define PS_EXPORT_MODULE_NAME   "portage-export"
#define PS_EXPORT_MODULE_SYMBOL "ps_export_module_write"

/* ps_xlsx_export_full (), through the module. */
typedef gboolean (*PsExportModuleWrite) (const PsComparison *comparison,
                                         const PsParams     *params,
                                         PsRates            *rates,
                                         const PsXlsxExtras *extras,
                                         const char         *path,
                                         GError            **error);

G_END_DECLS
