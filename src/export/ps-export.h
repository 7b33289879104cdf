/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

#define PS_EXPORT_ERROR (ps_export_error_quark ())

typedef enum
{
  PS_EXPORT_ERROR_WRITE,   /* the file can't be written: folder, permissions, disk full */
  PS_EXPORT_ERROR_FAILED,  /* the document could not be built */
} PsExportError;

GQuark   ps_export_error_quark      (void);

/* The comparison as CSV: one row per status, English snake_case columns
 * (the keys of `portage-cli compare --json`), euros with a decimal point. */
char    *ps_export_comparison_csv   (const PsComparison *comparison);

/* Writes @length bytes to @path through a temporary file in the same
 * folder, synced then renamed over @path: @path is either the complete new
 * file or left as it was. Errors are PS_EXPORT_ERROR_WRITE. */
gboolean ps_export_write_file       (const char         *path,
                                     const char         *contents,
                                     gsize               length,
                                     GError            **error);

G_END_DECLS
