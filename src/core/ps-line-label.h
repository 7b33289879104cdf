/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-payslip.h"

G_BEGIN_DECLS

/* The label of a payslip or breakdown line in the user's language. The
 * lines carry the French label of the law (from the rates file, or the
 * engine's own for the lines it adds); the contributions' English twins
 * are in the rates file (label_en), the engine's own are here. */

/* Whether labels are shown in French (the messages' language). */
gboolean    ps_line_labels_french (void);

/* The English twin of a French label the engine writes itself, or NULL. */
const char *ps_line_label_en      (const char   *label);

/* @line's label in French when @french, else its English twin (the rates
 * file's, else the engine's), else the French label. */
const char *ps_line_label_for     (const PsLine *line,
                                   gboolean      french);

/* The same in the messages' language. */
const char *ps_line_label         (const PsLine *line);

G_END_DECLS
