/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ps-export-module.h"

G_BEGIN_DECLS

/* ps_xlsx_export_full () through the workbook writer's module, loaded on
 * the first call and kept: a missing or broken module is a
 * PS_EXPORT_ERROR_FAILED naming it, never a crash. */
gboolean ps_export_loader_write (const PsComparison *comparison,
                                 const PsParams     *params,
                                 PsRates            *rates,
                                 const PsXlsxExtras *extras,
                                 const char         *path,
                                 GError            **error);

G_END_DECLS
